import HuizongDocument
import HuizongTestSupport
import Testing

/// The Markdown the clerk's guide is written in, read as a document tree.
@Suite struct MarkdownReaderTests {
    @Test func headingsParagraphsListsTablesAndCode() {
        let doc = MarkdownReader.read("""
            # 说明
            ## 一、准备
            第一行接着
            第二行，有 **重点** 和 `命令`。

            1. 新建文件夹
            2. 放入文件
            - 甲
            - 乙

            | 级别 | 含义 |
            |---|---|
            | 错误 | 必须处理 |

            ```
            huizong build 文件夹 -o 输出
            ```
            """)
        #expect(doc.title == "说明")
        guard doc.blocks.count == 6 else {
            Issue.record("\(doc.blocks)")
            return
        }
        #expect(doc.blocks[0] == .heading(Heading(level: 1, text: "准备", number: "一、")))
        #expect(doc.blocks[1] == .paragraph(Paragraph([Span("第一行接着第二行，有 "), Span("重点", .bold), Span(" 和 命令。")])))
        #expect(doc.blocks[2] == .list(ListBlock(style: .numbered, items: [[Span("新建文件夹")], [Span("放入文件")]])))
        #expect(doc.blocks[3] == .list(ListBlock(style: .bullet, items: [[Span("甲")], [Span("乙")]])))
        guard case let .table(t) = doc.blocks[4] else { Issue.record("no table"); return }
        #expect(t.columns.map(\.title) == ["级别", "含义"] && t.rows.map(\.cells) == [["错误", "必须处理"]])
        #expect(doc.blocks[5] == .paragraph(Paragraph([Span("huizong build 文件夹 -o 输出")], alignment: .left, indent: 2)))
    }

    @Test func theGuideReadsWithEverySection() throws {
        let doc = try DocumentReader.read(contentsOf: TestSupport.root.appendingPathComponent("docs/使用说明.md"))
        let headings = doc.blocks.compactMap { b -> String? in if case let .heading(h) = b, h.level == 1 { return (h.number ?? "") + h.text }; return nil }
        #expect(headings.count >= 7)
        #expect(headings.contains("四、退回修改") && headings.contains("五、生成报告"))
    }
}
