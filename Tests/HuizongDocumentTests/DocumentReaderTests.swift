import HuizongDocument
import HuizongTestSupport
import Testing

/// The document data format (docs/document-format.md): what it reads, and a mistake named with its line.
@Suite struct DocumentReaderTests {
    @Test func blocksReadAsTheTreeTheLayoutPlaces() throws {
        let doc = try DocumentReader.read("""
            version: 1
            title: 试读文件
            blocks:
              - heading: 基本情况
                level: 1
              - paragraph: "正文有 **加粗** 字。"
              - list: ["一项", "二项"]
                style: numbered
              - table:
                  columns: [名称, {title: 数量, align: right}]
                  rows: [[甲, "3"]]
                  total: [合计, "3"]
            """)
        #expect(doc.title == "试读文件")
        guard doc.blocks.count == 4, case let .heading(h) = doc.blocks[0], case let .paragraph(p) = doc.blocks[1],
              case let .list(l) = doc.blocks[2], case let .table(t) = doc.blocks[3] else {
            Issue.record("blocks: \(doc.blocks)")
            return
        }
        #expect(h.level == 1 && h.text == "基本情况")
        #expect(p.spans == [Span("正文有 "), Span("加粗", .bold), Span(" 字。")])
        #expect(l.style == .numbered && l.items.count == 2)
        #expect(t.columns.map(\.alignment) == [.auto, .right])
        #expect(t.rows.map(\.role) == [.body, .total])
    }

    @Test func anUnknownKeyIsAnErrorWithItsLine() {
        #expect {
            _ = try DocumentReader.read("version: 1\ntitle: 标题\nblocks:\n  - paragraph: 正文\n    alignment: left\n", file: "d.yaml")
        } throws: { error in
            guard let e = error as? DataFileError else { return false }
            return e.file == "d.yaml" && e.line == 5
        }
    }

    @Test func theSampleDocumentsRead() throws {
        for name in ["demo"] {
            let doc = try DocumentReader.read(contentsOf: TestSupport.root.appendingPathComponent("samples/documents/\(name).yaml"))
            #expect(!doc.blocks.isEmpty)
        }
    }
}
