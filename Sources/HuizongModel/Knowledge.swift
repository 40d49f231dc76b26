import Foundation

/// What huizong knows about the reports it reads, as data: concepts and their words (grouping), the aspect
/// sets each year's meeting prescribed, activity names with the 条例 minimums, ledger column names and
/// status words. The shipped data lives in Data/*.yaml beside this file (docs/knowledge.md); a committee
/// folder's knowledge.yaml extends it. A value, passed to whoever needs it; nothing here is mutable global state.
public struct Knowledge: Sendable {
    public struct Concept: Sendable, Equatable {
        /// The concept's Chinese name, e.g. 理论学习.
        public var id: String
        public var words: [String]
        /// A modifier says how something went wrong (流于形式); it counts only when no topic is named.
        public var modifier: Bool
        /// A broad concept is often only the setting ("在组织生活中"); a specific one decides the group.
        public var broad: Bool
        /// Loose words that place a statement here only when it names no word of any concept.
        public var headWords: [String]
        /// For a modifier: the concept a statement naming nothing but it belongs to ("检查考核流于形式" is formalism).
        public var alone: String?
        public init(id: String, words: [String], modifier: Bool = false, broad: Bool = false, headWords: [String] = [],
                    alone: String? = nil) {
            self.id = id
            self.words = words
            self.modifier = modifier
            self.broad = broad
            self.headWords = headWords
            self.alone = alone
        }
    }

    public struct Aspect: Sendable, Equatable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var keywords: [String]
        /// The stable general category, for comparing years with different sets.
        public var taxonomy: String
        public init(id: String, name: String, aliases: [String], keywords: [String], taxonomy: String) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.keywords = keywords
            self.taxonomy = taxonomy
        }
    }

    /// When a set applies: a meeting in one of `years` whose kind contains one of `kinds` (any kind if empty).
    public struct Applicability: Sendable, Equatable {
        public var years: [ClosedRange<Int>]
        public var kinds: [String]
        public init(years: [ClosedRange<Int>], kinds: [String]) {
            self.years = years
            self.kinds = kinds
        }
        public func matches(year: Int, kind: String?) -> Bool {
            guard years.contains(where: { $0.contains(year) }) else { return false }
            return kinds.isEmpty || kinds.contains { kind?.contains($0) == true }
        }
    }

    public struct AspectSetSpec: Sendable, Equatable {
        public var id: String
        public var title: String
        public var appliesTo: [Applicability]
        public var aspects: [Aspect]
        /// Words by which a title names the campaign this set was prescribed for (不忘初心, 党史学习教育).
        public var campaign: [String]
        public init(id: String, title: String, appliesTo: [Applicability], aspects: [Aspect], campaign: [String] = []) {
            self.id = id
            self.title = title
            self.appliesTo = appliesTo
            self.aspects = aspects
            self.campaign = campaign
        }

        /// The one year the set applies to, when it applies to a single year.
        public var singleYear: Int? {
            let years = appliesTo.flatMap(\.years)
            guard let first = years.first, first.count == 1, years.allSatisfy({ $0 == first }) else { return nil }
            return first.lowerBound
        }
    }

    public struct Activity: Sendable, Equatable {
        /// The canonical name, e.g. 支委会.
        public var name: String
        /// The ways reports write it; the longest one found in a text wins.
        public var aliases: [String]
        public var unit: String
        /// The yearly minimum of 中国共产党支部工作条例（试行）, where it sets one.
        public var minimum: Int?
        public init(name: String, aliases: [String], unit: String, minimum: Int?) {
            self.name = name
            self.aliases = aliases
            self.unit = unit
            self.minimum = minimum
        }
    }

    /// The columns of a rectification ledger.
    public enum LedgerColumn: String, CaseIterable, Sendable {
        case seq, branch, problem, measure, owner, deadline, doneDate = "done_date", status, note
    }

    /// In file order: the order is meaningful (concepts earlier win ties; status words are tried in turn).
    public var concepts: [Concept] = []
    public var aspectSets: [AspectSetSpec] = []
    public var activities: [Activity] = []
    public var ledgerColumns: [(column: LedgerColumn, names: [String])] = []
    public var statusWords: [(status: RectificationStatus, words: [String])] = []
    /// The words reading depends on (Data/reading.yaml).
    public var reading = ReadingWords()
    /// Local knowledge files applied on top of the shipped data, in order (empty: the shipped data only).
    public var localFiles: [String] = []

    public init() {}

    public func aspectSet(named id: String) -> AspectSetSpec? { aspectSets.first { $0.id == id } }

    /// The set a meeting of this year and kind prescribed: rules naming kinds are tried before rules that do not,
    /// each in file order (sets added by knowledge.yaml come first).
    public func aspectSet(forYear year: Int?, kind: String?) -> AspectSetSpec? {
        guard let year else { return nil }
        for withKinds in [true, false] {
            for set in aspectSets where set.appliesTo.contains(where: { !$0.kinds.isEmpty == withKinds && $0.matches(year: year, kind: kind) }) {
                return set
            }
        }
        return nil
    }

    /// The set of the campaign a title names ("不忘初心、牢记使命专题组织生活会"): the longest campaign word found
    /// wins, and on a tie the set listed first.
    public func campaignSet(named title: String) -> AspectSetSpec? {
        var best: (set: AspectSetSpec, length: Int)?
        for set in aspectSets {
            for w in set.campaign where title.includes(w) && w.count > (best?.length ?? 0) { best = (set, w.count) }
        }
        return best?.set
    }

    /// The activities the 条例 sets a yearly minimum for, in file order (the report's column order).
    public var regulationMinimums: [(String, Int)] { activities.compactMap { a in a.minimum.map { (a.name, $0) } } }

    /// The canonical activity a text names, by its longest alias ("支部委员会会议" before "支部委员会").
    public func activityName(in text: String) -> String? {
        var best: (name: String, length: Int)?
        for activity in activities {
            for a in activity.aliases where text.includes(a) && a.count > (best?.length ?? 0) { best = (activity.name, a.count) }
        }
        return best?.name
    }
}
