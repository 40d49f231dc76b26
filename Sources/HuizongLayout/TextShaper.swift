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
