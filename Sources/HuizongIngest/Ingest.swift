import Foundation
import HuizongPDFText
import HuizongDocument
import HuizongKnowledge
import HuizongModel

/// Reads files and folders into branch reports. A bad file becomes an error diagnostic; the rest is still read.
public struct Ingest: Sendable {
    public var limits: IngestLimits
    public var aspectSet: AspectSet?
    public var defaultYear: Int?
    /// The file's folder or archive names its branch, so a text that names none is still that branch's report.
    public var branchNamedElsewhere = false
    /// What is known about reports: the shipped data, extended by a folder's knowledge.yaml when read.
    public var knowledge: Knowledge
    /// Whether a symbolic link in the folder is read as the file it points to (`build`, `check`); `serve` reads
    /// none, so no file outside the folder it serves is ever shown.
    public var followsLinks = true
    /// Reports read before, reused for files unchanged since (`ReadCache`); nil reads every file.
    public var cache: ReadCache?

    public init(limits: IngestLimits = .standard, aspectSet: AspectSet? = nil, defaultYear: Int? = nil, knowledge: Knowledge = .shipped) {
        self.limits = limits
        self.aspectSet = aspectSet
        self.defaultYear = defaultYear
        self.knowledge = knowledge
    }

    /// What a committee folder holds once read (HuizongModel), under its older name.
    public typealias Folder = CommitteeFolder

    static let readable: Set<String> = ["txt", "md", "markdown", "docx", "xlsx", "csv", "yaml", "yml", "json"]

    /// Reads every file of a folder and of its branch subfolders (a `previous`/`上年度` subfolder is last year's).
    public func readFolder(_ url: URL) -> Folder {
        var diags: [Diagnostic] = []
        var config = CommitteeConfig()
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
        var ingest = self
        for name in Self.knowledgeFiles where names.contains(name) {
            do { ingest.knowledge = try ingest.knowledge.extended(with: url.appendingPathComponent(name)) } catch {
                diags.append(Self.diagnostic(error))
            }
        }
        let knowledge = ingest.knowledge
        // After knowledge.yaml: committee.yaml may name an aspect set defined there.
        for name in ["committee.yaml", "committee.yml"] {
            if let c = Self.setting(name, in: url, names: names, code: CommitteeConfig.errorCode, diags: &diags, { data, path throws(DataFileError) in
                try CommitteeConfig.read(data: data, file: path, knowledge: knowledge)
            }) { config = c }
        }
        let pins = Self.setting("groups.yaml", in: url, names: names, code: GroupsFile.errorCode, diags: &diags) { data, path throws(DataFileError) in
            try GroupsFile.read(data: data, file: path)
        } ?? []
        let corrections = Self.setting(CorrectionsFile.fileName, in: url, names: names, code: CorrectionsFile.errorCode, diags: &diags) {
            data, path throws(DataFileError) in try CorrectionsFile.read(data: data, file: path)
        } ?? []
        if ingest.aspectSet == nil {
            ingest.aspectSet = config.aspectSet.flatMap { AspectSet.named($0, in: knowledge) }
                ?? AspectSet.forYear(config.year, kind: config.meetingKind, in: knowledge)
        }
        if ingest.defaultYear == nil { ingest.defaultYear = config.year }
        // Word and WPS keep "~$NAME.docx" beside a document that is open: a lock, not a report.
        for name in names where Self.isLockFile(name) {
            diags.append(Diagnostic(.officeLockFile, zh: "\(name) 是 Word/WPS 打开文档时留下的锁定文件，已跳过",
                                    en: "\(name) is the lock file Word/WPS keep beside an open document; skipped",
                                    at: SourceLocation(file: url.appendingPathComponent(name).path, .file)))
        }
        let (files, hints) = listed(url, names: names, diags: &diags)
        // Files are independent: read them on every core, keep the results in file-name order.
        let results = ResultSlots(count: files.count)
        let reader = ingest
        var inBranchFolder = ingest
        inBranchFolder.branchNamedElsewhere = true
        let readers = hints.map { hint in hint.flatMap { ProseFacts.branchName(in: $0, words: knowledge.reading) } == nil ? reader : inBranchFolder }
        let paths = files
        let cache = self.cache
        if ProcessInfo.processInfo.environment["HUIZONG_THREADS"] == "1" {
            for i in paths.indices { results.set(i, readers[i].read(paths[i], cache: cache)) }
        } else {
            DispatchQueue.concurrentPerform(iterations: paths.count) { i in
                results.set(i, readers[i].read(paths[i], cache: cache))
            }
        }
        let named = zip(results.all, hints).flatMap { found, hint in hint.map { h in found.map { Self.named($0, byFolder: h) } } ?? found }
        // The clerk's corrections last: they override what the reader and the folder names said.
        let reports = CorrectionsFile.apply(corrections, to: named, folder: url)
        diags += Self.fillDefaults(&config, folder: url, reports: reports)
        return Folder(committee: config, reports: reports, diagnostics: diags, knowledge: knowledge, pins: pins)
    }

    /// A settings file of the folder when there is one, parsed; a file that cannot be read or parsed is a
    /// diagnostic with its location, and nil.
    static func setting<T>(_ name: String, in url: URL, names: [String], code: DiagnosticCode, diags: inout [Diagnostic],
                           _ parse: (Data, String) throws(DataFileError) -> T) -> T? {
        guard names.contains(name) else { return nil }
        let path = url.appendingPathComponent(name).path
        do throws(DataFileError) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DataFileError(file: path, line: nil, message: "cannot read the file")
            }
            return try parse(data, path)
        } catch {
            diags.append(Diagnostic(settings: error, code: code))
            return nil
        }
    }

    /// The files to read (with the branch a subfolder names), up to the limit; past it, a diagnostic.
    func listed(_ url: URL, names: [String], diags: inout [Diagnostic]) -> (files: [URL], hints: [String?]) {
        var files: [URL] = []
        var hints: [String?] = []
        for (file, hint) in Self.listFiles(url, names: names, followsLinks: followsLinks) {
            if files.count >= limits.maxFiles {
                diags.append(Diagnostic(.limitFiles, zh: "文件数超过上限 \(limits.maxFiles)，其余未读（可用 --max-files 调高）",
                                        en: "more than \(limits.maxFiles) files; the rest were not read (raise it with --max-files)",
                                        at: SourceLocation(file: url.path, .file)))
                break
            }
            files.append(file)
            hints.append(hint)
        }
        return (files, hints)
    }

    /// What committee.yaml leaves out, taken from the folder and the reports, each said in a note: the
    /// committee's name from the folder's name (when it names a committee), the year from the reports' most
    /// common 年度. Without a name the report's title says only 党委, and a warning asks for it.
    static func fillDefaults(_ config: inout CommitteeConfig, folder: URL, reports: [BranchReport]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let at = SourceLocation(file: folder.path, .file)
        if config.committee == nil {
            let name = folder.standardizedFileURL.lastPathComponent
            if name.contains(where: \.isHan), ["党委", "党工委", "党总支", "党组", "工委", "委员会"].contains(where: { name.hasSuffix($0) }) {
                config.committee = name
                out.append(Diagnostic(.committeeFromFolder, zh: "committee.yaml 没有写党委名称，按文件夹名取为“\(name)”",
                                      en: "committee.yaml names no committee; '\(name)' is taken from the folder's name", at: at))
            } else {
                out.append(Diagnostic(.noCommitteeName, zh: "没有党委名称：报告标题只写“党委”，请在 committee.yaml 中写 committee: 某某党委",
                                      en: "no committee name: the title gives only the generic '党委'; add committee: … to committee.yaml", at: at))
            }
        }
        if config.year == nil {
            var counts: [Int: Int] = [:]
            for r in reports where r.kind.isBranchMaterial { if let y = r.year { counts[y, default: 0] += 1 } }
            if let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }) {
                config.year = best.key
                out.append(Diagnostic(.yearFromReports, zh: "committee.yaml 没有写年度，按多数材料取为\(best.key)年度（\(best.value) 份）",
                                      en: "committee.yaml gives no year; \(best.key) is taken from most reports (\(best.value))", at: at))
            }
        }
        return out
    }

    /// Last year's reports, read only through `--previous`.
    static let previousFolders: Set<String> = ["previous", "上年度", "去年"]
    /// Word's lock files (~$报告.docx) are not documents.
    static func isLockFile(_ name: String) -> Bool { name.hasPrefix("~$") }

    /// The folder's files, then those of each subfolder (a branch's own folder, whose name is the branch when
    /// a file does not say), two levels deep, in name order. The committee's own files are not reports.
    static func listFiles(_ url: URL, names: [String], followsLinks: Bool = true) -> [(URL, String?)] {
        let all = listAllFiles(url, names: names)
        return followsLinks ? all : all.filter { !isLinked($0.0, below: url) }
    }

    /// Whether the file, or a folder between `root` and it, is a symbolic link.
    static func isLinked(_ file: URL, below root: URL) -> Bool {
        var u = file
        while u.path.count > root.path.count {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: u.path)) != nil { return true }
            u = u.deletingLastPathComponent()
        }
        return false
    }

    static func listAllFiles(_ url: URL, names: [String]) -> [(URL, String?)] {
        let fm = FileManager.default
        let own = Set(["committee.yaml", "committee.yml", "groups.yaml", CorrectionsFile.fileName] + knowledgeFiles)
        var out: [(URL, String?)] = []
        var folders: [URL] = []
        for name in names where !name.hasPrefix(".") && !own.contains(name) && !isLockFile(name) {
            let file = url.appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: file.path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                if !previousFolders.contains(name) { folders.append(file) }
            } else {
                out.append((file, nil))
            }
        }
        for folder in folders {
            let inner = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            // A lower committee's build output: its summary.json is what a roll-up reads, not its PDF or tables.
            if inner.contains("summary.json") {
                out.append((folder.appendingPathComponent("summary.json"), nil))
                continue
            }
            for name in inner where !name.hasPrefix(".") && !isLockFile(name) {
                let file = folder.appendingPathComponent(name)
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: file.path, isDirectory: &isDir) else { continue }
                if isDir.boolValue {
                    let deeper = ((try? fm.contentsOfDirectory(atPath: file.path)) ?? []).sorted()
                    for n in deeper where !n.hasPrefix(".") && !isLockFile(n) {
                        var d: ObjCBool = false
                        let f = file.appendingPathComponent(n)
                        if fm.fileExists(atPath: f.path, isDirectory: &d), !d.boolValue { out.append((f, folder.lastPathComponent)) }
                    }
                } else {
                    out.append((file, folder.lastPathComponent))
                }
            }
        }
        return out
    }

    /// A committee's own knowledge beside committee.yaml (docs/knowledge.md).
    public static let knowledgeFiles = ["knowledge.yaml", "knowledge.yml"]

    /// A mistake in knowledge.yaml, at its line; it stops `build` (`Folder.knowledgeError`).
    static func diagnostic(_ error: DataFileError) -> Diagnostic {
        Diagnostic(.knowledgeFile, zh: "本地知识文件有误：\(error.message)", en: error.message,
                   at: SourceLocation(file: error.file, error.line.map { .line($0) } ?? .file))
    }

    /// Reads one file: usually one report; a ledger may hold several branches.
    public func read(_ url: URL) -> [BranchReport] {
        let path = url.path
        let fileLoc = SourceLocation(file: path, .file)
        func failed(_ code: DiagnosticCode, _ zh: String, _ en: String) -> [BranchReport] {
            var r = BranchReport(source: path, kind: .report)
            r.diagnostics.append(Diagnostic(code, severity: .error, zh: zh, en: en, at: fileLoc))
            return [r]
        }
        let size = FileInfo.of(path)?.size ?? 0
        if size > limits.maxFileBytes {
            return failed(.limitFileSize, "文件大小 \(size) 字节，超过上限 \(limits.maxFileBytes) 字节（可用 --max-file-mb 调高）",
                          "the file is \(size) bytes, over the limit of \(limits.maxFileBytes) (raise it with --max-file-mb)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failed(.unreadableFile, "无法读取文件", "cannot read the file")
        }
        return read(data: data, path: path)
    }

    /// Reads bytes as if they were the file at `path` (its extension chooses the reader among equals).
    public func read(data: Data, path: String) -> [BranchReport] {
        let url = URL(fileURLWithPath: path)
        let fileLoc = SourceLocation(file: path, .file)
        func failed(_ code: DiagnosticCode, _ zh: String, _ en: String) -> [BranchReport] {
            var r = BranchReport(source: path, kind: .report)
            r.diagnostics.append(Diagnostic(code, severity: .error, zh: zh, en: en, at: fileLoc))
            return [r]
        }
        if data.count > limits.maxFileBytes {
            return failed(.limitFileSize, "文件大小 \(data.count) 字节，超过上限 \(limits.maxFileBytes) 字节（可用 --max-file-mb 调高）",
                          "the file is \(data.count) bytes, over the limit of \(limits.maxFileBytes) (raise it with --max-file-mb)")
        }
        if data.isEmpty { return failed(.emptyFile, "文件为空", "the file is empty") }
        let ext = url.pathExtension.lowercased()
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if isZip { return readPackage(data, path: path, ext: ext) }
        if ["docx", "xlsx"].contains(ext) {
            return failed(.corruptPackage, "不是有效的 .\(ext) 文件（不是 ZIP 包）", "not a valid .\(ext) file (not a ZIP package)")
        }
        if LegacyDocuments.isPDF(data) || ext == "pdf" || ((ext == "doc" || ext == "wps") && LegacyDocuments.isOLE(data)) {
            return readLegacy(data, path: path, pdf: LegacyDocuments.isPDF(data) || ext == "pdf")
        }
        if ["doc", "xls", "wps", "et"].contains(ext) || LegacyDocuments.isOLE(data) {
            return failed(.unsupportedFormat, "不支持旧版 .xls/.et 表格，请另存为 .xlsx", "old .xls/.et sheets are not read; save as .xlsx")
        }
        if TextDecoding.looksBinary(data) {
            return failed(.binaryFile, "文件是二进制内容，不是文本", "the file is binary, not text")
        }
        guard let (decoded, encoding) = TextDecoding.decode(data) else {
            return failed(.unknownEncoding, "无法识别文本编码（支持 UTF-8、UTF-16、GB18030/GBK）",
                          "cannot detect the text encoding (UTF-8, UTF-16, GB18030/GBK are read)")
        }
        var text = decoded
        var extra: [Diagnostic] = []
        if encoding == .utf8Damaged {
            let n = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            extra.append(Diagnostic(.invalidUTF8, zh: "有 \(n) 处字节不是有效的 UTF-8，已替换为 �",
                                    en: "\(n) invalid UTF-8 byte sequence(s) replaced by �", at: fileLoc))
        }
        if text.utf8.count > limits.maxLineCharacters, text.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { $0.count > limits.maxLineCharacters }) {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.prefix(limits.maxLineCharacters)) }.joined(separator: "\n")
            extra.append(Diagnostic(.limitLineLength, zh: "有超过 \(limits.maxLineCharacters) 字的行，超出部分未读（可用 --max-line-chars 调高）",
                                    en: "a line is longer than \(limits.maxLineCharacters) characters; the rest of it was not read (raise it with --max-line-chars)", at: fileLoc))
        }
        switch ext {
        case "csv":
            let rows = CSVReader.rows(text, limits: limits)
            if rows.count >= limits.maxRows { extra.append(rowLimit(fileLoc)) }
            return attach(extra, LedgerReader.read(rows: rows, source: path, titleHint: url.deletingPathExtension().lastPathComponent,
                                                   defaultYear: defaultYear) { r, c in
                SourceLocation(file: path, .line(r + 1)).withColumn(c)
            })
        case "json":
            if let reports = RollupReader.read(data, file: path) { return attach(extra, reports) }
            return attach(extra, [CanonicalReader.read(text, file: path, knowledge: knowledge)])
        case "yaml", "yml":
            return attach(extra, [CanonicalReader.read(text, file: path, knowledge: knowledge)])
        default:
            let (narrative, tables) = TextTables.split(text)
            let paragraphs = TextReader.paragraphs(narrative, file: path)
            let report = parser(for: paragraphs).parse(paragraphs, source: path)
            let grids = Self.grids(tables, path: path)
            return attach(extra, [withTables(report, grids, path: path)])
        }
    }

    /// A .zip of a branch's files: each file read as if it stood in the folder, named `archive.zip/file`;
    /// the archive's name is the branch where a file does not say. The archive's limits hold for all of it.
    func readArchive(_ zip: ZipPackage, path: String) throws -> [BranchReport] {
        var out: [BranchReport] = []
        let names = zip.paths.filter { p in
            !p.hasSuffix("/") && !p.hasPrefix("__MACOSX/") && !(p.split(separator: "/").last?.hasPrefix(".") ?? true)
                && !(p.split(separator: "/").last?.hasPrefix("~$") ?? true)
        }
        var skipped: [String] = []
        for name in names.prefix(limits.maxFiles) {
            let inner = path + "/" + name
            // No archives inside archives: one level is what an office sends.
            if URL(fileURLWithPath: name).pathExtension.lowercased() == "zip" { skipped.append(name); continue }
            // One damaged entry is that entry's error, not the whole archive's.
            do { out += read(data: try zip.read(name), path: inner) } catch { out += readPackageFailure(error, path: inner) }
        }
        skipped += names.dropFirst(limits.maxFiles)
        if !skipped.isEmpty {
            let note = Diagnostic(.archiveEntriesSkipped,
                zh: "压缩包中有 \(skipped.count) 个文件未读（压缩包套压缩包，或超过文件数上限）：\(skipped.prefix(3).joined(separator: "、"))",
                en: "\(skipped.count) file(s) in the archive were not read (an archive inside it, or over the file limit): \(skipped.prefix(3).joined(separator: ", "))",
                at: SourceLocation(file: path, .file))
            out = out.isEmpty ? readPackageFailure(ZipPackage.Failure.missing("a file that can be read"), path: path) : out
            out = attach([note], out)
        }
        let hint = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return out.map { Self.named($0, byFolder: hint) }
    }

    /// A report that names no branch, or only what kind of branch wrote ("村党支部"), takes the name of the folder
    /// or archive it came in, and says so.
    static func named(_ report: BranchReport, byFolder hint: String) -> BranchReport {
        let words = Knowledge.shipped.reading
        guard report.kind == .report, report.branch.map({ ProseFacts.isGeneric($0, words: words) }) ?? true else { return report }
        // "03-城建科党支部" → "城建科党支部"; a folder named otherwise ("2026年1月报送", "附件") names no branch.
        guard let name = ProseFacts.branchName(in: hint, words: words), !ProseFacts.isGeneric(name, words: words) else { return report }
        var r = report
        r.branch = name
        r.diagnostics.removeAll { $0.id == .noBranchName }
        let zhWhy = report.branch.map { "材料中只写了“\($0)”" } ?? "材料中没有写党支部名称"
        let enWhy = report.branch.map { "the file says only '\($0)'" } ?? "the file names no branch"
        r.diagnostics.append(Diagnostic(.branchFromFolder, zh: "\(zhWhy)，按所在文件夹（压缩包）名取为“\(name)”",
                                        en: "\(enWhy); '\(name)' is taken from its folder or archive name",
                                        at: SourceLocation(file: report.source, .file)))
        return r
    }

    /// A PDF (through poppler) or a .doc/.wps (through catdoc): its text, read like a .txt file.
    func readLegacy(_ data: Data, path: String, pdf: Bool) -> [BranchReport] {
        let text: String
        do throws(LegacyDocuments.Failure) {
            text = pdf ? try LegacyDocuments.pdfText(data, limits: limits) : try LegacyDocuments.wordText(data, limits: limits)
        } catch {
            var r = BranchReport(source: path, kind: .report)
            let (code, zh, en): (DiagnosticCode, String, String)
            switch error {
            case .scanned:
                (code, zh, en) = (DiagnosticCode.scannedPdf, "PDF 没有文字层（像是扫描件），无法读取；请报送 Word 文件或可复制文字的 PDF",
                                  "the PDF has no text layer (a scan); send the Word file or a PDF with text")
            case let .missingTool(tool):
                (code, zh, en) = (DiagnosticCode.missingTool, "读取 .doc/.wps 需要 \(tool)（apt-get install \(tool)），或请报送 .docx",
                                  "reading .doc/.wps needs \(tool) (apt-get install \(tool)), or send a .docx")
            case .tooSlow:
                (code, zh, en) = (DiagnosticCode.corruptPackage, "读取超时，文件可能已损坏", "reading took too long; the file may be damaged")
            case let .unreadable(m):
                (code, zh, en) = (DiagnosticCode.corruptPackage, "文件无法读取：\(m)", "the file cannot be read: \(m)")
            }
            r.diagnostics.append(Diagnostic(code, severity: .error, zh: zh, en: en, at: SourceLocation(file: path, .file)))
            return [r]
        }
        // A table saved into the PDF, or typed with tabs into the Word file, is a ledger, as in a .txt.
        var narrative = TextDecoding.normalisingLineEnds(text)
        var grids: [([[String]], (Int, Int) -> SourceLocation)] = []
        if pdf, let pages = try? PDFText.lines(data, maxPages: limits.maxPages) {
            let (blanked, tables) = PDFTables.split(pages)
            if !tables.isEmpty {
                narrative = blanked
                grids = tables.map { t in (t.rows, { (r: Int, c: Int) in SourceLocation(file: path, .line(t.lines[min(r, t.lines.count - 1)])).withColumn(c) }) }
            }
        } else if !pdf {
            let (rest, tables) = TextTables.split(narrative)
            narrative = rest
            grids = Self.grids(tables, path: path)
        }
        let paragraphs = TextReader.paragraphs(narrative, file: path)
        return [withTables(parser(for: paragraphs).parse(paragraphs, source: path, hardWrapped: pdf), grids, path: path)]
    }

    /// Tables typed into text, each with where its cells stand: row r on the line r after the header's.
    static func grids(_ tables: [TextTables.Table], path: String) -> [([[String]], (Int, Int) -> SourceLocation)] {
        tables.map { t in (t.rows, { (r: Int, c: Int) in SourceLocation(file: path, .line(t.firstLine + r)).withColumn(c) }) }
    }

    func rowLimit(_ loc: SourceLocation) -> Diagnostic {
        Diagnostic(.limitRows, zh: "表格超过 \(limits.maxRows) 行，其余行未读（可用 --max-rows 调高）",
                   en: "the table has more than \(limits.maxRows) rows; the rest were not read (raise it with --max-rows)", at: loc)
    }

    func parser(for paragraphs: [SourceParagraph]) -> NarrativeParser {
        var set = aspectSet
        // The title is the first line, or below an author line ("中共……党支部"): the first of the top lines with a year.
        if set == nil, let first = paragraphs.prefix(3).first(where: { $0.text.count <= 40 && !$0.text.contains("。")
            && $0.text.includes(any: knowledge.reading.titleLineWords) && ProseFacts.year($0.text) != nil }) ?? paragraphs.first {
            set = AspectSet.forYear(ProseFacts.year(first.text), kind: ProseFacts.meetingKind(first.text), in: knowledge)
        }
        // No year on the title lines: the campaign the title names (不忘初心, 党史学习教育) picks its set.
        var campaignYear: Int?
        if set == nil, let title = paragraphs.prefix(3).first(where: { $0.text.count <= 60 && knowledge.campaignSet(named: $0.text) != nil }),
           ProseFacts.year(title.text) == nil, let spec = knowledge.campaignSet(named: title.text) {
            set = AspectSet(spec)
            campaignYear = spec.singleYear
        }
        var parser = NarrativeParser(aspectSet: set, defaultYear: defaultYear, words: knowledge.reading)
        parser.branchNamedElsewhere = branchNamedElsewhere
        parser.campaignYear = campaignYear
        return parser
    }

    func attach(_ diags: [Diagnostic], _ reports: [BranchReport]) -> [BranchReport] {
        guard !diags.isEmpty, !reports.isEmpty else { return reports }
        var out = reports
        out[0].diagnostics.insert(contentsOf: diags, at: 0)
        return out
    }

    /// A package or archive entry that cannot be read: its error, with the limit or damage named.
    func readPackageFailure(_ error: Error, path: String) -> [BranchReport] {
        let fileLoc = SourceLocation(file: path, .file)
        var r = BranchReport(source: path, kind: .report)
        let (zh, en, code): (String, String, DiagnosticCode)
        switch error {
        case ZipPackage.Failure.notZip: (zh, en, code) = ("ZIP 包已损坏或被截断", "the ZIP package is damaged or truncated", DiagnosticCode.corruptPackage)
        case let ZipPackage.Failure.missing(p): (zh, en, code) = ("包内缺少 \(p)，不是 Word/Excel 文件", "\(p) is missing: not a Word or Excel file", DiagnosticCode.corruptPackage)
        case let ZipPackage.Failure.tooLarge(p): (zh, en, code) = ("\(p) 解压后超过上限 \(limits.maxUnzippedBytes) 字节（可用 --max-unzipped-mb 调高）", "\(p) unpacks to more than \(limits.maxUnzippedBytes) bytes (raise it with --max-unzipped-mb)", DiagnosticCode.limitUnzippedSize)
        case let ZipPackage.Failure.ratio(p): (zh, en, code) = ("\(p) 压缩比超过 \(limits.maxCompressionRatio):1，疑似 ZIP 炸弹（可用 --max-ratio 调高）", "\(p) compresses more than \(limits.maxCompressionRatio):1, a ZIP bomb? (raise it with --max-ratio)", DiagnosticCode.limitCompressionRatio)
        case let ZipPackage.Failure.corrupt(p): (zh, en, code) = ("包内文件损坏：\(p)", "a part of the package is damaged: \(p)", DiagnosticCode.corruptPackage)
        case XMLTreeError.entities: (zh, en, code) = ("XML 中含有实体声明，出于安全不予读取", "the XML declares entities; refused for safety", DiagnosticCode.xmlEntities)
        case XMLTreeError.tooDeep: (zh, en, code) = ("XML 嵌套超过 \(XMLTreeBuilder.maxDepth) 层（固定上限）", "XML nested deeper than \(XMLTreeBuilder.maxDepth) levels (a fixed limit)", DiagnosticCode.limitXmlDepth)
        case XMLTreeError.tooLarge: (zh, en, code) = ("XML 元素超过 \(XMLTreeBuilder.maxElements) 个（固定上限）", "more than \(XMLTreeBuilder.maxElements) XML elements (a fixed limit)", DiagnosticCode.limitXmlSize)
        default: (zh, en, code) = ("文件损坏：\(error)", "the file is damaged: \(error)", DiagnosticCode.corruptPackage)
        }
        r.diagnostics.append(Diagnostic(code, severity: .error, zh: zh, en: en, at: fileLoc))
        return [r]
    }

    /// A table inside a report (a Word table, or one pasted into text): a ledger whose measures belong to the
    /// report's branch.
    func withTables(_ report: BranchReport, _ grids: [([[String]], (Int, Int) -> SourceLocation)], path: String) -> BranchReport {
        var report = report
        for (grid, locate) in grids {
            let found = LedgerReader.read(rows: grid, source: path, titleHint: report.branch, defaultYear: report.year ?? defaultYear, locate: locate)
            for l in found where !l.measures.isEmpty {
                report.measures += l.measures.map { var m = $0; m.branch = m.branch ?? report.branch; return m }
                report.emitted.measures += l.emitted.measures
                report.diagnostics += l.diagnostics
                // The table is the measures section ("整改清单" above it): it is not missing.
                report.diagnostics.removeAll { $0.id == .missingSection && $0.en == "the measures section is missing" }
            }
        }
        return problemsFromTable(report)
    }

    /// "查摆问题及整改清单": a report whose problems stand only in its table's problem column has those problems,
    /// each once, in the order of the table (not sorted by aspect).
    func problemsFromTable(_ report: BranchReport) -> BranchReport {
        guard report.kind == .report, report.problems.isEmpty else { return report }
        var seen = Set<String>()
        let problems = report.measures.compactMap { m -> Statement? in
            guard let text = m.problem?.trimmingCharacters(in: .whitespaces), !text.isEmpty, seen.insert(text).inserted else { return nil }
            return NarrativeParser.statement(text, bold: nil, at: m.location)
        }
        guard !problems.isEmpty, let first = problems.first else { return report }
        var report = report
        report.aspects = [Aspect(title: NarrativeParser.unheadedTitle, problems: problems, location: first.location, headed: false)]
        report.emitted.problems += problems.count
        report.diagnostics.removeAll { $0.id == .notAReport || ($0.id == .missingSection && $0.en == "the problems section is missing") }
        return report
    }

    func readPackage(_ data: Data, path: String, ext: String) -> [BranchReport] {
        func failed(_ error: Error) -> [BranchReport] { readPackageFailure(error, path: path) }
        do {
            let probe = try ZipPackage(data: data, limits: limits)
            if ext == "zip" { return try readArchive(probe, path: path) }
            if probe.has("word/document.xml") {
                let out = try DocxReader.read(data, file: path, limits: limits)
                let report = parser(for: out.paragraphs).parse(out.paragraphs, source: path)
                let grids = out.tables.enumerated().map { t, grid in
                    (grid, { (r: Int, c: Int) in SourceLocation(file: path, .cell(sheet: "表\(t + 1)", ref: XlsxReader.cellName(row: r, column: c))) })
                }
                return [withTables(report, grids, path: path)]
            }
            if probe.has("xl/workbook.xml") {
                let sheets = try XlsxReader.read(data, limits: limits)
                var out: [BranchReport] = []
                let hint = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                for sheet in sheets where sheet.rows.count >= limits.maxRows {
                    out.append(BranchReport(source: path, kind: .ledger))
                    out[out.count - 1].diagnostics.append(rowLimit(SourceLocation(file: path, .file)))
                }
                for sheet in sheets where !sheet.rows.isEmpty {
                    out += LedgerReader.read(rows: sheet.rows, source: path, titleHint: hint, defaultYear: defaultYear) { r, c in
                        SourceLocation(file: path, .cell(sheet: sheet.name, ref: XlsxReader.cellName(row: r, column: c)))
                    }
                }
                return out.isEmpty ? failed(ZipPackage.Failure.missing("a sheet with rows")) : out
            }
            return failed(ZipPackage.Failure.missing("word/document.xml or xl/workbook.xml"))
        } catch {
            return failed(error)
        }
    }
}

/// Slots written by concurrent readers, each exactly once, read after all have finished.
final class ResultSlots: @unchecked Sendable {
    private var slots: [[BranchReport]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [BranchReport]) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }
    var all: [[BranchReport]] { lock.lock(); defer { lock.unlock() }; return slots }
}

extension SourceLocation {
    /// CSV cells are named by line and column letter: file:7 (B).
    func withColumn(_ c: Int) -> SourceLocation {
        guard case let .line(n) = position else { return self }
        return SourceLocation(file: file, .cell(sheet: "", ref: XlsxReader.cellName(row: n - 1, column: c)))
    }
}

extension Ingest.Folder {
    static let knowledgeErrorCode = DiagnosticCode.knowledgeFile
    /// The first mistake in the folder's knowledge.yaml: the folder must not be summarised without it.
    public var knowledgeError: Diagnostic? { diagnostics.first { $0.id == Self.knowledgeErrorCode } }
}
