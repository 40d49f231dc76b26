import Foundation
import ZIPFoundation

/// A .docx or .xlsx package, read with limits on size and compression ratio.
/// The bytes go through a private temporary file: ZIPFoundation's in-memory archives trap on some damaged
/// inputs (a negative range in MemoryFile.readData) and never free their buffer, both found by fuzzing.
final class ZipPackage {
    enum Failure: Error { case notZip, missing(String), tooLarge(String), ratio(String), corrupt(String) }
    let archive: Archive
    let limits: IngestLimits
    let file: URL
    var budget: Int

    init(data: Data, limits: IngestLimits) throws {
        try Self.checkLayout(data)
        file = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-\(getpid())-\(UUID().uuidString).zip")
        do { try data.write(to: file) } catch { throw Failure.corrupt("cannot stage the package: \(error.localizedDescription)") }
        do { archive = try Archive(url: file, accessMode: .read) } catch {
            try? FileManager.default.removeItem(at: file)
            throw Failure.notZip
        }
        self.limits = limits
        budget = limits.maxUnzippedBytes
    }

    deinit { try? FileManager.default.removeItem(at: file) }

    /// Checks from the central directory that every entry's data lies inside the file before ZIPFoundation
    /// reads it: its decompression loop never ends when an entry claims more bytes than remain (fuzzing).
    static func checkLayout(_ data: Data) throws {
        let b = [UInt8](data)
        func u16(_ i: Int) -> Int { i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : -1 }
        func u32(_ i: Int) -> Int { i + 4 <= b.count ? u16(i) | u16(i + 2) << 16 : -1 }
        guard b.count >= 22 else { throw Failure.notZip }
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
            let compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard compressed >= 0, uncompressed >= 0, nameLength >= 0, extraLength >= 0, commentLength >= 0, local >= 0 else {
                throw Failure.corrupt("central directory entry")
            }
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw Failure.corrupt("ZIP64 entries are not read") }
            // The local header (30 bytes, name, extra) and the data must end before the central directory.
            let localName = u16(local + 26), localExtra = u16(local + 28)
            guard u32(local) == 0x0403_4B50, localName >= 0, localExtra >= 0,
                  local + 30 + localName + localExtra + compressed <= cdOffset else {
                throw Failure.corrupt("an entry's data lies outside the file")
            }
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    func has(_ path: String) -> Bool { archive[path] != nil }

    var paths: [String] { archive.map(\.path) }

    func read(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw Failure.missing(path) }
        let declared = Int(entry.uncompressedSize)
        let compressed = max(Int(entry.compressedSize), 1)
        if declared > budget { throw Failure.tooLarge(path) }
        if declared / compressed > limits.maxCompressionRatio, declared > 1_000_000 { throw Failure.ratio(path) }
        var out = Data()
        let cap = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // Declared sizes can lie: count what actually comes out.
                if out.count + chunk.count > cap { throw Failure.tooLarge(path) }
                out.append(chunk)
            }
        } catch let f as Failure {
            throw f
        } catch {
            throw Failure.corrupt("\(path): \(error)")
        }
        budget -= out.count
        return out
    }
}
