import Foundation
import HuizongModel

/// A 民主评议党员 results table (.xlsx or .csv): a 姓名 column and a grade column (评议等次, 评定等次, 评议结果),
/// one member per row. Read as the branch's appraisal beside its report; the branch and year come from the title
/// rows or the file's name, as for a ledger.
enum AppraisalTable {
    static let gradeHeaders = ["评议等次", "评定等次", "评议结果", "评定结果", "等次"]

    /// The table's reading, or nil when the grid is not such a table (it is then read as a ledger).
    static func read(rows: [[String]], source: String, titleHint: String?, defaultYear: Int?,
                     locate: (Int, Int) -> SourceLocation) -> BranchReport? {
        func clean(_ s: String) -> String { s.filter { !$0.isWhitespace } }
        guard let header = rows.prefix(12).firstIndex(where: { row in
            row.contains { clean($0) == "姓名" } && row.contains { c in gradeHeaders.contains { clean(c).contains($0) } }
        }), let gradeColumn = rows[header].firstIndex(where: { c in gradeHeaders.contains { clean(c).contains($0) } }),
              let nameColumn = rows[header].firstIndex(where: { clean($0) == "姓名" }) else { return nil }
        let title = (rows.prefix(header).flatMap { $0 }.first { !$0.isEmpty }) ?? titleHint ?? ""
        var r = BranchReport(source: source, kind: .ledger)
        r.branch = ProseFacts.branchName(fromTitle: title) ?? titleHint.flatMap { ProseFacts.branchName(fromTitle: $0) }
        r.year = ProseFacts.year(title) ?? titleHint.flatMap { ProseFacts.year($0) } ?? defaultYear
        var a = Appraisal(appraised: 0, excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0)
        for (i, row) in rows.enumerated() where i > header {
            guard nameColumn < row.count, !clean(row[nameColumn]).isEmpty else { continue }
            r.paragraphsRead += 1
            let grade = gradeColumn < row.count ? clean(row[gradeColumn]) : ""
            // Longest grade first: 不合格 and 基本合格 both hold 合格.
            let key: WritableKeyPath<Appraisal, Int?>? = grade.contains("不合格") ? \.unqualified : grade.contains("基本合格") ? \.basicallyQualified
                : grade.contains("优秀") ? \.excellent : grade.contains("合格") ? \.qualified : nil
            guard let key else {
                r.diagnostics.append(Diagnostic(.ledgerRowSkipped, zh: "这一行的评议等次“\(grade)”无法识别，未计入",
                                                en: "the grade '\(grade)' of this row is not one of 优秀/合格/基本合格/不合格; not counted",
                                                at: locate(i, gradeColumn)))
                r.paragraphsNoted += 1
                continue
            }
            a[keyPath: key] = (a[keyPath: key] ?? 0) + 1
            a.appraised = (a.appraised ?? 0) + 1
            r.paragraphsPlaced += 1
        }
        r.appraisal = a
        return r
    }
}
