import CPangoCairo
import Foundation
import HuizongDocument
import HuizongLayout

/// One run of glyphs in one font, positioned relative to its line's origin on the baseline, with the text
/// and cluster map Cairo needs to write ToUnicode entries (so pdftotext gives the text back).
/// Text shaped by Pango, kept as glyph runs (values of HuizongLayout): the PangoLayout is freed as soon as its
/// lines are read, so a long document holds glyphs rather than layouts, and a page frame carries no Pango object.
final class PangoShapedText: ShapedText, @unchecked Sendable {
    let runs: [[GlyphRun]]
    let missing: [[MissingGlyph]]
    let offsets: [Double]
    let ranges: [Range<Int>]
    let utf8: [UInt8]
    let width: Double

    init(layout: OpaquePointer, utf8: [UInt8]) {
        self.utf8 = utf8
        var runs: [[GlyphRun]] = []
        var missing: [[MissingGlyph]] = []
        var offsets: [Double] = []
        var ranges: [Range<Int>] = []
        var maxWidth = 0.0
        let text = pango_layout_get_text(layout)
        if let iter = pango_layout_get_iter(layout) {
            repeat {
                if let line = pango_layout_iter_get_line_readonly(iter) {
                    var logical = PangoRectangle()
                    pango_layout_iter_get_line_extents(iter, nil, &logical)
                    offsets.append(Double(logical.x) / Double(PANGO_SCALE))
                    maxWidth = max(maxWidth, Double(logical.width) / Double(PANGO_SCALE))
                    let start = Int(line.pointee.start_index)
                    let len = Int(line.pointee.length)
                    ranges.append(start..<min(start + len, utf8.count))
                    let (lineRuns, lineMissing) = Self.glyphRuns(line, text: text)
                    runs.append(lineRuns)
                    missing.append(lineMissing)
                }
            } while pango_layout_iter_next_line(iter) != 0
            pango_layout_iter_free(iter)
        }
        self.runs = runs
        self.missing = missing
        self.offsets = offsets
        self.ranges = ranges
        self.width = maxWidth
        hz_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The font of a Pango item as a value, and its size; nil for a font that is not a fontconfig one.
    static func fontRef(_ font: UnsafeMutablePointer<PangoFont>) -> (FontRef, Double)? {
        guard let pattern = hz_font_pattern(font), let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { return nil }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, hz_fc_file(), 0, &file) == FcResultMatch, let file else { return nil }
        var index: Int32 = 0
        _ = FcPatternGetInteger(pattern, hz_fc_index(), 0, &index)
        var embolden: FcBool = 0
        _ = FcPatternGetBool(pattern, hz_fc_embolden(), 0, &embolden)
        var matrix = cairo_matrix_t()
        cairo_scaled_font_get_font_matrix(scaled, &matrix)
        return (FontRef(file: String(cString: file), index: Int(index), embolden: embolden != 0), matrix.yy)
    }

    /// The glyphs of one line as Pango's Cairo renderer would draw them, and where a glyph is missing from
    /// every font (drawn as an empty box).
    static func glyphRuns(_ line: UnsafeMutablePointer<PangoLayoutLine>, text: UnsafePointer<CChar>?) -> ([GlyphRun], [MissingGlyph]) {
        var result: [GlyphRun] = []
        var missing: [MissingGlyph] = []
        var xRun = 0
        var node = line.pointee.runs
        while let n = node {
            defer { node = n.pointee.next }
            guard let item = n.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let pangoItem = item.pointee.item, let glyphs = item.pointee.glyphs else { continue }
            let count = Int(glyphs.pointee.num_glyphs)
            defer { xRun += Int(pango_glyph_string_get_width(glyphs)) }
            guard count > 0, let infos = glyphs.pointee.glyphs,
                  let pangoFont = pangoItem.pointee.analysis.font, let (font, size) = fontRef(pangoFont) else { continue }
            var out: [Glyph] = []
            out.reserveCapacity(count)
            var x = xRun
            let yRun = -Int(item.pointee.y_offset)
            for g in 0..<count {
                let info = infos[g]
                if info.glyph != PANGO_GLYPH_EMPTY {
                    if info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                        if info.glyph != (0x20 | PANGO_GLYPH_UNKNOWN_FLAG) {
                            missing.append(MissingGlyph(x: Double(x) / Double(PANGO_SCALE),
                                                        advance: Double(info.geometry.width) / Double(PANGO_SCALE), size: size))
                        }
                    } else {
                        out.append(Glyph(id: info.glyph,
                                         x: Double(x + Int(info.geometry.x_offset)) / Double(PANGO_SCALE),
                                         y: Double(yRun + Int(info.geometry.y_offset)) / Double(PANGO_SCALE)))
                    }
                }
                x += Int(info.geometry.width)
            }
            let backward = pangoItem.pointee.analysis.level & 1 == 1
            let (bytes, clusters) = Self.clusters(item, pangoItem: pangoItem, infos: infos, text: text, backward: backward)
            result.append(GlyphRun(font: font, size: size, glyphs: out, utf8: bytes, clusters: clusters, backward: backward))
        }
        return (result, missing)
    }

    /// The run's text and which of its bytes each cluster of drawn glyphs shows.
    static func clusters(_ item: UnsafeMutablePointer<PangoGlyphItem>, pangoItem: UnsafeMutablePointer<PangoItem>,
                         infos: UnsafeMutablePointer<PangoGlyphInfo>, text: UnsafePointer<CChar>?, backward: Bool) -> ([UInt8], [TextCluster]) {
        guard let text else { return ([], []) }
        let offset = Int(pangoItem.pointee.offset)
        let length = Int(pangoItem.pointee.length)
        let bytes = UnsafeRawBufferPointer(start: text + offset, count: length).map { $0 }
        var clusters: [TextCluster] = []
        var iter = PangoGlyphItemIter()
        if pango_glyph_item_iter_init_start(&iter, item, text) != 0 {
            repeat {
                var glyphCount = backward ? iter.start_glyph - iter.end_glyph : iter.end_glyph - iter.start_glyph
                let lo = Int(min(iter.start_glyph, iter.end_glyph + 1))
                let hi = Int(max(iter.start_glyph + 1, iter.end_glyph))
                if lo < hi {
                    for i in lo..<hi where infos[i].glyph == PANGO_GLYPH_EMPTY || infos[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                        glyphCount -= 1
                    }
                }
                clusters.append(TextCluster(bytes: iter.end_index - iter.start_index, glyphs: glyphCount))
            } while pango_glyph_item_iter_next_cluster(&iter) != 0
        }
        return (bytes, clusters)
    }

    var lineCount: Int { runs.count }

    func text(ofLine i: Int) -> String {
        guard ranges.indices.contains(i) else { return "" }
        let s = String(decoding: utf8[ranges[i]], as: UTF8.self)
        // The word joiners the shaper was given are not text; most lines have none, and Foundation's
        // replacingOccurrences cost 2 % of a build with letters.
        guard s.unicodeScalars.contains("\u{2060}") else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "\u{2060}" }))
    }

    func xOffset(ofLine i: Int) -> Double { offsets.indices.contains(i) ? offsets[i] : 0 }

    func glyphs(ofLine i: Int) -> LineGlyphs {
        guard runs.indices.contains(i) else { return LineGlyphs(text: "", xOffset: 0) }
        return LineGlyphs(text: text(ofLine: i), xOffset: offsets[i], runs: runs[i], missing: missing[i])
    }
}

/// A one-line layout moved right (centred or right-aligned cells).
final class PlacedLine: ShapedText, @unchecked Sendable {
    let base: PangoShapedText
    let offset: Double
    init(_ base: PangoShapedText, offset: Double) {
        self.base = base
        self.offset = offset
    }
    var lineCount: Int { base.lineCount }
    func text(ofLine i: Int) -> String { base.text(ofLine: i) }
    func xOffset(ofLine i: Int) -> Double { base.xOffset(ofLine: i) + offset }
    var width: Double { base.width }
    func glyphs(ofLine i: Int) -> LineGlyphs {
        var line = base.glyphs(ofLine: i)
        line.xOffset += offset
        return line
    }
}

/// Breaks lines with Pango on a private font map: 72 dpi, zh-cn, unrounded glyph positions.
public final class PangoShaper: TextShaper, @unchecked Sendable {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let spec: LayoutSpec
    var descriptions: [String: OpaquePointer] = [:]
    var cache: [ShapeRequest: PangoShapedText] = [:]
    var naturalCache: [WidthKey: PangoShapedText] = [:]

    struct WidthKey: Hashable {
        var text: String
        var style: TextStyle
    }

    let fonts: FontLibrary
    /// Shaped text is immutable, so identical requests (same text, style, width) share one result. Off only
    /// to measure raw shaping cost (`huizong-bench typeset --no-reuse`).
    public var reusesIdenticalText = true
    /// Without reuse: results shaped ahead by `prefetch`, one per occurrence, taken out in order.
    var shapedAhead: [ShapeRequest: [PangoShapedText]] = [:]

    public init(fonts: FontLibrary, spec: LayoutSpec) {
        self.spec = spec
        self.fonts = fonts
        let map = pango_cairo_font_map_new()!
        pango_fc_font_map_set_config(hz_as_fc_font_map(map), fonts.config)
        fontMap = map
        let ctx = pango_font_map_create_context(map)!
        context = ctx
        pango_cairo_context_set_resolution(ctx, 72)
        pango_context_set_language(ctx, pango_language_from_string("zh-cn"))
        pango_context_set_round_glyph_positions(ctx, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(ctx, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        cache.removeAll()
        for d in descriptions.values { pango_font_description_free(d) }
        hz_object_unref(UnsafeMutableRawPointer(context))
        hz_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    func familyList(_ roleName: String) -> String {
        guard let role = spec.fonts[roleName] else { return roleName }
        return ([role.family] + role.fallback).joined(separator: ",")
    }

    func description(_ style: TextStyle) -> OpaquePointer {
        let key = "\(style.font)|\(style.size)|\(style.bold)"
        if let d = descriptions[key] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, familyList(style.font))
        pango_font_description_set_absolute_size(d, style.size * Double(PANGO_SCALE))
        let bold = style.bold || (spec.fonts[style.font]?.bold ?? false)
        pango_font_description_set_weight(d, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        descriptions[key] = d
        return d
    }

    /// A word joiner keeps a middle dot off the start of a line (Pango lets it start one).
    static func prepare(_ text: String) -> String {
        guard text.unicodeScalars.contains("·") else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if u == "·" { out.append("\u{2060}") }
            out.append(u)
        }
        return String(out)
    }

    public func shape(_ request: ShapeRequest) -> ShapedText {
        // A short plain text that fits on one line is its natural-width layout, placed by alignment:
        // table cells and labels then cost one Pango layout instead of two.
        if request.spans.count == 1, request.spans[0].emphasis == .none, request.indent == 0, request.width > 0,
           request.spans[0].text.utf8.count <= 96 {
            let natural = naturalLayout(request.spans[0].text, style: request.style)
            if natural.lineCount == 1, natural.width <= request.width {
                let free = request.width - natural.width
                let offset: Double
                switch request.alignment {
                case .center: offset = free / 2
                case .right: offset = free
                default: offset = 0
                }
                return offset == 0 ? natural : PlacedLine(natural, offset: offset)
            }
        }
        let cacheable = reusesIdenticalText || (request.spans.count == 1 && request.spans[0].text.utf8.count <= 96)
        if cacheable, let hit = cache[request] { return hit }
        if var queue = shapedAhead[request], !queue.isEmpty {
            let early = queue.removeFirst()
            shapedAhead[request] = queue.isEmpty ? nil : queue
            return early
        }
        let shaped = makeLayout(request)
        if cacheable { cache[request] = shaped }
        return shaped
    }

    func makeLayout(_ request: ShapeRequest) -> PangoShapedText {
        let layout = pango_layout_new(context)!
        let style = request.style
        pango_layout_set_font_description(layout, description(style))
        if request.width > 0 { pango_layout_set_width(layout, Int32((request.width * Double(PANGO_SCALE)).rounded(.up))) }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_indent(layout, Int32(request.indent * Double(PANGO_SCALE)))
        switch request.alignment {
        case .justified: pango_layout_set_justify(layout, 1); pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        var text = ""
        let attrs = pango_attr_list_new()!
        defer { pango_attr_list_unref(attrs) }
        for span in request.spans {
            let piece = Self.prepare(span.text)
            let start = text.utf8.count
            text += piece
            let end = text.utf8.count
            guard span.emphasis != .none, end > start else { continue }
            var lead = request.leadIn ?? style
            if span.emphasis == .bold { lead = style; lead.bold = true }
            if lead.font != style.font, let a = pango_attr_family_new(familyList(lead.font)) {
                a.pointee.start_index = UInt32(start); a.pointee.end_index = UInt32(end)
                pango_attr_list_insert(attrs, a)
            }
            if lead.bold, let a = pango_attr_weight_new(PANGO_WEIGHT_BOLD) {
                a.pointee.start_index = UInt32(start); a.pointee.end_index = UInt32(end)
                pango_attr_list_insert(attrs, a)
            }
        }
        if style.letterSpacing != 0, let a = pango_attr_letter_spacing_new(Int32((style.letterSpacing * Double(PANGO_SCALE)).rounded(.down))) {
            pango_attr_list_insert(attrs, a)
        }
        pango_layout_set_attributes(layout, attrs)
        let utf8 = Array(text.utf8)
        text.withCString { pango_layout_set_text(layout, $0, Int32(utf8.count)) }
        return PangoShapedText(layout: layout, utf8: utf8)
    }

    public func naturalWidth(_ text: String, style: TextStyle) -> Double {
        naturalLayout(text, style: style).width
    }

    func naturalLayout(_ text: String, style: TextStyle) -> PangoShapedText {
        let key = WidthKey(text: text, style: style)
        if let hit = naturalCache[key] { return hit }
        let shaped = makeLayout(ShapeRequest(spans: [Span(text)], style: style, width: -1, alignment: .left, indent: 0))
        naturalCache[key] = shaped
        return shaped
    }

    /// Shapes half of the requests on a second thread with its own font map and context (Pango's objects are
    /// per thread), the other half here. Only the finished layouts cross over, after the helper has stopped.
    public func prefetch(_ requests: [ShapeRequest]) {
        var work = requests
        if reusesIdenticalText {
            var seen = Set<ShapeRequest>()
            work = requests.filter { cache[$0] == nil && seen.insert($0).inserted }
        }
        guard work.count >= 64, ProcessInfo.processInfo.activeProcessorCount > 1,
              ProcessInfo.processInfo.environment["HUIZONG_THREADS"] != "1" else { return }
        let half = work.count / 2
        let helperWork = Array(work[half...])
        let box = PrefetchBox(fonts: fonts, spec: spec, requests: helperWork)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.run()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let mine = work[..<half].map { makeLayout($0) }
        done.wait()
        for (r, shaped) in zip(work, mine + box.results) {
            if reusesIdenticalText { cache[r] = shaped } else { shapedAhead[r, default: []].append(shaped) }
        }
    }

    /// Drops cached layouts (long documents release memory between documents).
    public func clearCache() {
        cache.removeAll()
        naturalCache.removeAll()
        shapedAhead.removeAll()
    }
}

/// The helper thread's work: a shaper of its own, results handed back once it has finished.
final class PrefetchBox: @unchecked Sendable {
    let fonts: FontLibrary
    let spec: LayoutSpec
    let requests: [ShapeRequest]
    var results: [PangoShapedText] = []

    init(fonts: FontLibrary, spec: LayoutSpec, requests: [ShapeRequest]) {
        self.fonts = fonts
        self.spec = spec
        self.requests = requests
    }

    func run() {
        let shaper = PangoShaper(fonts: fonts, spec: spec)
        results = requests.map { shaper.makeLayout($0) }
    }
}
