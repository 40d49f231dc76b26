import Foundation
import HuizongInflate

/// A .docx or .xlsx package. The central directory is read here, every entry is checked to lie inside the
/// file, and its data is inflated with zlib (HuizongInflate) into a buffer of the declared size, so a damaged
/// stream is an error, never a loop, and nothing unpacks past the limits; each entry's CRC-32 is checked.
/// (ZIPFoundation, used before, traps on some damaged archives in memory, leaks per archive, and loops for
/// ever on a truncated deflate stream; all three were found by fuzzing.)
final class ZipPackage {
    enum Failure: Error { case notZip, missing(String), tooLarge(String), ratio(String), corrupt(String) }
    struct Entry { var method: Int; var compressed: Int; var uncompressed: Int; var start: Int; var crc: UInt32 }

    let bytes: [UInt8]
    let limits: IngestLimits
    var entries: [String: Entry] = [:]
    var budget: Int

    init(data: Data, limits: IngestLimits) throws {
        bytes = [UInt8](data)
        self.limits = limits
        budget = limits.maxUnzippedBytes
        try readCentralDirectory()
    }

    func has(_ path: String) -> Bool { entries[path] != nil }
    var paths: [String] { entries.keys.sorted() }

    private func u16(_ i: Int) -> Int { i >= 0 && i + 2 <= bytes.count ? Int(bytes[i]) | Int(bytes[i + 1]) << 8 : -1 }
    private func u32(_ i: Int) -> Int { i >= 0 && i + 4 <= bytes.count ? u16(i) | u16(i + 2) << 16 : -1 }

    private func readCentralDirectory() throws {
        let b = bytes
        guard b.count >= 22, b.starts(with: [0x50, 0x4B]) else { throw Failure.notZip }
        var eocd = -1
        var i = b.count - 22
        while i >= max(0, b.count - 22 - 65_535) {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw Failure.notZip }
        let count = u16(eocd + 10), cdSize = u32(eocd + 12), cdOffset = u32(eocd + 16)
        guard count >= 0, cdSize >= 0, cdOffset >= 0, cdOffset + cdSize <= eocd, count < 100_000 else { throw Failure.corrupt("central directory") }
        var p = cdOffset
        for _ in 0..<count {
            guard u32(p) == 0x0201_4B50 else { throw Failure.corrupt("central directory entry") }
            let method = u16(p + 10), compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard method >= 0, compressed >= 0, uncompressed >= 0, nameLength >= 0, extraLength >= 0, commentLength >= 0, local >= 0,
                  p + 46 + nameLength <= b.count else { throw Failure.corrupt("central directory entry") }
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw Failure.corrupt("ZIP64 entries are not read") }
            let name = Self.entryName(b[(p + 46)..<(p + 46 + nameLength)], utf8Flag: u16(p + 8) & 0x0800 != 0)
            // The local header (30 bytes, name, extra) and the data must end before the central directory.
            let localName = u16(local + 26), localExtra = u16(local + 28)
            let start = local + 30 + localName + localExtra
            guard u32(local) == 0x0403_4B50, localName >= 0, localExtra >= 0, start + compressed <= cdOffset else {
                throw Failure.corrupt("\(name): its data lies outside the file")
            }
            entries[name] = Entry(method: method, compressed: compressed, uncompressed: uncompressed, start: start, crc: UInt32(truncatingIfNeeded: u32(p + 16)))
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// Entry names are UTF-8 when the archive says so (flag bit 11); archives made on Chinese Windows
    /// write them in GBK without saying so.
    static func entryName(_ bytes: ArraySlice<UInt8>, utf8Flag: Bool) -> String {
        if utf8Flag || bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let s = String(bytes: bytes, encoding: .utf8) { return s }
        return String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)) ?? String(decoding: bytes, as: UTF8.self)
    }

    func read(_ path: String) throws -> Data {
        guard let e = entries[path] else { throw Failure.missing(path) }
        if e.uncompressed > budget { throw Failure.tooLarge(path) }
        if e.uncompressed > 1_000_000, e.uncompressed / max(e.compressed, 1) > limits.maxCompressionRatio { throw Failure.ratio(path) }
        let slice = bytes[e.start..<(e.start + e.compressed)]
        let out: Data
        switch e.method {
        case 0:
            guard e.compressed == e.uncompressed else { throw Failure.corrupt("\(path): stored sizes differ") }
            out = Data(slice)
        case 8:
            do {
                out = Data(try Inflate.raw(Array(slice), size: e.uncompressed))
            } catch {
                throw Failure.corrupt("\(path): \(error)")
            }
        default:
            throw Failure.corrupt("\(path): compression method \(e.method) is not read")
        }
        // Bytes that inflate to the right size can still be damaged: the checksum says so.
        guard Inflate.crc32([UInt8](out)) == e.crc else { throw Failure.corrupt("\(path): its checksum (CRC-32) does not match") }
        budget -= out.count
        return out
    }
}
