import Foundation
import HuizongIngest
import HuizongModel
import Testing
@testable import HuizongAnalysis

/// A branch's report and its results table make one branch: the table's appraisal, the report's measures.
@Suite struct AppraisalSummaryTests {
    @Test func aResultsTableJoinsItsBranchsReport() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hz-appraisal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = """
            城南小学党支部2025年度组织生活会对照检查材料
            支部于2026年1月9日召开组织生活会，应到5人，实到5人，镇党委委员到会指导。评定优秀党员3名。
            一、存在的问题
            1.学习不够深入。
            二、整改措施
            1.每月集中学习一次。责任人：王某，完成时限：2026年6月30日。
            """
        try report.write(to: dir.appendingPathComponent("01.txt"), atomically: true, encoding: .utf8)
        try AppraisalTableTests.csvText.write(to: dir.appendingPathComponent("02-评议结果.csv"), atomically: true, encoding: .utf8)
        let s = Analysis(asOf: try #require(Day(year: 2026, month: 3, day: 31))).run(Ingest().readFolder(dir))
        #expect(s.excluded.isEmpty, "\(s.excluded.map(\.reason))")
        let b = try #require(s.branches.first)
        #expect(s.branches.count == 1 && b.name == "城南小学党支部")
        #expect(b.measures.count == 1)
        #expect(b.appraisal == Appraisal(appraised: 4, excellent: 1, qualified: 2, basicallyQualified: 1, unqualified: 0))
        #expect(s.appraisal.branches == 1 && s.appraisal.appraised == 4 && s.appraisal.excellent == 1)
        #expect(s.meeting.guided == 1 && s.meeting.withAttendance == 1)
    }
}

enum AppraisalTableTests {
    static let csvText = "城南小学党支部2025年度民主评议党员结果\n序号,姓名,评议等次\n1,张某,优秀\n2,李某,合格\n3,王某,合格\n4,赵某,基本合格\n"
}
