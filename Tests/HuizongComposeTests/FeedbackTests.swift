import Foundation
import HuizongAnalysis
import HuizongDocument
import HuizongIngest
import HuizongModel
import HuizongTestSupport
import HuizongValidate
import Testing
@testable import HuizongCompose

/// The letters back to the branches and the overview: every finding of `check` in exactly one of them.
@Suite struct FeedbackTests {
    static let day = Day(year: 2026, month: 4, day: 2)!

    static func samples() -> (CommitteeFolder, [Diagnostic], CommitteeSummary) {
        let folder = Ingest().readFolder(TestSupport.samples)
        let summary = Analysis(asOf: Day(year: 2026, month: 3, day: 31)!).run(folder)
        return (folder, Validation.run(folder), summary)
    }

    static func text(_ blocks: [Block]) -> String {
        blocks.map { b -> String in
            switch b {
            case let .paragraph(p): return p.plainText
            case let .list(l): return l.items.map { $0.map(\.text).joined() }.joined(separator: "\n")
            case let .table(t): return (t.rows.map { $0.cells.joined(separator: " ") }).joined(separator: "\n")
            case let .signature(lines): return lines.joined(separator: "\n")
            default: return ""
            }
        }.joined(separator: "\n")
    }

    @Test func everyFindingIsInExactlyOneLetterOrTheOverview() {
        let (folder, findings, summary) = Self.samples()
        let letters = Feedback.letters(folder: folder, findings: findings, summary: summary, date: Self.day)
        let office = Feedback.place(findings, in: folder, summary: summary).filter { $0.addressee == nil }.map(\.finding)
        let sent = letters.flatMap(\.findings)
        #expect(sent.count + office.count == findings.count)
        #expect(Set(sent).isDisjoint(with: Set(office)))
        #expect(Set(sent).union(office) == Set(findings))
        // Letters go to branches of the summary only, one each.
        #expect(Set(letters.map(\.addressee)).isSubset(of: Set(summary.branches.map(\.name))))
        #expect(Set(letters.map(\.addressee)).count == letters.count)
    }

    @Test func aLetterSaysWhatToFixWhereAndAboutWhichMeasure() throws {
        let (folder, findings, summary) = Self.samples()
        let letters = Feedback.letters(folder: folder, findings: findings, summary: summary, date: Self.day)
        let letter = try #require(letters.first { $0.addressee == "党建办党支部" })
        let text = Self.text(letter.document.blocks)
        #expect(letter.document.title == "关于党建办党支部2025年度组织生活会材料的审核意见")
        #expect(text.contains("日期“2026年2月30日”不存在。（第16行）"))
        #expect(text.contains("整改措施没有责任人：“"))
        #expect(text.contains("请对照以上意见修改完善后，重新报送党委办公室。"))
        // The roster is the office's matter, not the branch's.
        #expect(!text.contains("committee.yaml"))
        #expect(letter.document.blocks.last == .signature(["某某机关党委", "2026年4月2日"]))
    }

    @Test func aBranchWithNothingToFixGetsNoLetterAndTheOverviewCountsEveryone() {
        let (folder, findings, summary) = Self.samples()
        let letters = Feedback.letters(folder: folder, findings: findings, summary: summary, date: Self.day)
        // Nothing to fix (notes at most): no letter; the notes are listed in the overview.
        let clean = summary.branches.filter { b in
            !findings.contains { d in d.severity != .note && b.sources.contains(d.location?.file ?? "") }
        }
        #expect(!clean.isEmpty)
        #expect(Set(letters.map(\.addressee)).isDisjoint(with: Set(clean.map(\.name))))
        let overview = Feedback.overview(folder: folder, findings: findings, summary: summary, letters: letters, received: [:], date: Self.day)
        let text = Self.text(overview.blocks)
        for b in summary.branches { #expect(text.contains(b.name)) }
        for e in summary.excluded { #expect(text.contains(URL(fileURLWithPath: e.source).lastPathComponent)) }
        // The roster finding is the office's: in the overview, with the branch it is about.
        #expect(text.contains("需要党委办公室处理的情况"))
        #expect(text.contains("“党建办党支部”不在 committee.yaml 的党支部名单中"))
        #expect(text.contains("以下提示供参考，未单独发审核意见"))
    }
}
