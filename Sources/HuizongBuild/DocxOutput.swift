import Foundation
import HuizongDocument
import HuizongDocx
import HuizongLayout
import HuizongRender

/// The .docx beside (or instead of) the PDF: charts drawn by the renderer's chart code, contents page numbers
/// from the PDF layout of the document as the .docx presents it (charts with their tables), when that layout has
/// the .docx's GB/T 9704 page.
public enum DocxOutput {
    /// The .docx and the layout its page numbers came from: none when the document has no contents to number
    /// (a letter), which spares laying it out a second time.
    public static func data(_ document: Document, typesetter: Typesetter, date: String) throws(DocxError) -> (Data, LaidOutDocument?) {
        let presented = DocxWriter.presented(document)
        let laid = hasContents(presented) ? typesetter.layout(presented) : nil
        let options = DocxOptions(
            pageNumbers: hasGBT9704Page(typesetter.spec) ? laid?.headingPageNumbers(of: presented) ?? [:] : [:],
            chartPicture: { chart in
                let image = try typesetter.chartPNG(chart)
                return ChartPicture(png: image.png, width: image.width, height: image.height)
            },
            date: date, contentsTitle: typesetter.spec.contentsTitle, titleBreakAfter: typesetter.spec.titleBreakAfter)
        return (try DocxWriter.write(document, options: options), laid)
    }

    /// Whether the document has a contents list, the only thing the .docx takes page numbers for.
    static func hasContents(_ document: Document) -> Bool {
        document.blocks.contains { if case .contents = $0 { return true } else { return false } }
    }

    /// A4 portrait, the GB/T 9704 margins and the 22 × 28 grid: the page the .docx always has, so the PDF's page
    /// numbers are the .docx's too. Another layout's numbers would be wrong; Word then counts them itself.
    public static func hasGBT9704Page(_ spec: LayoutSpec) -> Bool {
        let mm = 72 / 25.4
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.5 }
        return near(spec.pageWidth, 210 * mm) && near(spec.pageHeight, 297 * mm) && near(spec.marginTop, 37 * mm)
            && near(spec.marginBottom, 35 * mm) && near(spec.marginLeft, 28 * mm) && near(spec.marginRight, 26 * mm)
            && spec.gridLines == 22 && spec.gridChars == 28
    }

    public static func isDocx(_ path: String) -> Bool { URL(fileURLWithPath: path).pathExtension.lowercased() == "docx" }

    /// Writes the .docx beside `url` first and moves it into place, so a failure leaves no file. Returns the layout
    /// its page numbers came from.
    public static func write(_ document: Document, typesetter: Typesetter, to url: URL, date: String) throws(DocxError) -> LaidOutDocument {
        var outputs = OutputSet(folder: url.deletingLastPathComponent())
        do {
            let (data, laid) = try DocxOutput.data(document, typesetter: typesetter, date: date)
            try outputs.write(data, as: url.lastPathComponent)
            try outputs.commit()
            return laid ?? typesetter.layout(DocxWriter.presented(document))
        } catch {
            outputs.discard()
            throw error as? DocxError ?? DocxError(message: "\(error)")
        }
    }
}
