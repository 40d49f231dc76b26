import CPoppler
import Foundation

/// The text of a PDF's pages, through poppler's C library (Debian's libpoppler-glib): the only place that
/// sees a poppler pointer. PDFs saved from Word or WPS have a text layer; a scan has none.
public enum PDFText {
    public enum Failure: Error, Equatable, Sendable {
        /// Poppler could not open the file (damaged, encrypted, not a PDF); its own message.
        case unreadable(String)
    }

    /// One line of a page's text and the box its characters cover, in points from the page's top left.
    public struct Line: Equatable, Sendable {
        public var text: String
        public var x0: Double, y0: Double, x1: Double, y1: Double
        /// The line cut at a space over a gap wider than a quarter of a character, or at a gap of most of one: cells
        /// poppler ran together.
        public var pieces: [Line] = []
        public init(text: String, x0: Double, y0: Double, x1: Double, y1: Double) {
            self.text = text; self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
        }
        mutating func add(_ scalar: Unicode.Scalar, box: (Double, Double, Double, Double)?) {
            text.unicodeScalars.append(scalar)
            guard let b = box else { return }
            x0 = min(x0, b.0); y0 = min(y0, b.1); x1 = max(x1, b.2); y1 = max(y1, b.3)
        }
        static var empty: Line { Line(text: "", x0: .infinity, y0: .infinity, x1: -.infinity, y1: -.infinity) }
    }

    /// Each page's text, lines separated by "\n", in the order poppler reads them. At most `maxPages` pages.
    public static func pages(_ data: Data, maxPages: Int = 500) throws(Failure) -> [String] {
        try eachPage(data, maxPages: maxPages, missing: "") { page in
            guard let text = poppler_page_get_text(page) else { return "" }
            defer { g_free(text) }
            return String(cString: text)
        }
    }

    /// Each page's lines with where they stand (a table's cells are lines of their own, side by side): the same
    /// lines as `pages` gives, in the same order, empty ones included.
    public static func lines(_ data: Data, maxPages: Int = 500) throws(Failure) -> [[Line]] {
        try eachPage(data, maxPages: maxPages, missing: []) { page in
            guard let raw = poppler_page_get_text(page) else { return [] }
            defer { g_free(raw) }
            var rects: UnsafeMutablePointer<PopplerRectangle>?
            var count: guint = 0
            let laidOut = poppler_page_get_text_layout(page, &rects, &count) != 0
            defer { g_free(rects) }
            // The layout holds one box per character of the page's text, in the text's order.
            let boxes = laidOut ? rects.map { Array(UnsafeBufferPointer(start: $0, count: Int(count))) } ?? [] : []
            return linesOf(String(cString: raw), boxes: boxes.map { ($0.x1, $0.y1, $0.x2, $0.y2) })
        }
    }

    /// The text split at "\n", each line with the box of its characters that are not spaces, and its pieces.
    static func linesOf(_ text: String, boxes: [(Double, Double, Double, Double)]) -> [Line] {
        var out: [Line] = []
        var current = Line.empty
        var piece = Line.empty
        var spaced = false
        func close() {
            if !piece.text.trimmingCharacters(in: .whitespaces).isEmpty { current.pieces.append(piece) }
            piece = .empty
        }
        for (i, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                close()
                out.append(current)
                current = .empty
                spaced = false
                continue
            }
            let box = i < boxes.count && !scalar.properties.isWhitespace ? boxes[i] : nil
            // A cell's text runs on without gaps; between cells there is a space over a gap, or a gap of a character.
            if let b = box, piece.x1.isFinite, b.0 - piece.x1 > (b.3 - b.1) * (spaced ? 0.25 : 0.8) { close() }
            spaced = box == nil ? spaced || scalar.properties.isWhitespace : false
            current.add(scalar, box: box)
            piece.add(scalar, box: box)
        }
        close()
        out.append(current)
        return out
    }

    static func eachPage<T>(_ data: Data, maxPages: Int, missing: T, _ body: (OpaquePointer) -> T) throws(Failure) -> [T] {
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = data.withUnsafeBytes { raw -> OpaquePointer? in
            guard let base = raw.baseAddress else { return nil }
            // g_bytes_new copies the bytes, so the document does not outlive the Data it came from.
            let bytes = g_bytes_new(base, gsize(raw.count))
            defer { g_bytes_unref(bytes) }
            return poppler_document_new_from_bytes(bytes, nil, &error)
        }
        guard let document else {
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not a PDF"
            if let error { g_error_free(error) }
            throw .unreadable(message)
        }
        defer { hz_pdf_unref(UnsafeMutableRawPointer(document)) }
        let count = min(Int(poppler_document_get_n_pages(document)), maxPages)
        var out: [T] = []
        for i in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(i)) else { out.append(missing); continue }
            defer { hz_pdf_unref(UnsafeMutableRawPointer(page)) }
            out.append(body(page))
        }
        return out
    }
}
