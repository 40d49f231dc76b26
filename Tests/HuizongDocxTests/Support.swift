import Foundation
import HuizongAnalysis
import HuizongCompose
import HuizongDocument
import HuizongDocx
import HuizongTestSupport
import Testing
@testable import HuizongIngest

enum Repo {
    static let root = TestSupport.root
}

/// A written .docx opened again: its parts parsed with huizong's own package and XML readers.
struct WrittenDocx {
    let zip: ZipPackage

    init(_ data: Data) throws { zip = try ZipPackage(data: data, limits: IngestLimits()) }

    func has(_ path: String) -> Bool { zip.has(path) }
    var paths: [String] { zip.paths }
    func text(_ path: String) throws -> String { String(decoding: try zip.read(path), as: UTF8.self) }
    func xml(_ path: String) throws -> XMLElement { try XMLTreeBuilder.parse(try zip.read(path)) }

    var body: XMLElement {
        get throws {
            let doc = try xml("word/document.xml")
            return try #require(doc.all("body").first)
        }
    }

    /// The style element with the given id.
    func style(_ id: String) throws -> XMLElement {
        try #require(try xml("word/styles.xml").all("style").first { $0.attr("styleId") == id }, "style \(id)")
    }

    /// Every section's properties in order: those inside paragraphs, then the body's last.
    var sections: [XMLElement] {
        get throws { try body.all("sectPr") }
    }
}

extension XMLElement {
    /// The w:val of a child element.
    func val(_ child: String) -> String? { self.child(child)?.attr("val") }
    /// All text of the element's w:t descendants.
    var plainText: String { all("t").map(\.text).joined() }
}

/// Documents written in our own words, one of every kind of block.
enum Fixture {
    static let table = Table(caption: "表1　各组完成情况", columns: [.init("小组", width: 3), .init("任务数", width: 1), .init("完成率", width: 1)],
                             rows: [.init(["第一小组", "12", "75.0%"]), .init(["第二小组", "8", "50.0%"]),
                                    .init(["合计", "20", "65.0%"], role: .total)],
                             note: "注：完成率按已完成任务计算。")
    static let chart = Chart(kind: .stackedBar, title: "图1　各组进度", categories: ["第一小组", "第二小组"],
                             series: [.init(name: "已完成", values: [9, 4]), .init(name: "进行中", values: [3, 4])], unit: "项")
    static let wide = Table(caption: "表2　宽表", columns: (1...9).map { .init("第\($0)列") },
                            rows: [.init((1...9).map { "值\($0)" })], landscape: true)

    static var document: Document {
        Document(title: "某某单位2026年度工作情况汇总报告（测试用长标题）", subtitle: "征求意见稿", author: "某某单位", subject: "测试",
                 blocks: [
                    .contents, .pageBreak,
                    .heading(Heading(level: 1, text: "总体情况")),
                    .paragraph(Paragraph([Span("全年共开展活动"), Span("三十次", .bold), Span("，参与人数较多。")])),
                    .heading(Heading(level: 2, text: "主要做法")),
                    .list(ListBlock(style: .runIn, items: [[Span("加强学习。", .leadIn), Span("每月集中学习一次。")], [Span("改进作风。")]])),
                    .list(ListBlock(style: .numbered, items: [[Span("第一项")], [Span("第二项")]])),
                    .heading(Heading(level: 3, text: "具体安排")),
                    .heading(Heading(level: 4, text: "细节", inContents: false)),
                    .table(table),
                    .chart(chart),
                    .caption("说明：数据截至年底。"),
                    .table(wide),
                    .heading(Heading(level: 1, text: "下一步打算")),
                    .paragraph(Paragraph([Span("继续做好各项工作。")], alignment: .left, indent: 0)),
                    .signature(["某某单位", "2026年1月15日"]),
                    .attachment(Attachment(title: "补充说明", blocks: [.paragraph(Paragraph(text: "附件正文。"))])),
                    .attachment(Attachment(title: "横排统计表", blocks: [.table(Table(columns: [.init("甲"), .init("乙")], rows: [.init(["1", "2"])]))],
                                           landscape: true)),
                 ])
    }

    /// A one-pixel PNG standing in for a chart picture.
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    static func options(pages: [Int: Int] = [:]) -> DocxOptions {
        DocxOptions(pageNumbers: pages, chartPicture: { _ in ChartPicture(png: png, width: 400, height: 200) })
    }
}

/// Text compared without the spaces, line breaks and tabs a layout or a reader may add.
func squeezed(_ s: String) -> String { String(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init)) }

func tool(_ path: String, _ args: [String]) throws -> (status: Int32, stdout: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [path] + args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

func onPath(_ name: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
    }
}

func temporaryDirectory() -> URL { TestSupport.scratch("huizong-docx") }

/// The documents the samples give: samples/documents/*.yaml and the committee report `huizong build` composes
/// from samples/committee.
enum Samples {
    static func documents() throws -> [(String, Document)] {
        let dir = Repo.root.appendingPathComponent("samples/documents")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { ($0, try DocumentReader.read(contentsOf: dir.appendingPathComponent($0))) }
    }

    static func committeeReport(appendix: Bool) throws -> Document {
        let dir = TestSupport.samples
        let read = Ingest().readFolder(dir)
        let previous = Ingest().readFolder(dir.appendingPathComponent("previous"))
        let day = try #require(read.committee.asOf, "samples/committee/committee.yaml has as_of")
        return CommitteeReport.document(Analysis(asOf: day).run(read, previous: previous), appendix: appendix)
    }
}
