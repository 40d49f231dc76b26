import ArgumentParser
import Foundation
import HuizongLayout
import HuizongModel
import HuizongServe

struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "serve",
        abstract: L("Open the clerk's workbench for a committee folder in a browser (127.0.0.1 only, with an access token).",
                    "在浏览器中打开党委文件夹的汇总工作台（仅本机访问，需访问令牌）。"),
        discussion: L("Prints the address to open, with its token. Builds go to DIR/.huizong/out unless -o says otherwise. docs/serve.md.\nExample:\n  huizong serve samples/committee",
                      "启动后打印要打开的地址（含访问令牌）。生成的报告默认写在 DIR/.huizong/out。见 docs/serve.md。\n例：\n  huizong serve samples/committee")
    ) }
    @Argument(help: H("The committee folder.", "党委文件夹。")) var folder: String
    @Option(help: H("Port to listen on (0: any free port).", "监听端口（0：任选空闲端口）。")) var port: Int = 8765
    @Option(help: H("Listen on this address instead of 127.0.0.1 (the token is still required).", "在此地址而非 127.0.0.1 上监听（仍须访问令牌）。")) var listen: String?
    @Option(name: .shortAndLong, help: H("Output folder for builds.", "生成报告的输出文件夹。")) var output: String?
    @Option(help: H("Layout name in Layouts/ or a path.", "Layouts/ 中的版式名称，或版式文件的路径。")) var layout: String = "gbt9704"
    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let dir = URL(fileURLWithPath: folder)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw fail("not a folder: \(folder)", ExitStatus.usage)
        }
        guard (0...65535).contains(port) else { throw fail("--port must be 0…65535, found \(port)", ExitStatus.usage) }
        // A wildcard address has no name a browser would send as Host, so no request could be checked against it.
        if let listen, ["0.0.0.0", "::", "[::]", ""].contains(listen) {
            throw fail("--listen needs the address others will type (e.g. 192.168.1.20), not \(listen.isEmpty ? "an empty one" : listen)",
                       ExitStatus.usage)
        }
        let spec: LayoutSpec
        do { spec = try ProjectPaths.layout(layout) } catch { throw fail("\(error)", ExitStatus.usage) }
        let options = ServeOptions(folder: dir, output: output.map { URL(fileURLWithPath: $0) }, host: listen ?? "127.0.0.1", port: port,
                                   layout: spec, fontDirectory: ProjectPaths.fonts, limits: limitOptions.limits, today: try BuildCommand.today())
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await Server.run(options) { address in
                    // Written at once (not buffered): a script waiting for the address reads it from a pipe.
                    FileHandle.standardOutput.write(Data("汇总工作台已启动，请在浏览器中打开：\n    \(address)\n按 Ctrl+C 停止（所有修改都已存入文件夹）。\n".utf8))
                }
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message { throw fail("cannot serve: \(message)", ExitStatus.environment) }
    }
}

/// The server's error, handed from its task to the waiting command.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?
    func set(_ m: String) { lock.lock(); value = m; lock.unlock() }
    var message: String? { lock.lock(); defer { lock.unlock() }; return value }
}
