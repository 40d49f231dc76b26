import Foundation
import HuizongKnowledge
import HuizongModel
import HuizongPDFText

/// A table in a PDF saved from Word or WPS (a 整改台账 under 整改措施): poppler gives each cell's lines as lines of
/// their own, one row's cells side by side, so read as text the table is a column of fragments. Found here from
/// where the lines stand: a row of cells that names ledger columns (序号 存在问题 整改措施 责任人 完成时限), then
/// the rows under it while no line bridges the gaps between the columns, and on the next page the rows at its top
/// that stand in those columns. Its lines are blanked in the text, so the narrative's line numbers stay where
/// they were.
enum PDFTables {
    struct Table: Equatable {
        var rows: [[String]]
        /// The text's line (1-based) where each row starts.
        var lines: [Int]
    }

    /// The pages' text as `LegacyDocuments.pdfText` gives it, with the tables' lines blanked, and the tables.
    static func split(_ pages: [[PDFText.Line]], words: ReadingWords = Knowledge.shipped.reading) -> (text: String, tables: [Table]) {
        var texts: [String] = []
        var tables: [Table] = []
        var open: Layout?
        var offset = 0
        for page in pages {
            var lines = page.map(\.text)
            let pieces = page.enumerated().flatMap { i, l in
                (l.pieces.isEmpty ? [l] : l.pieces).map { Piece(line: i, text: $0.text, x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }
            }
            // A page number or a running head stands alone at its height; a row's number has cells beside it.
            let rows = bands(pieces).filter { b in
                !(b.members.count == 1 && Reflow.isClutter(pieces[b.members[0]].text.trimmingCharacters(in: .whitespaces), words: words))
            }
            var start = 0
            var next: Layout?
            // A table that reached the foot of the last page goes on at the top of this one.
            if let layout = open, var last = tables.popLast(), let carried = last.rows.popLast() {
                // The row the last page ended in is carried: its first line stays where it was.
                var found = Found(rows: [], lines: [], blank: [])
                start = layout.assemble(pieces, rows, from: 0, continuing: true, carried: carried, into: &found)
                last.rows += found.rows
                last.lines += found.lines.map { $0 + offset + 1 }
                tables.append(last)
                for i in found.blank { lines[i] = "" }
                if start == rows.count { next = layout }
            }
            for (found, layout, end) in tablesOn(pieces, rows, from: start) {
                tables.append(Table(rows: found.rows, lines: found.lines.map { $0 + offset + 1 }))
                for i in found.blank { lines[i] = "" }
                if end == rows.count { next = layout }
            }
            open = next
            texts.append(lines.joined(separator: "\n"))
            offset += page.count
        }
        return (texts.joined(separator: "\n"), tables)
    }

    /// A line, or a piece of one where poppler ran two cells together, and the line it belongs to.
    struct Piece { var line: Int; var text: String; var x0: Double, y0: Double, x1: Double, y1: Double }

    /// Lines whose middles stand at one height, left to right: a row of the page as the eye reads it.
    struct Band { var members: [Int]; var top: Double; var bottom: Double }

    static func bands(_ page: [Piece]) -> [Band] {
        let placed = page.indices.filter { !page[$0].text.trimmingCharacters(in: .whitespaces).isEmpty && page[$0].x0.isFinite }
        var out: [Band] = []
        for i in placed.sorted(by: { page[$0].y0 < page[$1].y0 }) {
            let l = page[i]
            let middle = (l.y0 + l.y1) / 2
            if let last = out.indices.last, middle >= out[last].top, middle <= out[last].bottom {
                out[last].members.append(i)
            } else {
                out.append(Band(members: [i], top: l.y0, bottom: l.y1))
            }
        }
        return out.map { var b = $0; b.members.sort { page[$0].x0 < page[$1].x0 }; return b }
    }

    struct Found { var rows: [[String]]; var lines: [Int]; var blank: [Int] }

    /// Where a table's columns stand: the spans its text covers, the span each header cell opens.
    struct Layout {
        var spans: [(lo: Double, hi: Double)]
        var heads: [Int]
        var numbered: Bool

        func column(_ l: Piece) -> Int {
            let s = PDFTables.span(of: l, spans)
            return heads.lastIndex { $0 <= s } ?? 0
        }

        /// Whether a piece stands inside one of the columns (on a page the table runs on to): it starts in a column
        /// and ends before the next one starts.
        func fits(_ l: Piece) -> Bool {
            let s = PDFTables.span(of: l, spans)
            return l.x0 >= spans[s].lo - 3 && (s + 1 == spans.count || l.x1 < spans[s + 1].lo)
        }

        /// Reads the rows from band `from` into `found`, the first of them going on with `carried` (a row the last
        /// page ended in); on a page the table runs on to (`continuing`), only the bands at the top whose pieces all
        /// fit the columns. Returns the band after the last one read.
        func assemble(_ page: [Piece], _ rows: [Band], from: Int, continuing: Bool, carried: [String]? = nil,
                      into found: inout Found) -> Int {
            var current = carried
            var i = from
            while i < rows.count, !continuing || rows[i].members.allSatisfy({ fits(page[$0]) }) {
                let cells = rows[i].members.map { (min(column(page[$0]), heads.count - 1), page[$0].text.trimmingCharacters(in: .whitespaces), $0) }
                // A row starts where its first column does: at its number when the table numbers its rows.
                let starts = cells.first { $0.0 == 0 }.map { !numbered || Int($0.1) != nil } ?? false
                if starts || current == nil {
                    if let row = current { found.rows.append(row) }
                    current = Array(repeating: "", count: heads.count)
                    found.lines.append(rows[i].members.map { page[$0].line }.min() ?? 0)
                }
                for (c, text, index) in cells {
                    current?[c] += text
                    found.blank.append(page[index].line)
                }
                i += 1
            }
            if let row = current { found.rows.append(row) }
            return i
        }
    }

    static func tablesOn(_ page: [Piece], _ rows: [Band], from: Int) -> [(Found, Layout, Int)] {
        var out: [(Found, Layout, Int)] = []
        var i = from
        while i < rows.count {
            let header = rows[i].members.map { page[$0].text.trimmingCharacters(in: .whitespaces) }
            // A header names its columns in a few characters; a row of cells that only contain 问题 and 措施 is data.
            guard header.count >= 3, header.allSatisfy({ $0.count <= 8 }), TextTables.isLedgerHeader(header),
                  let table = table(page, rows, header: i) else { i += 1; continue }
            out.append(table)
            i = table.2
        }
        return out
    }

    /// The table whose header is band `h`: the bands under it while the text still leaves a gap between every two
    /// of the header's columns.
    static func table(_ page: [Piece], _ rows: [Band], header h: Int) -> (Found, Layout, Int)? {
        let width = rows[h].members.count
        var end = h + 1
        while end < rows.count, columns(page, rows[h...end]).count >= width { end += 1 }
        let spans = columns(page, rows[h..<end])
        guard end > h + 1, spans.count >= width else { return nil }
        let first = page[rows[h].members[0]].text.trimmingCharacters(in: .whitespaces)
        let layout = Layout(spans: spans, heads: rows[h].members.map { span(of: page[$0], spans) },
                            numbered: LedgerReader.column(for: first) == .seq)
        var found = Found(rows: [rows[h].members.map { page[$0].text.trimmingCharacters(in: .whitespaces) }],
                          lines: [rows[h].members.map { page[$0].line }.min() ?? 0], blank: rows[h].members.map { page[$0].line })
        _ = layout.assemble(page, Array(rows[..<end]), from: h + 1, continuing: false, into: &found)
        return (found, layout, end)
    }

    /// The spans of x the bands' text covers, left to right: a table's columns, with gaps between them.
    static func columns(_ page: [Piece], _ rows: ArraySlice<Band>) -> [(lo: Double, hi: Double)] {
        let extents = rows.flatMap { $0.members.map { (page[$0].x0, page[$0].x1) } }.sorted { $0.0 < $1.0 }
        var spans: [(lo: Double, hi: Double)] = []
        for (lo, hi) in extents {
            if let last = spans.indices.last, lo <= spans[last].hi + 1 { spans[last].hi = max(spans[last].hi, hi) }
            else { spans.append((lo, hi)) }
        }
        return spans
    }

    static func span(of l: Piece, _ spans: [(lo: Double, hi: Double)]) -> Int {
        spans.lastIndex { $0.lo <= l.x0 + 0.5 } ?? 0
    }
}
