import Foundation
import HuizongAnalysis
import HuizongDocument
import HuizongModel
import Testing
@testable import HuizongCompose

/// 下一步工作打算: the open measures by owner in a table, and tables numbered as they appear.
@Suite struct NextStepsTests {
    static let asOf = Day(year: 2026, month: 3, day: 31)!

    func summary(overdue: [(String, String?)], dueSoon: [(String, String?)]) -> CommitteeSummary {
        var s = Analysis(asOf: Self.asOf).run(CommitteeFolder(committee: CommitteeConfig(), reports: [], diagnostics: [], knowledge: .shipped))
        func item(_ x: (String, String?)) -> CommitteeSummary.Overdue {
            CommitteeSummary.Overdue(branch: x.0, measure: "建立学习台账", owner: x.1, deadline: Self.asOf, days: 3)
        }
        s.overdue = overdue.map(item)
        s.dueSoon = dueSoon.map(item)
        return s
    }

    func tables(_ d: Document) -> [Table] {
        d.blocks.compactMap { if case let .table(t) = $0 { return t } else { return nil } }
    }

    @Test func openMeasuresAreListedByOwnerMostFirstUnnamedLast() throws {
        let s = summary(overdue: [("甲党支部", "张三"), ("乙党支部", "张三"), ("乙党支部", nil), ("丙党支部", "李四")],
                        dueSoon: [("丙党支部", "李四"), ("丙党支部", "李四"), ("甲党支部", "王五")])
        let t = tables(CommitteeReport.document(s))
        // No aspects and no previous year: overdue, due soon, then the owners' table, numbered 1–3 with no gap.
        #expect(t.map { $0.caption ?? "" } == ["表1　逾期未完成的整改措施", "表2　30日内到期的整改措施", "表3　逾期和30日内到期的整改措施（按责任人）"])
        let rows = try #require(t.last).rows.map(\.cells)
        #expect(rows == [["李四", "丙党支部", "1", "2"], ["张三", "甲党支部、乙党支部", "2", "—"], ["王五", "甲党支部", "—", "1"],
                         ["未写明", "乙党支部", "1", "—"], ["合计", "3名责任人", "4", "3"]])
    }

    /// Reports of many years each keep their own aspects; the per-branch attachment shows the first seven and sums
    /// the rest as 其余各方面, so the table keeps readable columns. The totals still add up.
    @Test func theAttachmentFoldsAspectsPastEightColumns() throws {
        let reports = (1...12).map { i -> BranchReport in
            var r = BranchReport(source: "b\(i).txt", kind: .report)
            r.branch = "第\(i)党支部"
            r.year = 2025
            let at = SourceLocation(file: "b\(i).txt", .file)
            r.aspects = [Aspect(title: "自拟方面\(i)", problems: [Statement(headline: "学习不够深入。", detail: "", location: at)], location: at)]
            return r
        }
        let s = Analysis(asOf: Self.asOf).run(CommitteeFolder(committee: CommitteeConfig(), reports: reports, diagnostics: [], knowledge: .shipped))
        #expect(s.aspectTitles.count == 12)
        let attached: [Table] = CommitteeReport.document(s).blocks.compactMap { block in
            guard case let .attachment(a) = block, a.title == "各党支部查摆问题和整改情况统计表", let first = a.blocks.first,
                  case let .table(t) = first else { return nil }
            return t
        }
        let table = try #require(attached.first)
        let titles = table.columns.map(\.title)
        #expect(titles.count == 2 + 8 + 5)
        #expect(Array(titles[2..<10]) == Array(s.aspectTitles.prefix(7)) + ["其余各方面"])
        let total = try #require(table.rows.last).cells
        #expect(Array(total[2..<10]) == ["1", "1", "1", "1", "1", "1", "1", "5"])
    }

    @Test func aLargeCommitteeListsTheHeaviestOwnersAndSumsTheRest() throws {
        let overdue = (0..<30).map { i in ("第\(i)党支部", Optional("责任人\(i)")) } + [("甲党支部", "责任人0")]
        let rows = try #require(tables(CommitteeReport.document(summary(overdue: overdue, dueSoon: []))).last).rows.map(\.cells)
        #expect(rows.count == OwnerLoad.shownOwners + 1)
        #expect(rows.first == ["责任人0", "第0党支部、甲党支部", "2", "—"])
        #expect(rows[rows.count - 2] == ["其余", "其余11名责任人", "11", "—"])
        #expect(rows.last == ["合计", "30名责任人", "31", "0"])
    }

    @Test func theSentenceNamesTheTableThatIsThere() {
        let s = summary(overdue: [("甲党支部", "张三")], dueSoon: [])
        let d = CommitteeReport.document(s)
        #expect(tables(d).map { $0.caption ?? "" } == ["表1　逾期未完成的整改措施", "表2　逾期和30日内到期的整改措施（按责任人）"])
        let text = d.blocks.compactMap { block -> String? in
            if case let .list(l) = block { return l.items.flatMap { $0 }.map(\.text).joined() } else { return nil }
        }.joined()
        #expect(text.contains("逾期未完成的1条整改措施由责任人逐条说明原因、限期办结，按责任人列于表2。"), "\(text)")
        #expect(!text.contains("30日内到期的"))
    }
}
