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
        let news = try ingest(account.replacingOccurrences(of: "召开换届选举大会", with: "换届选举大会顺利完成")
            .replacingOccurrences(of: "（供稿：老干部党总支）", with: "（撰稿：李明）"))
        #expect(news.kind == .other, "\(news.kind)")
        // A member's material credited to the branch is still the member's.
        let own = try ingest("""
        张明同志2025年度组织生活会个人对照检查材料
        一、存在的问题
        1.本人理论学习不够系统。
        二、整改措施
        1.每月读一本理论书籍。
        （供稿：第三党支部）
        """)
        #expect(own.kind == .individual, "\(own.kind)")
    }

    /// "……巡察组对市园林管理处开展了巡察。……现将巡察整改情况予以公布。": the unit publishing its own rectification;
    /// the dated first sentence with 开展了 does not make it news of the inspection.
    @Test func aNoticeOfOwnRectificationIsNoNewsItem() throws {
        let opening = "根据市委统一部署，2025年3月2日至5月20日，市委第一巡察组对市园林管理处开展了巡察。"
        #expect(DocumentKind.newsOpening(opening + "6月5日，巡察组反馈了意见。现将巡察整改情况予以公布。",
                                         words: Knowledge.shipped.reading) == nil)
        #expect(DocumentKind.newsOpening(opening + "6月5日，巡察组反馈了意见。", words: Knowledge.shipped.reading) == "开展了")
    }

    /// A clause that opens with a preposition ("以社区党支部为基础") names no branch; a name that holds one (自由村,
    /// 被服厂) is whole.
    @Test func aClauseOpeningWithAPrepositionNamesNone() {
        #expect(ProseFacts.branchName(title: nil, opening: ["坚持党建引领，以社区党支部为基础开展工作。"]) == nil)
        #expect(ProseFacts.branchName(title: "自由村党支部2025年度组织生活会对照检查材料", opening: []) == "自由村党支部")
        #expect(ProseFacts.branchName(title: "第三被服厂党支部2025年度组织生活会对照检查材料", opening: []) == "第三被服厂党支部")
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

    /// Last year's problems quoted under 上年度问题整改情况, or under last year's feedback (上年度组织生活会反馈意见整改落实
    /// 情况), stay last year's: no problem or measure of this year.
    @Test func lastYearsQuotedProblemsStayLastYears() throws {
        for heading in ["二、上年度问题整改情况", "二、上年度组织生活会反馈意见整改落实情况", "二、2024年度巡察反馈问题整改落实情况"] {
            let r = try ingest(Self.notice(heading: heading) + "\n三、存在的问题\n1.谈心谈话不够经常。\n四、整改措施\n1.每季度谈心一次。\n")
            #expect(r.problems.map(\.headline) == ["谈心谈话不够经常。"], "\(heading)")
            #expect(r.measures.map(\.headline) == ["每季度谈心一次。"], "\(heading)")
        }
    }

    static let report = """
    河湾站党支部2025年度组织生活会对照检查材料
    一、存在的问题
    1.关于“理论学习不够深入”的问题。
    （1）集中学习多，个人自学少。
    （2）学用结合不紧。
    2.关于“四风”问题，形式主义仍有表现，有的会议记录照抄照搬。
    二、原因分析
    1.管党治党意识不强。
    三、整改措施
    1.针对“理论学习不够深入”的问题
    （1）每月集中学习一次。
    （2）建立学习笔记季度检查制度。
    2.建立健全谈心谈话制度，每季度开展一次谈心谈话。
    """

    /// A report's own problems quote a problem with its details under it, and its measures label a group with the
    /// problem they answer: neither is a rectification notice. A quoted topic ("关于“四风”问题，……") keeps its sentence.
    @Test func aReportsOwnQuotedItemsAreNoNotice() throws {
        let r = try ingest(Self.report)
        #expect(r.problems.map(\.headline) == ["理论学习不够深入", "关于“四风”问题，形式主义仍有表现，有的会议记录照抄照搬。"])
        #expect(r.problems.first?.detail.contains("集中学习多") == true)
        #expect(r.measures.map(\.headline).contains("建立健全谈心谈话制度，每季度开展一次谈心谈话。"))
        #expect(!r.measures.contains { $0.headline.contains("集中学习多") })
    }
}
