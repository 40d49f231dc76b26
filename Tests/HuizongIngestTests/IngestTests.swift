import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples/committee")
    static var record: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil }
}

@Suite struct NarrativeTests {
    /// A report in the seed's shape (Markdown pasted into .txt), in this project's own words.
    static let report = """
    # 城建科党支部班子2024年度组织生活会对照检查材料

    2024年，\\*\\*\\*党支部在\\*\\*党委领导下开展工作，支部现有党员18名。

    **一、存在的问题与不足**

    （一）遵守政治纪律方面

    一是理论学习抓得不紧，学习计划执行打折扣。全年集中学习次数少于计划，研讨发言准备不足。

    二是政治敏锐性不够强。对一些错误观点辨识不够及时。

    （二）遵守工作纪律方面

    全年召开支委会12次，党员大会\\*次，讲专题党课2次。

    一是抓落实的韧劲不足；二是跟踪问效不够；三是工作创新不多。

    **二、原因剖析**

    （一）党性修养有所放松。对自身要求不够严格。

    （二）宗旨意识不够牢固。服务意识有待增强。

    **三、整改措施**

    （一）严格落实学习计划。责任人：赵昇，完成时限：2025年6月底前。

    （二）建立工作台账，逐项跟踪。责任人：孙祎，完成时限：长期坚持。
    """

    func parse(_ text: String) -> BranchReport {
        let paragraphs = TextReader.paragraphs(text, file: "r.txt")
        return NarrativeParser(aspectSet: AspectSet.named("2024-jilv")).parse(paragraphs, source: "r.txt")
    }

    @Test func theSkeletonIsRecognised() {
        let r = parse(Self.report)
        #expect(r.branch == "城建科党支部")
        #expect(r.year == 2024)
        #expect(r.members == 18)
        #expect(r.aspects.map(\.title) == ["遵守政治纪律方面", "遵守工作纪律方面"])
        #expect(r.aspects.map(\.matched) == ["political", "work"])
        #expect(r.aspects[0].problems.map(\.headline) == ["理论学习抓得不紧，学习计划执行打折扣。", "政治敏锐性不够强。"])
        #expect(r.aspects[0].problems[0].detail == "全年集中学习次数少于计划，研讨发言准备不足。")
        #expect(r.aspects[0].problems[0].location.description == "r.txt:9")
        // Three run-in items inside one paragraph.
        #expect(r.aspects[1].problems.map(\.headline) == ["抓落实的韧劲不足；", "跟踪问效不够；", "工作创新不多。"])
        #expect(r.causes.map(\.headline) == ["党性修养有所放松。", "宗旨意识不够牢固。"])
        #expect(r.measures.map(\.owner) == ["赵昇", "孙祎"])
        #expect(r.measures[0].deadline == .date(Day(year: 2025, month: 6, day: 30)!))
        #expect(r.measures[1].deadline == .ongoing)
        let stats = ReportJSON.mergedStats(r)
        #expect(stats.first { $0.name == "支委会" }?.count == 12)
        #expect(stats.first { $0.name == "党课" }?.count == 2)
        #expect(stats.first { $0.name == "党员大会" }.map { $0.count == nil } == true)
        #expect(r.diagnostics.contains { $0.code == "placeholder" && $0.location?.description == "r.txt:3" })
        // Nothing dropped: placed paragraphs plus the context notes account for every paragraph.
        let context = r.diagnostics.filter { $0.code == "context" }
        #expect(!context.isEmpty)
    }

    @Test(arguments: [
        ("1.甲问题。细节", "甲问题。"), ("1、甲问题。细节", "甲问题。"), ("（1）甲问题。细节", "甲问题。"), ("(1)甲问题。细节", "甲问题。"),
        ("第一，甲问题。细节", "甲问题。"), ("首先，甲问题。细节", "甲问题。"), ("问题1：甲问题。细节", "甲问题。"), ("一是甲问题。细节", "甲问题。"),
    ])
    func everyItemNumberingStyle(_ line: String, _ headline: String) {
        let r = parse("乙党支部2024年度组织生活会对照检查材料\n一、存在的问题\n（一）遵守政治纪律方面\n\(line)\n")
        #expect(r.problems.map(\.headline) == [headline], "\(line)")
    }

    @Test func deadlines() {
        func d(_ s: String, _ y: Int? = 2024) -> DeadlineParser.Result { DeadlineParser.parse(s, defaultYear: y) }
        #expect(d("2023年6月底前") == .deadline(.date(Day(year: 2023, month: 6, day: 30)!)))
        #expect(d("2024年2月底") == .deadline(.date(Day(year: 2024, month: 2, day: 29)!)))
        #expect(d("6月30日前") == .deadline(.date(Day(year: 2024, month: 6, day: 30)!)))
        #expect(d("2023-06-30") == .deadline(.date(Day(year: 2023, month: 6, day: 30)!)))
        #expect(d("45107") == .deadline(.date(Day(year: 2023, month: 6, day: 30)!)))
        #expect(d("长期坚持") == .deadline(.ongoing))
        // "Put right on the spot": no end date is written, as with 长期坚持; not an unreadable deadline.
        #expect(d("立行立改") == .deadline(.ongoing))
        #expect(d("即知即改。") == .deadline(.ongoing))
        #expect(d("2026年2月30日") == .impossible("2026年2月30日"))
        #expect(d("尽快") == .unreadable)
    }

    @Test func statusWords() {
        #expect(StatusWords.normalise("已整改到位") == .done)
        #expect(StatusWords.normalise("部分整改到位") == .partial)
        #expect(StatusWords.normalise("正在整改") == .inProgress)
        #expect(StatusWords.normalise("长期坚持") == .ongoing)
        #expect(StatusWords.normalise("尚未启动") == .notStarted)
        #expect(StatusWords.normalise("差不多了") == nil)
    }

    @Test func encodingsAreDetectedFromTheBytes() {
        #expect(TextDecoding.decode(Data([0xD6, 0xD0, 0xCE, 0xC4]))?.text == "中文")
        #expect(TextDecoding.decode(Data([0xD6, 0xD0, 0xCE, 0xC4]))?.encoding == .gb18030)
        #expect(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data("中文".utf8))?.encoding == .utf8BOM)
        #expect(TextDecoding.decode(Data([0xFF, 0xFE, 0x2D, 0x4E, 0x87, 0x65]))?.text == "中文")
        #expect(TextDecoding.decode(Data("中文".utf8))?.encoding == .utf8)
    }
}

@Suite struct SampleTests {
    static func files() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: Repo.samples, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") && !["committee.yaml", "groups.yaml"].contains($0.lastPathComponent) }
            .sorted { $0.path < $1.path }
    }

    /// Golden: the outline of every sample equals its recorded dump; RECORD_SNAPSHOTS=1 re-records.
    @Test func everySampleParsesAsRecorded() throws {
        let files = Self.files()
        #expect(files.count >= 28)
        let goldenDir = Repo.root.appendingPathComponent("Tests/HuizongIngestTests/Golden")
        try FileManager.default.createDirectory(at: goldenDir, withIntermediateDirectories: true)
        for f in files {
            let text = Ingest().read(f).map { r in
                ReportJSON.outline(r, chinese: true).replacingOccurrences(of: Repo.root.path + "/", with: "")
                    + r.diagnostics.map { "  \($0.severity.rawValue) [\($0.code)] \($0.location?.description.replacingOccurrences(of: Repo.root.path + "/", with: "") ?? "-") \($0.zh)\n" }.joined()
            }.joined()
            let golden = goldenDir.appendingPathComponent(f.lastPathComponent + ".txt")
            if Repo.record {
                try text.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            // A missing golden fails: recording it here would pass whatever the reader made of the file.
            guard FileManager.default.fileExists(atPath: golden.path) else {
                Issue.record("no golden dump for \(f.lastPathComponent); record with RECORD_SNAPSHOTS=1")
                continue
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(text == expected, "\(f.lastPathComponent) differs from its golden dump")
        }
    }

    @Test(arguments: [
        ("025-党建办党支部.txt", "impossible-date", "025-党建办党支部.txt:16"),
        ("025-党建办党支部.txt", "placeholder-count", "025-党建办党支部.txt:3"),
        ("025-党建办党支部.txt", "missing-section", "025-党建办党支部.txt"),
        ("026-会议通知.txt", "not-branch-report", "026-会议通知.txt"),
        ("027-数据科党支部补充材料.docx", "corrupt-package", "027-数据科党支部补充材料.docx"),
        ("029-补充整改台账.csv", "unknown-status", "029-补充整改台账.csv:F2"),
    ])
    func eachDefectHasItsDiagnostic(_ file: String, _ code: String, _ location: String) {
        let reports = Ingest().read(Repo.samples.appendingPathComponent(file))
        let found = reports.flatMap(\.diagnostics).filter { $0.code == code }
        #expect(found.contains { $0.location?.description.hasSuffix(location) == true }, "\(file): \(found.map { $0.location?.description ?? "-" })")
    }

    /// Property: no mutation of a real sample crashes or hangs a reader; each gives a report or an error.
    @Test func mutatedInputsNeverCrash() throws {
        var seed: UInt64 = 12345
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hz-mut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for f in Self.files() {
            let original = try Data(contentsOf: f)
            for k in 0..<12 {
                var bytes = [UInt8](original)
                guard !bytes.isEmpty else { continue }
                switch k % 3 {
                case 0: for _ in 0..<8 { bytes[next() % bytes.count] = UInt8(next() % 256) }
                case 1: bytes = Array(bytes.prefix(next() % bytes.count))
                default: bytes.insert(contentsOf: bytes.prefix(64), at: next() % bytes.count)
                }
                let m = dir.appendingPathComponent("m\(k)-" + f.lastPathComponent)
                try Data(bytes).write(to: m)
                let reports = Ingest().read(m)
                #expect(!reports.isEmpty)
            }
        }
    }

    /// The readers the sample files do not reach: a lower committee's summary.json (Fuzz/seeds/summary.json, also
    /// the fuzz seed), committee.yaml and groups.yaml.
    @Test func mutatedSettingsAndSummariesNeverCrash() throws {
        var seed: UInt64 = 777
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        let inputs = [Repo.root.appendingPathComponent("Fuzz/seeds/summary.json"), Repo.samples.appendingPathComponent("committee.yaml"),
                      Repo.samples.appendingPathComponent("groups.yaml")]
        let summary = Ingest().read(inputs[0])
        #expect(summary.count > 1 && !summary.flatMap(\.diagnostics).contains { $0.severity == .error }, "the seed is read as a roll-up")
        for f in inputs {
            let original = [UInt8](try Data(contentsOf: f))
            for k in 0..<30 {
                var bytes = original
                switch k % 3 {
                case 0: for _ in 0..<8 { bytes[next() % bytes.count] = UInt8(next() % 256) }
                case 1: bytes = Array(bytes.prefix(next() % bytes.count))
                default: bytes.insert(contentsOf: bytes.prefix(64), at: next() % bytes.count)
                }
                let data = Data(bytes)
                #expect(!Ingest().read(data: data, path: "summary.json").isEmpty)
                _ = try? CommitteeConfig.read(data: data, file: "committee.yaml")
                _ = try? GroupsFile.read(data: data, file: "groups.yaml")
            }
        }
    }

    /// A lower committee's summary.json is recognised whatever character its 400th byte falls in: a prefix cut
    /// inside a Chinese character was not UTF-8, so the file was read as a canonical report instead.
    @Test func aSummaryIsRecognisedWhereverItsHeadEnds() throws {
        let seed = try String(contentsOf: Repo.root.appendingPathComponent("Fuzz/seeds/summary.json"), encoding: .utf8)
        // Chinese text all over the first 400 bytes (a key the reader ignores), then shifts of one byte each.
        let chinese = seed.replacingOccurrences(of: "\"coverage\":", with: "\"note\": \"\(String(repeating: "党支部", count: 60))\",\n  \"coverage\":")
        for shift in 0..<3 {
            let data = Data(("{" + String(repeating: " ", count: shift) + chinese.dropFirst()).utf8)
            let reports = Ingest().read(data: data, path: "a-summary.json")
            #expect(reports.count > 1 && !reports.flatMap(\.diagnostics).contains { $0.severity == .error }, "shifted by \(shift)")
        }
    }

    @Test func hostileFilesAreErrorsNotCrashes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hz-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var limits = IngestLimits()
        limits.maxFileBytes = 1_000_000
        let cases: [(String, Data, String)] = [
            ("empty.txt", Data(), "empty-file"),
            ("garbage.txt", Data((0..<5000).map { UInt8(($0 * 7919) % 256) }), "binary-file"),
            ("big.txt", Data(repeating: 0x41, count: 1_100_000), "limit-file-size"),
            ("fake.docx", Data("not a zip".utf8), "corrupt-package"),
            ("old.doc", Data([0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0]), "corrupt-package"),
            ("old.xls", Data([0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0]), "unsupported-format"),
        ]
        for (name, data, code) in cases {
            let url = dir.appendingPathComponent(name)
            try data.write(to: url)
            let codes = Ingest(limits: limits).read(url).flatMap(\.diagnostics).map(\.code)
            #expect(codes.contains(code), "\(name): \(codes)")
        }
        let folder = Ingest(limits: limits).readFolder(dir)
        #expect(folder.reports.count == cases.count)
    }
}
