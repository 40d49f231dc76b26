import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// What a report says happened around the meeting: a higher committee present, the members' appraisal.
@Suite struct GenreTests {
    @Test(arguments: [
        ("评议出优秀党员3名、合格党员20名、基本合格党员1名，无不合格党员。", Appraisal(excellent: 3, qualified: 20, basicallyQualified: 1, unqualified: 0)),
        ("参加评议党员24名，评定优秀5人、合格19人。", Appraisal(appraised: 24, excellent: 5, qualified: 19)),
        ("民主评议党员中，优秀党员 2 名，合格党员 9 名，无基本合格和不合格党员。", Appraisal(excellent: 2, qualified: 9, basicallyQualified: 0, unqualified: 0)),
    ])
    func appraisalResultsAreRead(_ text: String, _ expected: Appraisal) {
        #expect(ProseFacts.appraisal(text) == expected)
    }

    @Test func wordsThatAreNotResultsAreNotRead() {
        #expect(ProseFacts.appraisal("争当优秀共产党员，做合格党员。") == nil)
        #expect(ProseFacts.appraisal("支部现有党员14名。") == nil)
    }

    @Test func aHigherCommitteeAtTheMeetingIsTheClauseThatSaysSo() {
        #expect(ProseFacts.guidance("支部于1月9日召开组织生活会，镇党委委员王某到会指导，全体党员参加。") == "镇党委委员王某到会指导")
        #expect(ProseFacts.guidance("区委组织部派员列席。") == "区委组织部派员列席")
        #expect(ProseFacts.guidance("支部召开组织生活会，全体党员参加。") == nil)
    }

    @Test func aReportCarriesBoth() {
        let text = "园林所党支部2025年度组织生活会对照检查材料\n支部于2026年1月9日召开组织生活会，应到12人，实到12人，街道党工委委员到会指导。"
            + "会后开展民主评议党员，参加评议党员12名，评定优秀党员3名、合格党员9名。\n一、存在的问题\n1.学习不够深入。\n"
        let r = NarrativeParser().parse(TextReader.paragraphs(text, file: "g.txt"), source: "g.txt")
        #expect(r.guidance == "街道党工委委员到会指导")
        #expect(r.appraisal == Appraisal(appraised: 12, excellent: 3, qualified: 9))
        #expect(r.appraisal?.total == 12)
    }
}

/// A 民主评议党员 results table beside a branch's report.
@Suite struct AppraisalTableTests {
    static let csv = """
        城南小学党支部2025年度民主评议党员结果
        序号,姓名,评议等次
        1,张某,优秀
        2,李某,合格
        3,王某,合格
        4,赵某,基本合格
        5,刘某,待定
        """

    @Test func aResultsTableIsCountedMemberByMember() throws {
        let r = try #require(Ingest().read(data: Data(Self.csv.utf8), path: "评议结果.csv").first)
        #expect(r.branch == "城南小学党支部")
        #expect(r.appraisal == Appraisal(appraised: 4, excellent: 1, qualified: 2, basicallyQualified: 1, unqualified: 0))
        // A grade it cannot read is said, at its cell, and not counted.
        #expect(r.diagnostics.map(\.code) == ["ledger-row-skipped"])
        #expect(r.diagnostics.first?.location?.description == "评议结果.csv:C7")
        #expect(r.paragraphsRead == r.paragraphsPlaced + r.paragraphsNoted)
    }

    @Test func aLedgerIsStillALedger() throws {
        let ledger = "序号,存在问题,整改措施,责任人,完成时限\n1,学习不深,每月集中学习,王某,2026年6月30日\n"
        let r = try #require(Ingest().read(data: Data(ledger.utf8), path: "城南小学党支部整改台账.csv").first)
        #expect(r.appraisal == nil && r.measures.count == 1)
    }
}

/// Suggestions listed among the problems ("群众反映的意见建议：") are not problems.
@Suite struct SuggestionsTests {
    @Test func itemsUnderASuggestionsHeadingAreContextNotProblems() {
        let text = """
            园区管委会党支部对照检查材料
            一、存在的问题
            1、形式主义方面：
            （1）调研走过场，发现问题不深。
            2、群众反映的其他意见建议：
            （1）多到企业走访，把政策讲透。
            （2）办事窗口再延长半小时。
            3、奢靡之风方面：
            （1）节约意识有所淡化。
            """
        let r = NarrativeParser().parse(TextReader.paragraphs(text, file: "s.txt"), source: "s.txt")
        #expect(r.problems.map(\.headline) == ["调研走过场，发现问题不深。", "节约意识有所淡化。"])
        #expect(r.paragraphsRead == r.paragraphsPlaced + r.paragraphsNoted)
        #expect(r.diagnostics.contains { $0.code == "context" })
    }
}
