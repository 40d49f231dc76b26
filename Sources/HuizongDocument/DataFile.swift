import Foundation
import Yams

/// A mistake in a YAML/JSON data file, with the line it is on.
public struct DataFileError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Reads YAML or JSON (JSON is read as YAML) into nodes that remember their line,
/// so every later complaint can point at the place in the file.
public struct DataNode {
    public let node: Node
    public let file: String

    public init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    public static func load(_ text: String, file: String) throws(DataFileError) -> DataNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DataFileError(file: file, line: 1, message: "the file is empty")
            }
            return DataNode(node: node, file: file)
        } catch let error as DataFileError {
            throw error
        } catch let error as YamlError {
            throw DataFileError(file: file, line: Self.line(of: error), message: "not valid YAML/JSON: \(Self.describe(error))")
        } catch {
            throw DataFileError(file: file, line: nil, message: "not valid YAML/JSON: \(error)")
        }
    }

    public static func load(contentsOf url: URL) throws(DataFileError) -> DataNode {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DataFileError(file: url.path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(file: url.path, line: nil, message: "the file is not UTF-8 text")
        }
        return try load(text, file: url.path)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    public var line: Int? { node.mark.map { $0.line } }

    public func fail(_ message: String) -> DataFileError {
        DataFileError(file: file, line: line, message: message)
    }

    public var string: String? {
        if case let .scalar(s) = node { return s.string }
        return nil
    }

    public func asString(_ what: String) throws(DataFileError) -> String {
        guard let s = string else { throw fail("\(what): expected a text value") }
        return s
    }

    public func asDouble(_ what: String) throws(DataFileError) -> Double {
        guard let s = string, let d = Double(s.trimmingCharacters(in: .whitespaces)) else {
            throw fail("\(what): expected a number, found \(string.map { "'\($0)'" } ?? "a list or map")")
        }
        return d
    }

    public func asInt(_ what: String) throws(DataFileError) -> Int {
        guard let s = string, let d = Int(s.trimmingCharacters(in: .whitespaces)) else {
            throw fail("\(what): expected a whole number, found \(string.map { "'\($0)'" } ?? "a list or map")")
        }
        return d
    }

    public func asBool(_ what: String) throws(DataFileError) -> Bool {
        switch string?.lowercased() {
        case "true", "yes", "on", "是": return true
        case "false", "no", "off", "否": return false
        default: throw fail("\(what): expected true or false")
        }
    }

    public var isMapping: Bool { if case .mapping = node { return true }; return false }
    public var isSequence: Bool { if case .sequence = node { return true }; return false }

    /// Entries of a mapping in file order.
    public func entries(_ what: String) throws(DataFileError) -> [(key: String, value: DataNode, line: Int?)] {
        guard case let .mapping(map) = node else { throw fail("\(what): expected a map of keys") }
        var out: [(key: String, value: DataNode, line: Int?)] = []
        for pair in map {
            let key = pair.key.string ?? ""
            out.append((key, DataNode(node: pair.value, file: file), pair.key.mark?.line))
        }
        return out
    }

    public func items(_ what: String) throws(DataFileError) -> [DataNode] {
        guard case let .sequence(seq) = node else { throw fail("\(what): expected a list") }
        return seq.map { DataNode(node: $0, file: file) }
    }

    public subscript(key: String) -> DataNode? {
        guard case let .mapping(map) = node, let v = map[Node(key)] else { return nil }
        return DataNode(node: v, file: file)
    }

    /// Rejects keys the reader does not know, so a typo is an error instead of a silent default.
    public func allowOnly(_ keys: Set<String>, in what: String) throws(DataFileError) {
        for entry in try entries(what) where !keys.contains(entry.key) {
            throw DataFileError(file: file, line: entry.line,
                                message: "\(what): unknown key '\(entry.key)'; expected one of \(keys.sorted().joined(separator: ", "))")
        }
    }
}
