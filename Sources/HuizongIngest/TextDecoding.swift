import Foundation
import HuizongModel

/// Detects the encoding from the bytes (never from the extension): BOMs, then strict UTF-8, then UTF-16
/// without a BOM, then UTF-8 with a few damaged bytes (replaced, and reported by the reader), then GB18030 (a
/// superset of GBK and GB2312).
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf8BOM = "UTF-8 (BOM)", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", gb18030 = "GB18030"
        /// UTF-8 with a few invalid bytes, each replaced by U+FFFD.
        case utf8Damaged = "UTF-8 (damaged bytes replaced)"
    }

    /// The CoreFoundation GB18030 constant with the high bit set, as Foundation on Linux expects it.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text with every line end made "\n": Swift holds "\r\n" as one Character, so a CR LF file (Excel's
    /// CSV, Notepad's text) would otherwise be one line to every `split(separator: "\n")` after this.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
        detect(data).map { (normalisingLineEnds($0.text), $0.encoding) }
    }

    static func normalisingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    static func detect(_ data: Data) -> (text: String, encoding: Encoding)? {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(data: data.dropFirst(3), encoding: .utf8).map { ($0, .utf8BOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: data.dropFirst(2), encoding: .utf16LittleEndian).map { ($0, .utf16LE) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data.dropFirst(2), encoding: .utf16BigEndian).map { ($0, .utf16BE) }
        }
        if let s = String(validatingUTF8Data: data) { return (s, .utf8) }
        // UTF-16 without a BOM: many zero bytes in alternate positions.
        if data.count >= 4, data.count % 2 == 0 {
            let sample = [UInt8](data.prefix(400))
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            if oddZeros > sample.count / 8, let s = String(data: data, encoding: .utf16LittleEndian) { return (s, .utf16LE) }
            if evenZeros > sample.count / 8, let s = String(data: data, encoding: .utf16BigEndian) { return (s, .utf16BE) }
        }
        // Chinese UTF-16 has few zero bytes; the byte order whose code units are nearly all text is the one.
        if data.count % 2 == 0, let order = utf16Order([UInt8](data.prefix(4096))),
           let s = String(data: data, encoding: order == .utf16LE ? .utf16LittleEndian : .utf16BigEndian) {
            return (s, order)
        }
        if let s = nearlyUTF8(data) { return (s, .utf8Damaged) }
        if let s = String(data: data, encoding: gb18030), !s.contains("\u{FFFD}") { return (s, .gb18030) }
        return nil
    }

    /// .utf16LE or .utf16BE when nine in ten code units of that order are text: CJK, CJK and general
    /// punctuation, full-width forms, printable ASCII, tabs and line ends. GBK and binary data score far lower.
    static func utf16Order(_ sample: [UInt8]) -> Encoding? {
        guard sample.count >= 4 else { return nil }
        func share(_ unit: (UInt8, UInt8) -> UInt16) -> Double {
            var text = 0, total = 0
            for i in stride(from: 0, to: sample.count - 1, by: 2) {
                total += 1
                switch unit(sample[i], sample[i + 1]) {
                case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x2000...0x206F, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
                    text += 1
                default: break
                }
            }
            return Double(text) / Double(total)
        }
        let le = share { UInt16($0) | UInt16($1) << 8 }, be = share { UInt16($0) << 8 | UInt16($1) }
        guard max(le, be) >= 0.9 else { return nil }
        return le >= be ? .utf16LE : .utf16BE
    }

    /// UTF-8 with a few bad bytes (a stray byte from a copy or a cut): decoded with U+FFFD for each, when the
    /// valid non-ASCII characters outnumber the damage twenty to one. GBK read as UTF-8 is nearly all damage.
    static func nearlyUTF8(_ data: Data) -> String? {
        let s = String(decoding: data, as: UTF8.self)
        var replaced = 0, wide = 0
        for u in s.unicodeScalars {
            if u == "\u{FFFD}" { replaced += 1 } else if u.value > 0x7F { wide += 1 }
        }
        guard replaced > 0, replaced * 20 <= wide else { return nil }
        return s
    }

    /// Whether the bytes look like text at all (few control characters).
    public static func looksBinary(_ data: Data) -> Bool {
        let sample = [UInt8](data.prefix(4096))
        guard !sample.isEmpty else { return false }
        // UTF-16 text has zero bytes too, but on one side of each pair only.
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return false }
        let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        if (evenZeros == 0) != (oddZeros == 0), max(evenZeros, oddZeros) > sample.count / 8 { return false }
        if utf16Order(sample) != nil { return false }
        let controls = sample.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        return controls * 20 > sample.count
    }
}

extension String {
    init?(validatingUTF8Data data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}
