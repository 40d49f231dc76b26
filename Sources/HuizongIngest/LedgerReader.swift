import Foundation
import HuizongKnowledge
import HuizongModel

/// A rectification ledger (整改台账) in a grid: the header row found under any title rows, columns known by
/// their Chinese names and aliases, one measure per row, several branches per file when a column says so.
public enum LedgerReader {
    typealias Column = Knowledge.LedgerColumn

    /// Each column's header names (Data/ledger-columns.yaml); an exact name wins, then the longest contained.
    static let aliases: [(Column, [String])] = Knowledge.shipped.ledgerColumns.map { ($0.column, $0.names) }

    static func column(for header: String) -> Column? { match(header)?.column }

    /// The column a header names, the rank of the name in that column's list (0: its first name), and whether the
    /// header is that name exactly (not only containing it).
    static func match(_ header: String) -> (column: Column, rank: Int, exact: Bool)? {
        let h = header.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        guard !h.isEmpty, h.count <= 16 else { return nil }
        for (col, names) in aliases { if let i = names.firstIndex(of: h) { return (col, i, true) } }
        var best: (column: Column, rank: Int, length: Int)?
        for (col, names) in aliases {
            for (i, n) in names.enumerated() where h.contains(n) && n.count > (best?.length ?? 0) { best = (col, i, n.count) }
        }
        return best.map { ($0.column, $0.rank, false) }
    }

    /// Reads a grid. `locate(row, column)` names a cell for diagnostics.
    public static func read(rows: [[String]], source: String, titleHint: String?, defaultYear: Int?,
                            locate: (Int, Int) -> SourceLocation) -> [BranchReport] {
        if let table = AppraisalTable.read(rows: rows, source: source, titleHint: titleHint, defaultYear: defaultYear, locate: locate) {
            return [table]
        }
        guard let (header, columns) = findHeader(rows) else {
            var report = BranchReport(source: source, kind: .ledger)
            report.diagnostics.append(Diagnostic(.noLedgerHeader,
                zh: "未找到台账表头（应含“整改措施”“存在问题”“责任人”“完成时限”等列）",
                en: "no ledger header row found (expected columns such as 整改措施, 存在问题, 责任人, 完成时限)",
                at: locate(0, 0)))
            return [report]
        }
        // Title rows above the header name the branch and year.
        let title = (rows.prefix(header).flatMap { $0 }.first { !$0.isEmpty }) ?? titleHint ?? ""
        let titleBranch = ProseFacts.branchName(fromTitle: title) ?? titleHint.flatMap { ProseFacts.branchName(fromTitle: $0) }
        let year = ProseFacts.year(title) ?? titleHint.flatMap { ProseFacts.year($0) } ?? defaultYear
        let grid = Grid(columns: columns)
        var byBranch: [String: BranchReport] = [:]
        var order: [String] = []
        for (r, row) in rows.enumerated() where r > header {
            guard row.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            let branchName = grid.value(row, .branch)?.0 ?? titleBranch ?? ""
            var b = byBranch[branchName] ?? {
                var fresh = BranchReport(source: source, kind: .ledger)
                fresh.branch = branchName.isEmpty ? nil : branchName
                fresh.year = year
                order.append(branchName)
                return fresh
            }()
            grid.add(row: row, at: r, year: year, to: &b, locate: locate)
            byBranch[branchName] = b
        }
        let out = order.compactMap { byBranch[$0] }
        return out.isEmpty ? [BranchReport(source: source, kind: .ledger)] : out
    }

    /// The header: the first of the top rows naming a measure column and at least one other.
    static func findHeader(_ rows: [[String]]) -> (row: Int, columns: [Int: Column])? {
        for (r, row) in rows.prefix(12).enumerated() {
            let found = headerColumns(row)
            if found.values.contains(.measure) || (found.values.contains(.problem) && found.count >= 3), found.count >= 2 {
                return (r, found)
            }
        }
        return nil
    }

    /// The columns a row names, by cell.
    static func headerColumns(_ row: [String]) -> [Int: Column] {
        // Two headers for one column (责任人 and 责任单位): the name earlier in the column's list wins.
        var found: [Int: Column] = [:]
        var rank: [Column: (cell: Int, rank: Int)] = [:]
        var measureCells: [(cell: Int, rank: Int)] = []
        for (c, cell) in row.enumerated() {
            guard let m = match(cell) else { continue }
            // Only headers that are a measure name exactly ("措施落实情况" only contains one).
            if m.column == .measure, m.exact { measureCells.append((c, m.rank)) }
            if let held = rank[m.column] {
                guard m.rank < held.rank else { continue }
                found[held.cell] = nil
            }
            found[c] = m.column
            rank[m.column] = (c, m.rank)
        }
        // "整改事项 | 具体措施" with no problem column: the left one names the matter, the right one the steps.
        // A header repeated over merged cells is one column, and 整改措施 (the first name) is never the matter.
        if measureCells.count >= 2, !found.values.contains(.problem), let first = measureCells.first, first.rank > 0,
           Set(measureCells.map { row[$0.cell] }).count >= 2 {
            let steps = measureCells.dropFirst().min { $0.rank < $1.rank } ?? first
            for (c, col) in found where col == .measure { found[c] = nil }
            found[first.cell] = .problem
            found[steps.cell] = .measure
        }
        return found
    }

    /// The ledger's columns, and how a row under the header becomes a measure of its branch.
    struct Grid {
        let columns: [Int: Column]

        var hasMeasureColumn: Bool { columns.values.contains(.measure) }

        func value(_ row: [String], _ col: Column) -> (String, Int)? {
            guard let c = columns.first(where: { $0.value == col })?.key, c < row.count else { return nil }
            let v = row[c].trimmingCharacters(in: .whitespacesAndNewlines)
            return v.isEmpty ? nil : (v, c)
        }

        /// Adds row `r` to its branch: a measure, or a note saying why it holds none.
        func add(row: [String], at r: Int, year: Int?, to b: inout BranchReport, locate: (Int, Int) -> SourceLocation) {
            b.paragraphsRead += 1
            // Where the ledger has a measure column, a row with an empty one has no measure, whatever its problem
            // says; only a ledger without that column lists its problems as the items to rectify.
            guard let (text, mc) = hasMeasureColumn ? value(row, .measure) : value(row, .problem) else {
                if hasMeasureColumn, let (problem, pc) = value(row, .problem) {
                    b.diagnostics.append(Diagnostic(.ledgerProblemWithoutMeasure,
                                                    zh: "问题“\(problem)”的整改措施为空，未计入整改措施",
                                                    en: "the problem '\(problem)' has an empty measure; not counted as a measure",
                                                    at: locate(r, columns.first { $0.value == .measure }?.key ?? pc)))
                } else {
                    b.diagnostics.append(Diagnostic(.ledgerRowSkipped, zh: "这一行没有整改措施，未计入", en: "row without a measure, not counted",
                                                    at: locate(r, 0)))
                }
                b.paragraphsNoted += 1
                return
            }
            let loc = locate(r, mc)
            let s = NarrativeParser.statement(text, bold: nil, at: loc)
            var m = Measure(headline: s.headline, detail: s.detail, branch: b.branch, problem: value(row, .problem)?.0, location: loc)
            m.owner = value(row, .owner)?.0
            if let (d, dc) = value(row, .deadline) { readDeadline(d, at: locate(r, dc), year: year, into: &m, of: &b) }
            if let (st, sc) = value(row, .status) {
                m.statusText = st
                m.status = StatusWords.normalise(st)
                if m.status == nil {
                    b.diagnostics.append(Diagnostic(.unknownStatus, zh: "无法识别整改状态“\(st)”", en: "unknown status word '\(st)'", at: locate(r, sc)))
                }
            }
            if let (dd, _) = value(row, .doneDate), case let .deadline(.date(day)) = DeadlineParser.parse(dd, defaultYear: year.map { $0 + 1 }) {
                m.doneDate = day
            }
            b.measures.append(m)
            b.emitted.measures += 1
            b.paragraphsPlaced += 1
        }

        private func readDeadline(_ d: String, at loc: SourceLocation, year: Int?, into m: inout Measure, of b: inout BranchReport) {
            m.deadlineText = d
            switch DeadlineParser.parse(d, defaultYear: year.map { $0 + 1 }) {
            case let .deadline(v): m.deadline = v
            case .impossible:
                b.diagnostics.append(Diagnostic(.impossibleDate, zh: "日期“\(d)”不存在", en: "the date '\(d)' does not exist", at: loc))
            case .unreadable:
                b.diagnostics.append(Diagnostic(.unreadableDeadline, zh: "无法识别完成时限“\(d)”", en: "cannot read the deadline '\(d)'", at: loc))
            }
        }
    }
}
