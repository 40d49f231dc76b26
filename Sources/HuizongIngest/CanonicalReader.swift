import Foundation
import HuizongKnowledge
import HuizongModel
import Yams

/// The canonical form (docs/canonical-form.md): the shape `huizong parse --json` prints, as YAML or JSON.
enum CanonicalReader {
    static let version = 1

    static func read(_ text: String, file: String, knowledge: Knowledge = .shipped) -> BranchReport {
        var r = BranchReport(source: file, kind: .canonical)
        let fileLoc = SourceLocation(file: file, .file)
        let root: [String: Any]
        do {
            guard let any = try PlainYAML.load(text), let map = any as? [String: Any] else {
                r.diagnostics.append(Diagnostic(.error, "canonical-shape", zh: "规范格式文件的顶层应是键值映射", en: "the canonical file must be a map at the top", at: fileLoc))
                return r
            }
            root = map
        } catch {
            r.diagnostics.append(Diagnostic(.error, "canonical-syntax", zh: "YAML/JSON 语法错误：\(error)", en: "YAML/JSON syntax error: \(error)", at: fileLoc))
            return r
        }
        if let v = root["version"] as? Int, v != version {
            r.diagnostics.append(Diagnostic(.error, "canonical-version", zh: "不支持的版本 \(v)", en: "unsupported version \(v)", at: fileLoc))
        }
        if let b = root["branch"] as? [String: Any] {
            r.branch = b["name"] as? String
            r.members = b["members"] as? Int
        } else {
            r.branch = root["branch"] as? String
        }
        r.year = root["year"] as? Int
        if let m = root["meeting"] as? [String: Any] {
            r.meetingKind = m["kind"] as? String
            r.meetingDate = (m["date"] as? String).flatMap(Day.parseISO) ?? (m["date"] as? Date).flatMap(day)
        }
        var n = 0
        func loc() -> SourceLocation { n += 1; return SourceLocation(file: file, .paragraph(n)) }
        func statement(_ any: Any) -> Statement? {
            if let s = any as? String { return NarrativeParser.statement(s, bold: nil, at: loc()) }
            guard let m = any as? [String: Any], let h = m["headline"] as? String, !h.isEmpty else { return nil }
            return Statement(headline: h, detail: m["detail"] as? String ?? "", location: loc())
        }
        let set = AspectSet.forYear(r.year, kind: r.meetingKind, in: knowledge)
        for a in root["aspects"] as? [[String: Any]] ?? [] {
            let title = a["title"] as? String ?? "（未命名方面）"
            let problems = (a["problems"] as? [Any] ?? []).compactMap(statement)
            r.aspects.append(Aspect(title: title, matched: set?.match(title)?.id, problems: problems, location: loc()))
        }
        r.causes = (root["causes"] as? [Any] ?? []).compactMap(statement)
        for any in root["measures"] as? [Any] ?? [] {
            guard let s = statement(any) else { continue }
            var m = Measure(headline: s.headline, detail: s.detail, branch: r.branch, location: s.location)
            if let map = any as? [String: Any] {
                m.owner = map["owner"] as? String
                m.problem = map["problem"] as? String
                if let d = map["deadline"] {
                    let text = (d as? String) ?? (d as? Date).flatMap(day)?.description ?? "\(d)"
                    m.deadlineText = text
                    if case let .deadline(v) = DeadlineParser.parse(text, defaultYear: r.year.map { $0 + 1 }) { m.deadline = v }
                    else if text == "ongoing" { m.deadline = .ongoing }
                }
                if let st = map["status"] as? String {
                    m.status = RectificationStatus(rawValue: st) ?? StatusWords.normalise(st)
                    m.statusText = map["status_text"] as? String ?? st
                    if m.status == nil {
                        r.diagnostics.append(Diagnostic(.warning, "unknown-status", zh: "无法识别整改状态“\(st)”", en: "unknown status word '\(st)'", at: s.location))
                    }
                }
            }
            r.measures.append(m)
        }
        if let stats = root["stats"] as? [String: Any] {
            for key in stats.keys.sorted() {
                let name = knowledge.activityName(in: key) ?? key
                r.stats.append((name, stats[key] as? Int))
            }
        }
        r.paragraphsRead = n
        r.paragraphsPlaced = n
        r.emitted = ItemCounts(problems: r.problems.count, causes: r.causes.count, measures: r.measures.count)
        if r.branch == nil {
            r.diagnostics.append(Diagnostic(.warning, "no-branch-name", zh: "规范格式文件缺少 branch.name", en: "branch.name is missing", at: fileLoc))
        }
        return r
    }

    static func day(_ date: Date) -> Day? {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0)
    }
}

/// committee.yaml in an input folder: who is expected, which year and aspect set, the as-of date, local rules.
public struct CommitteeConfig: Sendable {
    public struct Expected: Sendable { public var name: String; public var aliases: [String] }
    public var committee: String?
    public var year: Int?
    public var meetingKind: String?
    public var aspectSet: String?
    public var asOf: Day?
    public var roster: [Expected] = [] {
        didSet { indexed = false }
    }
    private var indexed = false
    /// Names and aliases, and their near-match keys, to roster names (RosterMatch.swift).
    var index = RosterIndex()
    /// Local minimum counts per activity per year, beside the 条例's.
    public var thresholds: [String: Int] = [:]
    public init() {}

    /// Builds the name index; call after changing the roster (readers do).
    public mutating func buildIndex() {
        index = RosterIndex(roster, committee: committee)
        indexed = true
    }

    /// The name a branch goes by in the summary (see `match`), or nil when it is not on the roster.
    public func canonicalName(_ name: String) -> String? { match(name)?.branch }

    /// How a name as a branch wrote it matches the roster: exactly, by alias, within a committee on the roster
    /// (a roll-up's "委员会·党支部"), or as a near match that is reported; never as a bare substring.
    public func match(_ name: String) -> RosterMatch? {
        (indexed ? index : RosterIndex(roster, committee: committee)).match(name)
    }
}
