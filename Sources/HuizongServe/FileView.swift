import Foundation
import HuizongIngest
import HuizongModel

/// One file: its text paragraph by paragraph with locations, what was read from it, its findings at their
/// lines, and the clerk's correction of it.
enum FileView {
    static func value(_ s: FolderState, relative: String, url: URL, paths: FolderPath, ingest: Ingest,
                      corrections: [FileCorrection]) -> JSONValue {
        let path = url.path
        func inFile(_ file: String) -> Bool { file == path || file.hasPrefix(path + "/") }
        let findings = s.findings.filter { $0.location.map { inFile($0.file) } == true }
        var byPlace: [String: [Diagnostic]] = [:]
        for d in findings { if let l = d.location { byPlace[key(l), default: []].append(d) } }
        let paragraphs = ingest.sourceParagraphs(url).map { p -> JSONValue in
            .object([("location", .string(shown(p.location))), ("text", .string(p.text)),
                     ("heading", .bool(p.headingLevel != nil || p.boldLead != nil)),
                     ("findings", .array((byPlace[key(p.location)] ?? []).map { diagnostic($0, paths: paths) }))])
        }
        let reports = s.input.folder.reports.filter { inFile($0.source) }
        let correction = corrections.first { $0.file == relative }
        return .object([
            ("path", .string(relative)),
            ("paragraphs", .array(paragraphs)),
            ("reports", .array(reports.map { relativised(ReportJSON.value($0, chinese: true), root: paths.root.path + "/") })),
            ("findings", .array(findings.map { diagnostic($0, paths: paths) })),
            ("correction", correction.map { c in
                .object([("kind", .str(c.kind?.rawValue)), ("branch", .str(c.branch)), ("year", .num(c.year))])
            } ?? .null),
            ("kinds", .array(BranchReport.Kind.allCases.map { .object([("value", .string($0.rawValue)), ("name", .string($0.chineseName))]) })),
        ])
    }

    static func diagnostic(_ d: Diagnostic, paths: FolderPath) -> JSONValue {
        .object([("severity", .string(d.severity.rawValue)), ("code", .string(d.code)), ("message", .string(d.zh)),
                 ("location", .str(d.location.map(shown))), ("file", .str(d.location.flatMap { paths.relative($0.file) }))])
    }

    /// Where in the file, as the page shows it: 第12行, 第3段, 工作表!A3.
    static func shown(_ l: SourceLocation) -> String {
        switch l.position {
        case let .line(n): return "第\(n)行"
        case let .paragraph(n): return "第\(n)段"
        case let .cell(sheet, ref): return sheet.isEmpty ? ref : "\(sheet)!\(ref)"
        case .file: return "全文"
        }
    }

    /// A place a finding and a paragraph share: the line, the paragraph, or the sheet's row.
    static func key(_ l: SourceLocation) -> String {
        switch l.position {
        case let .line(n): return "L\(n)"
        case let .paragraph(n): return "P\(n)"
        // A CSV's cells are named by line (sheet ""), and its rows are shown by line.
        case let .cell(sheet, ref): return sheet.isEmpty ? "L\(ref.filter(\.isNumber))" : "\(sheet)!\(ref.filter(\.isNumber))"
        case .file: return "F"
        }
    }

    /// The reader's absolute paths, shown relative to the folder (the page never learns where the folder is).
    static func relativised(_ v: JSONValue, root: String) -> JSONValue {
        switch v {
        case let .string(s): return .string(s.hasPrefix(root) ? String(s.dropFirst(root.count)) : s)
        case let .array(a): return .array(a.map { relativised($0, root: root) })
        case let .object(o): return .object(o.map { ($0.0, relativised($0.1, root: root)) })
        default: return v
        }
    }
}
