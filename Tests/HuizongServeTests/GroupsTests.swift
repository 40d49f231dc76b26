import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HuizongIngest
@testable import HuizongServe
import Testing

/// The 共性问题 page's edits, saved to groups.yaml in the format the build reads.
@Suite struct GroupsTests {
    static func groups(_ client: any TestClientProtocol) async throws -> [[String: Any]] {
        let r = try await client.execute(uri: "/api/groups", method: .get, headers: ServeFixture.auth)
        return r.object["groups"] as? [[String: Any]] ?? []
    }

    static func edit(_ client: any TestClientProtocol, _ body: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/groups", method: .post, headers: ServeFixture.auth, body: ServeFixture.json(body))
    }

    static func labels(_ groups: [[String: Any]]) -> [String] { groups.compactMap { $0["label"] as? String } }

    static func statements(_ g: [String: Any]?) -> [String] {
        (g?["statements"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func aRenameIsSavedToGroupsYamlAndMarksTheGroupConfirmed() async throws {
        let f = try ServeFixture()
        let folder = f.folder
        try await f.run { client in
            let before = try await Self.groups(client)
            let fresh = try #require(before.first { $0["pinned"] as? Bool == false })
            let old = try #require(fresh["label"] as? String)
            let r = try await Self.edit(client, #"{"op":"rename","group":"\#(old)","to":"安全保密工作抓得不够紧"}"#)
            #expect(r.status == .ok)
            let after = try await Self.groups(client)
            let renamed = try #require(after.first { $0["label"] as? String == "安全保密工作抓得不够紧" })
            #expect(renamed["pinned"] as? Bool == true)
            #expect(Set(Self.statements(renamed)) == Set(Self.statements(fresh)))
            #expect(!Self.labels(after).contains(old))
            // The build reads the same file: its pins carry the new name.
            let pins = try GroupsFile.read(try String(contentsOf: folder.appendingPathComponent("groups.yaml"), encoding: .utf8), file: "groups.yaml")
            #expect(pins.contains { $0.label == "安全保密工作抓得不够紧" })
            #expect(pins.contains { $0.label == "网上学习平台利用不充分" })
        }
    }

    /// A clerk's comments in groups.yaml survive the page's edits: the file's own heading comments, and a comment
    /// above a group, which follows the group through a rename.
    @Test func commentsInGroupsYamlAreKept() async throws {
        let text = """
        # 我们的说明：本文件由办公室维护
        groups:
          # 去年也归为这一类
          - label: 网上学习平台利用不充分
            words: [网上学习平台, 智慧党建平台, 数字化工具]
        """
        let f = try ServeFixture { folder in try text.write(to: folder.appendingPathComponent("groups.yaml"), atomically: true, encoding: .utf8) }
        let folder = f.folder
        try await f.run { client in
            let fresh = try #require(try await Self.groups(client).first { $0["pinned"] as? Bool == false }?["label"] as? String)
            #expect(try await Self.edit(client, #"{"op":"rename","group":"\#(fresh)","to":"新近归出的一类"}"#).status == .ok)
            #expect(try await Self.edit(client, #"{"op":"rename","group":"网上学习平台利用不充分","to":"网上学习不充分"}"#).status == .ok)
            let saved = try String(contentsOf: folder.appendingPathComponent("groups.yaml"), encoding: .utf8)
            #expect(saved.contains("# 我们的说明：本文件由办公室维护"))
            let lines = saved.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let at = try #require(lines.firstIndex(of: "# 去年也归为这一类"))
            #expect(lines.indices.contains(at + 1) && lines[at + 1].contains("网上学习不充分"))
        }
    }

    @Test func moveMergeAndSplitLandWhereAsked() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            var groups = try await Self.groups(client)
            let (a, b) = (try #require(groups[0]["label"] as? String), try #require(groups[1]["label"] as? String))
            let moved = try #require(Self.statements(groups[0]).first)
            #expect(try await Self.edit(client, #"{"op":"move","statement":"\#(moved)","to":"\#(b)"}"#).status == .ok)
            groups = try await Self.groups(client)
            #expect(Self.statements(groups.first { $0["label"] as? String == b }).contains(moved))
            #expect(!Self.statements(groups.first { $0["label"] as? String == a }).contains(moved))

            let (c, d) = (try #require(groups[2]["label"] as? String), try #require(groups[3]["label"] as? String))
            let both = Set(Self.statements(groups[2]) + Self.statements(groups[3]))
            #expect(try await Self.edit(client, #"{"op":"merge","groups":["\#(c)","\#(d)"],"to":"\#(d)"}"#).status == .ok)
            groups = try await Self.groups(client)
            #expect(Set(Self.statements(groups.first { $0["label"] as? String == d })) == both)
            #expect(!Self.labels(groups).contains(c))

            let whole = Self.statements(groups.first { $0["label"] as? String == d })
            let out = Array(whole.prefix(2))
            let split = #"{"op":"split","group":"\#(d)","statements":["\#(out[0])","\#(out[1])"],"to":"拆出的一类"}"#
            #expect(try await Self.edit(client, split).status == .ok)
            groups = try await Self.groups(client)
            // A pin takes every statement with the same first clause: another branch's identical headline comes along.
            let taken = Set(Self.statements(groups.first { $0["label"] as? String == "拆出的一类" }))
            let left = Set(Self.statements(groups.first { $0["label"] as? String == d }))
            #expect(Set(out).isSubset(of: taken))
            #expect(taken.isDisjoint(with: left) && taken.union(left) == Set(whole))
        }
    }

    @Test func aMalformedEditIsAnErrorAndGroupsYamlIsUnchanged() async throws {
        let f = try ServeFixture()
        let before = f.bytes("groups.yaml")
        try await f.run { client in
            let existing = try #require(Self.labels(try await Self.groups(client)).last)
            let bad = [
                "not json", "{}", #"{"op":"rename"}"#, #"{"op":"explode","group":"安全"}"#, #"{"op":"rename","group":"没有这一类","to":"新名"}"#,
                #"{"op":"rename","group":"安全","to":"   "}"#, #"{"op":"rename","group":"安全","to":"\#(existing)"}"#,
                #"{"op":"rename","group":"安全","to":"两行\n名称"}"#, #"{"op":"merge","groups":["安全"],"to":"安全"}"#,
                #"{"op":"move","statement":"nowhere.txt:1","to":"安全"}"#, #"{"op":"split","group":"安全","statements":[],"to":"空"}"#,
                #"{"op":"rename","group":["安全"],"to":"新名"}"#,
            ]
            for body in bad {
                let r = try await Self.edit(client, body)
                #expect(r.status == .badRequest, "\(body)")
                #expect(!((r.object["error"] as? String) ?? "").isEmpty, "\(body)")
            }
        }
        #expect(f.bytes("groups.yaml") == before)
    }

    @Test func aBrokenGroupsFileOnDiskIsNotWrittenOver() async throws {
        let broken = Data("groups:\n  - label: 甲\n    wrods: [学习]\n".utf8)
        let f = try ServeFixture { folder in try broken.write(to: folder.appendingPathComponent("groups.yaml")) }
        try await f.run { client in
            let r = try await Self.edit(client, #"{"op":"rename","group":"安全","to":"新名称"}"#)
            #expect(r.status == .conflict)
            #expect((r.object["error"] as? String)?.contains("第3行") == true || (r.object["error"] as? String)?.contains("wrods") == true)
            let build = try await client.execute(uri: "/api/build", method: .post, headers: ServeFixture.auth)
            #expect(build.object["phase"] as? String == "failed")
        }
        #expect(f.bytes("groups.yaml") == broken)
    }
}
