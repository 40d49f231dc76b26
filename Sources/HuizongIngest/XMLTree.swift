import Foundation

/// A small element tree from XMLParser, bounded in depth and size; external entities are never resolved.
final class XMLElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement] = []
    var text = ""
    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ local: String) -> [XMLElement] {
        var out: [XMLElement] = []
        var stack: [XMLElement] = [self]
        while let e = stack.popLast() {
            if e.local == local { out.append(e) }
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }
    func child(_ local: String) -> XMLElement? { children.first { $0.local == local } }
    func childrenNamed(_ local: String) -> [XMLElement] { children.filter { $0.local == local } }
    var local: String { name.split(separator: ":").last.map(String.init) ?? name }
    func attr(_ local: String) -> String? {
        attributes.first { $0.key == local || $0.key.hasSuffix(":" + local) }?.value
    }
}

enum XMLTreeError: Error { case malformed(String), tooDeep, tooLarge, entities }

/// A small XML reader for Office parts. FoundationXML's XMLParser traps on some damaged inputs (an attribute
/// whose namespace prefix is undeclared crashes _NSXMLParserStartElementNs, found by the mutation test), so
/// the parts are read by this tokenizer instead: elements, attributes, text, the five entities and numeric
/// references, CDATA; comments and processing instructions skipped. DTDs and entity declarations are refused.
enum XMLTreeBuilder {
    static let maxDepth = 256
    static let maxElements = 2_000_000

    static func parse(_ data: Data) throws -> XMLElement {
        var scan = XMLScanner(bytes: [UInt8](data))
        var stack: [XMLElement] = []
        var root: XMLElement?
        var count = 0
        while scan.i < scan.n {
            let b = scan.b, i = scan.i
            if b[i] != UInt8(ascii: "<") {
                let text = scan.text()
                if let top = stack.last { top.text += text }
                continue
            }
            guard i + 1 < scan.n else { throw scan.fail("truncated tag") }
            let c = b[i + 1]
            if c == UInt8(ascii: "?") || c == UInt8(ascii: "!") {
                if let cdata = try scan.skipMarkup() { stack.last?.text += cdata }
            } else if c == UInt8(ascii: "/") {
                let at = scan.i
                let name = try scan.endTag()
                guard let top = stack.popLast(), top.name == name else { throw XMLTreeError.malformed("mismatched end tag </\(name)> at byte \(at)") }
                if stack.isEmpty { root = top }
            } else {
                let (name, attributes, selfClosing) = try scan.startTag()
                count += 1
                if count > maxElements { throw XMLTreeError.tooLarge }
                let e = XMLElement(name: name, attributes: attributes)
                stack.last?.children.append(e)
                if selfClosing {
                    if stack.isEmpty { root = e }
                } else {
                    stack.append(e)
                    if stack.count > maxDepth { throw XMLTreeError.tooDeep }
                }
            }
        }
        guard stack.isEmpty, let r = root else { throw scan.fail("unclosed elements") }
        return r
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
}

/// The tokenizer's cursor over a part's bytes: each method reads one construct at `i` and moves past it.
struct XMLScanner {
    let b: [UInt8]
    let n: Int
    /// Where the construct being read starts (errors name it).
    var i = 0

    init(bytes: [UInt8]) {
        b = bytes
        n = bytes.count
    }

    func fail(_ m: String) -> XMLTreeError { .malformed("\(m) at byte \(i)") }

    /// Character data up to the next tag, with its references decoded.
    mutating func text() -> String {
        let start = i
        while i < n, b[i] != UInt8(ascii: "<") { i += 1 }
        return Self.decode(b[start..<i])
    }

    /// A declaration, processing instruction or comment (skipped), or a CDATA section (its text returned).
    /// A DTD or entity declaration is refused.
    mutating func skipMarkup() throws -> String? {
        if b[i + 1] == UInt8(ascii: "?") {
            guard let e = find(Array("?>".utf8), from: i + 2) else { throw fail("unterminated declaration") }
            i = e + 2
            return nil
        }
        if find(Array("<!--".utf8), from: i) == i {
            guard let e = find(Array("-->".utf8), from: i + 4) else { throw fail("unterminated comment") }
            i = e + 3
            return nil
        }
        guard find(Array("<![CDATA[".utf8), from: i) == i else { throw XMLTreeError.entities }
        guard let e = find(Array("]]>".utf8), from: i + 9) else { throw fail("unterminated CDATA") }
        let text = String(decoding: b[(i + 9)..<e], as: UTF8.self)
        i = e + 3
        return text
    }

    /// "</name>": the name.
    mutating func endTag() throws -> String {
        var k = i + 2
        while k < n, b[k] != UInt8(ascii: ">") { k += 1 }
        guard k < n else { throw fail("truncated end tag") }
        let name = String(decoding: b[(i + 2)..<k], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        i = k + 1
        return name
    }

    /// A start tag: its name, attributes and whether it closes itself.
    mutating func startTag() throws -> (String, [String: String], Bool) {
        var k = i + 1
        while k < n, !XMLTreeBuilder.isSpace(b[k]), b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "/") { k += 1 }
        let name = String(decoding: b[(i + 1)..<k], as: UTF8.self)
        guard !name.isEmpty else { throw fail("empty tag name") }
        var attributes: [String: String] = [:]
        while true {
            while k < n, XMLTreeBuilder.isSpace(b[k]) { k += 1 }
            guard k < n else { throw fail("truncated tag") }
            if b[k] == UInt8(ascii: ">") {
                i = k + 1
                return (name, attributes, false)
            }
            if b[k] == UInt8(ascii: "/") {
                guard k + 1 < n, b[k + 1] == UInt8(ascii: ">") else { throw fail("stray /") }
                i = k + 2
                return (name, attributes, true)
            }
            let (attrName, value) = try attribute(at: &k)
            attributes[attrName] = value
        }
    }

    /// name="value" at `k`, moving `k` past it.
    func attribute(at k: inout Int) throws -> (String, String) {
        let a0 = k
        while k < n, b[k] != UInt8(ascii: "="), !XMLTreeBuilder.isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
        let name = String(decoding: b[a0..<k], as: UTF8.self)
        while k < n, XMLTreeBuilder.isSpace(b[k]) { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "=") else { throw fail("attribute without value") }
        k += 1
        while k < n, XMLTreeBuilder.isSpace(b[k]) { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else { throw fail("unquoted attribute") }
        let quote = b[k]
        let v0 = k + 1
        k = v0
        while k < n, b[k] != quote { k += 1 }
        guard k < n else { throw fail("unterminated attribute") }
        let value = Self.decode(b[v0..<k])
        k += 1
        return (name, value)
    }

    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, start <= n - pattern.count else { return nil }
        var k = start
        while k <= n - pattern.count {
            if b[k] == pattern[0] && Array(b[k..<(k + pattern.count)]) == pattern { return k }
            k += 1
        }
        return nil
    }

    /// The five entities and numeric references; anything else is kept as written.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let raw = String(decoding: bytes, as: UTF8.self)
        guard raw.contains("&") else { return raw }
        var out = ""
        var rest = Substring(raw)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            // A reference ends within 10 characters: looking further made a run of bare ampersands quadratic
            // (30,000 of them took 22 s, and a 1.4 KB .docx holds 900,000).
            guard let semi = rest[amp...].prefix(11).firstIndex(of: ";") else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                var code: UInt32?
                if name.hasPrefix("#x") { code = UInt32(name.dropFirst(2), radix: 16) } else if name.hasPrefix("#") { code = UInt32(name.dropFirst()) }
                if let c = code, let u = Unicode.Scalar(c) { out.unicodeScalars.append(u) } else { out += "&" + name + ";" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
