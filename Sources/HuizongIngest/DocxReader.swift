import Foundation
import HuizongModel

/// .docx from Word or WPS, read in two steps: package → a small Word model (paragraphs, runs, numbering,
/// tables) → paragraphs for the narrative parser and grids for the ledger reader.
struct DocxReader {
    struct Output {
        var paragraphs: [SourceParagraph]
        var tables: [[[String]]]
    }

    static func read(_ data: Data, file: String, limits: IngestLimits) throws -> Output {
        let zip = try ZipPackage(data: data, limits: limits)
        guard zip.has("word/document.xml") else { throw ZipPackage.Failure.missing("word/document.xml") }
        let doc = try XMLTreeBuilder.parse(try zip.read("word/document.xml"))
        var numbering = Numbering()
        if zip.has("word/numbering.xml"), let tree = try? XMLTreeBuilder.parse(try zip.read("word/numbering.xml")) {
            numbering = Numbering(tree)
        }
        guard let body = doc.all("body").first else { throw ZipPackage.Failure.missing("w:body") }
        var paragraphs: [SourceParagraph] = []
        var tables: [[[String]]] = []
        var index = 0
        for element in flattened(body.children) {
            switch element.local {
            case "p":
                index += 1
                let (text, boldLead) = runs(element)
                var line = text
                if let num = numbering.prefix(for: element) { line = num + line }
                let style = element.child("pPr")?.child("pStyle")?.attr("val") ?? ""
                var level: Int?
                let lower = style.lowercased()
                if lower.hasPrefix("heading") || lower.hasPrefix("标题") || lower == "title" {
                    level = Int(lower.filter(\.isNumber)) ?? 1
                }
                paragraphs.append(SourceParagraph(text: line.trimmingCharacters(in: .whitespaces),
                                                  location: SourceLocation(file: file, .paragraph(index)),
                                                  boldLead: boldLead.map { b in b.count == text.count ? line : b }, headingLevel: level))
            case "tbl":
                var grid: [[String]] = []
                for row in flattened(element.children).filter({ $0.local == "tr" }).prefix(limits.maxRows) {
                    var cells: [String] = []
                    for cell in flattened(row.children).filter({ $0.local == "tc" }).prefix(limits.maxColumns) {
                        let props = cell.child("tcPr")
                        let span = Int(props?.child("gridSpan")?.attr("val") ?? "1") ?? 1
                        var text = flattened(cell.children).filter { $0.local == "p" }.map { runs($0).0 }.joined(separator: "\n")
                        // A vertically merged cell (w:vMerge without "restart") continues the cell above: its rows
                        // share that owner or deadline, so each gets the text.
                        if let merge = props?.child("vMerge"), merge.attr("val") != "restart", let above = grid.last, cells.count < above.count {
                            text = above[cells.count]
                        }
                        cells.append(text)
                        for _ in 1..<max(1, min(span, 50)) { cells.append(text) }
                    }
                    grid.append(cells)
                }
                tables.append(grid)
            default:
                break
            }
        }
        return Output(paragraphs: paragraphs, tables: tables)
    }

    /// Children with content controls (w:sdt) and custom XML unwrapped: office templates put the body, single
    /// paragraphs, rows or cells inside them, and their content counts as if written in place.
    static func flattened(_ children: [XMLElement]) -> [XMLElement] {
        var out: [XMLElement] = []
        for c in children {
            switch c.local {
            case "sdt": out += flattened(c.child("sdtContent")?.children ?? [])
            case "customXml": out += flattened(c.children)
            default: out.append(c)
            }
        }
        return out
    }

    /// The text of a paragraph and its leading bold run text.
    static func runs(_ p: XMLElement) -> (String, String?) {
        var text = ""
        var bold = ""
        var leading = true
        for r in p.all("r") {
            var piece = ""
            for c in r.children {
                switch c.local {
                case "t": piece += c.text
                case "tab": piece += "\t"
                case "br", "cr": piece += "\n"
                default: break
                }
            }
            guard !piece.isEmpty else { continue }
            let b = r.child("rPr")?.child("b")
            let isBold = b != nil && !["0", "false", "off"].contains(b?.attr("val") ?? "1")
            if leading && isBold { bold += piece } else if !piece.trimmingCharacters(in: .whitespaces).isEmpty { leading = false }
            text += piece
        }
        let lead = bold.trimmingCharacters(in: .whitespaces)
        return (text, lead.isEmpty ? nil : lead)
    }

    /// Word's automatic numbering (numbering.xml), rendered the way Word shows it: 一、 （一） 1.
    struct Numbering {
        var formats: [String: [Int: (fmt: String, text: String)]] = [:]
        var counters: [String: [Int: Int]] = [:]

        init() {}
        init(_ tree: XMLElement) {
            var abstract: [String: [Int: (String, String)]] = [:]
            for a in tree.all("abstractNum") {
                guard let id = a.attr("abstractNumId") else { continue }
                var levels: [Int: (String, String)] = [:]
                for l in a.childrenNamed("lvl") {
                    let ilvl = Int(l.attr("ilvl") ?? "0") ?? 0
                    levels[ilvl] = (l.child("numFmt")?.attr("val") ?? "decimal", l.child("lvlText")?.attr("val") ?? "%1.")
                }
                abstract[id] = levels
            }
            for n in tree.all("num") {
                guard let id = n.attr("numId"), let a = n.child("abstractNumId")?.attr("val"), let levels = abstract[a] else { continue }
                formats[id] = levels
            }
        }

        mutating func prefix(for p: XMLElement) -> String? {
            guard let numPr = p.child("pPr")?.child("numPr"), let id = numPr.child("numId")?.attr("val"), id != "0" else { return nil }
            let ilvl = Int(numPr.child("ilvl")?.attr("val") ?? "0") ?? 0
            var c = counters[id] ?? [:]
            c[ilvl, default: 0] += 1
            for deeper in c.keys where deeper > ilvl { c[deeper] = 0 }
            counters[id] = c
            let (fmt, template) = formats[id]?[ilvl] ?? ("decimal", "%1.")
            let n = c[ilvl] ?? 1
            let rendered: String
            switch fmt {
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting", "taiwaneseCounting":
                rendered = ChineseNumeral.string(n)
            default:
                rendered = String(n)
            }
            return template.replacingOccurrences(of: "%\(ilvl + 1)", with: rendered)
        }
    }
}

extension ChineseNumeral {
    static func string(_ n: Int) -> String {
        let d = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return d[max(n, 0)] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : d[n % 10]) }
        if n < 100 { return d[n / 10] + "十" + (n % 10 == 0 ? "" : d[n % 10]) }
        return String(n)
    }
}
