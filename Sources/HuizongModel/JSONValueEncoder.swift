import Foundation

/// Encodes a Codable value as a `JSONValue`, keeping keys in the order they are encoded (a synthesised
/// `encode(to:)` encodes in declaration order), and writing a nil optional as `null` rather than leaving the key
/// out: contract files show every key they document. Foundation's JSONEncoder orders keys by hash on Linux.
public struct JSONValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let root = Node()
        try value.encode(to: TreeEncoder(node: root, codingPath: []))
        return root.value
    }
}

/// A JSON value under construction: containers are filled after they are handed out, so they are references.
/// Children are kept in the node's own arrays, appended in place (an enum payload would be copied on each append).
private final class Node {
    enum Kind { case unset, value, object, array }
    var kind = Kind.unset
    var scalar = JSONValue.null
    var keys: [String] = []
    var children: [Node] = []

    func set(_ v: JSONValue) {
        kind = .value
        scalar = v
    }

    var value: JSONValue {
        switch kind {
        case .unset: return .null
        case .value: return scalar
        case .object: return .object(zip(keys, children).map { ($0, $1.value) })
        case .array: return .array(children.map(\.value))
        }
    }

    func becomeObject() {
        if kind != .object { kind = .object; keys = []; children = [] }
    }

    func becomeArray() {
        if kind != .array { kind = .array; keys = []; children = [] }
    }

    func child(_ key: String) -> Node {
        becomeObject()
        let n = Node()
        if let i = keys.firstIndex(of: key) { children[i] = n } else { keys.append(key); children.append(n) }
        return n
    }

    func append() -> Node {
        becomeArray()
        let n = Node()
        children.append(n)
        return n
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

private struct TreeEncoder: Encoder {
    let node: Node
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.becomeArray()
        return Unkeyed(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { Single(node: node, codingPath: codingPath) }
}

/// Scalars map to JSONValue directly; anything else encodes itself into a fresh node.
private func encodeValue<T: Encodable>(_ value: T, into node: Node, path: [CodingKey]) throws {
    switch value {
    case let v as String: node.set(.string(v))
    case let v as Bool: node.set(.bool(v))
    case let v as Int: node.set(.int(v))
    case let v as Double: node.set(.double(v))
    case let v as JSONValue: node.set(v)
    default: try value.encode(to: TreeEncoder(node: node, codingPath: path))
    }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).set(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.child(key.stringValue).set(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.child(key.stringValue).set(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.child(key.stringValue).set(.double(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.child(key.stringValue).set(.double(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.child(key.stringValue).set(.int(Int(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: node.child(key.stringValue), path: codingPath + [key])
    }
    // A nil optional is written as null: these requirements would otherwise drop the key.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { TreeEncoder(node: node.child("super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]) }
}

private struct Unkeyed: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [CodingKey]
    var count: Int { node.children.count }

    mutating func encodeNil() throws { node.append().set(.null) }
    mutating func encode(_ value: Bool) throws { node.append().set(.bool(value)) }
    mutating func encode(_ value: String) throws { node.append().set(.string(value)) }
    mutating func encode(_ value: Double) throws { node.append().set(.double(value)) }
    mutating func encode(_ value: Float) throws { node.append().set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: Int8) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: UInt8) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { node.append().set(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { node.append().set(.int(Int(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: node.append(), path: codingPath + [AnyKey(intValue: count)])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.append(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { TreeEncoder(node: node.append(), codingPath: codingPath).unkeyedContainer() }
    mutating func superEncoder() -> Encoder { TreeEncoder(node: node.append(), codingPath: codingPath) }
}

private struct Single: SingleValueEncodingContainer {
    let node: Node
    let codingPath: [CodingKey]
    mutating func encodeNil() throws { node.set(.null) }
    mutating func encode(_ value: Bool) throws { node.set(.bool(value)) }
    mutating func encode(_ value: String) throws { node.set(.string(value)) }
    mutating func encode(_ value: Double) throws { node.set(.double(value)) }
    mutating func encode(_ value: Float) throws { node.set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: Int8) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt8) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { node.set(.int(Int(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encodeValue(value, into: node, path: codingPath) }
}
