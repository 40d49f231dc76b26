import Foundation
import HuizongIngest
import HuizongModel
import HuizongExport
import HuizongSynth
import Testing
@testable import HuizongAnalysis

/// A higher committee analyses its committees' summary.json files and gets what the union of their
/// folders gives, without the original reports.
@Suite struct RollupTests {
    @Test func rollingUpTwoCommitteesEqualsAnalysingTheirUnion() throws {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("hz-rollup-\(UUID().uuidString)")
        let all = base.appendingPathComponent("all")
        try CommitteeGenerator(branches: 16, seed: 11).write(to: all)
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b"), union = base.appendingPathComponent("union")
        for d in [a, b, union] { try fm.createDirectory(at: d, withIntermediateDirectories: true) }
        // Reports only (ledgers span branches of both halves); odd-numbered branches to A, even to B.
        for name in try fm.contentsOfDirectory(atPath: all.path) where !name.hasPrefix(".") && !name.contains("台账") && name != "committee.yaml" {
            guard let n = Int(name.prefix(3)) else { continue }
            try fm.copyItem(at: all.appendingPathComponent(name), to: (n % 2 == 1 ? a : b).appendingPathComponent(name))
            try fm.copyItem(at: all.appendingPathComponent(name), to: union.appendingPathComponent(name))
        }
        let asOf = try #require(Day(year: 2026, month: 3, day: 31))
        let sa = Analysis(asOf: asOf).run(Ingest().readFolder(a))
        let sb = Analysis(asOf: asOf).run(Ingest().readFolder(b))
        let su = Analysis(asOf: asOf).run(Ingest().readFolder(union))
        let up = base.appendingPathComponent("up")
        try fm.createDirectory(at: up, withIntermediateDirectories: true)
        try Data(SummaryJSON.value(sa).render().utf8).write(to: up.appendingPathComponent("a-summary.json"))
        try Data(SummaryJSON.value(sb).render().utf8).write(to: up.appendingPathComponent("b-summary.json"))
        let rolled = Analysis(asOf: asOf).run(Ingest().readFolder(up))

        #expect(rolled.branches.count == su.branches.count)
        #expect(rolled.totalMembers == su.totalMembers)
        #expect(rolled.totalProblems == su.totalProblems)
        #expect(rolled.totalCauses == su.totalCauses)
        #expect(rolled.totalMeasures == su.totalMeasures)
        #expect(rolled.statusCounts == su.statusCounts)
        #expect(rolled.overdue.count == su.overdue.count)
        #expect(rolled.dueSoon.count == su.dueSoon.count)
        #expect(rolled.branches.reduce(0) { $0 + $1.shortfalls.count } == su.branches.reduce(0) { $0 + $1.shortfalls.count })
        // The same statements are grouped (the groups themselves may be cut differently one level up).
        let texts = { (s: CommitteeSummary) in s.problemGroups.flatMap { $0.members.map(\.text) }.sorted() }
        #expect(texts(rolled) == texts(su))
        // Problems keep their aspect through the roll-up.
        #expect(Set(rolled.aspectTitles) == Set(su.aspectTitles))
    }
}
