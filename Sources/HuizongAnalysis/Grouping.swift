import Foundation
import HuizongKnowledge
import HuizongModel

/// A statement to group: what a branch wrote and where.
public struct GroupInput: Sendable, Hashable {
    public var branch: String
    public var text: String
    public var location: String
    public var year: Int?
    /// The aspect the statement was raised under, carried into summary.json for roll-ups.
    public var aspect: String?
    /// The headline as the reader found it, when the text is headline and detail run together.
    public var headline: String?
    public init(branch: String, text: String, location: String, year: Int? = nil, aspect: String? = nil, headline: String? = nil) {
        self.branch = branch
        self.text = text
        self.location = location
        self.aspect = aspect
        self.year = year
        self.headline = headline
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

/// Groups similar statements by the concept they are about. Each statement's headline (its first clause) is
/// matched against the lexicon; a statement naming several concepts goes to its main one: a specific concept
/// before a broad one (信息化 before 组织生活: "数字化工具在组织生活中运用较少" is about the tools), then the concept
/// more statements name on its own. Statements that name no concept join the group whose headlines share most
/// character pairs with theirs, or form groups of their own by the same measure.
/// Nothing depends on input order (statements are sorted first, ties are broken by text); each statement lands
/// in exactly one group; cost is O(N) for concept matching plus O(U·G) for the U statements without a concept.
public struct Grouper: Sendable {
    /// Cosine similarity of weighted character pairs a statement without a concept needs to join a concept
    /// group, and to join a group of other such statements.
    public var joinConceptGroup: Double = 0.2
    public var joinOtherGroup: Double = 0.3
    /// Character-profile similarity to a concept's words that places a statement naming no concept there.
    public var nearConcept: Double = 0.2
    /// The concepts statements are grouped by: the shipped ones, or those extended by a knowledge.yaml.
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .shipped) { self.lexicon = lexicon }

    struct Features {
        var concepts: [Int]
        var pairs: Set<UInt64>
    }

    /// The part of a statement that says what the problem is: its first clause up to 。 or ；.
    public static func core(_ text: String) -> String {
        let headline = String(String.UnicodeScalarView(text.unicodeScalars.prefix { $0 != "。" && $0 != "；" && $0 != ";" }))
        return headline.isEmpty ? text : headline
    }

    /// What identifies a headline: its core without a numbering mark, punctuation or spaces. Two branches that
    /// wrote the same headline ("一是战斗堡垒作用发挥不明显。" and "战斗堡垒作用发挥不明显") share one key, so
    /// they always share a group.
    public static func key(_ s: GroupInput) -> String {
        // One pass over the scalars, one String at the end: this runs for every statement.
        let scalars = Array((s.headline ?? s.text).unicodeScalars)
        let end = scalars.firstIndex { $0 == "。" || $0 == "；" || $0 == ";" } ?? scalars.count
        let core = Array(end == 0 ? scalars[...] : scalars[..<end])
        var kept = String.UnicodeScalarView()
        for u in strippedScalars(core) where u.properties.isAlphabetic || u.properties.numericType != nil { kept.append(u) }
        return kept.isEmpty ? String(String.UnicodeScalarView(core)) : String(kept)
    }

    /// Each key that begins with a shorter key of at least six characters, mapped to the shortest such key.
    static func canonicalKeys(_ keys: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for k in keys {
            let scalars = Array(k.unicodeScalars)
            guard scalars.count > 6 else { continue }
            for n in 6..<scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[..<n]))
                if keys.contains(prefix) { out[k] = prefix; break }
            }
        }
        return out
    }

    /// "一是", "（一）", "1.", "1、", "（1）", "第一，" at the start. A scan, not a regular expression: it runs for
    /// every headline, and compiling Foundation's expressions there was most of the grouping's time.
    static func stripNumbering(_ text: String) -> String {
        String(String.UnicodeScalarView(strippedScalars(Array(text.unicodeScalars))))
    }

    /// The scalars without surrounding spaces and without a leading numbering mark. Unicode scalars, not
    /// Characters or Foundation's trimming: the marks and numerals are single scalars, and grapheme breaking
    /// and NSString bridging were most of the grouping's time.
    static func strippedScalars(_ all: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        let first = all.firstIndex { !isSpace($0) } ?? all.endIndex
        let last = all.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? first
        let c = all[first..<max(first, last)]
        let base = c.startIndex
        func numerals(from i: Int, chinese: Bool) -> Int {
            var j = i
            while j < c.count, chinese ? Self.chineseNumerals.contains(c[base + j]) : Self.isDigit(c[base + j]) { j += 1 }
            return j
        }
        var end: Int?
        if c.first == "第" {
            let j = numerals(from: 1, chinese: true)
            if j > 1, j < c.count, "，,、：:".unicodeScalars.contains(c[base + j]) { end = j + 1 }
        }
        if end == nil {
            let start = c.first == "（" || c.first == "(" ? 1 : 0
            var j = numerals(from: start, chinese: true)
            if j == start { j = numerals(from: start, chinese: false) }
            if j > start, j < c.count, "是）)、.．，,".unicodeScalars.contains(c[base + j]) { end = j + 1 }
        }
        guard var k = end else { return c }
        while k < c.count, c[base + k].properties.isWhitespace { k += 1 }
        return c[(base + k)...]
    }

    /// What `CharacterSet.whitespaces` holds: tab and the space separators.
    static func isSpace(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }

    static let chineseNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(u.value) || (0xFF10...0xFF19).contains(u.value)
    }

    func features(_ s: GroupInput) -> Features {
        let text = s.text
        let core = Self.stripNumbering(Self.core(s.headline ?? text))
        let chars = core.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map { UInt64($0.value) }
        var pairs = Set<UInt64>()
        if chars.count > 1 { for i in 0..<(chars.count - 1) { pairs.insert(chars[i] << 21 | chars[i + 1]) } }
        // A headline that names nothing ("去年又出现了这种情况。…") leaves the subject to the sentences after it.
        var concepts = lexicon.conceptsInOrder(in: core)
        if concepts.isEmpty, core != text { concepts = lexicon.conceptsInOrder(in: text) }
        return Features(concepts: concepts, pairs: pairs)
    }

    static func dice(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        a.isEmpty || b.isEmpty ? 0 : 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// How alike two headlines are: shared concepts first, shared character pairs second (used for labels).
    static func similarity(_ a: Features, _ b: Features) -> Double {
        let pairDice = dice(a.pairs, b.pairs)
        if a.concepts.isEmpty || b.concepts.isEmpty { return pairDice }
        let shared = Set(a.concepts).intersection(b.concepts).count
        let overlap = Double(shared) / Double(min(a.concepts.count, b.concepts.count))
        return 0.75 * overlap + 0.25 * pairDice
    }

    public func group(_ inputs: [GroupInput], pins: [(label: String, words: [String])] = []) -> [StatementGroup] {
        let sorted = inputs.sorted { ($0.text, $0.branch, $0.location) < ($1.text, $1.branch, $1.location) }
        let split = partition(sorted, pins: pins)
        // A headline that begins with another whole headline ("战斗堡垒作用发挥不明显，在急难险重……" and
        // "战斗堡垒作用发挥不明显") is read as that one: near-identical headlines always share a group.
        let canon = Self.canonicalKeys(Set(split.headlines.keys))
        // Each distinct headline's key once: a key is asked for many times per statement.
        var known: [String: String] = [:]
        let keyOf: (GroupInput) -> String = { s in
            if let k = known[s.headline ?? s.text] { return k }
            let k = Self.key(s)
            let c = canon[k] ?? k
            known[s.headline ?? s.text] = c
            return c
        }
        let (byConcept, unplaced) = byMainConcept(split.open, headlines: split.headlines, keyOf: keyOf)
        let groups = placeByPairs(unplaced, byConcept: byConcept, headlines: split.headlines, keyOf: keyOf)
        var out: [StatementGroup] = []
        for (p, pin) in pins.enumerated() {
            guard let members = split.pinned[p], !members.isEmpty else { continue }
            out.append(StatementGroup(label: pin.label, pinned: true, keywords: keywords(members, split.headlines), members: members))
        }
        for g in groups where !g.members.isEmpty {
            out.append(StatementGroup(label: label(g.members, concept: g.concept), pinned: false,
                                      keywords: keywords(g.members, split.headlines, key: keyOf), members: g.members))
        }
        // Each group's branch count once, not in every comparison.
        let ranked = out.map { (group: $0, branches: Set($0.members.map(\.branch)).count) }
        return ranked.sorted {
            if $0.branches != $1.branches { return $0.branches > $1.branches }
            if $0.group.members.count != $1.group.members.count { return $0.group.members.count > $1.group.members.count }
            return $0.group.label < $1.group.label
        }.map(\.group)
    }

    /// Statements a pinned group of groups.yaml takes (any containing one of its words), and the rest with the
    /// features of each distinct headline: 100,000 statements cost what their distinct headlines cost.
    func partition(_ sorted: [GroupInput], pins: [(label: String, words: [String])])
        -> (headlines: [String: Features], pinned: [Int: [GroupInput]], open: [GroupInput]) {
        var headlines: [String: Features] = [:]
        var pinned: [Int: [GroupInput]] = [:]
        var open: [GroupInput] = []
        for s in sorted {
            if let p = pins.firstIndex(where: { s.text.includes(any: $0.words) }) {
                pinned[p, default: []].append(s)
                continue
            }
            let key = Self.key(s)
            if headlines[key] == nil { headlines[key] = features(s) }
            open.append(s)
        }
        return (headlines, pinned, open)
    }

    /// Each statement under its main concept: the first specific one the headline names (Chinese problem
    /// statements name their subject first: "涉密计算机与互联网隔离…" is about secrecy), else the first broad one,
    /// else the concept whose words it comes nearest. The rest are unplaced.
    func byMainConcept(_ open: [GroupInput], headlines: [String: Features], keyOf: (GroupInput) -> String)
        -> (byConcept: [Int: [GroupInput]], unplaced: [GroupInput]) {
        func main(_ concepts: [Int]) -> Int? {
            concepts.first { !lexicon.concepts[$0].broad } ?? concepts.first
        }
        var byConcept: [Int: [GroupInput]] = [:]
        var unplaced: [GroupInput] = []
        var nearest: [String: Int?] = [:]
        for s in open {
            let key = keyOf(s)
            if let c = main(headlines[key]?.concepts ?? []) { byConcept[c, default: []].append(s); continue }
            if nearest[key] == nil {
                let guess = lexicon.nearest(key)
                nearest[key] = guess.flatMap { $0.score >= nearConcept ? $0.concept : nil }
            }
            if let c = nearest[key] ?? nil { byConcept[c, default: []].append(s) } else { unplaced.append(s) }
        }
        return (byConcept, unplaced)
    }

    /// Statements without a concept are placed by their character pairs, weighted by how rare each pair is among
    /// this run's headlines: a statement joins the concept group whose headlines it resembles most (the
    /// lexicon-matched statements act as labelled examples), or else a group of such statements. Concept groups
    /// come first, in concept order.
    func placeByPairs(_ unplaced: [GroupInput], byConcept: [Int: [GroupInput]], headlines: [String: Features],
                      keyOf: (GroupInput) -> String) -> [(members: [GroupInput], concept: Int?)] {
        let weights = PairWeights(headlines.values.map(\.pairs))
        let concepts = byConcept.keys.sorted()
        var groups: [(members: [GroupInput], centroid: [UInt64: Double])] = concepts.map { c in
            let members = byConcept[c] ?? []
            var sum: [UInt64: Double] = [:]
            for core in Set(members.map(keyOf)) { weights.add(headlines[core]?.pairs ?? [], to: &sum) }
            return (members, PairWeights.normalized(sum))
        }
        let conceptGroups = groups.count
        var placed: [String: Int] = [:]
        var ownSums: [Int: [UInt64: Double]] = [:]
        for s in unplaced {
            let key = keyOf(s)
            if let g = placed[key] { groups[g].members.append(s); continue }
            let vector = PairWeights.normalized(weights.vector(headlines[key]?.pairs ?? []))
            var best: (index: Int, score: Double)?
            for (i, g) in groups.enumerated() {
                let score = PairWeights.dot(vector, g.centroid)
                let needed = i < conceptGroups ? joinConceptGroup : joinOtherGroup
                if score >= needed, score > (best?.score ?? 0) { best = (i, score) }
            }
            let index: Int
            if let b = best { index = b.index } else {
                groups.append(([], [:]))
                index = groups.count - 1
            }
            groups[index].members.append(s)
            if index >= conceptGroups {
                // Groups of statements without a concept grow their centroid as members join (in sorted order).
                var sum = ownSums[index] ?? [:]
                for (k, v) in vector { sum[k, default: 0] += v }
                ownSums[index] = sum
                groups[index].centroid = PairWeights.normalized(sum)
            }
            placed[key] = index
        }
        return groups.enumerated().map { i, g in (g.members, i < conceptGroups ? concepts[i] : nil) }
    }

    /// The concepts most members name, at most three.
    func keywords(_ members: [GroupInput], _ headlines: [String: Features], key: (GroupInput) -> String = Grouper.key) -> [String] {
        var counts: [Int: Int] = [:]
        for m in members {
            for c in headlines[key(m)]?.concepts ?? lexicon.concepts(in: Self.core(m.text)) { counts[c, default: 0] += 1 }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map { lexicon.concepts[$0.key].id }
    }

    /// The longest label that is still a short category name.
    static let shortLabel = 20

    /// The label, a short category name and never a cut sentence: the headline most members resemble among
    /// the short ones (without its numbering mark and end punctuation); where every headline is long, the
    /// group's concept ("理论学习"), else the first clause of the most representative headline.
    func label(_ members: [GroupInput], concept: Int?) -> String {
        // The most frequent headlines speak for the group; at most 60 are compared, pair by pair.
        var counts: [String: Int] = [:]
        var inputs: [String: GroupInput] = [:]
        for m in members {
            let shown = Self.shown(m)
            counts[shown, default: 0] += 1
            if inputs[shown] == nil { inputs[shown] = m }
        }
        let texts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(60).map(\.key).sorted()
        let short = texts.filter { $0.count <= Self.shortLabel }
        // One member's short headline does not name a larger group of other wordings: its concept does.
        if let best = representative(short, inputs), concept == nil || (counts[best] ?? 0) >= 2 || members.count <= 2 { return best }
        if let concept { return lexicon.concepts[concept].id }
        let first = representative(texts, inputs) ?? ""
        let clause = first.prefix { !"，,；;：:".contains($0) }
        return clause.isEmpty ? first : String(clause)
    }

    /// The one of `texts` most like the others (by shared concepts, then shared character pairs).
    func representative(_ texts: [String], _ inputs: [String: GroupInput]) -> String? {
        guard texts.count > 1 else { return texts.first }
        let feats = texts.map { t in features(inputs[t] ?? GroupInput(branch: "", text: t, location: "")) }
        var best = (0, -1.0)
        for i in texts.indices {
            let score = texts.indices.reduce(0.0) { $0 + ($1 == i ? 0 : Self.similarity(feats[i], feats[$1])) }
            if score > best.1 { best = (i, score) }
        }
        return texts[best.0]
    }

    /// A headline as a label shows it: its first sentence, without numbering mark or end punctuation.
    static func shown(_ s: GroupInput) -> String {
        var t = stripNumbering(core(s.headline ?? s.text))
        while let last = t.last, "。，,；;：:！!？?、".contains(last) { t.removeLast() }
        return t.isEmpty ? core(s.text) : t
    }
}

/// Character pairs weighted by rarity (inverse document frequency over the run's distinct headlines), with
/// pairs that every complaint uses (不够, 存在, 工作 …) left out.
struct PairWeights {
    var idf: [UInt64: Double] = [:]

    static let generic: Set<UInt64> = {
        let words = ["不够", "不足", "不强", "不高", "不严", "存在", "问题", "工作", "党员", "支部", "个别", "部分",
                     "有的", "情况", "现象", "有时", "没有", "到位", "不到", "及时", "时有", "发生", "一些", "少数", "仍然",
                     "还不", "不是", "较多", "较少", "偏少", "偏多", "不明", "明显", "有待", "加强", "提高", "进一", "一步"]
        var out = Set<UInt64>()
        for w in words {
            let u = Array(w.unicodeScalars)
            if u.count == 2 { out.insert(UInt64(u[0].value) << 21 | UInt64(u[1].value)) }
        }
        return out
    }()

    init(_ documents: [Set<UInt64>]) {
        var df: [UInt64: Int] = [:]
        for d in documents { for p in d { df[p, default: 0] += 1 } }
        let n = Double(max(documents.count, 1))
        for (p, c) in df where !Self.generic.contains(p) { idf[p] = log((n + 1) / (Double(c) + 0.5)) }
    }

    func vector(_ pairs: Set<UInt64>) -> [UInt64: Double] {
        var v: [UInt64: Double] = [:]
        for p in pairs { if let w = idf[p], w > 0 { v[p] = w } }
        return v
    }

    func add(_ pairs: Set<UInt64>, to sum: inout [UInt64: Double]) {
        for (k, x) in Self.normalized(vector(pairs)) { sum[k, default: 0] += x }
    }

    static func normalized(_ v: [UInt64: Double]) -> [UInt64: Double] {
        let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return v }
        return v.mapValues { $0 / norm }
    }

    static func dot(_ a: [UInt64: Double], _ b: [UInt64: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var s = 0.0
        for (k, x) in small { if let y = large[k] { s += x * y } }
        return s
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
