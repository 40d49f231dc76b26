/// A rate rounded once, to thousandths (half away from zero), for every place it is printed: summary.json keeps
/// the thousandths, the PDF and the tables print them as a percentage with one decimal. printf's "%.1f" would
/// round the binary 6.25 to even (6.2) where the JSON has 0.063.
public enum Rate {
    public static func thousandths(_ x: Double) -> Int { Int((x * 1000).rounded()) }

    public static func rounded(_ x: Double) -> Double { Double(thousandths(x)) / 1000 }

    /// "6.3%": built from the integer thousandths, so no second rounding happens.
    public static func percent(_ x: Double) -> String {
        let t = thousandths(x)
        return "\(t / 10).\(abs(t % 10))%"
    }
}
