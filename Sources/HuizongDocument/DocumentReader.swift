import Foundation

/// Reads the document data format (docs/document-format.md) from YAML or JSON.
public enum DocumentReader {
    /// YAML or JSON in the document format; a `.md` file is read as Markdown (`MarkdownReader`).
    public static func read(contentsOf url: URL) throws(DataFileError) -> Document {
        if ["md", "markdown"].contains(url.pathExtension.lowercased()) {
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw DataFileError(file: url.path, line: nil, message: "cannot read the file as UTF-8 text")
            }
            return MarkdownReader.read(text)
        }
        return try read(DataNode.load(contentsOf: url))
    }

    public static func read(_ text: String, file: String = "<document>") throws(DataFileError) -> Document {
        try read(DataNode.load(text, file: file))
    }

    static func read(_ root: DataNode) throws(DataFileError) -> Document {
        try root.allowOnly(["version", "title", "subtitle", "author", "subject", "date", "blocks"], in: "document")
        if let v = root["version"], try v.asInt("version") != 1 {
            throw v.fail("version: this huizong reads document format version 1")
        }
        guard let title = root["title"] else { throw root.fail("document: 'title' is missing") }
        let blocks = try root["blocks"].map { node throws(DataFileError) in try readBlocks(node) } ?? []
        return Document(title: try title.asString("title"),
                        subtitle: try root["subtitle"]?.asString("subtitle"),
                        author: try root["author"]?.asString("author"),
                        subject: try root["subject"]?.asString("subject"),
                        date: try root["date"]?.asString("date"),
                        blocks: blocks)
    }

    static func readBlocks(_ node: DataNode) throws(DataFileError) -> [Block] {
        var out: [Block] = []
        for item in try node.items("blocks") { out.append(try readBlock(item)) }
        return out
    }

    static let blockKinds: Set<String> = ["heading", "paragraph", "list", "table", "chart", "caption",
                                          "page_break", "contents", "signature", "attachment"]

    static func readBlock(_ node: DataNode) throws(DataFileError) -> Block {
        if let word = node.string {
            switch word {
            case "page_break": return .pageBreak
            case "contents": return .contents
            default: return .paragraph(Paragraph(text: word))
            }
        }
        let keys = try node.entries("block").map(\.key)
        guard let kind = keys.first(where: { blockKinds.contains($0) }) else {
            throw node.fail("block: expected one of \(blockKinds.sorted().joined(separator: ", "))")
        }
        guard let value = node[kind] else { throw node.fail("block: '\(kind)' has no value") }
        switch kind {
        case "heading":
            try node.allowOnly(["heading", "level", "number", "in_contents"], in: "heading")
            let level = try node["level"]?.asInt("level") ?? 1
            guard (1...4).contains(level) else { throw node.fail("heading level must be 1…4, found \(level)") }
            return .heading(Heading(level: level, text: try value.asString("heading"),
                                    number: try node["number"]?.asString("number"),
                                    inContents: try node["in_contents"]?.asBool("in_contents") ?? true))
        case "paragraph":
            try node.allowOnly(["paragraph", "align", "indent"], in: "paragraph")
            var p = Paragraph(text: try value.asString("paragraph"))
            if let a = node["align"] {
                guard let al = Paragraph.Alignment(rawValue: try a.asString("align")) else {
                    throw a.fail("align: expected justified, left, center or right")
                }
                p.alignment = al
            }
            p.indent = try node["indent"]?.asDouble("indent")
            return .paragraph(p)
        case "list":
            try node.allowOnly(["list", "style"], in: "list")
            let styleName = try node["style"]?.asString("style") ?? "run_in"
            guard let style = ListBlock.Style(rawValue: styleName) else {
                throw node.fail("list style: expected run_in, numbered, parenthesized or bullet")
            }
            var items: [[Span]] = []
            for i in try value.items("list") { items.append(InlineMarkup.parse(try i.asString("list item"))) }
            return .list(ListBlock(style: style, items: items))
        case "table":
            return .table(try readTable(value))
        case "chart":
            return .chart(try readChart(value))
        case "caption":
            return .caption(try value.asString("caption"))
        case "signature":
            if let s = value.string { return .signature(s.components(separatedBy: "\n")) }
            var lines: [String] = []
            for l in try value.items("signature") { lines.append(try l.asString("signature line")) }
            return .signature(lines)
        case "attachment":
            try value.allowOnly(["title", "number", "blocks", "landscape"], in: "attachment")
            guard let t = value["title"] else { throw value.fail("attachment: 'title' is missing") }
            return .attachment(Attachment(number: try value["number"]?.asInt("number"),
                                          title: try t.asString("title"),
                                          blocks: try value["blocks"].map { n throws(DataFileError) in try readBlocks(n) } ?? [],
                                          landscape: try value["landscape"]?.asBool("landscape") ?? false))
        case "page_break": return .pageBreak
        default: return .contents
        }
    }

    static func readTable(_ node: DataNode) throws(DataFileError) -> Table {
        try node.allowOnly(["caption", "columns", "rows", "total", "landscape", "note"], in: "table")
        guard let colsNode = node["columns"] else { throw node.fail("table: 'columns' is missing") }
        var columns: [Table.Column] = []
        for c in try colsNode.items("columns") {
            if let s = c.string { columns.append(Table.Column(s)); continue }
            try c.allowOnly(["title", "align", "width"], in: "column")
            guard let t = c["title"] else { throw c.fail("column: 'title' is missing") }
            var col = Table.Column(try t.asString("title"))
            if let a = c["align"] {
                guard let al = Table.Column.Alignment(rawValue: try a.asString("align")) else {
                    throw a.fail("align: expected auto, left, center or right")
                }
                col.alignment = al
            }
            col.width = try c["width"]?.asDouble("width")
            columns.append(col)
        }
        var rows: [Table.Row] = []
        for r in try node["rows"]?.items("rows") ?? [] {
            rows.append(Table.Row(try readCells(r, count: columns.count)))
        }
        if let total = node["total"] {
            rows.append(Table.Row(try readCells(total, count: columns.count), role: .total))
        }
        return Table(caption: try node["caption"]?.asString("caption"), columns: columns, rows: rows,
                     landscape: try node["landscape"]?.asBool("landscape") ?? false,
                     note: try node["note"]?.asString("note"))
    }

    static func readCells(_ node: DataNode, count: Int) throws(DataFileError) -> [String] {
        var cells: [String] = []
        for c in try node.items("row") { cells.append(c.string ?? "") }
        guard cells.count == count else {
            throw node.fail("row has \(cells.count) cells but the table has \(count) columns")
        }
        return cells
    }

    static func readChart(_ node: DataNode) throws(DataFileError) -> Chart {
        try node.allowOnly(["kind", "title", "categories", "series", "unit"], in: "chart")
        let kindName = try node["kind"]?.asString("kind") ?? "hbar"
        guard let kind = Chart.Kind(rawValue: kindName) else {
            throw node.fail("chart kind: expected hbar, vbar, stacked or line")
        }
        guard let catNode = node["categories"] else { throw node.fail("chart: 'categories' is missing") }
        var categories: [String] = []
        for c in try catNode.items("categories") { categories.append(try c.asString("category")) }
        var series: [Chart.Series] = []
        for s in try node["series"]?.items("series") ?? [] {
            guard let name = s["name"], let values = s["values"] else { throw s.fail("series: needs name and values") }
            var vs: [Double] = []
            for v in try values.items("values") { vs.append(try v.asDouble("value")) }
            guard vs.count == categories.count else {
                throw values.fail("series has \(vs.count) values but the chart has \(categories.count) categories")
            }
            series.append(Chart.Series(name: try name.asString("name"), values: vs))
        }
        return Chart(kind: kind, title: try node["title"]?.asString("title"), categories: categories,
                     series: series, unit: try node["unit"]?.asString("unit"))
    }
}
