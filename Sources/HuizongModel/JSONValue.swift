import Foundation

/// JSON with keys in the order written, so contract outputs (parse --json, summary.json) read as documented.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.render() == b.render() }

    public static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func num(_ i: Int?) -> JSONValue { i.map { .int($0) } ?? .null }

    public func render(indent: Int = 0, pretty: Bool = true) -> String {
        var out = ""
        write(&out, indent, pretty)
        return out
    }

    func write(_ out: inout String, _ level: Int, _ pretty: Bool) {
        let pad = pretty ? String(repeating: "  ", count: level + 1) : ""
        let close = pretty ? String(repeating: "  ", count: level) : ""
        let nl = pretty ? "\n" : ""
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .double(d):
            guard d.isFinite else { out += "null"; return }
            var t = String(format: "%.4f", d)
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(".") { t += "0" }
            out += t
        case let .string(s): out += Self.quote(s)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            let simple = items.allSatisfy { if case .object = $0 { return false }; if case .array = $0 { return false }; return true }
            if simple {
                out += "[" + items.map { $0.render(pretty: false) }.joined(separator: ", ") + "]"
                return
            }
            out += "[" + nl
            for (i, v) in items.enumerated() {
                out += pad
                v.write(&out, level + 1, pretty)
                out += (i + 1 < items.count ? "," : "") + nl
            }
            out += close + "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{" + nl
            for (i, (k, v)) in pairs.enumerated() {
                out += pad + Self.quote(k) + ": "
                v.write(&out, level + 1, pretty)
                out += (i + 1 < pairs.count ? "," : "") + nl
            }
            out += close + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
