import Foundation
import HuizongPDFText
import Testing
@testable import HuizongIngest

/// A ledger table in a PDF, found from where its cells stand. Lines placed by hand, in this project's own words.
@Suite struct PDFTableTests {
    func line(_ text: String, x: Double, y: Double) -> PDFText.Line {
        PDFText.Line(text: text, x0: x, y0: y, x1: x + Double(text.count) * 10, y1: y + 10)
    }

    /// A measures heading over a table: its header and two rows, the first with a cell wrapped onto a second line.
    var headingHeaderAndTwoRows: [PDFText.Line] {
        [
            line("三、整改措施", x: 50, y: 80),
            line("序号", x: 50, y: 100), line("存在问题", x: 90, y: 100), line("整改措施", x: 200, y: 100), line("责任人", x: 310, y: 100),
            line("1", x: 55, y: 120), line("学习常被倒班", x: 90, y: 120), line("每个班次设", x: 200, y: 120), line("屈航", x: 310, y: 120),
            line("打断", x: 90, y: 132), line("领学员", x: 200, y: 132),
            line("2", x: 55, y: 150), line("先锋岗没有考评", x: 90, y: 150), line("按月考评", x: 200, y: 150), line("米岚", x: 310, y: 150),
        ]
    }

    @Test func cellsSideBySideAreRowsOfALedger() {
        let page = headingHeaderAndTwoRows + [line("支部将每季度通报整改进展，接受党员群众监督。", x: 50, y: 180)]
        let (text, tables) = PDFTables.split([page])
        #expect(tables == [PDFTables.Table(rows: [["序号", "存在问题", "整改措施", "责任人"], ["1", "学习常被倒班打断", "每个班次设领学员", "屈航"],
                                                  ["2", "先锋岗没有考评", "按月考评", "米岚"]], lines: [2, 6, 12])])
        // The table's lines are blanked, so the narrative keeps its line numbers; the text after it stays.
        #expect(text.components(separatedBy: "\n") == ["三、整改措施"] + Array(repeating: "", count: 14) + ["支部将每季度通报整改进展，接受党员群众监督。"])
    }

    /// The table reaches the foot of its page (a page number below it, alone at its height) and goes on at the top
    /// of the next, with no header there; the text under it there is text again.
    @Test func aTableGoesOnOnTheNextPage() {
        let first = headingHeaderAndTwoRows + [line("— 1 —", x: 200, y: 800)]
        let second = [
            line("3", x: 55, y: 60), line("台账登记不全", x: 90, y: 60), line("逐月核对台账", x: 200, y: 60), line("蓝秋", x: 310, y: 60),
            line("支部将每季度通报整改进展，接受党员群众监督。", x: 50, y: 100),
        ]
        let (text, tables) = PDFTables.split([first, second])
        #expect(tables.map(\.rows) == [[["序号", "存在问题", "整改措施", "责任人"], ["1", "学习常被倒班打断", "每个班次设领学员", "屈航"],
                                          ["2", "先锋岗没有考评", "按月考评", "米岚"], ["3", "台账登记不全", "逐月核对台账", "蓝秋"]]])
        #expect(tables.first?.lines == [2, 6, 12, 17])
        #expect(text.components(separatedBy: "\n").filter { !$0.isEmpty } == ["三、整改措施", "— 1 —", "支部将每季度通报整改进展，接受党员群众监督。"])
    }

    /// A row of cells that only holds 问题 and 措施 in long text is data, not a header.
    @Test func aRowOfLongCellsIsNoHeader() {
        let page = [line("1", x: 55, y: 60), line("第一项问题是学习不够经常", x: 90, y: 60), line("第一项措施是每月集中学习", x: 250, y: 60),
                    line("屈航", x: 410, y: 60), line("2", x: 55, y: 80), line("第二项问题", x: 90, y: 80), line("第二项措施", x: 250, y: 80),
                    line("米岚", x: 410, y: 80)]
        #expect(PDFTables.split([page]).tables.isEmpty)
    }

    /// A PDF's text sets a space between Chinese and a figure: "问题 1：" is the label "问题1：".
    @Test func aSpaceBeforeALabelsNumber() {
        #expect(Marker.split("问题 1：学习抓得不紧。")?.0 == .item)
        #expect(Marker.split("问题 1：学习抓得不紧。")?.1 == "学习抓得不紧。")
        #expect(Marker.split("问题 多：学习") == nil)
    }

    @Test func linesSideBySideThatNameNoColumnsAreText() {
        let page = [line("姓名", x: 50, y: 100), line("职务", x: 200, y: 100), line("电话", x: 310, y: 100),
                    line("王某", x: 50, y: 120), line("书记", x: 200, y: 120), line("123", x: 310, y: 120)]
        #expect(PDFTables.split([page]).tables.isEmpty)
    }
}
