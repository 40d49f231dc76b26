import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HuizongServe
import Testing

/// 生成: builds one at a time, a rebuild after a rename reuses what was read, every output can be downloaded.
@Suite(.serialized) struct BuildTests {
    static func build(_ client: any TestClientProtocol) async throws -> [String: Any] {
        try await client.execute(uri: "/api/build", method: .post, headers: ServeFixture.auth).object
    }

    @Test func twoBuildsAtOnceRunOneAfterTheOther() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            async let first = Self.build(client)
            async let second = Self.build(client)
            let (a, b) = try await (first, second)
            #expect(a["phase"] as? String == "done" && b["phase"] as? String == "done")
            let spans = [a, b].compactMap { s -> (Double, Double)? in
                guard let start = s["started"] as? Double, let end = s["finished"] as? Double else { return nil }
                return (start, end)
            }.sorted { $0.0 < $1.0 }
            #expect(spans.count == 2)
            if spans.count == 2 { #expect(spans[1].0 >= spans[0].1, "the second build started before the first had finished") }
            #expect(Set([a["number"] as? Int, b["number"] as? Int]) == [1, 2])
        }
    }

    @Test func aRebuildAfterARenameReusesWhatWasReadAndEveryOutputDownloads() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            let first = try await Self.build(client)
            #expect(first["phase"] as? String == "done")
            let groups = try await GroupsTests.groups(client)
            let old = try #require(groups.first { $0["pinned"] as? Bool == false }?["label"] as? String)
            #expect(try await GroupsTests.edit(client, #"{"op":"rename","group":"\#(old)","to":"改过名的一类问题"}"#).status == .ok)
            let again = try await Self.build(client)
            #expect(again["phase"] as? String == "done")
            #expect(again["reread"] as? Bool == false)
            #expect((again["steps"] as? [String])?.first?.contains("沿用") == true)
            for (what, magic) in [("pdf", "%PDF"), ("docx", "PK"), ("xlsx", "PK"), ("json", "{"), ("feedback", "PK")] {
                let r = try await client.execute(uri: "/api/download/\(what)", method: .get, headers: ServeFixture.auth)
                #expect(r.status == .ok, "\(what)")
                #expect(String(decoding: Data(buffer: r.body).prefix(4), as: UTF8.self).hasPrefix(magic), "\(what)")
                #expect(r.headers[.contentDisposition]?.hasPrefix("attachment") == true, "\(what)")
            }
            let summary = try await client.execute(uri: "/api/download/json", method: .get, headers: ServeFixture.auth)
            #expect(summary.text.contains("改过名的一类问题"))
            let inline = try await client.execute(uri: "/api/download/pdf?inline=1", method: .get, headers: ServeFixture.auth)
            #expect(inline.headers[.contentDisposition]?.hasPrefix("inline") == true)
            let status = try await client.execute(uri: "/api/build", method: .get, headers: ServeFixture.auth)
            #expect(status.object["number"] as? Int == 2)
        }
    }

    @Test func aDownloadBeforeAnyBuildSaysToBuildFirst() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            for what in ["pdf", "feedback"] {
                let r = try await client.execute(uri: "/api/download/\(what)", method: .get, headers: ServeFixture.auth)
                #expect(r.status == .notFound)
                #expect((r.object["error"] as? String)?.contains("生成") == true)
            }
            let other = try await client.execute(uri: "/api/download/secrets", method: .get, headers: ServeFixture.auth)
            #expect(other.status == .notFound)
        }
    }
}
