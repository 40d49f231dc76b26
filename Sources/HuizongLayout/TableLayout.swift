import Foundation
import HuizongDocument

/// Column widths and row heights of a table, computed once before it is placed.
struct MeasuredTable {
    struct Row {
        var cells: [ShapedText]
        /// Extra left offset of a cell's text (a header narrowed so it wraps into even lines).
        var shifts: [Double] = []
        var role: Table.Row.Role
        var isHeader: Bool
        var style: TextStyle
        var lines: Int { cells.map(\.lineCount).max() ?? 1 }
    }
    var widths: [Double]
    var alignments: [Paragraph.Alignment]
    var header: Row
    var rows: [Row]
}

extension PageState {
    /// Numbers, percentages and the dash that stands for "none" are right-aligned.
    static func looksNumeric(_ s: String) -> Bool { Table.looksNumeric(s) }

    func measure(_ table: Table, width: Double) -> MeasuredTable {
        let bodyStyle = spec.style(.table)
        let headStyle = spec.style(.tableHeader)
        var totalStyle = bodyStyle
        totalStyle.bold = true
        // Alignment: numbers right, text left, unless the column says otherwise.
        let alignments = table.resolvedAlignments
        let widths = columnWidths(table, width: width, body: bodyStyle, head: headStyle, total: totalStyle)
        let header = shapeRow(table.columns.map(\.title), widths: widths, alignments: alignments, style: headStyle, header: true, role: .body)
        let rows = table.rows.map { r in
            shapeRow(r.cells, widths: widths, alignments: alignments, style: r.role == .body ? bodyStyle : totalStyle, header: false, role: r.role)
        }
        return MeasuredTable(widths: widths, alignments: alignments, header: header, rows: rows)
    }

    /// Given widths are proportions; otherwise natural widths, squeezed towards a minimum when too wide.
    func columnWidths(_ table: Table, width: Double, body: TextStyle, head: TextStyle, total: TextStyle) -> [Double] {
        if table.columns.allSatisfy({ ($0.width ?? 0) > 0 }) {
            let sum = table.columns.reduce(0) { $0 + ($1.width ?? 0) }
            return table.columns.map { width * ($0.width ?? 0) / sum }
        }
        let n = max(1, table.columns.count)
        let pad = spec.table.cellPaddingX
        var natural = [Double](repeating: 0, count: n)
        var minimum = [Double](repeating: 0, count: n)
        for (c, col) in table.columns.enumerated() {
            natural[c] = shaper.naturalWidth(col.title, style: head)
            // A header may wrap onto two even lines, never leave one character alone on the second.
            let half = Double((col.title.count + 1) / 2)
            minimum[c] = min(natural[c], max(2, half) * head.size)
        }
        for row in table.rows {
            for c in 0..<min(n, row.cells.count) {
                let text = row.cells[c]
                let w = shaper.naturalWidth(text, style: row.role == .body ? body : total)
                natural[c] = max(natural[c], w)
                let minW = Self.looksNumeric(text) ? w : min(w, 4 * body.size)
                minimum[c] = max(minimum[c], minW)
            }
        }
        natural = natural.map { $0 + 2 * pad + 1 }
        minimum = minimum.map { $0 + 2 * pad + 1 }
        let sumNatural = natural.reduce(0, +)
        if sumNatural <= width { return natural.map { $0 + (width - sumNatural) * $0 / sumNatural } }
        let sumMin = minimum.reduce(0, +)
        if sumMin >= width { return minimum.map { width * $0 / sumMin } }
        let slack = zip(natural, minimum).map { $0 - $1 }
        let sumSlack = max(slack.reduce(0, +), 0.001)
        return zip(minimum, slack).map { $0 + (width - sumMin) * $1 / sumSlack }
    }

    /// One row's cells shaped in their columns; a header that leaves one character on its last line is narrowed
    /// to even lines.
    func shapeRow(_ cells: [String], widths: [Double], alignments: [Paragraph.Alignment], style: TextStyle, header: Bool,
                  role: Table.Row.Role) -> MeasuredTable.Row {
        let pad = spec.table.cellPaddingX
        var shaped: [ShapedText] = []
        var shifts: [Double] = []
        for c in widths.indices {
            let text = c < cells.count ? cells[c] : ""
            let width = max(widths[c] - 2 * pad, style.size)
            var cell = shaper.shape(ShapeRequest(spans: [Span(text)], style: style, width: width,
                                                 alignment: header ? .center : alignments[c], indent: 0))
            var shift = 0.0
            if header, cell.lineCount > 1, cell.text(ofLine: cell.lineCount - 1).count == 1 {
                let perLine = (text.count + cell.lineCount - 1) / cell.lineCount
                let even = Double(perLine) * (style.size + style.letterSpacing) + 0.5
                if even < width {
                    let narrowed = shaper.shape(ShapeRequest(spans: [Span(text)], style: style, width: even, alignment: .center, indent: 0))
                    if narrowed.lineCount == cell.lineCount {
                        cell = narrowed
                        shift = (width - even) / 2
                    }
                }
            }
            shaped.append(cell)
            shifts.append(shift)
        }
        return MeasuredTable.Row(cells: shaped, shifts: shifts, role: role, isHeader: header, style: style)
    }

    func rowHeight(_ row: MeasuredTable.Row, lines: Int) -> Double {
        Double(lines) * row.style.linePitch + 2 * spec.table.cellPaddingY
    }

    func placeTable(_ table: Table) {
        let captionStyle = spec.style(.caption)
        let m = measure(table, width: blockWidth)
        let headerH = rowHeight(m.header, lines: m.header.lines)
        let firstRowH = m.rows.first.map { rowHeight($0, lines: min($0.lines, 2)) } ?? 0
        let captionH = table.caption == nil ? 0 : captionStyle.linePitch + captionStyle.spaceBefore + captionStyle.spaceAfter
        // Caption, header and the first row stay together; a short table is not split at all.
        let wholeH = captionH + headerH + m.rows.reduce(0) { $0 + rowHeight($1, lines: $1.lines) }
        let short = wholeH <= (blockBottom - blockTop) / 3
        if !atPageTop, remaining() < (short ? wholeH : captionH + headerH + firstRowH) - 0.01 { newPage(rotated: rotatedMode) }
        if let caption = table.caption {
            placeText([Span(caption)], style: captionStyle, alignment: .center, indent: 0, name: .caption)
        }
        var segmentTop = y
        var rowBoundaries: [Double] = []
        let x0 = blockLeft

        func drawHeader() {
            drawRow(m.header, lines: 0..<m.header.lines, top: y, m: m, x0: x0)
            y += headerH
            rowBoundaries.append(y)
        }
        func closeSegment() {
            drawGrid(top: segmentTop, bottom: y, boundaries: rowBoundaries, m: m, x0: x0)
            rowBoundaries = []
        }
        drawHeader()
        // Set when a page was just begun for this row: it is drawn there whatever room is left, so a header taller
        // than a page (many narrow columns) overruns the page instead of asking for new pages forever.
        var freshPage = false
        for row in m.rows {
            var line = 0
            while line < row.lines {
                let avail = remaining() - 2 * spec.table.cellPaddingY
                let fit = Int(((avail + 0.01) / row.style.linePitch).rounded(.down))
                let rest = row.lines - line
                let fullPageLines = Int(((blockBottom - blockTop - headerH - 2 * spec.table.cellPaddingY) / row.style.linePitch).rounded(.down))
                // A row moves to the next page whole, unless it is taller than a page: then it splits.
                if fit >= rest || (rest > fullPageLines && fit >= 1) || freshPage {
                    let n = fit >= 1 ? min(fit, rest) : rest
                    freshPage = false
                    drawRow(row, lines: line..<(line + n), top: y, m: m, x0: x0)
                    y += rowHeight(row, lines: n)
                    rowBoundaries.append(y)
                    line += n
                } else {
                    closeSegment()
                    newPage(rotated: rotatedMode)
                    segmentTop = y
                    drawHeader()
                    freshPage = true
                }
            }
        }
        closeSegment()
        if let note = table.note {
            placeText([Span(note)], style: spec.style(.note), alignment: .justified, indent: 0, name: .note)
        }
        y += body.linePitch * 0.3
        snapToGrid()
    }

    func drawRow(_ row: MeasuredTable.Row, lines: Range<Int>, top: Double, m: MeasuredTable, x0: Double) {
        let height = rowHeight(row, lines: lines.count)
        if row.isHeader, spec.table.headerShade < 1 {
            add(.rect(x: x0, y: top, width: m.widths.reduce(0, +), height: height, fill: .gray(spec.table.headerShade)))
        } else if row.role == .total, spec.table.totalShade < 1 {
            add(.rect(x: x0, y: top, width: m.widths.reduce(0, +), height: height, fill: .gray(spec.table.totalShade)))
        }
        var x = x0
        for (c, cell) in row.cells.enumerated() {
            // Cells with fewer lines than the row are centred vertically.
            let own = cell.lineCount
            let shown = lines.clamped(to: 0..<own)
            if !shown.isEmpty {
                let offsetLines = lines.count == row.lines ? Double(row.lines - own) / 2 : 0
                let baseline = top + spec.table.cellPaddingY + offsetLines * row.style.linePitch + baselineOffset(row.style)
                let shift = c < row.shifts.count ? row.shifts[c] : 0
                add(.text(TextLines(shaped: cell, lines: shown, x: x + spec.table.cellPaddingX + shift, baseline: baseline,
                                    pitch: row.style.linePitch, color: .black,
                                    style: row.isHeader ? .tableHeader : .table)))
            }
            x += m.widths[c]
        }
    }

    func drawGrid(top: Double, bottom: Double, boundaries: [Double], m: MeasuredTable, x0: Double) {
        let total = m.widths.reduce(0, +)
        let rule = spec.table.ruleWidth, outer = spec.table.outerRuleWidth
        for b in boundaries.dropLast() {
            add(.line(x1: x0, y1: b, x2: x0 + total, y2: b, width: rule, color: .black))
        }
        var x = x0
        for w in m.widths.dropLast() {
            x += w
            add(.line(x1: x, y1: top, x2: x, y2: bottom, width: rule, color: .black))
        }
        add(.line(x1: x0, y1: top, x2: x0 + total, y2: top, width: outer, color: .black))
        add(.line(x1: x0, y1: bottom, x2: x0 + total, y2: bottom, width: outer, color: .black))
        add(.line(x1: x0, y1: top, x2: x0, y2: bottom, width: rule, color: .black))
        add(.line(x1: x0 + total, y1: top, x2: x0 + total, y2: bottom, width: rule, color: .black))
    }
}
