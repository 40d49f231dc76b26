import Foundation
import Testing

/// A higher committee builds from the summary.json files two committees' own `huizong build` runs wrote.
@Suite struct RollupBuildTests {
    struct Summary: Decodable {
        struct Branch: Decodable { var name: String }
        struct Totals: Decodable { var branches: Int; var problems: Int; var causes: Int; var measures: Int }
        var schema_version: Int?
        var committee: String
        var branches: [Branch]
        var totals: Totals
    }

    func buildCommittee(_ folder: URL, out: URL) throws -> Summary {
        let r = try huizong(["build", folder.path, "-o", out.path], environment: ["HUIZONG_TODAY": "2026-12-01"])
        #expect(r.status <= BuildStatus.builtPartly, "\(r.stderr)")
        return try JSONDecoder().decode(Summary.self, from: Data(contentsOf: out.appendingPathComponent("summary.json")))
    }

    @Test func twoCommitteesBuildsRollUpIntoOne() throws {
        let base = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        // Committee B is a generated folder renamed, so no branch name is shared with the samples' committee A.
        let b = base.appendingPathComponent("b")
        #expect(try huizong(["generate", "--branches", "9", "--seed", "5", "-o", b.path]).status == 0)
        let yaml = b.appendingPathComponent("committee.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "某某机关党委", with: "某某县教育局党委")
        try text.write(to: yaml, atomically: true, encoding: .utf8)

        let a = try buildCommittee(Repo.root.appendingPathComponent("samples/committee"), out: base.appendingPathComponent("a-out"))
        let bSummary = try buildCommittee(b, out: base.appendingPathComponent("b-out"))
        #expect(a.schema_version == 2 && bSummary.committee == "某某县教育局党委")

        let up = base.appendingPathComponent("up")
        try FileManager.default.createDirectory(at: up, withIntermediateDirectories: true)
        for (name, from) in [("机关党委.json", "a-out"), ("教育局党委.json", "b-out")] {
            try FileManager.default.copyItem(at: base.appendingPathComponent(from).appendingPathComponent("summary.json"),
                                             to: up.appendingPathComponent(name))
        }
        try "committee: 某某县委组织部\nyear: 2025\nas_of: 2026-03-31\n".write(to: up.appendingPathComponent("committee.yaml"),
                                                                        atomically: true, encoding: .utf8)
        let rolled = try huizong(["build", up.path, "-o", base.appendingPathComponent("up-out").path])
        #expect(rolled.status == BuildStatus.complete, "\(rolled.stdout)\n\(rolled.stderr)")
        let summary = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: base.appendingPathComponent("up-out/summary.json")))

        // Every branch of both committees, named "委员会·党支部", and every figure the sum of the two.
        let expected = a.branches.map { "某某机关党委·" + $0.name } + bSummary.branches.map { "某某县教育局党委·" + $0.name }
        #expect(summary.branches.map(\.name).sorted() == expected.sorted())
        #expect(summary.totals.problems == a.totals.problems + bSummary.totals.problems)
        #expect(summary.totals.causes == a.totals.causes + bSummary.totals.causes)
        #expect(summary.totals.measures == a.totals.measures + bSummary.totals.measures)
    }

    @Test func aSummaryOfTheWrongShapeSaysWhere() throws {
        let base = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let json = #"{"schema_version": 2, "committee": "某某党委", "as_of": "2026-03-31", "branches": "none"}"#
        try json.write(to: base.appendingPathComponent("summary-a.json"), atomically: true, encoding: .utf8)
        let r = try huizong(["check", base.path, "--lang", "en"])
        #expect(r.stdout.contains("summary.json does not have the documented shape"), "\(r.stdout)")
    }
}
