import Foundation
import HTTPTypes
import Hummingbird
import HuizongModel
import ZIPFoundation

/// The clerk's workbench: the page, its files, and the API its scripts call. Every route is behind AccessGuard.
public enum Routes {
    public static func router(_ bench: Workbench, port: @escaping @Sendable () -> Int = { 0 }) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessGuard(options: bench.options, port: port))
        let assets = Assets.load()
        let token = bench.options.token
        router.get("/") { _, _ in Reply.body(assets.index(token: token), type: Reply.contentType("html")) }
        router.get("/assets/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            guard name != "index.html", let data = assets.files[name] else { return Reply.error(.notFound, "没有这个文件") }
            return Reply.body(data, type: Reply.contentType(URL(fileURLWithPath: name).pathExtension))
        }
        router.get("/api/info") { _, _ in Reply.json(await bench.info()) }
        router.get("/api/overview") { _, _ in
            Reply.body(Data(await bench.overviewText().utf8), type: "application/json; charset=utf-8")
        }
        router.get("/api/missing.txt") { _, _ in
            var r = Reply.text(await bench.missingText())
            r.headers[.contentDisposition] = "attachment; filename*=UTF-8''%E6%9C%AA%E6%8A%A5%E9%80%81.txt"
            return r
        }
        router.get("/api/file") { request, _ in
            await answer { () throws(ServeError) in try await bench.file(request.uri.queryParameters.get("path") ?? "") }
        }
        router.post("/api/corrections") { request, _ in
            let body = try await JSONBody<CorrectionBody>.read(request)
            return await answer { () throws(ServeError) in
                let c = try body.get()
                return try await bench.correct(file: c.file, kind: c.kind, branch: c.branch, year: c.year)
            }
        }
        router.get("/api/groups") { _, _ in Reply.json(await bench.groups()) }
        router.post("/api/groups") { request, _ in
            let body = try await JSONBody<GroupBody>.read(request)
            return await answer { () throws(ServeError) in try await bench.editGroups(try body.get().edit()) }
        }
        addBuildRoutes(router, bench)
        router.post("/api/upload") { request, _ in
            let name = request.uri.queryParameters.get("name") ?? ""
            let limit = bench.options.limits.maxFileBytes
            let data: ByteBuffer
            do { data = try await request.body.collect(upTo: limit) } catch {
                return Reply.error(.contentTooLarge, "文件超过上限 \(limit) 字节，未保存")
            }
            return await answer { () throws(ServeError) in try await bench.upload(name: name, data: Data(buffer: data)) }
        }
        return router
    }

    static func addBuildRoutes(_ router: Router<BasicRequestContext>, _ bench: Workbench) {
        router.post("/api/build") { _, _ in
            let status = await bench.build()
            return Reply.json(BuildView.value(status), status: status.phase == .failed ? .unprocessableContent : .ok)
        }
        router.get("/api/build") { _, _ in Reply.json(BuildView.value(await bench.status())) }
        router.get("/api/download/:what") { request, context in
            let what = context.parameters.get("what") ?? ""
            let inline = request.uri.queryParameters.get("inline") == "1"
            if what == "feedback" { return await feedbackZip(bench) }
            guard let url = await bench.outputFile(what) else { return Reply.error(.notFound, "没有这种文件") }
            return Reply.file(url, type: Reply.contentType(url.pathExtension), inline: inline)
        }
    }

    /// The letters and the overview as one .zip to pass on.
    static func feedbackZip(_ bench: Workbench) async -> Response {
        let folder = bench.options.output.appendingPathComponent("审核意见")
        guard FolderPath.type(folder) == .typeDirectory else { return Reply.error(.notFound, "审核意见尚未生成：请先在“生成”页生成报告") }
        // Packed in a folder of its own under the system's temporary folder, sent, and removed.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-feedback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let zip = scratch.appendingPathComponent("审核意见.zip")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try FileManager.default.zipItem(at: folder, to: zip)
        } catch { return Reply.error(.internalServerError, "打包失败：\(error)") }
        return Reply.file(zip, type: Reply.contentType("zip"), inline: false)
    }

    /// A typed error as its response; anything else as it came.
    static func answer(_ work: () async throws(ServeError) -> JSONValue) async -> Response {
        do { return Reply.json(try await work()) } catch { return Reply.error(error.status, error.message) }
    }
}

/// A JSON request body, decoded; a malformed one is kept as the error to answer with.
struct JSONBody<T: Decodable & Sendable>: Sendable {
    let value: Result<T, ServeError>

    static func read(_ request: Request) async throws -> JSONBody {
        guard let buffer = try? await request.body.collect(upTo: 1 << 20) else { return JSONBody(value: .failure(.tooLarge("请求过大"))) }
        do { return JSONBody(value: .success(try JSONDecoder().decode(T.self, from: Data(buffer: buffer)))) } catch {
            return JSONBody(value: .failure(.badRequest("请求格式有误：\(error)")))
        }
    }

    func get() throws(ServeError) -> T { try value.get() }
}

struct CorrectionBody: Decodable, Sendable {
    var file: String
    var kind: String?
    var branch: String?
    var year: Int?
}

/// {"op": "rename", "group": …, "to": …} and the like; what does not make an edit is a bad request.
struct GroupBody: Decodable, Sendable {
    var op: String
    var group: String?
    var groups: [String]?
    var to: String?
    var statement: String?
    var statements: [String]?

    func edit() throws(ServeError) -> GroupEdit.Op {
        func need<V>(_ v: V?, _ what: String) throws(ServeError) -> V {
            guard let v else { throw .badRequest("缺少“\(what)”") }
            return v
        }
        switch op {
        case "rename": return .rename(group: try need(group, "group"), to: try need(to, "to"))
        case "move": return .move(statement: try need(statement, "statement"), to: try need(to, "to"))
        case "merge": return .merge(groups: try need(groups, "groups"), into: try need(to, "to"))
        case "split": return .split(group: try need(group, "group"), statements: try need(statements, "statements"), as: try need(to, "to"))
        default: throw .badRequest("未知的操作“\(op)”：可用 rename、move、merge、split")
        }
    }
}

enum BuildView {
    static func value(_ s: BuildStatus) -> JSONValue {
        .object([
            ("number", .int(s.number)), ("phase", .string(s.phase.rawValue)), ("steps", .array(s.steps.map(JSONValue.string))),
            ("error", .str(s.error)), ("reread", .bool(s.reread)),
            ("started", s.started.map { .double($0.timeIntervalSince1970) } ?? .null),
            ("finished", s.finished.map { .double($0.timeIntervalSince1970) } ?? .null),
            ("seconds", s.seconds.map { .double(($0 * 100).rounded() / 100) } ?? .null),
            ("outputs", .object(s.outputs.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }
}
