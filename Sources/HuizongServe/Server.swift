import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// `huizong serve`: the workbench on its address, until stopped (Ctrl+C). Nothing lives only in the server:
/// every change is in the folder when its request is answered, so stopping it loses nothing.
public enum Server {
    /// Runs until the process is told to stop; `started` hears the address to open, token included.
    public static func run(_ options: ServeOptions, started: @escaping @Sendable (String) -> Void) async throws {
        let bench = Workbench(options: options)
        await bench.warmUp()
        let port = BoundPort(options.port)
        let router = Routes.router(bench, port: { port.value })
        var logger = Logger(label: "huizong-serve")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
                              onServerRunning: { channel in
                                  let actual = channel.localAddress?.port ?? options.port
                                  port.set(actual)
                                  started(options.address(port: actual))
                              }, logger: logger)
        try await app.runService()
    }
}

/// The port listened on, known once the socket is bound (`--port 0` lets the system choose).
final class BoundPort: Sendable {
    private let port: Mutex<Int>
    init(_ port: Int) { self.port = Mutex(port) }
    var value: Int { port.withLock { $0 } }
    func set(_ p: Int) { port.withLock { $0 = p } }
}
