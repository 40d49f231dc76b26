import Foundation
import HuizongKnowledge
import HuizongModel

/// Puts a file's paragraphs back the way the author wrote them before the parser reads them: web-page
/// clutter and page numbers out, a table of contents before the title out, text copied out of a PDF
/// (a hard line break every ~28 characters) joined back into paragraphs, and paragraphs that arrived run
/// together on one line ("第一章……1.1……问题1：……成因：……") split at their headings.
/// Every change that drops or joins text is said in a note, so nothing is lost silently.
public enum Reflow {
    public struct Result: Sendable {
        public var paragraphs: [SourceParagraph]
        public var notes: [Diagnostic]
        /// The year of a web page's publication line (发布时间：2021-12-10), which is dropped as clutter.
        public var published: Int? = nil
    }

    /// `hardWrapped`: the lines are known to be a page's lines (text out of a PDF), so they are joined
    /// whatever their share of full lines.
    public static func clean(_ input: [SourceParagraph], words: ReadingWords = Knowledge.shipped.reading, hardWrapped: Bool = false) -> Result {
        var notes: [Diagnostic] = []
        var paras = withoutMarkup(input, notes: &notes)
        if let converted = simplified(paras) {
            paras = converted.map { var q = $0; q.text = strippingPinyin(q.text); return q }
            notes.append(Diagnostic(.traditionalScript, zh: "文件是繁体字，已转为简体字阅读",
                                    en: "the file is in traditional characters; it was read converted to simplified ones",
                                    at: paras.first?.location))
        }
        // A site's navigation is a run of short bullet lines; one bullet line is an item.
        let bullets = paras.filter { isNavigationBullet($0.text) }.count >= 3
        let values = bullets ? fieldValues(paras, words: words) : []
        let dropped = Set(paras.indices.filter {
            isClutter(paras[$0].text, words: words) || bullets && isNavigationBullet(paras[$0].text) || values.contains($0)
        })
        let cluttered = dropped.sorted().map { paras[$0] }
        let published = cluttered.lazy.compactMap { publicationYear($0.text, words: words) }.first
        if !cluttered.isEmpty {
            paras = paras.indices.filter { !dropped.contains($0) }.map { paras[$0] }
            notes.append(Diagnostic(.webClutter,
                zh: "跳过了 \(cluttered.count) 行网页或页面杂项（浏览量、发布时间、页码等）",
                en: "skipped \(cluttered.count) line(s) of web-page or page clutter (views, dates, page numbers)",
                at: cluttered.first?.location))
        }
        paras = paras.map { stripTrailingClutter($0, words: words) }
        paras = withoutContents(paras, words: words, notes: &notes)
        paras = joinSplitTitle(paras)
        let (joined, bare) = joinBareMarkers(paras)
        if bare > 0 {
            paras = joined
            notes.append(Diagnostic(.reflowed, zh: "有 \(bare) 个编号单独成行（像是 Word 的自动编号），已与下一行的条目接在一起",
                                    en: "\(bare) numbering mark(s) stood on a line of their own (as Word's automatic numbering); each was joined to its item on the next line",
                                    at: paras.first?.location))
        }
        if let first = paras.first, let (title, rest, repeated) = runInTitle(first.text, words: words) {
            var t = first, r = first
            t.text = title
            r.text = rest
            r.boldLead = nil
            paras.replaceSubrange(0...0, with: [t, r])
            notes.append(Diagnostic(.splitRunTogether,
                zh: "第一行的标题和正文连在一起，已把标题拆出" + (repeated ? "（重复的一遍标题略去）" : ""),
                en: "the first line ran the title into the text; the title was split off" + (repeated ? " (its repeated copy dropped)" : ""),
                at: first.location))
        }
        if let (kept, at) = droppingRepeatedTitle(paras) {
            paras = kept
            notes.append(Diagnostic(.splitRunTogether, zh: "正文开头重复了一遍标题，已略去",
                                    en: "a line repeated the title before its first heading; the copy was dropped", at: at))
        }
        if let width = hardWrapped ? pageWidth(paras) : wrapWidth(paras) {
            let before = paras.count
            paras = rejoin(paras, lineWidth: width)
            notes.append(Diagnostic(.reflowed,
                zh: "文字每约 \(width) 字硬换行（像是从 PDF 复制的），已把 \(before) 行重新接成 \(paras.count) 段",
                en: "the text breaks lines every ~\(width) characters (as copied from a PDF); \(before) lines were joined into \(paras.count) paragraphs",
                at: paras.first?.location))
        }
        let (rejoined, joins) = joinBrokenRunIns(paras)
        if joins > 0 {
            notes.append(Diagnostic(.reflowed,
                zh: "“一是……二是……”的条目被断成了几行，已把 \(joins) 行接回所在的段落",
                en: "a run-in list (一是……二是……) was broken across lines; \(joins) line(s) were joined back into its paragraph",
                at: paras.first?.location))
            paras = rejoined
        }
        let split = paras.flatMap(splitAtSpacedMarkers).flatMap(splitStackedHeadings).flatMap { splitInlineHeading($0, words: words) }
            .flatMap { splitRunTogether($0, labels: words.inlineCauseLabels + words.inlineMeasureLabels) }
            .flatMap { splitHeadingFromFirstItem($0, words: words) }
            .flatMap(splitNumberedRunOn)
        if split.count > paras.count {
            notes.append(Diagnostic(.splitRunTogether,
                zh: "有段落把几个标题和条目连成一行，已在标题处拆开（\(paras.count) 段拆成 \(split.count) 段）",
                en: "paragraphs ran several headings and items together; they were split at the headings (\(paras.count) into \(split.count))",
                at: paras.first?.location))
        }
        return Result(paragraphs: split, notes: notes, published: published)
    }

    // MARK: markup

    /// A page's HTML left in the text (`<p class="ql-block"> ……</p> <p>……`, as some sharing sites give it): the text is
    /// cut at its block tags into paragraphs, and the other tags and entities go. Only tag names of HTML are taken, so
    /// a `<` in the prose stays.
    static func withoutMarkup(_ paras: [SourceParagraph], notes: inout [Diagnostic]) -> [SourceParagraph] {
        let tag = #"</?(p|br|div|span|strong|b|i|em|u|font|section|article|h[1-6]|li|ul|ol|blockquote)(\s[^<>]*)?/?>"#
        guard paras.contains(where: { $0.text.contains("<") && $0.text.range(of: tag, options: [.regularExpression, .caseInsensitive]) != nil })
        else { return paras }
        let block = #"</?(p|br|div|section|article|h[1-6]|li|blockquote)(\s[^<>]*)?/?>"#
        var out: [SourceParagraph] = []
        var tags = 0
        for p in paras {
            var text = p.text.replacingOccurrences(of: block, with: "\n", options: [.regularExpression, .caseInsensitive])
            text = text.replacingOccurrences(of: tag, with: "", options: [.regularExpression, .caseInsensitive])
            for (entity, char) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: char)
            }
            guard text != p.text else { out.append(p); continue }
            tags += 1
            for piece in text.split(separator: "\n") {
                let t = piece.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { var q = p; q.text = t; out.append(q) }
            }
        }
        notes.append(Diagnostic(.webClutter, zh: "有 \(tags) 行带着网页的 HTML 标记（<p> 等），已去掉标记并按段落标记分段",
                                en: "\(tags) line(s) held a web page's HTML markup (<p> …); the tags were removed and the text split at its paragraph tags",
                                at: paras.first?.location))
        return out
    }

    // MARK: script

    /// The paragraphs in simplified characters when the text is written in traditional ones (mirror sites
    /// convert whole pages), else nil. ICU's Hant-Hans transform maps character for character, so every
    /// word list and heading rule applies unchanged.
    /// One line as the reader repairs it before grouping sees it: traditional characters simplified and the
    /// pinyin that mirror sites insert after a converted character ("學(xué)習(xí)") removed.
    public static func repairText(_ text: String) -> String {
        var p = [SourceParagraph(text: text, location: SourceLocation(file: "", .file))]
        if let s = simplified(p, marks: 1) { p = s }
        return strippingPinyin(p[0].text)
    }

    /// "业(yè)务" → "业务": a toned pinyin syllable in brackets right after a Chinese character.
    static func strippingPinyin(_ text: String) -> String {
        guard text.contains("(") || text.contains("（") else { return text }
        return text.replacingOccurrences(of: #"(?<=\p{Han})[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"#, with: "",
                                         options: .regularExpression)
    }

    static func simplified(_ paras: [SourceParagraph], marks: Int = 5) -> [SourceParagraph]? {
        let sample = paras.prefix(60).map(\.text).joined()
        // The transform is slow; a text with none of the commonest traditional-only characters is simplified.
        let hits = sample.unicodeScalars.lazy.filter { traditionalMarks.contains($0) }.prefix(marks).count
        guard hits >= marks else { return nil }
        guard let converted = sample.applyingTransform(StringTransform("Hant-Hans"), reverse: false) else { return nil }
        let changed = zip(sample, converted).filter { $0 != $1 }.count
        let han = sample.filter(\.isHan).count
        guard changed >= marks, Double(changed) >= 0.03 * Double(max(han, 1)) else { return nil }
        return paras.map { p in
            var q = p
            q.text = p.text.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? p.text
            q.boldLead = p.boldLead.map { $0.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? $0 }
            return q
        }
    }

    /// Characters written one way in traditional and another in simplified script, common in these reports.
    static let traditionalMarks: Set<Unicode.Scalar> = Set("們個這為會學國黨對說時與關開問題發實現將經員動長區議組織員書記設導級責幹範務檢監虛軟領夠習論際態認權難濃並統輕內觀強".unicodeScalars)

    // MARK: clutter

    /// "发布时间：2021-12-10 09:32", "发布日期：2021年12月10日": the year the page was published.
    static func publicationYear(_ text: String, words: ReadingWords) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let label = words.publishedLabels.first(where: { t.hasPrefix($0) }) else { return nil }
        let digits = t.dropFirst(label.count).drop { !$0.isASCII || !$0.isNumber }.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let year = Int(digits), (1990...2100).contains(year) else { return nil }
        return year
    }

    static func isClutter(_ text: String, words: ReadingWords) -> Bool {
        // Clutter is short: a paragraph of more than 80 characters (3 UTF-8 bytes each at most) never is, and
        // counting characters is what costs here.
        guard text.utf8.count <= 240 else { return false }
        let t = String(text.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
        let n = t.unicodeScalars.count
        if n <= 20, words.clutterLines.contains(t) { return true }
        if n <= 80, words.clutterPrefixes.contains(where: { t.hasPrefix($0) }) { return true }
        if n <= 60, t.hasSuffix(".jpg") || t.hasSuffix(".png") || t.hasSuffix(".jpeg") { return true }
        if n <= 60, words.clutterWords.contains(where: { t.includes($0) }) { return true }
        // "★★★★★", "————": a rule between parts, no text.
        if n <= 40, !t.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        return n <= 12 && isPageNumber(t) || isMenu(t, words: words) || isPieceMarker(t)
    }

    static let pieceNumerals = Set("0123456789一二三四五六七八九十")

    /// "……【第一篇】", "（篇二）", "范文第1篇": where a compilation site starts one of its pieces; the text before the
    /// mark repeats the page's title.
    static func isPieceMarker(_ t: String) -> Bool {
        guard let end = t.last(where: { $0 != " " && $0 != "\u{3000}" }), "】）)篇".contains(end) else { return false }
        let t = t.trimmingCharacters(in: .whitespaces)
        // "一是《……》只学了第一篇": a numbered item, or a book's part, is text.
        guard t.count <= 50, let last = t.last, !t.contains("《"), !t.contains("》"), Marker.split(t) == nil else { return false }
        if "】）)".contains(last) {
            guard let open = t.lastIndex(where: { "【（(".contains($0) }) else { return false }
            let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
            let number = inner.hasPrefix("第") && inner.hasSuffix("篇") ? inner.dropFirst().dropLast()
                : inner.hasPrefix("篇") ? inner.dropFirst() : ""
            return !number.isEmpty && number.allSatisfy(pieceNumerals.contains)
        }
        guard last == "篇", let di = t.lastIndex(of: "第") else { return false }
        let number = t[t.index(after: di)..<t.index(before: t.endIndex)]
        return !number.isEmpty && number.allSatisfy(pieceNumerals.contains) && !t.contains(where: { "。，,；;：:".contains($0) })
    }

    /// "网站首页 个人文档 工作总结 述职报告 ……": a site's menu, six or more short words with spaces between,
    /// no sentence in it, and three of them a menu's (`menu_words`).
    static func isMenu(_ t: String, words: ReadingWords) -> Bool {
        // Most lines hold fewer than five spaces: counted before anything is split.
        guard t.unicodeScalars.lazy.filter({ $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).count >= 5 else { return false }
        let items = t.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
        return items.count >= 6 && items.allSatisfy { (2...8).contains($0.count) && $0.allSatisfy(\.isLetter) }
            && items.filter { words.menuWords.contains(String($0)) }.count >= 3
    }

    /// "• 发布机构：" over "某某局": a page's list of fields above the text, each label a navigation bullet naming one
    /// of `page_field_labels` and its value the line under it. A value that names a document (材料, 报告 …) is kept:
    /// it is the title, under whatever label. Below the first sentence a bullet heads the text's own lines.
    static func fieldValues(_ paras: [SourceParagraph], words: ReadingWords) -> Set<Int> {
        var found: Set<Int> = []
        let text = paras.firstIndex { $0.text.includes("。") } ?? paras.endIndex
        for i in paras.indices.prefix(text).dropLast() where isNavigationBullet(paras[i].text) {
            let label = paras[i].text.trimmingCharacters(in: .whitespaces)
            let value = paras[i + 1].text.trimmingCharacters(in: .whitespaces)
            let name = label.drop { !$0.isLetter }.prefix { $0 != ":" && $0 != "：" }
            guard label.hasSuffix(":") || label.hasSuffix("："), words.pageFieldLabels.contains(String(name)),
                  !value.isEmpty, value.count <= 40, !value.includes("。"), !isNavigationBullet(value),
                  !value.includes(any: words.titleLineWords) else { continue }
            found.insert(i + 1)
        }
        return found
    }

    static func isNavigationBullet(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        // A page's "• 举报", "• 约4.87千字"; "• 学习不够。" is an item of a list (it has a sentence's mark).
        return (t.hasPrefix("•") || t.hasPrefix("·")) && t.count <= 14 && !t.contains(where: { "。；;，,".contains($0) })
    }

    /// "— 3 —", "- 12 -", "第 3 页", "3/15".
    static func isPageNumber(_ t: String) -> Bool {
        let core = t.filter { !" \u{3000}—–-－_·".contains($0) }
        if !core.isEmpty, core.count <= 4, core.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        if core.hasPrefix("第"), core.hasSuffix("页"), core.count <= 7 { return true }
        let parts = core.split(separator: "/")
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    /// Web pages glue "收藏" or "分享" to the title.
    static func stripTrailingClutter(_ p: SourceParagraph, words: ReadingWords) -> SourceParagraph {
        var p = p
        for w in words.trailingClutter where p.text.hasSuffix(w) && p.text.count > w.count + 6 {
            p.text = String(p.text.dropLast(w.count))
        }
        return p
    }

    // MARK: contents before the title

    /// The paragraphs without a table of contents above the title or an outline under it, each noted.
    static func withoutContents(_ input: [SourceParagraph], words: ReadingWords, notes: inout [Diagnostic]) -> [SourceParagraph] {
        var paras = input
        if let (kept, dropped) = dropContents(paras, words: words) {
            notes.append(Diagnostic(.contentsSkipped,
                zh: "标题前的 \(dropped.count) 行目录已跳过", en: "skipped \(dropped.count) line(s) of a table of contents before the title",
                at: dropped.first?.location))
            paras = kept
        }
        if let (kept, dropped) = dropOutline(paras, words: words) {
            notes.append(Diagnostic(.contentsSkipped,
                zh: "标题下的 \(dropped.count) 行目录（提纲）已跳过", en: "skipped \(dropped.count) line(s) of an outline printed under the title",
                at: dropped.first?.location))
            paras = kept
        }
        return paras
    }

    /// A run of three or more short heading lines (no sentence in them) before a title line: a table of
    /// contents printed above the document. Returns the paragraphs from the title on, and what was dropped.
    /// Word's own contents ("目　　录" over lines with dotted leaders and page numbers) end at the first line
    /// without a leader, which may be the branch's name above the title.
    static func dropContents(_ paras: [SourceParagraph], words: ReadingWords) -> ([SourceParagraph], [SourceParagraph])? {
        var headings = 0
        var leadered = 0
        var titled = false
        let lines = paras.prefix(40).map { $0.text.trimmingCharacters(in: .whitespaces) }
        for (i, t) in lines.enumerated() {
            if i == 0, words.contentsTitles.contains(String(t.filter { !$0.isWhitespace })) { titled = true; continue }
            let leader = hasLeader(t)
            // Under 目录, an entry without a page number ("二、问题产生的原因") or wrapped onto the next line
            // ("……方面存在的" / "问题…………3") is still the contents.
            let entry = (titled || leadered >= 2) && !leader && !t.includes("。") && t.count <= 40 && !isTitleLine(t, words: words)
                && (Marker.split(t) != nil || (i + 1 < lines.count && hasLeader(lines[i + 1])))
            if leadered >= 3, !leader, !entry { return (Array(paras[i...]), Array(paras[..<i])) }
            if entry { continue }
            if isTitleLine(t, words: words) {
                guard headings >= 3 else { return nil }
                return (Array(paras[i...]), Array(paras[..<i]))
            }
            guard t.count <= 40 || leader, !t.includes("。"), Marker.split(t) != nil || leader else { return nil }
            headings += 1
            if leader { leadered += 1 }
        }
        return nil
    }

    /// "目录/提纲:……" among the first lines under the title, over short entry lines down to a line of dots
    /// ("……"), as a collection page prints a document's outline: those lines are dropped. Returns the paragraphs
    /// without them, and what was dropped.
    static func dropOutline(_ paras: [SourceParagraph], words: ReadingWords) -> ([SourceParagraph], [SourceParagraph])? {
        func bare(_ t: String) -> String { t.filter { !$0.isWhitespace && !":：….。·".contains($0) } }
        guard let start = paras.prefix(6).indices.dropFirst().first(where: { i in
            let parts = bare(paras[i].text).split(separator: "/").map(String.init)
            return !parts.isEmpty && parts.allSatisfy { words.contentsTitles.contains($0) }
        }) else { return nil }
        var end = start + 1
        while end < paras.count, end - start <= 40 {
            let t = paras[end].text.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty, bare(t).isEmpty { end += 1; break }
            guard t.count <= 40, !t.includes("。") else { break }
            end += 1
        }
        // An outline has entries; a lone heading word over the text is left alone.
        guard end - start >= 3 else { return nil }
        return (Array(paras[..<start]) + Array(paras[end...]), Array(paras[start..<end]))
    }

    /// "二、原因剖析…………3", "前言\t1": a contents line, a dotted leader (or a tab) before its page number.
    static func hasLeader(_ t: String) -> Bool {
        let body = t.reversed().drop { $0.isNumber }
        guard body.count < t.count, t.count - body.count <= 3 else { return false }
        let dots = body.prefix { "…．.·-_\t ".contains($0) }
        return dots.count >= 3 || dots.first == "\t"
    }

    static func isTitleLine(_ t: String, words: ReadingWords) -> Bool {
        t.count <= 60 && !t.includes("。") && Marker.split(t) == nil && t.includes(any: words.titleWords)
    }

    /// A title broken over two lines ("……对照检" / "查材料（含案例）", "……召开情况" / "报告").
    static func joinSplitTitle(_ paras: [SourceParagraph]) -> [SourceParagraph] {
        guard paras.count >= 2 else { return paras }
        let a = paras[0].text, b = paras[1].text
        let open = !a.isEmpty && !"。：:；;，,！？!?".contains(a.last ?? "。") && a.count <= 40 && Marker.split(a) == nil
        let tail = b.count <= 12 && !b.includes("。") && Marker.split(b) == nil
            && ["报告", "材料", "提纲", "清单", "方案", "发言", "）", ")"].contains { b.hasSuffix($0) }
        guard open, tail else { return paras }
        var joined = paras[0]
        joined.text = a + b
        return [joined] + paras.dropFirst(2)
    }

    // MARK: hard line breaks

    /// Visual width: a Latin letter, digit or space is half a Chinese character.
    static func width(_ s: String) -> Double {
        s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) }
    }

    /// "1." on a line of its own and the item's text on the next (Word's automatic numbering, as a PDF gives it):
    /// one line.
    static func joinBareMarkers(_ paras: [SourceParagraph]) -> ([SourceParagraph], joins: Int) {
        var out: [SourceParagraph] = []
        var pending: SourceParagraph?
        var joins = 0
        for p in paras {
            if var mark = pending {
                pending = nil
                if Marker.split(p.text) == nil, !p.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    mark.text = mark.text.trimmingCharacters(in: .whitespaces) + p.text.trimmingCharacters(in: .whitespaces)
                    out.append(mark)
                    joins += 1
                    continue
                }
                out.append(mark)
            }
            // Only a short line can be a bare mark; most lines are not looked at further.
            if p.text.utf8.count <= 18, p.text.count <= 6, let (_, rest) = Marker.split(p.text), rest.trimmingCharacters(in: .whitespaces).isEmpty {
                pending = p
            } else {
                out.append(p)
            }
        }
        if let mark = pending { out.append(mark) }
        return (out, joins)
    }

    /// The line width of hard-wrapped text, or nil when the lines are real paragraphs: most lines of some
    /// length are within two characters of one width and end without a sentence mark.
    static func wrapWidth(_ paras: [SourceParagraph]) -> Int? {
        let long = paras.map(\.text).filter { width($0) >= 12 }
        guard long.count >= 6 else { return nil }
        var counts: [Int: Int] = [:]
        for t in long { counts[Int(width(t).rounded()), default: 0] += 1 }
        var best: (width: Int, count: Int)?
        for w in 12...48 {
            let n = (w - 2...w + 2).reduce(0) { $0 + (counts[$1] ?? 0) }
            if n > (best?.count ?? 0) { best = (w, n) }
        }
        guard let b = best, Double(b.count) >= 0.5 * Double(long.count) else { return nil }
        // The full lines break mid-sentence; a paragraph's short last line ends one, and short paragraphs give
        // many such lines, so half the lines of some length ending open is enough where six full lines are.
        let full = long.filter { abs(Int(width($0).rounded()) - b.width) <= 2 }
        let open = long.filter { !endsSentence($0) }.count
        let fullOpen = full.filter { !endsSentence($0) }.count
        guard Double(open) >= 0.6 * Double(long.count)
                || full.count >= 6 && Double(open) >= 0.5 * Double(long.count) && Double(fullOpen) >= 0.6 * Double(full.count)
        else { return nil }
        return b.width
    }

    /// The width of a page's full lines: the longest lines, leaving out the widest few (a title, a table).
    static func pageWidth(_ paras: [SourceParagraph]) -> Int? {
        let widths = paras.map { width($0.text) }.filter { $0 >= 12 }.sorted()
        guard widths.count >= 2 else { return nil }
        return Int(widths[Int(Double(widths.count - 1) * 0.8)].rounded())
    }

    static func endsSentence(_ t: String) -> Bool {
        guard let last = t.last else { return true }
        return "。！？；：!?;:”\"".contains(last)
    }

    /// Joins a full line that ends mid-sentence with the line after it, unless that line starts a numbered item.
    static func rejoin(_ paras: [SourceParagraph], lineWidth: Int) -> [SourceParagraph] {
        var out: [SourceParagraph] = []
        var carry = false
        for p in paras {
            if carry, Marker.split(p.text) == nil, var last = out.popLast() {
                last.text += p.text
                out.append(last)
            } else {
                out.append(p)
            }
            let t = out[out.count - 1].text
            let lastLine = carry ? p.text : t
            // A full line ending in a colon goes on too ("完成时限：" / "2026年6月底前。"); a colon line
            // before a numbered list does not join, because the list's first line starts with its marker.
            let open = !endsSentence(t) || t.hasSuffix("：") || t.hasSuffix(":")
            carry = open && width(lastLine) >= Double(lineWidth) - 3.5
        }
        return out
    }

    // MARK: run-together paragraphs

    /// Splits a long paragraph before the chapter and item headings it runs together: 第X章, 1.1, 问题1：,
    /// 成因：, （一） after a sentence end, and a 一、 heading after a sentence end.
    /// `labels`: words that start a cause or a measure written beside its problem (成因：, 整改措施：).
    static func splitRunTogether(_ p: SourceParagraph, labels: [String] = Knowledge.shipped.reading.inlineCauseLabels) -> [SourceParagraph] {
        // "（一）A。（二）B。": a short line may run sub-headings together too, when the next one follows a full stop.
        let subsRunOn = p.text.hasPrefix("（一）") && p.text.includes("。（二）") || p.text.hasPrefix("(一)") && p.text.includes("。(二)")
        guard subsRunOn || p.text.unicodeScalars.count >= 120, mayRunTogether(p.text, labels: labels) else { return [p] }
        // "……以下几点：一、……；二、……": one sentence's run-in items, not headings run together.
        if Marker.runInNumbered(p.text) != nil { return [p] }
        let chars = Array(p.text)
        guard subsRunOn || chars.count >= 120 else { return [p] }
        var cuts: [Int] = []
        for i in 1..<chars.count where startsHeading(chars, at: i, labels: labels) {
            if let last = cuts.last, i - last < 6 { continue }
            cuts.append(i)
        }
        guard !cuts.isEmpty else { return [p] }
        return pieces(of: p, chars, at: cuts)
    }

    /// "二、原因剖析第一，思想认识……", "一、存在的问题。一是……": a section heading run into its first item, with no
    /// stop or one stop between them; cut before the item when what stands before it is a section heading.
    static func splitHeadingFromFirstItem(_ p: SourceParagraph, words: ReadingWords) -> [SourceParagraph] {
        // Only the head of a paragraph numbered as a section is looked at: this runs on every paragraph.
        guard let f = p.text.first, Marker.chineseDigits.contains(f) || f == "第" else { return [p] }
        let head = Array(p.text.prefix(40))
        guard let (marker, body) = Marker.split(String(head)), marker == .section else { return [p] }
        let chars = Array(body)
        let trailing = head.reversed().prefix { $0.isWhitespace }.count
        let offset = head.count - trailing - chars.count   // the marker and the space after it
        guard chars.count > 6 else { return [p] }
        for j in 2..<min(chars.count - 4, 16) {
            let heading = String(chars[..<j])
            guard !heading.contains(where: { "，,。；;：:、".contains($0) }) else { return [p] }
            // "一、存在的问题。一是……": a stop or colon may close the heading before its first item.
            var k = j
            if "。：:".contains(chars[j]) {
                k = j + 1
                while k < chars.count, chars[k].isWhitespace { k += 1 }
            }
            guard k < chars.count, let (m, _) = Marker.split(String(chars[k..<min(chars.count, k + 12)])), m == .item,
                  NarrativeParser.classify(heading, words: words) != nil else {
                if k > j { return [p] }
                continue
            }
            return pieces(of: p, Array(p.text), at: [offset + k])
        }
        return [p]
    }

    /// "1.……。2.……。3.……": numbered items run on in one paragraph that starts with the first; cut before each
    /// next number in order, where it follows a sentence's end ("2.5倍" after a comma is a number).
    static func splitNumberedRunOn(_ p: SourceParagraph) -> [SourceParagraph] {
        let t = p.text
        guard t.hasPrefix("1.") || t.hasPrefix("1、") || t.hasPrefix("1．"), t.utf8.count >= 30 else { return [p] }
        let sep = Array(t)[1]
        let chars = Array(t)
        var cuts: [Int] = []
        var next = 2
        var i = 2
        while i + 2 < chars.count {
            let digits = String(next)
            if "。；;！!？?".contains(chars[i - 1]), chars.holds(digits + String(sep), at: i),
               i + digits.count + 1 < chars.count, !chars[i + digits.count + 1].isNumber {
                cuts.append(i)
                next += 1
                i += digits.count + 1
                continue
            }
            i += 1
        }
        return cuts.isEmpty ? [p] : pieces(of: p, chars, at: cuts)
    }

    /// A whole document on one line, as a web copy gives it: "……报告如下。 一、存在的问题 （一）思想政治方面 1.学习
    /// 不够经常。…… 2.……". With at least four numbered headings or items set after a space, the line is cut before
    /// each of them ("1.5倍" and other numbers in the text are not markers: text follows a marker).
    static func splitAtSpacedMarkers(_ p: SourceParagraph) -> [SourceParagraph] {
        let chars = Array(p.text)
        guard chars.count >= 200 else { return [p] }
        var cuts: [Int] = []
        var breaks: [Int] = []
        var sections = 0
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\u{3000}" }
        for i in 1..<chars.count where isSpace(chars[i - 1]) {
            // "……纠正不及时。 在组织纪律方面，……": a space after a full stop parts two paragraphs.
            if i >= 2, "。；;！!？?".contains(chars[i - 2]), chars[i].isHan { breaks.append(i) }
            // "8.5 万元", "3.15前": a number, not "1." or "1.1" numbering.
            if chars[i].isASCII, chars[i].isNumber {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                guard j + 1 < chars.count, ".．、".contains(chars[j]), !chars[j + 1].isNumber else { continue }
            }
            guard let (marker, rest) = Marker.split(String(chars[i..<min(chars.count, i + 40)])),
                  let first = rest.first, first.isHan || "“\"《".contains(first) else { continue }
            if marker == .section {
                sections += 1
                // "一、存在的问题 在政治纪律方面，……": the heading ends at the next space before any punctuation.
                if let j = chars[i..<min(chars.count, i + 24)].firstIndex(where: { isSpace($0) || "，,。；;：:".contains($0) }),
                   isSpace(chars[j]), j + 1 < chars.count, chars[j + 1].isHan { breaks.append(j + 1) }
            }
            cuts.append(i)
        }
        // A whole document has its sections; an item's own "（1）……（2）……" points do not make one.
        guard cuts.count >= 4, sections >= 1 else { return [p] }
        return pieces(of: p, chars, at: Array(Set(cuts + breaks)).sorted())
    }

    /// "标题 / 标签: … / 标题一、……": a line among the first few that opens with the title again and goes on with a
    /// section heading, as collection pages print it; the copy is dropped. Returns the paragraphs and where.
    static func droppingRepeatedTitle(_ paras: [SourceParagraph]) -> ([SourceParagraph], SourceLocation)? {
        guard let title = paras.first?.text, title.count >= 6, !title.contains("。") else { return nil }
        for i in paras.indices.dropFirst().prefix(4) where paras[i].text.hasPrefix(title) {
            let rest = String(paras[i].text.dropFirst(title.count)).trimmingCharacters(in: .whitespaces)
            guard let (marker, _) = Marker.split(rest), marker == .section else { continue }
            var out = paras
            out[i].text = rest
            out[i].boldLead = nil
            return (out, paras[i].location)
        }
        return nil
    }

    /// "一、……问题(一)问题表现1.……。2.……。(二)原因分析1.……": a section, its sub-heading and the first item stacked on
    /// one line with nothing between them. A paragraph that opens with a section or sub-heading is cut before a
    /// (二) sub-heading that follows a heading's last character or a sentence's end, and before an item's "1." that
    /// follows a heading's last character; "第(一)项" and "1.5倍" are no headings.
    static func splitStackedHeadings(_ p: SourceParagraph) -> [SourceParagraph] {
        guard p.text.contains("(") || p.text.contains("（"), let (m, _) = Marker.split(p.text), m != .item else { return [p] }
        let chars = Array(p.text)
        var cuts: [Int] = []
        var last = 0
        // The text since the last cut is a heading: no punctuation yet.
        var heading = true
        var i = 1
        while i + 3 < chars.count {
            let prev = chars[i - 1]
            if "，,。；;：:！？!?".contains(prev) { heading = false }
            let sub = (chars[i] == "(" || chars[i] == "（") && Marker.chineseDigits.contains(chars[i + 1]) && (chars[i + 2] == ")" || chars[i + 2] == "）")
            let afterHeading = heading && prev.isHan && prev != "第" && i - last <= 30
            if sub, chars[i + 3].isHan, afterHeading || (!cuts.isEmpty && "。；;".contains(prev)) {
                cuts.append(i); last = i; heading = true; i += 3; continue
            }
            let item = chars[i] == "1" && (chars[i + 1] == "." || chars[i + 1] == "、" || chars[i + 1] == "．") && chars[i + 2].isHan
            if item, afterHeading, !cuts.isEmpty || m == .sub {
                cuts.append(i); last = i; heading = false; i += 2; continue
            }
            i += 1
        }
        return cuts.isEmpty ? [p] : pieces(of: p, chars, at: cuts)
    }

    /// The paragraph cut before each of `cuts` (offsets into `chars`, its characters); empty pieces are dropped and
    /// only the first keeps the bold lead.
    static func pieces(of p: SourceParagraph, _ chars: [Character], at cuts: [Int]) -> [SourceParagraph] {
        var out: [SourceParagraph] = []
        var start = 0
        for c in cuts + [chars.count] {
            let piece = String(chars[start..<c]).trimmingCharacters(in: .whitespaces)
            if !piece.isEmpty { var q = p; q.text = piece; q.boldLead = start == 0 ? p.boldLead : nil; out.append(q) }
            start = c
        }
        return out
    }

    /// "……问题及整改措施 一、存在的主要问题 : 1、学习抓得不紧。……": a section heading set after a space inside a
    /// line, as collection pages run a title, a heading and the first item together. The line is cut before the
    /// heading and before the first item after it; a "一、" that does not name a section is left alone.
    static func splitInlineHeading(_ p: SourceParagraph, words: ReadingWords) -> [SourceParagraph] {
        guard mayHoldInlineHeading(p.text) else { return [p] }
        let chars = Array(p.text)
        for i in 1..<max(1, chars.count - 2) where chapterDigits.contains(chars[i]) && chars[i + 1] == "、" && (chars[i - 1] == " " || chars[i - 1] == "\u{3000}") {
            var end = i + 2
            while end < chars.count, end - i <= 22, !" \u{3000}:：。".contains(chars[end]), !chars[end].isNumber, chars[end] != "（", chars[end] != "(" { end += 1 }
            let heading = String(chars[(i + 2)..<end])
            guard let section = NarrativeParser.classify(heading, words: words), section != .other(heading) else { continue }
            var itemAt = end
            while itemAt < chars.count, " \u{3000}:：".contains(chars[itemAt]) { itemAt += 1 }
            return pieces(of: p, chars, at: [i] + (itemAt < chars.count && itemAt > end ? [itemAt] : []))
        }
        return [p]
    }

    /// "……以下问题：一是A……；" / "……，二是B……；" / "……；" / "三是C……": a run-in list whose lines were broken
    /// (at its semicolons, as a page copied line by line is). A line that holds the next item's marker, and the
    /// unnumbered lines before it, join the paragraph the list began in; returns the paragraphs and the lines joined.
    static func joinBrokenRunIns(_ paras: [SourceParagraph]) -> ([SourceParagraph], Int) {
        var out: [SourceParagraph] = []
        var joined = 0
        var i = 0
        while i < paras.count {
            var p = paras[i]
            var reached = Marker.runInCount(p.text)
            while reached > 0, let j = nextRunInLine(paras, after: i, number: reached + 1) {
                p.text = ([p.text] + paras[(i + 1)...j].map(\.text)).joined()
                joined += j - i
                i = j
                reached = Marker.runInCount(p.text)
            }
            out.append(p)
            i += 1
        }
        return (out, joined)
    }

    /// The line, at most three below `i`, that holds run-in item `number`, with only unnumbered lines between.
    static func nextRunInLine(_ paras: [SourceParagraph], after i: Int, number: Int) -> Int? {
        guard i + 1 < paras.count else { return nil }
        for j in (i + 1)...min(i + 3, paras.count - 1) {
            let t = paras[j].text
            if paras[j].headingLevel != nil { return nil }
            // A line that starts a list of its own (一是……) is the next aspect's, not this list's continuation; a
            // line that opens with the next marker right below the last is an item on its own line, as written.
            if Marker.holdsRunIn(t, number: number) {
                let ownLine = j == i + 1 && Marker.split(t)?.0 == .item
                return Marker.runInCount(t) == 0 && !ownLine ? j : nil
            }
            if Marker.split(t) != nil || t.utf8.count > 300 { return nil }
        }
        return nil
    }

    /// A cheap scan before the character-by-character one: a space, a Chinese digit, then 、.
    static func mayHoldInlineHeading(_ text: String) -> Bool {
        var a: Unicode.Scalar = "x", b: Unicode.Scalar = "x"
        for c in text.unicodeScalars {
            if c == "、", Marker.digitScalars.contains(b), a == " " || a == "\u{3000}" { return true }
            a = b
            b = c
        }
        return false
    }

    /// "……调研报告 ……调研报告 社区党支部是……。": a first line whose title runs into the text after a space (a page
    /// whose line breaks were lost; collection sites print the title twice). The title and the text after it,
    /// the repeated title dropped (and whether it was there).
    static func runInTitle(_ text: String, words: ReadingWords) -> (String, String, repeated: Bool)? {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }) else { return gluedTitle(text, words: words) }
        let title = String(text[..<space])
        guard (6...50).contains(title.count), !title.contains(where: { "。；;，,：:！？!?".contains($0) }),
              title.includes(any: words.titleLineWords) else { return nil }
        var rest = text[space...].drop { $0 == " " || $0 == "\u{3000}" }
        let repeated = rest.hasPrefix(title)
        if repeated { rest = rest.dropFirst(title.count).drop { $0 == " " || $0 == "\u{3000}" } }
        guard rest.count >= 20, rest.contains(where: { "。；;，,".contains($0) }) else { return nil }
        return (title, String(rest), repeated)
    }

    /// "加强支部组织生活的调研报告支部组织生活是……": a title that ends in a document's name runs into the first
    /// sentence with no space. Only a long first line is cut, where the name is followed by the sentence's
    /// own words, not by 如下 or a mark.
    static func gluedTitle(_ text: String, words: ReadingWords) -> (String, String, repeated: Bool)? {
        guard text.count >= 80, !words.sentenceOpeners.contains(where: { text.hasPrefix($0) }) else { return nil }
        let head = text.prefix(44)
        guard let end = words.gluedTitleEndings.compactMap({ head.range(of: $0)?.upperBound }).min() else { return nil }
        let title = String(text[..<end]), rest = String(text[end...])
        guard (6...40).contains(title.count), !title.contains(where: { "。；;，,：:！？!?“”\"".contains($0) }),
              let next = rest.first, next.isLetter, !rest.hasPrefix("如"), !rest.hasPrefix("的"),
              rest.prefix(60).contains(where: { "。；;，,".contains($0) }) else { return nil }
        return (title, rest, false)
    }

    static let chapterDigits: Set<Character> = Set("一二三四五六七八九十")

    /// A cheap test before the character-by-character one: does the text hold anything a run-together
    /// heading starts with (第…章, N.N, 问题N, a label, （二）, 二、)?
    static func mayRunTogether(_ text: String, labels: [String]) -> Bool {
        if text.includes(any: ["章", "部分", "问题", "（", "(", "、"]) || text.includes(any: labels) { return true }
        var previousDigit = false
        for b in text.utf8 {
            if previousDigit, b == UInt8(ascii: ".") { return true }
            previousDigit = b >= 0x30 && b <= 0x39
        }
        return false
    }

    static func startsHeading(_ c: [Character], at i: Int, labels: [String]) -> Bool {
        let prev = c[i - 1]
        func next(_ k: Int) -> Character? { i + k < c.count ? c[i + k] : nil }
        // 第一章 / 第二部分
        if c[i] == "第", let d = next(1), chapterDigits.contains(d), let u = next(2), u == "章" || u == "部" { return true }
        // 1.1 followed by a Chinese heading word; not a decimal ("时长2.5小时": a unit follows, or a digit is before)
        if c[i].isASCII, c[i].isNumber, !(prev.isASCII && (prev.isNumber || prev == ".")),
           let dot = next(1), dot == "." || dot == "．", let d2 = next(2), d2.isASCII, d2.isNumber,
           let h = next(3), h.isHan, !"小分万亿元个人名次倍米公亩天年月岁周条项".contains(h) { return true }
        // 问题1： / 问题 1:
        if c[i] == "问", next(1) == "题", let d = next(2), d.isASCII, d.isNumber,
           let s = next(3), "：:".contains(s) || (s.isNumber && (next(4).map { "：:".contains($0) } ?? false)) { return true }
        // 成因： 原因： 整改措施： after a sentence end or a closing mark
        let boundary = "。；;！？!?）)".contains(prev)
        if boundary {
            for label in labels where c.holds(label, at: i) {
                if let sep = i + label.count < c.count ? c[i + label.count] : nil, sep == "：" || sep == ":" { return true }
            }
            // （一） or (一) after a sentence end
            if c[i] == "（" || c[i] == "(", let d = next(1), chapterDigits.contains(d), let e = next(2), e == "）" || e == ")" { return true }
            // 二、 after a sentence end
            if chapterDigits.contains(c[i]), next(1) == "、" { return true }
        }
        return false
    }


}

extension Array where Element == Character {
    /// Whether `word` stands at `i`.
    func holds(_ word: String, at i: Int) -> Bool {
        let w = Array(word)
        return i >= 0 && i + w.count <= count && Array(self[i..<(i + w.count)]) == w
    }
}
