import Foundation
import HuizongDocument
import HuizongModel
import Testing
import ZIPFoundation
@testable import HuizongIngest

/// Inputs built to hurt: each must end as a diagnostic naming the file, fast, with the rest still read.
/// Crashes and hangs found by fuzzing are kept here as regressions.
@Suite struct HostileInputTests {
    static func package(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return try #require(archive.data)
    }

    func codes(_ data: Data, _ name: String) -> [String] {
        Ingest().read(data: data, path: name).flatMap(\.diagnostics).map(\.code)
    }

    /// A part whose bytes inflate to the declared size but not to the declared checksum is damaged.
    @Test func aPartThatFailsItsChecksumIsDamaged() throws {
        let docx = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/committee/004-财务科党支部.docx"))
        #expect(!codes(docx, "ok.docx").contains("corrupt-package"))
        var bytes = [UInt8](docx)
        let name = Array("word/document.xml".utf8)
        // The central directory entry of word/document.xml: its CRC-32 is at offset 16 of the entry.
        func isEntry(_ i: Int) -> Bool {
            let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
            guard Array(bytes[i..<(i + 4)]) == signature, i + 46 + name.count <= bytes.count else { return false }
            return Array(bytes[(i + 46)..<(i + 46 + name.count)]) == name
        }
        let entry = try #require((0..<(bytes.count - 46)).last(where: isEntry))
        bytes[entry + 16] ^= 0xFF
        let found = Ingest().read(data: Data(bytes), path: "crc.docx").flatMap(\.diagnostics)
        #expect(found.contains { $0.code == "corrupt-package" && $0.en.contains("CRC-32") }, "\(found.map(\.en))")
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let xml = """
        <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
        """
        let docx = try Self.package([("word/document.xml", Data(xml.utf8))])
        let found = codes(docx, "xxe.docx")
        #expect(found.contains("xml-entities"), "\(found)")
        let reports = Ingest().read(data: docx, path: "xxe.docx")
        #expect(!ReportJSON.value(reports[0], chinese: false).render().contains("root:"))
    }

    @Test func aZipBombIsRefusedByItsRatio() throws {
        let huge = Data(repeating: 0x20, count: 8 * 1024 * 1024)
        let docx = try Self.package([("word/document.xml", huge)])
        #expect(docx.count < 100_000)
        #expect(codes(docx, "bomb.docx").contains("limit-compression-ratio"))
    }

    @Test func anEntryClaimingMoreBytesThanTheFileIsCorrupt() throws {
        // Regression (fuzzing): ZIPFoundation loops for ever when an entry's data runs past the end.
        let xml = "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:body></w:document>"
        var bytes = [UInt8](try Self.package([("word/document.xml", Data(xml.utf8))]))
        guard let cd = (0..<(bytes.count - 4)).first(where: { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 0x01 && bytes[$0 + 3] == 0x02 }) else {
            Issue.record("no central directory")
            return
        }
        bytes[cd + 20] = 0xFF; bytes[cd + 21] = 0xFF; bytes[cd + 22] = 0x00
        #expect(codes(Data(bytes), "long.docx").contains("corrupt-package"))
    }

    @Test func truncatedPackagesAndGarbage() throws {
        let sample = try Data(contentsOf: Repo.samples.appendingPathComponent("004-财务科党支部.docx"))
        for cut in [10, 100, sample.count / 2, sample.count - 10] {
            let found = codes(sample.prefix(cut), "cut.docx")
            #expect(found.contains("corrupt-package"), "cut at \(cut): \(found)")
        }
        let sheet = try Data(contentsOf: Repo.samples.appendingPathComponent("整改台账汇总.xlsx"))
        #expect(codes(sheet.prefix(sheet.count / 3), "cut.xlsx").contains("corrupt-package"))
    }

    @Test func bareAmpersandsAreReadInLinearTime() throws {
        // Regression (docs/dependencies.md): each bare "&" searched the rest of the text for ";", so 30,000 of
        // them took 22 s and a 1.4 KB .docx holding 900,000 held the reader for hours.
        let amps = String(repeating: "&", count: 50_000)
        let tree = try XMLTreeBuilder.parse(Data("<a b=\"\(amps)\">\(amps)</a>".utf8))
        #expect(tree.text.count == 50_000)
        #expect(tree.attributes["b"]?.count == 50_000)
        #expect(try XMLTreeBuilder.parse(Data("<a>a&amp;b&#x7532;&nosuchentityname;</a>".utf8)).text == "a&b甲&nosuchentityname;")
        let xml = "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>\(amps)</w:t></w:r></w:p></w:body></w:document>"
        let docx = try Self.package([("word/document.xml", Data(xml.utf8))])
        #expect(!Ingest().read(data: docx, path: "amp.docx").isEmpty)
    }

    @Test func deadlineRegressionsFromFuzzing() {
        // Years far outside the calendar used to trap on a force unwrap.
        #expect(DeadlineParser.parse("99999年底", defaultYear: nil) == .impossible("99999年底"))
        #expect(DeadlineParser.parse("9999年6月", defaultYear: nil) == .impossible("9999年6月"))
        #expect(DeadlineParser.parse("3月", defaultYear: 99999) == .impossible("3月"))
    }

    @Test func aVeryLongSingleLineIsCut() throws {
        var line = String(repeating: "党支部整改", count: 4_000_000)   // 20 million characters, 60 MB of UTF-8 … too big
        line = String(line.prefix(12_000_000))                         // 36 MB, under the 50 MB file limit
        let found = codes(Data(line.utf8), "line.txt")
        #expect(found.contains("limit-line-length"), "\(found)")
        #expect(found.contains("not-a-report"))
    }

    @Test func invalidEncodingsAndUTF16() {
        #expect(codes(Data([0xFF, 0xFF, 0xFF, 0xFE, 0x80, 0x81, 0xFE, 0xFF, 0x20] + Array(repeating: 0x41, count: 10)), "bad.txt").contains("unknown-encoding"))
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("甲党支部2025年度组织生活会对照检查材料\n一、存在的问题\n（一）政治纪律方面\n一是学习不够。\n".data(using: .utf16LittleEndian)!)
        let r = Ingest().read(data: utf16, path: "u16.txt")
        #expect(r.first?.branch == "甲党支部")
        #expect(r.first?.problems.count == 1)
    }
}

/// Inputs that crashed or hung a reader under libFuzzer, kept so they never do again.
@Suite struct FuzzRegressionTests {
    @Test func everyKeptFindingEndsAsADiagnostic() throws {
        let dir = Repo.root.appendingPathComponent("Tests/HuizongIngestTests/Regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.count >= 2)
        for f in files {
            let reports = Ingest().read(dir.appendingPathComponent(f))
            #expect(!reports.isEmpty)
            #expect(reports.flatMap(\.diagnostics).contains { $0.severity == .error }, "\(f)")
        }
    }
}

/// YAML that made Yams' `load` trap: a mapping key that is not a scalar (found by fuzzing committee.yaml),
/// and aliases that expand a small file into millions of values.
@Suite struct YAMLRegressionTests {
    @Test func aKeptCommitteeFindingReadsWithoutATrap() throws {
        let dir = Repo.root.appendingPathComponent("Tests/HuizongIngestTests/RegressionsCommittee")
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
            let text = String(decoding: try Data(contentsOf: dir.appendingPathComponent(f)), as: UTF8.self)
            #expect(throws: DataFileError.self) { try CommitteeConfig.read(text, file: "committee.yaml") }
            #expect(!Ingest().read(data: Data(text.utf8), path: f).isEmpty)
        }
    }

    @Test func aKeyThatIsAListIsAnErrorNotATrap() {
        let yaml = "committee: 甲党委\n? [a, b]\n: c\nroster: [一支部, 二支部]\n"
        #expect(throws: DataFileError.self) { try CommitteeConfig.read(yaml, file: "committee.yaml") }
        let report = Ingest().read(data: Data("branch: 甲支部\n? {x: 1}\n: 2\n".utf8), path: "a.yaml")
        #expect(!report.isEmpty)
    }

    @Test func aliasesThatExplodeStopTheRead() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(throws: DataFileError.self) { try CommitteeConfig.read(yaml, file: "committee.yaml") }
        let d = Ingest().read(data: Data(yaml.utf8), path: "bomb.yaml").flatMap(\.diagnostics)
        #expect(d.contains { $0.severity == .error })
    }
}

/// Every limit, exceeded, gives a diagnostic naming it and how to raise it.
@Suite struct LimitTests {
    @Test func xmlDepth() throws {
        let deep = String(repeating: "<w:x>", count: 400) + String(repeating: "</w:x>", count: 400)
        let xml = "<w:document xmlns:w=\"x\"><w:body>\(deep)</w:body></w:document>"
        let docx = try HostileInputTests.package([("word/document.xml", Data(xml.utf8))])
        let d = Ingest().read(data: docx, path: "deep.docx").flatMap(\.diagnostics)
        #expect(d.contains { $0.code == "limit-xml-depth" && $0.en.contains("256") })
    }

    @Test func unpackedSize() throws {
        var limits = IngestLimits()
        limits.maxUnzippedBytes = 2_000
        let d = Ingest(limits: limits).read(Repo.samples.appendingPathComponent("004-财务科党支部.docx")).flatMap(\.diagnostics)
        #expect(d.contains { $0.code == "limit-unzipped-size" && $0.en.contains("--max-unzipped-mb") })
    }

    @Test func filesRowsAndFileSize() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hz-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let csv = "党支部,整改措施,责任人,完成时限\n" + (1...10).map { "甲党支部,措施\($0),张三,2026-06-30" }.joined(separator: "\n")
        for k in 1...5 { try Data(csv.utf8).write(to: dir.appendingPathComponent("l\(k).csv")) }
        var limits = IngestLimits()
        limits.maxFiles = 3
        limits.maxRows = 5
        limits.maxFileBytes = 100
        let folder = Ingest(limits: limits).readFolder(dir)
        #expect(folder.diagnostics.contains { $0.code == "limit-files" && $0.en.contains("--max-files") })
        let codes = folder.reports.flatMap(\.diagnostics).map(\.code)
        #expect(codes.contains("limit-file-size"))
        limits.maxFileBytes = 1_000_000
        let one = Ingest(limits: limits).read(dir.appendingPathComponent("l1.csv")).flatMap(\.diagnostics)
        #expect(one.contains { $0.code == "limit-rows" && $0.en.contains("--max-rows") })
    }
}
