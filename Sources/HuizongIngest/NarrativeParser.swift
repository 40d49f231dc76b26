import Foundation
import HuizongKnowledge
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
    public var words: ReadingWords
    /// The branch is named by the file's folder: a text that names no branch is still read as its report.
    public var branchNamedElsewhere = false
    /// The year of the campaign the title names (不忘初心 → 2019), when the aspect set was chosen by it.
    public var campaignYear: Int?

    public init(aspectSet: AspectSet? = nil, defaultYear: Int? = nil, words: ReadingWords = Knowledge.shipped.reading) {
        self.aspectSet = aspectSet
        self.defaultYear = defaultYear
        self.words = words
    }

    /// The section a heading opens, or nil when it names none. A heading that names problems and causes
    /// together ("存在的主要问题和原因剖析") opens the problems: its causes follow under a sub-heading.
    static func classify(_ heading: String, words: ReadingWords = Knowledge.shipped.reading) -> Section? {
        let h = heading.replacingOccurrences(of: " ", with: "")
        if h.includes(any: words.otherHeadings) { return .other(heading) }
        let problemAt = words.problemsHeadings.compactMap { h.byteOffset(of: $0) }.min()
        let causeAt = words.causesHeadings.compactMap { h.byteOffset(of: $0) }.min()
        if let p = problemAt, let c = causeAt, p < c, joinsTwoSections(h, problemAt: p, causeAt: c, words: words) { return .problems }
        // "存在的问题及整改措施": this year's problems, each with its measures (last year's are 上年度……).
        let fixAt = (words.measuresHeadings + words.previousHeadings).compactMap { h.byteOffset(of: $0) }.min()
        if let p = problemAt, let f = fixAt, p < f, !h.includes(any: words.previousMarkers),
           joinsTwoSections(h, problemAt: p, causeAt: f, words: words) { return .problems }
        // "巡察反馈意见整改落实情况": the notice's own subject, the problems the inspection found and what was done;
        // "上年度组织生活会反馈意见整改落实情况" is last year's.
        if h.includes(any: words.previousHeadings) {
            let inspection = h.includes(any: words.feedbackWords) && !h.includes(any: words.previousMarkers)
                && ProseFacts.year(h) == nil
            return inspection ? .problems : .previous
        }
        if h.includes(any: words.examinationHeadings), !h.includes(any: ["原因", "根源", "成因"]) { return .problems }
        if h.includes(any: words.measuresHeadings) || h.includes(any: words.proposalHeadings) { return .measures }
        // "检视剖析的问题": the heading's last word names what it holds, the problems found by the analysis.
        if let p = problemAt, let c = causeAt, c < p, words.problemsHeadings.contains(where: { h.hasSuffix($0) }) { return .problems }
        if causeAt != nil { return .causes }
        if problemAt != nil { return .problems }
        if h.includes(any: words.basicsHeadings) { return .basics }
        return nil
    }

    /// "问题和原因", "问题及成因剖析": a conjunction between the problems word and the causes word; "存在问题的原因"
    /// names the causes alone.
    static func joinsTwoSections(_ h: String, problemAt p: Int, causeAt c: Int, words: ReadingWords) -> Bool {
        let utf8 = Array(h.utf8)
        guard let word = words.problemsHeadings.filter({ h.byteOffset(of: $0) == p }).max(by: { $0.utf8.count < $1.utf8.count }),
              p + word.utf8.count <= c else { return false }
        let between = String(decoding: utf8[(p + word.utf8.count)..<c], as: UTF8.self)
        return between.includes(any: ["和", "及", "与", "、"])
    }

    struct Unit {
        var marker: Marker?
        var text: String
        var paragraph: SourceParagraph

        /// A piece of a paragraph that ran several aspects together ("……。在工作作风方面，存在……").
        var fromAspectRun = false
        /// The paragraph opened "一是……" (or "第一，……第二，……"): its text (after the marker) continues the list.
        var continuesRunIn: Bool { marker == .item && openingMark != nil }
        /// A labelled line folded into this item's text, as a sentence of its own.
        mutating func append(line: String) {
            text += (text.last.map { "。；;！!？?".contains($0) } == true ? "" : "。") + line
        }
        /// The text as run-in items: a paragraph that opened with 一是 or 第一， gets its first marker back.
        var runInText: String { openingMark.map { $0 + text } ?? text }
        var openingMark: String? {
            let t = paragraph.text.drop { $0 == " " || $0 == "\u{3000}" }
            if t.hasPrefix("一是") { return "一是" }
            if t.hasPrefix("一要"), t.contains("二要") { return "一要" }
            if t.hasPrefix("第一"), let sep = t.dropFirst(2).first, "，,、：:".contains(sep), t.contains("第二") { return "第一" + String(sep) }
            return nil
        }
        /// "1、X。一是A……二是B……": a numbered item whose run-in points are its own detail, not items.
        var pointsAreDetail: Bool {
            marker != nil && !continuesRunIn && !text.hasPrefix("一是") && (Marker.runInItems(text)?.count ?? 0) >= 2
        }
    }

    /// `hardWrapped`: the paragraphs are a page's lines (a PDF's text), to be joined back into paragraphs.
    public func parse(_ input: [SourceParagraph], source: String, hardWrapped: Bool = false) -> BranchReport {
        var report = BranchReport(source: source, kind: .report)
        let cleaned = Reflow.clean(input.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }, words: words,
                                   hardWrapped: hardWrapped)
        let paras = cleaned.paragraphs
        report.diagnostics += cleaned.notes
        report.paragraphsRead = paras.count
        guard !paras.isEmpty else {
            report.diagnostics.append(Diagnostic(.emptyFile, zh: "文件没有任何文字内容", en: "the file has no text",
                                                 at: SourceLocation(file: source, .file)))
            return report
        }
        let (title, index, skipped) = titleOf(paras)
        var context = ContextNotes()
        // A file holding the report twice, the title again over a revised copy: the later copy is the report.
        var start = index
        if let title, let again = laterVersion(paras, after: index, title: title) {
            context.add("前一稿", paras[index...again].map(\.location))
            start = again + 1
            report.diagnostics.append(Diagnostic(.earlierVersion,
                zh: "文件中标题在此处又出现一次，其后是另一稿；按后一稿读取，前一稿作为背景保留",
                en: "the file holds the report twice (the title again here, over another copy); the later copy is read, "
                    + "the earlier one kept as context",
                at: paras[again].location))
        }
        // A page prints its title again lower down ("• 中共……的通报"): the copy is the title's, not an item.
        let body = paras[start...].filter { !repeatsTitle($0.text, title) }
        var placed = index - skipped + (paras.count - start - body.count)
        let opening = body.prefix(4).map(\.text)
        report.branch = ProseFacts.branchName(title: title, opening: Array(opening.prefix(2)),
                                              above: paras.prefix(skipped).map(\.text),
                                              closing: paras.suffix(3).map(\.text), further: accountBeforeItsProblems(body), words: words)
        report.year = ProseFacts.reportYear(title: title, opening: Array(opening.prefix(3)), words: words)
        if report.year == nil { yearOfCampaign(paras, titleEnd: index, published: cleaned.published, into: &report) }
        report.meetingKind = ProseFacts.meetingKind(title ?? opening.first ?? "")
        facts(paras, into: &report)

        var (sections, headings) = sectionsOf(body[...])
        placed += repairSections(&sections, headings: &headings, report: &report)
        let namesABranch = branchNamedElsewhere || (title ?? "").includes(any: words.branchLevelWords)
            || paras.contains { $0.text.includes(any: words.branchLevelWords) }
        let decision = DocumentKind.classify(title: title, opening: Array(opening), further: body.dropFirst(4).prefix(12).map(\.text),
                                             closing: paras.suffix(8).map(\.text),
                                             hasProblems: sections.contains { $0.0 == .problems },
                                             namesABranch: namesABranch, words: words)
        report.kind = decision.kind
        placed += headings
        context.add("标题前", paras.prefix(skipped).map(\.location))
        placed += place(sections, into: &report, notes: &context, source: source)
        placed += leadInProblems(sections, into: &report, context: &context)
        for a in report.aspects.indices { report.aspects[a].problems = report.aspects[a].problems.map { focusedOnShortcoming(unquoted($0)) } }
        report.paragraphsNoted = context.count
        report.diagnostics += context.diagnostics
        report.paragraphsPlaced = placed
        structuralFindings(&report, sections: sections, decision: decision, at: SourceLocation(file: source, .file),
                           first: paras.first?.location)
        return report
    }

    /// The last line after `index` that is the title again, alone or with a bracketed note ("（修改稿）"), with a
    /// section heading both before and after it: a second, revised copy of the report in the same file.
    func laterVersion(_ paras: [SourceParagraph], after index: Int, title: String) -> Int? {
        guard title.count >= 8 else { return nil }
        func isSection(_ p: SourceParagraph) -> Bool { Marker.split(p.text)?.0 == .section }
        let copies = paras.indices.dropFirst(index).filter { k in
            let t = Self.unbulleted(paras[k].text)
            guard t.hasPrefix(title) else { return false }
            let note = t.dropFirst(title.count).trimmingCharacters(in: .whitespaces)
            return note.isEmpty || note.count <= 8 && (note.hasPrefix("（") || note.hasPrefix("(")) && (note.hasSuffix("）") || note.hasSuffix(")"))
        }
        guard let k = copies.last, paras[index..<k].contains(where: isSection),
              paras[(k + 1)...].contains(where: isSection) else { return nil }
        return k
    }

    /// Whether a line is the title again, a bullet or spaces before it.
    func repeatsTitle(_ text: String, _ title: String?) -> Bool {
        guard let title, title.count >= 8, text.count >= title.count, text.count <= title.count + 4 else { return false }
        return Self.unbulleted(text) == title[...]
    }

    /// A line without the spaces and bullets before it.
    static func unbulleted(_ text: String) -> Substring {
        text.drop { $0.isWhitespace || $0.unicodeScalars.first.map(Marker.bullets.contains) == true }
    }

    /// A text that states no 年度 but whose title names a campaign: the campaign's year, where the text confirms it.
    func yearOfCampaign(_ paras: [SourceParagraph], titleEnd index: Int, published: Int?, into report: inout BranchReport) {
        guard let y = campaignYear else { return }
        // "不忘初心、牢记使命专题组织生活会", and "2019年11月" in its opening or a page published in 2019: the
        // campaign's year, which the text confirms.
        let opening = paras.prefix(index + 4).contains(where: { ProseFacts.yearBefore(["年"], in: $0.text) == y })
        // "2019年12月10日" closing the report dates it as a publication line does.
        let dated = published == y
            || paras.suffix(2).contains { $0.text.count <= 20 && $0.text.hasSuffix("日") && ProseFacts.yearBefore(["年"], in: $0.text) == y }
        guard opening || dated else { return }
        report.year = y
        report.diagnostics.append(Diagnostic(.yearFromCampaign,
            zh: "文中没有写年度；按标题点明的专题教育和\(opening ? "开头写的" : "落款或发布日期的") \(y) 年，作为 \(y) 年度读取",
            en: "the text states no 年度; it is read as \(y), the year of the campaign its title names, which "
                + (opening ? "its opening confirms" : "its closing or publication date confirms"),
            at: paras.first?.location))
    }

    /// The sections as headed, mended where the text's layout says more than its headings: problems between
    /// measures, proposals, measures under each problem, problem cards, unheaded items and headings that are
    /// problems. Returns how many paragraphs the mending placed; each mending says so in a diagnostic.
    func repairSections(_ sections: inout [(Section, SourceParagraph?, [Unit])], headings: inout Int, report: inout BranchReport) -> Int {
        var placed = 0
        sections = quotedProblemsAndTheirMeasures(unnumberedCardParts(sections))
        sections = proposalsBesideMeasures(problemsBetweenMeasures(sections))
        let (withMeasures, measureFolds) = measuresUnderProblems(sections)
        sections = withMeasures
        placed += measureFolds
        if let (carded, folded) = problemCards(sections) {
            let (withCardMeasures, measureLines) = measuresUnderProblems(carded)
            sections = withCardMeasures
            placed += folded + measureLines
            report.diagnostics.append(Diagnostic(.problemsWithoutHeading,
                zh: "没有“存在的问题”标题；以“问题一：”等开头的各条按问题读取，其下的说明行作为问题的说明",
                en: "no problems heading; the lines numbered 问题一： and so on are read as problems, the labelled lines under each as its detail",
                at: sections.first { $0.0 == .problems }?.2.first?.paragraph.location))
        }
        if let (implicit, section) = implicitSection(sections) {
            var k = implicit
            // The paragraphs before its first item or shortcoming ("根据……进行了巡察。") are the document's opening:
            // context. A paragraph naming a shortcoming ("政治建设方面，学习不够深入。") is a problem, numbered or not.
            let units = sections[k].2
            if let first = units.firstIndex(where: {
                $0.marker != nil || Marker.runInItems($0.runInText) != nil
                    || !isLeadIn($0.text) && namesShortcoming(Self.statement($0.text, bold: nil, at: $0.paragraph.location).headline)
            }), first > 0 {
                sections[k].2 = Array(units[first...])
                sections.insert((.preamble, nil, Array(units[..<first])), at: k)
                k += 1
            }
            sections[k].0 = section
            report.diagnostics.append(section == .causes
                ? Diagnostic(.problemsWithoutHeading,
                    zh: "没有标题；这些编号条目写的是问题的原因（“……的原因是……”），按原因读取",
                    en: "no heading; these numbered items give the causes of shortcomings ('……的原因是……'), so they are read as causes",
                    at: sections[k].2.first?.paragraph.location)
                : Diagnostic(.problemsWithoutHeading,
                    zh: "没有“存在的问题”标题；这些编号条目都写的是不足，按问题读取",
                    en: "no problems heading; these numbered items all name shortcomings, so they are read as problems",
                    at: sections[k].2.first?.paragraph.location))
        }
        if let (range, merged, folded) = headingsAsProblems(sections) {
            sections.replaceSubrange(range, with: [merged])
            headings -= range.count
            placed += folded
            report.diagnostics.append(Diagnostic(.problemsWithoutHeading,
                zh: "没有“存在的问题”标题；“以下几点”之后的各个标题都写的是不足，按问题读取，标题下的文字作为说明",
                en: "no problems heading; the headings after the sentence announcing the shortcomings name shortcomings, so each is read as a problem with the text under it as its detail",
                at: merged.2.first?.paragraph.location))
        }
        return placed
    }

    /// The title, where the text after it starts, and how many lines above the title are a page's own (kept as
    /// context): "机关党委：" above the title is the addressee of a report sent up, then its title; a site's motto or a
    /// document index above it is not the title when a line below them reads as one.
    func titleOf(_ paras: [SourceParagraph]) -> (title: String?, next: Int, skipped: Int) {
        var index = 0
        if paras.count > 1, DocumentKind.addressee(paras[0].text) != nil, isTitle(paras[1]) { index = 1 }
        if isTitle(paras[index]), paras[index].text.includes(any: words.titleLineWords) { return (paras[index].text, index + 1, 0) }
        if index == 0, let k = titleBelowPageLines(paras) { return (paras[k].text, k + 1, k) }
        guard isTitle(paras[index]) else { return (nil, index, 0) }
        return (paras[index].text, index + 1, 0)
    }

    /// Among the first lines, before any sentence or numbered heading: the first that names what the document is
    /// (报告, 通报 …) and holds none of a page's marks (a colon, ">", "|", a file name's dot).
    func titleBelowPageLines(_ paras: [SourceParagraph]) -> Int? {
        for k in 1..<min(paras.count, 10) {
            let t = paras[k].text
            if t.includes("。") || Marker.split(t) != nil { return nil }
            if t.count >= 6, isTitle(paras[k]), t.includes(any: words.titleLineWords),
               !t.contains(where: { ":：>|.".contains($0) }) { return k }
        }
        return nil
    }

    /// Paragraphs kept as context, per section: one note per section, not one per paragraph.
    struct ContextNotes {
        var at: [String: [SourceLocation]] = [:]
        var order: [String] = []
        /// Paragraphs taken out of the context again, counted aside instead of searched for in every list: a
        /// report of thousands of announced paragraphs removes each one (it was quadratic). Counted, not a set:
        /// the pieces of one line cut apart (a page's HTML on one line) share its location.
        var removed: [SourceLocation: Int] = [:]
        mutating func add(_ name: String, _ locs: [SourceLocation]) {
            guard !locs.isEmpty else { return }
            if at[name] == nil { order.append(name) }
            at[name, default: []] += locs
        }
        mutating func remove(_ loc: SourceLocation) { removed[loc, default: 0] += 1 }
        /// Each part's paragraphs still kept, a removal taking one paragraph of its location, in the parts' order.
        var kept: [(name: String, locations: [SourceLocation])] {
            var left = removed
            return order.map { name in
                (name, (at[name] ?? []).filter { loc in
                    guard let n = left[loc], n > 0 else { return true }
                    left[loc] = n - 1
                    return false
                })
            }
        }
        var count: Int { kept.reduce(0) { $0 + $1.locations.count } }
        var diagnostics: [Diagnostic] {
            kept.compactMap { name, locs in
                guard let first = locs.first else { return nil }
                return Diagnostic(.context,
                    zh: "“\(name)”部分有 \(locs.count) 段叙述性文字作为背景保留，未计入问题、原因或措施",
                    en: "\(locs.count) narrative paragraph(s) of '\(name)' are kept as context, not counted as problems, causes or measures",
                    at: first)
            }
        }
    }

    /// Each section's items into the report; returns the paragraphs placed.
    func place(_ sections: [(Section, SourceParagraph?, [Unit])], into report: inout BranchReport, notes: inout ContextNotes,
               source: String) -> Int {
        var placed = 0
        for (section, heading, units) in sections {
            switch section {
            case .problems:
                // "问题1：……成因：……": a cause written beside its problem.
                let inlineCauses = units.filter { $0.marker == nil && inlineCause($0.text) != nil }
                let causes = inlineCauses.compactMap { u in inlineCause(u.text).map { Self.statement($0, bold: nil, at: u.paragraph.location) } }
                report.causes += causes
                report.emitted.causes += causes.count
                placed += inlineCauses.count
                let problemUnits = units.filter { $0.marker != nil || inlineCause($0.text) == nil }
                let (aspects, used, context) = problemAspects(problemUnits, heading: heading, source: source)
                if let set = aspectSet {
                    for a in aspects where a.matched == nil && a.headed {
                        report.diagnostics.append(Diagnostic(.aspectUnmatched,
                            zh: "方面“\(a.title)”与\(set.title)规定的方面都不相近，作为单独的方面保留",
                            en: "the aspect '\(a.title)' matches none of \(set.title); it is kept as its own aspect", at: a.location))
                    }
                }
                report.aspects += aspects
                report.emitted.problems += aspects.reduce(0) { $0 + $1.problems.count }
                placed += used
                notes.add(Self.unheadedTitle, context)
            case .causes:
                let pieces = units.flatMap(clauseList)
                let (items, used, context) = statements(pieces)
                report.causes += items
                report.emitted.causes += items.count
                placed += used - (pieces.count - units.count)   // a paragraph split into clauses counts once
                notes.add("原因剖析", context)
            case .measures:
                let (items, used, context) = statements(units.map(Self.groupedMeasures))
                var measures = items.map { measure($0, branch: report.branch, year: report.year, diagnostics: &report.diagnostics) }
                // "以上措施由支部书记王某负责。": one owner for the section's measures that name none.
                if let owner = sharedOwner(units, context: Set(context)) {
                    for i in measures.indices where measures[i].owner == nil { measures[i].owner = owner }
                }
                report.measures += measures
                report.emitted.measures += items.count
                placed += used
                notes.add("整改措施", context)
            case .preamble, .basics, .previous, .other:
                let name: String
                switch section {
                case .preamble: name = "开头"
                case .basics: name = "基本情况"
                case .previous: name = "上年度整改情况"
                case let .other(t): name = t
                default: name = ""
                }
                notes.add(name, units.map(\.paragraph.location))
            }
        }
        return placed
    }

    /// "（一）抓实学习教育。一是……二是……" in the measures: a short group heading over run-in measures, each
    /// point a measure of its own (a problem's points are its detail).
    static func groupedMeasures(_ u: Unit) -> Unit {
        guard u.pointsAreDetail, let pieces = Marker.runInItems(u.text), pieces.count >= 2,
              withoutTrailingMarks(pieces[0]).count <= 16 else { return u }
        var plain = u
        plain.marker = nil
        return plain
    }

    /// The owner a closing paragraph of the measures gives them all ("以上整改措施由支部书记王某负总责。"): a
    /// paragraph kept as context that opens with a `closing_openers` word (以上, 上述 …) and names an owner.
    func sharedOwner(_ units: [Unit], context: Set<SourceLocation>) -> String? {
        for u in units where context.contains(u.paragraph.location) {
            let t = u.paragraph.text.trimmingCharacters(in: .whitespaces)
            guard words.closingOpeners.contains(where: { t.hasPrefix($0) }) else { continue }
            if let owner = ProseFacts.labelled(t, labels: words.ownerLabels, stopAt: words.ownerLabels,
                                               afterWei: { ProseFacts.isClosingOwner($0, words: words) }, words: words)
                ?? ProseFacts.writtenOwner(t, words: words) {
                return owner
            }
        }
        return nil
    }

    /// No problems heading at all: items written run-in after a sentence that names 不足/问题/差距.
    func leadInProblems(_ sections: [(Section, SourceParagraph?, [Unit])], into report: inout BranchReport, context: inout ContextNotes) -> Int {
        let untitled = sections.filter { if case .other = $0.0 { return true }; return $0.0 == .preamble }
        guard !sections.contains(where: { $0.0 == .problems }) else { return 0 }
        let units = untitled.flatMap(\.2)
        if let run = paragraphsAfterAnnouncement(units) {
            let items = run.map { Self.statement($0.text, bold: nil, at: $0.paragraph.location) }
            report.aspects.append(Aspect(title: Self.unheadedTitle, problems: items, location: run[0].paragraph.location, headed: false))
            report.emitted.problems += items.count
            for u in run { context.remove(u.paragraph.location) }
            report.diagnostics.append(Diagnostic(.problemsWithoutHeading,
                zh: "没有“存在的问题”标题；“……存在以下不足：”之后的 \(items.count) 段都以不足开头，按问题读取",
                en: "no problems heading; the \(items.count) paragraphs after a sentence announcing shortcomings each open with one, so they are read as problems",
                at: run[0].paragraph.location))
            return run.count
        }
        let diagnostic: (Int, SourceLocation) -> Diagnostic
        let found: (items: [Statement], location: SourceLocation)
        if let runIn = leadInProblems(units) {
            found = runIn
            diagnostic = { n, at in Diagnostic(.problemsWithoutHeading,
                zh: "没有“存在的问题”标题；按“……不足/问题……：一是……”的写法读出 \(n) 个问题",
                en: "no problems heading; \(n) problems were read from a lead-in sentence followed by 一是……二是……", at: at) }
        } else if let inline = inlineListProblems(units) {
            found = inline
            diagnostic = { n, at in Diagnostic(.problemsWithoutHeading,
                zh: "没有“存在的问题”标题；按“……差距，诸如……等”一句中列举的 \(n) 项读作问题",
                en: "no problems heading; \(n) problems were read from a list inside one sentence ('……差距，诸如A、B、C等')", at: at) }
        } else {
            return 0
        }
        report.aspects.append(Aspect(title: Self.unheadedTitle, problems: found.items, location: found.location, headed: false))
        report.emitted.problems += found.items.count
        context.remove(found.location)
        report.diagnostics.append(diagnostic(found.items.count, found.location))
        return 1
    }

    /// A title: a heading of level 1, or one short line with no sentence in it that is not a letter's addressee.
    func isTitle(_ p: SourceParagraph) -> Bool {
        let t = p.text
        if p.headingLevel == 1 { return true }
        return Marker.split(t) == nil && t.count <= 80 && !t.includes("。") && !t.hasSuffix("：") && !t.hasSuffix(":")
            && (t.includes(any: words.titleLineWords) || !t.includes(any: ["，", ",", "；", ";"]))
    }

    /// Facts anywhere in the prose: members, the meeting date, attendance, activity counts, placeholders.
    func facts(_ paras: [SourceParagraph], into report: inout BranchReport) {
        for p in paras {
            if report.members == nil { report.members = ProseFacts.members(p.text) }
            if report.meetingDate == nil { report.meetingDate = ProseFacts.meetingDate(p.text) }
            if report.attendance == nil, let a = ProseFacts.attendance(p.text) { report.attendance = (a.0, a.1) }
            if report.guidance == nil { report.guidance = ProseFacts.guidance(p.text) }
            if report.appraisal == nil { report.appraisal = ProseFacts.appraisal(p.text) }
            for stat in ProseFacts.activityCounts(p.text) {
                report.stats.append((stat.name, stat.count))
                if stat.count == nil {
                    report.diagnostics.append(Diagnostic(.placeholderCount,
                        zh: "“\(stat.raw)”的次数未填写，统计时按缺失处理", en: "the count in '\(stat.raw)' is a placeholder; it is treated as missing",
                        at: p.location))
                } else if stat.approximate {
                    report.diagnostics.append(Diagnostic(.approximateCount,
                        zh: "“\(stat.raw)”是约数，按 \(stat.count ?? 0) 计", en: "'\(stat.raw)' is approximate; counted as \(stat.count ?? 0)",
                        at: p.location))
                }
            }
            let holes = ProseFacts.placeholders(p.text)
            if !holes.isEmpty {
                report.diagnostics.append(Diagnostic(.placeholder,
                    zh: "有未填写的占位符：\(holes.joined(separator: " "))", en: "unfilled placeholder(s): \(holes.joined(separator: " "))",
                    at: p.location))
            }
        }
    }

    /// Splits the body into sections at its headings; returns them and how many heading paragraphs it used.
    func sectionsOf(_ paras: ArraySlice<SourceParagraph>) -> ([(Section, SourceParagraph?, [Unit])], Int) {
        var sections: [(Section, SourceParagraph?, [Unit])] = [(.preamble, nil, [])]
        var headings = 0
        var numberedInSection = false
        var headlineItem = false
        for p in paras {
            var split = Marker.split(p.text)
            // "• 存在问题：", "● 问题一：……", "• 整改措施：……": the bullet is decoration, the label decides.
            let unbulleted = bulletedLabel(p.text, in: sections[sections.count - 1].0)
            if let unbulleted { split = Marker.split(unbulleted) }
            // "1.理论学习不够深入。" then "● 集中学习只有四次；": bullets under numbered items are that item's points.
            if unbulleted == nil, split?.0 == .item, Marker.isBullet(p.text) {
                if numberedInSection { split = nil }
            } else if split?.0 == .item, headlineItem, Self.opensAsSubPoint(p.text) {
                // "1. 学习存在工学矛盾。" then "（1）集中学习难以组织；": the points say how, they are that item's.
                split = nil
            } else if split?.0 == .item {
                numberedInSection = true
                headlineItem = Self.isHeadlineItem(p.text, body: split?.1 ?? "")
            } else if split != nil {
                headlineItem = false
            }
            var body = split?.1 ?? unbulleted ?? p.text
            var tail: String?
            // "一、存在的问题（一）在……方面": a section heading and its first aspect on one line.
            if split?.0 == .section, let cut = Self.firstSubMarker(in: body) {
                tail = String(body[cut...])
                body = String(body[..<cut])
            }
            let current = sections[sections.count - 1].0
            // "一、对照党章党规", "一、理论学习方面": a top-level heading that is an aspect of the problems, not a section.
            // Only where problems stand: in them, or before any other section ("一、开展主题教育情况" is an account).
            if split?.0 == .section, tail == nil, current == .problems || current == .preamble, !body.hasSuffix("情况"),
               Self.classify(body, words: words) == nil,
               aspectSet?.named(by: body) != nil || (current == .problems && Self.endsAsAspect(body)) {
                let unit = Unit(marker: .sub, text: body, paragraph: p)
                if current == .problems { sections[sections.count - 1].2.append(unit) } else { sections.append((.problems, nil, [unit])) }
                continue
            }
            if let section = sectionHeading(split?.0, body: body, paragraph: p, current: current) {
                sections.append((section, p, []))
                numberedInSection = false
                headlineItem = false
                // With an aspect run in after it, the line is counted once, as that aspect's unit.
                if let tail { sections[sections.count - 1].2.append(Unit(marker: Marker.split(tail)?.0, text: Marker.split(tail)?.1 ?? tail, paragraph: p)) }
                else { headings += 1 }
                continue
            }
            // "产生以上问题的原因主要有：一是……二是……": a paragraph that opens the causes (or measures) itself.
            // In the problems, "整改措施：一是……" under an aspect is that aspect's card: its measures, not a section.
            if split == nil, current != .causes, current != .measures, let lead = (Marker.runInItems(body) ?? sequence(body))?.first, !body.hasPrefix("一是"),
               lead.count <= 40, let s = leadSection(lead) ?? sequenceSection(lead, of: body),
               current != .problems || !(lead.includes("方面") || isStatementLike(lead) || isMeasureCardLabel(lead)) {
                sections.append((s, nil, [Unit(marker: nil, text: body, paragraph: p)]))
                continue
            }
            if split?.0 == .sub, current == .problems, body.count <= 20, !body.includes("方面"), Self.classify(body, words: words) == .problems {
                headings += 1   // "（一）存在主要问题": a sub-heading repeating the section it is in
                continue
            }
            sections[sections.count - 1].2.append(Unit(marker: split?.0, text: body, paragraph: p))
        }
        return (sections, headings)
    }

    /// "1. 理论学习存在工学矛盾。": an item numbered in Arabic figures that is one sentence alone, no aspect, so
    /// "（1）" points under it can be its detail.
    static func isHeadlineItem(_ line: String, body: String) -> Bool {
        guard let first = line.trimmingCharacters(in: .whitespaces).first, first.isNumber, first.isASCII || ("０"..."９").contains(first)
        else { return false }
        let t = body.trimmingCharacters(in: .whitespaces)
        guard t.hasSuffix("。"), t.count <= 40, !t.dropLast().contains(where: { "。；;！!？?".contains($0) }) else { return false }
        return !endsAsAspect(t) && !t.contains("方面")
    }

    /// "（1）", "(2)", "③": the numbering of points under an item.
    static func opensAsSubPoint(_ line: String) -> Bool {
        let t = Array(line.trimmingCharacters(in: .whitespaces).prefix(2))
        guard let first = t.first else { return false }
        if first.unicodeScalars.first.map({ (0x2460...0x2473).contains($0.value) }) == true { return true }
        return (first == "（" || first == "(") && t.count > 1 && t[1].isNumber
    }

    /// The line without its bullet when what follows the bullet is a heading alone ("存在问题：") or a card's label
    /// ("问题一：X", "存在问题：X", "整改措施：Y"), else nil: "• 学习不深：……" and "● 一是……" stay bulleted items, and
    /// so do "• 整改举措：……" in the measures, where each bullet is a measure.
    func bulletedLabel(_ text: String, in section: Section) -> String? {
        guard Marker.isBullet(text), let (marker, rest) = Marker.split(text), marker == .item,
              let (label, value) = Self.labelAndValue(rest) else { return nil }
        if value.isEmpty {
            return label.count <= 6 && Self.classify(label, words: words) != nil && !label.includes(any: words.statementPredicates) ? rest : nil
        }
        let unnumbered = String(label.reversed().drop { $0.isNumber || Marker.chineseDigits.contains($0) }.reversed())
        let measureLabels = section == .measures ? [] : words.inlineMeasureLabels + words.cardMeasureLabels
        return (words.problemCardLabels + words.numberedLabels + measureLabels).contains(unnumbered) ? rest : nil
    }

    /// A report written problem by problem: a problem's paragraph, "整改措施：", its measures, "进展成效：……", the next
    /// problem's paragraph, "整改措施：" again. The paragraph worded as a shortcoming just before a measures label is
    /// a problem: it goes back to the problems.
    func problemsBetweenMeasures(_ sections: [(Section, SourceParagraph?, [Unit])]) -> [(Section, SourceParagraph?, [Unit])] {
        guard let first = sections.firstIndex(where: { $0.0 == .problems }) else { return sections }
        var out = sections
        for i in out.indices.dropLast() where i > first && isMeasuresLabel(out[i]) && isMeasuresLabel(out[i + 1]) {
            guard let k = out[i].2.lastIndex(where: { u in
                u.marker == nil && !isProgress(u.text)
                    && namesShortcoming(Self.statement(u.text, bold: nil, at: u.paragraph.location).headline)
            }), k > 0 else { continue }
            out[first].2.append(out[i].2.remove(at: k))
        }
        return out
    }

    /// The title of problems a report sorts under no aspect (`headed: false`), where no heading names them.
    static let unheadedTitle = "存在的问题"

    /// A problem list written one card per problem: "问题一：X", labelled lines ("所属方面：……", "问题表现：……"),
    /// "整改措施：" and its measures, the next card. With two cards or more and no problems section, the cards
    /// (with their labelled lines as detail) are the problems section, set after the part the first card was in.
    /// Also returns how many lines were folded into the cards.
    func problemCards(_ sections: [(Section, SourceParagraph?, [Unit])]) -> ([(Section, SourceParagraph?, [Unit])], Int)? {
        guard !sections.contains(where: { $0.0 == .problems }) else { return nil }
        func isCard(_ u: Unit) -> Bool {
            let line = u.paragraph.text.trimmingCharacters(in: .whitespaces)
            let t = bulletedLabel(line, in: .problems) ?? line
            return u.marker == .item && words.problemLeadWords.contains { t.hasPrefix($0) }
                || u.marker == nil && problemAfterLabel(u.text) != nil
        }
        func isLabelLine(_ u: Unit) -> Bool {
            guard u.marker == nil, let colon = u.text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
            let label = u.text[..<colon]
            return label.count <= 6 && !words.ownerLabels.contains(String(label)) && !words.deadlineLabels.contains(String(label))
                && u.text.index(after: colon) < u.text.endIndex
        }
        guard sections.flatMap(\.2).filter(isCard).count >= 2 else { return nil }
        var out = sections
        var cards: [Unit] = []
        var firstSection: Int?
        var folded = 0
        for k in out.indices {
            var kept: [Unit] = []
            var card: Unit?
            var measured = false
            // An aspect heading in the causes or the measures is theirs, not the cards'.
            let adoptsAspects = out[k].0 != .causes && out[k].0 != .measures
            for u in out[k].2 {
                // "问题表现：……" inside an open card is one of its lines; "存在问题：……" opens a card only after one closed.
                if isCard(u), card == nil || problemAfterLabel(u.text) == nil {
                    if let c = card { cards.append(c) }
                    // The aspect heading just before the first card goes with the cards.
                    if cards.isEmpty, adoptsAspects, let last = kept.last, isAspectHeadingLine(last) { cards.append(kept.removeLast()) }
                    card = u
                    // "存在问题：X": the card's problem is X.
                    if let problem = problemAfterLabel(u.text) { card?.text = problem; card?.marker = .item }
                    measured = false
                    firstSection = firstSection ?? k
                } else if card != nil || measured, labelledMeasure(u) != nil || measured && isMeasureField(u) {
                    // "整改措施：……" and its "责任人：……" line under a card: the card's measure, taken out after.
                    if let c = card { cards.append(c); card = nil }
                    cards.append(u)
                    measured = true
                } else if var c = card, isLabelLine(u) {
                    c.append(line: u.text)
                    card = c
                    folded += 1
                } else if firstSection != nil, adoptsAspects, isAspectHeadingLine(u) {
                    // "◆ 组织建设方面" between cards: the aspect of the cards after it.
                    if let c = card { cards.append(c); card = nil }
                    measured = false
                    cards.append(u)
                } else {
                    if let c = card { cards.append(c); card = nil }
                    measured = false
                    kept.append(u)
                }
            }
            if let c = card { cards.append(c) }
            out[k].2 = kept
        }
        guard let first = firstSection else { return nil }
        out.insert((.problems, nil, cards), at: first + 1)
        return (out, folded)
    }

    /// "问题一：X。……" then "整改措施：Y" and "责任人：…　完成时限：…" on lines of their own, problem after problem,
    /// inside the problems section: each labelled measure (with its owner and deadline lines) is a measure, moved to a
    /// measures section after the problems; the problems keep only their own text. Returns the sections and how many
    /// owner or deadline lines were folded into a measure.
    func measuresUnderProblems(_ sections: [(Section, SourceParagraph?, [Unit])]) -> ([(Section, SourceParagraph?, [Unit])], Int) {
        // One "整改措施：见第三部分。" is a pointer; one that lists its measures ("整改措施：一是……二是……") is a card's.
        guard let k = sections.firstIndex(where: { $0.0 == .problems }) else { return (sections, 0) }
        let labelled = sections[k].2.compactMap(labelledMeasure)
        guard labelled.count >= 2 || labelled.contains(where: { Marker.runInItems($0) != nil }) else { return (sections, 0) }
        var out = sections
        var kept: [Unit] = []
        var measures: [Unit] = []
        var folded = 0
        var inMeasure = false
        for u in sections[k].2 {
            if let text = labelledMeasure(u) {
                var m = u
                m.text = text
                m.marker = .item
                measures.append(m)
                inMeasure = true
            } else if inMeasure, isMeasureField(u), var m = measures.popLast() {
                m.append(line: u.text)
                measures.append(m)
                folded += 1
            } else {
                inMeasure = false
                kept.append(u)
            }
        }
        out[k].2 = kept
        out.insert((.measures, nil, measures), at: k + 1)
        return (out, folded)
    }

    /// "1、存在问题：一是……二是……" / "2、整改措施：一是……" under an aspect of the problems: the numbers count the parts
    /// of one card, not problems; without them the labels are read as on any card (the problems after 存在问题：, the
    /// measures after 整改措施：).
    func unnumberedCardParts(_ sections: [(Section, SourceParagraph?, [Unit])]) -> [(Section, SourceParagraph?, [Unit])] {
        sections.map { section in
            guard section.0 == .problems else { return section }
            let units = section.2.map { u -> Unit in
                guard u.marker != nil, let (label, value) = Self.labelAndValue(u.text), value.count >= 4,
                      (words.problemCardLabels + words.inlineMeasureLabels + words.cardMeasureLabels).contains(label) else { return u }
                var v = u
                v.marker = nil
                return v
            }
            return (section.0, section.1, units)
        }
    }

    /// "◆ 组织建设方面", "（二）服务群众方面": a line naming an aspect and nothing more.
    func isAspectHeadingLine(_ u: Unit) -> Bool {
        opensAnAspect(u) && Self.isAspectHeading(u.text, words: words)
    }

    /// "存在问题：X": X, after a label of a problem card (`problem_card_labels`); nil for any other line.
    func problemAfterLabel(_ text: String) -> String? {
        guard let (label, value) = Self.labelAndValue(text) else { return nil }
        return words.problemCardLabels.contains(label) && value.count >= 4 ? value : nil
    }

    /// The text holds an announcing word (以下, 如下) that is not a quantity's bound: "三十五岁以下党员" announces nothing.
    func announces(_ text: Substring) -> Bool {
        words.announceWords.contains { word in
            var from = text.startIndex
            while let r = text.range(of: word, range: from..<text.endIndex) {
                guard let before = text[..<r.lowerBound].last, before.isNumber || words.quantityUnits.contains(String(before)) else { return true }
                from = r.upperBound
            }
            return false
        }
    }

    /// "主要问题：A；B。" → [A；, B。]: the problems a label of several lists, parted by semicolons when there are two or
    /// more and each names a shortcoming ("……；比如……" is one problem and its example), else the one problem after the
    /// label; nil without such a label.
    func listedAfterLabel(_ text: String) -> [String]? {
        guard let (label, value) = Self.labelAndValue(text), words.listedProblemsLabels.contains(label) else { return nil }
        var parts: [String] = []
        var current = ""
        for c in value {
            current.append(c)
            if c == "；" || c == ";" { parts.append(current); current = "" }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(current) }
        let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        guard trimmed.count >= 2, trimmed.allSatisfy({ $0.count >= 8 && namesShortcoming($0) }) else { return value.isEmpty ? nil : [value] }
        return trimmed
    }

    /// "存在问题：X" → ("存在问题", "X"): the text before the first colon, and the text after it trimmed; nil with no colon.
    static func labelAndValue(_ text: String) -> (label: String, value: String)? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        return (String(text[..<colon]), text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// The measure of a line labelled as one ("整改措施：Y", "整改措施1：Y"), or nil.
    func labelledMeasure(_ u: Unit) -> String? {
        guard u.marker == nil else { return nil }
        for label in words.inlineMeasureLabels + words.cardMeasureLabels where u.text.hasPrefix(label) {
            // "整改措施1：", "整改措施二：": numbered under one problem.
            let rest = u.text.dropFirst(label.count).drop { $0.isNumber || "一二三四五六七八九十".contains($0) }
            guard let colon = rest.first, "：:".contains(colon) else { continue }
            let body = rest.dropFirst().trimmingCharacters(in: .whitespaces)
            return body.count >= 4 ? body : nil
        }
        return nil
    }

    /// "整改措施：", "措施:": a measure card's label and nothing more.
    func isMeasureCardLabel(_ lead: String) -> Bool {
        let label = lead.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "：:")))
        return (words.inlineMeasureLabels + words.cardMeasureLabels).contains(label)
    }

    /// A line that opens with an owner's, a deadline's or a status's label ("责任人：……", "完成情况：已完成。"): the
    /// measure above it goes on.
    func isMeasureField(_ u: Unit) -> Bool {
        u.marker == nil && (words.ownerLabels + words.deadlineLabels + words.statusLabels).contains { u.text.hasPrefix($0) }
    }

    /// A measures section opened by a bare label line ("整改措施：").
    func isMeasuresLabel(_ section: (Section, SourceParagraph?, [Unit])) -> Bool {
        guard section.0 == .measures, let heading = section.1?.text.trimmingCharacters(in: .whitespaces) else { return false }
        return heading.count <= 8 && (heading.hasSuffix("：") || heading.hasSuffix(":"))
    }

    /// "进展成效：已召开两次……": how far the measures got, not a measure.
    func isProgress(_ text: String) -> Bool {
        words.progressLabels.contains { label in
            text.hasPrefix(label) && text.dropFirst(label.count).first.map { "：:".contains($0) } == true
        }
    }

    /// A line worded as a shortcoming ("……剖析不深", "……落实不到位") or as a label with its value ("整改情况：正在整改").
    func isStatementLike(_ text: String) -> Bool {
        if text.includes(any: words.statementPredicates) { return true }
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        return text.index(after: colon) < text.endIndex
    }

    /// "针对以上问题，支部将抓好以下几项工作。首先，……其次，……": the lead-in and the items of a sequence, when what
    /// stands before 首先 announces them; a problem's own "首先，……其次，……" is its detail.
    func sequence(_ text: String) -> [String]? {
        guard let pieces = Marker.runInSequence(text), let lead = pieces.first, !text.hasPrefix("首先") else { return nil }
        return announcesItems(lead) ? pieces : nil
    }

    /// "针对以上问题，支部将抓好以下几项工作。首先，……": a lead that turns from the problems (`closing_openers`) and
    /// announces a sequence opens the measures.
    func sequenceSection(_ lead: String, of text: String) -> Section? {
        guard sequence(text) != nil, words.closingOpeners.contains(where: { lead.hasPrefix($0) }) else { return nil }
        return .measures
    }

    /// The causes or measures a lead-in sentence announces ("产生以上问题的原因主要有：", "下一步，我将：").
    func leadSection(_ lead: String) -> Section? {
        if lead.includes(any: words.causesLeadWords) { return .causes }
        if lead.includes(any: words.measuresLeadWords) { return .measures }
        return nil
    }

    /// The section a paragraph opens, or nil when it is not a section heading.
    func sectionHeading(_ marker: Marker?, body: String, paragraph p: SourceParagraph, current: Section) -> Section? {
        let short = body.count <= 30 && !body.includes("。")
        // "一、整改工作基本情况县委巡察组……发现15个问题，……": a heading run into its text names its section in its
        // first clause; the rest is the text's.
        // A heading that announces the items below ("……，查摆出以下问题：") is read whole.
        if marker == .section, !short, !body.hasSuffix("："), !body.hasSuffix(":"), !body.includes(any: ["以下", "如下"]),
           let clause = body.split(whereSeparator: { "，,。；;：:".contains($0) }).first,
           clause.count < body.count, let s = Self.classify(String(clause), words: words) {
            return s
        }
        if marker == .section { return Self.classify(body, words: words) ?? .other(body) }
        if marker == nil, let level = p.headingLevel, level <= 2 { return Self.classify(body, words: words) ?? .other(body) }
        // "具体表现在：" inside the problems says how the item before shows itself; it opens no section.
        if marker == nil, current == .problems, words.evidenceLeads.contains(where: { body.hasPrefix($0) }) { return nil }
        // An unnumbered short line names a section only when it reads as a heading, not as a problem of its
        // own ("政治理论学习存在差距") or a label and its value ("整改情况：正在整改").
        if marker == nil, short, let s = Self.classify(body, words: words), !isFiller(body), !isStatementLike(body) {
            // A sentence announcing what follows opens a section only when it names it: "问题形成的原因主要有以下几个
            // 方面：" opens the causes, "对照要求，我从以下两个方面作个剖析：" opens nothing.
            guard body.includes(any: ["，", ",", "以下", "如下"]) else { return s }
            return leadSection(body) == s ? s : nil
        }
        // "（二）问题产生的原因" inside the problems: the causes begin.
        if marker == .sub, body.count <= 20, !body.includes("方面"), !isStatementLike(body), let s = Self.classify(body, words: words),
           s != .problems, current == .problems || current == .causes || current == .measures || current == .preamble {
            return s
        }
        return nil
    }

    /// "成因：……" / "原因：……" → the cause after the label.
    func inlineCause(_ text: String) -> String? {
        for label in words.inlineCauseLabels {
            guard text.hasPrefix(label), let sep = text.dropFirst(label.count).first, sep == "：" || sep == ":" else { continue }
            let rest = text.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces)
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    static func firstSubMarker(in text: String) -> String.Index? {
        for open in ["（一）", "(一)"] {
            if let r = text.rangeOf(open), r.lowerBound > text.startIndex { return r.lowerBound }
        }
        return nil
    }

    /// "四、几点建议" after "三、整改措施": what the branch asks of others, not its measures; alone, the proposals
    /// are the measures.
    func proposalsBesideMeasures(_ sections: [(Section, SourceParagraph?, [Unit])]) -> [(Section, SourceParagraph?, [Unit])] {
        func proposals(_ s: (Section, SourceParagraph?, [Unit])) -> Bool {
            s.0 == .measures && (s.1?.text.includes(any: words.proposalHeadings) ?? false)
        }
        guard sections.contains(where: { $0.0 == .measures && !proposals($0) }) else { return sections }
        return sections.map { proposals($0) ? (.other($0.1?.text ?? ""), $0.1, $0.2) : $0 }
    }

    /// The paragraphs after the opening two, at most six, up to the first heading of problems, causes or measures:
    /// where a notice tells how its rectification was organised (and names its branch), not what it lists.
    func accountBeforeItsProblems(_ body: [SourceParagraph]) -> [String] {
        Array(body.dropFirst(2).prefix(6).map(\.text).prefix { p in
            guard let (marker, heading) = Marker.split(p), marker == .section else { return true }
            let section = Self.classify(heading, words: words)
            return !(section == .problems || section == .causes || section == .measures)
        })
    }

    /// Problems, causes and measures missing where the document is a branch's report; what the document is
    /// when it is not one.
    func structuralFindings(_ report: inout BranchReport, sections: [(Section, SourceParagraph?, [Unit])], decision: DocumentKind.Decision,
                            at fileLoc: SourceLocation, first: SourceLocation?) {
        let hasProblems = sections.contains { $0.0 == .problems } || !report.aspects.isEmpty
        let anything = hasProblems || sections.contains { $0.0 == .causes || $0.0 == .measures }
        guard report.kind == .report else {
            // No word decided it: the text names no branch anywhere.
            let zhWhy = decision.because.isEmpty ? "全文没有提到任何党支部或党总支" : "依据“\(decision.because)”"
            let enWhy = decision.because.isEmpty ? "it names no party branch anywhere" : "because of '\(decision.because)'"
            report.diagnostics.append(Diagnostic(.notBranchReport,
                zh: "这是\(report.kind.chineseName)（\(zhWhy)），不是党支部的对照检查材料，汇总时不计入",
                en: "this is \(report.kind.rawValue.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(report.kind.rawValue) document (\(enWhy)), not a branch's report; a build does not count it",
                at: fileLoc))
            return
        }
        // "三、下一步打算" after an account of the year's work: a work summary's plans, no measures of a self-examination.
        let onlyPlans = !hasProblems && !sections.contains { $0.0 == .causes }
            && sections.filter { $0.0 == .measures }.allSatisfy { $0.1?.text.includes(any: words.planHeadings) ?? false }
        if !anything || onlyPlans {
            report.diagnostics.append(Diagnostic(.notAReport,
                zh: "未找到“存在的问题”“原因剖析”“整改措施”等部分，不像对照检查材料",
                en: "no problems, causes or measures section found; this does not look like a self-examination report", at: fileLoc))
        } else {
            if !hasProblems {
                report.diagnostics.append(Diagnostic(.missingSection, zh: "缺少“存在的问题”部分", en: "the problems section is missing", at: fileLoc))
            }
            if !sections.contains(where: { $0.0 == .causes }) {
                report.diagnostics.append(Diagnostic(.missingSection, severity: .warning, zh: "缺少“原因剖析”部分", en: "the causes section is missing", at: fileLoc))
            }
            if !sections.contains(where: { $0.0 == .measures }) {
                report.diagnostics.append(Diagnostic(.missingSection, severity: .warning, zh: "缺少“整改措施”部分", en: "the measures section is missing", at: fileLoc))
            }
        }
        if report.branch == nil {
            report.diagnostics.append(Diagnostic(.noBranchName, zh: "未能从标题识别党支部名称", en: "no branch name found in the title",
                                                 at: first ?? fileLoc))
        }
    }

    /// With no problems heading anywhere: the first untitled part whose numbered items (two or more) are
    /// mostly worded as shortcomings ("……不够深入", "缺乏……"), as an excerpt that starts mid-document is.
    /// A list of achievements ("一是厚植了……") is not taken.
    /// Where most of those items give the causes of shortcomings ("……的原因是……", "根源在于"), an excerpt that opens
    /// inside the causes, the part is the causes.
    func implicitSection(_ sections: [(Section, SourceParagraph?, [Unit])]) -> (Int, Section)? {
        guard let k = implicitProblems(sections) else { return nil }
        let heads = sections[k].2.filter { $0.marker != nil }.map { Self.statement($0.text, bold: nil, at: $0.paragraph.location).headline }
        let causal = heads.filter { $0.includes(any: words.causesLeadWords) }.count
        return (k, !heads.isEmpty && 2 * causal >= heads.count ? .causes : .problems)
    }

    /// With no problems heading: "……我的不足主要有以下几点。" ending a part, then two or more untitled sections whose
    /// headings are worded as shortcomings ("一、主动请示汇报不够"), up to the first that is not ("四、几点体会"): those
    /// sections as one problems section, each heading an item with its paragraphs as the item's detail. Also returns
    /// how many paragraphs were folded into the items.
    func headingsAsProblems(_ sections: [(Section, SourceParagraph?, [Unit])])
        -> (range: Range<Int>, merged: (Section, SourceParagraph?, [Unit]), folded: Int)? {
        guard !sections.contains(where: { $0.0 == .problems }) else { return nil }
        for k in sections.indices.dropLast() where announcesShortcomings(sections[k].2.last?.text) {
            var end = k + 1
            while end < sections.count, case .other = sections[end].0, let heading = sections[end].1,
                  namesShortcoming(Marker.split(heading.text)?.1 ?? heading.text) { end += 1 }
            guard end - (k + 1) >= 2 else { continue }
            let run = sections[(k + 1)..<end]
            let units = run.compactMap { section -> Unit? in
                guard var heading = section.1 else { return nil }
                let head = Marker.split(heading.text)?.1 ?? heading.text
                heading.boldLead = head   // the heading is the headline, as a bold lead is
                return Unit(marker: .item, text: head + section.2.map(\.text).joined(), paragraph: heading)
            }
            return ((k + 1)..<end, (.problems, nil, units), run.reduce(0) { $0 + $1.2.count })
        }
        return nil
    }

    /// Worded as a shortcoming, once 问题 as what a step puts right is taken out: "制定问题整改方案" is a step,
    /// "问题整改不彻底" a shortcoming.
    func namesShortcoming(_ text: String) -> Bool {
        var rest = text
        for phrase in words.remedyPhrases where rest.includes(phrase) {
            rest = rest.replacingOccurrences(of: phrase, with: "，")
        }
        return Self.withoutRemedies(rest, verbs: words.remedyVerbs).includes(any: words.shortcomingWords)
    }

    /// The text without each span from a remedy verb to the 问题 it puts right, at most 15 characters on and within
    /// one clause: "解决“没人牵头”的问题" goes, "解决群众反映的问题不够及时" keeps 不够及时.
    static func withoutRemedies(_ text: String, verbs: [String]) -> String {
        var out = text
        for verb in verbs {
            var from = out.startIndex
            while let v = out.range(of: verb, range: from..<out.endIndex) {
                let reach = out[v.upperBound...].prefix(15).prefix { !"，,。；;！!？?".contains($0) }
                guard let p = reach.range(of: "问题") else { from = v.upperBound; continue }
                out.replaceSubrange(v.lowerBound..<p.upperBound, with: "，")
                from = out.startIndex
            }
        }
        return out
    }

    /// The end of a part's last sentence announces shortcomings after it ("……主要有以下几点。"); a page may have only
    /// commas before it.
    func announcesShortcomings(_ paragraph: String?) -> Bool {
        guard let paragraph else { return false }
        let lead = String(Self.lastSentence(paragraph).suffix(30))
        return lead.includes(any: words.problemLeadWords) && announces(lead.suffix(12))
    }

    /// The paragraph's last sentence, with its end mark.
    static func lastSentence(_ text: String) -> String {
        let body = text.dropLast()
        guard let end = body.lastIndex(where: { "。！!？?".contains($0) }) else { return text }
        return String(text[text.index(after: end)...]).trimmingCharacters(in: .whitespaces)
    }

    func implicitProblems(_ sections: [(Section, SourceParagraph?, [Unit])]) -> Int? {
        guard !sections.contains(where: { $0.0 == .problems }) else { return nil }
        for (k, section) in sections.enumerated() {
            switch section.0 {
            case .preamble, .other: break
            default: continue
            }
            var heads: [String] = []
            for u in section.2 {
                if u.pointsAreDetail {
                    heads.append(Self.statement(u.text, bold: nil, at: u.paragraph.location).headline)
                } else if let pieces = Marker.runInItems(u.runInText), pieces.count >= 2 || u.text.hasPrefix("一是") {
                    let items = u.continuesRunIn || u.text.hasPrefix("一是") ? pieces : Array(pieces.dropFirst())
                    heads += items.map { Self.statement($0, bold: nil, at: u.paragraph.location).headline }
                } else if u.marker != nil, let (_, rest) = Self.aspectWithText(u.text) {
                    heads.append(rest)   // "（二）X方面。作为……，……但……不够": the shortcoming may come late
                } else if u.marker != nil, !Self.endsAsAspect(u.text) {
                    heads.append(Self.statement(u.text, bold: nil, at: u.paragraph.location).headline)
                }
            }
            guard heads.count >= 2 else { continue }
            let negative = heads.filter(namesShortcoming).count
            if Double(negative) >= 0.6 * Double(heads.count) { return k }
        }
        return nil
    }

    /// "……支部主要存在以下几个方面的不足：" closing a paragraph, then unnumbered paragraphs that open with a
    /// shortcoming ("学习的形式比较单一。……"): those paragraphs, up to the first that is not worded as one (a measure,
    /// a cause's lead, a closing line); at least two.
    func paragraphsAfterAnnouncement(_ units: [Unit]) -> [Unit]? {
        guard let k = units.firstIndex(where: { u in
            u.marker == nil && (u.text.hasSuffix("：") || u.text.hasSuffix(":")) && announcesShortcomings(u.text)
        }) else { return nil }
        var run: [Unit] = []
        for u in units[(k + 1)...] {
            let head = Self.statement(u.text, bold: nil, at: u.paragraph.location).headline
            if u.marker != nil || closesOrTurns(u.text) || isFiller(u.text) || leadSection(head) != nil
                || (Marker.runInItems(u.text)?.count ?? 0) >= 2 || !namesShortcoming(head) { break }
            run.append(u)
        }
        return run.count >= 2 ? run : nil
    }

    /// "……对照检查，发现存在以下不足：一是……二是……" with no problems heading: the run-in items after the
    /// first lead-in sentence that names 不足/问题/差距.
    func leadInProblems(_ units: [Unit]) -> (items: [Statement], location: SourceLocation)? {
        for u in units {
            guard let pieces = Marker.runInItems(u.text) ?? Marker.runInNumbered(u.text), pieces.count >= 3, !u.text.hasPrefix("一是") else { continue }
            let lead = pieces[0]
            guard lead.includes(any: words.problemLeadWords), leadSection(lead) == nil else { continue }
            let tail = lead.suffix(12)
            guard tail.includes(any: ["如下", "以下", "：", ":", "。"]) || lead.hasSuffix("，") || lead.hasSuffix(",") else { continue }
            let items = pieces.dropFirst().map { Self.statement($0, bold: nil, at: u.paragraph.location) }
            return (Array(items), u.paragraph.location)
        }
        return nil
    }

    /// "……也还有不少差距，诸如A，B，C、D等。": three or more short shortcomings listed inside one sentence, after a
    /// word naming problems and an opener close behind it.
    func inlineListProblems(_ units: [Unit]) -> (items: [Statement], location: SourceLocation)? {
        for u in units where u.marker == nil {
            for opener in words.inlineListOpeners {
                guard let r = u.text.rangeOf(opener) else { continue }
                let before = u.text[..<r.lowerBound].suffix(8)
                guard String(before).includes(any: words.problemLeadWords) else { continue }
                var list = u.text[r.upperBound...].prefix { !"。；;！!？?".contains($0) }
                // The list closes its sentence ("……等。", "……等六个方面的问题。"); "……等，均已整改到位" lists what was done.
                if let d = list.lastIndex(of: "等") {
                    let tail = list[list.index(after: d)...]
                    guard tail.isEmpty || (tail.count <= 10 && tail.includes(any: words.problemLeadWords + ["方面"])) else { continue }
                    list = list[..<d]
                }
                let items = list.split(whereSeparator: { "，,、".contains($0) })
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard items.count >= 3, items.allSatisfy({ (3...20).contains($0.count) }) else { continue }
                return (items.map { Statement(headline: $0, detail: "", location: u.paragraph.location) }, u.paragraph.location)
            }
        }
        return nil
    }

    /// Aspects under the problems section; items under each aspect. An aspect heading may carry its items
    /// run in ("（一）理论学习方面。一是……二是……"); a numbered paragraph that is a whole problem (a headline
    /// sentence and its detail, no 方面) is an item, not an aspect.
    func problemAspects(_ given: [Unit], heading: SourceParagraph?, source: String) -> ([Aspect], Int, [SourceLocation]) {
        var groups: [(title: String, location: SourceLocation, units: [Unit], items: [Statement], headed: Bool)] = []
        let pieces = given.flatMap(Self.splitAspectRuns)
        let (units, absorbed) = headingsWithParagraphs(Self.sentencesNumberedAsSubs(pieces))
        // A paragraph split into several aspects is one paragraph placed, however many pieces it gave.
        var used = absorbed - (pieces.count - given.count)
        func defaultGroup(_ at: SourceLocation) {
            if groups.isEmpty {
                let title = heading.map { Self.withoutTrailingMarks(Marker.split($0.text)?.1 ?? $0.text) }
                groups.append((title ?? Self.unheadedTitle, at, [], [], false))
            }
        }
        var suggestions: [SourceLocation] = []
        var inSuggestions = false
        for (index, u) in units.enumerated() {
            let headed = opensAnAspect(u)
            // "（一）在带头……方面，还存在明显差距" with "1." items under it: the aspect, however long its sentence.
            let itemsFollow = index + 1 < units.count && units[index + 1].marker == .item
            // "5、干部群众反映的建议意见：" and the items under it, up to the next aspect: suggestions, not problems.
            if isSuggestionsHeading(u) {
                inSuggestions = true
                suggestions.append(u.paragraph.location)
                continue
            }
            if inSuggestions, !(headed && Self.isAspectHeading(u.text, words: words)) {
                suggestions.append(u.paragraph.location)
                continue
            }
            inSuggestions = false
            if headed, let pieces = Marker.runInItems(u.text), pieces.count >= 2, !u.text.hasPrefix("一是") {
                let items = pieces.dropFirst().map { Self.statement($0, bold: nil, at: u.paragraph.location) }
                groups.append((Self.aspectTitle(pieces[0]), u.paragraph.location, [], Array(items), true))
                used += 1
            } else if headed, let (lead, item) = Self.singleRunIn(u.text), Self.isAspectHeading(lead, words: words) {
                groups.append((Self.aspectTitle(lead), u.paragraph.location, [], [Self.statement(item, bold: nil, at: u.paragraph.location)], true))
                used += 1
            } else if headed, let (title, rest) = Self.aspectWithText(u.text, minimum: 4, commaAfterAspect: u.fromAspectRun), !announcesItems(rest) {
                // "（二）政治素质方面。作为……", "（三）服务群众方面。为民服务意识不够强。": the aspect, and its one problem;
                // "主要问题：A；B。": its problems.
                let items = listedAfterLabel(rest) ?? [rest]
                groups.append((title, u.paragraph.location, [], items.map { Self.statement($0, bold: nil, at: u.paragraph.location) }, true))
                used += 1
            } else if headed, u.marker == .sub, itemsFollow, let r = u.text.rangeOf("方面") {
                groups.append((Self.aspectTitle(String(u.text[..<r.upperBound])), u.paragraph.location, [], [], true))
                used += 1
            } else if headed, Self.isAspectHeading(u.text, words: words) {
                groups.append((Self.aspectTitle(u.text), u.paragraph.location, [], [], true))
                used += 1
            } else {
                defaultGroup(u.paragraph.location)
                var unit = u
                if unit.marker == .sub { unit.marker = .item }
                groups[groups.count - 1].units.append(unit)
            }
        }
        var aspects: [Aspect] = []
        var context: [SourceLocation] = suggestions
        for g in groups {
            let (items, n, ctx) = statements(g.units, firstBeforeSecond: g.items.isEmpty)
            // The section's own default group holding only a lead-in sentence is no aspect.
            if !g.headed, g.items.isEmpty, items.isEmpty {
                context += ctx
                used += n
                continue
            }
            used += n
            context += ctx
            let matched = aspectSet?.match(g.title)?.id
            aspects.append(Aspect(title: g.title, matched: g.headed ? matched : nil, problems: g.items + items, location: g.location,
                                  headed: g.headed))
        }
        return (aspects, used, context)
    }

    /// "（一）理论学习抓得不够实，集中学习常被推迟。（二）……": numbered (一)(二) but each a whole sentence, with
    /// nothing under any of them: items numbered like aspects. Returned as items.
    static func sentencesNumberedAsSubs(_ units: [Unit]) -> [Unit] {
        // A lead-in before them ("共查摆问题5个：") may stand first.
        guard let first = units.firstIndex(where: { $0.marker == .sub }), units.count - first >= 2,
              units[first...].allSatisfy({ u in
                  let t = u.text.trimmingCharacters(in: .whitespaces)
                  return u.marker == .sub && (t.hasSuffix("。") || t.hasSuffix("；")) && !endsAsAspect(t)
                      && !t.prefix(20).contains("方面") && Marker.runInItems(t) == nil
              }) else { return units }
        return units.map { var u = $0; if u.marker == .sub { u.marker = .item }; return u }
    }

    /// Where an aspect may open inside a paragraph: "在X方面，" or "X方面：" at a sentence start. Compiled once.
    static let aspectStart = try? NSRegularExpression(pattern: #"(?:^|(?<=[。；;]))\s*在?[^。；;，,：:]{2,18}方面[，,：:。]"#)

    /// "在理论学习方面，一是……；二是……。在担当作为方面，一是……": several aspects, each with its run-in items, in
    /// one unnumbered paragraph. Each aspect becomes a unit of its own.
    static func splitAspectRuns(_ u: Unit) -> [Unit] {
        guard u.marker == nil, u.text.count > 40, u.text.contains("一是"), let re = aspectStart else { return [u] }
        let ns = u.text as NSString
        // "另一方面，", "在这方面，" point elsewhere: a piece opens at "在X方面" or at an aspect followed by 一是.
        let starts = re.matches(in: u.text, range: NSRange(location: 0, length: ns.length)).filter { m in
            let piece = ns.substring(with: m.range).trimmingCharacters(in: .whitespaces)
            let after = ns.substring(from: m.range.location + m.range.length).trimmingCharacters(in: .whitespaces)
            return (piece.hasPrefix("在") && piece.count >= 6) || after.hasPrefix("一是")
        }.map(\.range.location)
        guard starts.count >= 2, starts[0] == 0 else { return [u] }
        return zip(starts, starts.dropFirst() + [ns.length]).map { a, b in
            var piece = u
            piece.text = ns.substring(with: NSRange(location: a, length: b - a)).trimmingCharacters(in: .whitespaces)
            piece.fromAspectRun = true
            return piece
        }
    }

    /// "（一）理论学习不够深入" and plain paragraphs under it, no items: the heading is a problem and the paragraphs its
    /// detail. Returns the units with each such run made one item (the heading as its bold lead), and how many
    /// paragraphs were folded in.
    func headingsWithParagraphs(_ units: [Unit]) -> ([Unit], Int) {
        // Beside aspects of another kind ("（一）理论学习方面"), a shortcoming heading is an aspect too.
        if units.contains(where: { isSubHeading($0) && !isShortcomingHeading($0.text) }) { return (units, 0) }
        var out: [Unit] = []
        var folded = 0
        var i = 0
        while i < units.count {
            let u = units[i]
            var j = i + 1
            if isSubHeading(u), isShortcomingHeading(u.text) {
                while j < units.count, units[j].marker == nil, units[j].paragraph.headingLevel == nil,
                      (Marker.runInItems(units[j].text)?.count ?? 0) < 2, !opensAnAspect(units[j]), !isLabelled(units[j].text) { j += 1 }
            }
            guard j > i + 1 else { out.append(u); i += 1; continue }
            var merged = u
            merged.marker = .item
            merged.paragraph.boldLead = u.text
            merged.text = u.text + units[(i + 1)..<j].map { $0.paragraph.text.trimmingCharacters(in: .whitespaces) }.joined()
            out.append(merged)
            folded += j - i - 1
            i = j
        }
        return (out, folded)
    }

    /// A heading worded as a shortcoming ("理论学习不够深入"), not an aspect's name, a section's, nor a kind of
    /// shortcoming ("思想政治上的不足").
    func isShortcomingHeading(_ text: String) -> Bool {
        var t = text
        while let last = t.last, "。；;".contains(last) { t.removeLast() }
        return t.count <= 30 && !t.includes("方面") && !t.contains(where: { "。；;：:".contains($0) })
            && namesShortcoming(t) && Self.classify(t, words: words) == nil
            && !words.problemLeadWords.contains(where: { t.hasSuffix($0) })
    }

    func isSubHeading(_ u: Unit) -> Bool { u.marker == .sub || (u.marker == nil && u.paragraph.headingLevel != nil) }

    /// "整改措施：……", "原因：……", "进展成效：……": a label that opens another part of the item.
    func isLabelled(_ text: String) -> Bool {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }), text.distance(from: text.startIndex, to: colon) <= 8 else { return false }
        let label = String(text[..<colon])
        return leadSection(label) != nil || label.includes(any: words.inlineCauseLabels + words.inlineMeasureLabels) || isProgress(text)
    }

    /// "X。……主要存在以下不足：": after X's own sentence, one that announces the points after it as shortcomings.
    /// The announcing sentence is the last before 一是; one that announces causes ("造成这一问题的原因主要有：") or fixes
    /// ("支部已着手整改：") leaves the points as the item's detail.
    func leadsIntoProblems(_ lead: String) -> Bool {
        guard let end = lead.firstIndex(where: { "。；;！!？?".contains($0) }) else { return false }
        let rest = lead[lead.index(after: end)...].trimmingCharacters(in: .whitespaces)
        let announcing = Self.lastSentence(rest)
        return (announcing.hasSuffix("：") || announcing.hasSuffix(":")) && announcing.includes(any: words.problemLeadWords)
            && leadSection(announcing) == nil && !announcing.includes(any: words.notProblemPoints)
    }

    /// A unit that opens an aspect of the problems: a sub-heading, a heading paragraph, "1、形式主义方面：", an item
    /// whose points are announced as its shortcomings, a bold "……方面", or "学习教育方面。……".
    func opensAnAspect(_ u: Unit) -> Bool {
        switch u.marker {
        case .sub?: return true
        case .item?:
            if Self.endsAsAspect(u.text) { return true }
            // "1、对照入党誓词": the name of one of the year's aspects, numbered like an item.
            if aspectSet?.named(by: Self.withoutTrailingMarks(u.text)) != nil { return true }
            // "3.在廉洁纪律方面。一是……。": an aspect with its one run-in item.
            if let (lead, _) = Self.singleRunIn(u.text), Self.endsAsAspect(lead) { return true }
            return u.pointsAreDetail && Marker.runInItems(u.text).map { Self.endsAsAspect($0[0]) || leadsIntoProblems($0[0]) } == true
        case .section?: return false
        case nil:
            if u.paragraph.headingLevel != nil { return true }
            if u.paragraph.boldLead == u.paragraph.text, u.text.count <= 40, u.text.contains("方面") { return true }
            return Self.opensWithAspect(u.text, words: words, commaAfterAspect: u.fromAspectRun)
        }
    }

    /// A numbered line that ends with a colon and names suggestions, not problems.
    func isSuggestionsHeading(_ u: Unit) -> Bool {
        guard u.marker != nil, u.text.hasSuffix("：") || u.text.hasSuffix(":"), u.text.count <= 40 else { return false }
        return u.text.includes(any: words.suggestionHeadingWords) && !u.text.includes(any: ["问题", "不足", "差距"])
    }

    static func withoutTrailingMarks(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespaces)
        while let last = t.last, "：:。".contains(last) { t.removeLast() }
        return t
    }

    /// "1、形式主义方面：": an aspect numbered like an item.
    static func endsAsAspect(_ text: String) -> Bool {
        let t = withoutTrailingMarks(text)
        guard t.count <= 30, !t.contains(where: { "。；;".contains($0) }) else { return false }
        // "1、形式主义方面：", "2.在政治建设方面存在的问题："
        return t.hasSuffix("方面") || t.hasSuffix("方面存在的问题") || t.hasSuffix("方面的问题") || t.hasSuffix("方面存在问题")
    }

    /// An aspect heading is short, or names its 方面 early, or ends in a colon; a long numbered paragraph
    /// that names no 方面 is a problem of its own.
    static func isAspectHeading(_ text: String, words: ReadingWords = Knowledge.shipped.reading) -> Bool {
        // "（一）带头……做到“两个维护”方面。": a long heading is one when it ends at its 方面 and names no shortcoming
        // ("……特别是在运用理论指导实践方面。" is a problem).
        if withoutTrailingMarks(text).hasSuffix("方面"), !text.includes(any: words.shortcomingWords) { return true }
        if text.hasSuffix("方面") || text.hasSuffix("：") || text.hasSuffix(":") || text.prefix(30).contains("方面") { return true }
        // Short, and not a headline sentence with its detail after it.
        let inner = text.dropLast().contains { "。；;！!？?".contains($0) }
        return text.count <= 40 && !inner
    }

    /// "学习教育方面。平时……": an unnumbered paragraph whose first sentence is only its aspect's name.
    /// Its first sentence ends at 方面 with a full stop; "重点对照六个方面：……" counts the aspects, it is not one.
    /// `commaAfterAspect`: the text is a piece of a paragraph of run-together aspects, where "在X方面，……" opens one.
    static func opensWithAspect(_ text: String, words: ReadingWords = Knowledge.shipped.reading, commaAfterAspect: Bool = false) -> Bool {
        // "政治纪律方面：一是……": the colon form, however short what follows.
        // "在理论学习方面，一是……" likewise, with a comma before its first point.
        if let r = text.rangeOf("方面"), let sep = text[r.upperBound...].first,
           "：:".contains(sep) || ("，,".contains(sep) && (text[r.upperBound...].dropFirst().hasPrefix("一是") || (commaAfterAspect && text.hasPrefix("在")))) {
            let title = String(text[..<r.upperBound])
            return title.count <= 20 && !title.contains(where: { "，,、；;。".contains($0) }) && !title.hasSuffix("个方面")
                && !title.includes(any: words.leadInWords) && text.count > title.count + 4
                && (title.count >= 5 || "：:".contains(sep))   // "在这方面，" points back; it names no aspect
        }
        guard let (title, _) = aspectWithText(text), text.dropFirst(title.count).first == "。" else { return false }
        return title.count <= 20 && !title.contains(where: { "，,、；;。".contains($0) }) && !title.hasSuffix("个方面")
    }

    /// "政治素质方面。作为镇党委书记，我……" (a whole paragraph after the aspect's name): the aspect's title and
    /// the text after it, when that text is more than a line.
    static func aspectWithText(_ text: String, minimum: Int = 30, commaAfterAspect: Bool = false) -> (String, String)? {
        guard let r = text.rangeOf("方面"), text.distance(from: text.startIndex, to: r.upperBound) <= 40 else { return nil }
        var rest = text[r.upperBound...]
        // "在工作作风方面，存在……": after "在X方面" a comma ends the aspect's name too.
        guard let sep = rest.first, "。：:；;".contains(sep) || (commaAfterAspect && text.hasPrefix("在") && "，,".contains(sep)) else { return nil }
        rest = rest.dropFirst()
        let body = rest.trimmingCharacters(in: .whitespaces)
        guard body.count >= minimum, !body.hasPrefix("一是") else { return nil }
        return (aspectTitle(String(text[..<r.upperBound])), body)
    }

    /// "主要表现在以下几点：": text after an aspect's name that announces the items under it.
    func announcesItems(_ text: String) -> Bool {
        text.hasSuffix("：") || text.hasSuffix(":") || announces(Self.lastSentence(text).suffix(12))
            || (text.count <= 20 && text.includes(any: words.leadInWords)) || text.includes(any: words.noneFoundWords)
    }

    /// "服务读者方面。一是……" with a single run-in item: the aspect and its item.
    static func singleRunIn(_ text: String) -> (String, String)? {
        for lead in ["。一是", "：一是", ":一是", "，一是"] {
            guard let r = text.rangeOf(lead) else { continue }
            let item = String(text[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            return item.isEmpty ? nil : (String(text[..<r.lowerBound]), item)
        }
        return nil
    }

    /// "关于政治引领作用方面，主要是……：……" → "关于政治引领作用方面"; "理论学习方面。" → "理论学习方面".
    static func aspectTitle(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespaces)
        if let r = t.rangeOf("方面"), t.distance(from: t.startIndex, to: r.upperBound) <= 40 { t = String(t[..<r.upperBound]) }
        else if let cut = t.firstIndex(where: { "。：:；;".contains($0) }), t.distance(from: t.startIndex, to: cut) >= 2 { t = String(t[..<cut]) }
        while let last = t.last, "。：:，,；;".contains(last) { t.removeLast() }
        return t
    }

    /// "究其原因，主要是：思想上……；工作上……；管理上……": an unnumbered paragraph whose short lead ends in a colon
    /// and whose text after it is three or more clauses between semicolons: the lead, and each clause as an item.
    func clauseList(_ u: Unit) -> [Unit] {
        guard u.marker == nil, let colon = u.text.firstIndex(where: { $0 == "：" || $0 == ":" }),
              u.text.distance(from: u.text.startIndex, to: colon) <= 20 else { return [u] }
        // "究其原因，主要是：" announces; "理想信念有所弱化：认为……；觉得……" is a cause with its detail.
        let lead = String(u.text[..<colon])
        guard lead.includes(any: words.causesLeadWords + words.leadInWords) else { return [u] }
        let clauses = u.text[u.text.index(after: colon)...].split(whereSeparator: { $0 == "；" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard clauses.count >= 3, clauses.allSatisfy({ $0.count >= 8 }), Marker.runInItems(u.text) == nil else { return [u] }
        var leadUnit = u
        leadUnit.text = String(u.text[...colon])
        return [leadUnit] + clauses.map { var item = u; item.marker = .item; item.text = $0; return item }
    }

    /// Items of a run of paragraphs: numbered ones, run-in 一是……二是……, or whole paragraphs when none is
    /// numbered. A lead-in sentence ("经查摆，主要存在以下问题：") is context, not an item.
    /// `firstBeforeSecond`: problems with no item yet, so a paragraph followed by the item numbered second is the
    /// first ("……。" then "二是……").
    func statements(_ units: [Unit], firstBeforeSecond: Bool = false) -> ([Statement], Int, [SourceLocation]) {
        let anyMarked = units.contains { $0.marker != nil || (Marker.runInItems($0.text)?.count ?? 0) >= 2 }
        var out: [Statement] = []
        var used = 0
        var context: [SourceLocation] = []
        var shown: Evidence?
        var ownerIsPoint = false
        var afterNumbered = false
        for (index, u) in units.enumerated() {
            // "具体表现为：一是……" and the "三是……" lines after it: how the item before shows itself, its detail.
            if let last = out.indices.last, let e = evidence(u, after: shown, ownerIsPoint: ownerIsPoint) {
                out[last].detail += u.paragraph.text.trimmingCharacters(in: .whitespaces)
                used += 1
                shown = e
                continue
            }
            shown = nil
            // "1.流动党员管理不到位。" then a paragraph of its own saying how: that paragraph is the item's detail.
            if afterNumbered, u.marker == nil, let last = out.indices.last, !isFiller(u.text), !isLeadIn(u.text),
               (Marker.runInItems(u.text)?.count ?? 0) < 2, !closesOrTurns(u.text) {
                let more = u.paragraph.text.trimmingCharacters(in: .whitespaces)
                if out[last].detail.isEmpty, endsMidSentence(out[last].headline) {
                    // "2.对青年教师的培养关心不" / "够，……": the item's first sentence was broken across two lines.
                    let whole = Self.statement(out[last].headline + more, bold: nil, at: out[last].location)
                    out[last].headline = whole.headline
                    out[last].detail = whole.detail
                } else {
                    out[last].detail += more
                }
                used += 1
                continue
            }
            afterNumbered = u.marker != nil && !u.pointsAreDetail && Marker.runInItems(u.runInText) == nil
            // "整改措施见下表。", a closing signature or date line, a lead-in sentence, an example: context, not items.
            if u.marker == nil, isFiller(u.text) || isLeadIn(u.text) || words.exampleOpenings.contains(where: { u.text.hasPrefix($0) }) {
                context.append(u.paragraph.location)
                continue
            }
            // "②受": an item cut off after a character or two says nothing yet.
            if u.marker != nil, u.text.trimmingCharacters(in: .whitespaces).count <= 2 {
                context.append(u.paragraph.location)
                continue
            }
            if u.pointsAreDetail {
                out.append(Self.statement(u.text, bold: nil, at: u.paragraph.location))
                used += 1
            } else if let pieces = Marker.runInItems(u.runInText) ?? (u.marker == nil ? sequence(u.text) : nil),
                      pieces.count >= 2 || u.text.hasPrefix("一是") {
                // Text before 一是 is the paragraph's lead-in: context.
                let startsWithMarker = u.continuesRunIn || u.text.hasPrefix("一是")
                let items = startsWithMarker ? pieces : Array(pieces.dropFirst())
                for piece in items { out.append(Self.statement(piece, bold: nil, at: u.paragraph.location)) }
                used += 1
            } else if u.marker != nil || !anyMarked {
                out.append(Self.statement(u.text, bold: u.paragraph.boldLead.map { Marker.split($0)?.1 ?? $0 }, at: u.paragraph.location))
                ownerIsPoint = Self.opensAsPoint(u.paragraph.text)
                used += 1
            } else if firstBeforeSecond, out.isEmpty, units.dropFirst(index + 1).first.map(Self.numberedSecond) == true {
                // "……。" then "二是……": the paragraph was the first item. "……以下不足。1.X" holds a lead-in before it.
                out.append(Self.statement(Self.afterFirstNumber(u.text) ?? u.text, bold: nil, at: u.paragraph.location))
                used += 1
            } else {
                context.append(u.paragraph.location)
            }
        }
        return (out, used, context)
    }

    /// The text after "1." or "一是" run into a paragraph after a sentence ("……以下不足。1.理论学习不系统"), or nil.
    static func afterFirstNumber(_ text: String) -> String? {
        guard let r = text.range(of: #"[。：:；]\s*(1[.、．]|一是)"#, options: .regularExpression) else { return nil }
        let rest = text[r.upperBound...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }

    /// "二是……", "2.……": the line numbers its item the second, so the paragraph before it was the first.
    static func numberedSecond(_ u: Unit) -> Bool {
        let line = u.paragraph.text.trimmingCharacters(in: .whitespaces)
        return u.marker == .item && ["二是", "2.", "2、", "2．", "２．", "２、", "（2）", "(2)", "②"].contains { line.hasPrefix($0) }
    }

    /// A headline with no end mark that stops on a word no sentence ends with ("……关心不", "……对").
    func endsMidSentence(_ headline: String) -> Bool {
        !headline.unicodeScalars.contains(where: { Self.sentenceEnds.contains($0) })
            && words.danglingEndings.contains(where: { headline.hasSuffix($0) })
    }

    /// "以上问题……", "针对……", a date line, "X方面也有欠缺……": a paragraph that sums up, turns to what follows or
    /// opens another aspect, not the detail of the item before it.
    func closesOrTurns(_ text: String) -> Bool {
        if words.closingOpeners.contains(where: { text.hasPrefix($0) }) { return true }
        if text.count <= 16, text.range(of: #"^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月"#, options: .regularExpression) != nil { return true }
        return text.prefix(12).contains("方面")
    }

    /// Evidence of the item before: how many run-in points it has come to, so a line with the next one goes on.
    struct Evidence {
        var nextPoint: Int?
        /// "具体表现在：" alone on its line: its points are the numbered lines under it ("（1）……").
        var numberedPoints = false
    }

    /// "（1）", "(1)", "①": how points are numbered under an item that is not numbered so itself.
    static func opensAsPoint(_ text: String) -> Bool {
        let t = text.drop { $0 == " " || $0 == "\u{3000}" }
        guard let first = t.first else { return false }
        if let v = first.unicodeScalars.first?.value, (0x2460...0x2473).contains(v) { return true }
        return (first == "（" || first == "(") && t.dropFirst().first.map { $0.isASCII && $0.isNumber || ("０"..."９").contains($0) } == true
    }

    /// A paragraph opening "具体表现为", or one that goes on with its points ("三是……" after "……一是……二是……"); nil
    /// when the paragraph is not such evidence. A "二是" line after evidence that had no points of its own is the
    /// next item, not more evidence.
    /// `ownerIsPoint`: the item the evidence belongs to is itself numbered "（1）", so such lines are items.
    func evidence(_ u: Unit, after previous: Evidence?, ownerIsPoint: Bool = false) -> Evidence? {
        let chars = Array(u.paragraph.text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        if u.marker == nil, words.evidenceLeads.contains(where: { u.text.hasPrefix($0) }) {
            let points = Marker.runInStarts(chars, mark: "是").count
            let alone = u.text.hasSuffix("：") || u.text.hasSuffix(":")
            return Evidence(nextPoint: points > 0 ? points + 1 : nil, numberedPoints: points == 0 && alone && !ownerIsPoint)
        }
        if let p = previous, p.numberedPoints, u.marker == .item, Self.opensAsPoint(u.paragraph.text) { return p }
        guard let next = previous?.nextPoint, u.marker == .item else { return nil }
        let starts = Marker.runInStarts(chars, mark: "是", first: next)
        guard starts.first?.0 == 0 else { return nil }
        return Evidence(nextPoint: next + starts.count)
    }

    /// One short sentence that announces the items after it: "发现仍存在一些不容忽视的问题。", "……剖析如下：".
    func isLeadIn(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if talliesProblems(text) { return true }
        // A long paragraph of background that ends "……现将主要问题分析如下：" or "……形成问题整改清单如下。".
        if text.count > 60 {
            let closing = Self.lastSentence(text)
            return (last == "：" || last == ":" || closing.hasSuffix("如下。")) && announces(closing[...])
        }
        let namesLeadIn = text.includes(any: words.leadInWords)
        if last == "：" || last == ":" { return true }
        let sentences = text.filter { "。；;！!？?".contains($0) }.count
        return namesLeadIn && sentences <= 1 && text.includes(any: words.problemLeadWords + ["原因", "措施", "打算"])
    }

    /// "共查找问题6个，已整改4个", "反馈的9个问题": the first sentence counts the problems in figures, so the
    /// paragraph is a tally of them, not one of them.
    func talliesProblems(_ text: String) -> Bool {
        func isFigure(_ c: Character) -> Bool { c.isASCII ? c.isNumber : ("０"..."９").contains(c) }
        let sentence = text.prefix(200).prefix { !"。；;！!？?".contains($0) }
        // Most paragraphs hold no figure: nothing more to look at.
        guard sentence.contains(where: isFigure) else { return false }
        // "……共梳理出问题4个，具体是：一是……": the items after the tally are the problems, read as run-in items.
        guard !text.includes("一是"), Marker.runInItems(text) == nil else { return false }
        let lapses = words.shortcomingWords.filter { !words.problemLeadWords.contains($0) }
        let counters = Set(words.tallyCounters.compactMap(\.first))
        for lead in words.problemLeadWords {
            var from = sentence.startIndex
            while let r = sentence[from...].range(of: lead) {
                from = r.upperBound
                // "对上年度巡察反馈的3个问题，整改不彻底": a lapse named after the count makes it a problem.
                if sentence[r.upperBound...].includes(any: lapses) { continue }
                // "问题6个", "问题共6个"
                let after = sentence[r.upperBound...].drop { $0 == "共" || $0 == "有" }
                let figures = after.prefix(while: isFigure)
                if !figures.isEmpty, let c = after.dropFirst(figures.count).first, counters.contains(c) { return true }
                // "6个问题", "6个方面的问题"
                var before = sentence[..<r.lowerBound]
                if before.hasSuffix("的") { before = before.dropLast() }
                if before.hasSuffix("方面") { before = before.dropLast(2) }
                if let c = before.last, counters.contains(c), before.dropLast().last.map(isFigure) == true { return true }
            }
        }
        return false
    }

    func isFiller(_ text: String) -> Bool {
        if isProgress(text) { return true }
        if text.includes(any: words.fillerWords) {
            if text.count <= 30 { return true }
            // "……还有不少短板，具体问题和整改措施详见下表。": a paragraph whose last clause points to a table announces it.
            if text.count <= 120, Self.lastClause(text).includes(any: words.fillerWords) { return true }
        }
        let short = text.count <= 24 && !text.includes("，") && !text.includes("；")
        if short, words.orgSuffixes.contains(where: { text.hasSuffix($0) }) { return true }   // a closing signature
        // A closing date line; "完成时限：2025年4月30日" under a measure is its deadline, not a date line.
        if short, text.includes("年"), text.includes("月"), text.hasSuffix("日") || text.hasSuffix("日。"),
           !words.deadlineLabels.contains(where: { text.hasPrefix($0) }) { return true }
        return false
    }

    static let sentenceEnds: Set<Unicode.Scalar> = Set("。；;！!？?".unicodeScalars)

    static let clauseEnds = CharacterSet(charactersIn: "。；;！!？? ")

    /// The text after its last comma or sentence end, without the end punctuation.
    static func lastClause(_ text: String) -> Substring {
        let body = text.trimmingCharacters(in: clauseEnds)
        return body.lastIndex(where: { "，,。；;".contains($0) }).map { body[body.index(after: $0)...] } ?? body[...]
    }

    /// Headline: the bold lead if there is one, else the first sentence.
    static func statement(_ text: String, bold: String?, at location: SourceLocation,
                          colonLeadExclusions: [String] = Knowledge.shipped.reading.colonLeadExclusions) -> Statement {
        if let bold, !bold.isEmpty, text.hasPrefix(bold), bold.count < text.count {
            return Statement(headline: bold.trimmingCharacters(in: .whitespaces),
                             detail: String(text.dropFirst(bold.count)).trimmingCharacters(in: .whitespaces), location: location)
        }
        let chars = Array(text.unicodeScalars)
        // "活动创新不足：学习形式仍以读文件为主……": the words before an early colon are the headline.
        // Not inside a bracket: "（负责人：……）" labels an owner, it ends no headline.
        if let colon = chars.firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 4, colon <= 30,
           !chars[..<colon].contains(where: { sentenceEnds.contains($0) }),
           chars[..<colon].filter({ $0 == "（" || $0 == "(" }).count <= chars[..<colon].filter({ $0 == "）" || $0 == ")" }).count,
           !String(String.UnicodeScalarView(chars[..<colon])).includes(any: colonLeadExclusions) {
            let head = String(String.UnicodeScalarView(chars[..<colon])).trimmingCharacters(in: .whitespaces)
            let rest = String(String.UnicodeScalarView(chars[(colon + 1)...])).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return Statement(headline: head, detail: rest, location: location) }
        }
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
        let labels = words.ownerLabels + words.divisionLabels + words.deadlineLabels + words.statusLabels
        let bracket = ProseFacts.bracketedOwnerAndDeadline(text, words: words)
        let division = ProseFacts.labelled(text, labels: words.divisionLabels, stopAt: labels, words: words)
            .map { ProseFacts.withoutCloser($0, words: words) }
            .flatMap { ProseFacts.namesWhoAlone($0, words: words) || ProseFacts.isClosingOwner($0, words: words) ? $0 : nil }
        m.owner = ProseFacts.labelled(text, labels: words.ownerLabels, stopAt: labels,
                                      afterWei: { ProseFacts.isClosingOwner($0, words: words) }, words: words)
            .map { ProseFacts.withoutCloser($0, words: words) }
            ?? division
            ?? ProseFacts.writtenOwner(text, words: words)
            ?? bracket?.owner
        if let d = ProseFacts.labelled(text, labels: words.deadlineLabels, stopAt: labels,
                                       afterWei: { DeadlineParser.reads($0, ongoing: words.ongoingWords) }, words: words)
            ?? ProseFacts.writtenDeadline(text, words: words)
            ?? bracket?.deadline {
            m.deadlineText = d
            switch DeadlineParser.parse(d, defaultYear: (year ?? defaultYear).map { $0 + 1 }) {
            case let .deadline(v): m.deadline = v
            case .unreadable where DeadlineParser.recurringCheck(d, frequencies: words.frequencyWords): m.deadline = .ongoing
            case .impossible:
                diagnostics.append(Diagnostic(.impossibleDate, zh: "日期“\(d)”不存在", en: "the date '\(d)' does not exist", at: s.location))
            case .unreadable:
                diagnostics.append(Diagnostic(.unreadableDeadline, zh: "无法识别完成时限“\(d)”", en: "cannot read the deadline '\(d)'", at: s.location))
            }
        }
        if let st = ProseFacts.labelled(text, labels: words.statusLabels, stopAt: labels, words: words) {
            m.statusText = st
            m.status = StatusWords.normalise(st)
        }
        return m
    }
}
