import Foundation
import Testing

/// committee.yaml holds the as-of date, the roster and the title: a mistake in it gives a wrong report, so it is
/// an error with its line that stops the build, in whatever encoding the clerk saved it.
@Suite(.serialized) struct CommitteeFileTests {
    static let samples = Repo.root.appendingPathComponent("samples/committee")

    /// A copy of the sample committee with committee.yaml edited by `edit`.
    func committee(_ edit: (String) -> String, encoding: String.Encoding = .utf8) throws -> URL {
        let dir = temporaryDirectory().appendingPathComponent("committee")
        try FileManager.default.copyItem(at: Self.samples, to: dir)
        let file = dir.appendingPathComponent("committee.yaml")
        let text = edit(try String(contentsOf: file, encoding: .utf8))
        try #require(text.data(using: encoding)).write(to: file)
        return dir
    }

    func summary(_ out: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
    }

    @Test(arguments: [("as_of:", "as-of:", 7), ("roster:", "rooster:", 11), ("committee:", "commitee:", 3)])
    func aMisspeltKeyStopsTheBuildWithItsLine(right: String, wrong: String, line: Int) throws {
        let dir = try committee { $0.replacingOccurrences(of: "\n" + right, with: "\n" + wrong) }
        let out = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", out.path, "--lang", "en"])
        #expect(r.status == BuildStatus.notBuilt, "\(r.stderr)")
        #expect(r.stderr.contains("committee.yaml:\(line): error [committee-config]"), "\(r.stderr)")
        #expect(r.stderr.contains("unknown key '\(wrong.dropLast())'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "no report is written")
        let check = try huizong(["check", dir.path, "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("committee.yaml:\(line): error [committee-config]"))
    }

    @Test func aGroupsFileMistakeStopsTheBuildWithItsLine() throws {
        let dir = try committee { $0 }
        try Data("groups:\n  - label: 平台\n    word: [网上学习平台]\n".utf8).write(to: dir.appendingPathComponent("groups.yaml"))
        let out = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", out.path, "--lang", "en"])
        #expect(r.status == BuildStatus.notBuilt, "\(r.stderr)")
        #expect(r.stderr.contains("groups.yaml:3: error [groups-config] group: unknown key 'word'"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test(arguments: ["2026/03/31", "2026年3月31日", "2026.3.31", "\"2026-03-31\""])
    func theDateFormsClerksWriteAreRead(written: String) throws {
        let dir = try committee { $0.replacingOccurrences(of: "as_of: 2026-03-31", with: "as_of: \(written)") }
        let out = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", out.path])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let json = try summary(out)
        #expect(json["as_of"] as? String == "2026-03-31")
        #expect((json["rectification"] as? [String: Any])?["overdue"] as? Int == 13)
    }

    @Test func aDateThatIsNotOneStopsTheBuild() throws {
        let dir = try committee { $0.replacingOccurrences(of: "as_of: 2026-03-31", with: "as_of: 2026-02-30") }
        let r = try huizong(["build", dir.path, "-o", temporaryDirectory().path, "--lang", "en"])
        #expect(r.status == BuildStatus.notBuilt)
        #expect(r.stderr.contains("committee.yaml:7: error [committee-config] as_of: '2026-02-30' is not a date"), "\(r.stderr)")
    }

    /// No as-of date anywhere: today's, said on stderr (never 2000-01-01 in silence); a given one still wins.
    @Test func noAsOfDateAnywhereCountsFromTodayAndSaysSo() throws {
        let dir = try committee { $0.replacingOccurrences(of: "as_of: 2026-03-31\n", with: "") }
        let today = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", today.path, "--lang", "en"], environment: ["HUIZONG_TODAY": "2026-05-10"])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        #expect(r.stderr.contains("no as-of date (--as-of or as_of in committee.yaml): overdue is counted as of today, 2026-05-10"))
        #expect(try summary(today)["as_of"] as? String == "2026-05-10")
        let given = temporaryDirectory()
        #expect(try huizong(["build", dir.path, "-o", given.path, "--as-of", "2026-03-31"]).status == BuildStatus.builtPartly)
        #expect(try summary(given)["as_of"] as? String == "2026-03-31")
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, TextDecodingCase.gb18030])
    func aCommitteeFileSavedInAnotherEncodingKeepsEverySetting(encoding: String.Encoding) throws {
        let dir = try committee({ $0 }, encoding: encoding)
        let out = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", out.path])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let json = try summary(out)
        #expect(json["committee"] as? String == "某某机关党委")
        #expect(json["as_of"] as? String == "2026-03-31")
        #expect((json["coverage"] as? [String: Any])?["expected"] as? Int == 26)
    }
}

enum TextDecodingCase {
    /// GB18030 as Foundation on Linux names it (the CoreFoundation constant with the high bit set).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}
