/// GB/T 9704 page geometry in the units WordprocessingML uses: twips (1/20 pt) for lengths, half-points for font
/// sizes, EMU for pictures.
enum Units {
    /// 1 mm = 1440 / 25.4 twips.
    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }
    static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }
    /// 1 pt = 12,700 EMU.
    static func emu(pt: Double) -> Int { Int((pt * 12_700).rounded()) }
}

/// A4 with the GB/T 9704 margins, the 22 × 28 grid, and the same page turned for landscape sections.
struct PageSetup: Equatable {
    var landscape: Bool

    /// A4 portrait: 210 × 297 mm.
    static let paperWidth = 11_906, paperHeight = 16_838
    /// 天头 37 mm, 下白边 35 mm, 订口 28 mm, 翻口 26 mm: 2098, 1984, 1587, 1474 twips.
    static let top = Units.twips(mm: 37), bottom = Units.twips(mm: 35)
    static let left = Units.twips(mm: 28), right = Units.twips(mm: 26)
    /// The text block, 156 × 225 mm: 8845 × 12756 twips.
    static let blockWidth = paperWidth - left - right
    static let blockHeight = paperHeight - top - bottom
    static let lines = 22, chars = 28
    /// Normal (正文) is 三号, 16 pt.
    static let bodySize = 16.0

    /// 12756 / 22 = 579.8 twips; rounded down, since 22 × 580 = 12760 would leave room for 21 lines only.
    static let linePitch = blockHeight / lines
    /// One character of the grid: 8845 / 28 = 315.9 twips = 15.79 pt.
    static let charPitch = Double(blockWidth) / Double(chars)
    /// charSpace is (wanted pitch − Normal's size in pt) × 4096: (15.795 − 16) × 4096 = −841.1, rounded down to
    /// −842 so that 28 characters still fit (−841 gives 28 × 15.7947 pt = 8845.02 twips, a hair over the block).
    static let charSpace = Int(((charPitch / 20 - bodySize) * 4096).rounded(.down))
    /// Characters condensed by 0.25 pt (−5 twips): 28 × 15.75 pt = 441 pt fit the 442.25 pt block, where 16 pt
    /// characters would give 27; −0.2 pt (−4) would give 442.4 pt, a hair too wide. The grid's pitch is 15.79 pt.
    static let condense = -5

    /// The page number's baseline sits 7 mm below the block, 35 − 7 = 28 mm above the paper's edge; the footer
    /// distance is to the bottom of the footer line, about 1 mm (a 14 pt line's descent) lower: 27 mm.
    static let footer = Units.twips(mm: 27)
    static let header = Units.twips(mm: 15)

    /// Twips for `n` characters of the grid (first-line indents, insets).
    static func chars(_ n: Double) -> Int { Int((n * charPitch).rounded()) }

    /// Width available to tables and pictures.
    var textWidth: Int { landscape ? Self.blockHeight : Self.blockWidth }

    /// The sectPr of a section with this orientation. A landscape section turns the margins with the sheet, as
    /// Layouts/gbt9704-landscape.yaml does (top 28, bottom 26, left 37, right 35 mm).
    func sectionProperties() -> String {
        let size = landscape
            ? "<w:pgSz w:w=\"\(Self.paperHeight)\" w:h=\"\(Self.paperWidth)\" w:orient=\"landscape\"/>"
            : "<w:pgSz w:w=\"\(Self.paperWidth)\" w:h=\"\(Self.paperHeight)\"/>"
        let (t, b, l, r) = landscape ? (Self.left, Self.right, Self.top, Self.bottom) : (Self.top, Self.bottom, Self.left, Self.right)
        return "<w:sectPr>"
            + "<w:footerReference w:type=\"default\" r:id=\"\(Relationships.footerOdd)\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"\(Relationships.footerEven)\"/>"
            + size
            + "<w:pgMar w:top=\"\(t)\" w:right=\"\(r)\" w:bottom=\"\(b)\" w:left=\"\(l)\" w:header=\"\(Self.header)\" w:footer=\"\(Self.footer)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"425\"/>"
            + "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"\(Self.linePitch)\" w:charSpace=\"\(Self.charSpace)\"/>"
            + "</w:sectPr>"
    }
}
