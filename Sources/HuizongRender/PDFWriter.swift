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
        guard !doc.pages.isEmpty else { throw RenderError(message: "nothing to write: the document has no pages") }
        let stream = PDFPageStream(url: url, metadata: metadata)
        for page in doc.pages { stream.add(page) }
        try stream.finish(outline: doc.outline)
    }

    /// Maps content space to paper space for rotated pages (landscape tables on portrait paper).
    static func toPaper(_ page: PageFrame, _ x: Double, _ y: Double) -> (Double, Double) {
        switch page.rotation {
        case 90: return (y, page.height - x)
        case -90: return (page.width - y, x)
        default: return (x, y)
        }
    }

    static func draw(_ page: PageFrame, _ cr: OpaquePointer, fonts: FontCache) {
        cairo_save(cr)
        switch page.rotation {
        case 90: cairo_translate(cr, 0, page.height); cairo_rotate(cr, -Double.pi / 2)
        case -90: cairo_translate(cr, page.width, 0); cairo_rotate(cr, Double.pi / 2)
        default: break
        }
        drawItems(page.items, page: page, cr, fonts: fonts)
        cairo_restore(cr)
        drawItems(page.furniture, page: PageFrame(width: page.width, height: page.height), cr, fonts: fonts)
    }

    static func drawItems(_ items: [PageItem], page: PageFrame, _ cr: OpaquePointer, fonts: FontCache) {
        var batch = DrawBatch()
        for item in items {
            switch item {
            case let .text(t):
                for (k, line) in t.shown.enumerated() {
                    let x = t.x + line.xOffset, baseline = t.baseline(ofLine: t.lines.lowerBound + k)
                    for run in line.runs {
                        guard let font = fonts.scaledFont(run.font, size: run.size) else { continue }
                        batch.add(run, font: font, x: x, baseline: baseline, color: t.color)
                    }
                    if !line.missing.isEmpty {
                        batch.flush(cr)
                        drawMissing(line.missing, x: x, baseline: baseline, color: t.color, cr)
                    }
                }
            case let .rect(x, y, w, h, fill):
                batch.flush(cr)
                cairo_set_source_rgb(cr, fill.r, fill.g, fill.b)
                cairo_rectangle(cr, x, y, w, h)
                cairo_fill(cr)
            case let .line(x1, y1, x2, y2, width, color):
                batch.addLine(x1, y1, x2, y2, width: width, color: color, cr)
            case let .dots(x1, x2, y, color):
                batch.flush(cr)
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
        batch.flush(cr)
    }

    static func fmt(_ v: Double) -> String { String(format: "%.2f", v) }

    /// A character no font has, as an empty box where its glyph would be (so it is seen, not silently dropped).
    static func drawMissing(_ missing: [MissingGlyph], x: Double, baseline: Double, color: RGB, _ cr: OpaquePointer) {
        cairo_set_source_rgb(cr, color.r, color.g, color.b)
        cairo_set_line_width(cr, 0.5)
        for m in missing {
            let inset = m.advance * 0.1
            cairo_rectangle(cr, x + m.x + inset, baseline - m.size * 0.8, m.advance - 2 * inset, m.size * 0.9)
        }
        cairo_stroke(cr)
    }
}

/// Cairo fonts made from the page frame's font values, one per face and size for the life of one output.
/// Cairo shares the loaded face between them, so making one is cheap.
final class FontCache {
    struct Key: Hashable {
        var font: FontRef
        var size: Double
    }
    private var fonts: [Key: OpaquePointer] = [:]
    private let options: OpaquePointer?

    init() {
        // As the shaper sets them: unhinted outlines and metrics (positions come from the frame).
        options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    }

    deinit {
        for f in fonts.values { cairo_scaled_font_destroy(f) }
        cairo_font_options_destroy(options)
    }

    func scaledFont(_ font: FontRef, size: Double) -> OpaquePointer? {
        let key = Key(font: font, size: size)
        if let f = fonts[key] { return f }
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        font.file.withCString { f in
            _ = FcPatternAddString(pattern, hz_fc_file(), UnsafeRawPointer(f).assumingMemoryBound(to: FcChar8.self))
        }
        _ = FcPatternAddInteger(pattern, hz_fc_index(), Int32(font.index))
        _ = FcPatternAddBool(pattern, hz_fc_embolden(), font.embolden ? 1 : 0)
        guard let face = cairo_ft_font_face_create_for_pattern(pattern) else { return nil }
        defer { cairo_font_face_destroy(face) }
        var matrix = cairo_matrix_t(), identity = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, size, size)
        cairo_matrix_init_identity(&identity)
        guard let scaled = cairo_scaled_font_create(face, &matrix, &identity, options),
              cairo_scaled_font_status(scaled) == CAIRO_STATUS_SUCCESS else { return nil }
        fonts[key] = scaled
        return scaled
    }
}

/// Gathers a page's glyphs by font and colour, and its rules by width and colour, so Cairo gets one call per
/// font and one stroke per rule style instead of one per table cell: Cairo's PDF surface records, analyses and
/// replays every call, and that per-call cost was most of the writing time. Anything that paints an area
/// (fills, dotted leaders, Pango-drawn lines) flushes first, so nothing drawn earlier ends up on top.
struct DrawBatch {
    struct Key: Equatable {
        var font: OpaquePointer
        var color: RGB
    }
    struct Text {
        var key: Key
        var glyphs: [cairo_glyph_t] = []
        var utf8: [CChar] = []
        var clusters: [cairo_text_cluster_t] = []
    }
    var texts: [Text] = []
    var rule: (width: Double, color: RGB)?

    mutating func add(_ run: GlyphRun, font: OpaquePointer, x: Double, baseline: Double, color: RGB) {
        guard !run.glyphs.isEmpty else { return }
        let key = Key(font: font, color: color)
        let index: Int
        if let i = texts.firstIndex(where: { $0.key == key }) { index = i } else { texts.append(Text(key: key)); index = texts.count - 1 }
        let usable = !run.clusters.isEmpty && !run.backward
        for g in run.glyphs {
            texts[index].glyphs.append(cairo_glyph_t(index: UInt(g.id), x: g.x + x, y: g.y + baseline))
        }
        if usable {
            texts[index].utf8.append(contentsOf: run.utf8.map { CChar(bitPattern: $0) })
            texts[index].clusters.append(contentsOf: run.clusters.map { cairo_text_cluster_t(num_bytes: $0.bytes, num_glyphs: $0.glyphs) })
        } else {
            // Glyphs without a cluster map: one cluster spanning no text keeps the map consistent.
            texts[index].clusters.append(cairo_text_cluster_t(num_bytes: 0, num_glyphs: Int32(run.glyphs.count)))
        }
    }

    mutating func addLine(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, width: Double, color: RGB, _ cr: OpaquePointer) {
        if let r = rule, r.width != width || r.color != color { strokeRules(cr) }
        if rule == nil {
            rule = (width, color)
            cairo_new_path(cr)
        }
        cairo_move_to(cr, x1, y1)
        cairo_line_to(cr, x2, y2)
    }

    mutating func strokeRules(_ cr: OpaquePointer) {
        guard let r = rule else { return }
        cairo_set_source_rgb(cr, r.color.r, r.color.g, r.color.b)
        cairo_set_line_width(cr, r.width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        cairo_stroke(cr)
        rule = nil
    }

    mutating func flush(_ cr: OpaquePointer) {
        strokeRules(cr)
        for t in texts {
            cairo_set_source_rgb(cr, t.key.color.r, t.key.color.g, t.key.color.b)
            cairo_set_scaled_font(cr, t.key.font)
            var glyphs = t.glyphs
            cairo_show_text_glyphs(cr, t.utf8, Int32(t.utf8.count), &glyphs, Int32(glyphs.count),
                                   t.clusters, Int32(t.clusters.count), cairo_text_cluster_flags_t(0))
        }
        texts.removeAll(keepingCapacity: true)
    }
}

/// One PDF written page by page: pages can be handed over as soon as the paginator has finished them, so
/// drawing overlaps layout and the writer never needs the whole document. Cairo's error status is sticky,
/// so it is checked once, at the end.
final class PDFPageStream {
    let url: URL
    let tmp: URL
    let metadata: PDFMetadata
    var surface: OpaquePointer?
    var cr: OpaquePointer?
    var size = (0.0, 0.0)
    var failure: RenderError?
    var sink: CheckedFileSink?
    let fonts = FontCache()

    /// Whether the file is synced to disk before it is renamed into place; a caller that writes many files
    /// syncs them all at once instead (a build: `OutputSet.commit`).
    let syncs: Bool

    init(url: URL, metadata: PDFMetadata, syncs: Bool = true) {
        self.url = url
        self.metadata = metadata
        self.syncs = syncs
        tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    }

    func add(_ page: PageFrame) {
        guard failure == nil else { return }
        if surface == nil { open(page) }
        guard let surface, let cr else { return }
        // cairo 1.16 writes a damaged xref if set_size is called in a document with links; only call it on a change.
        if (page.width, page.height) != size {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            size = (page.width, page.height)
        }
        PDFWriter.draw(page, cr, fonts: fonts)
        cairo_show_page(cr)
    }

    func open(_ first: PageFrame) {
        guard let sink = CheckedFileSink(path: tmp.path, syncs: syncs) else {
            failure = RenderError(message: "cannot create \(tmp.path): \(String(cString: strerror(errno)))")
            return
        }
        self.sink = sink
        guard let s = cairo_pdf_surface_create_for_stream(CheckedFileSink.cairoWrite, Unmanaged.passUnretained(sink).toOpaque(),
                                                          first.width, first.height),
              cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else {
            failure = RenderError(message: "cannot create \(tmp.path)")
            sink.close()
            try? FileManager.default.removeItem(at: tmp)
            return
        }
        size = (first.width, first.height)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if let a = metadata.author { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, a) }
        if let x = metadata.subject { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, x) }
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, metadata.date)
        let context = cairo_create(s)
        // One structure tag around everything: cairo 1.16 otherwise writes a broken xref once links exist.
        cairo_tag_begin(context, "Document", "")
        surface = s
        cr = context
    }

    /// Adds the bookmarks (nested by level), closes the file and moves it into place.
    func finish(outline: [OutlineEntry]) throws(RenderError) {
        if let failure { throw failure }
        guard let surface, let cr else { throw RenderError(message: "nothing to write: the document has no pages") }
        cairo_tag_end(cr, "Document")
        var parents: [(level: Int, id: Int32)] = []
        for entry in outline {
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
        self.cr = nil
        self.surface = nil
        let written = sink.map { $0.close() } ?? "no output stream"
        sink = nil
        guard status == CAIRO_STATUS_SUCCESS, written == nil, PDFCheck.isComplete(tmp) else {
            try? FileManager.default.removeItem(at: tmp)
            let reason = written ?? (status != CAIRO_STATUS_SUCCESS ? String(cString: cairo_status_to_string(status)) : "the file has no PDF trailer")
            throw RenderError(message: "writing \(url.path) failed: \(reason)")
        }
        if rename(tmp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: tmp)
            throw RenderError(message: "cannot move the finished PDF to \(url.path): \(reason)")
        }
    }

    deinit {
        // Only reached with a surface when the run was abandoned: leave no temporary file behind.
        if let cr { cairo_destroy(cr) }
        if let surface {
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        if let sink {
            sink.close()
            try? FileManager.default.removeItem(at: tmp)
        }
    }
}

/// The file Cairo writes into. Cairo 1.16's own file output does not report a short write: a full disk gave a
/// truncated PDF and success. Here every byte goes through write(2), a failure becomes Cairo's sticky
/// WRITE_ERROR, and the file is synced and closed with both results checked.
final class CheckedFileSink {
    private var fd: Int32
    /// The first failure, as text; nil while every write succeeded.
    private(set) var failure: String?
    /// Cairo hands over a PDF in pieces of a few bytes (about a thousand per letter): gathered here, they reach
    /// the file in a few large writes instead of one system call each.
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    private let syncs: Bool

    init?(path: String, syncs: Bool = true) {
        self.syncs = syncs
        fd = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        buffer.reserveCapacity(Self.bufferSize)
    }

    func write(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard failure == nil, fd >= 0 else { return false }
        if buffer.count + count > Self.bufferSize, !flush() { return false }
        if count >= Self.bufferSize { return writeAll(bytes, count: count) }
        buffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        return true
    }

    private func flush() -> Bool {
        guard !buffer.isEmpty else { return true }
        let ok = buffer.withUnsafeBufferPointer { p in p.baseAddress.map { writeAll($0, count: p.count) } ?? true }
        buffer.removeAll(keepingCapacity: true)
        return ok
    }

    private func writeAll(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var done = 0
        while done < count {
            let n = Foundation.write(fd, bytes + done, count - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                failure = n < 0 ? String(cString: strerror(errno)) : "nothing was written"
                return false
            }
            done += n
        }
        return true
    }

    /// Syncs (unless the caller syncs later) and closes; the failure of any write, the sync or the close, or nil.
    @discardableResult
    func close() -> String? {
        guard fd >= 0 else { return failure }
        if failure == nil { _ = flush() }
        if failure == nil, syncs, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if Foundation.close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        fd = -1
        return failure
    }

    deinit { if fd >= 0 { _ = Foundation.close(fd) } }

    /// A failed write is recorded here and not reported to Cairo: Cairo 1.16's PDF surface can trip its own
    /// assertion on a stream error in the middle of a document (seen with a disk that filled while letters were
    /// written beside the report). The sink drops the rest, and `close` reports the failure.
    static let cairoWrite: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_SUCCESS }
        let sink = Unmanaged<CheckedFileSink>.fromOpaque(closure).takeUnretainedValue()
        _ = sink.write(data, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}

/// What a finished PDF must look like before it replaces anything: not empty, and ending in its trailer.
public enum PDFCheck {
    public static func isComplete(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end > 0 else { return false }
        let tailLength = min(end, 1024)
        guard (try? handle.seek(toOffset: end - tailLength)) != nil, let tail = try? handle.readToEnd() else { return false }
        let text = String(decoding: tail, as: UTF8.self)
        return text.contains("startxref") && text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("%%EOF")
    }
}

/// Runs a `PDFPageStream` on a thread of its own: the paginator hands pages over and goes on laying out.
/// Pages are immutable values and shaped text is never changed after shaping, so only the queue is shared.
final class PDFWriterThread: @unchecked Sendable {
    let stream: PDFPageStream
    let condition = NSCondition()
    var queue: [PageFrame] = []
    var closed = false
    var finished = false
    let threaded: Bool

    init(stream: PDFPageStream, threaded: Bool) {
        self.stream = stream
        self.threaded = threaded
    }

    func start() {
        guard threaded else { return }
        let worker = Thread { [self] in run() }
        worker.stackSize = 8 << 20
        worker.start()
    }

    func add(_ page: PageFrame) {
        guard threaded else { stream.add(page); return }
        condition.lock()
        queue.append(page)
        condition.signal()
        condition.unlock()
    }

    func run() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            let batch = queue
            queue.removeAll()
            let done = closed
            condition.unlock()
            for page in batch { stream.add(page) }
            if done && batch.isEmpty { break }
        }
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    /// Waits until every page handed over is drawn, then finishes the file on the calling thread.
    func finish(outline: [OutlineEntry]) throws(RenderError) {
        if threaded {
            condition.lock()
            closed = true
            condition.signal()
            while !finished { condition.wait() }
            condition.unlock()
        }
        try stream.finish(outline: outline)
    }
}
