import Foundation
import HuizongDocument

/// A font role of the layout (小标宋, 仿宋 …): the family asked for and the families that stand in
/// for characters it lacks.
public struct FontRole: Sendable, Equatable {
    public var name: String
    public var family: String
    public var bold: Bool
    public var fallback: [String]
    public init(name: String, family: String, bold: Bool = false, fallback: [String] = []) {
        self.name = name
        self.family = family
        self.bold = bold
        self.fallback = fallback
    }
}

/// How one kind of text is set. Sizes are resolved to points when the layout is read.
public struct TextStyle: Sendable, Hashable {
    public var font: String
    public var size: Double
    public var bold: Bool
    public var alignment: Paragraph.Alignment
    /// First-line indent in points.
    public var indent: Double
    public var linePitch: Double
    public var letterSpacing: Double
    public var spaceBefore: Double
    public var spaceAfter: Double

    public init(font: String, size: Double, bold: Bool = false, alignment: Paragraph.Alignment = .justified,
                indent: Double = 0, linePitch: Double, letterSpacing: Double = 0,
                spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.font = font
        self.size = size
        self.bold = bold
        self.alignment = alignment
        self.indent = indent
        self.linePitch = linePitch
        self.letterSpacing = letterSpacing
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}

public enum StyleName: String, CaseIterable, Sendable {
    case title, subtitle, date, body, heading1, heading2, heading3, heading4, leadIn = "lead_in"
    case table, tableHeader = "table_header", caption, note, contentsTitle = "contents_title"
    case contentsEntry = "contents_entry", attachmentLabel = "attachment_label"
    case attachmentTitle = "attachment_title", pageNumber = "page_number", chart, signature
}

public struct PageNumberSpec: Sendable, Equatable {
    public enum Position: String, Sendable { case outside, center }
    public var format: String
    public var position: Position
    /// Distance from the page edge side of the block, in points (GB/T 9704: one character).
    public var inset: Double
    /// From the bottom of the text block to the page number's baseline.
    public var baselineBelowBlock: Double
    public var firstNumberedPage: Int
}

public struct TableSpec: Sendable, Equatable {
    public var cellPaddingX: Double
    public var cellPaddingY: Double
    public var ruleWidth: Double
    public var outerRuleWidth: Double
    public var headerShade: Double
    public var totalShade: Double
}

public struct ChartSpec: Sendable, Equatable {
    public var height: Double
    public var barThickness: Double
    public var colors: [RGB]
}

public struct RGB: Sendable, Equatable {
    public var r: Double, g: Double, b: Double
    public init(r: Double, g: Double, b: Double) { self.r = r; self.g = g; self.b = b }
    public static let black = RGB(r: 0, g: 0, b: 0)
    public static func gray(_ v: Double) -> RGB { RGB(r: v, g: v, b: v) }
    /// `#rrggbb`
    public static func hex(_ s: String) -> RGB? {
        let h = s.hasPrefix("#") ? String(s.dropFirst()) : s
        guard h.count == 6, let v = UInt32(h, radix: 16) else { return nil }
        return RGB(r: Double((v >> 16) & 0xff) / 255, g: Double((v >> 8) & 0xff) / 255, b: Double(v & 0xff) / 255)
    }
}

/// A page layout, read from a YAML file in Layouts/. Every length is in points.
public struct LayoutSpec: Sendable, Equatable {
    public var name: String
    public var pageWidth: Double
    public var pageHeight: Double
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double
    /// Lines and characters per line of the text grid, when the layout has one.
    public var gridLines: Int?
    public var gridChars: Int?
    /// Whether odd and even pages mirror (page numbers outside, rotated tables facing the binding).
    public var twoSided: Bool
    public var cover: Bool
    public var contentsTitle: String
    /// Keep a heading with this many lines of what follows it.
    public var keepWithNextLines: Int
    public var fonts: [String: FontRole]
    public var styles: [StyleName: TextStyle]
    public var pageNumber: PageNumberSpec
    public var table: TableSpec
    public var chart: ChartSpec
    /// Words a title too long for one line may be broken after, where a clerk would break it (`title_break_after`).
    public var titleBreakAfter: [String] = LayoutSpec.standardTitleBreaks

    /// The breaks of GB/T 9704 titles, for layouts that do not list their own.
    public static let standardTitleBreaks = ["年度", "党委", "党组织", "党支部", "关于", "的"]

    public var blockWidth: Double { pageWidth - marginLeft - marginRight }
    public var blockHeight: Double { pageHeight - marginTop - marginBottom }

    public func style(_ name: StyleName) -> TextStyle {
        styles[name] ?? styles[.body] ?? TextStyle(font: fonts.keys.sorted().first ?? "", size: 12, linePitch: 18)
    }

    public func fontRole(_ name: String) -> FontRole? { fonts[name] }
}
