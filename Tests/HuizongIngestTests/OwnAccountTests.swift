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

/// A rectification notice quotes each problem an inspection found and lists under it, numbered in another style,
/// what was done. Fixtures in this project's own words.
@Suite struct QuotedProblemTests {
    func ingest(_ text: String) throws -> BranchReport {
        try #require(Ingest().read(data: Data(text.utf8), path: "整改.txt").first)
    }

    static func notice(heading: String) -> String {
        """
        柳溪站党支部关于巡察整改进展情况的报告
        根据区委统一部署，区委第二巡察组对柳溪站党支部进行了巡察。现将整改进展情况报告如下。
        一、整改工作组织领导情况
        支部召开专题会议，成立整改工作领导小组。
        \(heading)
        （一）党建工作方面
        1.关于“台账记录不规范”问题的整改。
        （1）对照台账逐项补齐会议记录。
        （2）建立月度检查制度，由组织委员每月检查一次。
        2.针对“学习流于形式，学用脱节”问题
        一是每月开展一次专题研讨。
        二是把学习成效纳入党员评议。
        """
    }

    /// "巡察反馈意见整改落实情况" names the notice's own subject, not last year's rectification; under a heading its
    /// words do not place ("整改进展情况及成效") the quoted items are found too.
    @Test func eachQuotedProblemKeepsTheItemsUnderItAsMeasures() throws {
        for heading in ["二、巡察反馈意见整改落实情况", "二、整改进展情况及成效"] {
            let r = try ingest(Self.notice(heading: heading))
            #expect(r.problems.map(\.headline) == ["台账记录不规范", "学习流于形式，学用脱节"], "\(heading)")
            #expect(r.measures.map(\.headline) == ["对照台账逐项补齐会议记录。", "建立月度检查制度，由组织委员每月检查一次。",
                                                   "每月开展一次专题研讨。", "把学习成效纳入党员评议。"], "\(heading)")
            #expect(r.aspects.map(\.title) == ["党建工作方面"], "\(heading)")
        }
    }

    /// Last year's problems quoted under 上年度问题整改情况 stay last year's: no problem or measure of this year.
    @Test func lastYearsQuotedProblemsStayLastYears() throws {
        let r = try ingest(Self.notice(heading: "二、上年度问题整改情况") + "\n三、存在的问题\n1.谈心谈话不够经常。\n四、整改措施\n1.每季度谈心一次。\n")
        #expect(r.problems.map(\.headline) == ["谈心谈话不够经常。"])
        #expect(r.measures.map(\.headline) == ["每季度谈心一次。"])
    }
}
