import Foundation

/// The pages' files (Web/ in the package's resources), read once at start; only these names are served.
struct Assets: Sendable {
    let files: [String: Data]

    static func load() -> Assets {
        var files: [String: Data] = [:]
        guard let web = Bundle.module.url(forResource: "Web", withExtension: nil) else { return Assets(files: [:]) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: web.path)) ?? [] where !name.hasPrefix(".") {
            if let data = FileManager.default.contents(atPath: web.appendingPathComponent(name).path) { files[name] = data }
        }
        return Assets(files: files)
    }

    /// The page itself, with the token for its scripts to send in a header; only served to a request that had it.
    func index(token: String) -> Data {
        let html = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        return Data(html.replacingOccurrences(of: "{{TOKEN}}", with: token).utf8)
    }
}
