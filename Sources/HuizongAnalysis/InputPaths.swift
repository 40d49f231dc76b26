import Foundation

/// Input files as summary.json names them: relative to the committee folder, so a copied folder gives the same
/// file and the clerk's own folders do not travel up to the higher committee with it. A file outside the folder
/// (a --previous elsewhere) keeps only its folder's name and its own.
public struct InputPaths: Sendable {
    /// The committee folder, absolute, with a trailing "/"; nil: paths are shown as they are.
    let root: String?
    let cwd: String

    public init(committeeFolder: String?) {
        let here = FileManager.default.currentDirectoryPath
        cwd = here
        root = committeeFolder.map { folder in
            let absolute = folder.hasPrefix("/") ? folder : here + "/" + folder
            return URL(fileURLWithPath: absolute).standardizedFileURL.path + "/"
        }
    }

    public static let unchanged = InputPaths(committeeFolder: nil)

    /// A path, or a location ("PATH:12", "PATH:¶3", "PATH:表1!B2"), as summary.json shows it.
    public func shown(_ location: String) -> String {
        guard let root else { return location }
        let absolute = location.hasPrefix("/") ? location : cwd + "/" + location
        let standard = absolute.replacingOccurrences(of: "/./", with: "/")
        if standard.hasPrefix(root) { return String(standard.dropFirst(root.count)) }
        // Outside the folder: its last two components (a location's suffix holds no "/": sheet names cannot).
        let parts = standard.split(separator: "/", omittingEmptySubsequences: true)
        return parts.suffix(2).joined(separator: "/")
    }
}
