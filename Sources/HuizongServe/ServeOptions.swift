import Foundation
import HuizongIngest
import HuizongLayout
import HuizongModel

/// What one `huizong serve` serves and how: the folder, where builds go, the address and the access token.
public struct ServeOptions: Sendable {
    /// The committee folder, resolved (no symbolic link in its own path), so a path inside it can be compared.
    public var folder: URL
    /// Where a build writes; by default `.huizong/out` inside the folder (a dot-folder, which reading skips).
    public var output: URL
    /// The address listened on: 127.0.0.1 unless `--listen` says otherwise.
    public var host: String
    /// 0 asks the system for a free port.
    public var port: Int
    public var token: String
    public var layout: LayoutSpec
    public var fontDirectory: URL
    public var limits: IngestLimits
    public var today: Day

    public init(folder: URL, output: URL? = nil, host: String = "127.0.0.1", port: Int = 8765, token: String = ServeOptions.newToken(),
                layout: LayoutSpec, fontDirectory: URL, limits: IngestLimits = .standard, today: Day) {
        let resolved = folder.resolvingSymlinksInPath().standardizedFileURL
        self.folder = resolved
        self.output = output ?? resolved.appendingPathComponent(".huizong/out")
        self.host = host
        self.port = port
        self.token = token
        self.layout = layout
        self.fontDirectory = fontDirectory
        self.limits = limits
        self.today = today
    }

    /// 32 random bytes as hex: what a notebook server hands out, unguessable from outside.
    public static func newToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// The address to open, with the token, as printed on start.
    public func address(port actual: Int) -> String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(actual)/?token=\(token)"
    }

    /// Host names a request may carry: the address listened on, and the loopback names when that is loopback.
    public var allowedHostNames: Set<String> {
        var names: Set<String> = [host.lowercased(), "[\(host.lowercased())]"]
        if ["127.0.0.1", "localhost", "::1"].contains(host) { names.formUnion(["127.0.0.1", "localhost", "[::1]"]) }
        return names
    }
}
