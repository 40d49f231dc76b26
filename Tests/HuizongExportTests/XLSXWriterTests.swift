import Foundation
import HuizongExport
import Testing
import ZIPFoundation

/// The workbook a clerk opens in Excel or WPS: its parts, text as text, numbers as numbers, the same bytes each time.
@Suite struct XLSXWriterTests {
    static let sheets = [
        XLSXWriter.Sheet(name: "党支部情况", rows: [["党支部", "党员数", "完成率"], ["一支部", "12", "50.0%"], ["二支部\u{7}", "007", ""]]),
        XLSXWriter.Sheet(name: "逾期[措施]", rows: [["措施"], ["A & <B>"]]),
    ]

    func part(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path])
        var out = Data()
        _ = try archive.extract(entry) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func cellsKeepTheirTypeAndSheetsTheirNames() throws {
        let data = try XLSXWriter.data(Self.sheets)
        let workbook = try part(data, "xl/workbook.xml")
        #expect(workbook.contains("name=\"党支部情况\"") && workbook.contains("name=\"逾期措施\""))
        let sheet1 = try part(data, "xl/worksheets/sheet1.xml")
        #expect(sheet1.contains("<t xml:space=\"preserve\">一支部</t>"))
        #expect(sheet1.contains("<v>12</v>"))
        // A leading zero is an identifier, kept as text; a control character is dropped.
        #expect(sheet1.contains("preserve\">007</t>") && sheet1.contains("preserve\">二支部</t>"))
        #expect(try part(data, "xl/worksheets/sheet2.xml").contains("A &amp; &lt;B&gt;"))
    }

    @Test func theSameTablesGiveTheSameBytes() throws {
        #expect(try XLSXWriter.data(Self.sheets) == XLSXWriter.data(Self.sheets))
    }
}
