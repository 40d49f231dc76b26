import HuizongDocument
import HuizongExport

/// Paragraph properties, written in the order the schema requires (CT_PPrBase, then sectPr).
struct ParagraphProperties {
    var style: String?
    var keepNext = false
    var keepLines = false
    var pageBreakBefore = false
    /// w:numPr: a list's numId (level 0).
    var numbering: Int?
    var snapToGrid: Bool?
    /// Attributes of w:spacing, e.g. `w:before="579"`.
    var spacing: String?
    /// Attributes of w:ind.
    var indent: String?
    var alignment: String?
    var outlineLevel: Int?
    /// A section's properties: the paragraph ends that section.
    var section: String?

    init(_ style: String? = nil) { self.style = style }

    var xml: String {
        var s = ""
        if let style { s += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { s += "<w:keepNext/>" }
        if keepLines { s += "<w:keepLines/>" }
        if pageBreakBefore { s += "<w:pageBreakBefore/>" }
        if let numbering { s += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numbering)\"/></w:numPr>" }
        if let snapToGrid { s += "<w:snapToGrid w:val=\"\(snapToGrid ? 1 : 0)\"/>" }
        if let spacing { s += "<w:spacing \(spacing)/>" }
        if let indent { s += "<w:ind \(indent)/>" }
        if let alignment { s += "<w:jc w:val=\"\(alignment)\"/>" }
        if let outlineLevel { s += "<w:outlineLvl w:val=\"\(outlineLevel)\"/>" }
        if let section { s += section }
        return s.isEmpty ? "" : "<w:pPr>\(s)</w:pPr>"
    }

    /// w:jc for a paragraph alignment; justified is the default of the body styles and is left out.
    static func jc(_ a: Paragraph.Alignment) -> String? {
        switch a {
        case .justified: return nil
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        }
    }
}

/// Runs of text. Line breaks and tabs inside a string become w:br and w:tab.
enum Run {
    static func text(_ s: String, bold: Bool = false, style: String? = nil) -> String {
        guard !s.isEmpty else { return "" }
        var props = ""
        if let style { props += "<w:rStyle w:val=\"\(style)\"/>" }
        if bold { props += "<w:b/><w:bCs/>" }
        var body = ""
        var piece = ""
        func flush() {
            if !piece.isEmpty { body += "<w:t xml:space=\"preserve\">\(XLSXWriter.esc(piece))</w:t>" }
            piece = ""
        }
        for ch in s {
            switch ch {
            case "\n", "\r\n": flush(); body += "<w:br/>"
            case "\t": flush(); body += "<w:tab/>"
            default: piece.append(ch)
            }
        }
        flush()
        return "<w:r>" + (props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>") + body + "</w:r>"
    }

    /// Spans as runs: bold spans bold, lead-in spans in the 段首语 character style.
    static func spans(_ spans: [Span]) -> String {
        spans.map { span in
            switch span.emphasis {
            case .none: return text(span.text)
            case .bold: return text(span.text, bold: true)
            case .leadIn: return text(span.text, style: StyleID.leadIn)
            }
        }.joined()
    }

    /// A complex field: begin, instruction, separate, the cached result, end.
    static func field(_ instruction: String, result: String) -> String {
        fieldStart(instruction) + text(result) + fieldEnd
    }

    static func fieldStart(_ instruction: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\">\(XLSXWriter.esc(instruction))</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    }

    static let fieldEnd = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
}
