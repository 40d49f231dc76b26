import Foundation
import HuizongTestSupport

enum Repo {
    static let root = TestSupport.root
    /// The binary `swift build` made (scripts/test builds it before the tests run).
    static var binary: URL {
        let candidates = [".build/debug/huizong", ".build/release/huizong"].map { root.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}

struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
    var data: Data
}

@discardableResult
func huizong(_ args: [String], environment: [String: String] = [:], cwd: URL? = nil) throws -> Output {
    try tool(Repo.binary.path, args, environment: environment, cwd: cwd)
}

func tool(_ path: String, _ args: [String], environment: [String: String] = [:], cwd: URL? = nil) throws -> Output {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path.hasPrefix("/") ? path : "/usr/bin/env")
    p.arguments = path.hasPrefix("/") ? args : [path] + args
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    if let cwd { p.currentDirectoryURL = cwd }
    // stderr goes to a file so neither pipe can fill up and block the child.
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("hz-err-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let errHandle = try FileHandle(forWritingTo: errURL)
    defer { try? FileManager.default.removeItem(at: errURL) }
    let out = Pipe()
    p.standardOutput = out
    p.standardError = errHandle
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    try? errHandle.close()
    let errData = (try? Data(contentsOf: errURL)) ?? Data()
    return Output(status: p.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self), data: data)
}

func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-e2e-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Exit statuses of `huizong build` (README): the samples hold deliberately defective files, so a build of them is
/// `builtPartly`: the report is written and those files are listed as not included.
enum BuildStatus {
    static let complete: Int32 = 0
    static let builtPartly: Int32 = 1
    static let notBuilt: Int32 = 5
}
