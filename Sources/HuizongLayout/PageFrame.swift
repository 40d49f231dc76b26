import HuizongDocument

/// A page with every item at its final position: the only thing the renderer reads.
public struct PageFrame: Sendable {
    /// Paper size in points.
    public var width: Double
    public var height: Double
    /// Content drawn rotated (a landscape table on a portrait sheet): 0, 90 (head to the left) or -90.
    public var rotation: Int
    /// Items in content space: the paper itself, or the rotated virtual page.
    public var items: [PageItem]
    /// Items in paper space, never rotated (page numbers).
    public var furniture: [PageItem]
    /// Printed page number (nil for an unnumbered cover).
    public var number: Int?

    public init(width: Double, height: Double, rotation: Int = 0, items: [PageItem] = [], furniture: [PageItem] = [], number: Int? = nil) {
        self.width = width
        self.height = height
        self.rotation = rotation
        self.items = items
        self.furniture = furniture
        self.number = number
    }

    /// Size of the content space.
    public var contentWidth: Double { rotation == 0 ? width : height }
    public var contentHeight: Double { rotation == 0 ? height : width }
}

/// Lines of one shaped text on a page, as values: their text and glyph runs, so a frame can be dumped, compared
/// and drawn by any back end without the shaper's objects.
public struct TextLines: Sendable {
    /// Which lines of the shaped text these are (a paragraph split over pages keeps its line numbers).
    public private(set) var lines: Range<Int>
    /// The lines themselves, the first being `lines.lowerBound`.
    public private(set) var shown: [LineGlyphs]
    /// Natural width of the shaped text's widest line.
    public var width: Double
    /// Left edge of the text box.
    public var x: Double
    /// Baseline of the first line.
    public var baseline: Double
    public var pitch: Double
    public var color: RGB
    public var style: StyleName

    public init(shaped: ShapedText, lines: Range<Int>, x: Double, baseline: Double, pitch: Double, color: RGB, style: StyleName) {
        self.lines = lines
        shown = lines.map { shaped.glyphs(ofLine: $0) }
        width = shaped.width
        self.x = x
        self.baseline = baseline
        self.pitch = pitch
        self.color = color
        self.style = style
    }

    /// The same text with only the lines `range` (a part of `lines`): the two halves of a paragraph split over pages.
    public func slice(_ range: Range<Int>) -> TextLines {
        var t = self
        let r = range.clamped(to: lines)
        t.shown = Array(shown[(r.lowerBound - lines.lowerBound)..<(r.upperBound - lines.lowerBound)])
        t.lines = r
        return t
    }

    public func baseline(ofLine i: Int) -> Double { baseline + Double(i - lines.lowerBound) * pitch }
    public func text(ofLine i: Int) -> String { line(i)?.text ?? "" }
    public func xOffset(ofLine i: Int) -> Double { line(i)?.xOffset ?? 0 }
    public func line(_ i: Int) -> LineGlyphs? { shown.indices.contains(i - lines.lowerBound) ? shown[i - lines.lowerBound] : nil }
}

public enum PageItem: Sendable {
    case text(TextLines)
    case rect(x: Double, y: Double, width: Double, height: Double, fill: RGB)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, color: RGB)
    /// A row of leader dots (contents entries).
    case dots(x1: Double, x2: Double, y: Double, color: RGB)
    /// A link target at a point.
    case anchor(id: String, x: Double, y: Double)
    /// A clickable area that jumps to an anchor.
    case link(id: String, x: Double, y: Double, width: Double, height: Double)
}

/// One bookmark: a heading's title and where it is.
public struct OutlineEntry: Sendable, Equatable {
    public var title: String
    public var level: Int
    public var anchor: String
    public var page: Int
}

/// The laid-out document: pages plus what the PDF needs beside them.
public struct LaidOutDocument: Sendable {
    public var pages: [PageFrame]
    public var outline: [OutlineEntry]
    public var title: String
    public var author: String?
    public var subject: String?
    /// Passes the contents page needed to settle its page numbers.
    public var passes: Int
}

extension LaidOutDocument {
    /// A readable dump of every page, for golden tests.
    public func dump() -> String {
        var out = ""
        for (i, page) in pages.enumerated() {
            out += "page \(i + 1)" + (page.number.map { " [\($0)]" } ?? "") + (page.rotation != 0 ? " rotated \(page.rotation)" : "") + "\n"
            for item in page.items + page.furniture {
                switch item {
                case let .text(t):
                    for l in t.lines {
                        out += "  \(t.style.rawValue) y=\(Int(t.baseline(ofLine: l).rounded())) \(t.text(ofLine: l))\n"
                    }
                case let .rect(x, y, w, h, _):
                    out += "  rect \(Int(x)),\(Int(y)) \(Int(w))x\(Int(h))\n"
                case .line, .dots: break
                case let .anchor(id, _, _): out += "  anchor \(id)\n"
                case let .link(id, _, _, _, _): out += "  link → \(id)\n"
                }
            }
        }
        return out
    }

    /// Every line with its glyph runs (font file, size, glyph ids), for comparing what two runs or two back ends set.
    public func glyphDump() -> String {
        var out = ""
        for (i, page) in pages.enumerated() {
            out += "page \(i + 1)\n"
            for case let .text(t) in page.items + page.furniture {
                for (k, line) in t.shown.enumerated() {
                    let y = t.baseline(ofLine: t.lines.lowerBound + k)
                    out += String(format: "  %@ x=%.2f y=%.2f %@\n", t.style.rawValue, t.x + line.xOffset, y, line.text)
                    for run in line.runs {
                        let file = run.font.file.split(separator: "/").last.map(String.init) ?? run.font.file
                        let ids = run.glyphs.map { String(format: "%u@%.2f", $0.id, $0.x) }.joined(separator: " ")
                        out += "    \(file)#\(run.font.index)\(run.font.embolden ? " bold" : "") \(run.size)pt: \(ids)\n"
                    }
                    for m in line.missing { out += String(format: "    missing @%.2f\n", m.x) }
                }
            }
        }
        return out
    }

    /// All text of the pages in reading order, one line per text line.
    public func plainText() -> String {
        pages.flatMap { page in
            (page.items + page.furniture).flatMap { item -> [String] in
                if case let .text(t) = item { return t.lines.map { t.text(ofLine: $0) } }
                return []
            }
        }.joined(separator: "\n")
    }
}
