import Foundation
import HuizongAnalysis
import HuizongModel

/// 报送情况: the roster against what arrived, per branch and for the committee.
enum OverviewView {
    enum Status: String {
        case included, returned, notBranch = "not_branch", excluded, missing, unknown
        var chinese: String {
            switch self {
            case .included: return "已纳入"
            case .returned: return "已纳入，需退回修改"
            case .notBranch: return "不是党支部材料"
            case .excluded: return "未纳入"
            case .missing: return "未报送"
            case .unknown: return "不在名单中"
            }
        }
    }

    static func value(_ s: FolderState, paths: FolderPath) -> JSONValue {
        let summary = s.summary
        let returned = Set(s.letters.filter { $0.value.contains { $0.severity != .note } }.keys)
        let unknown = Set(summary.unknown)
        var rows: [JSONValue] = summary.branches.map { b in
            let status: Status = unknown.contains(b.name) ? .unknown : returned.contains(b.name) ? .returned : .included
            let toFix = s.letters[b.name]?.filter { $0.severity != .note } ?? []
            let done = b.done, measures = b.measures.count
            return .object([
                ("branch", .string(b.name)), ("files", .array(b.sources.compactMap(paths.relative).map(JSONValue.string))),
                ("status", .string(status.rawValue)), ("status_text", .string(status.chinese)),
                ("problems", .int(b.problems.count)), ("measures", .int(measures)), ("done", .int(done)),
                ("completion", measures > 0 ? .double((Double(done) / Double(measures) * 1000).rounded() / 1000) : .null),
                ("findings", .int(toFix.count)), ("reason", .str(hint(status))),
            ])
        }
        rows += summary.excluded.map { e in excludedRow(e, state: s, paths: paths) }
        rows += summary.missing.map { name in
            .object([("branch", .string(name)), ("files", .array([])), ("status", .string(Status.missing.rawValue)),
                     ("status_text", .string(Status.missing.chinese)), ("problems", .null), ("measures", .null), ("done", .null),
                     ("completion", .null), ("findings", .null), ("reason", .null)])
        }
        return .object([
            ("committee", .string(summary.committee)), ("year", .num(summary.year)), ("as_of", .string(summary.asOf.description)),
            ("totals", totals(s, returned: returned)),
            ("rows", .array(rows)),
            ("missing", .array(summary.missing.map(JSONValue.string))),
            ("missing_text", .string(missingText(summary))),
            ("settings_errors", .array(s.settingsErrors.map { .string(($0.location.map { paths.relative($0.file) ?? $0.file } ?? "") + "：" + $0.zh) })),
        ])
    }

    /// What the clerk can do about a row, said where the row is.
    static func hint(_ status: Status) -> String? {
        switch status {
        case .unknown: return "名称不在党支部名单中；如是读错，点文件名更正"
        default: return nil
        }
    }

    static func excludedRow(_ e: CommitteeSummary.Excluded, state s: FolderState, paths: FolderPath) -> JSONValue {
        let reports = s.input.folder.reports.filter { $0.source == e.source }
        let notBranch = !reports.isEmpty && reports.allSatisfy { !$0.kind.isBranchMaterial }
        let status: Status = notBranch ? .notBranch : .excluded
        let file = paths.relative(e.source) ?? URL(fileURLWithPath: e.source).lastPathComponent
        return .object([("branch", .str(reports.first?.branch)), ("files", .array([.string(file)])), ("status", .string(status.rawValue)),
                        ("status_text", .string(status.chinese)), ("problems", .null), ("measures", .null), ("done", .null),
                        ("completion", .null), ("findings", .null), ("reason", .string(e.reason))])
    }

    static func totals(_ s: FolderState, returned: Set<String>) -> JSONValue {
        let summary = s.summary
        let expected = summary.expected.isEmpty ? summary.branches.count : summary.expected.count
        return .object([
            ("expected", .int(expected)), ("included", .int(summary.branches.count)),
            ("returned", .int(summary.branches.filter { returned.contains($0.name) }.count)),
            ("excluded", .int(summary.excluded.count)), ("missing", .int(summary.missing.count)), ("unknown", .int(summary.unknown.count)),
            ("problems", .int(summary.totalProblems)), ("measures", .int(summary.totalMeasures)), ("done", .int(summary.done)),
            ("completion", .double((summary.completionRate * 1000).rounded() / 1000)),
        ])
    }

    /// The list to send to the branches that have not reported, as the office would word it.
    static func missingText(_ summary: CommitteeSummary) -> String {
        guard !summary.missing.isEmpty else { return "" }
        let year = summary.year.map { "\($0)年度" } ?? ""
        var out = "截至\(summary.asOf.year)年\(summary.asOf.month)月\(summary.asOf.day)日，以下\(summary.missing.count)个党支部尚未报送\(year)组织生活会材料，请抓紧报送：\n"
        for (i, name) in summary.missing.enumerated() { out += "\(i + 1). \(name)\n" }
        return out
    }
}
