import ArgumentParser
import Foundation
import HuizongBuild
import HuizongDocument
import HuizongLayout
import HuizongRender

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Typeset a document tree given as YAML or JSON (docs/document-format.md) to PDF, or write it as .docx.",
        discussion: """
        An output name ending in .docx writes an editable Word document (docs/docx.md); any other name, a PDF.
        Example:
          huizong render samples/documents/demo.yaml -o out/demo.pdf --layout handout
          huizong render samples/documents/demo.yaml -o out/demo.docx
        """
    )

    @Argument(help: "The document, .yaml or .json.") var document: String
    @Option(name: .shortAndLong, help: "The PDF to write; a name ending in .docx writes a Word document.") var output: String
    @Option(help: "Layout name in Layouts/ or a path to a layout file.") var layout: String = "gbt9704"
    @Option(help: "Date written into the PDF metadata or the .docx properties (ISO 8601), fixed so output is byte-identical.")
    var date: String = "2000-01-01T00:00:00"
    @Flag(help: "Print a text dump of the laid-out pages instead of only the summary line.") var dump = false

    func run() throws {
        let spec: LayoutSpec
        let doc: Document
        do {
            spec = try ProjectPaths.layout(layout)
            doc = try DocumentReader.read(contentsOf: URL(fileURLWithPath: document))
        } catch {
            throw fail("\(error)", ExitStatus.usage)
        }
        let typesetter: Typesetter
        do { typesetter = try Typesetter(spec: spec, fontDirectory: ProjectPaths.fonts) } catch {
            throw fail("\(error)", ExitStatus.environment)
        }
        let url = URL(fileURLWithPath: output)
        if DocxOutput.isDocx(output) { return try writeDocx(doc, typesetter: typesetter, to: url) }
        let laid: LaidOutDocument
        do { laid = try typesetter.render(doc, to: url, date: date) } catch {
            throw fail("\(error)", ExitStatus.output)
        }
        if dump { print(laid.dump(), terminator: "") }
        print("\(output): \(laid.pages.count) pages")
    }

    /// The .docx, written beside its final name first and moved into place, so a failure leaves no partial file.
    func writeDocx(_ doc: Document, typesetter: Typesetter, to url: URL) throws {
        // The layout of the document as the .docx presents it gives the contents their page numbers and the dump its pages.
        let laid: LaidOutDocument
        do { laid = try DocxOutput.write(doc, typesetter: typesetter, to: url, date: date) } catch {
            throw fail("\(error)", ExitStatus.output)
        }
        if dump { print(laid.dump(), terminator: "") }
        print("\(output): .docx written (\(laid.pages.count) pages as huizong lays it out; Word may break pages elsewhere)")
    }
}
