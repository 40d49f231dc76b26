import Foundation

/// A length as written in a layout file: `37mm`, `16pt`, `三号`, `2 chars`, `1 line`.
/// Characters and lines stay relative until a style gives them a size.
public enum Length: Sendable, Equatable {
    case points(Double)
    case chars(Double)
    case lines(Double)

    public static let pointsPerMillimetre = 72.0 / 25.4

    /// Chinese type sizes (号) in points.
    public static let haoSizes: [String: Double] = [
        "初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16,
        "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5, "小六": 6.5,
    ]

    public static func parse(_ raw: String) -> Length? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let hao = haoSizes[s] { return .points(hao) }
        let units: [(String, (Double) -> Length)] = [
            ("mm", { .points($0 * pointsPerMillimetre) }),
            ("cm", { .points($0 * 10 * pointsPerMillimetre) }),
            ("pt", { .points($0) }),
            ("chars", { .chars($0) }), ("char", { .chars($0) }), ("字", { .chars($0) }),
            ("lines", { .lines($0) }), ("line", { .lines($0) }), ("行", { .lines($0) }),
        ]
        for (suffix, make) in units where s.hasSuffix(suffix) {
            let number = s.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let v = Double(number), v.isFinite else { return nil }
            return make(v)
        }
        if let v = Double(s), v.isFinite { return .points(v) }
        return nil
    }

    /// Resolves against a character size and a line pitch.
    public func points(charSize: Double, linePitch: Double) -> Double {
        switch self {
        case let .points(p): return p
        case let .chars(c): return c * charSize
        case let .lines(l): return l * linePitch
        }
    }
}
