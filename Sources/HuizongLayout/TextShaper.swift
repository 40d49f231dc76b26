import HuizongDocument

/// Everything the shaper needs to set one run of text.
public struct ShapeRequest: Sendable, Hashable {
    public var spans: [Span]
    public var style: TextStyle
    /// Style applied to `.leadIn` spans (font role and boldness).
    public var leadIn: TextStyle?
    public var width: Double
    public var alignment: Paragraph.Alignment
    public var indent: Double

    public init(spans: [Span], style: TextStyle, leadIn: TextStyle? = nil, width: Double,
                alignment: Paragraph.Alignment, indent: Double) {
        self.spans = spans
        self.style = style
        self.leadIn = leadIn
        self.width = width
        self.alignment = alignment
        self.indent = indent
    }
}

/// Text broken into lines. The layout only counts and places lines; the renderer draws them.
public protocol ShapedText: AnyObject, Sendable {
    var lineCount: Int { get }
    /// The characters of line `i`, for text dumps and tests.
    func text(ofLine i: Int) -> String
    /// Horizontal offset of line `i` from the left of the box (alignment and indent).
    func xOffset(ofLine i: Int) -> Double
    /// Natural width of the widest line.
    var width: Double { get }
    /// Line `i` as values for the page frame (glyph runs when the shaper has them).
    func glyphs(ofLine i: Int) -> LineGlyphs
}

/// Breaks text into lines. Pango does it for real; tests use a fixed-width fake.
public protocol TextShaper {
    func shape(_ request: ShapeRequest) -> ShapedText
    /// Width of the text set on one line, without breaking.
    func naturalWidth(_ text: String, style: TextStyle) -> Double
    /// Shapes ahead of layout (in parallel, where the shaper can); later `shape` calls for the same requests hit.
    func prefetch(_ requests: [ShapeRequest])
}

extension TextShaper {
    public func prefetch(_ requests: [ShapeRequest]) {}
}

/// A font as a value: the file and face it comes from and whether it is emboldened (Fandol has no bold face).
/// A back end loads it from these alone.
public struct FontRef: Hashable, Sendable {
    public var file: String
    public var index: Int
    public var embolden: Bool
    public init(file: String, index: Int, embolden: Bool) {
        self.file = file
        self.index = index
        self.embolden = embolden
    }
}

/// One glyph at its place, relative to the line's start and baseline.
public struct Glyph: Equatable, Sendable {
    public var id: UInt32
    public var x: Double
    public var y: Double
    public init(id: UInt32, x: Double, y: Double) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// How many bytes of a run's text make how many of its glyphs, in order (what a PDF needs to copy text out).
public struct TextCluster: Equatable, Sendable {
    public var bytes: Int32
    public var glyphs: Int32
    public init(bytes: Int32, glyphs: Int32) {
        self.bytes = bytes
        self.glyphs = glyphs
    }
}

/// Glyphs of one font at one size, with the text they show.
public struct GlyphRun: Equatable, Sendable {
    public var font: FontRef
    public var size: Double
    public var glyphs: [Glyph]
    /// The run's text as UTF-8, and which of it each cluster of glyphs shows.
    public var utf8: [UInt8]
    public var clusters: [TextCluster]
    /// Right-to-left: the clusters run backwards (never in these documents, kept for a faithful copy).
    public var backward: Bool
    public init(font: FontRef, size: Double, glyphs: [Glyph], utf8: [UInt8], clusters: [TextCluster], backward: Bool = false) {
        self.font = font
        self.size = size
        self.glyphs = glyphs
        self.utf8 = utf8
        self.clusters = clusters
        self.backward = backward
    }
}

/// A character no font has: drawn as an empty box of the text's size.
public struct MissingGlyph: Equatable, Sendable {
    public var x: Double
    public var advance: Double
    public var size: Double
    public init(x: Double, advance: Double, size: Double) {
        self.x = x
        self.advance = advance
        self.size = size
    }
}

/// One set line as values: its text, where it starts in the box, and its glyphs.
public struct LineGlyphs: Equatable, Sendable {
    public var text: String
    public var xOffset: Double
    public var runs: [GlyphRun]
    public var missing: [MissingGlyph]
    public init(text: String, xOffset: Double, runs: [GlyphRun] = [], missing: [MissingGlyph] = []) {
        self.text = text
        self.xOffset = xOffset
        self.runs = runs
        self.missing = missing
    }
}

extension ShapedText {
    /// Line `i` as values; a shaper without glyphs (the tests' fake) gives its text and offset only.
    public func glyphs(ofLine i: Int) -> LineGlyphs { LineGlyphs(text: text(ofLine: i), xOffset: xOffset(ofLine: i)) }
}
