import Foundation
import HuizongModel

/// Reports already read, by file, with the file's size and modification time: a folder read again reads only
/// the files that changed (`huizong serve` after an upload). Valid only for one reading of the settings: whoever
/// holds it empties it when committee.yaml or knowledge.yaml changes, since they change how files read.
public final class ReadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (stamp: String, reports: [BranchReport])] = [:]

    public init() {}

    static func stamp(_ path: String) -> String? {
        guard let info = FileInfo.of(path) else { return nil }
        return "\(info.size) \(info.modified)"
    }

    /// The reports of `path` as read before, if the file is as it was then.
    func reports(_ path: String) -> [BranchReport]? {
        guard let now = Self.stamp(path) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let e = entries[path], e.stamp == now else { return nil }
        return e.reports
    }

    func store(_ path: String, stamp: String?, _ reports: [BranchReport]) {
        guard let stamp else { return }
        lock.lock()
        entries[path] = (stamp, reports)
        lock.unlock()
    }

    public func removeAll() {
        lock.lock()
        entries = [:]
        lock.unlock()
    }
}

extension Ingest {
    /// One file's reports, from the cache when it holds this version of the file.
    func read(_ url: URL, cache: ReadCache?) -> [BranchReport] {
        guard let cache else { return read(url) }
        if let known = cache.reports(url.path) { return known }
        // The stamp is taken before reading: a file written meanwhile is read again next time.
        let stamp = ReadCache.stamp(url.path)
        let reports = read(url)
        cache.store(url.path, stamp: stamp, reports)
        return reports
    }
}
