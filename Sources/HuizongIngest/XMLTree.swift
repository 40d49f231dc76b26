import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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

final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    static let maxDepth = 256
    static let maxElements = 2_000_000
    var stack: [XMLElement] = []
    var root: XMLElement?
    var failure: XMLTreeError?
    var count = 0

    static func parse(_ data: Data) throws -> XMLElement {
        // Documents that declare entities are refused before parsing: no expansion, no external fetch.
        if let head = String(data: data.prefix(4096), encoding: .utf8), head.contains("<!ENTITY") || head.contains("<!DOCTYPE") {
            throw XMLTreeError.entities
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = XMLTreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let f = builder.failure { throw f }
        guard ok, let root = builder.root else {
            throw XMLTreeError.malformed(parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML")
        }
        return root
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        count += 1
        if stack.count >= Self.maxDepth { failure = .tooDeep; parser.abortParsing(); return }
        if count > Self.maxElements { failure = .tooLarge; parser.abortParsing(); return }
        let e = XMLElement(name: elementName, attributes: attributes)
        stack.last?.children.append(e)
        stack.append(e)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let e = stack.popLast()
        if stack.isEmpty { root = e }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
