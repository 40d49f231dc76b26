import Foundation
import HuizongDocument
import HuizongModel

/// groups.yaml, the clerk's corrections, read as YAML by the typed reader: quoted words, block lists, keys in any
/// order, flow mappings and comments all read; what cannot be used (an unknown key, a missing label, no words,
/// a word that is not text) is an error with its line rather than a pin silently lost.
public enum GroupsFile {
    public static let errorCode = DiagnosticCode.groupsConfig

    public static func read(data: Data, file: String) throws(DataFileError) -> [GroupPin] {
        // A settings file with damaged bytes is refused: a replaced character could change a name.
        guard let (text, encoding) = TextDecoding.decode(data), encoding != .utf8Damaged else {
            throw DataFileError(file: file, line: nil, message: "cannot detect the text encoding (UTF-8, UTF-16, GB18030/GBK are read)")
        }
        return try read(text, file: file)
    }

    public static func read(_ text: String, file: String) throws(DataFileError) -> [GroupPin] {
        let root = try DataNode.load(text, file: file)
        try root.allowOnly(["version", "groups"], in: "groups.yaml")
        guard let groups = root["groups"] else { throw root.fail("groups.yaml: 'groups' is missing (a list of label and words)") }
        var pins: [GroupPin] = []
        for entry in try groups.items("groups") {
            try entry.allowOnly(["label", "words"], in: "group")
            guard let l = entry["label"] else { throw entry.fail("group: 'label' is missing") }
            let label = try l.asString("label").trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty else { throw l.fail("label: empty") }
            guard !pins.contains(where: { $0.label == label }) else { throw l.fail("label: '\(label)' is pinned twice") }
            guard let w = entry["words"] else { throw entry.fail("group '\(label)': 'words' is missing") }
            var words: [String] = []
            let items = w.string == nil ? try w.items("words") : [w]
            for item in items {
                let word = try item.asString("word").trimmingCharacters(in: .whitespaces)
                guard !word.isEmpty else { throw item.fail("words: an empty word would take every statement") }
                words.append(word)
            }
            guard !words.isEmpty else { throw w.fail("group '\(label)': no words") }
            pins.append(GroupPin(label: label, words: words, line: entry.line))
        }
        return pins
    }

    /// The comment lines of a hand-written groups.yaml: those above its first key, and those right above each
    /// group's entry (by the group's label and by its words, so a renamed group keeps its comment).
    public struct Comments: Sendable, Equatable {
        public var heading: [String] = []
        var byLabel: [String: [String]] = [:]
        var byWords: [[String]: [String]] = [:]
        public init() {}

        func above(_ pin: GroupPin) -> [String] { byLabel[pin.label] ?? byWords[pin.words] ?? [] }
    }

    /// The comments of `text`, whose pins (with their lines) are `pins`.
    public static func comments(in text: String, pins: [GroupPin]) -> Comments {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var c = Comments()
        c.heading = Array(lines.prefix { $0.hasPrefix("#") || $0.isEmpty }.filter { $0.hasPrefix("#") && !ownHeading.contains($0) })
        for pin in pins {
            guard let line = pin.line, line >= 2, line <= lines.count else { continue }
            var k = line - 2   // the line above the entry, 0-based
            var above: [String] = []
            while k >= 0, lines[k].hasPrefix("#") { above.insert(lines[k], at: 0); k -= 1 }
            guard k >= 0, !above.isEmpty else { continue }   // the file's heading is not a group's
            c.byLabel[pin.label] = above
            c.byWords[pin.words] = above
        }
        return c
    }

    static let ownHeading = ["# 共性问题的归类：每类一个名称（label）和归入该类的词句（words），问题中含其中任一词句即归入该类",
                             "# (docs/ingest.md: groups.yaml)"]

    /// The pins as groups.yaml, in their order (the first pin a statement matches takes it); `read` gives the
    /// same pins back. `comments` of the file written by hand before are put back where they were; comments at
    /// the end of a line are not kept.
    public static func render(_ pins: [GroupPin], comments: Comments = Comments()) -> String {
        var out = ownHeading.joined(separator: "\n") + "\n"
        for line in comments.heading { out += line + "\n" }
        out += "version: 1\n"
        guard !pins.isEmpty else { return out + "groups: []\n" }
        out += "groups:\n"
        for p in pins {
            for line in comments.above(p) { out += "  " + line + "\n" }
            out += "  - label: \(CorrectionsFile.quoted(p.label))\n    words:\n"
            for w in p.words { out += "      - \(CorrectionsFile.quoted(w))\n" }
        }
        return out
    }
}
