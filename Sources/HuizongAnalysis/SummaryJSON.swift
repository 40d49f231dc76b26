import Foundation
import HuizongModel

/// summary.json (a contract: keys may be added, never renamed) and the CSV tables beside it.
public enum SummaryJSON {
    /// `paths` names the input files relative to the committee folder (`InputPaths`).
    public static func value(_ s: CommitteeSummary, paths: InputPaths = .unchanged) -> JSONValue {
        func group(_ g: StatementGroup) -> JSONValue {
            .object([("label", .string(g.label)), ("pinned", .bool(g.pinned)), ("branches", .array(g.branches.map(JSONValue.string))),
                     ("keywords", .array(g.keywords.map(JSONValue.string))),
                     ("statements", .array(g.members.map { m in
                         var fields: [(String, JSONValue)] = [("branch", .string(m.branch)), ("text", .string(m.text)), ("location", .string(paths.shown(m.location)))]
                         if let a = m.aspect { fields.append(("aspect", .string(a))) }
                         return .object(fields)
                     }))])
        }
        let st = s.statusCounts
        let excluded: [JSONValue] = s.excluded.map { .object([("source", .string(paths.shown($0.source))), ("reason", .string($0.reason))]) }
        let coverage: [(String, JSONValue)] = [
            ("expected", .int(s.expected.isEmpty ? s.branches.count : s.expected.count)), ("submitted", .int(s.branches.count)),
            ("missing", .array(s.missing.map(JSONValue.string))), ("unknown", .array(s.unknown.map(JSONValue.string))),
            ("excluded", .array(excluded)),
        ]
        let totals: [(String, JSONValue)] = [
            ("branches", .int(s.branches.count)), ("members", .int(s.totalMembers)), ("problems", .int(s.totalProblems)),
            ("causes", .int(s.totalCauses)), ("measures", .int(s.totalMeasures)),
        ]
        let rectification: [(String, JSONValue)] = [
            ("measures", .int(s.totalMeasures)), ("done", .int(st[.done] ?? 0)), ("partial", .int(st[.partial] ?? 0)),
            ("in_progress", .int(st[.inProgress] ?? 0)), ("ongoing", .int(st[.ongoing] ?? 0)),
            ("not_started", .int(st[.notStarted] ?? 0)), ("unknown", .int(s.unknownStatus)),
            ("overdue", .int(s.overdue.count)), ("due_30_days", .int(s.dueSoon.count)),
            ("completion_rate", .double(Rate.rounded(s.completionRate))),
            ("completion_rate_all", .double(Rate.rounded(s.completionRateAll))),
            ("no_owner_or_deadline", .int(s.noOwnerOrDeadline)),
            ("problems_without_measures", .array(s.problemsWithoutMeasures.map(JSONValue.string))),
        ]
        let recurring: [JSONValue] = s.recurring.map {
            .object([("branch", .string($0.branch)), ("group", .string($0.group)), ("years", .array($0.years.map(JSONValue.int)))])
        }
        let fields: [(String, JSONValue)] = [
            ("committee", .string(s.committee)), ("year", .num(s.year)), ("as_of", .string(s.asOf.description)),
            ("coverage", .object(coverage)), ("totals", .object(totals)),
            // The stable general taxonomy, so years with different aspect sets compare.
            ("problems_by_taxonomy", .object(taxonomy(s.branches.flatMap { $0.problems.map(\.taxonomy) }))),
            ("problem_groups", .array(s.problemGroups.map(group))), ("cause_groups", .array(s.causeGroups.map(group))),
            ("rectification", .object(rectification)), ("branches", branches(s, paths)), ("activities", activities(s)),
            ("measures", measures(s, paths)), ("recurring", .array(recurring)),
            // The committee's knowledge.yaml files used beside the shipped knowledge (docs/knowledge.md).
            ("local_knowledge", .array(s.localKnowledge.map(JSONValue.string))),
        ]
        return .object(fields)
    }

    static func branches(_ s: CommitteeSummary, _ paths: InputPaths) -> JSONValue {
        var out: [JSONValue] = []
        for b in s.branches {
            var byAspect: [(String, JSONValue)] = []
            for t in s.aspectTitles {
                let n = b.problems.filter { $0.aspect == t }.count
                if n > 0 { byAspect.append((t, .int(n))) }
            }
            let stats: [(String, JSONValue)] = b.stats.keys.sorted().map { ($0, .num(b.stats[$0] ?? nil)) }
            let shortfalls: [JSONValue] = b.shortfalls.map {
                .object([("activity", .string($0.activity)), ("count", .num($0.count)), ("minimum", .int($0.minimum)), ("rule", .string($0.rule))])
            }
            let fields: [(String, JSONValue)] = [
                ("name", .string(b.name)), ("members", .num(b.members)), ("problems", .int(b.problems.count)),
                ("problems_by_aspect", .object(byAspect)), ("problems_by_taxonomy", .object(taxonomy(b.problems.map(\.taxonomy)))),
                ("measures", .int(b.measures.count)), ("done", .int(b.done)), ("overdue", .int(b.overdue)),
                ("stats", .object(stats)), ("shortfalls", .array(shortfalls)), ("sources", .array(b.sources.map { .string(paths.shown($0)) })),
            ]
            out.append(.object(fields))
        }
        return .array(out)
    }

    /// Every measure, so a higher committee can roll this summary up without the original files.
    static func measures(_ s: CommitteeSummary, _ paths: InputPaths) -> JSONValue {
        var out: [JSONValue] = []
        for b in s.branches {
            for m in b.measures {
                let deadline: JSONValue
                switch m.deadline {
                case let .date(d)?: deadline = .string(d.description)
                case .ongoing?: deadline = .string("ongoing")
                case nil: deadline = .null
                }
                let fields: [(String, JSONValue)] = [
                    ("branch", .string(b.name)), ("headline", .string(m.headline)), ("detail", .string(m.detail)),
                    ("owner", .str(m.owner)), ("deadline", deadline), ("status", .str(m.status?.rawValue)),
                    ("status_text", .str(m.statusText)), ("location", .string(paths.shown(m.location.description))),
                ]
                out.append(.object(fields))
            }
        }
        return .array(out)
    }

    static func taxonomy(_ names: [String]) -> [(String, JSONValue)] {
        var counts: [String: Int] = [:]
        for n in names { counts[n, default: 0] += 1 }
        return counts.keys.sorted().map { ($0, .int(counts[$0] ?? 0)) }
    }

    /// Per activity: branches that reported a count, total, median, the 条例 minimum, branches below it;
    /// and the branches furthest below the rules (largest total shortfall first).
    static func activities(_ s: CommitteeSummary) -> JSONValue {
        var per: [(String, JSONValue)] = []
        for (activity, minimum) in regulationMinimums {
            let counts = s.branches.compactMap { $0.stats[activity] ?? nil }.sorted()
            let median: JSONValue = counts.isEmpty ? .null : .double(counts.count % 2 == 1 ? Double(counts[counts.count / 2])
                : Double(counts[counts.count / 2 - 1] + counts[counts.count / 2]) / 2)
            let below = s.branches.filter { b in b.shortfalls.contains { $0.activity == activity && $0.rule == "条例" } }.count
            per.append((activity, .object([("reported", .int(counts.count)), ("total", .int(counts.reduce(0, +))), ("median", median),
                                           ("minimum", .int(minimum)), ("below_minimum", .int(below))])))
        }
        let ranked = s.branches.map { b -> (String, Int, Int) in
            let deficit = b.shortfalls.reduce(0) { $0 + max(0, $1.minimum - ($1.count ?? 0)) }
            return (b.name, deficit, b.shortfalls.count)
        }.filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(10)
        return .object([("by_activity", .object(per)),
                        ("furthest_below", .array(ranked.map { .object([("branch", .string($0.0)), ("shortfall", .int($0.1)), ("activities", .int($0.2))]) }))])
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
            let rate = b.measures.isEmpty ? "" : Rate.percent(Double(b.done) / Double(b.measures.count))
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
