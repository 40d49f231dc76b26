import Foundation
import HuizongAnalysis
import HuizongDocument

import HuizongModel

/// Counts that must agree from reading to the PDF: paragraphs read = placed + reported as not understood;
/// items made by the readers = items in the model = items in summary.json = items in the PDF's tables.
/// Any difference is an error, and the build stops.
public struct Reconciliation: Sendable {
    public var lines: [String] = []
    public var mismatches: [String] = []
    public var ok: Bool { mismatches.isEmpty }

    public init(folder: CommitteeFolder, summary: CommitteeSummary, document: Document) {
        var read = 0, placed = 0, noted = 0
        for r in folder.reports {
            read += r.paragraphsRead
            placed += r.paragraphsPlaced
            noted += r.paragraphsNoted
            if r.paragraphsRead != r.paragraphsPlaced + r.paragraphsNoted, !r.diagnostics.contains(where: { $0.severity == .error }) {
                mismatches.append("\(r.source): \(r.paragraphsRead) paragraphs read ≠ \(r.paragraphsPlaced) placed + \(r.paragraphsNoted) noted")
            }
            let held = ItemCounts(problems: r.problems.count, causes: r.causes.count, measures: r.measures.count)
            if held != r.emitted {
                mismatches.append("\(r.source): the reader made \(r.emitted.problems)/\(r.emitted.causes)/\(r.emitted.measures) problems/causes/measures but the model holds \(held.problems)/\(held.causes)/\(held.measures)")
            }
        }
        lines.append("paragraphs: \(read) read = \(placed) placed + \(noted) reported as context or skipped")
        let included = Set(summary.includedReports)
        let reports = folder.reports.filter { included.contains($0.source + "#" + ($0.branch ?? "")) }
        let problems = reports.reduce(0) { $0 + $1.problems.count }
        let causes = reports.reduce(0) { $0 + $1.causes.count }
        let measures = reports.reduce(0) { $0 + $1.measures.count } - summary.supersededMeasures
        lines.append("problems: \(problems) read = \(summary.totalProblems) in summary.json; causes: \(causes) = \(summary.totalCauses); measures: \(measures) (after \(summary.supersededMeasures) replaced by ledgers) = \(summary.totalMeasures)")
        if problems != summary.totalProblems { mismatches.append("problems: \(problems) read but \(summary.totalProblems) in the summary") }
        if causes != summary.totalCauses { mismatches.append("causes: \(causes) read but \(summary.totalCauses) in the summary") }
        if measures != summary.totalMeasures { mismatches.append("measures: \(measures) read but \(summary.totalMeasures) in the summary") }
        let grouped = summary.problemGroups.reduce(0) { $0 + $1.members.count }
        if grouped != summary.totalProblems { mismatches.append("problem groups hold \(grouped) statements, not \(summary.totalProblems)") }
        // The per-branch table of the PDF (附件1): its body rows and its total row.
        if let table = Self.branchTable(document) {
            let header = table.columns.map(\.title)
            if let pi = header.firstIndex(of: "问题数"), let mi = header.firstIndex(of: "措施数") {
                let body = table.rows.filter { $0.role == .body }
                let pSum = body.reduce(0) { $0 + (Int($1.cells[pi]) ?? 0) }, mSum = body.reduce(0) { $0 + (Int($1.cells[mi]) ?? 0) }
                lines.append("PDF table: \(body.count) branches, \(pSum) problems, \(mSum) measures")
                if pSum != summary.totalProblems { mismatches.append("the PDF table lists \(pSum) problems, the summary \(summary.totalProblems)") }
                if mSum != summary.totalMeasures { mismatches.append("the PDF table lists \(mSum) measures, the summary \(summary.totalMeasures)") }
                if body.count != summary.branches.count { mismatches.append("the PDF table lists \(body.count) branches, the summary \(summary.branches.count)") }
            }
        } else {
            mismatches.append("the PDF has no per-branch table")
        }
    }

    static func branchTable(_ d: Document) -> Table? {
        for block in d.blocks {
            if case let .attachment(a) = block {
                for inner in a.blocks { if case let .table(t) = inner, t.columns.contains(where: { $0.title == "问题数" }) { return t } }
            }
        }
        return nil
    }
}
