import ArgumentParser
import Foundation
import HuizongDocument
import HuizongLayout
import HuizongRender

struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "render",
        abstract: L("Typeset a document tree given as YAML or JSON (docs/document-format.md) to PDF.", "把 YAML、JSON 或 Markdown 写成的文档排版为 PDF。"),
        discussion: "Example:\n  huizong render samples/documents/demo.yaml -o out/demo.pdf --layout handout"
    ) }

    @Argument(help: H("The document, .yaml or .json.", "文档，.yaml、.json 或 .md。")) var document: String
    @Option(name: .shortAndLong, help: H("The PDF to write.", "要写入的 PDF。")) var output: String
    @Option(help: H("Layout name in Layouts/ or a path to a layout file.", "Layouts/ 中的版式名称，或版式文件的路径。")) var layout: String = "gbt9704"
    @Option(help: H("Date written into the PDF metadata (ISO 8601), fixed so output is byte-identical.", "写入 PDF 元数据的日期（ISO 8601），固定后输出逐字节相同。"))
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
        let laid: LaidOutDocument
        do { laid = try typesetter.render(doc, to: url, date: date) } catch {
            throw fail("\(error)", ExitStatus.output)
        }
        if dump { print(laid.dump(), terminator: "") }
        print("\(output): \(laid.pages.count) pages")
    }
}
