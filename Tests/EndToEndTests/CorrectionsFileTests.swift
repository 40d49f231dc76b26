import Foundation
import Testing

/// corrections.yaml: the clerk's word on a file's kind, branch or year, used by `build` and `check` alike, and a
/// mistake in it stops the build with its line like the other settings files.
@Suite(.serialized) struct CorrectionsFileTests {
    /// The samples without 青年干部党支部's report, and its second copy of 机关第一党支部's corrected to be it.
    func corrected(_ corrections: String) throws -> URL {
        let dir = temporaryDirectory().appendingPathComponent("committee")
        try FileManager.default.copyItem(at: CommitteeFileTests.samples, to: dir)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("019-青年干部党支部.txt"))
        try Data(corrections.utf8).write(to: dir.appendingPathComponent("corrections.yaml"))
        return dir
    }

    static let branch = "version: 1\nfiles:\n  - file: \"028-机关第一党支部（重报）.txt\"\n    branch: 青年干部党支部\n    year: 2025\n"

    @Test func buildAndCheckUseTheCorrectedBranch() throws {
        let dir = try corrected(Self.branch)
        let out = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", out.path, "--lang", "en"])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        let coverage = json["coverage"] as? [String: Any] ?? [:]
        #expect(coverage["missing"] as? [String] == [], "the corrected file stands for the branch that had not reported")
        let branches = json["branches"] as? [[String: Any]] ?? []
        let young = branches.first { $0["name"] as? String == "青年干部党支部" }
        #expect((young?["sources"] as? [String])?.contains { $0.hasSuffix("028-机关第一党支部（重报）.txt") } == true, "\(String(describing: young))")
        let check = try huizong(["check", dir.path, "--lang", "en"])
        #expect(!check.stdout.contains("028-机关第一党支部（重报）.txt: error [duplicate-branch]"), "\(check.stdout)")
    }

    @Test func aMistakeInCorrectionsStopsTheBuildWithItsLine() throws {
        let dir = try corrected("version: 1\nfiles:\n  - file: 028.txt\n    brnach: 甲\n")
        let out = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", out.path, "--lang", "en"])
        #expect(r.status == BuildStatus.notBuilt, "\(r.stderr)")
        #expect(r.stderr.contains("corrections.yaml:4: error [corrections-config] correction: unknown key 'brnach'"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        let check = try huizong(["check", dir.path, "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("corrections.yaml:4: error [corrections-config]"))
    }

    @Test(arguments: [
        ("files:\n  - file: a.txt\n    kind: poem\n", 3, "kind: 'poem' is not one of"),
        ("files:\n  - file: a.txt\n    year: 25\n", 3, "year: 25 is not a year"),
        ("files:\n  - file: a.txt\n", 2, "no kind, branch or year"),
        ("files:\n  - file: a.txt\n    year: 2025\n  - file: a.txt\n    year: 2024\n", 4, "corrected twice"),
        ("file:\n  - file: a.txt\n", 1, "unknown key 'file'"),
    ])
    func eachMistakeIsNamedWithItsLine(text: String, line: Int, message: String) throws {
        let dir = try corrected(text)
        let check = try huizong(["check", dir.path, "--lang", "en"])
        #expect(check.stdout.contains("corrections.yaml:\(line): error [corrections-config]"), "\(check.stdout)")
        #expect(check.stdout.contains(message), "\(check.stdout)")
    }
}

/// `check` says what a build would leave out, and its exit status says so as the build's does.
@Suite struct CheckLeftOutTests {
    @Test func aBranchsWorkSummaryIsListedAsLeftOutAndTheExitSaysSo() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "城南社区党支部2025年度工作总结\n一年来，城南社区党支部组织党员开展志愿服务十次，走访困难群众二十户。\n来年，支部将继续做好为民服务各项工作。\n"
            .write(to: dir.appendingPathComponent("城南.txt"), atomically: true, encoding: .utf8)
        let check = try huizong(["check", dir.path, "--lang", "en"])
        #expect(check.stdout.contains("left out: 城南.txt (no problems, causes or measures section found"), "\(check.stdout)")
        #expect(check.stdout.contains("0 errors") && check.stdout.contains("1 would be left out"), "\(check.stdout)")
        #expect(check.status == 1)
    }
}
