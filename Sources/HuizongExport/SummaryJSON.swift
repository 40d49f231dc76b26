import Foundation
import HuizongAnalysis
import HuizongModel

/// summary.json (a contract: keys may be added, never renamed) and the CSV tables beside it.
public enum SummaryJSON {
    /// `paths` names the input files relative to the committee folder (`InputPaths`).
    public static func value(_ s: CommitteeSummary, paths: InputPaths = .unchanged) -> JSONValue {
        // The encoder fails only on values it cannot represent; a SummaryFile holds none.
        (try? JSONValueEncoder().encode(file(s, paths: paths))) ?? .null
    }

    /// The summary as the summary.json contract type, which the roll-up reader decodes.
    public static func file(_ s: CommitteeSummary, paths: InputPaths = .unchanged) -> SummaryFile {
        func group(_ g: StatementGroup) -> SummaryFile.Group {
            SummaryFile.Group(label: g.label, pinned: g.pinned, branches: g.branches, keywords: g.keywords, statements: g.members.map {
                SummaryFile.GroupStatement(branch: $0.branch, text: $0.text, location: paths.shown($0.location), aspect: $0.aspect)
            })
        }
        let st = s.statusCounts
        let coverage = SummaryFile.Coverage(
            expected: s.expected.isEmpty ? s.branches.count : s.expected.count, submitted: s.branches.count, missing: s.missing,
            unknown: s.unknown, excluded: s.excluded.map { SummaryFile.Excluded(source: paths.shown($0.source), reason: $0.reason) })
        let totals = SummaryFile.Totals(branches: s.branches.count, members: s.totalMembers, problems: s.totalProblems,
                                        causes: s.totalCauses, measures: s.totalMeasures)
        let rectification = SummaryFile.Rectification(
            measures: s.totalMeasures, done: st[.done] ?? 0, partial: st[.partial] ?? 0, inProgress: st[.inProgress] ?? 0,
            ongoing: st[.ongoing] ?? 0, notStarted: st[.notStarted] ?? 0, unknown: s.unknownStatus, overdue: s.overdue.count,
            due30Days: s.dueSoon.count, completionRate: Rate.rounded(s.completionRate), completionRateAll: Rate.rounded(s.completionRateAll),
            noOwnerOrDeadline: s.noOwnerOrDeadline, problemsWithoutMeasures: s.problemsWithoutMeasures)
        return SummaryFile(
            committee: s.committee, year: s.year, asOf: s.asOf.description, coverage: coverage, totals: totals,
            problemsByTaxonomy: taxonomy(s.branches.flatMap { $0.problems.map(\.taxonomy) }),
            problemGroups: s.problemGroups.map(group), causeGroups: s.causeGroups.map(group), rectification: rectification,
            branches: branches(s, paths), activities: activities(s), measures: measures(s, paths),
            recurring: s.recurring.map { SummaryFile.Recurring(branch: $0.branch, group: $0.group, years: $0.years) },
            localKnowledge: s.localKnowledge, meeting: meeting(s), appraisal: appraisal(s))
    }

    static func meeting(_ s: CommitteeSummary) -> SummaryFile.Meeting {
        let m = s.meeting
        return SummaryFile.Meeting(dated: m.dated, withAttendance: m.withAttendance, expected: m.expected, present: m.present,
                                   attendanceRate: m.attendanceRate.map(Rate.rounded), guided: m.guided)
    }

    static func appraisal(_ s: CommitteeSummary) -> SummaryFile.AppraisalTotals {
        let a = s.appraisal
        return SummaryFile.AppraisalTotals(branches: a.branches, appraised: a.appraised, excellent: a.excellent, qualified: a.qualified,
                                           basicallyQualified: a.basicallyQualified, unqualified: a.unqualified,
                                           excellentShare: a.excellentShare.map(Rate.rounded))
    }

    static func branches(_ s: CommitteeSummary, _ paths: InputPaths) -> [SummaryFile.Branch] {
        s.branches.map { b in
            let byAspect = s.aspectTitles.map { t in (key: t, value: b.problemsPerAspect[t] ?? 0) }.filter { $0.value > 0 }
            return SummaryFile.Branch(
                name: b.name, members: b.members, problems: b.problems.count, problemsByAspect: OrderedMap(byAspect),
                problemsByTaxonomy: taxonomy(b.problems.map(\.taxonomy)), measures: b.measures.count, done: b.done, overdue: b.overdue,
                stats: OrderedMap(b.stats.keys.sorted().map { (key: $0, value: b.stats[$0] ?? nil) }),
                shortfalls: b.shortfalls.map { SummaryFile.Shortfall(activity: $0.activity, count: $0.count, minimum: $0.minimum, rule: $0.rule.rawValue) },
                sources: b.sources.map { paths.shown($0) },
                attendance: b.expected.flatMap { e in b.present.map { SummaryFile.Branch.Attendance(expected: e, present: $0) } },
                guidance: b.guidance,
                appraisal: b.appraisal.map { SummaryFile.BranchAppraisal(appraised: $0.appraised, excellent: $0.excellent, qualified: $0.qualified,
                                                                         basicallyQualified: $0.basicallyQualified, unqualified: $0.unqualified) })
        }
    }

    /// Every measure, so a higher committee can roll this summary up without the original files.
    static func measures(_ s: CommitteeSummary, _ paths: InputPaths) -> [SummaryFile.MeasureEntry] {
        s.branches.flatMap { b in
            b.measures.map { m in
                let deadline: String?
                switch m.deadline {
                case let .date(d)?: deadline = d.description
                case .ongoing?: deadline = "ongoing"
                case nil: deadline = nil
                }
                return SummaryFile.MeasureEntry(branch: b.name, headline: m.headline, detail: m.detail, owner: m.owner, deadline: deadline,
                                                status: m.status?.rawValue, statusText: m.statusText, location: paths.shown(m.location.description))
            }
        }
    }

    static func taxonomy(_ names: [String]) -> OrderedMap<Int> {
        var counts: [String: Int] = [:]
        for n in names { counts[n, default: 0] += 1 }
        return OrderedMap(counts.keys.sorted().map { (key: $0, value: counts[$0] ?? 0) })
    }

    /// Per activity: branches that reported a count, total, median, the 条例 minimum, branches below it;
    /// and the branches furthest below the rules (largest total shortfall first).
    static func activities(_ s: CommitteeSummary) -> SummaryFile.Activities {
        let per = s.activityFigures.map { f in
            (key: f.activity, value: SummaryFile.ActivityFigures(reported: f.reported, total: f.total, median: f.median, minimum: f.minimum,
                                                                belowMinimum: f.belowMinimum))
        }
        let ranked = s.branches.map { b -> SummaryFile.Furthest in
            let deficit = b.shortfalls.reduce(0) { $0 + max(0, $1.minimum - ($1.count ?? 0)) }
            return SummaryFile.Furthest(branch: b.name, shortfall: deficit, activities: b.shortfalls.count)
        }.filter { $0.shortfall > 0 }.sorted { $0.shortfall != $1.shortfall ? $0.shortfall > $1.shortfall : $0.branch < $1.branch }.prefix(10)
        return SummaryFile.Activities(byActivity: OrderedMap(per), furthestBelow: Array(ranked))
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
        for b in s.branches { aspects.append([b.name] + s.aspectTitles.map { t in "\(b.problemsPerAspect[t] ?? 0)" }) }
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
