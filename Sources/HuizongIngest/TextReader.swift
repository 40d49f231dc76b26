import Foundation
import HuizongModel

/// Plain text and Markdown: one paragraph per non-empty line, with Markdown's headings, **bold** leads and
/// \* escapes understood (branches often paste Markdown into .txt files).
public enum TextReader {
    public static func paragraphs(_ text: String, file: String) -> [SourceParagraph] {
        var out: [SourceParagraph] = []
        var lineNumber = 0
        text.enumerateLines { raw, _ in
            lineNumber += 1
            var line = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}\u{FEFF}")))
            guard !line.isEmpty else { return }
            var level: Int?
            if line.hasPrefix("#") {
                let hashes = line.prefix { $0 == "#" }.count
                if hashes <= 6, line.dropFirst(hashes).first == " " {
                    level = hashes
                    line = String(line.dropFirst(hashes)).trimmingCharacters(in: .whitespaces)
                }
            }
            // List bullets of Markdown: "- ", "* ", "+ ".
            for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { line = String(line.dropFirst(2)) }
            // Escaped asterisks are literal placeholders: keep them as ＊ so bold detection cannot take them.
            if line.includes("\\*") { line = line.replacingOccurrences(of: "\\*", with: "＊") }
            var boldLead: String?
            if line.hasPrefix("**"), let close = line.dropFirst(2).range(of: "**") {
                let inner = String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
                if !inner.isEmpty, inner.count <= 80, !inner.contains("*") {
                    let rest = String(line[close.upperBound...])
                    line = inner + rest
                    boldLead = inner
                }
            }
            // "【学习教育方面】" alone on its line: a label set off as a heading, like a bold line.
            if boldLead == nil, line.hasPrefix("【"), line.hasSuffix("】"), line.count <= 32 {
                let inner = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                if !inner.isEmpty, !inner.contains(where: { "【】".contains($0) }) { line = inner; boldLead = inner }
            }
            // Bold inside the line (** pairs around Chinese text) is formatting, not a placeholder.
            line = stripInnerBold(line)
            if line.includes("＊") { line = line.replacingOccurrences(of: "＊", with: "*") }
            if let b = boldLead, b.includes("＊") { boldLead = b.replacingOccurrences(of: "＊", with: "*") }
            out.append(SourceParagraph(text: line, location: SourceLocation(file: file, .line(lineNumber)),
                                       boldLead: boldLead, headingLevel: level))
        }
        return out
    }

    /// Removes `**` pairs that wrap at least two Han characters and no placeholder.
    static func stripInnerBold(_ line: String) -> String {
        guard line.includes("**") else { return line }
        let parts = line.components(separatedBy: "**")
        guard parts.count >= 3, parts.count % 2 == 1 else { return line }
        for k in stride(from: 1, to: parts.count, by: 2) {
            let inner = parts[k]
            if inner.filter(\.isHan).count < 2 || inner.count > 80 { return line }
        }
        return parts.joined()
    }
}
