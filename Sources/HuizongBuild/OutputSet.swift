import Foundation
import HuizongModel

/// The outputs of one run, replaced together or not at all: each is written to `.NAME.PID.tmp` in the output
/// folder, and only when every one is written (the PDF checked for its trailer by the renderer) are they renamed
/// into place. Renames need no disk space, so a full disk or a failed write stops the run before any rename.
struct OutputSet {
    let folder: URL
    private var staged: [(tmp: URL, final: URL)] = []

    init(folder: URL) { self.folder = folder }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Where to write `name` until `commit`; the caller writes the file there. A name may hold one subfolder
    /// ("审核意见/X.pdf"), made here; the temporary file sits beside the final one.
    mutating func stage(_ name: String) -> URL {
        let final = folder.appendingPathComponent(name)
        let dir = final.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(final.lastPathComponent).\(getpid()).tmp")
        staged.append((tmp, final))
        return tmp
    }

    /// Files of a subfolder this run did not write (a letter to a branch that has since fixed its material):
    /// removed after a commit, so the folder holds this run's letters only.
    func removeUnstaged(in subfolder: String) {
        let dir = folder.appendingPathComponent(subfolder)
        let kept = Set(staged.map(\.final.lastPathComponent))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where !kept.contains(name) && !name.hasPrefix(".") {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
        }
    }

    mutating func write(_ data: Data, as name: String) throws {
        try Self.write(data, to: stage(name), name: name)
    }

    /// Writes to a place `stage` gave; safe from several threads, each with its own files.
    static func write(_ data: Data, to tmp: URL, name: String) throws {
        try data.write(to: tmp)
        // Foundation reports a failed write; the size check also catches a short one it would not.
        let size = FileInfo.of(tmp.path)?.size
        guard size == data.count else { throw Failure(description: "writing \(name) was cut short (\(size ?? 0) of \(data.count) bytes)") }
    }

    /// Makes every staged file durable, then moves each into place: after a power cut the folder holds the
    /// old outputs or whole new ones. One sync for all of them: a sync per file cost a build of 1,000
    /// branches with its letters most of a second.
    func commit() throws {
        for file in staged where !FileManager.default.fileExists(atPath: file.tmp.path) {
            throw Failure(description: "\(file.final.lastPathComponent) was not written")
        }
        syncAll()
        for file in staged where rename(file.tmp.path, file.final.path) != 0 {
            throw Failure(description: "cannot move \(file.final.lastPathComponent) into place: \(String(cString: strerror(errno)))")
        }
    }

    /// Flushes what was written to disk: sync(2), which on Linux returns once the data is written. (syncfs,
    /// limited to the output's file system, is not visible to Swift through Glibc.)
    func syncAll() {
        sync()
    }

    /// Removes what was staged (after a failure).
    func discard() {
        for file in staged { try? FileManager.default.removeItem(at: file.tmp) }
    }

    /// Temporary files (".NAME.PID.tmp") of runs that are no longer alive: a kill -9 leaves them behind.
    static func removeStale(in dir: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]) else { continue }
            if pid != getpid(), kill(pid, 0) != 0 {
                try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
                removed.append(name)
            }
        }
        return removed
    }
}
