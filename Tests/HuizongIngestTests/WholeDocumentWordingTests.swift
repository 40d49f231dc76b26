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
        accounted(try #require(Ingest().read(data: Data(text.utf8), path: path).first))
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
        // A 年度 under last year's heading is last year's meeting, not the year of this report.
        let previous = try ingest(Self.campaignMeeting.replacingOccurrences(of: "于2019年11月", with: "近期")
            .replacingOccurrences(of: "一、对照党章党规", with: "一、上年度组织生活会问题整改情况\n2018年度组织生活会查摆的问题已整改。\n二、对照党章党规"))
        #expect(previous.year == nil)
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

    /// A web copy's publication line ("发布时间：2019-12-06") dates the page: it confirms the campaign's year as the
    /// opening would, though the line itself is clutter and is not read as content.
    @Test func aPagesPublicationLineConfirmsTheCampaignsYear() throws {
        let page = "发布时间：2019-12-06 10:20　来源：机关党委\n" + Self.campaignMeeting.replacingOccurrences(of: "于2019年11月", with: "近期")
        let r = try ingest(page)
        #expect(r.year == 2019)
        #expect(r.diagnostics.contains { $0.id == .yearFromCampaign })
        let other = try ingest(page.replacingOccurrences(of: "2019-12-06", with: "2023-12-06"))
        #expect(other.year == nil)
        // So does the date that closes the report.
        let signed = try ingest(Self.campaignMeeting.replacingOccurrences(of: "于2019年11月", with: "近期") + "\n城南社区第二党支部\n2019年12月10日")
        #expect(signed.year == 2019)
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

    /// "2.对青年教师的培养关心不" / "够，……": a headline broken across two lines is joined back, not cut at the break;
    /// "……仍然存在" with no full stop is a whole headline, its next line the detail.
    @Test func aHeadlineBrokenAcrossLinesIsJoined() throws {
        let r = try ingest(ClerkWordingTests.report("""
        1.集中学习不够经常。支部学习有时被业务工作挤占。
        2.对青年教师的培养关心不
        够，结对帮带多停在纸面上。
        3.形式主义问题仍然存在
        部分工作重留痕、轻实效。
        """))
        #expect(r.problems.map(\.headline) == ["集中学习不够经常。", "对青年教师的培养关心不够，结对帮带多停在纸面上。", "形式主义问题仍然存在"])
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

    /// Owners and deadlines as more clerks write them: 负责人 inside a closing bracket, 责任人为…, a post with the
    /// name in a bracket, 支委 before 牵头, after a dash, a closing sentence of who and when, who and when parted
    /// by a space, 共同负责, 责任主体 and 时间节点, （长期）, and a ledger typed with pipes.
    @Test func ownersInTheWaysMoreClerksWriteThem() throws {
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        1.更新宣传栏内容（负责人：纪检委员罗平，2026年年底前）
        2.完善党员档案，逐人核对。责任人为宣传委员石岚，持续推进。
        3.分批组织党员轮训。负责人：组织委员（常青）；完成时间：2026年3月
        4.支委谷雨牵头，2026年4月前完成联户走访。
        5.做好入党积极分子培养——组织委员白桦，2026年11月
        6.改造党员活动室。支部委员会，2026年第三季度。
        7.编制2026—2027年学习规划。组织委员白桦，2026年3月。
        """))
        #expect(r.measures.map(\.owner) == ["纪检委员罗平", "宣传委员石岚", "组织委员（常青）", "支委谷雨", "组织委员白桦", "支部委员会",
                                            "组织委员白桦"])
        let day = { (m: Int, d: Int) in Day(year: 2026, month: m, day: d).map(Deadline.date) }
        #expect(r.measures.map(\.deadline) == [day(12, 31), .ongoing, day(3, 31), day(4, 30), day(11, 30), day(9, 30), day(3, 31)])
        let piped = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        | 序号 | 存在问题 | 整改措施 | 责任人 | 完成时限 |
        |---|---|---|---|---|
        | 1 | 集中学习不够经常 | 每月固定一天为学习日 | 支部书记梁山 | 2026年6月底 |
        | 2 | 集中学习不够经常 | 学习情况每季度通报 | 组织委员夏荷 | 长期坚持 |
        """))
        let more = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        1.制定学期学习计划。（支部书记梁山 2026年6月底）
        2.建立联户制度，由梁山、夏荷共同负责，2026年9月底前完成。
        3.整理党员档案。责任主体：支部委员会；时间节点：2026年5月
        4.改进会风。（长期）
        5.更新学习台账。（组织委员夏荷 2026 年 8 月底）
        """))
        #expect(more.measures.map(\.owner) == ["支部书记梁山", "梁山、夏荷", "支部委员会", nil, "组织委员夏荷"])
        #expect(more.measures.map(\.deadline) == [day(6, 30), day(9, 30), day(5, 31), .ongoing, day(8, 31)])
        #expect(piped.measures.map(\.headline) == ["每月固定一天为学习日", "学习情况每季度通报"])
        #expect(piped.measures.map(\.owner) == ["支部书记梁山", "组织委员夏荷"])
    }

    /// "以上整改措施由支部书记梁山负总责。" after the measures: the owner of those that name none.
    @Test func aClosingSentenceGivesTheMeasuresWithoutAnOwnerTheirs() throws {
        func owners(_ closing: String) throws -> [String?] {
            try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
            1.每月固定一天为支部学习日。
            2.支委每季度与党员谈心一次。责任人：夏荷
            \(closing)
            """)).measures.map(\.owner)
        }
        #expect(try owners("以上整改措施由支部书记梁山负总责。") == ["支部书记梁山", "夏荷"])
        #expect(try owners("以上措施，支部将认真负责抓好落实。") == [nil, "夏荷"])
    }

    /// A ledger headed 整改事项 and 具体措施 with no problem column: the matter is the problem, the steps the measure.
    @Test func aMatterAndItsStepsAreAProblemAndAMeasure() throws {
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        序号\t整改事项\t具体措施\t责任人\t完成时限
        1\t学习不经常\t每月固定一天为支部学习日\t赵明\t长期坚持
        2\t谈心不够\t支委每季度与党员谈心一次\t钱红\t2026年3月31日
        """))
        #expect(r.measures.map(\.headline) == ["每月固定一天为支部学习日", "支委每季度与党员谈心一次"])
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

    /// No headings at all: an opening that ends "……主要存在以下几个方面的不足：", then a paragraph per shortcoming,
    /// then the causes as "第一，……第二，……" and a closing line.
    @Test func paragraphsAfterAnAnnouncementAreTheProblems() throws {
        let r = try ingest("""
        离退休干部党支部组织生活会对照检查材料
        （2022年度）
        城北区水务局离退休干部党支部现有党员 25 名。一年来支部坚持每月集中学习一次。对照检查，支部主要存在以下几个方面的不足：
        学习的形式比较单一。集中学习多是读文件，年纪大的同志听不清。
        对行动不便党员的关心还不够。平时上门看望少，多靠电话联系。
        党费收缴管理有疏漏。异地党员有时几个月才交一次。
        产生这些问题，原因主要有两点。第一，支部对老党员的教育抓得不实。第二，支委年龄偏大，办法不多。
        以上对照检查，请同志们批评指正。
        """, path: "离退休干部党支部.txt")
        #expect(r.problems.map(\.headline) == ["学习的形式比较单一。", "对行动不便党员的关心还不够。", "党费收缴管理有疏漏。"])
        #expect(r.causes.map(\.headline) == ["支部对老党员的教育抓得不实。", "支委年龄偏大，办法不多。"])
        #expect(r.year == 2022)
    }

    /// "究其原因，主要是：思想上……；工作上……；管理上……": three causes in one sentence, one per clause.
    @Test func causesAsClausesAfterAColonAreItems() throws {
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "一是理论武装不够深入。二是宗旨意识有所淡化。", with: """
        究其原因，主要是：思想上对党建工作重视不够，认为抓好业务就行；工作上融合的办法不多，党员作用缺少载体；管理上制度执行不严，考核不够具体。
        """))
        #expect(r.causes.count == 3)
        #expect(r.causes.first?.headline.hasPrefix("思想上对党建工作重视不够") == true)
    }

    /// A whole report copied from a page onto one line, its headings and items set off by single spaces.
    @Test func aReportOnOneLineIsCutAtItsNumbers() throws {
        let line = "石桥镇卫生院党支部组织生活会对照检查材料 支部现有党员 12 名。按照镇党委的安排，支部广泛征求意见，现将对照检查情况报告如下。"
            + " 一、存在的问题 （一）思想政治方面 1.理论学习不够经常。学习常被门诊任务挤占。 2.政策研究不深。医共体建设思路不清。"
            + " （二）工作作风方面 1.签约服务重签约轻履约。随访落实不到位。 二、原因剖析 1.理想信念有所弱化。 2.宗旨意识不够牢固。"
            + " 三、整改措施 1.建立学习制度。每月集中学习两次。（责任人：支部书记） 2.做实签约服务。重点人群每季度随访一次。（责任人：公卫科）"
        let r = try ingest(line, path: "卫生院.txt")
        #expect(r.problems.map(\.headline) == ["理论学习不够经常。", "政策研究不深。", "签约服务重签约轻履约。"])
        #expect(r.causes.count == 2)
        #expect(r.measures.map(\.owner) == ["支部书记", "公卫科"])
        // Paragraphs that opened without a number ("在政治纪律方面，一是……") were parted by a space after their
        // full stop, and a section heading by a space from its first paragraph.
        let unnumbered = "城东村党支部2024年度组织生活会对照检查材料 按照镇党委的通知，支部对照六项纪律查找问题，现将情况报告如下。"
            + " 一、存在的问题 在政治纪律方面，一是学习全会精神不够深入，多以读文件为主；二是对村民群里的不实信息纠正不及时。"
            + " 在组织纪律方面，一是民主集中制执行不到位，个别事项未经支委会讨论；二是会议记录有补记现象。"
            + " 二、问题产生的原因 一是理论学习不深入。二是纪律意识淡薄。 三、整改措施 1.加强理论武装，每月集中学习一次。 2.严格执行议事规则。"
        let u = try ingest(unnumbered, path: "城东村.txt")
        #expect(u.aspects.map(\.title) == ["在政治纪律方面", "在组织纪律方面"])
        #expect(u.problems.count == 4)
        #expect(u.measures.count == 2)
    }

    /// A branch's 情况报告: "（一）" to "（五）" are whole sentences under 查摆的主要问题, items not aspects; 整改落实安排
    /// holds the measures, one done by "上半年".
    @Test func sentencesNumberedLikeAspectsAreItems() throws {
        let r = try ingest("""
        关于城西派出所党支部召开2022年度组织生活会情况的报告
        县公安局党委：
        按照局党委通知要求，支部于2023年1月召开了组织生活会，现将有关情况报告如下。
        一、会议召开情况
        会议由支部书记主持，应到党员 15 名，实到 14 名。
        二、查摆的主要问题
        支委会共查摆问题 3 个：
        （一）理论学习抓得不够实，任务重时集中学习常被推迟。
        （二）执法规范化建设还有短板，记录仪使用不规范。
        （三）对辅警的日常管理偏松，考核不够严格。
        三、整改落实安排
        1.每月固定一天集中学习，由支部书记负责。
        2.修订辅警考核办法，上半年完成。
        """, path: "城西派出所党支部.txt")
        #expect(r.aspects.count == 1)
        #expect(r.problems.map(\.headline) == ["理论学习抓得不够实，任务重时集中学习常被推迟。", "执法规范化建设还有短板，记录仪使用不规范。",
                                              "对辅警的日常管理偏松，考核不够严格。"])
        #expect(r.measures.map(\.deadline) == [nil, .date(Day(year: 2023, month: 6, day: 30)!)])
    }

    /// Owners as real measures give them: after 牵头领导： (when 牵头 came earlier as a verb), a post and a name
    /// before 负责, and a deadline on its own line that reads like a date line.
    @Test func ownersAfterLaterLabelsAndPostsBeforeTheCloser() throws {
        let words = Knowledge.shipped.reading
        let labels = words.ownerLabels
        #expect(ProseFacts.labelled("每人牵头完成一项调研。（牵头领导：副局长 严明；时限：长期坚持）", labels: labels,
                                    stopAt: labels + words.deadlineLabels) == "副局长 严明")
        #expect(ProseFacts.writtenOwner("开展卷宗月度评查，每月通报一次，法制员韩蕾负责。", words: words) == "法制员韩蕾")
        #expect(ProseFacts.writtenOwner("支部书记刘芳牵头，每学期组织一次专题学习。", words: words) == "支部书记刘芳")
        #expect(ProseFacts.writtenOwner("把工作做细，做到认真负责。", words: words) == nil)
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        1.严肃组织生活纪律
        对请假党员实行一人一补。
        责任人：组织委员 林晓
        完成时限：2026年4月30日
        """))
        #expect(r.measures.map(\.deadline) == [.date(Day(year: 2026, month: 4, day: 30)!)])
    }

    /// "2023年度组织生活会对照检查材料" and "村党支部" in the opening say only what kind of branch wrote; the
    /// signature names it. A title that broke its author over two lines ("中共…局" / "机关支部委员会2024年度…")
    /// gives the whole name (without 中共, as names are given).
    @Test func aGenericNameGivesWayToTheSignatureAndABrokenAuthorJoins() throws {
        let sections = """
        一、存在的问题
        1.集中学习不够经常。
        二、原因分析
        一是重视不够。
        三、整改措施
        1.每月集中学习一次。
        """
        let generic = try ingest("""
        2024年度组织生活会对照检查材料
        按照镇党委统一安排，村党支部认真开展对照检查，现报告如下。
        \(sections)
        中共青山镇柳湾村支部委员会
        2025年1月20日
        """, path: "材料.txt")
        #expect(generic.branch == "青山镇柳湾村支部委员会")
        let split = try ingest("""
        中共平川县医疗保障局
        机关支部委员会2024年度组织生活会对照检查材料
        局机关党支部按照县直机关工委的通知要求，认真查摆问题。
        \(sections)
        """, path: "材料.txt")
        #expect(split.branch == "平川县医疗保障局机关支部委员会")
    }
    /// "（组织委员 谢云负责）": a post and a name parted by a space before 负责 is the owner, and the closer is not
    /// part of it when a deadline follows in the bracket.
    @Test func aPostAndANamePartedByASpaceBeforeTheCloser() throws {
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        1.开展岗位练兵。每学期评比一次。（组织委员 谢云负责）
        2.规范采购流程。采购结果全程公示。（纪检委员 邹平负责，秋季开学前）
        3.建立融合学习制度。每月交流一次。（支部书记 朱红负责，常态化开展）
        """))
        #expect(r.measures.map(\.owner) == ["组织委员 谢云", "纪检委员 邹平", "支部书记 朱红"])
        #expect(r.measures.map(\.deadline) == [nil, nil, .ongoing])
    }

    /// "（支部书记：傅青）": the post is the label of the name; "（支委会）" alone names who. A bracket holding a
    /// note ("（已完成）", "（长期）") names no one.
    @Test func aPostAsTheLabelOfANameInTheClosingBracket() throws {
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        1.制定学习计划，12月底前学完指定书目。（支部书记：傅青）
        2.建立关爱台账。（组织委员：尹芳；2026年3月底）
        3.精简学习留痕要求。（支委会）
        4.规范会议记录。（已完成）
        """))
        #expect(r.measures.map(\.owner) == ["支部书记 傅青", "组织委员 尹芳", "支委会", nil])
        #expect(r.measures[1].deadline == Day(year: 2026, month: 3, day: 31).map(Deadline.date))
    }

    /// "时限：每月" gives a frequency for the time limit: the measure recurs and has no end date. A frequency
    /// only in the measure's sentence is how the work is done, and leaves the deadline unwritten.
    @Test func aFrequencyAsTheTimeLimitIsOngoing() throws {
        let r = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        1.更新党务公开栏。责任人：组织委员韩松；时限：每月。
        2.开展班前微学习。责任人：宣传委员 段雷；时间节点：每季度
        3.每月召开一次支委会。
        """))
        #expect(r.measures.map(\.deadline) == [.ongoing, .ongoing, nil])
    }

    /// A rectification report names each problem in quotes: "对于“X”的问题。整改情况：……" has X for its headline; a
    /// quoted name that is not the shortcoming ("关于“三会一课”制度落实不到位") leaves the item as written.
    @Test func aQuotedProblemIsTheHeadline() throws {
        let r = try ingest("""
        城西村党支部巡察整改进展情况
        区委第三巡察组于2024年5月对城西村开展巡察。
        一、存在的问题及整改情况
        （一）关于党的建设方面
        1.对于“学习教育抓得不紧。集中学习经常缺课”的问题。整改情况：制定年度学习计划，缺课的补学。
        2.关于“三会一课”制度落实不到位的问题。整改情况：每月按时召开支委会。
        3.对于“议事决策不规范
        """)
        #expect(r.problems.map(\.headline) == ["学习教育抓得不紧。集中学习经常缺课", "关于“三会一课”制度落实不到位的问题。", "议事决策不规范"])
        #expect(r.problems.first?.detail == "整改情况：制定年度学习计划，缺课的补学。")
    }

    /// What a review of the rectification rules broke with fixtures of its own: a tally that opens run-in items or
    /// a sentence naming a lapse, a date beside a frequency, a deadline or a manner before 负责 read as who, a quoted
    /// slogan, a remedy phrase that was the only sign of a list of lapses, a contents entry wrapped or without a page.
    @Test func whatTheRectificationRulesMustLeaveAlone() throws {
        func report(problems: String = "1.集中学习不够经常。", measures: String = "1.丰富学习形式，每季度开展一次专题研讨。") -> String {
            ClerkWordingTests.report(problems).replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: measures)
        }
        let runIn = try ingest(report(problems: "经认真查摆，支部共梳理出问题3个，具体是：一是理论学习不够深入；二是组织生活不够规范；三是入户走访少。"))
        #expect(runIn.problems.count == 3)
        let counted = try ingest(report(problems: "对上年度巡察反馈的3个问题，整改不彻底，有的出现反弹。\n议事决策程序不够规范。"))
        #expect(counted.problems.count == 2)
        let detail = try ingest(report(problems: "1.流动党员管理不到位。\n全年排查出失联党员问题5个，仅联系上2名，其余3名至今未取得联系。\n2.议事决策程序不够规范。"))
        #expect(detail.problems.first?.detail.isEmpty == false)
        let dates = try ingest(report(measures: """
        1.修订学习制度。责任人：组织委员韩松；完成时限：2026年6月底前（此后每年修订一次）。
        2.开展民主评议。责任人：支部书记张红；完成时限：每年12月底前。
        3.讲好专题党课。（支部书记带头，每季度讲一次）
        4.建立学习台账。（2026年6月底前 组织委员负责）
        5.规范党费收缴。（长期坚持 组织委员负责）
        6.开展谈心谈话。（轮流负责，2026年3月底前）
        """))
        #expect(dates.measures.map(\.deadline) == [Day(year: 2026, month: 6, day: 30).map(Deadline.date), Day(year: 2026, month: 12, day: 31).map(Deadline.date),
                                                   nil, Day(year: 2026, month: 6, day: 30).map(Deadline.date), nil, Day(year: 2026, month: 3, day: 31).map(Deadline.date)])
        #expect(dates.measures.map(\.owner) == ["组织委员韩松", "支部书记张红", nil, nil, nil, nil])
        let slogan = try ingest(report(problems: "1.关于“没有调查就没有发言权”，班子成员深入网格调研不够。"))
        #expect(slogan.problems.map(\.headline) == ["关于“没有调查就没有发言权”，班子成员深入网格调研不够。"])
        let remedies = try ingest("""
        东湖社区党支部2024年度专题组织生活会对照检查材料
        支部委员会对照巡察反馈意见逐条查摆，现将有关情况报告如下。
        一、对照巡察反馈意见查摆
        （一）巡察反馈问题整改进度缓慢，部分事项仍停留在计划阶段。
        （二）查摆问题避重就轻，辣味淡。
        （三）问题台账大而化之，整改责任落不到人。
        """)
        #expect(remedies.problems.count == 3)
        for contents in ["（三）在密切联系服务群众方面存在的\n问题……………………3\n", "二、问题产生的原因\n"] {
            let r = try ingest("""
            目　　录
            一、存在的问题……………………1
            （一）政治建设方面…………………1
            （二）组织建设方面…………………2
            \(contents)三、整改措施…………………………5
            城西村党支部
            2024年度组织生活会对照检查材料
            按照镇党委通知要求，支部委员会认真查摆问题，现将有关情况报告如下。
            一、存在的问题
            （一）政治建设方面
            1.学习教育抓得不紧。
            （二）组织建设方面
            1.议事决策程序不够规范。
            """)
            #expect(r.aspects.map(\.title) == ["政治建设方面", "组织建设方面"])
            #expect(r.year == 2024)
            #expect(r.branch == "城西村党支部")
        }
    }

    /// "查摆问题及整改清单" in Markdown: the problems stand only in the table's problem column. They are the
    /// report's problems, each once, and the file is a report, not "no problems section found".
    @Test func aProblemListAsATableHasItsProblems() throws {
        let r = try ingest("""
        ## 城西村党支部2024年度组织生活会查摆问题及整改清单

        支部经支委会研究，梳理出问题3个，具体如下。

        | 序号 | 问题类别 | 存在问题 | 整改措施 | 责任人 | 完成时限 |
        |---|---|---|---|---|---|
        | 1 | 政治纪律 | 学习全会精神不够深入。多以读文件为主。 | 每月集中学习一次。 | 支部书记 陈岩 | 2025年6月底 |
        | 2 | 组织纪律 | 议事程序不够规范。个别事项先办后议。 | 修订议事规则。 | 组织委员 林芳 | 2025年3月底 |
        | 3 | 组织纪律 | 议事程序不够规范。个别事项先办后议。 | 会议记录当场签字。 | 组织委员 林芳 | 长期坚持 |
        """, path: "城西村.md")
        #expect(r.problems.map(\.headline) == ["学习全会精神不够深入。", "议事程序不够规范。"])
        #expect(r.measures.count == 3)
        #expect(!r.diagnostics.contains { $0.severity == .error })
    }

    /// A problem list written one card per problem ("问题一：", "所属方面：", "问题表现：", "整改措施：" and its
    /// measures): each card is a problem with its lines as detail, and its measures stay measures.
    @Test func aListOfProblemCards() throws {
        let r = try ingest("""
        城西中学党支部2024年度组织生活会查摆问题清单
        本清单根据会前征求意见和谈心谈话梳理形成，共列问题2个。
        问题一：集中学习效果不好
        所属方面：政治纪律
        问题表现：读书班有人到心不到，研讨发言准备不足。
        整改措施：
        1.推行学习积分制度。
        2.每次研讨安排两名党员重点发言。
        责任人：支部书记　孟和
        问题二：联系家长不够深入
        所属方面：群众纪律
        问题表现：家访以电话代替上门。
        整改措施：
        3.开展党员教师家访活动。
        责任人：组织委员　谢斌
        """)
        #expect(r.problems.map(\.headline) == ["集中学习效果不好。", "联系家长不够深入。"])
        #expect(r.problems.first?.detail.includes("读书班") == true)
        #expect(r.measures.map(\.headline) == ["推行学习积分制度。", "每次研讨安排两名党员重点发言。", "开展党员教师家访活动。"])
        #expect(!r.diagnostics.contains { $0.severity == .error })
    }

    /// Cards whose measure is on the card's own labelled line ("整改措施：……" then "责任人：……　完成时限：……"): the
    /// measures are measures with their owners and deadlines, not the problems' detail.
    @Test func aCardsOwnMeasureLineIsAMeasure() throws {
        let r = try ingest("""
        河滨社区党总支委员会结合征求到的意见建议，逐条梳理问题和整改措施如下。
        问题一：志愿服务登记不够规范。部分党员参加服务后没有登记。
        整改措施：统一使用服务登记簿，每月底汇总一次。
        责任人：党总支组织委员　完成时限：2026年4月底
        问题二：楼栋党小组活动偏少。有的党小组一季度没有活动。
        整改措施：每个党小组每月至少开展一次活动。
        责任人：各党小组组长　完成时限：长期坚持
        """)
        #expect(r.problems.map(\.headline) == ["志愿服务登记不够规范。", "楼栋党小组活动偏少。"])
        #expect(r.problems.allSatisfy { !$0.detail.includes("整改措施") })
        #expect(r.measures.map(\.headline) == ["统一使用服务登记簿，每月底汇总一次。", "每个党小组每月至少开展一次活动。"])
        #expect(r.measures.map(\.owner) == ["党总支组织委员", "各党小组组长"])
        #expect(r.measures.map(\.deadline) == [Day(year: 2026, month: 4, day: 30).map(Deadline.date), .ongoing])
    }

    /// "具体表现在：" on a line of its own, then "（1）……（2）……": the points are the item's detail. Where the items are
    /// themselves numbered "（1）", the next "（2）" is the next item.
    @Test func pointsUnderAnEvidenceLineAreDetail() throws {
        let r = try ingest(ClerkWordingTests.report("""
        （一）组织纪律方面
        1.请示报告执行不够严格。
        具体表现在：
        （1）个别党员外出学习事后才报告；
        （2）重大事项向上报告偶有滞后。
        2.议事决策程序不够规范。
        """))
        #expect(r.problems.map(\.headline) == ["请示报告执行不够严格。", "议事决策程序不够规范。"])
        #expect(r.problems.first?.detail.includes("事后才报告") == true)
        let points = try ingest(ClerkWordingTests.report("""
        （一）组织纪律方面
        （1）请示报告执行不够严格。
        具体表现在：
        （2）议事决策程序不够规范。
        """))
        #expect(points.problems.count == 2)
    }

    /// "支部共查找问题6个，已整改4个。" above the aspects counts the problems; it is none of them, and no aspect is
    /// made of the section's title for it. Likewise an inspection's tally in a rectification report.
    @Test func aTallyOfTheProblemsIsNoProblem() throws {
        let report = try ingest("""
        城西村党支部2024年度组织生活会对照检查材料
        一、存在的问题
        经认真查摆，支部共查找问题6个，已整改4个。
        （一）政治建设方面
        1.学习习惯没有养成，集中学习缺课多。
        2.议事决策程序不够规范。
        """)
        #expect(report.problems.map(\.headline) == ["学习习惯没有养成，集中学习缺课多。", "议事决策程序不够规范。"])
        #expect(report.aspects.map(\.title) == ["政治建设方面"])
        let progress = try ingest("""
        城西村党支部巡察整改进展情况
        区委第三巡察组于2024年5月对城西村开展巡察。
        一、整改进展情况
        巡察组反馈问题9个，目前已完成整改7个、基本完成2个。整改期间新建制度5项，不存在清退资金、挽回经济损失等情况。
        （一）关于党的建设方面
        1.学习习惯没有养成，集中学习缺课多。
        2.议事决策程序不够规范。
        """)
        #expect(progress.problems.count == 2)
        // However long the paragraph the tally opens.
        #expect(NarrativeParser().isLeadIn("区委第三巡察组反馈问题9个，目前已完成整改7个、基本完成整改2个。整改期间，新建和完善制度5项，不存在清退违规资金、挽回其他经济损失等情况。"))
        // A count inside a problem's own sentence leaves it a problem.
        let counted = try ingest("""
        城西村党支部2024年度组织生活会对照检查材料
        一、存在的问题
        （一）政治建设方面
        1.上年度查摆的问题有2个至今未整改到位。
        2.议事决策程序不够规范。
        """)
        #expect(counted.problems.count == 2)
        let unnumbered = try ingest("""
        城西村党支部2024年度组织生活会对照检查材料
        一、存在的问题
        上年度查摆的问题有2个至今未整改到位。
        议事决策程序不够规范。
        """)
        #expect(unnumbered.problems.count == 2)
    }

    /// With no problems heading, numbered steps of a rectification ("研究反馈问题整改", "制定问题整改方案") name 问题
    /// only as what they put right: they are not a list of shortcomings, and no problem is read from them.
    @Test func stepsOfARectificationAreNoShortcomings() throws {
        let steps = try ingest("""
        东湖社区党总支巡察集中整改进展情况
        区委第二巡察组于2024年5月对东湖社区开展巡察，6月反馈了意见，现将整改进展公布如下。
        一、加强组织领导，压实整改责任
        （一）召开班子会议研究反馈问题整改。巡察反馈后，党总支及时召开会议部署整改。
        （二）制定问题整改方案。逐条梳理反馈意见，列出清单。
        （三）成立巡察问题整改工作领导小组。由党总支书记任组长。
        """)
        #expect(steps.problems.isEmpty)
        #expect(!steps.diagnostics.contains { $0.id == .problemsWithoutHeading })
        // The same wording with a lapse left in it is still a shortcoming.
        let lapses = try ingest("""
        东湖社区党总支对照检查材料
        我们对照要求逐项查摆，现将情况报告如下。
        一、组织建设
        （一）问题整改不彻底，个别问题反复出现。
        （二）查摆问题不深入，避重就轻。
        """)
        #expect(lapses.problems.map(\.headline) == ["问题整改不彻底，个别问题反复出现。", "查摆问题不深入，避重就轻。"])
    }


    /// What a review of these rules broke, each kept as it was read before them.
    @Test func whatTheRulesMustLeaveAlone() throws {
        let words = Knowledge.shipped.reading
        // Numbers after a space are not numbering; an item's own (1)(2) points do not make a one-line document.
        let long = "1.集体经济发展办法不多。全年村集体经营性收入只有 8.5 万元，比全镇平均水平低 3.2 万元，仅为先进村的 1.5 倍左右，"
            + "支部书记多次召集支委研究，但始终没有拿出切实可行的增收项目，村民代表会议上群众意见较大，认为支部抓经济不如抓稳定用心，"
            + "还有 2.6 公顷耕地撂荒，投入 12.5 万元建设的冷库利用率不高，群众对此有意见，支部研究对策不够，办法不多，"
            + "具体来看： （1）产业规划滞后。 （2）项目管理粗放。 （3）经营人才缺乏。 （4）收益分配不透明。"
        let items = try ingest(ClerkWordingTests.report(long))
        #expect(items.problems.map(\.headline) == ["集体经济发展办法不多。"])
        #expect(items.problems.first?.detail.contains("8.5 万元") == true)
        // A report that also carries its plan is the report.
        #expect(DocumentKind.classify(title: "东岭村党支部2025年度组织生活会对照检查材料及整改方案", opening: ["支部对照检查如下。"]).kind == .report)
        // Manners are not owners; a label's value keeps 牵头领导 inside it; 半年内 is a span.
        for text in ["各党小组分别负责。", "推行支委分工负责。", "党员干部认真负责。", "推进试点。（试点先行，6月底前）",
                     "每月召开一次。全员参与，年底前。", "逐项对账——分类推进，年底前"] {
            #expect(ProseFacts.writtenOwner(text, words: words) == nil && ProseFacts.bracketedOwnerAndDeadline(text)?.owner == nil, "\(text)")
        }
        #expect(ProseFacts.labelled("责任人：牵头领导王强；完成时限：6月底", labels: words.ownerLabels,
                                    stopAt: words.ownerLabels + words.deadlineLabels) == "牵头领导王强")
        #expect(ProseFacts.writtenDeadline("力争半年内培养入党积极分子2名。", words: words) == nil)
        #expect(ProseFacts.labelled("坚持以书记牵头为主。", labels: words.ownerLabels, stopAt: words.ownerLabels) == nil)
        #expect(TextTables.split("首页 | 新闻 | 通知公告\n| 序号 | 内容 | 备注 |").tables.isEmpty)
        // 为 after a label is a value only when it is an owner or a date; closing forms must name someone.
        let closing = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        1.由支部书记牵头为居民办好三件实事。
        2.明确各党小组负责人为本组整改的直接责任人，宣传委员牵头。
        3.以时间节点为抓手倒排工期，2026年6月底前完成。
        4.梳理学习台账。其中，2026年6月底前完成上半年部分。
        5.整理会议记录（预计 2026年5月底）
        6.开展主题党日——书记讲党课，2026年7月1日
        7.对个别党员（长期）未按时交纳党费的情况逐一谈话。
        """))
        #expect(closing.measures.map(\.owner) == ["支部书记", "宣传委员", nil, nil, nil, nil, nil])
        #expect(closing.measures[2].deadline == Day(year: 2026, month: 6, day: 30).map(Deadline.date))
        #expect(closing.measures[6].deadline == nil)
        // A column that only contains 措施 is not a second measure column; a signature under a typed table is no row.
        let ledger = LedgerReader.read(rows: [["序号", "整改措施", "责任人", "完成时限", "措施落实情况"], ["1", "每月集中学习", "赵明", "2026年3月底", "已完成"]],
                                       source: "台账.csv", titleHint: nil, defaultYear: 2025,
                                       locate: { _, _ in SourceLocation(file: "台账.csv", .line(1)) })
        #expect(ledger.first?.measures.map(\.headline) == ["每月集中学习"])
        #expect(TextTables.split("| 序号 | 整改措施 | 责任人 |\n| 1 | 每月学习 | 赵明 |\n支部书记：梁山    组织委员：夏荷    宣传委员：石岚").tables.first?.rows.count == 2)
        // A cause with its clauses is one cause; aspect names under the measures stay measures.
        let cause = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "一是理论武装不够深入。二是宗旨意识有所淡化。",
            with: "理想信念有所弱化：认为学习是软任务；觉得工作忙可以少学；满足于读过看过。"))
        #expect(cause.causes.count == 1)
        let measures = try ingest(ClerkWordingTests.report("1.集中学习不够经常。").replacingOccurrences(of: "1.丰富学习形式，每季度开展一次专题研讨。", with: """
        一、政治纪律
        加强网络言行教育，每季度提醒一次。
        二、组织纪律
        严格执行请销假制度。
        """))
        #expect(measures.problems.map(\.headline) == ["集中学习不够经常。"])
    }
}
