import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `huizong serve` as a clerk starts it: the address printed with its token, loopback only, and Ctrl+C stops it.
@Suite(.serialized) struct ServeCommandTests {
    /// The first line of standard output holding the address, or nil after `seconds`.
    static func address(from pipe: Pipe, seconds: Double) -> String? {
        let handle = pipe.fileHandleForReading
        var text = ""
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.contains("token=") }) {
                return line.trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// A request that keeps no cookie, so each says only what it carries.
    static func status(_ url: URL) async throws -> Int {
        let config = URLSessionConfiguration.ephemeral
        config.httpShouldSetCookies = false
        let (_, response) = try await URLSession(configuration: config).data(from: url)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    @Test func theAddressCarriesATokenAndOnlyLoopbackIsServed() async throws {
        let dir = temporaryDirectory().appendingPathComponent("committee")
        try FileManager.default.copyItem(at: CommitteeFileTests.samples, to: dir)
        let p = Process()
        p.executableURL = Repo.binary
        p.arguments = ["serve", dir.path, "--port", "0"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        let printed = try #require(Self.address(from: out, seconds: 60))
        let url = try #require(URL(string: printed))
        #expect(url.host == "127.0.0.1")
        let token = try #require(url.query?.split(separator: "=").last.map(String.init))
        #expect(token.count == 64 && token.allSatisfy(\.isHexDigit))
        let port = try #require(url.port)
        #expect(try await Self.status(url) == 200)
        #expect(try await Self.status(try #require(URL(string: "http://127.0.0.1:\(port)/api/overview"))) == 401)
        #expect(try await Self.status(try #require(URL(string: "http://localhost:\(port)/api/overview?token=\(token)"))) == 200)
        // SIGINT, as Ctrl+C: the server stops cleanly.
        kill(p.processIdentifier, SIGINT)
        let end = Date().addingTimeInterval(10)
        while p.isRunning && Date() < end { try await Task.sleep(nanoseconds: 100_000_000) }
        #expect(!p.isRunning && p.terminationStatus == 0)
    }
}
