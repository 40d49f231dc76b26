import CPangoCairo
import Foundation
import HuizongLayout

public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// PDF metadata; the dates are fixed by the caller so identical input gives identical bytes.
public struct PDFMetadata: Sendable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var creator: String
    /// ISO 8601, e.g. 2022-03-31T00:00:00
    public var date: String
    public init(title: String, author: String? = nil, subject: String? = nil, creator: String = "huizong", date: String) {
        self.title = title
        self.author = author
        self.subject = subject
        self.creator = creator
        self.date = date
    }
}

/// Draws laid-out pages with Cairo. Writes to a temporary file beside the target and renames it,
/// so a failure never leaves a half-written PDF.
public enum PDFWriter {
    public static func write(_ doc: LaidOutDocument, to url: URL, metadata: PDFMetadata) throws(RenderError) {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard let first = doc.pages.first else { throw RenderError(message: "nothing to write: the document has no pages") }
        guard let surface = cairo_pdf_surface_create(tmp.path, first.width, first.height) else {
            throw RenderError(message: "cannot create \(tmp.path)")
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if let a = metadata.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, a) }
        if let s = metadata.subject { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, s) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.date)
        let cr = cairo_create(surface)!
        // One structure tag around everything: cairo 1.16 otherwise writes a broken xref once links exist.
        cairo_tag_begin(cr, "Document", "")
        var size = (first.width, first.height)
        for page in doc.pages {
            // cairo 1.16 writes a damaged xref if set_size is called in a document with links; only call it on a change.
            if (page.width, page.height) != size {
                cairo_pdf_surface_set_size(surface, page.width, page.height)
                size = (page.width, page.height)
            }
            draw(page, cr)
            cairo_show_page(cr)
        }
        cairo_tag_end(cr, "Document")
        // Bookmarks, nested by level.
        var parents: [(level: Int, id: Int32)] = []
        for entry in doc.outline {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? 0
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, "dest='\(entry.anchor)'",
                                                   entry.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0))
            parents.append((entry.level, id))
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            try? FileManager.default.removeItem(at: tmp)
            throw RenderError(message: "writing \(url.path) failed: \(String(cString: cairo_status_to_string(status)))")
        }
        if rename(tmp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: tmp)
            throw RenderError(message: "cannot move the finished PDF to \(url.path): \(reason)")
        }
    }

    /// Maps content space to paper space for rotated pages (landscape tables on portrait paper).
    static func toPaper(_ page: PageFrame, _ x: Double, _ y: Double) -> (Double, Double) {
        switch page.rotation {
        case 90: return (y, page.height - x)
        case -90: return (page.width - y, x)
        default: return (x, y)
        }
    }

    static func draw(_ page: PageFrame, _ cr: OpaquePointer) {
        cairo_save(cr)
        switch page.rotation {
        case 90: cairo_translate(cr, 0, page.height); cairo_rotate(cr, -Double.pi / 2)
        case -90: cairo_translate(cr, page.width, 0); cairo_rotate(cr, Double.pi / 2)
        default: break
        }
        drawItems(page.items, page: page, cr)
        cairo_restore(cr)
        drawItems(page.furniture, page: PageFrame(width: page.width, height: page.height), cr)
    }

    static func drawItems(_ items: [PageItem], page: PageFrame, _ cr: OpaquePointer) {
        for item in items {
            switch item {
            case let .text(t):
                let pango: PangoShapedText
                if let p = t.shaped as? PangoShapedText { pango = p } else if let p = t.shaped as? PlacedLine { pango = p.base } else { continue }
                cairo_set_source_rgb(cr, t.color.r, t.color.g, t.color.b)
                for i in t.lines where i < pango.lines.count {
                    cairo_move_to(cr, t.x + t.shaped.xOffset(ofLine: i), t.baseline(ofLine: i))
                    pango_cairo_show_layout_line(cr, UnsafeMutablePointer(pango.lines[i]))
                }
            case let .rect(x, y, w, h, fill):
                cairo_set_source_rgb(cr, fill.r, fill.g, fill.b)
                cairo_rectangle(cr, x, y, w, h)
                cairo_fill(cr)
            case let .line(x1, y1, x2, y2, width, color):
                cairo_set_source_rgb(cr, color.r, color.g, color.b)
                cairo_set_line_width(cr, width)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
                cairo_move_to(cr, x1, y1)
                cairo_line_to(cr, x2, y2)
                cairo_stroke(cr)
            case let .dots(x1, x2, y, color):
                cairo_set_source_rgb(cr, color.r, color.g, color.b)
                cairo_set_line_width(cr, 1.3)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
                var dash: [Double] = [0, 4.5]
                cairo_set_dash(cr, &dash, 2, 0)
                cairo_move_to(cr, x1, y)
                cairo_line_to(cr, x2, y)
                cairo_stroke(cr)
                cairo_set_dash(cr, nil, 0, 0)
            case let .anchor(id, x, y):
                let p = toPaper(page, x, y)
                cairo_save(cr)
                cairo_identity_matrix(cr)
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(id)' x=\(fmt(p.0)) y=\(fmt(p.1))")
                cairo_tag_end(cr, CAIRO_TAG_DEST)
                cairo_restore(cr)
            case let .link(id, x, y, w, h):
                cairo_tag_begin(cr, CAIRO_TAG_LINK, "dest='\(id)' rect=[\(fmt(x)) \(fmt(y)) \(fmt(w)) \(fmt(h))]")
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            }
        }
    }

    static func fmt(_ v: Double) -> String { String(format: "%.2f", v) }
}
