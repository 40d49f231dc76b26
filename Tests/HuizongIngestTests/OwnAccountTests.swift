import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// A unit's own account told as a news item or a public notice: credited to the branch that wrote it, or opening
/// with how the inspection went before "现将……予以公布". Fixtures in this project's own words.
@Suite struct OwnAccountTests {
    func ingest(_ text: String) throws -> BranchReport {
        try #require(Ingest().read(data: Data(text.utf8), path: "稿件.txt").first)
    }

    /// "【支部动态】……党总支召开换届大会" signed "（供稿：……党总支）": the branch's own account of its meeting, not
    /// news about it; with no problems listed it is left out as no self-examination. Credited to a college's
    /// office it stays news.
    @Test func aMeetingAccountCreditedToTheBranchIsItsOwn() throws {
        let account = """
        【支部动态】老干部党总支召开换届选举大会
        大会在国歌声中开幕。党总支书记代表上届委员会作工作报告，回顾了三年来的工作和存在的不足。
        大会通过无记名投票选举产生了新一届党总支委员会。
        新当选的委员表示，将带领全体党员做好支部各项工作。
        （供稿：老干部党总支）
        图一：大会现场
        图二：党员投票
        """
        let r = try ingest(account)
        #expect(r.kind == .report, "\(r.kind) \(r.diagnostics.map(\.en))")
        #expect(r.diagnostics.contains { $0.code == "not-a-report" })
        let news = try ingest(account.replacingOccurrences(of: "（供稿：老干部党总支）", with: "（供稿：学院办公室）"))
        #expect(news.kind == .other, "\(news.kind)")
    }

    /// "……巡察组对市园林管理处开展了巡察。……现将巡察整改情况予以公布。": the unit publishing its own rectification;
    /// the dated first sentence with 开展了 does not make it news of the inspection.
    @Test func aNoticeOfOwnRectificationIsNoNewsItem() throws {
        let opening = "根据市委统一部署，2025年3月2日至5月20日，市委第一巡察组对市园林管理处开展了巡察。"
        #expect(DocumentKind.newsOpening(opening + "6月5日，巡察组反馈了意见。现将巡察整改情况予以公布。",
                                         words: Knowledge.shipped.reading) == nil)
        #expect(DocumentKind.newsOpening(opening + "6月5日，巡察组反馈了意见。", words: Knowledge.shipped.reading) == "开展了")
    }

    /// A preposition before a suffix ("集中一个月把柳湾村党组织整顿好") is no part of the name.
    @Test func aPrepositionBeforeTheNameIsCutOff() {
        #expect(ProseFacts.branchName(title: nil, opening: ["今年三月起集中一个月把柳湾村党组织整顿到位。"]) == "柳湾村党组织")
        #expect(ProseFacts.branchName(title: nil, opening: ["会议由园艺站党支部书记主持。"]) == "园艺站党支部")
    }
}
