import Foundation
import HuizongIngest
import HuizongModel
import HuizongValidate
import Testing
@testable import HuizongAnalysis

/// Reports are matched to the roster exactly, then by alias, then by a near match that is reported; never by a
/// bare substring, which took 城建档案室党支部 for 档案室党支部 and folded a roll-up's branches into their
/// committees.
@Suite struct RosterMatchTests {
    static let asOf = Day(year: 2026, month: 3, day: 31)!

    func report(_ branch: String, file: String, problems: Int = 1) -> BranchReport {
        var r = BranchReport(source: "/x/\(file)", kind: .canonical)
        r.branch = branch
        let loc = SourceLocation(file: "/x/\(file)", .line(1))
        let items = (0..<problems).map { Statement(headline: "\(branch)理论学习不够深入第\($0 + 1)条", detail: "", location: loc) }
        r.aspects = [Aspect(title: "政治纪律方面", matched: nil, problems: items, location: loc)]
        return r
    }

    func folder(_ roster: String, _ reports: [BranchReport]) throws -> Ingest.Folder {
        let config = try CommitteeConfig.read("committee: 某某机关党委\nroster:\n" + roster, file: "committee.yaml")
        return Ingest.Folder(committee: config, reports: reports, diagnostics: [], knowledge: .shipped)
    }

    @Test func aLongerNameIsNotTheRosterNameItContains() throws {
        let f = try folder("  - 档案室党支部\n", [report("城建档案室党支部", file: "000-城建档案室党支部.txt"),
                                                   report("档案室党支部", file: "014-档案室党支部.txt")])
        let s = Analysis(asOf: Self.asOf).run(f)
        #expect(s.branches.map(\.name).sorted() == ["城建档案室党支部", "档案室党支部"])
        #expect(s.excluded.isEmpty, "\(s.excluded)")
        #expect(s.unknown == ["城建档案室党支部"])
        #expect(s.missing.isEmpty)
        let findings = Validation.run(f)
        #expect(!findings.contains { $0.code == "duplicate-branch" })
        #expect(findings.contains { $0.code == "unknown-branch" && $0.zh.contains("城建档案室党支部") })
    }

    @Test func aRollUpKeepsEveryBranchOfTheCommitteesOnItsRoster() throws {
        var reports: [BranchReport] = []
        for committee in ["甲党委", "乙党委"] {
            for i in 1...6 { reports.append(report("\(committee)·第\(i)党支部", file: "\(committee)-summary.json")) }
        }
        let f = try folder("  - 甲党委\n  - 乙党委\n", reports)
        let s = Analysis(asOf: Self.asOf).run(f)
        #expect(s.branches.count == 12)
        #expect(s.totalProblems == 12)
        #expect(s.missing.isEmpty && s.unknown.isEmpty)
        let findings = Validation.run(f)
        #expect(!findings.contains { $0.code == "branch-missing" || $0.code == "unknown-branch" || $0.code == "duplicate-branch" })
    }

    @Test func aNearMatchIsTakenAndReported() throws {
        let f = try folder("  - 机关第一党支部\n  - {name: 镕城综合办公室党支部, aliases: [镕城综合办]}\n",
                           [report("中共某某机关党委机关第一党支部委员会", file: "001.txt"), report("镕城综合办", file: "030.md")])
        let s = Analysis(asOf: Self.asOf).run(f)
        #expect(s.branches.map(\.name) == ["机关第一党支部", "镕城综合办公室党支部"])
        #expect(s.unknown.isEmpty && s.missing.isEmpty)
        let near = Validation.run(f).filter { $0.code == "roster-near-match" }
        #expect(near.count == 1, "only the near match is reported, not the alias")
        #expect(near.first?.zh.contains("机关第一党支部") == true)
    }

    /// The other kinds of branch organisation are matched the same way.
    @Test func generalBranchesAndJointBranchesMatchAsWritten() throws {
        let f = try folder("  - 教务处党总支\n  - 后勤联合党支部\n  - 基建临时党支部\n",
                           [report("中共教务处党总支部委员会", file: "1.txt"), report("后勤联合支部", file: "2.txt"),
                            report("基建临时支部", file: "3.txt")])
        let s = Analysis(asOf: Self.asOf).run(f)
        #expect(s.branches.map(\.name) == ["教务处党总支", "后勤联合党支部", "基建临时党支部"])
        #expect(s.unknown.isEmpty && s.missing.isEmpty)
    }

    @Test(arguments: ["第一党支部", "机关第一", "机关第一党支部第二小组", "党支部"])
    func aPartOfANameMatchesNothing(_ raw: String) throws {
        let c = try CommitteeConfig.read("roster: [机关第一党支部, 机关第二党支部]\n", file: "committee.yaml")
        #expect(c.canonicalName(raw) == nil, "\(raw)")
    }
}
