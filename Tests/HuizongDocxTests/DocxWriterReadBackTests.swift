import Foundation
import HuizongDocument
import HuizongDocx
import Testing
@testable import HuizongIngest

/// Every paragraph and every table cell of the document tree is in the .docx, read back with huizong's own
/// .docx reader (the one that reads branch reports), for the sample documents and the samples' committee report.
@Suite struct DocxWriterReadBackTests {
    /// What the tree says, as the .docx should hold it: paragraph texts and table cell texts.
    struct Texts {
        var paragraphs: [String] = []
        var cells: [String] = []
        var tables = 0
    }

    static func texts(_ doc: Document) -> Texts {
        var out = Texts()
        let entries = DocumentOutline(doc).entries
        var next = 0
        func table(_ t: Table) {
            out.tables += 1
            out.cells += t.columns.map(\.title) + t.rows.flatMap { r in t.columns.indices.map { $0 < r.cells.count ? r.cells[$0] : "" } }
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case let .heading(h):
                    out.paragraphs.append(next < entries.count ? entries[next].display : h.text)
                    next += 1
                case let .paragraph(p): out.paragraphs.append(p.plainText)
                case let .list(l):
                    for (i, item) in l.items.enumerated() {
                        let text = item.map(\.text).joined()
                        out.paragraphs.append(text.hasPrefix(l.style.marker(i)) ? text : l.style.marker(i) + text)
                    }
                case let .table(t):
                    out.paragraphs += [t.caption, t.note].compactMap { $0 }
                    table(t)
                case let .chart(c):
                    // The figures: every category and value, in a table of their own.
                    out.paragraphs += [c.title].compactMap { $0 }
                    out.tables += 1
                    out.cells += c.categories + c.series.flatMap { $0.values.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", $0) } }
                case let .caption(text): out.paragraphs.append(text)
                case let .signature(lines): out.paragraphs += lines
                case let .attachment(a):
                    let n = next < entries.count ? entries[next].attachmentNumber ?? 0 : 0
                    next += 1
                    out.paragraphs += ["附件\(n)", a.title]
                    walk(a.blocks)
                case .pageBreak, .contents: break
                }
            }
        }
        out.paragraphs += [doc.title] + [doc.subtitle].compactMap { $0 }
        walk(doc.blocks)
        return out
    }

    func check(_ doc: Document, name: String) throws {
        let data = try DocxWriter.write(doc, options: Fixture.options())
        let read = try DocxReader.read(data, file: name, limits: IngestLimits())
        let paragraphs = Set(read.paragraphs.map { squeezed($0.text) })
        let expected = Self.texts(doc)
        var missing = expected.paragraphs.filter { !squeezed($0).isEmpty && !paragraphs.contains(squeezed($0)) }
        #expect(missing.isEmpty, "\(name): paragraphs not in the .docx: \(missing.prefix(5))")
        var cells = read.tables.flatMap { $0.flatMap { $0 } }.map(squeezed)
        missing = []
        for cell in expected.cells.map(squeezed) {
            if let i = cells.firstIndex(of: cell) { cells.remove(at: i) } else { missing.append(cell) }
        }
        #expect(missing.isEmpty, "\(name): table cells not in the .docx: \(missing.prefix(5))")
        #expect(read.tables.count == expected.tables, "\(name): one Word table per table and per chart")
        #expect(expected.paragraphs.count > 3 && expected.cells.count > 3, "\(name): the tree has text to look for")
    }

    @Test func theSampleDocumentsReadBack() throws {
        let samples = try Samples.documents()
        #expect(!samples.isEmpty)
        for (name, doc) in samples { try check(doc, name: name) }
    }

    @Test func theCommitteeReportReadsBack() throws {
        try check(try Samples.committeeReport(appendix: false), name: "committee report")
        try check(try Samples.committeeReport(appendix: true), name: "committee report with the appendix")
    }

    @Test func theFixtureReadsBack() throws {
        try check(Fixture.document, name: "fixture")
    }
}
