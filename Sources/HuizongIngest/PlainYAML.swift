import Yams

/// YAML read into plain values (String, Int, Double, Bool, Date, arrays, `[String: Any]`) without Yams' `load`:
/// that traps on a mapping key that is not a scalar (fuzzing found it with committee.yaml). Keys that are not
/// scalars are dropped, merge keys (`<<`) are not expanded, and aliases that would expand a small file into
/// millions of values stop the read.
enum PlainYAML {
    struct TooLarge: Error, CustomStringConvertible {
        var description: String { "aliases expand to more than \(PlainYAML.budget) values" }
    }

    /// Values a document may expand to once aliases are followed; far above any real report.
    static let budget = 200_000

    static func load(_ text: String) throws -> Any? {
        guard let node = try Yams.compose(yaml: text) else { return nil }
        var left = budget
        return try value(node, &left)
    }

    static func value(_ node: Node, _ left: inout Int) throws -> Any {
        left -= 1
        guard left >= 0 else { throw TooLarge() }
        switch node {
        case .scalar:
            return Constructor.default.any(from: node)
        case let .sequence(items):
            var out: [Any] = []
            for item in items { out.append(try value(item, &left)) }
            return out
        case let .mapping(pairs):
            var out: [String: Any] = [:]
            for (key, item) in pairs {
                guard case let .scalar(k) = key else { continue }
                out[k.string] = try value(item, &left)
            }
            return out
        }
    }
}
