import Foundation
import HuizongSynth
import HuizongTestSupport
import Testing

/// `huizong generate`: the same seed writes the same folder, and the truth file names every problem it wrote.
@Suite struct GeneratorTests {
    func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return out
    }

    @Test func theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws {
        let a = TestSupport.scratch(), b = TestSupport.scratch(), c = TestSupport.scratch()
        defer { for u in [a, b, c] { try? FileManager.default.removeItem(at: u) } }
        try CommitteeGenerator(branches: 7, seed: 3).write(to: a)
        try CommitteeGenerator(branches: 7, seed: 3).write(to: b)
        try CommitteeGenerator(branches: 7, seed: 4).write(to: c)
        let fa = try files(a)
        #expect(fa.count > 7)
        #expect(fa == (try files(b)))
        #expect(fa != (try files(c)))
        // Reports tell the members' appraisal and, for some branches, a higher committee at the meeting.
        let texts = fa.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(texts.contains { $0.contains("参加评议党员") && $0.contains("评定优秀党员") })
    }

    @Test func theTruthFileHasARowPerProblemOfEveryBranch() throws {
        let dir = TestSupport.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try CommitteeGenerator(branches: 5, seed: 9).write(to: dir)
        let truth = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix("truth.tsv") })
        let rows = try String(contentsOf: dir.appendingPathComponent(truth), encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(Set(rows.map { $0.split(separator: "\t")[1] }).count == 5)
        #expect(rows.allSatisfy { $0.split(separator: "\t").count == 4 })
    }
}
