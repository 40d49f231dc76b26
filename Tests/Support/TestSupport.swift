import Foundation

/// What every test target needs: the checkout's paths, scratch folders that clean up, and the record switch.
public enum TestSupport {
    /// The checkout (this file is Tests/Support/TestSupport.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static var samples: URL { root.appendingPathComponent("samples/committee") }
    public static var fonts: URL { root.appendingPathComponent("Fonts") }
    public static func layoutFile(_ name: String) -> URL { root.appendingPathComponent("Layouts/\(name).yaml") }
    /// Goldens and reference images are rewritten instead of compared when RECORD_SNAPSHOTS is set.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil }

    /// A new empty folder under the system's temporary folder.
    public static func scratch(_ prefix: String = "huizong-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
