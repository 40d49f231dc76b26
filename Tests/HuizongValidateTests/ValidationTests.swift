import HuizongModel
import HuizongTestSupport
import Testing
@testable import HuizongValidate

/// The rules a folder is checked against, on reports built by hand (no reader involved).
@Suite struct ValidationTests {
    static func report(_ branch: String, year: Int? = 2025, file: String) -> BranchReport {
        var r = BranchReport(source: file, kind: .report)
        r.branch = branch
        r.year = year
        let at = SourceLocation(file: file, .line(3))
        r.aspects = [Aspect(title: "政治纪律", problems: [Statement(headline: "学习不够。", detail: "", location: at)], location: at)]
        r.measures = [Measure(headline: "每月集中学习。", owner: "王某", deadline: .ongoing, branch: branch, location: at)]
        return r
    }

    static func folder(_ reports: [BranchReport], roster: [String] = [], year: Int? = 2025) -> CommitteeFolder {
        var config = CommitteeConfig()
        config.year = year
        config.roster = roster.map { CommitteeConfig.Expected(name: $0, aliases: []) }
        config.buildIndex()
        return CommitteeFolder(committee: config, reports: reports, diagnostics: [], knowledge: Knowledge())
    }

    @Test func aReportOfAnotherYearIsAFinding() {
        let found = Validation.run(Self.folder([Self.report("质检站党支部", year: 2024, file: "y.txt")]))
        #expect(found.filter { $0.id == .yearMismatch }.map { $0.location?.description } == ["y.txt"])
        #expect(!Validation.run(Self.folder([Self.report("质检站党支部", year: 2024, file: "y.txt")], year: 2024))
            .contains { $0.id == .yearMismatch })
    }

    @Test func theRosterNamesWhoSentNothingAndWhoIsNotOnIt() {
        let found = Validation.run(Self.folder([Self.report("一支部", file: "a.txt"), Self.report("外单位党支部", file: "b.txt")],
                                               roster: ["一支部", "二支部"]))
        #expect(found.filter { $0.id == .branchMissing }.map(\.en) == ["'二支部' sent nothing"])
        #expect(found.filter { $0.id == .unknownBranch }.map { $0.location?.file } == ["b.txt"])
    }

    /// A second report of a branch names the first by its file's name: the letters and pages that print it are read
    /// on other machines, where this one's folders mean nothing.
    @Test func aSecondReportNamesTheFirstByItsFilesName() {
        let found = Validation.run(Self.folder([Self.report("一支部", file: "/home/clerk/2025/一支部.txt"),
                                                Self.report("一支部", file: "/home/clerk/2025/一支部（重报）.txt")]))
        #expect(found.filter { $0.id == .duplicateBranch }.map(\.zh) == ["“一支部”报送了两份对照检查材料（另一份：一支部.txt）"])
    }

    @Test func aMeasureWithoutOwnerOrDeadlineIsNamedAtItsLine() {
        var r = Self.report("一支部", file: "a.txt")
        r.measures[0].owner = nil
        r.measures[0].deadline = nil
        let found = Validation.run(Self.folder([r]))
        #expect(found.filter { $0.id == .measureNoOwnerDeadline }.map { $0.location?.description } == ["a.txt:3"])
    }

    @Test func tooManyExcellentMembersAndMissingResultsAreFindings() {
        var r = Self.report("一支部", file: "a.txt")
        r.appraisal = Appraisal(appraised: 12, excellent: 5, qualified: 7)
        #expect(Validation.run(Self.folder([r])).filter { $0.id == .excellentOverCap }.map { $0.location?.file } == ["a.txt"])
        r.appraisal = Appraisal(appraised: 12, excellent: 4, qualified: 8)
        #expect(!Validation.run(Self.folder([r])).contains { $0.id == .excellentOverCap })
        var folder = Self.folder([Self.report("二支部", file: "b.txt")])
        #expect(!Validation.run(folder).contains { $0.id == .appraisalMissing })
        folder.committee.meetingKind = "组织生活会和民主评议党员"
        #expect(Validation.run(folder).filter { $0.id == .appraisalMissing }.map { $0.location?.file } == ["b.txt"])
        folder.committee.excellentCap = 0.25
        folder.reports[0].appraisal = Appraisal(appraised: 12, excellent: 4, qualified: 8)
        #expect(Validation.run(folder).contains { $0.id == .excellentOverCap })
    }
}
