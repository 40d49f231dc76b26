import Foundation

/// A file's size and modification time from one lstat(2). FileManager's attributesOfItem also looks up the
/// owner's and group's names, opening /etc/passwd and /etc/group on every call (6,280 opens in a build of 1,000
/// branches with its letters).
public struct FileInfo: Sendable, Equatable {
    public var size: Int
    /// Seconds since 1970, with the fraction.
    public var modified: Double

    public var modificationDate: Date { Date(timeIntervalSince1970: modified) }

    /// nil when the path cannot be examined. Like attributesOfItem, a symbolic link is described itself.
    public static func of(_ path: String) -> FileInfo? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return FileInfo(size: Int(st.st_size), modified: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
    }
}
