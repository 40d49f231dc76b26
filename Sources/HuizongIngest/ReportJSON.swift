import Foundation
import HuizongModel

/// `huizong parse --json`: the contract shape (docs/parse-json.md). Keys may be added, never renamed.
public enum ReportJSON {
    public static func value(_ r: BranchReport, chinese: Bool) -> JSONValue {
        func statement(_ s: Statement) -> JSONValue {
            .object([("headline", .string(s.headline)), ("detail", .string(s.detail)), ("location", .string(s.location.description))])
        }
        func deadline(_ d: Deadline?) -> JSONValue {
            switch d {
            case let .date(day)?: return .string(day.description)
            case .ongoing?: return .string("ongoing")
            case nil: return .null
            }
        }
        return .object([
            ("source", .string(r.source)),
            ("kind", .string(r.kind.rawValue)),
            ("branch", .object([("name", .str(r.branch)), ("members", .num(r.members))])),
            ("year", .num(r.year)),
            ("meeting", .object([("kind", .str(r.meetingKind)), ("date", .str(r.meetingDate?.description)),
                                 ("expected", .num(r.attendance?.expected)), ("present", .num(r.attendance?.present)),
                                 ("guidance", .str(r.guidance))])),
            ("appraisal", r.appraisal.map { a in
                .object([("appraised", .num(a.appraised)), ("excellent", .num(a.excellent)), ("qualified", .num(a.qualified)),
                         ("basically_qualified", .num(a.basicallyQualified)), ("unqualified", .num(a.unqualified))])
            } ?? .null),
            ("aspects", .array(r.aspects.map { a in
                .object([("title", .string(a.title)), ("matched", .str(a.matched)), ("headed", .bool(a.headed)),
                         ("location", .string(a.location.description)),
                         ("problems", .array(a.problems.map(statement)))])
            })),
            ("causes", .array(r.causes.map(statement))),
            ("measures", .array(r.measures.map { m in
                .object([("headline", .string(m.headline)), ("detail", .string(m.detail)), ("owner", .str(m.owner)),
                         ("deadline", deadline(m.deadline)), ("deadline_text", .str(m.deadlineText)),
                         ("status", .str(m.status?.rawValue)), ("status_text", .str(m.statusText)),
                         ("branch", .str(m.branch)), ("problem", .str(m.problem)), ("done_date", .str(m.doneDate?.description)),
                         ("location", .string(m.location.description))])
            })),
            ("stats", .object(mergedStats(r).map { ($0.name, .num($0.count)) })),
            ("paragraphs", .object([("read", .int(r.paragraphsRead)), ("placed", .int(r.paragraphsPlaced))])),
            ("diagnostics", .array(r.diagnostics.map { diagnostic($0, chinese: chinese) })),
        ])
    }

    public static func diagnostic(_ d: Diagnostic, chinese: Bool) -> JSONValue {
        .object([("severity", .string(d.severity.rawValue)), ("code", .string(d.code)),
                 ("message", .string(d.message(chinese: chinese))), ("location", .str(d.location?.description))])
    }

    /// One count per activity (`BranchReport.mergedStats`).
    public static func mergedStats(_ r: BranchReport) -> [(name: String, count: Int?)] { r.mergedStats }

    /// The readable outline `huizong parse` prints without --json.
    public static func outline(_ r: BranchReport, chinese: Bool) -> String {
        var out = "\(r.source)\n"
        out += "  \(chinese ? "党支部" : "branch"): \(r.branch ?? "?")  \(chinese ? "年度" : "year"): \(r.year.map(String.init) ?? "?")  "
        out += "\(chinese ? "会议" : "meeting"): \(r.meetingKind ?? "?")  \(chinese ? "党员" : "members"): \(r.members.map(String.init) ?? "?")\n"
        if let g = r.guidance { out += "  \(chinese ? "上级指导" : "attended by"): \(g)\n" }
        if let a = r.appraisal {
            func n(_ v: Int?) -> String { v.map(String.init) ?? "?" }
            out += "  \(chinese ? "民主评议" : "appraisal"): \(n(a.total)) \(chinese ? "人，优秀" : "members, excellent") \(n(a.excellent))"
                + "\(chinese ? "，合格" : ", qualified") \(n(a.qualified))\(chinese ? "，基本合格" : ", basically qualified") \(n(a.basicallyQualified))"
                + "\(chinese ? "，不合格" : ", unqualified") \(n(a.unqualified))\n"
        }
        for a in r.aspects {
            out += "  [\(chinese ? "方面" : "aspect")] \(a.title)" + (a.matched.map { " → \($0)" } ?? "") + "\n"
            for p in a.problems { out += "    - \(p.headline)  (\(p.location))\n" }
        }
        if !r.causes.isEmpty { out += "  [\(chinese ? "原因" : "causes")]\n" }
        for c in r.causes { out += "    - \(c.headline)  (\(c.location))\n" }
        if !r.measures.isEmpty { out += "  [\(chinese ? "整改措施" : "measures")]\n" }
        for m in r.measures {
            var extra: [String] = []
            if let o = m.owner { extra.append(o) }
            if let d = m.deadline { extra.append({ if case let .date(x) = d { return x.description }; return "ongoing" }()) }
            if let s = m.status { extra.append(s.rawValue) }
            out += "    - \(m.headline)" + (extra.isEmpty ? "" : "  [\(extra.joined(separator: ", "))]") + "  (\(m.location))\n"
        }
        let stats = mergedStats(r)
        if !stats.isEmpty {
            out += "  [\(chinese ? "活动次数" : "activity counts")] " + stats.map { "\($0.name) \($0.count.map(String.init) ?? "?")" }.joined(separator: "，") + "\n"
        }
        return out
    }
}
