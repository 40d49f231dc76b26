import Foundation
import HuizongIngest
import HuizongModel
import Testing
@testable import HuizongAnalysis

/// Which files a build counts: a branch's own file that is no self-examination is read as the branch's, warned of,
/// and left out of the count, so the report never prints a branch that "found nothing".
@Suite struct LeftOutTests {
    static let report = """
        城北社区党支部2025年度组织生活会对照检查材料
        一、存在的问题
        一是学习计划落实不到位，集中学习次数偏少。
        二、原因分析
        一是对理论学习重要性认识不足。
        三、整改措施
        一是每月开展一次集中学习。（责任人：张敏，完成时限：2026年6月底前）
        """
    static let summary = """
        城南社区党支部2025年度工作总结
        一年来，城南社区党支部组织党员开展志愿服务十次，走访困难群众二十户。
        来年，支部将继续做好为民服务各项工作。
        """

    /// A work summary that ends with its plans ("三、下一步打算") is still no self-examination: no problems, no causes.
    @Test func aSummaryWithItsPlansIsNoSelfExamination() throws {
        let text = "城南社区党支部2025年度工作总结\n一、基本情况\n我支部现有党员二十一名。\n二、主要做法\n全年组织集中学习十二次。\n三、下一步打算\n继续做好为民服务各项工作。\n"
        let r = try #require(Ingest().read(data: Data(text.utf8), path: "s.txt").first)
        #expect(r.kind == .report)
        #expect(r.diagnostics.contains { $0.id == .notAReport && $0.severity == .warning }, "\(r.diagnostics.map(\.code))")
        #expect(!r.diagnostics.contains { $0.severity == .error })
    }

    @Test func aBranchsWorkSummaryIsItsOwnWarnedOfAndLeftOut() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hz-leftout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.report.write(to: dir.appendingPathComponent("城北.txt"), atomically: true, encoding: .utf8)
        try Self.summary.write(to: dir.appendingPathComponent("城南.txt"), atomically: true, encoding: .utf8)
        let folder = Ingest().readFolder(dir)
        let south = try #require(folder.reports.first { $0.source.hasSuffix("城南.txt") })
        #expect(south.kind == .report)
        let finding = try #require(south.diagnostics.first { $0.id == .notAReport })
        #expect(finding.severity == .warning)
        #expect(!south.diagnostics.contains { $0.severity == .error })
        let s = Analysis(asOf: try #require(Day(year: 2026, month: 3, day: 31))).run(folder, previous: nil)
        #expect(s.branches.map(\.name) == ["城北社区党支部"])
        #expect(s.excluded.map { URL(fileURLWithPath: $0.source).lastPathComponent } == ["城南.txt"])
        #expect(s.excluded.first?.reason.contains("不像对照检查材料") == true)
    }
}
