import Foundation

/// The numbers and contents entries of a document's headings and attachments, decided from the tree alone so
/// that every writer (the PDF layout, the .docx writer) numbers and lists them alike.
public struct DocumentOutline: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Position among the document's headings and attachments, in document order.
        public var index: Int
        /// Number and text as printed: "一、基本情况", "附件1　统计表".
        public var display: String
        /// 1…4; attachments are 1.
        public var level: Int
        /// Listed on the contents page: headings of level 1–2 outside attachments that ask to be, and attachments.
        public var inContents: Bool
        /// The attachment's number (附件N) when the entry is an attachment.
        public var attachmentNumber: Int?
        /// Whether the entry is a heading inside an attachment.
        public var inAttachment: Bool

        /// The PDF's link target for the entry.
        public var anchor: String { "h\(index + 1)" }
    }

    /// Deepest heading level the contents page lists (document-format.md: levels 1–2 and attachments).
    public static let contentsDepth = 2

    public var entries: [Entry] = []
    public var hasContents = false

    public init(_ document: Document) {
        var counters = [0, 0, 0, 0]
        var attachmentCount = 0
        func walk(_ blocks: [Block], inAttachment: Bool) {
            for block in blocks {
                switch block {
                case let .heading(h):
                    let level = min(max(h.level, 1), 4)
                    counters[level - 1] += 1
                    for l in level..<4 { counters[l] = 0 }
                    let number = h.number ?? ChineseNumber.headingNumber(level: level, index: counters[level - 1])
                    entries.append(Entry(index: entries.count, display: number + h.text, level: level,
                                         inContents: h.inContents && level <= Self.contentsDepth && !inAttachment,
                                         attachmentNumber: nil, inAttachment: inAttachment))
                case let .attachment(a):
                    attachmentCount += 1
                    let n = a.number ?? attachmentCount
                    entries.append(Entry(index: entries.count, display: "附件\(n)　\(a.title)", level: 1, inContents: true,
                                         attachmentNumber: n, inAttachment: false))
                    // Numbering starts again inside an attachment and after it.
                    counters = [0, 0, 0, 0]
                    walk(a.blocks, inAttachment: true)
                    counters = [0, 0, 0, 0]
                case .contents:
                    hasContents = true
                default: break
                }
            }
        }
        walk(document.blocks, inAttachment: false)
    }
}

extension ListBlock.Style {
    /// The marker of the item at `index` (from 0): 一是, 1．, （1）, ●.
    public func marker(_ index: Int) -> String {
        switch self {
        case .runIn: return ChineseNumber.string(index + 1) + "是"
        case .numbered: return "\(index + 1)．"
        case .parenthesized: return "（\(index + 1)）"
        case .bullet: return "●"
        }
    }
}

extension Table {
    /// Numbers, percentages and the dash that stands for "none": right-aligned in an `auto` column.
    public static func looksNumeric(_ s: String) -> Bool {
        // On UTF-8 bytes: this runs for every cell of every table.
        var bytes = Array(s.utf8)[...]
        while let f = bytes.first, f == 0x20 { bytes = bytes.dropFirst() }
        while let l = bytes.last, l == 0x20 { bytes = bytes.dropLast() }
        if bytes.elementsEqual("—".utf8) || bytes.elementsEqual("-".utf8) { return true }
        if bytes.last == UInt8(ascii: "%") { bytes = bytes.dropLast() }
        if let f = bytes.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, (0x30...0x39).contains(first) else { return false }
        return bytes.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
    }

    /// Each column's alignment, `auto` decided: right when every non-empty body cell looks numeric, else left.
    public var resolvedAlignments: [Paragraph.Alignment] {
        columns.enumerated().map { c, col in
            switch col.alignment {
            case .left: return .left
            case .right: return .right
            case .center: return .center
            case .auto:
                let cells = rows.filter { $0.role == .body }.compactMap { c < $0.cells.count ? $0.cells[c] : nil }
                let nonEmpty = cells.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                return !nonEmpty.isEmpty && nonEmpty.allSatisfy(Self.looksNumeric) ? .right : .left
            }
        }
    }
}
