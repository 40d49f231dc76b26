import Foundation

/// A table typed or pasted into plain text (a Word table copied as text): rows of cells separated by tabs (or
/// aligned with runs of spaces), under
/// a header row that names ledger columns (序号 存在问题 整改措施 责任人 完成时限). Its rows are a ledger; their lines
/// are blanked in the text, so the narrative's line numbers stay where they were.
enum TextTables {
    struct Table { var firstLine: Int; var rows: [[String]] }

    static func split(_ text: String) -> (text: String, tables: [Table]) {
        var lines = text.components(separatedBy: "\n")
        var tables: [Table] = []
        var i = 0
        while i < lines.count {
            guard let header = cells(lines[i]), isLedgerHeader(header) else { i += 1; continue }
            var rows = [header]
            var j = i + 1
            // A table typed with pipes goes on in piped lines only: a signature line under it is not a row.
            let piped = isPiped(lines[i])
            while j < lines.count, isPiped(lines[j]) == piped, let row = cells(lines[j]) {
                if !isRule(row) { rows.append(row) }
                j += 1
            }
            guard rows.count >= 2 else { i += 1; continue }
            tables.append(Table(firstLine: i + 1, rows: rows))
            for k in i..<j { lines[k] = "" }
            i = j
        }
        return (tables.isEmpty ? text : lines.joined(separator: "\n"), tables)
    }

    /// A line's cells when it has at least three, split at tabs, at pipes ("| 1 | … |", a table typed as in
    /// Markdown), or (a table aligned by hand) at runs of two or more spaces.
    static func cells(_ line: String) -> [String]? {
        var parts: [String]
        let piped = isPiped(line)
        if piped {
            parts = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
            // The outer pipes of "| a | b |" open and close the row; they hold no cell.
            if parts.first?.isEmpty == true { parts.removeFirst() }
            if parts.last?.isEmpty == true { parts.removeLast() }
        } else if line.contains("\t") {
            parts = line.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            parts = trimmed.replacingOccurrences(of: #"[ \u3000]{2,}"#, with: "\t", options: .regularExpression)
                .components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        // A typed row keeps its empty cells: "| | | 建立积分台账 | | |" (a merged problem) is still a row.
        if piped { return parts.count >= 3 && parts.contains(where: { !$0.isEmpty }) ? parts : nil }
        return parts.filter { !$0.isEmpty }.count >= 3 ? parts : nil
    }

    static func isPiped(_ line: String) -> Bool { line.filter { $0 == "|" || $0 == "｜" }.count >= 2 }

    /// "|---|:---:|": the rule under a typed header, not a row.
    static func isRule(_ cells: [String]) -> Bool {
        cells.allSatisfy { c in !c.isEmpty && c.allSatisfy { "-—:：".contains($0) } }
    }

    /// A header names a measure column and at least one other.
    static func isLedgerHeader(_ cells: [String]) -> Bool {
        let columns = cells.compactMap { LedgerReader.column(for: $0) }
        return columns.contains(.measure) && Set(columns).count >= 2
    }
}
