import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// A ledger's 责任单位 is who carries a measure out, not the branch the ledger belongs to; a row whose 整改措施
/// is empty is no measure.
@Suite struct LedgerColumnTests {
    func read(_ csv: String) -> [BranchReport] {
        Ingest().read(data: Data(csv.utf8), path: "003-办公室党支部-整改台账.csv")
    }

    @Test func aResponsibleUnitIsNotTheBranch() {
        let reports = read("""
        办公室党支部2025年度整改台账
        序号,存在问题,整改措施,责任单位,责任人,完成时限,整改进展
        1,理论学习不深入,制定学习计划,综合科,张三,2026年6月30日,已完成
        2,联系群众不够,建立联系点制度,后勤科,李四,2026年9月30日,推进中

        """)
        #expect(reports.map(\.branch) == ["办公室党支部"])
        #expect(reports.flatMap(\.measures).map(\.branch) == ["办公室党支部", "办公室党支部"])
        #expect(reports.flatMap(\.measures).map(\.owner) == ["张三", "李四"], "the person, not the unit, is the owner")
    }

    @Test func theUnitIsTheOwnerWhenThereIsNoPerson() {
        let reports = read("序号,存在问题,整改措施,责任单位,完成时限\n1,学习不深入,制定学习计划,综合科,2026年6月30日\n")
        #expect(reports.flatMap(\.measures).map(\.owner) == ["综合科"])
        #expect(reports.flatMap(\.measures).allSatisfy { $0.branch == "办公室党支部" })
    }

    @Test func aBranchColumnStillSplitsASharedLedger() {
        let reports = read("序号,党支部,存在问题,整改措施,责任人\n1,甲党支部,问题一,措施一,张三\n2,乙党支部,问题二,措施二,李四\n")
        #expect(reports.compactMap(\.branch) == ["甲党支部", "乙党支部"])
    }

    @Test func aProblemWithoutAMeasureIsNotAMeasure() {
        let reports = read("""
        办公室党支部2025年度整改台账
        序号,存在问题,整改措施,责任人,完成时限
        1,理论学习不深入,制定学习计划,张三,2026年6月30日
        2,联系群众不够,,李四,2026年9月30日

        """)
        #expect(reports.flatMap(\.measures).map(\.headline) == ["制定学习计划"])
        let d = reports.flatMap(\.diagnostics).first { $0.code == "ledger-problem-without-measure" }
        #expect(d?.severity == .warning)
        #expect(d?.zh.contains("联系群众不够") == true)
        #expect(d?.location?.description == "003-办公室党支部-整改台账.csv:C4")
    }

    @Test func aLedgerWithoutAMeasureColumnListsItsProblemsAsItems() {
        let reports = read("序号,存在问题,责任人,完成时限,整改进展\n1,学习不深入,张三,2026年6月30日,已完成\n")
        #expect(reports.flatMap(\.measures).map(\.headline) == ["学习不深入"])
    }
}
