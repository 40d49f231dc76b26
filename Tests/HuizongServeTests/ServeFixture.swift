import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HuizongIngest
import HuizongLayout
import HuizongModel
@testable import HuizongServe
import HuizongTestSupport
import Testing

/// A copy of the sample committee served by a workbench, with a known token; the copy goes with the fixture.
final class ServeFixture: Sendable {
    static let token = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
    let scratch: URL
    let folder: URL
    let bench: Workbench

    init(limits: IngestLimits = .standard, prepare: (URL) throws -> Void = { _ in }) throws {
        scratch = TestSupport.scratch("hz-serve")
        folder = scratch.appendingPathComponent("committee")
        try FileManager.default.copyItem(at: TestSupport.samples, to: folder)
        try prepare(folder)
        let spec = try LayoutSpecReader.read(contentsOf: TestSupport.layoutFile("gbt9704"))
        let today = try #require(Day(year: 2026, month: 12, day: 1))
        let options = ServeOptions(folder: folder, output: scratch.appendingPathComponent("out"), port: 0, token: Self.token,
                                   layout: spec, fontDirectory: TestSupport.fonts, limits: limits, today: today)
        bench = Workbench(options: options)
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// Runs `test` against the routes (requests go straight to the router, Host "localhost").
    func run<V: Sendable>(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> V) async throws -> V {
        let app = Application(router: Routes.router(bench))
        return try await app.test(.router, test)
    }

    static var auth: HTTPFields { [AccessGuard<BasicRequestContext>.tokenHeader: token] }
    static var cookieOnly: HTTPFields { [.cookie: "huizong_token=\(token)"] }

    static func json(_ body: String) -> ByteBuffer { ByteBuffer(string: body) }

    func bytes(_ name: String) -> Data? { FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) }
}

extension TestResponse {
    /// The body as JSON (an object), or an empty one.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }
    var text: String { String(buffer: body) }
}
