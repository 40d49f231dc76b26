import HuizongAnalysis

/// The overdue and due-soon measures of one owner, for the 下一步工作打算 table.
struct OwnerLoad {
    var owner: String?
    var branches: [String]
    var overdue: Int
    var dueSoon: Int

    /// Rows of the owners' table: a committee of hundreds of branches gets the heaviest loads, not pages of names.
    static let shownOwners = 20

    /// Most open measures first, then by name; measures without an owner last.
    static func list(overdue: [CommitteeSummary.Overdue], dueSoon: [CommitteeSummary.Overdue]) -> [OwnerLoad] {
        var loads: [String?: OwnerLoad] = [:]
        func add(_ m: CommitteeSummary.Overdue, overdue: Bool) {
            var l = loads[m.owner] ?? OwnerLoad(owner: m.owner, branches: [], overdue: 0, dueSoon: 0)
            if !l.branches.contains(m.branch) { l.branches.append(m.branch) }
            if overdue { l.overdue += 1 } else { l.dueSoon += 1 }
            loads[m.owner] = l
        }
        for m in overdue { add(m, overdue: true) }
        for m in dueSoon { add(m, overdue: false) }
        return loads.values.sorted { a, b in
            if (a.owner == nil) != (b.owner == nil) { return b.owner == nil }
            if a.overdue + a.dueSoon != b.overdue + b.dueSoon { return a.overdue + a.dueSoon > b.overdue + b.dueSoon }
            return (a.owner ?? "") < (b.owner ?? "")
        }
    }
}
