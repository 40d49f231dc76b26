import Foundation
import HuizongModel

/// Detects the encoding from the bytes (never from the extension): BOMs, then strict UTF-8, then UTF-16
/// without a BOM, then GB18030 (a superset of GBK and GB2312).
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf8BOM = "UTF-8 (BOM)", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", gb18030 = "GB18030" }

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
        if let s = String(data: data, encoding: gb18030), !s.contains("\u{FFFD}") { return (s, .gb18030) }
        return nil
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
