import Foundation
import HuizongDocument

/// One element of the body: a paragraph (its properties kept apart, so a section break can still be added to
/// it) or a finished table.
enum BodyElement {
    case paragraph(ParagraphProperties, String)
    case table(String)

    var xml: String {
        switch self {
        case let .paragraph(props, content): return "<w:p>\(props.xml)\(content)</w:p>"
        case let .table(xml): return xml
        }
    }
}

/// A picture to store in word/media.
struct MediaPart {
    var name: String
    var relationship: String
    var data: Data
}

/// Walks the document tree and writes the body of word/document.xml, section by section.
struct BodyBuilder {
    let outline: DocumentOutline
    let options: DocxOptions
    var elements: [BodyElement] = []
    var nextEntry = 0
    var section = PageSetup(landscape: false)
    /// Index in `elements` where the current section starts.
    var sectionStart = 0
    /// A page break asked for; the next paragraph starts a page.
    var pageBreakPending = false
    var bookmarks = 0
    /// The style of every list written with Word numbering, in order: list k has numId k + 1.
    var lists: [ListBlock.Style] = []
    var media: [MediaPart] = []
    /// Listed contents entries whose page number was not handed in (Word is then asked to refresh the fields).
    var missingPageNumbers = 0

    init(outline: DocumentOutline, options: DocxOptions) {
        self.outline = outline
        self.options = options
    }

    // MARK: elements

    mutating func add(_ props: ParagraphProperties, _ content: String) {
        var p = props
        if pageBreakPending {
            p.pageBreakBefore = true
            pageBreakPending = false
        }
        elements.append(.paragraph(p, content))
    }

    mutating func addTable(_ xml: String) {
        // Two tables in a row would be joined into one; a page break needs a paragraph to carry it.
        if pageBreakPending || (elements.count > sectionStart && lastIsTable) { add(Self.spacer, "") }
        elements.append(.table(xml))
    }

    var lastIsTable: Bool {
        if case .table = elements.last { return true }
        return false
    }

    /// An empty paragraph one point high: carries a break between tables or at a section's end.
    static var spacer: ParagraphProperties {
        var p = ParagraphProperties()
        p.snapToGrid = false
        p.spacing = "w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\""
        p.indent = Styles.noIndent
        return p
    }

    /// Starts a section of the other orientation when `landscape` differs from the current one. Returns whether a
    /// section break (which starts a new page) was made.
    @discardableResult
    mutating func orient(landscape: Bool) -> Bool {
        guard landscape != section.landscape else { return false }
        guard elements.count > sectionStart else {
            section.landscape = landscape
            return false
        }
        if case .paragraph(var props, let content) = elements[elements.count - 1], props.section == nil {
            props.section = section.sectionProperties()
            elements[elements.count - 1] = .paragraph(props, content)
        } else {
            var props = Self.spacer
            props.section = section.sectionProperties()
            elements.append(.paragraph(props, ""))
        }
        section.landscape = landscape
        sectionStart = elements.count
        pageBreakPending = false
        return true
    }

    /// The body's elements and the last section's properties.
    var xml: String { elements.map(\.xml).joined() + section.sectionProperties() }

    // MARK: blocks

    mutating func place(_ document: Document) throws(DocxError) {
        add(ParagraphProperties(StyleID.title), Run.text(Self.titleLines(document.title, breakAfter: options.titleBreakAfter)))
        if let sub = document.subtitle { add(ParagraphProperties(StyleID.subtitle), Run.text(sub)) }
        try place(document.blocks, landscape: false)
    }

    /// A title longer than a line (20 characters of 二号) broken where a clerk would break it: after one of
    /// `breakAfter`, at the point that makes the two lines most even. Without such a point Word wraps it.
    static func titleLines(_ title: String, breakAfter: [String]) -> String {
        let perLine = 20.0
        guard ColumnWidths.ems(title) > perLine else { return title }
        var best: (text: String, difference: Double)?
        for marker in breakAfter where !marker.isEmpty {
            var from = title.startIndex
            while let range = title.range(of: marker, range: from..<title.endIndex) {
                from = range.upperBound
                let first = String(title[..<range.upperBound]), second = String(title[range.upperBound...])
                let a = ColumnWidths.ems(first), b = ColumnWidths.ems(second)
                guard !second.isEmpty, a <= perLine, b <= perLine else { continue }
                if abs(a - b) < best?.difference ?? .infinity { best = (first + "\n" + second, abs(a - b)) }
            }
        }
        return best?.text ?? title
    }

    mutating func place(_ blocks: [Block], landscape: Bool) throws(DocxError) {
        for block in blocks {
            switch block {
            case let .table(t):
                orient(landscape: landscape || t.landscape)
                addTable(t, caption: true)
            case let .attachment(a):
                try attachment(a)
            default:
                orient(landscape: landscape)
                try place(block)
            }
        }
    }

    mutating func place(_ block: Block) throws(DocxError) {
        switch block {
        case let .heading(h): heading(h)
        case let .paragraph(p): paragraph(p)
        case let .list(l): list(l)
        case let .chart(c): try chart(c)
        case let .caption(text):
            var props = ParagraphProperties(StyleID.caption)
            props.keepNext = true
            add(props, Run.text(text))
        case .pageBreak:
            if elements.count > sectionStart { pageBreakPending = true }
        case .contents: contents()
        case let .signature(lines): signature(lines)
        case .table, .attachment: break
        }
    }

    mutating func nextOutlineEntry() -> DocumentOutline.Entry? {
        defer { nextEntry += 1 }
        return nextEntry < outline.entries.count ? outline.entries[nextEntry] : nil
    }

    static func bookmarkName(_ entry: DocumentOutline.Entry) -> String { "_Toc_\(entry.anchor)" }

    /// Text between a bookmark's start and end, so the contents can link to it.
    mutating func bookmarked(_ entry: DocumentOutline.Entry?, _ content: String) -> String {
        guard let entry else { return content }
        bookmarks += 1
        return "<w:bookmarkStart w:id=\"\(bookmarks)\" w:name=\"\(Self.bookmarkName(entry))\"/>" + content
            + "<w:bookmarkEnd w:id=\"\(bookmarks)\"/>"
    }

    mutating func heading(_ h: Heading) {
        let entry = nextOutlineEntry()
        let level = min(max(h.level, 1), 4)
        var props = ParagraphProperties(StyleID.headings[level - 1])
        // A heading kept out of the contents is kept out of the navigation pane too (body-text outline level).
        if !h.inContents { props.outlineLevel = 9 }
        add(props, bookmarked(entry, Run.text(entry?.display ?? h.text)))
    }

    mutating func paragraph(_ p: Paragraph) {
        var props = ParagraphProperties()
        props.alignment = ParagraphProperties.jc(p.alignment)
        if let chars = p.indent {
            props.indent = "w:firstLineChars=\"\(Int((chars * 100).rounded()))\" w:firstLine=\"\(PageSetup.chars(chars))\""
        }
        add(props, Run.spans(p.spans))
    }

    /// Word numbering, so an item added in Word is numbered; items that already carry their marker are written as
    /// they are, exactly as the PDF shows them.
    mutating func list(_ l: ListBlock) {
        let carriesMarkers = l.items.enumerated().contains { i, item in item.map(\.text).joined().hasPrefix(l.style.marker(i)) }
        if carriesMarkers {
            for (i, item) in l.items.enumerated() {
                var spans = item
                let marker = l.style.marker(i)
                if !item.map(\.text).joined().hasPrefix(marker) {
                    spans.insert(Span(marker, l.style == .runIn ? .leadIn : .none), at: 0)
                }
                add(ParagraphProperties(), Run.spans(spans))
            }
            return
        }
        lists.append(l.style)
        for item in l.items {
            var props = ParagraphProperties()
            props.numbering = lists.count
            add(props, Run.spans(item))
        }
    }

    mutating func signature(_ lines: [String]) {
        for (i, line) in lines.enumerated() {
            var props = ParagraphProperties(StyleID.signature)
            // One empty line above, as in the PDF; the lines keep together.
            if i == 0 { props.spacing = "w:before=\"\(PageSetup.linePitch)\"" }
            props.keepNext = i < lines.count - 1
            add(props, Run.text(line))
        }
    }

    mutating func attachment(_ a: Attachment) throws(DocxError) {
        let entry = nextOutlineEntry()
        // A new section starts a page by itself; otherwise the label starts one.
        if !orient(landscape: a.landscape) { pageBreakPending = true }
        let number = entry?.attachmentNumber.map(String.init) ?? ""
        add(ParagraphProperties(StyleID.attachmentLabel), bookmarked(entry, Run.text("附件\(number)")))
        add(ParagraphProperties(StyleID.attachmentTitle), Run.text(a.title))
        try place(a.blocks, landscape: a.landscape)
    }
}
