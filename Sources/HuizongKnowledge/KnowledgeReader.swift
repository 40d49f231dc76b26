import Foundation
import HuizongDocument
import HuizongModel

/// Reads a knowledge file (shipped Data/*.yaml or a committee's knowledge.yaml) onto what is already known.
/// Every mistake names its line; unknown keys are errors, so a typo never passes as a silent default.
///
/// What a file adds: words and head words are appended to a concept of the same name (a new name appends a
/// concept, so the shipped order is kept); an aspect set of the same id is replaced in place, a new one is
/// tried before the shipped ones; aliases are appended to an activity of the same name.
public enum KnowledgeReader {
    public static let formatVersion = 1
    static let sharedKeys: Set<String> = ["version", "concepts", "aspect_sets", "activities", "reading"]
    /// Only the shipped data sets these: ledger reading and status words are not a committee's choice.
    static let shippedOnlyKeys: Set<String> = ["ledger_columns", "status_words"]

    public static func apply(_ root: DataNode, to base: Knowledge, local: Bool) throws(DataFileError) -> Knowledge {
        let what = local ? "knowledge.yaml" : "knowledge data"
        try root.allowOnly(local ? sharedKeys : sharedKeys.union(shippedOnlyKeys), in: what)
        if let v = root["version"], try v.asInt("version") != formatVersion {
            throw v.fail("version: this huizong reads knowledge version \(formatVersion)")
        }
        var k = base
        if let node = root["concepts"] { try readConcepts(node, into: &k) }
        if let node = root["aspect_sets"] { try readAspectSets(node, into: &k, local: local) }
        if let node = root["activities"] { try readActivities(node, into: &k, local: local) }
        if let node = root["reading"] { try readReading(node, into: &k) }
        if let node = root["ledger_columns"] {
            for e in try unique(node, "ledger_columns") {
                guard let column = Knowledge.LedgerColumn(rawValue: e.key) else {
                    throw DataFileError(file: node.file, line: e.line, message: "ledger_columns: unknown column '\(e.key)'; expected one of "
                                        + Knowledge.LedgerColumn.allCases.map(\.rawValue).joined(separator: ", "))
                }
                k.ledgerColumns.removeAll { $0.column == column }
                k.ledgerColumns.append((column, try words(e.value, "ledger column '\(e.key)'")))
            }
        }
        if let node = root["status_words"] {
            for e in try unique(node, "status_words") {
                guard let status = RectificationStatus(rawValue: e.key) else {
                    throw DataFileError(file: node.file, line: e.line, message: "status_words: unknown status '\(e.key)'; expected one of "
                                        + RectificationStatus.allCases.map(\.rawValue).joined(separator: ", "))
                }
                k.statusWords.removeAll { $0.status == status }
                k.statusWords.append((status, try words(e.value, "status '\(e.key)'")))
            }
        }
        return k
    }

    static func readConcepts(_ node: DataNode, into k: inout Knowledge) throws(DataFileError) {
        var alones: [(id: String, node: DataNode)] = []
        for e in try unique(node, "concepts") {
            let what = "concept '\(e.key)'"
            try e.value.allowOnly(["words", "broad", "modifier", "head_words", "alone"], in: what)
            let added = try e.value["words"].map { n throws(DataFileError) in try words(n, "\(what) words") } ?? []
            let heads = try e.value["head_words"].map { n throws(DataFileError) in try words(n, "\(what) head_words") } ?? []
            let broad = try e.value["broad"]?.asBool("\(what) broad")
            let modifier = try e.value["modifier"]?.asBool("\(what) modifier")
            let alone = try e.value["alone"]?.asString("\(what) alone")
            if let n = e.value["alone"] { alones.append((e.key, n)) }
            if let i = k.concepts.firstIndex(where: { $0.id == e.key }) {
                k.concepts[i].words += added.filter { !k.concepts[i].words.contains($0) }
                k.concepts[i].headWords += heads.filter { !k.concepts[i].headWords.contains($0) }
                if let broad { k.concepts[i].broad = broad }
                if let modifier { k.concepts[i].modifier = modifier }
                if let alone { k.concepts[i].alone = alone }
            } else {
                guard !added.isEmpty else { throw e.value.fail("\(what): a new concept needs 'words'") }
                k.concepts.append(Knowledge.Concept(id: e.key, words: added, modifier: modifier ?? false, broad: broad ?? false,
                                                    headWords: heads, alone: alone))
            }
        }
        // A modifier stands alone for a topic concept that exists.
        for a in alones {
            guard let c = k.concepts.first(where: { $0.id == a.id }), c.modifier else {
                throw a.node.fail("concept '\(a.id)' alone: only a modifier stands for another concept")
            }
            guard let target = k.concepts.first(where: { $0.id == c.alone }), !target.modifier else {
                throw a.node.fail("concept '\(a.id)' alone: '\(c.alone ?? "")' is not a concept that names a topic")
            }
        }
    }

    static func readAspectSets(_ node: DataNode, into k: inout Knowledge, local: Bool) throws(DataFileError) {
        var added = 0
        for e in try unique(node, "aspect_sets") {
            let what = "aspect set '\(e.key)'"
            let v = e.value
            try v.allowOnly(["title", "applies_to", "aspects", "campaign"], in: what)
            let old = k.aspectSet(named: e.key)
            guard let title = try v["title"]?.asString("\(what) title") ?? old?.title else { throw v.fail("\(what): 'title' is missing") }
            guard let aspectsNode = v["aspects"] else { throw v.fail("\(what): 'aspects' is missing") }
            var aspects: [Knowledge.Aspect] = []
            for a in try aspectsNode.items("\(what) aspects") {
                try a.allowOnly(["id", "name", "aliases", "keywords", "taxonomy"], in: "aspect")
                guard let id = try a["id"]?.asString("aspect id") else { throw a.fail("aspect: 'id' is missing") }
                guard let name = try a["name"]?.asString("aspect name") else { throw a.fail("aspect '\(id)': 'name' is missing") }
                guard !aspects.contains(where: { $0.id == id }) else { throw a.fail("aspect '\(id)' appears twice in \(what)") }
                aspects.append(Knowledge.Aspect(
                    id: id, name: name,
                    aliases: try a["aliases"].map { n throws(DataFileError) in try words(n, "aspect '\(id)' aliases") } ?? [],
                    keywords: try a["keywords"].map { n throws(DataFileError) in try words(n, "aspect '\(id)' keywords") } ?? [],
                    taxonomy: try a["taxonomy"]?.asString("aspect '\(id)' taxonomy") ?? "其他"))
            }
            guard !aspects.isEmpty else { throw aspectsNode.fail("\(what): give at least one aspect") }
            var rules = old?.appliesTo ?? []
            if let applies = v["applies_to"] {
                rules = []
                for r in try applies.items("\(what) applies_to") {
                    try r.allowOnly(["years", "kinds"], in: "applies_to")
                    guard let yearsNode = r["years"] else { throw r.fail("applies_to: 'years' is missing") }
                    var years: [ClosedRange<Int>] = []
                    for y in try yearsNode.items("years") { years.append(try yearRange(y)) }
                    let kinds = try r["kinds"].map { n throws(DataFileError) in try words(n, "applies_to kinds") } ?? []
                    rules.append(Knowledge.Applicability(years: years, kinds: kinds))
                }
            }
            let campaign = try v["campaign"].map { n throws(DataFileError) in try words(n, "\(what) campaign") } ?? old?.campaign ?? []
            let set = Knowledge.AspectSetSpec(id: e.key, title: title, appliesTo: rules, aspects: aspects, campaign: campaign)
            if let i = k.aspectSets.firstIndex(where: { $0.id == e.key }) {
                k.aspectSets[i] = set
            } else if local {
                // A committee's own set is meant for its meeting: it is tried before the shipped ones.
                k.aspectSets.insert(set, at: added)
                added += 1
            } else {
                k.aspectSets.append(set)
            }
        }
    }

    /// 2024, "2024-" (that year and later) or "2018-2020".
    static func yearRange(_ node: DataNode) throws(DataFileError) -> ClosedRange<Int> {
        let raw = try node.asString("year").trimmingCharacters(in: .whitespaces)
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let valid = 1921...2200
        if parts.count == 1, let y = Int(parts[0]), valid.contains(y) { return y...y }
        if parts.count == 2, let a = Int(parts[0]), valid.contains(a) {
            if parts[1].isEmpty { return a...valid.upperBound }
            if let b = Int(parts[1]), valid.contains(b), b >= a { return a...b }
        }
        throw node.fail("years: expected a year like 2024, 2024- (that year and later) or 2018-2020, found '\(raw)'")
    }

    static func readActivities(_ node: DataNode, into k: inout Knowledge, local: Bool) throws(DataFileError) {
        for e in try unique(node, "activities") {
            let what = "activity '\(e.key)'"
            try e.value.allowOnly(local ? ["aliases", "unit"] : ["aliases", "unit", "minimum"], in: what)
            let aliases = try e.value["aliases"].map { n throws(DataFileError) in try words(n, "\(what) aliases") } ?? []
            let unit = try e.value["unit"]?.asString("\(what) unit")
            let minimum = try e.value["minimum"]?.asInt("\(what) minimum")
            if let minimum, minimum < 0 { throw e.value.fail("\(what): minimum must not be negative") }
            if let i = k.activities.firstIndex(where: { $0.name == e.key }) {
                k.activities[i].aliases += aliases.filter { !k.activities[i].aliases.contains($0) }
                if let unit { k.activities[i].unit = unit }
                if let minimum { k.activities[i].minimum = minimum }
            } else {
                k.activities.append(Knowledge.Activity(name: e.key, aliases: aliases.isEmpty ? [e.key] : aliases,
                                                       unit: unit ?? "次", minimum: minimum))
            }
        }
    }

    /// Words added to the reading lists, each after the words already there.
    static func readReading(_ node: DataNode, into k: inout Knowledge) throws(DataFileError) {
        for e in try unique(node, "reading") {
            guard let path = ReadingWords.fields.first(where: { $0.key == e.key })?.path else {
                throw DataFileError(file: node.file, line: e.line, message: "reading: unknown list '\(e.key)'; expected one of "
                                    + ReadingWords.fields.map(\.key).joined(separator: ", "))
            }
            let added = try words(e.value, "reading \(e.key)")
            k.reading[keyPath: path] += added.filter { !k.reading[keyPath: path].contains($0) }
        }
    }

    /// A list of non-empty words, each once.
    static func words(_ node: DataNode, _ what: String) throws(DataFileError) -> [String] {
        var out: [String] = []
        for item in try node.items(what) {
            let w = try item.asString(what).trimmingCharacters(in: .whitespaces)
            guard !w.isEmpty else { throw item.fail("\(what): an empty word") }
            guard !out.contains(w) else { throw item.fail("\(what): '\(w)' appears twice") }
            out.append(w)
        }
        return out
    }

    /// Entries of a map whose keys must differ (YAML readers keep both of two equal keys).
    static func unique(_ node: DataNode, _ what: String) throws(DataFileError) -> [(key: String, value: DataNode, line: Int?)] {
        let entries = try node.entries(what)
        var seen = Set<String>()
        for e in entries where !seen.insert(e.key).inserted {
            throw DataFileError(file: node.file, line: e.line, message: "\(what): '\(e.key)' appears twice")
        }
        return entries
    }
}
