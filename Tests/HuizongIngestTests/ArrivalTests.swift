import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// What arrives in a committee's folder: PDFs saved from Word, Word 97–2003 and WPS files, a subfolder or a
/// .zip per branch, Word's lock files. The fixtures are this project's own words (Formats/branch-report.yaml
/// rendered by `huizong render`; the .doc saved by LibreOffice from a sample .docx).
@Suite struct ArrivalTests {
    static let formats = Repo.root.appendingPathComponent("Tests/HuizongIngestTests/Formats")

    func read(_ name: String) -> [BranchReport] { Ingest().read(Self.formats.appendingPathComponent(name)) }

    @Test func aPDFSavedFromWordIsReadThroughPoppler() throws {
        let reports = read("branch-report.pdf")
        let r = try #require(reports.first)
        #expect(r.kind == .report)
        #expect(r.branch == "苗圃站党支部")
        #expect(r.year == 2025)
        #expect(r.problems.map(\.headline) == ["学习研讨不够深入。", "落实上级部署有时打折扣。"])
        #expect(r.causes.map(\.headline) == ["理论学习的自觉性不够强。"])
        #expect(r.measures.first?.owner == "周某")
        #expect(r.measures.first?.deadline == .date(Day(year: 2026, month: 6, day: 30)!))
        #expect(r.diagnostics.contains { $0.code == "reflowed" })
        #expect(!r.diagnostics.contains { $0.severity == .error })
    }

    /// branch-ledger-table.pdf: samples/committee/031-后勤保障党支部.docx saved as PDF by LibreOffice, its measures a
    /// six-column table whose narrow cells poppler runs together on one line, its problems numbered by Word.
    @Test func aPDFsTableOfMeasuresIsALedger() throws {
        let r = try #require(read("branch-ledger-table.pdf").first)
        #expect(r.branch == "后勤保障党支部")
        #expect(r.problems.count == 4)
        #expect(r.problems.first?.headline == "后勤服务标准化程度不高。")
        #expect(r.measures.map(\.headline) == ["制定食堂、车辆、会议保障三项服务规范", "建立隐患台账，每月复查销号",
                                              "小额采购实行三方询价、双人验收", "每季度召开一次职工意见座谈会"])
        #expect(r.measures.map(\.owner) == ["赵昇", "孙祎", "周珺", "陈玥"])
        #expect(r.measures.map(\.deadline) == [.date(Day(year: 2026, month: 3, day: 31)!), .date(Day(year: 2026, month: 2, day: 28)!),
                                              .date(Day(year: 2026, month: 1, day: 31)!), .ongoing])
        #expect(r.measures.first?.problem == "后勤服务标准化程度不高")
        // Word's automatic "1." stood alone on its line: joined to its item, and said so.
        #expect(r.diagnostics.contains { $0.id == .reflowed && $0.en.contains("numbering mark") })
        #expect(!r.diagnostics.contains { $0.severity == .error })
    }

    @Test func aPDFWithNoTextIsAScanNotAnEmptyReport() throws {
        // A one-page PDF that draws a square and holds no text, as a scanner's image-only page does.
        let pdf = """
        %PDF-1.4
        1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj
        2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj
        3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj
        4 0 obj <</Length 24>> stream
        0 0 1 rg 10 10 50 50 re f
        endstream endobj
        trailer <</Root 1 0 R>>
        %%EOF
        """
        let r = try #require(Ingest().read(data: Data(pdf.utf8), path: "扫描件.pdf").first)
        #expect(r.diagnostics.map(\.code) == ["scanned-pdf"])
        #expect(r.diagnostics.first?.severity == .error)
    }

    @Test func aDamagedPDFIsAnErrorNotACrash() throws {
        let r = try #require(Ingest().read(data: Data("%PDF-1.7\n garbage".utf8), path: "坏.pdf").first)
        #expect(r.diagnostics.contains { $0.severity == .error })
    }

    @Test(arguments: ["branch-report.doc", "branch-report.wps"])
    func wordAndWPSFilesAreReadThroughCatdoc(_ name: String) throws {
        try #require(LegacyDocuments.which("catdoc") != nil, "catdoc is installed by scripts/setup")
        let r = try #require(read(name).first)
        #expect(r.branch == "财务科党支部")
        #expect(r.problems.count >= 6)
        #expect(r.problems.first?.headline == "干事创业的精气神有所减退；")
        #expect(!r.diagnostics.contains { $0.severity == .error })
    }

    @Test func aMissingToolIsNamed() {
        #expect(LegacyDocuments.which("no-such-reader-of-doc") == nil)
    }

    func committee() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("arrival-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let unnamed = """
    2025年度组织生活会对照检查材料
    一、存在的问题
    一是学习不够系统。
    二是联系群众不够经常。
    """

    @Test func aSubfolderPerBranchNamesTheBranch() throws {
        let dir = try committee()
        let sub = dir.appendingPathComponent("07-园林所党支部")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Self.unnamed.write(to: sub.appendingPathComponent("材料.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("previous"), withIntermediateDirectories: true)
        try Self.unnamed.write(to: dir.appendingPathComponent("previous/去年.txt"), atomically: true, encoding: .utf8)
        try Data("lock".utf8).write(to: dir.appendingPathComponent("~$材料.docx"))
        let folder = Ingest().readFolder(dir)
        #expect(folder.reports.map(\.branch) == ["园林所党支部"])
        #expect(folder.reports.first?.diagnostics.contains { $0.code == "branch-from-folder" } == true)
        #expect(folder.diagnostics.map(\.code).contains("office-lock-file"))
    }

    /// A text that names no branch is not a branch's report, unless its folder names the branch.
    @Test func aFolderThatNamesTheBranchKeepsATextThatNamesNone() throws {
        let dir = try committee()
        let text = "学习教育查摆情况\n一、存在的问题\n一是学习不够系统。\n二是联系群众不够经常。\n"
        try text.write(to: dir.appendingPathComponent("查摆.txt"), atomically: true, encoding: .utf8)
        let sub = dir.appendingPathComponent("08-档案室党支部")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try text.write(to: sub.appendingPathComponent("查摆.txt"), atomically: true, encoding: .utf8)
        let reports = Ingest().readFolder(dir).reports
        // By the subfolder's whole name: the temporary folder's UUID may hold "08-" too.
        let top = try #require(reports.first { !$0.source.contains("/08-档案室党支部/") })
        let inFolder = try #require(reports.first { $0.source.contains("/08-档案室党支部/") })
        #expect(top.kind == .other)
        #expect(inFolder.kind == .report && inFolder.branch == "档案室党支部" && inFolder.problems.count == 2)
    }

    @Test func aZipOfABranchsFilesIsRead() throws {
        let dir = try committee()
        // A stored (uncompressed) ZIP with one entry whose name is GBK without the UTF-8 flag, as Windows writes it.
        let name = try #require("材料.txt".data(using: String.Encoding(rawValue: 0x8000_0632)))
        let zip = StoredZip.make(entries: [(name, Data(Self.unnamed.utf8))])
        try zip.write(to: dir.appendingPathComponent("档案馆党支部.zip"))
        let folder = Ingest().readFolder(dir)
        let r = try #require(folder.reports.first)
        #expect(r.source.hasSuffix("档案馆党支部.zip/材料.txt"))
        #expect(r.branch == "档案馆党支部")
        #expect(r.problems.count == 2)
    }
}

/// The smallest ZIP writer: stored entries, for tests that need an archive made the way an old tool makes it.
enum StoredZip {
    static func make(entries: [(name: Data, data: Data)]) -> Data {
        var out = Data(), central = Data()
        func u16(_ v: Int) -> Data { Data([UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)]) }
        func u32(_ v: Int) -> Data { u16(v & 0xFFFF) + u16((v >> 16) & 0xFFFF) }
        for (name, data) in entries {
            let crc = crc32(data)
            let offset = out.count
            // version, flags (no UTF-8 bit), method 0 (stored), time, date
            let common: [Data] = [u16(0), u16(0), u16(0), u16(0), u32(crc), u32(data.count), u32(data.count), u16(name.count), u16(0)]
            var local = u32(0x0403_4B50) + u16(20)
            for part in common { local += part }
            out += local + name + data
            var entry = u32(0x0201_4B50) + u16(20) + u16(20)
            for part in common { entry += part }
            let tail: [Data] = [u16(0), u16(0), u16(0), u32(0), u32(offset)]
            for part in tail { entry += part }
            central += entry + name
        }
        let cdOffset = out.count
        out += central
        let end: [Data] = [u32(0x0605_4B50), u16(0), u16(0), u16(entries.count), u16(entries.count), u32(central.count), u32(cdOffset), u16(0)]
        for part in end { out += part }
        return out
    }

    static func crc32(_ data: Data) -> Int {
        var c: UInt32 = 0xFFFF_FFFF
        for b in data {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c >> 1) ^ (0xEDB8_8320 & (0 &- (c & 1))) }
        }
        return Int(c ^ 0xFFFF_FFFF)
    }
}
