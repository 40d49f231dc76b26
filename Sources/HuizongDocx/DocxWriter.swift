import Foundation
import HuizongDocument
import HuizongExport

/// A chart drawn as a PNG, handed in by whoever can draw (the renderer), so this module needs no C library.
public struct ChartPicture: Sendable {
    public var png: Data
    /// Size on the page in points.
    public var width: Double
    public var height: Double
    public init(png: Data, width: Double, height: Double) {
        self.png = png
        self.width = width
        self.height = height
    }
}

public struct DocxOptions {
    /// Printed page numbers of headings and attachments, keyed by their position in `DocumentOutline` (the PDF
    /// layout of `DocxWriter.presented(document)` knows them). The contents show them; when one is missing, Word
    /// is asked to refresh the fields on opening.
    public var pageNumbers: [Int: Int]
    /// Draws a chart, its title removed (the title becomes an editable caption). Without it a chart is its
    /// caption and its data table.
    public var chartPicture: ((Chart) throws -> ChartPicture)?
    /// The created and modified dates in docProps (ISO 8601); fixed, so identical input gives identical bytes.
    public var date: String
    public var contentsTitle: String
    /// Words a title too long for one line is broken after, where the two lines come out most even (the PDF
    /// layout's `title_break_after`).
    public var titleBreakAfter: [String]

    public init(pageNumbers: [Int: Int] = [:], chartPicture: ((Chart) throws -> ChartPicture)? = nil,
                date: String = "2000-01-01T00:00:00", contentsTitle: String = "目　录",
                titleBreakAfter: [String] = ["年度", "党委", "党组织", "党支部", "关于", "的"]) {
        self.pageNumbers = pageNumbers
        self.chartPicture = chartPicture
        self.date = date
        self.contentsTitle = contentsTitle
        self.titleBreakAfter = titleBreakAfter
    }
}

public struct DocxError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}

/// The document tree as an editable Word document laid out to GB/T 9704 (docs/docx.md).
public enum DocxWriter {
    /// The tree as the .docx presents it: every chart followed by the table of its figures. Laid out by the PDF
    /// layout, it gives the page numbers the .docx's contents should show (the charts' tables make it longer
    /// than the PDF).
    public static func presented(_ document: Document) -> Document {
        func expand(_ blocks: [Block]) -> [Block] {
            blocks.flatMap { block -> [Block] in
                switch block {
                case let .chart(c): return [.chart(c), .table(BodyBuilder.dataTable(c))]
                case var .attachment(a):
                    a.blocks = expand(a.blocks)
                    return [.attachment(a)]
                default: return [block]
                }
            }
        }
        var shown = document
        shown.blocks = expand(document.blocks)
        return shown
    }

    public static func write(_ document: Document, options: DocxOptions = DocxOptions()) throws(DocxError) -> Data {
        var body = BodyBuilder(outline: DocumentOutline(document), options: options)
        try body.place(document)
        // W3CDTF wants a zone; a date given without one is taken as UTC.
        let date = options.date.hasSuffix("Z") || options.date.dropFirst(10).contains("+") ? options.date : options.date + "Z"
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", PackageParts.contentTypes),
            ("_rels/.rels", Relationships.package),
            ("docProps/core.xml", PackageParts.core(document, date: date)),
            ("docProps/app.xml", PackageParts.app),
            ("word/document.xml", PackageParts.document(body: body.xml)),
            ("word/_rels/document.xml.rels", Relationships.document(media: body.media)),
            ("word/styles.xml", Styles.xml),
            ("word/settings.xml", PackageParts.settings(updateFields: body.missingPageNumbers > 0)),
            ("word/fontTable.xml", Styles.fontTable),
            ("word/numbering.xml", PackageParts.numbering(body.lists)),
            ("word/footer1.xml", PackageParts.footer(odd: true)),
            ("word/footer2.xml", PackageParts.footer(odd: false)),
        ].map { ($0.0, Data($0.1.utf8)) }
        parts += body.media.map { ("word/media/\($0.name)", $0.data) }
        do { return try Package.zip(parts) } catch {
            throw DocxError(message: "cannot write the .docx package: \(error)")
        }
    }
}
