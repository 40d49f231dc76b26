import Foundation
import HuizongModel

/// summary.json (a contract: keys may be added, never renamed) and the CSV tables beside it.
public enum SummaryJSON {
    public static func value(_ s: CommitteeSummary) -> JSONValue {
        func group(_ g: StatementGroup) -> JSONValue {
            .object([("label", .string(g.label)), ("pinned", .bool(g.pinned)), ("branches", .array(g.branches.map(JSONValue.string))),
                     ("keywords", .array(g.keywords.map(JSONValue.string))),
                     ("statements", .array(g.members.map { m in
                         var fields: [(String, JSONValue)] = [("branch", .string(m.branch)), ("text", .string(m.text)), ("location", .string(m.location))]
                         if let a = m.aspect { fields.append(("aspect", .string(a))) }
                         return .object(fields)
                     }))])
        }
        let st = s.statusCounts
        return .object([
            ("committee", .string(s.committee)), ("year", .num(s.year)), ("as_of", .string(s.asOf.description)),
            ("coverage", .object([("expected", .int(s.expected.isEmpty ? s.branches.count : s.expected.count)),
                                  ("submitted", .int(s.branches.count)), ("missing", .array(s.missing.map(JSONValue.string))),
                                  ("unknown", .array(s.unknown.map(JSONValue.string))),
                                  ("excluded", .array(s.excluded.map { .object([("source", .string($0.source)), ("reason", .string($0.reason))]) }))])),
            ("totals", .object([("branches", .int(s.branches.count)), ("members", .int(s.totalMembers)), ("problems", .int(s.totalProblems)),
                                ("causes", .int(s.totalCauses)), ("measures", .int(s.totalMeasures))])),
            ("problem_groups", .array(s.problemGroups.map(group))),
            ("cause_groups", .array(s.causeGroups.map(group))),
            ("rectification", .object([("measures", .int(s.totalMeasures)), ("done", .int(st[.done] ?? 0)), ("partial", .int(st[.partial] ?? 0)),
                                       ("in_progress", .int(st[.inProgress] ?? 0)), ("ongoing", .int(st[.ongoing] ?? 0)),
                                       ("not_started", .int(st[.notStarted] ?? 0)), ("unknown", .int(s.unknownStatus)),
                                       ("overdue", .int(s.overdue.count)), ("due_30_days", .int(s.dueSoon.count)),
                                       ("completion_rate", .double((s.completionRate * 1000).rounded() / 1000)),
                                       ("completion_rate_all", .double((s.completionRateAll * 1000).rounded() / 1000)),
                                       ("no_owner_or_deadline", .int(s.noOwnerOrDeadline)),
                                       ("problems_without_measures", .array(s.problemsWithoutMeasures.map(JSONValue.string)))])),
            ("branches", .array(s.branches.map { b in
                var byAspect: [(String, JSONValue)] = []
                for t in s.aspectTitles { let n = b.problems.filter { $0.aspect == t }.count; if n > 0 { byAspect.append((t, .int(n))) } }
                return .object([("name", .string(b.name)), ("members", .num(b.members)), ("problems", .int(b.problems.count)),
                                ("problems_by_aspect", .object(byAspect)), ("measures", .int(b.measures.count)), ("done", .int(b.done)),
                                ("overdue", .int(b.overdue)),
                                ("stats", .object(b.stats.keys.sorted().map { ($0, .num(b.stats[$0] ?? nil)) })),
                                ("shortfalls", .array(b.shortfalls.map { .object([("activity", .string($0.activity)), ("count", .num($0.count)),
                                                                                   ("minimum", .int($0.minimum)), ("rule", .string($0.rule))]) })),
                                ("sources", .array(b.sources.map(JSONValue.string)))])
            })),
            // Every measure, so a higher committee can roll this summary up without the original files.
            ("measures", .array(s.branches.flatMap { b in b.measures.map { m in
                let deadline: JSONValue
                switch m.deadline {
                case let .date(d)?: deadline = .string(d.description)
                case .ongoing?: deadline = .string("ongoing")
                case nil: deadline = .null
                }
                return .object([("branch", .string(b.name)), ("headline", .string(m.headline)), ("detail", .string(m.detail)),
                                ("owner", .str(m.owner)), ("deadline", deadline), ("status", .str(m.status?.rawValue)),
                                ("status_text", .str(m.statusText)), ("location", .string(m.location.description))])
            } })),
            ("recurring", .array(s.recurring.map { .object([("branch", .string($0.branch)), ("group", .string($0.group)),
                                                            ("years", .array($0.years.map(JSONValue.int)))]) })),
        ])
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in row.map { c in c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c }.joined(separator: ",") }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// The tables clerks open in Excel, as (file name, CSV text). UTF-8 with a BOM so Excel reads Chinese.
    public static func tables(_ s: CommitteeSummary) -> [(String, String)] {
        let names = ["branches.csv", "problems_by_aspect.csv", "problem_groups.csv", "overdue.csv", "activities.csv"]
        return zip(names, sheetTables(s)).map { ($0, csv($1.1)) }
    }

    /// The same tables with sheet names, for the .xlsx workbook (a sheet per table).
    public static func sheetTables(_ s: CommitteeSummary) -> [(String, [[String]])] {
        var branches = [["党支部", "党员数", "查摆问题数", "整改措施数", "已完成", "逾期", "完成率"]]
        for b in s.branches {
            let rate = b.measures.isEmpty ? "" : String(format: "%.1f%%", 100 * Double(b.done) / Double(b.measures.count))
            branches.append([b.name, b.members.map(String.init) ?? "", "\(b.problems.count)", "\(b.measures.count)", "\(b.done)", "\(b.overdue)", rate])
        }
        var aspects = [["党支部"] + s.aspectTitles]
        for b in s.branches { aspects.append([b.name] + s.aspectTitles.map { t in "\(b.problems.filter { $0.aspect == t }.count)" }) }
        var groups = [["序号", "共性问题", "涉及党支部数", "条数", "党支部"]]
        for (i, g) in s.problemGroups.enumerated() { groups.append(["\(i + 1)", g.label, "\(g.branches.count)", "\(g.members.count)", g.branches.joined(separator: "、")]) }
        var overdue = [["党支部", "整改措施", "责任人", "完成时限", "逾期天数"]]
        for o in s.overdue { overdue.append([o.branch, o.measure, o.owner ?? "", o.deadline.description, "\(o.days)"]) }
        let activities = regulationMinimums.map(\.0)
        var stats = [["党支部"] + activities]
        for b in s.branches { stats.append([b.name] + activities.map { a in (b.stats[a] ?? nil).map(String.init) ?? "" }) }
        return [("党支部情况", branches), ("各方面问题数", aspects), ("共性问题", groups), ("逾期措施", overdue), ("组织生活次数", stats)]
    }
}
