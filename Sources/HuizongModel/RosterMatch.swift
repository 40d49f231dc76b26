import Foundation

/// How a report's branch name matched the roster of committee.yaml.
public struct RosterMatch: Sendable, Equatable {
    public enum How: Sendable, Equatable {
        case exact, alias
        /// "委员会·党支部" of a roll-up, the committee on the roster: the branch keeps its own name.
        case within
        /// Equal once the decorations a clerk adds or drops are ignored (中共…, …委员会, the committee's own
        /// name in front, 党支部/支部): taken, and reported so the clerk can add an alias.
        case near
    }
    /// The roster entry the report counts for.
    public var entry: String
    /// The name the branch goes by in the summary.
    public var branch: String
    public var how: How
}

/// The roster's names, aliases and near-match keys, built once so matching stays linear in the branches.
struct RosterIndex: Sendable {
    private var exact: [String: String] = [:]
    /// Near-match keys to roster names; a key two entries share is dropped (a near match must be unambiguous).
    private var near: [String: String] = [:]
    private var committee: String?

    init() {}

    init(_ roster: [CommitteeConfig.Expected], committee: String?) {
        self.committee = committee.map(Self.plain)
        exact = Dictionary(roster.flatMap { e in ([e.name] + e.aliases).map { (Self.plain($0), e.name) } }, uniquingKeysWith: { a, _ in a })
        var keys: [String: Set<String>] = [:]
        for e in roster { for n in [e.name] + e.aliases { keys[key(n), default: []].insert(e.name) } }
        near = keys.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    func match(_ raw: String) -> RosterMatch? {
        let n = Self.plain(raw)
        guard !n.isEmpty else { return nil }
        if let name = exact[n] { return RosterMatch(entry: name, branch: name, how: name == n ? .exact : .alias) }
        if let dot = n.firstIndex(of: "·"), let unit = match(String(n[..<dot])), unit.how != .within {
            return RosterMatch(entry: unit.entry, branch: unit.entry + n[dot...], how: .within)
        }
        if let name = near[key(n)] { return RosterMatch(entry: name, branch: name, how: .near) }
        return nil
    }

    /// Without spaces of either width.
    static func plain(_ s: String) -> String { s.filter { $0 != " " && $0 != "\u{3000}" } }

    /// The name with what clerks add or drop taken away: 中共/中国共产党 and this committee's name in front,
    /// 委员会 at the end, brackets, 党总支部 written as 党总支 and 党支部 as 支部 (联合党支部, 临时党支部 alike).
    func key(_ name: String) -> String {
        var k = Self.plain(name).filter { !"()（）".contains($0) }
        for prefix in ["中国共产党", "中共"] where k.hasPrefix(prefix) { k.removeFirst(prefix.count) }
        if let c = committee, !c.isEmpty, k.hasPrefix(c), k.count > c.count { k.removeFirst(c.count) }
        if k.hasSuffix("委员会") { k.removeLast(3) }
        return k.replacingOccurrences(of: "党总支部", with: "党总支").replacingOccurrences(of: "党支部", with: "支部")
    }
}
