import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HuizongIngest
@testable import HuizongServe
import Testing

/// Files dropped on the 上传 page: written whole into the folder, never outside it, never over another.
@Suite struct UploadTests {
    static var small: IngestLimits { var l = IngestLimits.standard; l.maxFileBytes = 2000; return l }
    static let report = "测试党支部2025年度组织生活会对照检查材料\n一、存在的问题\n（一）政治理论学习方面\n一是学习不够系统深入。\n"

    func entries(_ folder: URL) -> Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []) }

    @Test func aGoodFileIsWrittenIntoTheFolderAndRead() async throws {
        let f = try ServeFixture(limits: Self.small)
        let folder = f.folder
        try await f.run { client in
            let r = try await client.execute(uri: "/api/upload?name=%E6%B5%8B%E8%AF%95%E5%85%9A%E6%94%AF%E9%83%A8.txt", method: .post,
                                             headers: ServeFixture.auth, body: ByteBuffer(string: Self.report))
            #expect(r.status == .ok)
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("测试党支部.txt").path) == Data(Self.report.utf8))
            #expect(!self.entries(folder).contains { $0.hasPrefix(".huizong-") })
            let overview = try await client.execute(uri: "/api/overview", method: .get, headers: ServeFixture.auth)
            #expect(overview.text.contains("测试党支部.txt"))
        }
    }

    @Test func anOversizedOrWrongTypeUploadIsRefusedWithAMessageAndNothingWritten() async throws {
        let f = try ServeFixture(limits: Self.small)
        let folder = f.folder
        let before = entries(folder)
        try await f.run { client in
            let cases: [(String, String, HTTPResponse.Status, String)] = [
                ("big.txt", String(repeating: "很长的材料。", count: 400), .contentTooLarge, "上限"),
                ("tool.exe", "MZ", .unsupportedMediaType, "不支持"),
                ("noextension", "一是问题。", .unsupportedMediaType, "不支持"),
                ("../escape.txt", Self.report, .forbidden, "不在委员会文件夹内"),
                ("sub%2Fescape.txt", Self.report, .forbidden, "不在委员会文件夹内"),
                ("%2Ftmp%2Fescape.txt", Self.report, .forbidden, "不在委员会文件夹内"),
                (".hidden.txt", Self.report, .forbidden, "不在委员会文件夹内"),
                ("001-%E6%9C%BA%E5%85%B3%E7%AC%AC%E4%B8%80%E5%85%9A%E6%94%AF%E9%83%A8.txt", Self.report, .conflict, "已有"),
                ("empty.txt", "", .badRequest, "为空"),
            ]
            for (name, body, status, message) in cases {
                let r = try await client.execute(uri: "/api/upload?name=\(name)", method: .post, headers: ServeFixture.auth,
                                                 body: ByteBuffer(string: body))
                #expect(r.status == status, "\(name)")
                #expect((r.object["error"] as? String)?.contains(message) == true, "\(name): \(r.text)")
            }
        }
        #expect(entries(folder) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("escape.txt").path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escape.txt"))
    }
}
