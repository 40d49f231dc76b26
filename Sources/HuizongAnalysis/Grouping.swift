import Foundation
import HuizongModel

/// A statement to group: what a branch wrote and where.
public struct GroupInput: Sendable, Hashable {
    public var branch: String
    public var text: String
    public var location: String
    public var year: Int?
    /// The aspect the statement was raised under, carried into summary.json for roll-ups.
    public var aspect: String?
    public init(branch: String, text: String, location: String, year: Int? = nil, aspect: String? = nil) {
        self.branch = branch
        self.text = text
        self.location = location
        self.aspect = aspect
        self.year = year
    }
}

public struct StatementGroup: Sendable {
    public var label: String
    /// Whether a clerk named this group in groups.yaml (false: found automatically, i.e. new to the clerk).
    public var pinned = false
    public var keywords: [String]
    public var members: [GroupInput]
    public var branches: [String] { Array(Set(members.map(\.branch))).sorted() }
}

/// Groups similar statements: concepts from the lexicon first, character pairs second. Statements are sorted
/// before grouping, so the result does not depend on input order; each statement lands in exactly one group.
/// Cost is O(N·G) with G groups, and identical texts are grouped once.
public struct Grouper: Sendable {
    public var threshold: Double = 0.5

    public init() {}

    struct Features {
        var concepts: Set<Int>
        var pairs: Set<UInt64>
    }

    /// The part of a statement that says what the problem is: its first clause up to 。 or ；.
    static func core(_ text: String) -> String {
        let headline = String(String.UnicodeScalarView(text.unicodeScalars.prefix { $0 != "。" && $0 != "；" && $0 != ";" }))
        return headline.isEmpty ? text : headline
    }

    static func features(_ text: String) -> Features {
        let core = core(text)
        let chars = core.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map { UInt64($0.value) }
        var pairs = Set<UInt64>()
        if chars.count > 1 { for i in 0..<(chars.count - 1) { pairs.insert(chars[i] << 21 | chars[i + 1]) } }
        return Features(concepts: Set(Lexicon.concepts(in: core)), pairs: pairs)
    }

    static func similarity(_ a: Features, _ b: Features) -> Double {
        let pairDice = a.pairs.isEmpty || b.pairs.isEmpty ? 0 : 2 * Double(a.pairs.intersection(b.pairs).count) / Double(a.pairs.count + b.pairs.count)
        if a.concepts.isEmpty || b.concepts.isEmpty { return pairDice }
        // Overlap, not Jaccard: a statement that names the group's concept and one more is still about it.
        let shared = a.concepts.intersection(b.concepts).count
        let overlap = Double(shared) / Double(min(a.concepts.count, b.concepts.count))
        return 0.75 * overlap + 0.25 * pairDice
    }

    public func group(_ inputs: [GroupInput], pins: [(label: String, words: [String])] = []) -> [StatementGroup] {
        let sorted = inputs.sorted { ($0.text, $0.branch, $0.location) < ($1.text, $1.branch, $1.location) }
        var groups: [(seed: Features, concepts: [Int: Int], members: [GroupInput], pinned: String?)] = []
        // Pinned groups from groups.yaml come first and take any statement containing one of their words.
        for pin in pins { groups.append((Features(concepts: [], pairs: []), [:], [], pin.label)) }
        // Statements with the same core clause go to the same group: decided once, so 100,000 statements
        // cost what their distinct headlines cost.
        var cache: [String: Int] = [:]
        var cores: [Int: Set<Int>] = [:]
        for s in sorted {
            let key = Self.core(s.text)
            if let g = cache[key] {
                groups[g].members.append(s)
                for c in Self.features(s.text).concepts { groups[g].concepts[c, default: 0] += 1 }
                cores[g] = nil
                continue
            }
            if let p = pins.firstIndex(where: { s.text.includes(any: $0.words) }) {
                groups[p].members.append(s)
                cache[key] = p
                continue
            }
            let f = Self.features(s.text)
            var best: (Int, Double)?
            for (i, g) in groups.enumerated() where g.pinned == nil {
                // Compare with the group's core: concepts held by at least half of its members.
                let core: Set<Int>
                if let c = cores[i] { core = c } else {
                    core = Set(g.concepts.filter { Double($0.value) * 2 >= Double(g.members.count) }.keys)
                    cores[i] = core
                }
                let sim = Self.similarity(f, Features(concepts: core.isEmpty ? g.seed.concepts : core, pairs: g.seed.pairs))
                if sim > (best?.1 ?? 0) { best = (i, sim) }
            }
            let index: Int
            if let b = best, b.1 >= threshold {
                index = b.0
            } else {
                groups.append((f, [:], [], nil))
                index = groups.count - 1
            }
            groups[index].members.append(s)
            for c in f.concepts { groups[index].concepts[c, default: 0] += 1 }
            cores[index] = nil
            cache[key] = index
        }
        var out: [StatementGroup] = []
        for g in groups where !g.members.isEmpty {
            let top = g.concepts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map { Lexicon.concepts[$0.key].id }
            out.append(StatementGroup(label: g.pinned ?? Self.label(g.members), pinned: g.pinned != nil, keywords: top, members: g.members))
        }
        return out.sorted {
            let (a, b) = ($0.branches.count, $1.branches.count)
            if a != b { return a > b }
            if $0.members.count != $1.members.count { return $0.members.count > $1.members.count }
            return $0.label < $1.label
        }
    }

    /// The label: the headline most members resemble, cut at its first clause if long.
    static func label(_ members: [GroupInput]) -> String {
        // The most frequent headlines speak for the group; at most 60 are compared, pair by pair.
        var counts: [String: Int] = [:]
        for m in members { counts[core(m.text), default: 0] += 1 }
        let texts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(60).map(\.key).sorted()
        guard texts.count > 1 else { return clip(texts.first ?? "") }
        let feats = texts.map(features)
        var best = (0, -1.0)
        for i in texts.indices {
            let score = texts.indices.reduce(0.0) { $0 + ($1 == i ? 0 : similarity(feats[i], feats[$1])) }
            if score > best.1 { best = (i, score) }
        }
        return clip(texts[best.0])
    }

    static func clip(_ s: String) -> String {
        s.count <= 24 ? s : String(s.prefix(24)) + "……"
    }
}

/// Adjusted Rand index of a grouping against the truth, for measuring (docs/analysis.md).
public enum AdjustedRand {
    public static func index(truth: [String], predicted: [Int]) -> Double {
        precondition(truth.count == predicted.count)
        func c2(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
        var table: [String: [Int: Int]] = [:]
        var a: [String: Int] = [:], b: [Int: Int] = [:]
        for (t, p) in zip(truth, predicted) {
            table[t, default: [:]][p, default: 0] += 1
            a[t, default: 0] += 1
            b[p, default: 0] += 1
        }
        let index = table.values.flatMap(\.values).reduce(0.0) { $0 + c2($1) }
        let sa = a.values.reduce(0.0) { $0 + c2($1) }, sb = b.values.reduce(0.0) { $0 + c2($1) }
        let expected = sa * sb / c2(truth.count)
        let maxIndex = (sa + sb) / 2
        return maxIndex == expected ? 1 : (index - expected) / (maxIndex - expected)
    }
}
