import Foundation
import HuizongAnalysis
import HuizongCompose
import HuizongIngest
import HuizongModel

/// What the pages change: corrections.yaml, groups.yaml, new files. Each is written whole to a hidden file
/// beside it and moved into place, so a reader sees the old file or the new one, never half of one.
extension Workbench {
    var paths: FolderPath { FolderPath(root: options.folder) }

    /// What the page's header and the upload page need.
    public func info() -> JSONValue {
        let s = current().summary
        return .object([("committee", .string(s.committee)), ("year", .num(s.year)),
                        ("upload_extensions", .array(Self.uploadable.sorted().map(JSONValue.string))),
                        ("max_file_bytes", .int(options.limits.maxFileBytes))])
    }

    /// The overview as sent, drawn once per state of the folder (a thousand rows are worth keeping).
    public func overviewText() -> String {
        let state = current()
        if let (at, text) = renderedOverview, at == state.fingerprint { return text }
        let text = OverviewView.value(state, paths: paths).render(pretty: false)
        renderedOverview = (state.fingerprint, text)
        return text
    }

    public func overview() -> JSONValue { OverviewView.value(current(), paths: paths) }
    public func missingText() -> String { OverviewView.missingText(current().summary) }
    public func groups() -> JSONValue { GroupsView.value(current(), paths: paths) }

    public func file(_ relative: String) throws(ServeError) -> JSONValue {
        let url = try place(of: relative)
        let state = current()
        var ingest = Ingest(limits: options.limits)
        ingest.knowledge = state.input.folder.knowledge
        let corrections = (try? readCorrections()) ?? []
        return FileView.value(state, relative: relative, url: url, paths: paths, ingest: ingest, corrections: corrections)
    }

    /// The file a page names: a file in the folder, or an entry of a .zip in it (`名称.zip/材料.docx`, named as
    /// reading names it), which is shown by what was read from it.
    func place(of relative: String) throws(ServeError) -> URL {
        do { return try paths.file(relative) } catch {
            guard case .notFound = error, let cut = relative.range(of: ".zip/", options: [.caseInsensitive]) else { throw .path(error) }
            let archive = String(relative[..<cut.lowerBound]) + String(relative[cut.lowerBound...].prefix(4))
            do { _ = try paths.file(archive) } catch { throw .path(error) }
            guard current().input.folder.reports.contains(where: { paths.relative($0.source) == relative }) else { throw .path(.notFound(relative)) }
            return paths.root.appendingPathComponent(relative)
        }
    }

    /// The report title's files as built, for downloads.
    public func outputFile(_ what: String) -> URL? {
        let title = outputTitle()
        switch what {
        case "pdf": return options.output.appendingPathComponent(title + ".pdf")
        case "docx": return options.output.appendingPathComponent(title + ".docx")
        case "xlsx": return options.output.appendingPathComponent(title + "统计表.xlsx")
        case "json": return options.output.appendingPathComponent("summary.json")
        default: return nil
        }
    }

    func outputTitle() -> String { CommitteeReport.title(current().summary) }

    // MARK: corrections.yaml

    func readCorrections() throws(ServeError) -> [FileCorrection] {
        let url = options.folder.appendingPathComponent(CorrectionsFile.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        do { return try CorrectionsFile.read(data: data, file: url.path) } catch {
            throw .conflict("corrections.yaml 有误（第\(error.line ?? 0)行：\(error.message)），请先在文件中改正")
        }
    }

    /// Sets (or, all fields empty, removes) the correction of one file, then reads the folder again.
    public func correct(file relative: String, kind: String?, branch: String?, year: Int?) throws(ServeError) -> JSONValue {
        _ = try place(of: relative)
        var c = FileCorrection(file: relative)
        if let k = kind?.trimmingCharacters(in: .whitespaces), !k.isEmpty {
            guard let kind = BranchReport.Kind(rawValue: k) else { throw .badRequest("材料类型“\(k)”不存在") }
            c.kind = kind
        }
        if let b = branch?.trimmingCharacters(in: .whitespacesAndNewlines), !b.isEmpty {
            guard b.count <= 80, !b.contains(where: \.isNewline) else { throw .badRequest("党支部名称须为一行，不超过 80 字") }
            c.branch = b
        }
        if let y = year {
            guard (1949...2200).contains(y) else { throw .badRequest("年度“\(y)”不是有效年份") }
            c.year = y
        }
        var all = try readCorrections().filter { $0.file != relative }
        if !c.isEmpty { all.append(c) }
        let text = CorrectionsFile.render(all)
        // What is written must read back as the same corrections, or nothing is written.
        guard let back = try? CorrectionsFile.read(text, file: CorrectionsFile.fileName),
              back.map({ FileCorrection(file: $0.file, kind: $0.kind, branch: $0.branch, year: $0.year) }) == all.map({ var x = $0; x.line = nil; return x })
        else { throw .failed("更正无法保存（写出的文件读不回来）") }
        try write(text, to: CorrectionsFile.fileName)
        return try file(relative)
    }

    // MARK: groups.yaml

    public func editGroups(_ op: GroupEdit.Op) throws(ServeError) -> JSONValue {
        let state = current()
        guard !state.settingsErrors.contains(where: { $0.id == .groupsConfig }) else {
            throw .conflict("groups.yaml 有误，请先在文件中改正：" + state.settingsErrors.filter { $0.id == .groupsConfig }.map(Self.located).joined(separator: "；"))
        }
        let edit = GroupEdit(pins: state.input.folder.pins, groups: state.summary.problemGroups, paths: paths)
        let pins: [GroupPin]
        do { pins = try edit.applying(op) } catch { throw .badRequest(error.message) }
        // The clerk's own comments in the file stay where they were.
        let path = options.folder.appendingPathComponent(Fingerprint.groupsFile).path
        let old = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
        let comments = old.map { GroupsFile.comments(in: $0, pins: state.input.folder.pins) } ?? GroupsFile.Comments()
        let text = GroupsFile.render(pins, comments: comments)
        guard let back = try? GroupsFile.read(text, file: "groups.yaml"), back.map(\.label) == pins.map(\.label),
              back.map(\.words) == pins.map(\.words) else { throw .failed("归类无法保存（写出的文件读不回来）") }
        try write(text, to: Fingerprint.groupsFile)
        return groups()
    }

    /// A settings mistake with its line, as the clerk looks for it: "第3行：…".
    static func located(_ d: Diagnostic) -> String {
        if case let .line(n)? = d.location?.position { return "第\(n)行：\(d.zh)" }
        return d.zh
    }

    // MARK: files

    /// Writes `text` as the folder's file `name` (a plain name), atomically.
    func write(_ text: String, to name: String) throws(ServeError) {
        try place(Data(text.utf8), as: name, replacing: true)
    }

    /// A new file from the page: a name huizong reads, within the size limit, not over an existing file.
    public func upload(name: String, data: Data) throws(ServeError) -> JSONValue {
        let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
        guard Self.uploadable.contains(ext) else {
            throw .unsupported("不支持的文件类型“.\(ext)”：可上传 \(Self.uploadable.sorted().map { "." + $0 }.joined(separator: " "))")
        }
        guard data.count <= options.limits.maxFileBytes else {
            throw .tooLarge("文件 \(data.count) 字节，超过上限 \(options.limits.maxFileBytes) 字节")
        }
        guard !data.isEmpty else { throw .badRequest("文件为空") }
        try place(data, as: name, replacing: false)
        return .object([("saved", .string(name)), ("bytes", .int(data.count))])
    }

    /// What reading takes: reports, ledgers, canonical forms, PDFs, old Word and WPS files, a branch's .zip.
    static let uploadable: Set<String> = ["txt", "md", "markdown", "docx", "xlsx", "csv", "yaml", "yml", "json", "pdf", "doc", "wps", "zip"]

    func place(_ data: Data, as name: String, replacing: Bool) throws(ServeError) {
        let target: URL
        do { target = try paths.newFile(name) } catch { throw .path(error) }
        if !replacing, FolderPath.type(target) != nil { throw .conflict("文件夹中已有“\(name)”：请改名后再上传") }
        let staged = options.folder.appendingPathComponent(".huizong-\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: staged) }
        do { try data.write(to: staged) } catch { throw .failed("写入“\(name)”失败：\(error.localizedDescription)") }
        // rename(2) replaces in one step; link(2) places without replacing, failing if the name was taken meanwhile.
        let placed = replacing ? rename(staged.path, target.path) : link(staged.path, target.path)
        guard placed == 0 else {
            if errno == EEXIST { throw .conflict("文件夹中已有“\(name)”：请改名后再上传") }
            throw .failed("写入“\(name)”失败（errno \(errno)）")
        }
    }
}
