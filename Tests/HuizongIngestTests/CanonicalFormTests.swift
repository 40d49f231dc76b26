import Foundation
import HuizongDocument
import HuizongModel
import Testing
@testable import HuizongIngest

/// The canonical .yaml read by the typed reader: a key it does not know or an item it cannot use is an error with
/// its line, never an item silently dropped; the counts checked later are what the file held.
@Suite struct CanonicalFormTests {
    static let good = """
    version: 1
    branch: {name: 甲党支部, members: 12}
    year: 2025
    meeting: {kind: 组织生活会, date: 2026-01-15}
    stats: {党课: 4, 主题党日: null}
    aspects:
      - title: 遵守政治纪律方面
        problems:
          - {headline: 理论学习不够深入。, detail: 学习笔记流于形式。}
          - 联系群众不够紧密。走访次数少。
    causes:
      - 党性修养有所放松。
    measures:
      - {headline: 制定学习计划。, owner: 张三, deadline: 2026-06-30, status: 已完成}
      - 建立联系点制度。

    """

    func read(_ yaml: String) -> BranchReport {
        Ingest().read(data: Data(yaml.utf8), path: "005-甲党支部.yaml")[0]
    }

    func error(_ yaml: String) -> Diagnostic? {
        read(yaml).diagnostics.first { $0.severity == .error }
    }

    @Test func aWellFormedFileKeepsEveryItem() {
        let r = read(Self.good)
        #expect(r.diagnostics.filter { $0.severity != .note }.isEmpty, "\(r.diagnostics.map(\.en))")
        #expect(r.branch == "甲党支部" && r.members == 12 && r.year == 2025)
        #expect(r.meetingDate == Day(year: 2026, month: 1, day: 15))
        #expect(r.problems.count == 2 && r.causes.count == 1 && r.measures.count == 2)
        #expect(r.emitted == ItemCounts(problems: 2, causes: 1, measures: 2))
        #expect(r.measures.first?.status == .done && r.measures.first?.owner == "张三")
    }

    @Test(arguments: [
        ("      - {headline: 理论学习不够深入。, detail: 学习笔记流于形式。}", "      - {detail: 学习笔记流于形式。}", 9, "headline"),
        ("    problems:", "    problem:", 8, "problem"),
        ("measures:", "measure:", 13, "measure"),
        ("  - {headline: 制定学习计划。, owner: 张三", "  - {headline: 制定学习计划。, ownr: 张三", 14, "ownr"),
        ("year: 2025", "year: 二〇二五", 3, "year"),
    ])
    func aMistakeIsAnErrorWithItsLine(_ right: String, _ wrong: String, _ line: Int, _ named: String) throws {
        #expect(Self.good.contains(right))
        let d = try #require(error(Self.good.replacingOccurrences(of: right, with: wrong)), "\(wrong)")
        #expect(d.code == "canonical-shape")
        #expect(d.location?.description == "005-甲党支部.yaml:\(line)")
        #expect(d.en.contains(named), "\(d.en)")
    }

    @Test func aFileWithAMistakeHoldsNothingItCouldMiscount() {
        let r = read(Self.good.replacingOccurrences(of: "measures:", with: "measure:"))
        #expect(r.branch == "甲党支部", "named, so the exclusion says whose file it was")
        #expect(r.problems.isEmpty && r.measures.isEmpty)
        #expect(r.emitted == ItemCounts(problems: 0, causes: 0, measures: 0))
    }

    @Test func theParseJSONShapeReadsBack() throws {
        let r = read(Self.good)
        let json = ReportJSON.value(r, chinese: true).render()
        let back = Ingest().read(data: Data(json.utf8), path: "005-甲党支部.json")[0]
        #expect(!back.diagnostics.contains { $0.severity == .error }, "\(back.diagnostics.map(\.en))")
        #expect(back.problems.map(\.headline) == r.problems.map(\.headline))
        #expect(back.measures.map(\.owner) == r.measures.map(\.owner))
    }

    /// What the reconciliation compares for a canonical file: the entries the file holds, counted apart here.
    @Test func emittedCountsAreTheEntriesInTheFile() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.samples.path).sorted() where name.hasSuffix(".yaml") && !["committee.yaml", "groups.yaml"].contains(name) {
            let text = try String(contentsOf: Repo.samples.appendingPathComponent(name), encoding: .utf8)
            let root = try DataNode.load(text, file: name)
            let problems = try root["aspects"]?.items("aspects").reduce(0) { $0 + ((try $1["problems"]?.items("p").count) ?? 0) } ?? 0
            let causes = try root["causes"]?.items("c").count ?? 0, measures = try root["measures"]?.items("m").count ?? 0
            let r = Ingest().read(data: Data(text.utf8), path: name)[0]
            #expect(r.emitted == ItemCounts(problems: problems, causes: causes, measures: measures), "\(name)")
        }
    }

    @Test func everySampleInTheCanonicalFormReadsCleanly() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.samples.path).sorted() where name.hasSuffix(".yaml") && name != "committee.yaml" && name != "groups.yaml" {
            let r = Ingest().read(Repo.samples.appendingPathComponent(name))
            #expect(!r.flatMap(\.diagnostics).contains { $0.severity == .error }, "\(name): \(r.flatMap(\.diagnostics).map(\.en))")
            #expect(r.first.map { $0.problems.count > 0 } == true)
        }
    }
}
