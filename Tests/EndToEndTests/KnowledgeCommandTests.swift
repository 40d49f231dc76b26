import Foundation
import Testing

/// `huizong knowledge` and a committee's knowledge.yaml, on the built binary run from another folder (the shipped
/// data must be found beside the binary, not in the working folder).
@Suite(.serialized) struct KnowledgeCommandTests {
    static let local = "concepts:\n  驻村工作: {words: [驻村工作, 驻村干部, 第一书记]}\nactivities:\n  支委会: {aliases: [支委例会]}\n"
    static let broken = "concepts:\n  理论学习:\n    wrods: [读报]\n"

    /// A small committee folder: two sample reports and committee.yaml, with `knowledge` as its knowledge.yaml.
    func committee(knowledge: String?) throws -> URL {
        let dir = temporaryDirectory()
        let samples = Repo.root.appendingPathComponent("samples/committee")
        for name in ["committee.yaml", "001-机关第一党支部.txt", "005-人事科党支部.yaml"] {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        if let knowledge { try knowledge.write(to: dir.appendingPathComponent("knowledge.yaml"), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func printsTheShippedKnowledge() throws {
        let r = try huizong(["knowledge", "--lang", "en"], cwd: temporaryDirectory())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("concepts (33, 2812 words)"))
        #expect(r.stdout.contains("  理论学习  169 words  (broad; head words 学习)"))
        #expect(r.stdout.contains("  形式化  14 words  (modifier; alone counts as 形式主义)"))
        #expect(r.stdout.contains("  2024-  2024-jilv"))
        #expect(r.stdout.contains("  2021 (meeting kind with 专题)  2021-dangshi"))
        #expect(r.stdout.contains("  支委会  条例 minimum 12 次 a year"))
    }

    @Test func printsAFolderKnowledgeOnTopOfTheShipped() throws {
        let dir = try committee(knowledge: Self.local)
        let r = try huizong(["knowledge", dir.path, "--lang", "en"], cwd: temporaryDirectory())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("knowledge: shipped data + \(dir.path)/knowledge.yaml"))
        #expect(r.stdout.contains("concepts (34, 2815 words)"))
        #expect(r.stdout.contains("  驻村工作  3 words\n"))
        #expect(r.stdout.contains("支委会、支部委员会会议、支部委员会、支委会议、支委例会"))
    }

    @Test func checkExitsZeroOneOrTwo() throws {
        let dir = try committee(knowledge: Self.local)
        let good = try huizong(["knowledge", "--check", dir.appendingPathComponent("knowledge.yaml").path, "--lang", "en"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        let bad = dir.appendingPathComponent("bad.yaml")
        try Self.broken.write(to: bad, atomically: true, encoding: .utf8)
        let r = try huizong(["knowledge", "--check", bad.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(bad.path):3: concept '理论学习': unknown key 'wrods'"))
        #expect(try huizong(["knowledge", "--check", dir.appendingPathComponent("missing.yaml").path]).status == 2)
        #expect(try huizong(["knowledge", dir.path, "--check", bad.path]).status == 2)
        #expect(try huizong(["knowledge", dir.appendingPathComponent("nowhere").path]).status == 2)
    }

    @Test func buildNamesTheLocalKnowledgeAndStopsAtAMistake() throws {
        let dir = try committee(knowledge: Self.local)
        let out = temporaryDirectory()
        let r = try huizong(["build", dir.path, "-o", out.path, "--lang", "en"], cwd: temporaryDirectory())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("local knowledge: \(dir.path)/knowledge.yaml\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        #expect(json["local_knowledge"] as? [String] == ["\(dir.path)/knowledge.yaml"])
        #expect(json["totals"] != nil && json["problem_groups"] != nil)

        let plain = try committee(knowledge: nil)
        let r0 = try huizong(["build", plain.path, "-o", temporaryDirectory().path, "--lang", "en"])
        #expect(r0.status == 0 && !r0.stderr.contains("local knowledge"))

        try Self.broken.write(to: dir.appendingPathComponent("knowledge.yaml"), atomically: true, encoding: .utf8)
        let failed = try huizong(["build", dir.path, "-o", temporaryDirectory().path, "--lang", "en"])
        #expect(failed.status == BuildStatus.notBuilt)
        #expect(failed.stderr.contains("\(dir.path)/knowledge.yaml:3: error [knowledge-file] concept '理论学习': unknown key 'wrods'"))
    }
}
