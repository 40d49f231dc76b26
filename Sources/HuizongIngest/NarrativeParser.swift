import Foundation
import HuizongModel

/// One paragraph as a reader found it: text, where it was, and what formatting says about it.
public struct SourceParagraph: Sendable {
    public var text: String
    public var location: SourceLocation
    /// Leading bold text (a headline set in bold), if any.
    public var boldLead: String?
    /// Heading level from the file's own markup (Markdown #, Word heading styles).
    public var headingLevel: Int?
    public init(text: String, location: SourceLocation, boldLead: String? = nil, headingLevel: Int? = nil) {
        self.text = text
        self.location = location
        self.boldLead = boldLead
        self.headingLevel = headingLevel
    }
}

/// Recognises the skeleton of a 对照检查材料 by meaning: sections, aspects, items, and the facts in the prose.
public struct NarrativeParser {
    public enum Section: Equatable, Sendable { case preamble, problems, causes, measures, previous, basics, other(String) }

    public var aspectSet: AspectSet?
    public var defaultYear: Int?

    public init(aspectSet: AspectSet? = nil, defaultYear: Int? = nil) {
        self.aspectSet = aspectSet
        self.defaultYear = defaultYear
    }

    static let sectionWords: [(Section, [String])] = [
        (.previous, ["上年度", "上一年度", "以往问题整改", "上次组织生活会", "上年度问题整改"]),
        (.causes, ["原因", "根源", "剖析"]),
        (.measures, ["整改措施", "努力方向", "整改方向", "改进方法", "下一步", "整改方案", "改进措施", "今后"]),
        (.problems, ["存在的问题", "存在问题", "问题与不足", "检视出的问题", "查摆的问题", "查摆问题", "问题清单",
                     "突出问题", "差距和不足", "存在的不足", "问题和不足", "检视问题"]),
        (.basics, ["基本情况", "主要做法", "工作开展情况"]),
    ]

    static func classify(_ heading: String) -> Section? {
        for (section, words) in sectionWords where heading.includes(any: words) { return section }
        return nil
    }

    struct Unit {
        var marker: Marker?
        var text: String
        var paragraph: SourceParagraph
    }

    public func parse(_ paragraphs: [SourceParagraph], source: String) -> BranchReport {
        var report = BranchReport(source: source, kind: .report)
        let paras = paragraphs.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        report.paragraphsRead = paras.count
        guard !paras.isEmpty else {
            report.diagnostics.append(Diagnostic(.error, "empty-file", zh: "文件没有任何文字内容", en: "the file has no text",
                                                 at: SourceLocation(file: source, .file)))
            return report
        }
        var placed = 0
        var index = 0
        // Title
        let first = paras[0]
        let firstMarker = Marker.split(first.text)
        if first.headingLevel == 1 || (firstMarker == nil && first.text.count <= 80 &&
            first.text.includes(any: ["材料", "发言", "报告", "提纲", "对照检查", "检视"])) {
            report.branch = ProseFacts.branchName(fromTitle: first.text)
            report.year = ProseFacts.year(first.text)
            report.meetingKind = ProseFacts.meetingKind(first.text)
            placed += 1
            index = 1
        }
        // Facts anywhere in the prose.
        for p in paras {
            if report.members == nil { report.members = ProseFacts.members(p.text) }
            if report.meetingDate == nil { report.meetingDate = ProseFacts.meetingDate(p.text) }
            if report.attendance == nil, let a = ProseFacts.attendance(p.text) { report.attendance = (a.0, a.1) }
            for stat in ProseFacts.activityCounts(p.text) {
                report.stats.append((stat.name, stat.count))
                if stat.count == nil {
                    report.diagnostics.append(Diagnostic(.warning, "placeholder-count",
                        zh: "“\(stat.raw)”的次数未填写，统计时按缺失处理", en: "the count in '\(stat.raw)' is a placeholder; it is treated as missing",
                        at: p.location))
                }
            }
            let holes = ProseFacts.placeholders(p.text).filter { _ in true }
            if !holes.isEmpty {
                report.diagnostics.append(Diagnostic(.warning, "placeholder",
                    zh: "有未填写的占位符：\(holes.joined(separator: " "))", en: "unfilled placeholder(s): \(holes.joined(separator: " "))",
                    at: p.location))
            }
        }
        if report.branch == nil, let b = paras.lazy.compactMap({ ProseFacts.branchName(fromTitle: String($0.text.prefix(40))) }).first {
            report.branch = b.hasPrefix("在") ? nil : b
        }
        if report.year == nil { report.year = paras.lazy.compactMap { ProseFacts.year(String($0.text.prefix(60))) }.first }

        // Sections
        var sections: [(Section, SourceParagraph?, [Unit])] = [(.preamble, nil, [])]
        var seen: Set<String> = []
        while index < paras.count {
            let p = paras[index]
            index += 1
            let split = Marker.split(p.text)
            let body = split?.1 ?? p.text
            let shortHeading = body.count <= 30 && !body.contains("。")
            var isSection = false
            if split?.0 == .section { isSection = true }
            if split == nil, let level = p.headingLevel, level <= 2 { isSection = true }
            if split == nil, shortHeading, p.boldLead == p.text || p.headingLevel != nil, Self.classify(body) != nil { isSection = true }
            if isSection {
                let section = Self.classify(body) ?? .other(body)
                sections.append((section, p, []))
                seen.insert("\(section)")
                placed += 1
                continue
            }
            sections[sections.count - 1].2.append(Unit(marker: split?.0, text: body, paragraph: p))
        }

        var contextAt: [(String, SourceLocation)] = []
        for (section, heading, units) in sections {
            switch section {
            case .problems:
                let (aspects, used, context) = problemAspects(units, heading: heading, source: source)
                if let set = aspectSet {
                    for a in aspects where a.matched == nil {
                        report.diagnostics.append(Diagnostic(.note, "aspect-unmatched",
                            zh: "方面“\(a.title)”与\(set.title)规定的方面都不相近，作为单独的方面保留",
                            en: "the aspect '\(a.title)' matches none of \(set.title); it is kept as its own aspect", at: a.location))
                    }
                }
                report.aspects += aspects
                report.emitted.problems += aspects.reduce(0) { $0 + $1.problems.count }
                placed += used
                contextAt += context.map { ("存在的问题", $0) }
            case .causes:
                let (items, used, context) = statements(units)
                report.causes += items
                report.emitted.causes += items.count
                placed += used
                contextAt += context.map { ("原因剖析", $0) }
            case .measures:
                let (items, used, context) = statements(units)
                report.measures += items.map { measure($0, branch: report.branch, year: report.year, diagnostics: &report.diagnostics) }
                report.emitted.measures += items.count
                placed += used
                contextAt += context.map { ("整改措施", $0) }
            case .preamble, .basics, .previous, .other:
                if !units.isEmpty, let loc = units.first?.paragraph.location {
                    let name: String
                    switch section {
                    case .preamble: name = "开头"
                    case .basics: name = "基本情况"
                    case .previous: name = "上年度整改情况"
                    case let .other(t): name = t
                    default: name = ""
                    }
                    _ = loc
                    contextAt += units.map { (name, $0.paragraph.location) }
                }
            }
        }
        report.paragraphsNoted = contextAt.count
        for (name, loc) in contextAt {
            report.diagnostics.append(Diagnostic(.note, "context",
                zh: "“\(name)”部分的这段叙述性文字作为背景保留，未计入问题、原因或措施",
                en: "this narrative paragraph of '\(name)' is kept as context, not counted as a problem, cause or measure",
                at: loc))
        }
        report.paragraphsPlaced = placed

        let hasProblems = sections.contains { $0.0 == .problems }
        let anything = hasProblems || sections.contains { $0.0 == .causes || $0.0 == .measures }
        let fileLoc = SourceLocation(file: source, .file)
        if !anything {
            report.diagnostics.append(Diagnostic(.error, "not-a-report",
                zh: "未找到“存在的问题”“原因剖析”“整改措施”等部分，不像对照检查材料",
                en: "no problems, causes or measures section found; this does not look like a self-examination report", at: fileLoc))
        } else {
            if !hasProblems {
                report.diagnostics.append(Diagnostic(.error, "missing-section", zh: "缺少“存在的问题”部分", en: "the problems section is missing", at: fileLoc))
            }
            if !sections.contains(where: { $0.0 == .causes }) {
                report.diagnostics.append(Diagnostic(.warning, "missing-section", zh: "缺少“原因剖析”部分", en: "the causes section is missing", at: fileLoc))
            }
            if !sections.contains(where: { $0.0 == .measures }) {
                report.diagnostics.append(Diagnostic(.warning, "missing-section", zh: "缺少“整改措施”部分", en: "the measures section is missing", at: fileLoc))
            }
        }
        if report.branch == nil {
            report.diagnostics.append(Diagnostic(.warning, "no-branch-name", zh: "未能从标题识别党支部名称", en: "no branch name found in the title",
                                                 at: paras.first?.location ?? fileLoc))
        }
        return report
    }

    /// Aspects under the problems section; items under each aspect.
    func problemAspects(_ units: [Unit], heading: SourceParagraph?, source: String) -> ([Aspect], Int, [SourceLocation]) {
        var groups: [(title: String, location: SourceLocation, units: [Unit])] = []
        var used = 0
        for u in units {
            let aspectLike = u.marker == .sub && (u.text.count <= 40 || u.text.hasSuffix("方面") || u.text.hasSuffix("：")
                || u.text.prefix(30).contains("方面"))
            let boldAspect = u.marker == nil && u.paragraph.boldLead == u.paragraph.text && u.text.count <= 40 && u.text.contains("方面")
            if aspectLike || boldAspect || (u.marker == nil && u.paragraph.headingLevel != nil) {
                let title = u.text.hasSuffix("：") || u.text.hasSuffix(":") ? String(u.text.dropLast()) : u.text
                groups.append((title, u.paragraph.location, []))
                used += 1
            } else {
                if groups.isEmpty {
                    groups.append((heading.map { Marker.split($0.text)?.1 ?? $0.text } ?? "存在的问题", u.paragraph.location, []))
                }
                groups[groups.count - 1].units.append(u)
            }
        }
        var aspects: [Aspect] = []
        var context: [SourceLocation] = []
        for g in groups {
            let (items, n, ctx) = statements(g.units)
            used += n
            context += ctx
            let matched = aspectSet?.match(g.title)?.id
            aspects.append(Aspect(title: g.title, matched: matched, problems: items, location: g.location))
        }
        return (aspects, used, context)
    }

    /// Items of a run of paragraphs: numbered ones, run-in 一是……二是……, or whole paragraphs when none is numbered.
    func statements(_ units: [Unit]) -> ([Statement], Int, [SourceLocation]) {
        let anyMarked = units.contains { $0.marker != nil || (Marker.runInItems($0.text)?.count ?? 0) >= 2 }
        var out: [Statement] = []
        var used = 0
        var context: [SourceLocation] = []
        for u in units {
            // "整改措施见下表。", a closing signature or date line: context, not items.
            if u.marker == nil, Self.isFiller(u.text) {
                context.append(u.paragraph.location)
                continue
            }
            if let pieces = Marker.runInItems(u.marker == .item ? "一是" + u.text : u.text), pieces.count >= 2 || u.text.hasPrefix("一是") {
                // Text before 一是 is the paragraph's lead-in: context.
                let startsWithMarker = u.marker == .item || u.text.hasPrefix("一是")
                let items = startsWithMarker ? pieces : Array(pieces.dropFirst())
                for piece in items { out.append(Self.statement(piece, bold: nil, at: u.paragraph.location)) }
                used += 1
            } else if u.marker != nil || !anyMarked {
                out.append(Self.statement(u.text, bold: u.paragraph.boldLead.map { Marker.split($0)?.1 ?? $0 }, at: u.paragraph.location))
                used += 1
            } else {
                context.append(u.paragraph.location)
            }
        }
        return (out, used, context)
    }

    static func isFiller(_ text: String) -> Bool {
        if text.includes(any: ["见下表", "见附表", "如下表", "详见附件"]) && text.count <= 30 { return true }
        let short = text.count <= 24 && !text.includes("，") && !text.includes("；")
        if short, text.hasSuffix("党支部") || text.hasSuffix("党总支") || text.hasSuffix("支部委员会") { return true }
        if short, text.includes("年"), text.includes("月"), text.hasSuffix("日") || text.hasSuffix("日。") { return true }
        return false
    }

    static let sentenceEnds: Set<Unicode.Scalar> = Set("。；;！!？?".unicodeScalars)

    /// Headline: the bold lead if there is one, else the first sentence.
    static func statement(_ text: String, bold: String?, at location: SourceLocation) -> Statement {
        if let bold, !bold.isEmpty, text.hasPrefix(bold), bold.count < text.count {
            return Statement(headline: bold.trimmingCharacters(in: .whitespaces),
                             detail: String(text.dropFirst(bold.count)).trimmingCharacters(in: .whitespaces), location: location)
        }
        let chars = Array(text.unicodeScalars)
        if let end = chars.firstIndex(where: { sentenceEnds.contains($0) }) {
            let head = String(String.UnicodeScalarView(chars[...end])).trimmingCharacters(in: .whitespaces)
            let rest = String(String.UnicodeScalarView(chars[(end + 1)...])).trimmingCharacters(in: .whitespaces)
            return Statement(headline: head, detail: rest, location: location)
        }
        return Statement(headline: text.trimmingCharacters(in: .whitespaces), detail: "", location: location)
    }

    func measure(_ s: Statement, branch: String?, year: Int?, diagnostics: inout [Diagnostic]) -> Measure {
        let text = s.text
        var m = Measure(headline: s.headline, detail: s.detail, branch: branch, location: s.location)
        m.owner = ProseFacts.labelled(text, labels: ["责任人", "责任领导", "牵头人", "责任部门"])
        if let d = ProseFacts.labelled(text, labels: ["完成时限", "整改时限", "时限", "完成时间"]) {
            m.deadlineText = d
            switch DeadlineParser.parse(d, defaultYear: (year ?? defaultYear).map { $0 + 1 }) {
            case let .deadline(v): m.deadline = v
            case .impossible:
                diagnostics.append(Diagnostic(.error, "impossible-date", zh: "日期“\(d)”不存在", en: "the date '\(d)' does not exist", at: s.location))
            case .unreadable:
                diagnostics.append(Diagnostic(.warning, "unreadable-deadline", zh: "无法识别完成时限“\(d)”", en: "cannot read the deadline '\(d)'", at: s.location))
            }
        }
        if let st = ProseFacts.labelled(text, labels: ["整改状态", "整改进展", "完成情况", "进展情况", "状态"]) {
            m.statusText = st
            m.status = StatusWords.normalise(st)
        }
        return m
    }
}
