/// corrections.yaml: where the reader got a file wrong, the clerk's word for its kind, branch or year.
/// Every build and `check` of the folder applies it to what was read (docs/ingest.md).
public struct FileCorrection: Sendable, Equatable {
    /// The file's path relative to the committee folder, with "/" between folders (as `check` prints it).
    public var file: String
    public var kind: BranchReport.Kind?
    public var branch: String?
    public var year: Int?
    /// Where the entry stands in corrections.yaml, for messages.
    public var line: Int?

    public init(file: String, kind: BranchReport.Kind? = nil, branch: String? = nil, year: Int? = nil, line: Int? = nil) {
        self.file = file
        self.kind = kind
        self.branch = branch
        self.year = year
        self.line = line
    }

    /// Whether the entry changes nothing (every field left to the reader).
    public var isEmpty: Bool { kind == nil && branch == nil && year == nil }
}

/// Findings a correction settles: once the clerk has said what a file is, the reader's doubt is no longer news.
public enum CorrectionEffect {
    public static func settled(by c: FileCorrection) -> Set<DiagnosticCode> {
        var out: Set<DiagnosticCode> = []
        if c.kind != nil { out.formUnion([.notBranchReport]) }
        if c.branch != nil { out.formUnion([.noBranchName, .branchFromFolder]) }
        return out
    }

    /// The report as corrected: the clerk's fields replace the reader's, and the findings they settle go.
    public static func apply(_ c: FileCorrection, to report: BranchReport) -> BranchReport {
        var r = report
        if let k = c.kind { r.kind = k }
        if let b = c.branch { r.branch = b }
        if let y = c.year { r.year = y }
        let settled = settled(by: c)
        r.diagnostics.removeAll { settled.contains($0.id) }
        return r
    }
}
