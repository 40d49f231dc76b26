import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Files saved on Windows end lines with CR LF, which Swift holds as ONE Character: every line split must see
/// them as line ends. Line ends are made "\n" once, when the bytes are decoded.
@Suite struct LineEndTests {
    /// A ledger of `rows` measures, as Excel saves a CSV (CR LF), longer than the 100,000-character line limit.
    static func ledger(rows: Int, lineEnd: String) -> String {
        var lines = ["测试党支部2025年度整改台账", "序号,存在问题,整改措施,责任人,完成时限,整改进展"]
        for i in 1...rows {
            lines.append("\(i),理论学习不够深入第\(i)项问题表现在学习笔记流于形式,制定学习计划并每月开展一次专题研讨第\(i)项,张三,2026年6月30日,已完成")
        }
        return lines.joined(separator: lineEnd) + lineEnd
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func aLongLedgerKeepsEveryRowWhateverItsLineEnds(_ lineEnd: String) throws {
        let text = Self.ledger(rows: 2_000, lineEnd: lineEnd)
        #expect(text.unicodeScalars.count > 100_000)
        let reports = Ingest().read(data: Data(text.utf8), path: "001-测试党支部-整改台账.csv")
        #expect(reports.flatMap(\.measures).count == 2_000)
        #expect(!reports.flatMap(\.diagnostics).contains { $0.code == "limit-line-length" })
    }

    @Test func aCRLFReportReadsLikeItsLFCopy() throws {
        let lf = try Data(contentsOf: Repo.samples.appendingPathComponent("001-机关第一党支部.txt"))
        let text = String(decoding: lf, as: UTF8.self)
        let crlf = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let a = Ingest().read(data: lf, path: "001.txt"), b = Ingest().read(data: crlf, path: "001.txt")
        #expect(a.flatMap(\.problems).map(\.headline) == b.flatMap(\.problems).map(\.headline))
        #expect(a.flatMap(\.measures).map(\.owner) == b.flatMap(\.measures).map(\.owner))
        #expect(!b.flatMap(\.problems).contains { $0.headline.unicodeScalars.contains("\r") || $0.detail.unicodeScalars.contains("\r") })
    }

    @Test func decodingMakesEveryLineEndANewline() throws {
        for (bytes, _) in [(Data("a\r\nb\rc\n".utf8), "utf8"), (Data([0xFF, 0xFE]) + "a\r\nb\rc\n".data(using: .utf16LittleEndian)!, "utf16")] {
            #expect(TextDecoding.decode(bytes)?.text == "a\nb\nc\n")
        }
    }
}
