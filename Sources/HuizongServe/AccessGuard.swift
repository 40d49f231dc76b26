import Foundation
import HTTPTypes
import Hummingbird

/// Every request passes here first: a Host that is not the address served is refused (a page of another
/// site cannot reach this server through DNS rebinding), then a request without the token is refused. A
/// request that changes anything must carry the token in a header: a cookie alone would be sent by a
/// cross-site form too.
public struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    public static var tokenHeader: HTTPField.Name { HTTPField.Name("X-Huizong-Token")! }
    public static var cookieName: String { "huizong_token" }

    let token: String
    let hostNames: Set<String>
    /// The port served; checked against the Host's port when known (0: any).
    let port: @Sendable () -> Int

    public init(options: ServeOptions, port: @escaping @Sendable () -> Int) {
        token = options.token
        hostNames = options.allowedHostNames
        self.port = port
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard hostAllowed(request) else { return Reply.error(.forbidden, "请求的主机名不是本服务的地址，已拒绝（Host not served here）") }
        let changes = ![.get, .head].contains(request.method)
        let header = request.headers[Self.tokenHeader]
        let query = changes ? nil : request.uri.queryParameters.get("token")
        let cookie = changes ? nil : Self.cookie(Self.cookieName, in: request.headers[values: .cookie])
        guard [header, query, cookie].contains(where: { $0.map(matches) == true }) else {
            let why = changes && Self.cookie(Self.cookieName, in: request.headers[values: .cookie]) != nil
                ? "修改类请求须在请求头中带访问令牌（X-Huizong-Token），仅有 Cookie 不够"
                : "缺少或错误的访问令牌：请使用启动时打印的地址（含 ?token=）打开"
            return Reply.error(.unauthorized, why)
        }
        var response = try await next(request, context)
        // The page is opened once with ?token=…; the cookie lets its links and downloads work after that.
        if query != nil {
            response.headers[values: .setCookie].append("\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict")
        }
        Self.secure(&response.headers)
        return response
    }

    /// Compared in constant time, so timing says nothing about how much of a guess was right.
    func matches(_ given: String) -> Bool {
        let a = Array(given.utf8), b = Array(token.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    func hostAllowed(_ request: Request) -> Bool {
        let given = [request.head.authority].compactMap { $0 } + request.headers[values: HTTPField.Name("Host")!]
        guard !given.isEmpty else { return false }
        return given.allSatisfy { Self.hostAllowed($0, names: hostNames, port: port()) }
    }

    /// "127.0.0.1:8765", "localhost", "[::1]:8765": the name must be served, the port (when given and known) ours.
    static func hostAllowed(_ value: String, names: Set<String>, port: Int) -> Bool {
        let v = value.lowercased()
        var name = v, givenPort: Int?
        if let colon = v.lastIndex(of: ":"), !v[colon...].contains("]") {
            name = String(v[..<colon])
            guard let p = Int(v[v.index(after: colon)...]) else { return false }
            givenPort = p
        }
        guard names.contains(name) else { return false }
        return port == 0 || givenPort == nil || givenPort == port
    }

    static func cookie(_ name: String, in headers: [String]) -> String? {
        for header in headers {
            for part in header.split(separator: ";") {
                let kv = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if kv.count == 2, kv[0] == name { return String(kv[1]) }
            }
        }
        return nil
    }

    /// No framing by other sites, no sniffing, nothing loaded from anywhere but here.
    static func secure(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; object-src 'self'; frame-src 'self'; frame-ancestors 'self'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.cacheControl] = "no-store"
    }
}
