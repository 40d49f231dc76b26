import Foundation
import ZIPFoundation

/// A .docx or .xlsx package, read with limits on size and compression ratio.
struct ZipPackage {
    enum Failure: Error { case notZip, missing(String), tooLarge(String), ratio(String), corrupt(String) }
    let archive: Archive
    let limits: IngestLimits
    var budget: Int

    init(data: Data, limits: IngestLimits) throws {
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw Failure.notZip }
        self.limits = limits
        budget = limits.maxUnzippedBytes
    }

    func has(_ path: String) -> Bool { archive[path] != nil }

    var paths: [String] { archive.map(\.path) }

    mutating func read(_ path: String) throws -> Data {
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
