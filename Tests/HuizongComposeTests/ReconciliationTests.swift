import Foundation
import HuizongAnalysis
import HuizongIngest
import HuizongModel
import HuizongTestSupport
import Testing
@testable import HuizongCompose

/// Nothing lost: a reader that drops an item, or a stage that loses one, makes the build fail.
@Suite struct ReconciliationTests {
    static let asOf = Day(year: 2026, month: 3, day: 31)!

    func reconcile(_ folder: Ingest.Folder) -> Reconciliation {
        let summary = Analysis(asOf: Self.asOf).run(folder)
        return Reconciliation(folder: folder, summary: summary, document: CommitteeReport.document(summary))
    }

    @Test func theSamplesReconcile() {
        let r = reconcile(Ingest().readFolder(TestSupport.samples))
        #expect(r.ok, "\(r.mismatches)")
        #expect(r.lines.count >= 3)
    }

    @Test func aReaderThatDropsAnItemIsCaught() throws {
        var folder = Ingest().readFolder(TestSupport.samples)
        // The faulty reader: it made the item (counted it) but the report it hands on lacks it.
        let k = try #require(folder.reports.firstIndex { !$0.problems.isEmpty && $0.kind == .report })
        let a = try #require(folder.reports[k].aspects.firstIndex { !$0.problems.isEmpty })
        folder.reports[k].aspects[a].problems.removeLast()
        let r = reconcile(folder)
        #expect(!r.ok)
        #expect(r.mismatches.contains { $0.contains("the reader made") })
    }

    /// Canonical files are reconciled like the others: the count is of the entries in the file.
    @Test func aCanonicalFileThatLosesAnItemIsCaught() throws {
        var folder = Ingest().readFolder(TestSupport.samples)
        let k = try #require(folder.reports.firstIndex { $0.kind == .canonical && !$0.measures.isEmpty })
        #expect(folder.reports[k].emitted.measures == folder.reports[k].measures.count)
        folder.reports[k].measures.removeLast()
        let r = reconcile(folder)
        #expect(!r.ok)
        #expect(r.mismatches.contains { $0.contains(folder.reports[k].source) && $0.contains("the reader made") })
    }

    @Test func aReaderThatLosesAParagraphIsCaught() throws {
        var folder = Ingest().readFolder(TestSupport.samples)
        let k = try #require(folder.reports.firstIndex { $0.kind == .report && $0.diagnostics.allSatisfy { $0.severity != .error } })
        folder.reports[k].paragraphsPlaced -= 1
        let r = reconcile(folder)
        #expect(r.mismatches.contains { $0.contains("paragraphs read") })
    }

    @Test func aSummaryThatLosesAProblemIsCaught() throws {
        let folder = Ingest().readFolder(TestSupport.samples)
        var summary = Analysis(asOf: Self.asOf).run(folder)
        summary.branches[0].problems.removeLast()
        let r = Reconciliation(folder: folder, summary: summary, document: CommitteeReport.document(summary))
        #expect(!r.ok)
    }
}
