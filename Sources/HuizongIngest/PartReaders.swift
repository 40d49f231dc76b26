import Foundation

/// The package reader and the XML tokenizer on their own, for `huizong-bench zip|xml`: the figures in
/// docs/dependencies.md compare them with libzip and libxml2 on the same files.
public enum PartReaders {
    /// Lists a .docx/.xlsx and inflates every entry with the reader's limits; the entry count and the bytes.
    public static func readAllEntries(_ data: Data, limits: IngestLimits = .standard) throws -> (entries: Int, bytes: Int) {
        let zip = try ZipPackage(data: data, limits: limits)
        var bytes = 0
        for path in zip.paths { bytes += try zip.read(path).count }
        return (zip.paths.count, bytes)
    }

    /// The XML parts (.xml, .rels) of a package, inflated, in name order.
    public static func xmlParts(_ data: Data, limits: IngestLimits = .standard) throws -> [(String, Data)] {
        let zip = try ZipPackage(data: data, limits: limits)
        return try zip.paths.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }.map { ($0, try zip.read($0)) }
    }

    /// Parses one XML part into the element tree and walks it: elements and text bytes (UTF-8).
    public static func parseXML(_ data: Data) throws -> (elements: Int, textBytes: Int) {
        let root = try XMLTreeBuilder.parse(data)
        var elements = 0, text = 0
        var stack = [root]
        while let e = stack.popLast() {
            elements += 1
            text += e.text.utf8.count
            stack.append(contentsOf: e.children)
        }
        return (elements, text)
    }
}
