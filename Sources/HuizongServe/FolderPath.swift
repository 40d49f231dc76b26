import Foundation

/// Why a path a page asked for is not served.
public enum PathRefusal: Error, Equatable, Sendable {
    /// Absolute, with "..", a backslash or a NUL: it could name a place outside the folder.
    case leavesFolder(String)
    /// A symbolic link somewhere along it: it could point anywhere.
    case symbolicLink(String)
    case notFound(String)

    public var message: String {
        switch self {
        case let .leavesFolder(p): return "路径“\(p)”不在委员会文件夹内，已拒绝"
        case let .symbolicLink(p): return "“\(p)”是符号链接，不予读取"
        case let .notFound(p): return "文件夹中没有“\(p)”"
        }
    }
}

/// Paths inside the served folder, as pages name them (relative, "/" between folders). A name is taken apart
/// and checked before the disk is touched; then every step along it must be a real folder or file, not a link.
public struct FolderPath: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// The file `relative` names inside the folder; a regular file, reached through no symbolic link.
    public func file(_ relative: String) throws(PathRefusal) -> URL {
        let parts = try Self.components(relative)
        var url = root
        for part in parts {
            url = url.appendingPathComponent(part)
            guard let type = Self.type(url) else { throw .notFound(relative) }
            if type == .typeSymbolicLink { throw .symbolicLink(relative) }
        }
        guard Self.type(url) == .typeRegular else { throw .notFound(relative) }
        // Belt and braces: the real path still lies inside the folder.
        guard url.resolvingSymlinksInPath().path.hasPrefix(root.path + "/") else { throw .leavesFolder(relative) }
        return url
    }

    /// A new file's place directly inside the folder: a plain name, no folder part, not hidden.
    public func newFile(_ name: String) throws(PathRefusal) -> URL {
        let parts = try Self.components(name)
        guard parts.count == 1, let only = parts.first, !only.hasPrefix(".") else { throw .leavesFolder(name) }
        let url = root.appendingPathComponent(only)
        if Self.type(url) == .typeSymbolicLink { throw .symbolicLink(name) }
        return url
    }

    /// `path` (absolute, as the reader names files) relative to the folder; nil when it is not inside it.
    public func relative(_ path: String) -> String? {
        let p = URL(fileURLWithPath: path).standardizedFileURL.path
        return p.hasPrefix(root.path + "/") ? String(p.dropFirst(root.path.count + 1)) : nil
    }

    static func components(_ relative: String) throws(PathRefusal) -> [String] {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.hasPrefix("~"),
              !relative.contains("\\"), !relative.contains("\0"), relative.utf8.count < 1024 else { throw .leavesFolder(relative) }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else { throw .leavesFolder(relative) }
        return parts
    }

    /// The entry's own type, a link not followed.
    static func type(_ url: URL) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
    }
}
