import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Word structures office templates use: vertically merged table cells (w:vMerge) and a body inside content
/// controls (w:sdt). Both lost text: the owner and deadline of the rows a merged cell spans, and the whole report
///.
@Suite struct DocxStructureTests {
    static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func p(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    static func docx(body: String) throws -> Data {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(ns)><w:body>\(body)</w:body></w:document>"
        return try HostileInputTests.package([("word/document.xml", Data(xml.utf8))])
    }

    static func cell(_ text: String, vMerge: String? = nil) -> String {
        let props = vMerge.map { $0.isEmpty ? "<w:tcPr><w:vMerge/></w:tcPr>" : "<w:tcPr><w:vMerge w:val=\"\($0)\"/></w:tcPr>" } ?? ""
        return "<w:tc>\(props)\(p(text))</w:tc>"
    }

    @Test func aVerticallyMergedCellCarriesItsTextToEveryRowItSpans() throws {
        let rows = [
            ["序号", "存在问题", "整改措施", "责任人", "完成时限"].map { Self.cell($0) },
            [Self.cell("1"), Self.cell("学习不深入"), Self.cell("制定学习计划"), Self.cell("张三", vMerge: "restart"), Self.cell("2026年6月30日", vMerge: "restart")],
            [Self.cell("2"), Self.cell("联系群众不够"), Self.cell("建立联系点制度"), Self.cell("", vMerge: ""), Self.cell("", vMerge: "continue")],
            [Self.cell("3"), Self.cell("创新不多"), Self.cell("开展创新项目"), Self.cell("李四"), Self.cell("2026年9月30日")],
        ]
        let table = "<w:tbl>" + rows.map { "<w:tr>" + $0.joined() + "</w:tr>" }.joined() + "</w:tbl>"
        let data = try Self.docx(body: Self.p("办公室党支部2025年度整改台账") + table)
        let measures = Ingest().read(data: data, path: "003-办公室党支部.docx").flatMap(\.measures)
        #expect(measures.map(\.owner) == ["张三", "张三", "李四"])
        #expect(measures.map(\.deadlineText) == ["2026年6月30日", "2026年6月30日", "2026年9月30日"])
    }

    @Test func aBodyInsideContentControlsIsRead() throws {
        let lines = NarrativeTests.report.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let plain = try Self.docx(body: lines.map(Self.p).joined())
        // Word templates wrap the body, and single paragraphs, in content controls; a table cell may hold one too.
        let half = lines.count / 2
        let wrapped = "<w:sdt><w:sdtPr><w:alias w:val=\"正文\"/></w:sdtPr><w:sdtContent>"
            + lines[..<half].map(Self.p).joined()
            + "<w:sdt><w:sdtContent>" + lines[half...].map(Self.p).joined() + "</w:sdtContent></w:sdt>"
            + "</w:sdtContent></w:sdt>"
        let controlled = try Self.docx(body: wrapped)
        let a = Ingest().read(data: plain, path: "a.docx")[0], b = Ingest().read(data: controlled, path: "b.docx")[0]
        #expect(!b.diagnostics.contains { $0.code == "not-a-report" }, "\(b.diagnostics.map(\.code))")
        #expect(b.problems.count > 0)
        #expect(b.problems.map(\.headline) == a.problems.map(\.headline))
        #expect(b.measures.map(\.headline) == a.measures.map(\.headline))
        #expect(b.paragraphsRead == a.paragraphsRead)
    }

    @Test func aTableInsideAContentControlIsRead() throws {
        let rows = [["序号", "存在问题", "整改措施", "责任人"], ["1", "学习不深入", "制定学习计划", "张三"]]
        let table = "<w:tbl>" + rows.map { "<w:tr>" + $0.map { Self.cell($0) }.joined() + "</w:tr>" }.joined() + "</w:tbl>"
        let data = try Self.docx(body: Self.p("办公室党支部2025年度整改台账") + "<w:sdt><w:sdtContent>\(table)</w:sdtContent></w:sdt>")
        #expect(Ingest().read(data: data, path: "003.docx").flatMap(\.measures).map(\.owner) == ["张三"])
    }
}
