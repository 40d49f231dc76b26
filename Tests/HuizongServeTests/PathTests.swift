import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HuizongServe
import Testing

/// Nothing outside the committee folder is ever shown: no path that leaves it, no symbolic link out of it.
@Suite struct PathTests {
    static let secret = "一是这段文字在委员会文件夹之外，绝不能出现在页面上。"

    /// A folder beside the committee's with a report that must stay unseen, and links to it from inside.
    static func linked(_ folder: URL) throws {
        let outside = folder.deletingLastPathComponent().appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let report = "外部党支部对照检查材料\n一、存在的问题\n\(secret)\n"
        try Data(report.utf8).write(to: outside.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("040-链接党支部.txt"),
                                                   withDestinationURL: outside.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("linked-folder"), withDestinationURL: outside)
    }

    @Test func aLinkToAFileOutsideIsNotServedNorRead() async throws {
        let f = try ServeFixture(prepare: Self.linked)
        try await f.run { client in
            for path in ["040-%E9%93%BE%E6%8E%A5%E5%85%9A%E6%94%AF%E9%83%A8.txt", "linked-folder/secret.txt"] {
                let r = try await client.execute(uri: "/api/file?path=\(path)", method: .get, headers: ServeFixture.auth)
                #expect(r.status == .forbidden, "\(path)")
                #expect(!r.text.contains(Self.secret))
            }
            for page in ["/api/overview", "/api/groups"] {
                let r = try await client.execute(uri: page, method: .get, headers: ServeFixture.auth)
                #expect(r.status == .ok)
                #expect(!r.text.contains("外部党支部") && !r.text.contains("绝不能出现"), "\(page)")
            }
        }
    }

    @Test func aPathThatLeavesTheFolderIsRefused() async throws {
        let f = try ServeFixture()
        let outside = f.scratch.appendingPathComponent("outside.txt")
        try Data(Self.secret.utf8).write(to: outside)
        try await f.run { client in
            let attempts = [
                "../outside.txt", "..%2Foutside.txt", "%2e%2e%2foutside.txt", "%2E%2E/outside.txt", "/etc/passwd", "%2Fetc%2Fpasswd",
                "previous/../../outside.txt", "previous%2F..%2F..%2Foutside.txt", "..%5Coutside.txt", "./../outside.txt",
                "~/outside.txt", "\(f.scratch.path)/outside.txt", "001.txt%00../../outside.txt", "",
            ]
            for path in attempts {
                let r = try await client.execute(uri: "/api/file?path=\(path)", method: .get, headers: ServeFixture.auth)
                #expect(r.status == .forbidden || r.status == .notFound, "\(path)")
                #expect(!r.text.contains(Self.secret), "\(path)")
                #expect(!r.text.contains("root:"), "\(path)")
            }
            let asset = try await client.execute(uri: "/assets/..%2F..%2FPackage.swift", method: .get, headers: ServeFixture.auth)
            #expect(asset.status == .notFound)
        }
    }

    @Test func folderPathRefusesEachWayOut() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hz-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("x".utf8).write(to: root.appendingPathComponent("sub/a.txt"))
        let paths = FolderPath(root: root)
        #expect(try paths.file("sub/a.txt").lastPathComponent == "a.txt")
        for bad in ["../a.txt", "/etc/passwd", "sub/../../a.txt", "sub\\a.txt", "sub/./a.txt", "", "a\0b"] {
            #expect(throws: PathRefusal.self, "\(bad)") { try paths.file(bad) }
        }
        #expect(throws: PathRefusal.notFound("sub")) { try paths.file("sub") }
        #expect(throws: PathRefusal.self) { try paths.newFile("sub/b.txt") }
        #expect(throws: PathRefusal.self) { try paths.newFile(".hidden.txt") }
    }
}
