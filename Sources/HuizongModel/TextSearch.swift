/// Substring search on UTF-8 bytes. With Foundation imported, `String.contains(String)` goes through
/// CFString (ICU folding) and took most of the reading time on Chinese text; these do not.
extension StringProtocol {
    public func includes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    public func includes(any needles: [String]) -> Bool { needles.contains { includes($0) } }

    /// Offset in UTF-8 bytes of the first occurrence of `needle`.
    public func byteOffset(of needle: String, from start: Int = 0) -> Int? {
        var hay = Array(utf8)
        return hay.withUnsafeMutableBufferPointer { h in
            var n = Array(needle.utf8)
            return n.withUnsafeMutableBufferPointer { nb -> Int? in
                guard let first = nb.first else { return start }
                let last = h.count - nb.count
                guard last >= start else { return nil }
                var i = start
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < nb.count, h[i + k] == nb[k] { k += 1 }
                        if k == nb.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// The range of the first occurrence, as String indices.
    public func rangeOf(_ needle: String) -> Range<String.Index>? {
        let s = String(self)
        guard let off = s.byteOffset(of: needle) else { return nil }
        let lower = s.utf8.index(s.utf8.startIndex, offsetBy: off)
        let upper = s.utf8.index(lower, offsetBy: needle.utf8.count)
        return lower..<upper
    }

    /// Removes every occurrence of the given words, in one pass per word on bytes.
    public func removing(_ words: [String]) -> String {
        var bytes = Array(utf8)
        for w in words {
            let wb = Array(w.utf8)
            guard !wb.isEmpty, bytes.count >= wb.count else { continue }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if i + wb.count <= bytes.count, bytes[i] == wb[0], Array(bytes[i..<(i + wb.count)]) == wb {
                    i += wb.count
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            bytes = out
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. Shared by the .xlsx reader and writer.
public enum ColumnName {
    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var letters = ""
        while n > 0 {
            let rem = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + rem))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
