import CPoppler
import Foundation

/// The text of a PDF's pages, through poppler's C library (Debian's libpoppler-glib): the only place that
/// sees a poppler pointer. PDFs saved from Word or WPS have a text layer; a scan has none.
public enum PDFText {
    public enum Failure: Error, Equatable, Sendable {
        /// Poppler could not open the file (damaged, encrypted, not a PDF); its own message.
        case unreadable(String)
    }

    /// Each page's text, lines separated by "\n", in the order poppler reads them. At most `maxPages` pages.
    public static func pages(_ data: Data, maxPages: Int = 500) throws(Failure) -> [String] {
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
        var out: [String] = []
        for i in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(i)) else { out.append(""); continue }
            defer { hz_pdf_unref(UnsafeMutableRawPointer(page)) }
            guard let text = poppler_page_get_text(page) else { out.append(""); continue }
            out.append(String(cString: text))
            g_free(text)
        }
        return out
    }
}
