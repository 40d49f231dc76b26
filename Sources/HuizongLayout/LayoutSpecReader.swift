import Foundation
import HuizongDocument

/// Reads a layout YAML file. Every mistake names its line and what was expected; nothing crashes.
public enum LayoutSpecReader {
    public static let formatVersion = 1

    public static func read(contentsOf url: URL) throws(DataFileError) -> LayoutSpec {
        try read(DataNode.load(contentsOf: url))
    }

    public static func read(_ text: String, file: String = "<layout>") throws(DataFileError) -> LayoutSpec {
        try read(DataNode.load(text, file: file))
    }

    static let topKeys: Set<String> = ["version", "name", "page", "margins", "grid", "two_sided", "cover",
                                        "contents_title", "keep_with_next", "fonts", "styles", "page_number",
                                        "table", "chart", "description", "title_break_after"]

    static func read(_ root: DataNode) throws(DataFileError) -> LayoutSpec {
        try root.allowOnly(topKeys, in: "layout")
        if let v = root["version"], try v.asInt("version") != formatVersion {
            throw v.fail("version: this huizong reads layout version \(formatVersion)")
        }
        let name = try root["name"]?.asString("name") ?? "layout"
        let (pageW, pageH) = try readPage(root["page"])
        let (mt, mb, ml, mr) = try readMargins(root["margins"])
        guard pageW - ml - mr > 72, pageH - mt - mb > 72 else {
            throw (root["margins"] ?? root).fail("margins leave less than 1 inch for the text block")
        }
        let blockW = pageW - ml - mr, blockH = pageH - mt - mb
        let (gridLines, gridChars) = try readGrid(root["grid"])
        let fonts = try readFonts(root)
        let styles = try readStyles(root, fonts: fonts, grid: (gridLines, gridChars), block: (blockW, blockH))
        let pn = try readPageNumber(root["page_number"], style: styles[.pageNumber] ?? styles[.body] ?? TextStyle(font: "", size: 12, linePitch: 18))
        let table = try readTable(root["table"])
        let chart = try readChart(root["chart"])
        let breaks = try readTitleBreaks(root["title_break_after"])
        var spec = LayoutSpec(name: name, pageWidth: pageW, pageHeight: pageH, marginTop: mt, marginBottom: mb,
                          marginLeft: ml, marginRight: mr, gridLines: gridLines, gridChars: gridChars,
                          twoSided: try root["two_sided"]?.asBool("two_sided") ?? true,
                          cover: try root["cover"]?.asBool("cover") ?? false,
                          contentsTitle: try root["contents_title"]?.asString("contents_title") ?? "目　录",
                          keepWithNextLines: try root["keep_with_next"]?.asInt("keep_with_next") ?? 2,
                          fonts: fonts, styles: styles, pageNumber: pn, table: table, chart: chart)
        spec.titleBreakAfter = breaks
        return spec
    }


    static func readPage(_ page: DataNode?) throws(DataFileError) -> (Double, Double) {
        var pageW = 210 * Length.pointsPerMillimetre, pageH = 297 * Length.pointsPerMillimetre
        if let page {
            try page.allowOnly(["size", "orientation", "width", "height"], in: "page")
            if let size = page["size"] {
                switch try size.asString("size").uppercased() {
                case "A4": break
                case "A3": pageW = 297 * Length.pointsPerMillimetre; pageH = 420 * Length.pointsPerMillimetre
                case "B5": pageW = 176 * Length.pointsPerMillimetre; pageH = 250 * Length.pointsPerMillimetre
                default: throw size.fail("page size: expected A4, A3 or B5 (or give width and height)")
                }
            }
            if let w = page["width"] { pageW = try absolute(w, "page width") }
            if let h = page["height"] { pageH = try absolute(h, "page height") }
            if let o = page["orientation"] {
                switch try o.asString("orientation") {
                case "portrait": if pageW > pageH { swap(&pageW, &pageH) }
                case "landscape": if pageW < pageH { swap(&pageW, &pageH) }
                default: throw o.fail("orientation: expected portrait or landscape")
                }
            }
        }
        return (pageW, pageH)
    }

    static func readMargins(_ m: DataNode?) throws(DataFileError) -> (Double, Double, Double, Double) {
        var mt = 25 * Length.pointsPerMillimetre, mb = mt, ml = mt, mr = mt
        if let m {
            try m.allowOnly(["top", "bottom", "left", "right"], in: "margins")
            if let v = m["top"] { mt = try absolute(v, "top margin") }
            if let v = m["bottom"] { mb = try absolute(v, "bottom margin") }
            if let v = m["left"] { ml = try absolute(v, "left margin") }
            if let v = m["right"] { mr = try absolute(v, "right margin") }
        }
        return (mt, mb, ml, mr)
    }

    static func readGrid(_ g: DataNode?) throws(DataFileError) -> (Int?, Int?) {
        var gridLines: Int?, gridChars: Int?
        if let g {
            try g.allowOnly(["lines", "chars"], in: "grid")
            gridLines = try g["lines"]?.asInt("grid lines")
            gridChars = try g["chars"]?.asInt("grid chars")
            if let l = gridLines, !(5...80).contains(l) { throw g.fail("grid lines must be 5…80, found \(l)") }
            if let c = gridChars, !(5...80).contains(c) { throw g.fail("grid chars must be 5…80, found \(c)") }
        }

        return (gridLines, gridChars)
    }

    static func readFonts(_ root: DataNode) throws(DataFileError) -> [String: FontRole] {
        guard let fontsNode = root["fonts"] else { throw root.fail("layout: 'fonts' is missing (the font roles)") }
        var fonts: [String: FontRole] = [:]
        for entry in try fontsNode.entries("fonts") {
            let v = entry.value
            if let fam = v.string {
                fonts[entry.key] = FontRole(name: entry.key, family: fam)
                continue
            }
            try v.allowOnly(["family", "bold", "fallback"], in: "font role '\(entry.key)'")
            guard let fam = v["family"] else { throw v.fail("font role '\(entry.key)': 'family' is missing") }
            var fallback: [String] = []
            if let fb = v["fallback"] {
                if let one = fb.string { fallback = [one] } else {
                    for f in try fb.items("fallback") { fallback.append(try f.asString("fallback family")) }
                }
            }
            fonts[entry.key] = FontRole(name: entry.key, family: try fam.asString("family"),
                                        bold: try v["bold"]?.asBool("bold") ?? false, fallback: fallback)
        }
        guard !fonts.isEmpty else { throw fontsNode.fail("fonts: at least one font role is needed") }

        return fonts
    }

    /// Styles: body first, every other style starts from body.
    static func readStyles(_ root: DataNode, fonts: [String: FontRole], grid: (Int?, Int?),
                           block: (Double, Double)) throws(DataFileError) -> [StyleName: TextStyle] {
        let (gridLines, gridChars) = grid
        let (blockW, blockH) = block
        guard let stylesNode = root["styles"] else { throw root.fail("layout: 'styles' is missing") }
        let styleEntries = try stylesNode.entries("styles")
        for e in styleEntries where StyleName(rawValue: e.key) == nil {
            throw DataFileError(file: stylesNode.file, line: e.line,
                                message: "styles: unknown style '\(e.key)'; expected one of \(StyleName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let bodyNode = stylesNode["body"] else { throw stylesNode.fail("styles: 'body' is missing") }
        let defaultBody = TextStyle(font: fonts.keys.sorted()[0], size: 12, linePitch: 18)
        var body = try readStyle(bodyNode, base: defaultBody, fonts: fonts, grid: (gridLines, gridChars),
                                 block: (blockW, blockH), isBody: true)
        if let l = gridLines, bodyNode["line_pitch"] == nil { body.linePitch = blockH / Double(l) }
        var styles: [StyleName: TextStyle] = [.body: body]
        for e in styleEntries where e.key != "body" {
            guard let name = StyleName(rawValue: e.key) else { continue }
            styles[name] = try readStyle(e.value, base: body, fonts: fonts, grid: (gridLines, gridChars),
                                         block: (blockW, blockH), isBody: false)
        }

        return styles
    }

    static func readPageNumber(_ p: DataNode?, style pnStyle: TextStyle) throws(DataFileError) -> PageNumberSpec {
        var pn = PageNumberSpec(format: "— {n} —", position: .outside, inset: pnStyle.size,
                                baselineBelowBlock: 7 * Length.pointsPerMillimetre + 0.35 * pnStyle.size,
                                firstNumberedPage: 1)
        if let p {
            try p.allowOnly(["format", "position", "inset", "below_block"], in: "page_number")
            if let f = p["format"] {
                pn.format = try f.asString("format")
                guard pn.format.contains("{n}") else { throw f.fail("page_number format must contain {n}") }
            }
            if let pos = p["position"] {
                guard let v = PageNumberSpec.Position(rawValue: try pos.asString("position")) else {
                    throw pos.fail("page_number position: expected outside or center")
                }
                pn.position = v
            }
            if let i = p["inset"] { pn.inset = try relative(i, "inset", size: pnStyle.size, pitch: pnStyle.linePitch) }
            if let b = p["below_block"] {
                pn.baselineBelowBlock = try absolute(b, "below_block") + 0.35 * pnStyle.size
            }
        }

        return pn
    }

    static func readTable(_ t: DataNode?) throws(DataFileError) -> TableSpec {
        var table = TableSpec(cellPaddingX: 4, cellPaddingY: 3, ruleWidth: 0.5, outerRuleWidth: 1, headerShade: 0.9, totalShade: 0.95)
        if let t {
            try t.allowOnly(["padding_x", "padding_y", "rule", "outer_rule", "header_shade", "total_shade"], in: "table")
            if let v = t["padding_x"] { table.cellPaddingX = try absolute(v, "padding_x") }
            if let v = t["padding_y"] { table.cellPaddingY = try absolute(v, "padding_y") }
            if let v = t["rule"] { table.ruleWidth = try absolute(v, "rule") }
            if let v = t["outer_rule"] { table.outerRuleWidth = try absolute(v, "outer_rule") }
            if let v = t["header_shade"] { table.headerShade = try fraction(v, "header_shade") }
            if let v = t["total_shade"] { table.totalShade = try fraction(v, "total_shade") }
        }
        return table
    }

    static func readChart(_ c: DataNode?) throws(DataFileError) -> ChartSpec {
        var chart = ChartSpec(height: 200, barThickness: 0.6,
                              colors: ["#b22222", "#d98c3a", "#3a6ea5", "#9a9a9a", "#5b8c5a"].compactMap(RGB.hex))
        if let c {
            try c.allowOnly(["height", "bar_thickness", "colors"], in: "chart")
            if let v = c["height"] { chart.height = try absolute(v, "chart height") }
            if let v = c["bar_thickness"] { chart.barThickness = try fraction(v, "bar_thickness") }
            if let v = c["colors"] {
                var colors: [RGB] = []
                for item in try v.items("colors") {
                    guard let rgb = RGB.hex(try item.asString("color")) else { throw item.fail("color: expected #rrggbb") }
                    colors.append(rgb)
                }
                guard !colors.isEmpty else { throw v.fail("colors: give at least one") }
                chart.colors = colors
            }
        }

        return chart
    }

    static func readTitleBreaks(_ v: DataNode?) throws(DataFileError) -> [String] {
        var breaks = LayoutSpec.standardTitleBreaks
        if let v {
            breaks = []
            for item in try v.items("title_break_after") {
                let word = try item.asString("title_break_after word")
                guard !word.isEmpty else { throw item.fail("title_break_after: an empty word") }
                breaks.append(word)
            }
        }
        return breaks
    }

    static let styleKeys: Set<String> = ["font", "size", "bold", "align", "indent", "line_pitch", "letter_spacing",
                                          "space_before", "space_after"]

    static func readStyle(_ node: DataNode, base: TextStyle, fonts: [String: FontRole], grid: (Int?, Int?),
                          block: (Double, Double), isBody: Bool) throws(DataFileError) -> TextStyle {
        try node.allowOnly(styleKeys, in: "style")
        var s = base
        s.spaceBefore = 0
        s.spaceAfter = 0
        if !isBody { s.indent = 0; s.bold = false }
        if let f = node["font"] {
            let name = try f.asString("font")
            guard fonts[name] != nil else {
                throw f.fail("font: no font role '\(name)'; the layout defines \(fonts.keys.sorted().joined(separator: ", "))")
            }
            s.font = name
        }
        if let v = node["size"] {
            let raw = try v.asString("size")
            guard case let .points(p)? = Length.parse(raw), p > 2, p < 200 else {
                throw v.fail("size: expected a size like 三号, 小四 or 16pt, found '\(raw)'")
            }
            s.size = p
            // Body-relative pitch does not suit a different size: default to 1.5x unless a grid or pitch is given.
            if !isBody, node["line_pitch"] == nil, p > base.linePitch * 0.85 { s.linePitch = p * 1.3 }
            if !isBody, node["letter_spacing"] == nil, p != base.size { s.letterSpacing = 0 }
        }
        if let v = node["bold"] { s.bold = try v.asBool("bold") }
        if let v = node["align"] {
            guard let a = Paragraph.Alignment(rawValue: try v.asString("align")) else {
                throw v.fail("align: expected justified, left, center or right")
            }
            s.alignment = a
        }
        if let v = node["line_pitch"] {
            if v.string == "grid" {
                guard let lines = grid.0 else { throw v.fail("line_pitch: grid needs a 'grid' with lines") }
                s.linePitch = block.1 / Double(lines)
            } else {
                s.linePitch = try relative(v, "line_pitch", size: s.size, pitch: base.linePitch)
            }
        }
        if let v = node["letter_spacing"] {
            if v.string == "grid" {
                guard let chars = grid.1 else { throw v.fail("letter_spacing: grid needs a 'grid' with chars") }
                s.letterSpacing = block.0 / Double(chars) - s.size
            } else {
                s.letterSpacing = try absolute(v, "letter_spacing", allowNegative: true)
            }
        }
        if let v = node["indent"] {
            s.indent = try relative(v, "indent", size: s.size + s.letterSpacing, pitch: s.linePitch)
        }
        if let v = node["space_before"] { s.spaceBefore = try relative(v, "space_before", size: s.size, pitch: s.linePitch) }
        if let v = node["space_after"] { s.spaceAfter = try relative(v, "space_after", size: s.size, pitch: s.linePitch) }
        guard s.linePitch >= s.size * 0.9 else {
            throw node.fail("line_pitch \(s.linePitch) pt is smaller than the type size \(s.size) pt")
        }
        return s
    }

    static func absolute(_ node: DataNode, _ what: String, allowNegative: Bool = false) throws(DataFileError) -> Double {
        guard let raw = node.string, case let .points(p)? = Length.parse(raw), allowNegative || p >= 0 else {
            throw node.fail("\(what): expected a length like 37mm or 16pt, found '\(node.string ?? "a list or map")'")
        }
        return p
    }

    static func relative(_ node: DataNode, _ what: String, size: Double, pitch: Double) throws(DataFileError) -> Double {
        guard let raw = node.string, let l = Length.parse(raw) else {
            throw node.fail("\(what): expected a length like 2 chars, 1 line, 4mm or 12pt, found '\(node.string ?? "a list or map")'")
        }
        let p = l.points(charSize: size, linePitch: pitch)
        guard p >= 0 else { throw node.fail("\(what) must not be negative") }
        return p
    }

    static func fraction(_ node: DataNode, _ what: String) throws(DataFileError) -> Double {
        let v = try node.asDouble(what)
        guard (0...1).contains(v) else { throw node.fail("\(what): expected a number from 0 to 1") }
        return v
    }
}
