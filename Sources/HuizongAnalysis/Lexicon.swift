import Foundation
import HuizongKnowledge
import HuizongModel

/// Concepts these reports talk about, each with the words branches use for it. Grouping compares statements
/// by the concepts they mention first and by shared character pairs second.
///
/// Words are matched longest first, left to right, and a matched word hides the shorter words inside it:
/// "党的创新理论" is theory study, not innovation; "组织生活会" is the meeting, not a complaint about it.
/// Modifier concepts say how something went wrong (a formality, a lapse); they count only when a statement
/// names no topic and no head word, so "积分管理流于形式" is about supervising members, not about formalities in general.
public struct Lexicon: Sendable {
    /// A concept: its Chinese name, its words, whether it is broad or a modifier (Data/concepts.yaml).
    public typealias Concept = Knowledge.Concept

    /// In data order: a concept's number is its place here, and earlier concepts win ties.
    public let concepts: [Concept]

    /// Head words that name a concept only loosely ("学习", "群众", "安全"): a statement is placed by them only
    /// when it names no word of any concept, because elsewhere they are the setting, not the subject
    /// ("学习借鉴兄弟单位" is about innovation). Each was checked against the development sets: statements that
    /// contain it belong to its concept more often than to any other.
    public var headWords: [(word: String, concept: String)] { concepts.flatMap { c in c.headWords.map { ($0, c.id) } } }

    let index: Index
    let headIndex: Index
    let profile: CharacterProfile

    public init(_ knowledge: Knowledge) {
        let concepts = knowledge.concepts
        self.concepts = concepts
        index = Self.makeIndex(concepts.enumerated().flatMap { i, c in c.words.map { ($0, i) } })
        headIndex = Self.makeIndex(concepts.enumerated().flatMap { i, c in c.headWords.map { ($0, i) } })
        profile = CharacterProfile(concepts.filter { !$0.modifier }.map(\.words), ids: concepts.indices.filter { !concepts[$0].modifier })
    }

    /// The shipped concepts, indexed once.
    public static let shipped = Lexicon(.shipped)

    typealias Index = [Unicode.Scalar: [(word: [Unicode.Scalar], concept: Int)]]

    /// Words bucketed by first character and sorted longest first within a bucket.
    static func makeIndex(_ entries: [(String, Int)]) -> Index {
        var out: Index = [:]
        for (w, i) in entries {
            let scalars = Array(w.unicodeScalars)
            guard let first = scalars.first else { continue }
            out[first, default: []].append((scalars, i))
        }
        for k in out.keys { out[k]?.sort { $0.word.count != $1.word.count ? $0.word.count > $1.word.count : $0.concept < $1.concept } }
        return out
    }

    /// Concept numbers (places in `concepts`) a text mentions, ascending, chosen as `conceptsInOrder` chooses them.
    public func concepts(in text: String) -> [Int] { conceptsInOrder(in: text).sorted() }

    /// Concept numbers in the order the text first mentions them. Head words only when no topic is named, and
    /// modifiers only when neither is: a head word still names the subject ("学习的主动性不强" is about study),
    /// a modifier only the manner.
    public func conceptsInOrder(in text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars)
        let (topics, modifiers) = scan(scalars, index)
        if !topics.isEmpty { return topics }
        let heads = scan(scalars, headIndex).topics
        if !heads.isEmpty { return heads }
        // A modifier on its own stands for its `alone` concept, if it names one.
        return modifiers.map { m in concepts[m].alone.flatMap { id in concepts.firstIndex { $0.id == id } } ?? m }
    }

    /// Longest words first over the whole text, then left to right: a matched word hides the shorter words
    /// inside it or overlapping it ("召开支委会" is the committee meeting, not the 开支 of the budget).
    func scan(_ scalars: [Unicode.Scalar], _ index: Index) -> (topics: [Int], modifiers: [Int]) {
        var matches: [(start: Int, length: Int, concept: Int)] = []
        for i in scalars.indices {
            guard let bucket = index[scalars[i]] else { continue }
            for entry in bucket where i + entry.word.count <= scalars.count {
                var k = 1
                while k < entry.word.count, scalars[i + k] == entry.word[k] { k += 1 }
                guard k == entry.word.count else { continue }
                matches.append((i, entry.word.count, entry.concept))
                break
            }
        }
        matches.sort { $0.length != $1.length ? $0.length > $1.length : $0.start < $1.start }
        var taken = [Bool](repeating: false, count: scalars.count)
        var kept: [(start: Int, concept: Int)] = []
        for m in matches where !taken[m.start..<(m.start + m.length)].contains(true) {
            for j in m.start..<(m.start + m.length) { taken[j] = true }
            kept.append((m.start, m.concept))
        }
        kept.sort { $0.start < $1.start }
        var topics: [Int] = [], modifiers: [Int] = []
        for m in kept {
            if concepts[m.concept].modifier {
                if !modifiers.contains(m.concept) { modifiers.append(m.concept) }
            } else if !topics.contains(m.concept) {
                topics.append(m.concept)
            }
        }
        return (topics, modifiers)
    }

    /// The concept whose words share most characters with a text that names none of them, with the cosine
    /// similarity of the two character profiles (each character weighted by how few concepts use it). A weak
    /// fallback for paraphrases the word list lacks: "抄完笔记就算学过了" shares 学 and 笔记 with theory study.
    public func nearest(_ text: String) -> (concept: Int, score: Double)? {
        let query = CharacterProfile.features(text)
        var scores: [Int: Double] = [:]
        var norm = 0.0
        for f in query {
            guard let idf = profile.idf[f] else { continue }
            norm += idf * idf
            for (c, w) in profile.postings[f] ?? [] { scores[c, default: 0] += idf * w }
        }
        guard norm > 0 else { return nil }
        let best = scores.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        return best.map { ($0.key, $0.value / norm.squareRoot()) }
    }
}

/// Characters and character pairs of each concept's words, weighted by rarity across concepts.
struct CharacterProfile: Sendable {
    var idf: [String: Double] = [:]
    /// feature → [(concept, normalised weight)]
    var postings: [String: [(Int, Double)]] = [:]

    static let stop: Set<Character> = ["不", "的", "了", "是", "有", "在", "和", "与", "及", "等", "多", "少", "够", "于", "对", "为", "中", "上", "下"]

    static func features(_ text: String) -> Set<String> {
        let chars = text.filter { $0.isLetter && !stop.contains($0) }.map { $0 }
        var out = Set(chars.map { String($0) })
        if chars.count > 1 { for i in 0..<(chars.count - 1) { out.insert(String([chars[i], chars[i + 1]])) } }
        return out
    }

    init(_ wordLists: [[String]], ids: [Int]) {
        var counts: [Int: [String: Double]] = [:]
        var df: [String: Int] = [:]
        for (words, id) in zip(wordLists, ids) {
            var c: [String: Double] = [:]
            for w in words { for f in Self.features(w) { c[f, default: 0] += 1 } }
            for f in c.keys { df[f, default: 0] += 1 }
            counts[id] = c
        }
        let n = Double(ids.count)
        for (f, d) in df { idf[f] = log(n / Double(d)) }
        for id in ids {
            guard let c = counts[id] else { continue }
            var v: [String: Double] = [:]
            for (f, x) in c { v[f] = (1 + log(x)) * (idf[f] ?? 0) }
            let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { continue }
            for (f, x) in v where x > 0 { postings[f, default: []].append((id, x / norm)) }
        }
        for f in postings.keys { postings[f]?.sort { $0.0 < $1.0 } }
    }
}
