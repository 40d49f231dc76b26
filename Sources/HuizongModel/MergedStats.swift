extension BranchReport {
    /// One count per activity: the first number found wins over later placeholders.
    public var mergedStats: [(name: String, count: Int?)] {
        var order: [String] = []
        var values: [String: Int?] = [:]
        for (name, count) in stats {
            if values[name] == nil { order.append(name); values[name] = .some(count) }
            else if values[name]! == nil, let c = count { values[name] = c }
        }
        return order.map { ($0, values[$0]!) }
    }
}
