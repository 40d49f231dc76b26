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
        let fm = FileManager.default
        // Dot-entries are skipped by reading too; .huizong holds the builds.
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            guard let a = try? fm.attributesOfItem(atPath: url.path) else { continue }
            let type = a[.type] as? FileAttributeType
            let stamp = "\(type?.rawValue ?? "?") \((a[.size] as? NSNumber)?.intValue ?? 0) \((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
            out[prefix + name] = stamp
            if type == .typeDirectory, depth < 3 { scan(url, prefix: prefix + name + "/", depth: depth + 1, into: &out) }
        }
    }

    /// Whether everything but groups.yaml is as it was.
    func differsOnlyInGroups(from old: Fingerprint) -> Bool {
        var a = entries, b = old.entries
        a[Self.groupsFile] = nil
        b[Self.groupsFile] = nil
        return a == b
    }
}
