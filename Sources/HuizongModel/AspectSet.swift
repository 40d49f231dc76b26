import Foundation

/// The prescribed aspects of each year's meeting, shipped as data (Data/aspect-sets.yaml) and matched fuzzily.
public struct AspectSet: Sendable {
    public struct Entry: Sendable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var keywords: [String]
        /// The stable general category, for comparing years with different sets.
        public var taxonomy: String
        /// Character pairs of the name and aliases, normalised once.
        var pairSets: [Set<String>] = []
    }
    public var id: String
    public var title: String
    public var aspects: [Entry]

    /// The set's best aspect for a heading, or nil when none is close enough (the heading stays its own aspect).
    public func match(_ heading: String) -> Entry? {
        let h = Self.normalise(heading)
        var best: (Entry, Double)?
        for a in aspects {
            let hp = Self.bigrams(h)
            var score = a.pairSets.map { Self.dice(hp, $0) }.max() ?? 0
            let hits = a.keywords.filter { h.includes($0) }.count
            score += Double(hits) * 0.25
            if score > (best?.1 ?? 0) { best = (a, score) }
        }
        guard let b = best, b.1 >= 0.45 else { return nil }
        return b.0
    }

    /// The aspect a short line names outright ("对照党章党规", "对照先进典型、身边榜样"), not one it is merely
    /// about: a line that is the aspect's name or an alias, give or take a few characters. Keywords do not count.
    public func named(by line: String) -> Entry? {
        guard line.count <= 40, !line.contains(where: { "。；;，,".contains($0) }) else { return nil }
        let h = Self.bigrams(Self.normalise(line.replacingOccurrences(of: "、", with: "")))
        let scored = aspects.map { a in (a, a.pairSets.map { Self.dice(h, $0) }.max() ?? 0) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.8 else { return nil }
        return best.0
    }

    static func normalise(_ s: String) -> String {
        s.removing(["对照", "方面", "在", "情况", "主要是", "：", ":", "。", "，", "“", "”", "\"", " "])
    }

    static func bigrams(_ s: String) -> Set<String> {
        let c = Array(s.unicodeScalars).map(String.init)
        guard c.count > 1 else { return Set(c) }
        return Set((0..<(c.count - 1)).map { c[$0] + c[$0 + 1] })
    }

    static func dice(_ x: Set<String>, _ y: Set<String>) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    /// A set as the matcher uses it, from its data (Data/aspect-sets.yaml or a knowledge.yaml).
    public init(_ spec: Knowledge.AspectSetSpec) {
        id = spec.id
        title = spec.title
        aspects = spec.aspects.map { a in
            Entry(id: a.id, name: a.name, aliases: a.aliases, keywords: a.keywords, taxonomy: a.taxonomy,
                  pairSets: ([a.name] + a.aliases).map { Self.bigrams(Self.normalise($0)) })
        }
    }

    public static func named(_ id: String, in knowledge: Knowledge) -> AspectSet? {
        knowledge.aspectSet(named: id).map(AspectSet.init)
    }

    /// The set a meeting of this year and kind prescribed (domain notes §3): the data's `applies_to`;
    /// committee.yaml's aspect_set names another.
    public static func forYear(_ year: Int?, kind: String?, in knowledge: Knowledge) -> AspectSet? {
        knowledge.aspectSet(forYear: year, kind: kind).map(AspectSet.init)
    }
}
