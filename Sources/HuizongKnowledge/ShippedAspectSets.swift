import HuizongModel

extension AspectSet {
    /// The shipped sets (Data/aspect-sets.yaml).
    public static let all: [AspectSet] = Knowledge.shipped.aspectSets.map(AspectSet.init)

    /// A shipped set by its id.
    public static func named(_ id: String) -> AspectSet? { named(id, in: .shipped) }
}
