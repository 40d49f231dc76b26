import Foundation
import HuizongPDFText
import Testing
@testable import HuizongIngest

/// A ledger table in a PDF, found from where its cells stand. Lines placed by hand, in this project's own words.
@Suite struct PDFTableTests {
    func line(_ text: String, x: Double, y: Double) -> PDFText.Line {
        PDFText.Line(text: text, x0: x, y0: y, x1: x + Double(text.count) * 10, y1: y + 10)
    }

    @Test func cellsSideBySideAreRowsOfALedger() {
        let page = [
            line("三、整改措施", x: 50, y: 80),
            line("序号", x: 50, y: 100), line("存在问题", x: 90, y: 100), line("整改措施", x: 200, y: 100), line("责任人", x: 310, y: 100),
            line("1", x: 55, y: 120), line("学习常被倒班", x: 90, y: 120), line("每个班次设", x: 200, y: 120), line("屈航", x: 310, y: 120),
            line("打断", x: 90, y: 132), line("领学员", x: 200, y: 132),
            line("2", x: 55, y: 150), line("先锋岗没有考评", x: 90, y: 150), line("按月考评", x: 200, y: 150), line("米岚", x: 310, y: 150),
            line("支部将每季度通报整改进展，接受党员群众监督。", x: 50, y: 180),
        ]
        let (text, tables) = PDFTables.split([page])
        #expect(tables == [PDFTables.Table(rows: [["序号", "存在问题", "整改措施", "责任人"], ["1", "学习常被倒班打断", "每个班次设领学员", "屈航"],
                                                  ["2", "先锋岗没有考评", "按月考评", "米岚"]], lines: [2, 6, 12])])
        // The table's lines are blanked, so the narrative keeps its line numbers; the text after it stays.
        #expect(text.components(separatedBy: "\n") == ["三、整改措施"] + Array(repeating: "", count: 14) + ["支部将每季度通报整改进展，接受党员群众监督。"])
    }

    @Test func linesSideBySideThatNameNoColumnsAreText() {
        let page = [line("姓名", x: 50, y: 100), line("职务", x: 200, y: 100), line("电话", x: 310, y: 100),
                    line("王某", x: 50, y: 120), line("书记", x: 200, y: 120), line("123", x: 310, y: 120)]
        #expect(PDFTables.split([page]).tables.isEmpty)
    }
}
