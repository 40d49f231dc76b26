import Foundation
import HuizongDocument
import HuizongModel

/// corrections.yaml, read by the typed reader like groups.yaml: an unknown key, a file named twice, a kind that
/// is not one of the reader's, a year that is not a year is an error with its line, never a correction lost.
///
///     version: 1
///     files:
///       - file: 027-通知.txt
///         kind: report
///         branch: 机关第一党支部
///         year: 2025
public enum CorrectionsFile {
    public static let fileName = "corrections.yaml"
    public static let errorCode = DiagnosticCode.correctionsConfig

    public static func read(data: Data, file: String) throws(DataFileError) -> [FileCorrection] {
        guard let (text, encoding) = TextDecoding.decode(data), encoding != .utf8Damaged else {
            throw DataFileError(file: file, line: nil, message: "cannot detect the text encoding (UTF-8, UTF-16, GB18030/GBK are read)")
        }
        return try read(text, file: file)
    }

    public static func read(_ text: String, file: String) throws(DataFileError) -> [FileCorrection] {
        let root = try DataNode.load(text, file: file)
        try root.allowOnly(["version", "files"], in: fileName)
        guard let files = root["files"] else { throw root.fail("\(fileName): 'files' is missing (a list of file and kind, branch or year)") }
        var out: [FileCorrection] = []
        for entry in try files.items("files") {
            let c = try correction(entry)
            guard !out.contains(where: { $0.file == c.file }) else { throw entry.fail("file: '\(c.file)' is corrected twice") }
            out.append(c)
        }
        return out
    }

    static func correction(_ entry: DataNode) throws(DataFileError) -> FileCorrection {
        try entry.allowOnly(["file", "kind", "branch", "year"], in: "correction")
        guard let f = entry["file"] else { throw entry.fail("correction: 'file' is missing") }
        let file = try f.asString("file").trimmingCharacters(in: .whitespaces)
        guard !file.isEmpty else { throw f.fail("file: empty") }
        var c = FileCorrection(file: file, line: entry.line)
        if let k = entry["kind"] {
            let raw = try k.asString("kind").trimmingCharacters(in: .whitespaces)
            guard let kind = BranchReport.Kind(rawValue: raw) else {
                throw k.fail("kind: '\(raw)' is not one of \(BranchReport.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            c.kind = kind
        }
        if let b = entry["branch"] {
            let name = try b.asString("branch").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw b.fail("branch: empty") }
            c.branch = name
        }
        if let y = entry["year"] {
            let year = try y.asInt("year")
            guard (1949...2200).contains(year) else { throw y.fail("year: \(year) is not a year") }
            c.year = year
        }
        guard !c.isEmpty else { throw entry.fail("correction of '\(file)': no kind, branch or year") }
        return c
    }

    /// The file as YAML, in the order given, with a comment saying what it is; `read` gives the same list back.
    public static func render(_ corrections: [FileCorrection]) -> String {
        var out = "# 人工更正：读错的材料类型（kind）、党支部名称（branch）或年度（year），每次汇总和检查都按此处理\n"
        out += "# (docs/ingest.md: corrections.yaml)\nversion: 1\nfiles:\n"
        if corrections.isEmpty { return out.replacingOccurrences(of: "files:\n", with: "files: []\n") }
        for c in corrections {
            out += "  - file: \(quoted(c.file))\n"
            if let k = c.kind { out += "    kind: \(k.rawValue)\n" }
            if let b = c.branch { out += "    branch: \(quoted(b))\n" }
            if let y = c.year { out += "    year: \(y)\n" }
        }
        return out
    }

    /// A double-quoted YAML scalar: nothing in a name can end it or start a comment.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if ch.value < 0x20 { out += String(format: "\\x%02X", ch.value) } else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }

    /// Each report of `reports` corrected where an entry names its file (relative to `folder`; an archive's
    /// entries `a.zip/x.txt` are named the same way).
    public static func apply(_ corrections: [FileCorrection], to reports: [BranchReport], folder: URL) -> [BranchReport] {
        guard !corrections.isEmpty else { return reports }
        let byFile = Dictionary(corrections.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let root = folder.standardizedFileURL.path
        return reports.map { r in
            guard let c = byFile[relative(r.source, to: root)] else { return r }
            return CorrectionEffect.apply(c, to: r)
        }
    }

    /// `path` relative to `root`, or `path` itself when it is not inside it.
    public static func relative(_ path: String, to root: String) -> String {
        let base = root.hasSuffix("/") ? root : root + "/"
        let p = URL(fileURLWithPath: path).standardizedFileURL.path
        return p.hasPrefix(base) ? String(p.dropFirst(base.count)) : path
    }
}
