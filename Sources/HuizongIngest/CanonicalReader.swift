import Foundation
import HuizongDocument
import HuizongKnowledge
import HuizongModel

/// The canonical form (docs/canonical-form.md): the shape `huizong parse --json` prints, as YAML or JSON, read
/// by the typed line-numbered reader. A key it does not know (a misspelt `problems:`) or an item it cannot use (a
/// problem without a headline) is an error with its line and the file keeps no items, so nothing is dropped
/// silently; the counts the reconciliation checks are the entries the file held, not the items kept.
enum CanonicalReader {
    static let version = 1

    static let topKeys: Set<String> = ["version", "branch", "year", "meeting", "stats", "aspects", "causes", "measures", "appraisal",
                                       // Written by `parse --json`, read back without complaint and not used:
                                       "source", "kind", "paragraphs", "diagnostics"]
    static let statementKeys: Set<String> = ["headline", "detail", "location"]
    static let measureKeys: Set<String> = ["headline", "detail", "owner", "deadline", "deadline_text", "status", "status_text",
                                           "problem", "branch", "done_date", "location"]

    static func read(_ text: String, file: String, knowledge: Knowledge = .shipped) -> BranchReport {
        var r = BranchReport(source: file, kind: .canonical)
        let root: DataNode
        do throws(DataFileError) {
            root = try DataNode.load(text, file: file)
        } catch {
            r.diagnostics.append(Diagnostic(.canonicalSyntax, zh: "YAML/JSON 语法错误：\(error.message)", en: "YAML/JSON syntax error: \(error.message)",
                                            at: location(error)))
            return r
        }
        guard root.isMapping else {
            r.diagnostics.append(Diagnostic(.canonicalShape, zh: "规范格式文件的顶层应是键值映射", en: "the canonical file must be a map at the top",
                                            at: SourceLocation(file: file, .file)))
            return r
        }
        do throws(DataFileError) {
            r = try read(root, file: file, knowledge: knowledge)
        } catch {
            // Name the branch if that much can be read, so the exclusion says whose file it was.
            r.branch = (root["branch"]?["name"] ?? root["branch"])?.string
            r.diagnostics.append(Diagnostic(.canonicalShape, zh: "规范格式文件有误：\(error.message)", en: error.message, at: location(error)))
        }
        return r
    }

    static func location(_ error: DataFileError) -> SourceLocation {
        SourceLocation(file: error.file, error.line.map { .line($0) } ?? .file)
    }

    static func read(_ root: DataNode, file: String, knowledge: Knowledge) throws(DataFileError) -> BranchReport {
        var r = BranchReport(source: file, kind: .canonical)
        try root.allowOnly(topKeys, in: "report")
        if let v = root["version"], try v.asInt("version") != version {
            throw v.fail("version: this huizong reads the canonical form version \(version)")
        }
        if let b = root["branch"] {
            if let name = b.string { r.branch = name } else {
                try b.allowOnly(["name", "members"], in: "branch")
                r.branch = try b["name"].flatMap { v throws(DataFileError) in try optional(v)?.asString("branch name") }
                r.members = try b["members"].flatMap { v throws(DataFileError) in try optional(v)?.asInt("members") }
            }
        }
        r.year = try root["year"].flatMap { v throws(DataFileError) in try optional(v)?.asInt("year") }
        if let m = root["meeting"] {
            try m.allowOnly(["kind", "date", "expected", "present", "guidance"], in: "meeting")
            r.guidance = try m["guidance"].flatMap { v throws(DataFileError) in try optional(v)?.asString("meeting guidance") }
            r.meetingKind = try m["kind"].flatMap { v throws(DataFileError) in try optional(v)?.asString("meeting kind") }
            if let d = m["date"].flatMap(optional) {
                let text = try d.asString("meeting date")
                guard let day = Day.parseWritten(text) else { throw d.fail("meeting date: '\(text)' is not a date") }
                r.meetingDate = day
            }
            if let e = m["expected"].flatMap(optional), let p = m["present"].flatMap(optional) {
                r.attendance = (try e.asInt("expected"), try p.asInt("present"))
            }
        }
        if let a = root["appraisal"].flatMap(optional) {
            try a.allowOnly(["appraised", "excellent", "qualified", "basically_qualified", "unqualified"], in: "appraisal")
            func count(_ key: String) throws(DataFileError) -> Int? {
                try a[key].flatMap { v throws(DataFileError) in try optional(v)?.asInt("appraisal: \(key)") }
            }
            r.appraisal = Appraisal(appraised: try count("appraised"), excellent: try count("excellent"), qualified: try count("qualified"),
                                    basicallyQualified: try count("basically_qualified"), unqualified: try count("unqualified"))
        }
        var n = 0
        func loc() -> SourceLocation { n += 1; return SourceLocation(file: file, .paragraph(n)) }
        let set = AspectSet.forYear(r.year, kind: r.meetingKind, in: knowledge)
        var emitted = ItemCounts(problems: 0, causes: 0, measures: 0)
        if let aspects = root["aspects"] {
            for a in try aspects.items("aspects") {
                try a.allowOnly(["title", "problems", "matched", "headed", "location"], in: "aspect")
                let title = try a["title"]?.asString("aspect title") ?? "（未命名方面）"
                let headed = try a["headed"]?.asBool("aspect headed") ?? true
                var problems: [Statement] = []
                for p in try a["problems"]?.items("problems") ?? [] {
                    emitted.problems += 1
                    problems.append(try statement(p, "problem", loc))
                }
                r.aspects.append(Aspect(title: title, matched: headed ? set?.match(title)?.id : nil, problems: problems, location: loc(),
                                        headed: headed))
            }
        }
        for c in try root["causes"]?.items("causes") ?? [] {
            emitted.causes += 1
            r.causes.append(try statement(c, "cause", loc))
        }
        for node in try root["measures"]?.items("measures") ?? [] {
            emitted.measures += 1
            r.measures.append(try measure(node, branch: r.branch, year: r.year, loc, &r.diagnostics))
        }
        if let stats = root["stats"] {
            for e in try stats.entries("stats").sorted(by: { $0.key < $1.key }) {
                let name = knowledge.activityName(in: e.key) ?? e.key
                r.stats.append((name, try optional(e.value)?.asInt("stats: \(e.key)")))
            }
        }
        r.paragraphsRead = n
        r.paragraphsPlaced = n
        r.emitted = emitted
        if r.branch == nil {
            r.diagnostics.append(Diagnostic(.noBranchName, zh: "规范格式文件缺少 branch.name", en: "branch.name is missing",
                                            at: SourceLocation(file: file, .file)))
        }
        return r
    }

    /// nil for YAML's null (`null`, `~` or nothing), else the node.
    static func optional(_ node: DataNode) -> DataNode? {
        guard let s = node.string else { return node }
        return ["", "~", "null", "Null", "NULL"].contains(s) ? nil : node
    }

    /// A plain string (its first sentence the headline) or `{headline, detail}`.
    static func statement(_ node: DataNode, _ what: String, _ loc: () -> SourceLocation) throws(DataFileError) -> Statement {
        if let s = node.string {
            guard !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw node.fail("\(what): empty") }
            return NarrativeParser.statement(s, bold: nil, at: loc())
        }
        try node.allowOnly(what == "measure" ? measureKeys : statementKeys, in: what)
        guard let h = node["headline"] else { throw node.fail("\(what): 'headline' is missing") }
        let headline = try h.asString("headline")
        guard !headline.trimmingCharacters(in: .whitespaces).isEmpty else { throw h.fail("\(what): the headline is empty") }
        let detail = try node["detail"].flatMap { v throws(DataFileError) in try optional(v)?.asString("detail") } ?? ""
        return Statement(headline: headline, detail: detail, location: loc())
    }

    static func measure(_ node: DataNode, branch: String?, year: Int?, _ loc: () -> SourceLocation,
                        _ diagnostics: inout [Diagnostic]) throws(DataFileError) -> Measure {
        let s = try statement(node, "measure", loc)
        var m = Measure(headline: s.headline, detail: s.detail, branch: branch, location: s.location)
        guard node.isMapping else { return m }
        func text(_ key: String) throws(DataFileError) -> String? {
            try node[key].flatMap { v throws(DataFileError) in try optional(v)?.asString(key) }
        }
        m.owner = try text("owner")
        m.problem = try text("problem")
        if let d = try text("deadline") {
            m.deadlineText = try text("deadline_text") ?? d
            if d == "ongoing" { m.deadline = .ongoing }
            else if case let .deadline(v) = DeadlineParser.parse(d, defaultYear: year.map { $0 + 1 }) { m.deadline = v }
        }
        if let st = try text("status") {
            m.status = RectificationStatus(rawValue: st) ?? StatusWords.normalise(st)
            m.statusText = try text("status_text") ?? st
            if m.status == nil {
                diagnostics.append(Diagnostic(.unknownStatus, zh: "无法识别整改状态“\(st)”", en: "unknown status word '\(st)'", at: s.location))
            }
        }
        if let done = try text("done_date") { m.doneDate = Day.parseWritten(done) }
        return m
    }
}
