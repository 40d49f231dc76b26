import HuizongAnalysis

/// The numbers of the report's tables and figures (表1…, 图1…), in the order they appear. Whether a table is
/// there is decided here only, so a number is never skipped and a reference never names a table that is absent.
struct Numbering {
    enum Table: CaseIterable { case aspects, overdue, dueSoon, recurring, owners }
    enum Figure: CaseIterable { case aspects, progress }

    private var tables: [Table: Int] = [:]
    private var figures: [Figure: Int] = [:]

    /// Above this many branches the progress chart would be unreadable; the attachment's table has them all.
    static let progressChartLimit = 40

    init(_ s: CommitteeSummary) {
        for t in Table.allCases where Self.present(t, s) { tables[t] = tables.count + 1 }
        for f in Figure.allCases where Self.present(f, s) { figures[f] = figures.count + 1 }
    }

    /// "表3", or nil when the report has no such table.
    func label(_ t: Table) -> String? { tables[t].map { "表\($0)" } }
    func label(_ f: Figure) -> String? { figures[f].map { "图\($0)" } }

    static func present(_ t: Table, _ s: CommitteeSummary) -> Bool {
        switch t {
        case .aspects: !s.aspectCounts.isEmpty
        case .overdue: !s.overdue.isEmpty
        case .dueSoon: !s.dueSoon.isEmpty
        case .recurring: s.previousYear != nil && !s.recurring.isEmpty
        case .owners: !s.overdue.isEmpty || !s.dueSoon.isEmpty
        }
    }

    static func present(_ f: Figure, _ s: CommitteeSummary) -> Bool {
        switch f {
        case .aspects: !s.aspectCounts.isEmpty
        case .progress:
            (1...progressChartLimit).contains(s.branches.filter { !$0.measures.isEmpty }.count)
        }
    }
}
