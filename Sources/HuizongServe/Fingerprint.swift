import Foundation
import HuizongIngest

/// What the folder holds now: every entry's path, size and modification time, two folder levels deep (as deep
/// as reading goes). Compared with the last one, it says whether anything must be read again, and whether only
/// groups.yaml changed (a rename: the reports read stand, only the grouping runs again).
struct Fingerprint: Equatable, Sendable {
    var entries: [String: String]

    static let groupsFile = "groups.yaml"

    init(entries: [String: String]) { self.entries = entries }

    init(folder: URL) {
        var out: [String: String] = [:]
        Self.scan(folder, prefix: "", depth: 0, into: &out)
        entries = out
    }

    static func scan(_ folder: URL, prefix: String, depth: Int, into out: inout [String: String]) {
        // Dot-entries are skipped by reading too; .huizong holds the builds.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            // lstat(2) itself: FileManager's attributes cost a dictionary per file, a tenth of a second per thousand.
            var st = stat()
            guard lstat(url.path, &st) == 0 else { continue }
            let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
            #if os(Linux)
            let mtime = st.st_mtim
            #else
            let mtime = st.st_mtimespec
            #endif
            out[prefix + name] = "\(st.st_mode) \(st.st_size) \(mtime.tv_sec).\(mtime.tv_nsec)"
            if isDirectory, depth < 3 { scan(url, prefix: prefix + name + "/", depth: depth + 1, into: &out) }
        }
    }

    /// The files that change how every other file reads (aspect sets, year, knowledge).
    static let readingSettings = ["committee.yaml", "committee.yml"] + Ingest.knowledgeFiles

    func sameReadingSettings(as old: Fingerprint) -> Bool {
        Self.readingSettings.allSatisfy { entries[$0] == old.entries[$0] }
    }

    /// Whether everything but groups.yaml is as it was.
    func differsOnlyInGroups(from old: Fingerprint) -> Bool {
        var a = entries, b = old.entries
        a[Self.groupsFile] = nil
        b[Self.groupsFile] = nil
        return a == b
    }
}
