import ArgumentParser
import Foundation
import HuizongBuild
import HuizongDocument
import HuizongLayout
import HuizongRender

struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "render",
        abstract: L("Typeset a document tree given as YAML or JSON (docs/document-format.md) to PDF, or write it as .docx.",
                    "把 YAML、JSON 或 Markdown 写成的文档排版为 PDF，或写成 .docx。"),
        discussion: """
        An output name ending in .docx writes an editable Word document (docs/docx.md); any other name, a PDF.
        Example:
          huizong render samples/documents/demo.yaml -o out/demo.pdf --layout handout
          huizong render samples/documents/demo.yaml -o out/demo.docx
        """
    ) }

    @Argument(help: H("The document, .yaml or .json.", "文档，.yaml、.json 或 .md。")) var document: String
    @Option(name: .shortAndLong, help: H("The PDF to write; a name ending in .docx writes a Word document.",
                                         "要写入的 PDF；以 .docx 结尾的名称写成 Word 文档。")) var output: String
    @Option(help: H("Layout name in Layouts/ or a path to a layout file.", "Layouts/ 中的版式名称，或版式文件的路径。")) var layout: String = "gbt9704"
    @Option(help: H("Date written into the PDF metadata or the .docx properties (ISO 8601), fixed so output is byte-identical.",
                    "写入 PDF 元数据或 .docx 属性的日期（ISO 8601），固定后输出逐字节相同。"))
    var date: String = "2000-01-01T00:00:00"
    @Flag(help: H("Print a text dump of the laid-out pages instead of only the summary line.", "打印排版后各页的文字清单。")) var dump = false

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
