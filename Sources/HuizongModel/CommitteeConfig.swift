import Foundation

/// committee.yaml in an input folder: who is expected, which year and aspect set, the as-of date, local rules.
public struct CommitteeConfig: Sendable {
    public struct Expected: Sendable {
        public var name: String
        public var aliases: [String]
        public init(name: String, aliases: [String]) {
            self.name = name
            self.aliases = aliases
        }
    }
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
    /// The largest share of members a branch may appraise 优秀 (民主评议党员); committee.yaml's excellent_cap.
    public var excellentCap: Double = 1.0 / 3.0
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
