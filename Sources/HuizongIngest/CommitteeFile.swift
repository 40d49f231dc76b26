import Foundation
import HuizongDocument
import HuizongKnowledge
import HuizongModel

/// committee.yaml read with the typed, line-numbered reader: a typo in a key, a date in an unknown form or a value
/// of the wrong kind is an error with its line, never a silent default (a wrong as-of date or an empty roster
/// gives a wrong report). Decoded like the reports, so a file saved as GBK or UTF-16 reads the same.
extension CommitteeConfig {
    /// The diagnostic code of a committee.yaml mistake; `build` stops on it.
    public static let errorCode = DiagnosticCode.committeeConfig

    static let topKeys: Set<String> = ["version", "committee", "year", "meeting", "aspect_set", "as_of", "roster", "thresholds", "excellent_cap"]

    public static func read(data: Data, file: String, knowledge: Knowledge = .shipped) throws(DataFileError) -> CommitteeConfig {
        // A settings file with damaged bytes is refused: a replaced character could change a name.
        guard let (text, encoding) = TextDecoding.decode(data), encoding != .utf8Damaged else {
            throw DataFileError(file: file, line: nil, message: "cannot detect the text encoding (UTF-8, UTF-16, GB18030/GBK are read)")
        }
        return try read(text, file: file, knowledge: knowledge)
    }

    public static func read(_ text: String, file: String, knowledge: Knowledge = .shipped) throws(DataFileError) -> CommitteeConfig {
        let root = try DataNode.load(text, file: file)
        try root.allowOnly(topKeys, in: "committee.yaml")
        var c = CommitteeConfig()
        if let v = root["version"], try v.asInt("version") != 1 { throw v.fail("version: this huizong reads committee.yaml version 1") }
        c.committee = try root["committee"]?.asString("committee")
        c.year = try root["year"]?.asInt("year")
        c.meetingKind = try root["meeting"]?.asString("meeting")
        if let a = root["aspect_set"] {
            let id = try a.asString("aspect_set")
            guard AspectSet.named(id, in: knowledge) != nil else {
                throw a.fail("aspect_set: unknown set '\(id)'; expected one of \(knowledge.aspectSets.map(\.id).joined(separator: ", "))")
            }
            c.aspectSet = id
        }
        if let a = root["as_of"] {
            let s = try a.asString("as_of")
            guard let day = Day.parseWritten(s) else {
                throw a.fail("as_of: '\(s)' is not a date; write 2026-03-31, 2026/03/31, 2026.3.31 or 2026年3月31日")
            }
            c.asOf = day
        }
        if let r = root["roster"] { c.roster = try roster(r) }
        if let cap = root["excellent_cap"] {
            // A share (0.3) or a percentage (30).
            let text = try cap.asString("excellent_cap").trimmingCharacters(in: CharacterSet(charactersIn: "% "))
            guard let v = Double(text), v > 0, v <= 100 else { throw cap.fail("excellent_cap: a share such as 0.3 or a percentage such as 30") }
            c.excellentCap = v > 1 ? v / 100 : v
        }
        if let t = root["thresholds"] {
            for e in try t.entries("thresholds") {
                let n = try e.value.asInt("thresholds: \(e.key)")
                guard n >= 0 else { throw e.value.fail("thresholds: \(e.key) must not be negative") }
                c.thresholds[e.key] = n
            }
        }
        c.buildIndex()
        return c
    }

    /// Each entry a name, or `{name, aliases}` with aliases a name or a list of names.
    static func roster(_ node: DataNode) throws(DataFileError) -> [Expected] {
        var out: [Expected] = []
        for item in try node.items("roster") {
            if let name = item.string {
                out.append(Expected(name: try nonEmpty(name, item, "roster"), aliases: []))
                continue
            }
            try item.allowOnly(["name", "aliases"], in: "roster entry")
            guard let n = item["name"] else { throw item.fail("roster entry: 'name' is missing") }
            let name = try nonEmpty(try n.asString("roster name"), n, "roster name")
            var aliases: [String] = []
            if let a = item["aliases"] {
                if let one = a.string { aliases = [one] } else {
                    for x in try a.items("aliases") { aliases.append(try nonEmpty(try x.asString("alias"), x, "alias")) }
                }
            }
            out.append(Expected(name: name, aliases: aliases))
        }
        return out
    }

    static func nonEmpty(_ s: String, _ node: DataNode, _ what: String) throws(DataFileError) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { throw node.fail("\(what): empty name") }
        return t
    }
}

extension Ingest.Folder {
    /// Mistakes in committee.yaml, groups.yaml or corrections.yaml: a report built without those settings would
    /// be wrong, so `build` stops.
    public var settingsErrors: [Diagnostic] {
        diagnostics.filter { $0.severity == .error && [CommitteeConfig.errorCode, GroupsFile.errorCode, CorrectionsFile.errorCode].contains($0.id) }
    }
}

extension Diagnostic {
    /// A mistake in a settings file of the folder, named by its file name in the Chinese message.
    init(settings error: DataFileError, code: DiagnosticCode) {
        let name = URL(fileURLWithPath: error.file).lastPathComponent
        self.init(code, severity: .error, zh: "\(name) 有误：\(error.message)", en: error.message,
                  at: SourceLocation(file: error.file, error.line.map { .line($0) } ?? .file))
    }
}
