import Foundation
import HuizongKnowledge
import HuizongModel
import Testing
@testable import HuizongIngest

/// Layouts of whole documents as branches and members hand them in, in this project's own words: campaign
/// meetings with no 年度, aspects as top-level headings or numbered items, aspects run together in one paragraph,
/// owners in a closing bracket, a headline broken across lines, a ledger headed 整改事项.
@Suite struct WholeDocumentWordingTests {
    func ingest(_ text: String, path: String = "城南社区第二党支部.txt") throws -> BranchReport {
        try #require(Ingest().read(data: Data(text.utf8), path: path).first)
    }

    static let campaignMeeting = """
    城南社区第二党支部
    “不忘初心、牢记使命”专题组织生活会检视剖析材料
    按照街道党工委的安排，支部于2019年11月组织党员集中学习，上门征求意见，现将检视情况报告如下。
    一、对照党章党规
    1.组织生活不够经常，支委会有时延期召开。
    2.党费收缴不够及时。
    二、对照人民群众新期待
    1.上门走访困难群众的次数少。
    三、原因分析
    一是对老党员的教育抓得不紧。二是支委精力有限。
    四、整改措施
    1.每月召开一次支委会。
    """

    /// "不忘初心、牢记使命" names the 2019 campaign and "2019年11月" confirms it: the report is of 2019, said in a note.
    /// With no year anywhere in the text, the year stays unknown.
    @Test func aCampaignMeetingWithoutAYearTakesTheCampaignsYear() throws {
        let r = try ingest(Self.campaignMeeting)
        #expect(r.year == 2019)
        #expect(r.diagnostics.contains { $0.id == .yearFromCampaign })
        let silent = try ingest(Self.campaignMeeting.replacingOccurrences(of: "于2019年11月", with: "近期"))
        #expect(silent.year == nil)
    }

    /// "一、对照党章党规" at the top level, with no problems heading above it: an aspect of the campaign's set, and
    /// the items under it its problems.
    @Test func topLevelHeadingsNamingTheYearsAspectsAreAspects() throws {
        let r = try ingest(Self.campaignMeeting)
        #expect(r.aspects.map(\.title) == ["对照党章党规", "对照人民群众新期待"])
        #expect(r.aspects.map(\.matched) == ["charter", "expectations"])
        #expect(r.problems.map(\.headline) == ["组织生活不够经常，支委会有时延期召开。", "党费收缴不够及时。", "上门走访困难群众的次数少。"])
        #expect(r.causes.count == 2)
    }

    /// "1、对照入党誓词" in a member's material: the name of one of the year's aspects, numbered like an item, with
    /// its problem in the paragraph under it.
    @Test func aNumberedLineNamingAnAspectIsTheAspect() throws {
        let r = try ingest("""
        2021年度组织生活会党员个人对照检查材料
        会前，我认真学习了党章，与支部委员谈心，对照要求查找了差距。
        一、查找出的问题
        1、对照党中央号召和要求
        学习党史只读了指定篇目：联系本职工作思考少，学用脱节。
        2、对照入党誓词
        工作热情有所减退，满足于完成分内任务。
        二、问题原因
        一是理论学习放松了。二是标准降低了。
        三、整改方向
        1、每月读一本党史书籍。
        """, path: "个人材料.txt")
        #expect(r.aspects.map(\.title) == ["对照党中央号召和要求", "对照入党誓词"])
        #expect(r.problems.map(\.headline) == ["学习党史只读了指定篇目", "工作热情有所减退，满足于完成分内任务。"])
    }

    /// "第一部分 查摆出的问题" then "一、政治纪律方面": the numbered heading under the part is an aspect, and
    /// "问题1：" / "措施1：" number the items. "（支部书记 王海，长期）" names the owner and the deadline.
    @Test func aspectsUnderAPartAndOwnersInAClosingBracket() throws {
        let r = try ingest("""
        中共东湖街道机关第一党支部
        2024年度组织生活会对照检查材料
        根据街道党工委通知，支部认真查摆问题，现报告如下。
        第一部分  查摆出的问题
        一、政治纪律方面
        问题1：学习上级精神停在传达层面。
        个别党员对上级部署只转发不研究。
        二、工作纪律方面
        问题2：值班制度执行不严。
        交接记录有时补写。
        第二部分  原因分析
        一是思想上重视不够。二是制度执行不严。
        第三部分  整改措施
        措施1：建立学习研讨制度，每月研讨一次。（支部书记 王海，长期）
        措施2：严格值班交接，每周抽查记录。（办公室主任 李娜，2025年3月底）
        """)
        #expect(r.aspects.map(\.title) == ["政治纪律方面", "工作纪律方面"])
        #expect(r.problems.map(\.headline) == ["学习上级精神停在传达层面。", "值班制度执行不严。"])
        #expect(r.measures.map(\.headline) == ["建立学习研讨制度，每月研讨一次。", "严格值班交接，每周抽查记录。"])
        #expect(r.measures.map(\.owner) == ["支部书记 王海", "办公室主任 李娜"])
        #expect(r.measures.map(\.deadline) == [.ongoing, .date(Day(year: 2025, month: 3, day: 31)!)])
    }

    /// "（基地负责人 程勇，……）": 负责人 is a post; it does not make "基地" the owner.
    @Test func aPostEndingIn负责人IsNoOwnerCloser() {
        #expect(ProseFacts.writtenOwner("推行数据电子化采集。（基地负责人 程勇，5月底）", words: Knowledge.shipped.reading) == nil)
        #expect(ProseFacts.bracketedOwnerAndDeadline("推行数据电子化采集。（基地负责人 程勇，5月底）")?.owner == "基地负责人 程勇")
        // A bracket that is an aside, not who and when, gives nothing.
        #expect(ProseFacts.bracketedOwnerAndDeadline("完善制度（含考勤、值班）。") == nil)
    }

    /// "在理论学习方面，一是……；二是……。在工作作风方面，存在……": several aspects, each with its points, in one
    /// paragraph. Each is an aspect, and every point a problem.
    @Test func aspectsRunTogetherInOneParagraph() throws {
        let r = try ingest("""
        2023年度个人检视剖析材料
        我对照党章党规认真进行了自我剖析。
        一、检视出的问题
        在理论学习方面，一是学习深度不够，满足于读过看过；二是学用结合不紧，解决问题的办法不多。在担当作为方面，一是遇到难题有畏难情绪；二是创新办法不多。在工作作风方面，存在下基层调研不够的问题，了解情况多靠电话。
        二、原因剖析
        一是理论武装不够自觉。
        三、整改措施
        一是每周安排一个晚上系统学习。
        """, path: "个人材料.txt")
        #expect(r.aspects.map(\.title) == ["在理论学习方面", "在担当作为方面", "在工作作风方面"])
        #expect(r.problems.map(\.headline) == ["学习深度不够，满足于读过看过；", "学用结合不紧，解决问题的办法不多。",
                                              "遇到难题有畏难情绪；", "创新办法不多。", "存在下基层调研不够的问题，了解情况多靠电话。"])
    }

    /// "5.教学常规检查存在" / "走过场，……": a headline broken across two lines is joined back, not cut at the break.
    @Test func aHeadlineBrokenAcrossLinesIsJoined() throws {
        let r = try ingest(ClerkWordingTests.report("""
        1.集中学习不够经常。支部学习有时被业务工作挤占。
        2.教学常规检查存在
        走过场，只看教案数量不看质量。
        """))
        #expect(r.problems.map(\.headline) == ["集中学习不够经常。", "教学常规检查存在走过场，只看教案数量不看质量。"])
    }

    /// A ledger pasted into the text whose measure column is headed 整改事项 is read as a ledger, not as problems.
    @Test func aPastedLedgerHeaded整改事项IsALedger() throws {
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        序号\t整改事项\t责任人\t完成时限
        1\t每月固定一天为支部学习日\t赵明\t长期坚持
        2\t建立谈心谈话台账\t钱红\t2026年3月31日
        """))
        #expect(r.problems.map(\.headline) == ["集中学习不够经常。"])
        #expect(r.measures.map(\.owner) == ["赵明", "钱红"])
    }

    /// "2023年内", "2026年一季度完成", "确保年内": deadlines that close themselves or name a quarter.
    @Test func yearsQuartersAndWithinTheYearAreDeadlines() {
        let words = Knowledge.shipped.reading
        #expect(ProseFacts.writtenDeadline("制定培养计划，2023年内确定2名入党积极分子。", words: words) == "2023年内")
        #expect(ProseFacts.writtenDeadline("开发党员微课堂，2026年一季度完成。", words: words) == "2026年一季度完成")
        #expect(ProseFacts.writtenDeadline("建立推进机制，确保年内全部开工。", words: words) == "年内")
        #expect(ProseFacts.writtenDeadline("力争一年内发展党员2名。", words: words) == nil)
        #expect(DeadlineParser.parse("2026年一季度完成", defaultYear: nil) == .deadline(.date(Day(year: 2026, month: 3, day: 31)!)))
        #expect(DeadlineParser.parse("年内", defaultYear: 2026) == .deadline(.date(Day(year: 2026, month: 12, day: 31)!)))
    }

    /// "关于2025年度组织生活会查摆问题的整改方案": it names the problems found, but it is a plan.
    @Test func aTitleEndingIn方案IsAPlan() {
        let d = DocumentKind.classify(title: "关于2025年度组织生活会查摆问题的整改方案", opening: ["为抓好问题整改，经支部委员会研究，制定本方案。"])
        #expect(d.kind == .plan)
        #expect(DocumentKind.classify(title: "2025年度组织生活会查摆问题清单", opening: ["支部共查摆问题5个。"]).kind == .report)
    }
}
