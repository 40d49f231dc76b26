import Foundation
import HuizongDocument

/// Places a document on pages: text on the layout's grid, tables that break with repeated headers,
/// charts kept whole, a contents page, bookmarks and page numbers.
public struct Paginator {
    public let spec: LayoutSpec
    public let shaper: TextShaper

    public init(spec: LayoutSpec, shaper: TextShaper) {
        self.spec = spec
        self.shaper = shaper
    }

    /// `onPage` receives each page, numbered, as soon as nothing can change it any more, so a writer can draw
    /// it while layout goes on. A document with a contents page hands its pages over only at the end (the
    /// contents page is finished last).
    public func layout(_ document: Document, onPage: ((PageFrame) -> Void)? = nil) -> LaidOutDocument {
        let plan = HeadingPlan(document: document)
        let state = PageState(spec: spec, shaper: shaper, plan: plan)
        state.sink = onPage
        shaper.prefetch(state.paragraphRequests(document.blocks))
        state.run(document)
        return state.finish(document)
    }
}

/// Numbers and anchors of every heading, decided before layout so the contents can list them
/// (`DocumentOutline`, shared with the other writers).
struct HeadingPlan {
    struct Entry {
        var display: String
        var level: Int
        var anchor: String
        var inContents: Bool
    }
    var entries: [Entry] = []
    var hasContents = false

    init(document: Document) {
        let outline = DocumentOutline(document)
        entries = outline.entries.map { Entry(display: $0.display, level: $0.level, anchor: $0.anchor, inContents: $0.inContents) }
        hasContents = outline.hasContents
    }
}

/// The mutable cursor of one layout run; lives only inside `Paginator.layout`.
final class PageState {
    let spec: LayoutSpec
    let shaper: TextShaper
    let plan: HeadingPlan
    var nextHeading = 0
    var attachmentCount = 0

    var pages: [PageFrame] = []
    var outline: [OutlineEntry] = []
    /// Pages whose number must be printed, with content-space block geometry.
    var rotatedMode = false
    var y = 0.0
    var blockTop = 0.0, blockBottom = 0.0, blockLeft = 0.0, blockWidth = 0.0
    /// Contents entries waiting for their page numbers: (page index, baseline, right edge, anchor).
    var pendingNumbers: [(page: Int, baseline: Double, right: Double, dotsFrom: Double, anchor: String)] = []
    var anchorPage: [String: Int] = [:]
    var coverPages = 0
    var sink: ((PageFrame) -> Void)?
    /// Pages before this index are numbered and handed to `sink`.
    var sealed = 0

    init(spec: LayoutSpec, shaper: TextShaper, plan: HeadingPlan) {
        self.spec = spec
        self.shaper = shaper
        self.plan = plan
    }

    var body: TextStyle { spec.style(.body) }
    var atPageTop: Bool { y <= blockTop + 0.01 }
    var pageIndex: Int { pages.count - 1 }

    // MARK: pages

    /// Whether content that asks for a landscape page must be turned: only on a portrait sheet, since a
    /// landscape layout's page is already wide and turning it would make it narrow again.
    func turns(_ landscape: Bool) -> Bool { landscape && spec.pageWidth <= spec.pageHeight }

    func newPage(rotated: Bool = false) {
        // A page that nothing was placed on is reused (a rotated table or an attachment right after a break).
        if let last = pages.last, last.items.isEmpty, pages.count > coverPages { pages.removeLast() }
        rotatedMode = rotated
        let number = pages.count + 1
        var frame = PageFrame(width: spec.pageWidth, height: spec.pageHeight)
        if rotated {
            let odd = !spec.twoSided || number % 2 == 1
            frame.rotation = odd ? 90 : -90
            blockLeft = odd ? spec.marginBottom : spec.marginTop
            blockTop = odd ? spec.marginLeft : spec.marginRight
            blockWidth = spec.blockHeight
            blockBottom = blockTop + spec.blockWidth
        } else {
            blockLeft = blockLeftOfPage(number)
            blockTop = spec.marginTop
            blockWidth = spec.blockWidth
            blockBottom = spec.pageHeight - spec.marginBottom
        }
        pages.append(frame)
        y = blockTop
        // Every page but the new one is final now (only an empty last page is ever taken back).
        if !plan.hasContents { seal(upTo: pages.count - 1) }
    }

    func seal(upTo end: Int) {
        guard let sink else { return }
        while sealed < end {
            numberPage(sealed)
            sink(pages[sealed])
            sealed += 1
        }
    }

    /// Page numbers (`— N —`), placed by the layout's rule for odd and even pages.
    func numberPage(_ i: Int) {
        guard i >= coverPages, pages[i].number == nil else { return }
        let pnStyle = spec.style(.pageNumber)
        let n = i - coverPages + spec.pageNumber.firstNumberedPage
        pages[i].number = n
        let text = spec.pageNumber.format.replacingOccurrences(of: "{n}", with: String(n))
        let shaped = shaper.shape(ShapeRequest(spans: [Span(text)], style: pnStyle, width: spec.blockWidth,
                                               alignment: .left, indent: 0))
        let w = shaped.width
        let x: Double
        switch spec.pageNumber.position {
        case .center: x = blockLeftOfPage(i + 1) + (spec.blockWidth - w) / 2
        case .outside:
            let odd = !spec.twoSided || n % 2 == 1
            let left = blockLeftOfPage(i + 1)
            x = odd ? left + spec.blockWidth - spec.pageNumber.inset - w : left + spec.pageNumber.inset
        }
        let baseline = spec.pageHeight - spec.marginBottom + spec.pageNumber.baselineBelowBlock
        pages[i].furniture.append(.text(TextLines(shaped: shaped, lines: 0..<shaped.lineCount, x: x - shaped.xOffset(ofLine: 0),
                                                  baseline: baseline, pitch: pnStyle.linePitch, color: .black,
                                                  style: .pageNumber)))
    }

    /// Two-sided layouts mirror the binding margin onto the right of even pages.
    func blockLeftOfPage(_ physicalNumber: Int) -> Double {
        spec.twoSided && physicalNumber % 2 == 0 ? spec.marginRight : spec.marginLeft
    }

    func add(_ item: PageItem) { pages[pageIndex].items.append(item) }

    func ensurePage(rotated: Bool = false) {
        if pages.isEmpty || rotatedMode != rotated { newPage(rotated: rotated) }
    }

    /// Body text after tables and charts returns to the grid, so full pages keep the 22 lines.
    func snapToGrid() {
        guard spec.gridLines != nil else { return }
        let pitch = body.linePitch
        let steps = ((y - blockTop) / pitch - 1e-6).rounded(.up)
        y = blockTop + max(0, steps) * pitch
        if y > blockBottom - pitch + 0.01 { y = blockBottom }
    }

    func remaining() -> Double { blockBottom - y }

    // MARK: run

    func run(_ document: Document) {
        placeTitle(document)
        place(document.blocks, rotated: false)
        if pages.isEmpty { newPage() }
    }

    func place(_ blocks: [Block], rotated: Bool) {
        for (i, block) in blocks.enumerated() {
            let next = i + 1 < blocks.count ? blocks[i + 1] : nil
            place(block, next: next, rotated: rotated)
        }
    }

    func place(_ block: Block, next: Block?, rotated: Bool) {
        ensurePage(rotated: rotated)
        switch block {
        case let .heading(h):
            placeHeading(h, next: next)
        case let .paragraph(p):
            let r = paragraphRequest(p, width: blockWidth)
            placeText(r.spans, style: r.style, alignment: r.alignment, indent: r.indent, name: .body)
        case let .list(l):
            placeList(l)
        case let .table(t):
            // A wide table gets rotated pages of its own; the next block reopens a normal page.
            if turns(t.landscape) && !rotated { newPage(rotated: true) }
            placeTable(t)
        case let .chart(c):
            placeChart(c)
        case let .caption(text):
            placeText([Span(text)], style: spec.style(.caption), alignment: spec.style(.caption).alignment,
                      indent: 0, name: .caption, keepLines: 3)
        case .pageBreak:
            if !atPageTop { newPage(rotated: rotated) }
        case .contents:
            placeContents()
        case let .signature(lines):
            placeSignature(lines)
        case let .attachment(a):
            placeAttachment(a)
        }
    }

    // MARK: text

    func paragraphRequest(_ p: Paragraph, width: Double) -> ShapeRequest {
        let style = body
        return ShapeRequest(spans: p.spans, style: style, leadIn: spec.styles[.leadIn], width: width,
                            alignment: p.alignment, indent: p.indent.map { $0 * (style.size + style.letterSpacing) } ?? style.indent)
    }

    /// Body paragraphs on ordinary pages: the bulk of the shaping work, known before layout starts.
    func paragraphRequests(_ blocks: [Block]) -> [ShapeRequest] {
        blocks.compactMap { block in
            if case let .paragraph(p) = block { return paragraphRequest(p, width: spec.blockWidth) }
            return nil
        }
    }

    func baselineOffset(_ style: TextStyle) -> Double {
        (style.linePitch - style.size) / 2 + 0.88 * style.size
    }

    /// Flows shaped lines down the page, breaking to new pages as needed.
    @discardableResult
    func placeText(_ spans: [Span], style: TextStyle, alignment: Paragraph.Alignment, indent: Double,
                   name: StyleName, keepLines: Int = 0, x: Double? = nil, width: Double? = nil) -> (page: Int, baseline: Double, shaped: ShapedText) {
        let w = width ?? blockWidth
        let shaped = shaper.shape(ShapeRequest(spans: spans, style: style, leadIn: spec.styles[.leadIn], width: w,
                                               alignment: alignment, indent: indent))
        if !atPageTop { y += style.spaceBefore }
        let keep = Double(max(1, keepLines)) * style.linePitch
        if !atPageTop, remaining() < min(keep, Double(shaped.lineCount) * style.linePitch) - 0.01 { newPage(rotated: rotatedMode) }
        var line = 0
        var first: (Int, Double)?
        while line < shaped.lineCount {
            var fit = Int(((remaining() + 0.01) / style.linePitch).rounded(.down))
            if fit <= 0 {
                newPage(rotated: rotatedMode)
                fit = max(1, Int(((remaining() + 0.01) / style.linePitch).rounded(.down)))
            }
            let n = min(fit, shaped.lineCount - line)
            let baseline = y + baselineOffset(style)
            if first == nil { first = (pageIndex, baseline) }
            add(.text(TextLines(shaped: shaped, lines: line..<(line + n), x: x ?? blockLeft, baseline: baseline,
                                pitch: style.linePitch, color: .black, style: name)))
            y += Double(n) * style.linePitch
            line += n
        }
        y += style.spaceAfter
        let f = first ?? (pageIndex, y)
        return (f.0, f.1, shaped)
    }

    func placeTitle(_ document: Document) {
        let title = spec.style(.title)
        if spec.cover {
            newPage()
            coverPages = 1
            y = blockTop + spec.blockHeight * 0.28
            placeTitleLines(document.title, style: title)
            if let sub = document.subtitle {
                placeText([Span(sub)], style: spec.style(.subtitle), alignment: .center, indent: 0, name: .subtitle)
            }
            if let date = document.date {
                y = max(y, blockBottom - spec.style(.date).linePitch * 4)
                placeText([Span(date)], style: spec.style(.date), alignment: .center, indent: 0, name: .date)
            }
            newPage()
            return
        }
        newPage()
        placeTitleLines(document.title, style: title)
        if let sub = document.subtitle {
            placeText([Span(sub)], style: spec.style(.subtitle), alignment: .center, indent: 0, name: .subtitle)
        }
        snapToGrid()
    }

    /// A title too long for one line is broken where a clerk would break it: after 年度, 党委, 关于 … at the
    /// point that makes the two lines most even ("…2025年度 / 组织生活会情况汇总报告", never "报告" alone on the
    /// second line). Without such a point, it is shaped in a narrower measure so the lines come out even.
    func placeTitleLines(_ text: String, style: TextStyle) {
        let natural = shaper.naturalWidth(text, style: style)
        guard natural > blockWidth else {
            placeText([Span(text)], style: style, alignment: .center, indent: 0, name: .title)
            return
        }
        if let (first, second) = titleBreak(text, style: style) {
            var upper = style, lower = style
            upper.spaceAfter = 0
            lower.spaceBefore = 0
            placeText([Span(first)], style: upper, alignment: .center, indent: 0, name: .title)
            placeText([Span(second)], style: lower, alignment: .center, indent: 0, name: .title)
            return
        }
        let lines = (natural / blockWidth).rounded(.up)
        let width = min(blockWidth, natural / lines + 1.5 * style.size)
        placeText([Span(text)], style: style, alignment: .center, indent: 0, name: .title,
                  x: blockLeft + (blockWidth - width) / 2, width: width)
    }

    /// The most even two-line break of a title after one of the words titles are usually broken after.
    func titleBreak(_ text: String, style: TextStyle) -> (String, String)? {
        let chars = Array(text)
        var best: (first: String, second: String, difference: Double)?
        for marker in spec.titleBreakAfter {
            let m = Array(marker)
            guard chars.count > m.count else { continue }
            for i in 0...(chars.count - m.count) where Array(chars[i..<(i + m.count)]) == m {
                let cut = i + m.count
                guard cut < chars.count else { continue }
                let first = String(chars[..<cut]), second = String(chars[cut...])
                let a = shaper.naturalWidth(first, style: style), b = shaper.naturalWidth(second, style: style)
                guard a <= blockWidth, b <= blockWidth else { continue }
                if abs(a - b) < best?.difference ?? .infinity { best = (first, second, abs(a - b)) }
            }
        }
        return best.map { ($0.first, $0.second) }
    }

    func placeHeading(_ h: Heading, next: Block?) {
        let entry = nextHeading < plan.entries.count ? plan.entries[nextHeading] : nil
        nextHeading += 1
        let level = min(max(h.level, 1), 4)
        let name: StyleName = [.heading1, .heading2, .heading3, .heading4][level - 1]
        let style = spec.style(name)
        let display = entry?.display ?? h.text
        // Keep the heading with the first lines of what follows.
        let shaped = shaper.shape(ShapeRequest(spans: [Span(display)], style: style, width: blockWidth,
                                               alignment: style.alignment, indent: style.indent))
        var need = style.spaceBefore + Double(shaped.lineCount) * style.linePitch + style.spaceAfter
        need += followingHeight(next)
        if !atPageTop, remaining() < need - 0.01 { newPage(rotated: rotatedMode) }
        let placed = placeText([Span(display)], style: style, alignment: style.alignment, indent: style.indent, name: name)
        if let entry {
            add(.anchor(id: entry.anchor, x: blockLeft, y: placed.baseline - style.size))
            anchorPage[entry.anchor] = placed.page
            if level <= 3 {
                outline.append(OutlineEntry(title: display, level: level, anchor: entry.anchor, page: placed.page))
            }
        }
    }

    /// Height the next block needs on the same page as a heading before it.
    func followingHeight(_ next: Block?) -> Double {
        switch next {
        case .table(let t):
            let cap = t.caption == nil ? 0 : spec.style(.caption).linePitch
            return cap + spec.style(.tableHeader).linePitch * 2 + spec.table.cellPaddingY * 4
        case .chart:
            return spec.chart.height
        case nil, .pageBreak, .attachment:
            return 0
        default:
            return Double(spec.keepWithNextLines) * body.linePitch
        }
    }

    func placeList(_ list: ListBlock) {
        for (i, item) in list.items.enumerated() {
            let prefix = list.style.marker(i)
            var spans = item
            let itemText = item.map(\.text).joined()
            if !itemText.hasPrefix(prefix) {
                spans.insert(Span(prefix, list.style == .runIn ? .leadIn : .none), at: 0)
            }
            placeText(spans, style: body, alignment: .justified, indent: body.indent, name: .body)
        }
    }

    func placeSignature(_ lines: [String]) {
        let style = spec.style(.signature)
        // GB/T 9704: the signature and date never stand alone on a page. When they do not fit, the last two
        // lines of the text before them go over with them.
        let needed = body.linePitch + Double(lines.count) * style.linePitch
        if !atPageTop, remaining() < needed - 0.01 { carryLastLinesOver(2) }
        if !atPageTop { y += body.linePitch }
        let inset = 2 * (style.size + style.letterSpacing)
        for line in lines {
            placeText([Span(line)], style: style, alignment: .right, indent: 0, name: .signature, keepLines: lines.count,
                      x: blockLeft, width: blockWidth - inset)
        }
    }

    /// Moves the last `count` lines of the page's last body text to the top of a new page.
    func carryLastLinesOver(_ count: Int) {
        guard let last = pages[pageIndex].items.last, case let .text(t) = last, t.style == .body,
              t.lines.count > count || pages[pageIndex].items.count > 1 else {
            newPage(rotated: rotatedMode)
            return
        }
        let moved = min(count, t.lines.count)
        let kept = t.slice(t.lines.lowerBound..<(t.lines.upperBound - moved))
        pages[pageIndex].items.removeLast()
        if !kept.lines.isEmpty { pages[pageIndex].items.append(.text(kept)) }
        newPage(rotated: rotatedMode)
        var carried = t.slice((t.lines.upperBound - moved)..<t.lines.upperBound)
        carried.baseline = y + baselineOffset(body)
        add(.text(carried))
        y += Double(moved) * t.pitch + body.spaceAfter
    }

    func placeAttachment(_ a: Attachment) {
        attachmentCount += 1
        let entry = nextHeading < plan.entries.count ? plan.entries[nextHeading] : nil
        nextHeading += 1
        newPage(rotated: turns(a.landscape))
        let n = a.number ?? attachmentCount
        let label = spec.style(.attachmentLabel)
        let placed = placeText([Span("附件\(n)")], style: label, alignment: .left, indent: 0, name: .attachmentLabel)
        if let entry {
            add(.anchor(id: entry.anchor, x: blockLeft, y: blockTop))
            anchorPage[entry.anchor] = placed.page
            outline.append(OutlineEntry(title: entry.display, level: 1, anchor: entry.anchor, page: placed.page))
        }
        // GB/T 9704: the attachment title sits on the third line.
        y = max(y, blockTop + 2 * body.linePitch)
        let title = spec.style(.attachmentTitle)
        placeText([Span(a.title)], style: title, alignment: .center, indent: 0, name: .attachmentTitle)
        snapToGrid()
        place(a.blocks, rotated: turns(a.landscape))
    }

    // MARK: contents

    func placeContents() {
        let titleStyle = spec.style(.contentsTitle)
        placeText([Span(spec.contentsTitle)], style: titleStyle, alignment: .center, indent: 0, name: .contentsTitle)
        let style = spec.style(.contentsEntry)
        let numberWidth = 3 * style.size
        for entry in plan.entries where entry.inContents {
            let indent = entry.level == 1 ? 0 : 2 * (style.size + style.letterSpacing)
            let placed = placeText([Span(entry.display)], style: style, alignment: .left, indent: 0, name: .contentsEntry,
                                   x: blockLeft + indent, width: blockWidth - indent - numberWidth - style.size)
            let lastLine = placed.shaped.lineCount - 1
            let lastBaseline = y - style.spaceAfter - style.linePitch + baselineOffset(style)
            let lastWidth = shaper.naturalWidth(placed.shaped.text(ofLine: lastLine), style: style)
            let dotsFrom = blockLeft + indent + placed.shaped.xOffset(ofLine: lastLine) + lastWidth + style.size * 0.3
            pendingNumbers.append((pageIndex, lastBaseline, blockLeft + blockWidth, dotsFrom, entry.anchor))
            let top = placed.baseline - baselineOffset(style)
            add(.link(id: entry.anchor, x: blockLeft, y: top, width: blockWidth, height: y - top))
        }
        outline.insert(OutlineEntry(title: spec.contentsTitle.replacingOccurrences(of: "　", with: ""),
                                    level: 1, anchor: "contents", page: pageIndex), at: 0)
        add(.anchor(id: "contents", x: blockLeft, y: blockTop))
        anchorPage["contents"] = pageIndex
    }

    // MARK: finishing

    func finish(_ document: Document) -> LaidOutDocument {
        for i in sealed..<pages.count { numberPage(i) }
        // Contents page numbers, now that every heading has its page.
        let style = spec.style(.contentsEntry)
        for pending in pendingNumbers {
            guard let target = anchorPage[pending.anchor], let number = pages[target].number else { continue }
            let shaped = shaper.shape(ShapeRequest(spans: [Span(String(number))], style: style, width: 4 * style.size,
                                                   alignment: .left, indent: 0))
            let x = pending.right - shaped.width
            pages[pending.page].items.append(.text(TextLines(shaped: shaped, lines: 0..<shaped.lineCount, x: x - shaped.xOffset(ofLine: 0),
                                                             baseline: pending.baseline, pitch: style.linePitch,
                                                             color: .black, style: .contentsEntry)))
            if x - pending.dotsFrom > style.size {
                pages[pending.page].items.append(.dots(x1: pending.dotsFrom, x2: x - style.size * 0.3,
                                                       y: pending.baseline - style.size * 0.12, color: .black))
            }
        }
        if let sink { for i in sealed..<pages.count { sink(pages[i]) } }
        return LaidOutDocument(pages: pages, outline: outline, title: document.title, author: document.author,
                               subject: document.subject, passes: 1)
    }
}
