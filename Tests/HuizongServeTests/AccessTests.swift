import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HuizongServe
import Testing

/// Who may use the workbench: the token on every request, in a header for every change, and only under the
/// address served.
@Suite struct AccessTests {
    @Test func aRequestWithoutTheTokenIsRefused() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            for path in ["/", "/api/overview", "/api/groups", "/api/build", "/api/info", "/assets/app.js", "/api/download/pdf",
                         "/api/file?path=001-%E6%9C%BA%E5%85%B3%E7%AC%AC%E4%B8%80%E5%85%9A%E6%94%AF%E9%83%A8.txt"] {
                let r = try await client.execute(uri: path, method: .get)
                #expect(r.status == .unauthorized, "\(path)")
                #expect(!r.text.contains("机关第一党支部"), "\(path)")
            }
            let wrong = try await client.execute(uri: "/api/overview", method: .get,
                                                 headers: [AccessGuard<BasicRequestContext>.tokenHeader: String(ServeFixture.token.reversed())])
            #expect(wrong.status == .unauthorized)
            let short = try await client.execute(uri: "/api/overview?token=0123", method: .get)
            #expect(short.status == .unauthorized)
        }
    }

    @Test func theTokenOpensThePageAndItsCookieItsLinks() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            let page = try await client.execute(uri: "/?token=\(ServeFixture.token)", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<meta name=\"huizong-token\" content=\"\(ServeFixture.token)\">"))
            let cookie = page.headers[values: .setCookie].joined()
            #expect(cookie.contains("huizong_token=\(ServeFixture.token)") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            let byCookie = try await client.execute(uri: "/api/overview", method: .get, headers: ServeFixture.cookieOnly)
            #expect(byCookie.status == .ok)
            let byHeader = try await client.execute(uri: "/api/overview", method: .get, headers: ServeFixture.auth)
            #expect(byHeader.status == .ok)
        }
    }

    /// A cross-site form would send the cookie, never the header: no change is made on the cookie alone.
    @Test func aChangeWithTheCookieButNotTheHeaderIsRefused() async throws {
        let f = try ServeFixture()
        let groupsBefore = f.bytes("groups.yaml")
        try await f.run { client in
            let changes: [(String, String)] = [
                ("/api/groups", #"{"op":"rename","group":"安全","to":"伪造的名称"}"#),
                ("/api/corrections", #"{"file":"001-机关第一党支部.txt","branch":"伪造支部"}"#),
                ("/api/build", "{}"),
                ("/api/upload?name=forged.txt", "一是伪造的材料。"),
                ("/api/groups?token=\(ServeFixture.token)", #"{"op":"rename","group":"安全","to":"伪造的名称"}"#),
            ]
            for (path, body) in changes {
                let r = try await client.execute(uri: path, method: .post, headers: ServeFixture.cookieOnly, body: ServeFixture.json(body))
                #expect(r.status == .unauthorized, "\(path)")
                #expect(r.text.contains("X-Huizong-Token") || r.text.contains("令牌"), "\(path)")
            }
            let build = try await client.execute(uri: "/api/build", method: .get, headers: ServeFixture.auth)
            #expect(build.object["number"] as? Int == 0)
        }
        #expect(f.bytes("groups.yaml") == groupsBefore)
        #expect(f.bytes("corrections.yaml") == nil)
        #expect(f.bytes("forged.txt") == nil)
    }

    /// A page of another site, its name pointed at 127.0.0.1 (DNS rebinding), sends its own name as Host.
    @Test func aForeignHostIsRefusedEvenWithTheToken() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            for host in ["evil.example", "evil.example:8765", "127.0.0.1.evil.example", "localhost.evil.example:80"] {
                var headers = ServeFixture.auth
                headers[HTTPField.Name("Host")!] = host
                let r = try await client.execute(uri: "/api/overview", method: .get, headers: headers)
                #expect(r.status == .forbidden, "\(host)")
                #expect(!r.text.contains("机关第一党支部"))
            }
        }
    }

    @Test func theHostMustNameTheAddressAndPortServed() {
        let names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        #expect(AccessGuard<BasicRequestContext>.hostAllowed("127.0.0.1:8765", names: names, port: 8765))
        #expect(AccessGuard<BasicRequestContext>.hostAllowed("LOCALHOST:8765", names: names, port: 8765))
        #expect(AccessGuard<BasicRequestContext>.hostAllowed("[::1]:8765", names: names, port: 8765))
        #expect(!AccessGuard<BasicRequestContext>.hostAllowed("127.0.0.1:9999", names: names, port: 8765))
        #expect(!AccessGuard<BasicRequestContext>.hostAllowed("127.0.0.1:x", names: names, port: 8765))
        #expect(!AccessGuard<BasicRequestContext>.hostAllowed("attacker.example:8765", names: names, port: 8765))
        #expect(!AccessGuard<BasicRequestContext>.hostAllowed("", names: names, port: 8765))
    }

    /// On the wire, as a browser sends it: a live server and a client that names another host.
    @Test func aForeignHostOnTheWireIsRefused() async throws {
        let f = try ServeFixture()
        let app = Application(router: Routes.router(f.bench))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await TestClient.withClient(host: "127.0.0.1", port: port) { raw in
                let foreign = try await raw.execute(.init("/api/overview", method: .get, authority: "rebound.example:\(port)",
                                                          headers: ServeFixture.auth))
                #expect(foreign.status == .forbidden)
                let own = try await raw.execute(.init("/api/overview", method: .get, authority: "127.0.0.1:\(port)", headers: ServeFixture.auth))
                #expect(own.status == .ok)
            }
        }
    }
}
