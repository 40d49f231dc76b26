import Foundation
import HuizongDocument

/// Tables as Word tables: a repeated header row, rows kept whole, total rows bold and shaded, fixed column widths.
enum TableXML {
    /// Cell padding as in the PDF layout: 4 pt left and right, 3 pt above and below.
    static let padX = 80, padY = 60
    /// Shades of the PDF layout: header 0.92, total rows 0.96 grey.
    static let headerFill = "EBEBEB", totalFill = "F5F5F5"

    /// `fill`: as wide as `width`; otherwise only as wide as the text needs (the small tables beside charts).
    static func xml(_ t: Table, width: Int, fill: Bool = true) -> String {
        let widths = ColumnWidths.twips(t, total: width, fill: fill)
        let alignments = t.resolvedAlignments
        let border = { (side: String, eighths: Int) in "<w:\(side) w:val=\"single\" w:sz=\"\(eighths)\" w:space=\"0\" w:color=\"000000\"/>" }
        var s = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            // Outer rules 1 pt, inner 0.5 pt (w:sz in eighths of a point).
            + "<w:tblBorders>" + border("top", 8) + border("left", 4) + border("bottom", 8) + border("right", 4)
            + border("insideH", 4) + border("insideV", 4) + "</w:tblBorders>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"\(padY)\" w:type=\"dxa\"/><w:left w:w=\"\(padX)\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"\(padY)\" w:type=\"dxa\"/><w:right w:w=\"\(padX)\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        s += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        // The header row repeats on every page the table runs onto.
        s += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (c, col) in t.columns.enumerated() {
            s += cell(col.title, width: widths[c], style: StyleID.tableHeading, alignment: nil, fill: headerFill, bold: false)
        }
        s += "</w:tr>"
        for row in t.rows {
            s += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for c in t.columns.indices {
                let text = c < row.cells.count ? row.cells[c] : ""
                s += cell(text, width: widths[c], style: StyleID.tableText, alignment: ParagraphProperties.jc(alignments[c]),
                          fill: row.role == .total ? totalFill : nil, bold: row.role != .body)
            }
            s += "</w:tr>"
        }
        return s + "</w:tbl>"
    }

    static func cell(_ text: String, width: Int, style: String, alignment: String?, fill: String?, bold: Bool) -> String {
        var props = ParagraphProperties(style)
        props.alignment = alignment
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            + (fill.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? "")
            + "<w:vAlign w:val=\"center\"/></w:tcPr><w:p>\(props.xml)\(Run.text(text, bold: bold))</w:p></w:tc>"
    }
}

/// Column widths in twips: the table's relative widths when every column has one; otherwise estimated from the
/// text (a Chinese character one em of 小四, Latin half an em), squeezed towards a minimum as the PDF layout does.
enum ColumnWidths {
    static func twips(_ t: Table, total: Int, fill: Bool = true) -> [Int] {
        let n = t.columns.count
        guard n > 0 else { return [] }
        var total = total
        let shares: [Double]
        if t.columns.allSatisfy({ ($0.width ?? 0) > 0 }) {
            shares = t.columns.map { $0.width ?? 1 }
        } else {
            shares = estimated(t, total: Double(total))
            // Not filling: the width the text needs, but no narrower than two fifths of the line.
            if !fill { total = min(total, max(total * 2 / 5, Int(shares.reduce(0, +).rounded(.up)))) }
        }
        let sum = max(shares.reduce(0, +), 0.001)
        var widths = shares.map { Int((Double(total) * $0 / sum).rounded(.down)) }
        // The rounding remainder goes to the last column so the table is exactly the text width.
        widths[n - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// Latin counts 0.6 em, not Times New Roman's 0.5: where the font is missing, its stand-in is wider.
    static func ems(_ s: String) -> Double {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 1 : 0.6) }
    }

    /// Numbers, dates and codes ("2026-01-05", "100.0%") are never broken inside a cell.
    static func unbreakable(_ s: String) -> Bool {
        Table.looksNumeric(s) || (s.count <= 12 && s.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " })
    }

    static func estimated(_ t: Table, total: Double) -> [Double] {
        let em = 240.0
        // The cell's padding and 3 pt to spare, for stand-in fonts a little wider than the estimate.
        let pad = Double(2 * TableXML.padX + 60)
        var natural = t.columns.map { ems($0.title) * em }
        // A header may wrap onto two even lines, never leave one character alone on the second.
        var minimum = t.columns.map { min(ems($0.title) * em, max(2, (Double($0.title.count) / 2).rounded(.up)) * em) }
        for row in t.rows {
            for c in 0..<min(t.columns.count, row.cells.count) {
                let w = ems(row.cells[c]) * em
                natural[c] = max(natural[c], w)
                minimum[c] = max(minimum[c], unbreakable(row.cells[c]) ? w : min(w, 4 * em))
            }
        }
        natural = natural.map { $0 + pad }
        minimum = minimum.map { $0 + pad }
        let sumNatural = natural.reduce(0, +), sumMin = minimum.reduce(0, +)
        if sumNatural <= total || sumMin >= total { return sumNatural <= total ? natural : minimum }
        let slack = zip(natural, minimum).map { $0 - $1 }
        let sumSlack = max(slack.reduce(0, +), 0.001)
        return zip(minimum, slack).map { $0 + (total - sumMin) * $1 / sumSlack }
    }
}

extension BodyBuilder {
    mutating func addTable(_ t: Table, caption: Bool) {
        if caption, let text = t.caption {
            var props = ParagraphProperties(StyleID.caption)
            props.keepNext = true
            add(props, Run.text(text))
        }
        // A table without columns has no cells to write (Word requires one per row).
        if !t.columns.isEmpty { addTable(TableXML.xml(t, width: section.textWidth)) }
        if let note = t.note { add(ParagraphProperties(StyleID.tableNote), Run.text(note)) }
    }
}
