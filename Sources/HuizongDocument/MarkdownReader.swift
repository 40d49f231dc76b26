import Foundation

/// The part of Markdown a guide needs, read as a document tree so huizong typesets its own manual:
/// `# title` (the first one), `## ` to `#### ` headings (levels 1–3), paragraphs (lines joined), `- ` bullet and
/// `1. ` numbered lists, pipe tables with a header row, fenced code blocks (kept as left-aligned lines),
/// `**bold**`, and `` `code` `` (its backticks dropped). Anything else is a paragraph.
public enum MarkdownReader {
    public static func read(_ text: String) -> Document {
        var title = ""
        var blocks: [Block] = []
        var paragraph: [String] = []
        var list: (style: ListBlock.Style, items: [String])?
        var table: [[String]] = []
        var code: [String]?

        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(Paragraph(text: inline(joinLines(paragraph))))) }
            paragraph = []
            if let l = list { blocks.append(.list(ListBlock(style: l.style, items: l.items.map { InlineMarkup.parse(inline($0)) }))) }
            list = nil
            if let header = table.first {
                let rows = table.dropFirst().map { Table.Row($0.map(inline) + Array(repeating: "", count: max(0, header.count - $0.count))) }
                blocks.append(.table(Table(columns: header.map { .init(inline($0), alignment: .left) }, rows: Array(rows))))
            }
            table = []
        }

        for raw in text.components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") {
                if let lines = code {
                    blocks += lines.map { .paragraph(Paragraph([Span($0)], alignment: .left, indent: 2)) }
                    code = nil
                } else {
                    flush()
                    code = []
                }
                continue
            }
            if code != nil { code?.append(raw); continue }
            if line.isEmpty { flush(); continue }
            if let (level, heading) = headingOf(line) {
                flush()
                if level == 0, title.isEmpty {
                    title = inline(heading)
                } else {
                    // A heading that carries its own number ("三、检查材料") keeps it instead of getting a second one.
                    let (number, rest) = ownNumber(inline(heading))
                    blocks.append(.heading(Heading(level: max(1, level), text: rest, number: number)))
                }
                continue
            }
            if line.hasPrefix("|") {
                if !paragraph.isEmpty || list != nil { flush() }
                let cells = line.trimmingCharacters(in: CharacterSet(charactersIn: "|")).components(separatedBy: "|")
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                // The |---|---| rule under the header.
                if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }) { continue }
                table.append(cells)
                continue
            }
            if let (style, item) = listItem(line) {
                if !paragraph.isEmpty || !table.isEmpty || (list != nil && list?.style != style) { flush() }
                if list == nil { list = (style, []) }
                list?.items.append(item)
                continue
            }
            if list != nil, raw.hasPrefix("  ") {
                // A continuation line of the last item.
                if var l = list, !l.items.isEmpty { l.items[l.items.count - 1] += line; list = l }
                continue
            }
            if list != nil || !table.isEmpty { flush() }
            paragraph.append(line)
        }
        if let lines = code { blocks += lines.map { .paragraph(Paragraph([Span($0)], alignment: .left, indent: 2)) } }
        flush()
        return Document(title: title.isEmpty ? "文档" : title, blocks: blocks)
    }

    /// Lines of one paragraph: Chinese runs on without a space, English words get one.
    static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for l in lines {
            if let a = out.last, let b = l.first, a.isASCII, b.isASCII, a != " " { out += " " }
            out += l
        }
        return out
    }

    /// "# T" is level 0 (the title), "## T" level 1 …
    static func headingOf(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes >= 1, hashes <= 4, line.dropFirst(hashes).first == " " else { return nil }
        return (hashes - 1, String(line.dropFirst(hashes + 1)).trimmingCharacters(in: .whitespaces))
    }

    /// "三、…" or "（二）…" → ("三、", "…"); otherwise nil and the text.
    static func ownNumber(_ text: String) -> (String?, String) {
        let numerals = Set("一二三四五六七八九十")
        let head = text.prefix { numerals.contains($0) }
        if !head.isEmpty, text.dropFirst(head.count).first == "、" { return (head + "、", String(text.dropFirst(head.count + 1))) }
        if text.hasPrefix("（"), let close = text.firstIndex(of: "）"),
           text[text.index(after: text.startIndex)..<close].allSatisfy({ numerals.contains($0) }), close > text.index(after: text.startIndex) {
            return (String(text[...close]), String(text[text.index(after: close)...]))
        }
        return (nil, text)
    }

    static func listItem(_ line: String) -> (ListBlock.Style, String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return (.bullet, String(line.dropFirst(2))) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return (.numbered, String(line.dropFirst(digits.count + 2)))
    }

    /// Backticks and link brackets dropped; `**bold**` is kept for `InlineMarkup`.
    static func inline(_ s: String) -> String {
        var out = s.replacingOccurrences(of: "`", with: "")
        // [text](url) → text（url）
        while let open = out.range(of: "["), let mid = out.range(of: "](", range: open.upperBound..<out.endIndex),
              let close = out.range(of: ")", range: mid.upperBound..<out.endIndex) {
            let label = out[open.upperBound..<mid.lowerBound], url = out[mid.upperBound..<close.lowerBound]
            out.replaceSubrange(open.lowerBound..<close.upperBound, with: "\(label)（\(url)）")
        }
        return out
    }
}
