import Foundation
import HuizongDocument
import HuizongIngest
import HuizongModel
import Testing
@testable import HuizongAnalysis
@testable import HuizongCompose

/// "N类问题再次查摆" counts kinds of problem, not branch × kind pairs: 40 pairs over 19 kinds read as 40 kinds
///.
@Suite struct RecurringTextTests {
    @Test func theSentenceCountsKindsAndBranchesSeparately() throws {
        var s = Analysis(asOf: Day(year: 2026, month: 3, day: 31)!).run(Ingest.Folder(committee: CommitteeConfig(), reports: [], diagnostics: [], knowledge: .shipped))
        s.previousYear = 2024
        s.recurring = [("甲党支部", "理论学习"), ("乙党支部", "理论学习"), ("乙党支部", "联系群众"), ("丙党支部", "理论学习")]
            .map { CommitteeSummary.Recurring(branch: $0.0, group: $0.1, years: [2024, 2025]) }
        let blocks = CommitteeReport.document(s, appendix: false).blocks
        let text = blocks.compactMap { block -> String? in
            if case let .paragraph(p) = block { return p.spans.map(\.text).joined() }
            return nil
        }.joined()
        // Tables are numbered as they appear: with nothing overdue and no aspects, this is the first.
        #expect(text.contains("3个党支部的2类问题再次查摆（共4处，见表1）"), "\(text)")
        let captions = blocks.compactMap { block -> String? in
            if case let .table(t) = block { return t.caption }
            return nil
        }
        #expect(captions == ["表1　再次查摆的问题"])
    }
}
