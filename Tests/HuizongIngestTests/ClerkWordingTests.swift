import Foundation
import HuizongKnowledge
import HuizongModel
import Testing
@testable import HuizongIngest

/// Wordings a clerk meets inside an ordinary, well-formed report, written in this project's own words: each
/// was found by trying variants of a sound report, not from a broken page.
@Suite struct ClerkWordingTests {
    func parse(_ text: String) -> BranchReport {
        accounted(NarrativeParser().parse(TextReader.paragraphs(text, file: "w.txt"), source: "w.txt"))
    }

    /// Read as a file in the folder is: tables pasted into the text are found there, not by the parser.
    func ingest(_ text: String) throws -> BranchReport {
        try #require(Ingest().read(data: Data(text.utf8), path: "第三支部.txt").first)
    }

    static func report(_ problems: String) -> String {
        """
        第三党支部2025年度组织生活会对照检查材料
        按照党委通知要求，支部委员会认真查摆问题，现将有关情况报告如下。
        一、存在的主要问题
        \(problems)
        二、问题产生的原因
        一是理论武装不够深入。二是宗旨意识有所淡化。
        三、整改措施
        1.丰富学习形式，每季度开展一次专题研讨。
        """
    }

    /// "（三）服务群众方面。为民服务意识不够强。": a short problem after its aspect's name is the aspect's problem,
    /// not text dropped with the heading.
    @Test func aShortProblemAfterItsAspectIsKept() {
        let r = parse(Self.report("""
        （一）理论学习方面。学习计划执行走样，年初定的专题有一半没有按时学完，学后交流也少。
        （二）服务群众方面。为民服务意识不够强，主动上门少。
        """))
        #expect(r.aspects.map(\.title) == ["理论学习方面", "服务群众方面"])
        #expect(r.aspects.map { $0.problems.map(\.headline) } == [["学习计划执行走样，年初定的专题有一半没有按时学完，学后交流也少。"],
                                                                  ["为民服务意识不够强，主动上门少。"]])
    }

    /// "（二）组织生活方面：主要表现在：" announces its items; it is a heading, not a problem.
    @Test func anAspectWhoseTextAnnouncesItsItemsIsAHeading() {
        let r = parse(Self.report("""
        （一）组织生活方面：主要表现在以下几点。
        1.主题党日内容不够丰富。
        2.党员参与热情不高。
        """))
        #expect(r.aspects.map(\.title) == ["组织生活方面"])
        #expect(r.problems.map(\.headline) == ["主题党日内容不够丰富。", "党员参与热情不高。"])
    }

    /// "支部能够……，但学习形式较为单一……": what the branch does well comes first and the shortcoming after 但; the
    /// shortcoming is the headline, and nothing of the sentence is lost.
    @Test func aShortcomingAfterPraiseIsTheHeadline() {
        let r = parse(Self.report("""
        （一）理论学习方面。支部能够按计划组织集中学习，但学习形式较为单一，研讨不够深入。会上发言多是念稿子。
        （二）组织生活方面。总体上能够落实“三会一课”制度，但也存在一些不足，主题党日内容不够丰富，党员参与热情不高。
        （三）服务群众方面。为民服务意识不够强，虽然能够按时走访，但解决实际困难少。
        """))
        #expect(r.problems.map(\.headline) == ["学习形式较为单一，研讨不够深入。", "主题党日内容不够丰富，党员参与热情不高。",
                                              "为民服务意识不够强，虽然能够按时走访，但解决实际困难少。"])
        #expect(r.problems[0].detail.contains("支部能够按计划组织集中学习"))
        #expect(r.problems[0].detail.contains("会上发言多是念稿子。"))
        #expect(r.problems[1].detail.contains("总体上能够落实“三会一课”制度"))
    }

    static let authorAbove = """
    中共城西街道机关第二党支部
    2024年度组织生活会支部班子对照检查材料
    根据街道党工委部署，支部班子围绕六个方面认真查摆，现报告如下。
    一、查摆出的问题
    1.在政治纪律方面存在的问题：
    （1）学习上级精神有时停在传达层面，结合实际研究少。
    2.在组织纪律方面存在的问题：
    （1）党费收缴有时不及时。
    二、原因分析
    （一）思想认识上有偏差。
    三、整改措施
    （一）加强理论武装。
    """

    /// The branch's name on a line of its own above the title ("中共……党支部" / "2024年度……对照检查材料"): the
    /// title's "组织生活会支部班子" names no branch.
    @Test func aBranchNamedOnTheLineAboveTheTitle() {
        #expect(parse(Self.authorAbove).branch == "城西街道机关第二党支部")
        #expect(ProseFacts.branchName(fromTitle: "2024年度组织生活会支部班子对照检查材料") == nil)
    }

    /// The aspect set of the year in the title applies though the first line is the branch's name, not the title.
    @Test func theAspectSetComesFromTheTitleBelowTheAuthorLine() throws {
        let r = try #require(Ingest().read(data: Data(Self.authorAbove.utf8), path: "第二支部.txt").first)
        #expect(r.aspects.compactMap(\.matched) == ["political", "organisational"])
    }

    /// "1.流动党员管理不到位。" and, as a paragraph of its own, what shows it: that paragraph is the item's detail.
    @Test func aParagraphUnderANumberedItemIsItsDetail() {
        let r = parse(Self.report("""
        （一）在组织纪律方面
        1.“三会一课”记录不规范。
        支委会记录中有三次没有写明议题，会后也未整理。
        2.流动党员管理不到位。
        有两名外出党员半年未参加组织生活。
        """))
        #expect(r.problems.map(\.headline) == ["“三会一课”记录不规范。", "流动党员管理不到位。"])
        #expect(r.problems.map(\.detail) == ["支委会记录中有三次没有写明议题，会后也未整理。", "有两名外出党员半年未参加组织生活。"])
    }

    /// "由支部书记负责，2025年3月底前完成": an owner and a deadline written into the measure's sentence, with no
    /// 责任人：/完成时限： label. "持续加强……" sets no deadline.
    @Test func anOwnerAndADeadlineWrittenInTheSentence() throws {
        let r = parse("""
        第三党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1.“三会一课”记录不规范。
        二、整改措施
        1.规范组织生活，由支部书记负责，2025年3月底前完成。
        2.每月开展一次集中学习，由宣传委员牵头。
        3.持续加强理论武装，做到学用结合。
        """)
        #expect(r.measures.map(\.owner) == ["支部书记", "宣传委员", nil])
        let end = try #require(Day(year: 2025, month: 3, day: 31))
        #expect(r.measures.map(\.deadline) == [.date(end), nil, nil])
        #expect(r.measures[0].deadlineText == "2025年3月底前")
    }

    static let sentUp = """
    关于第五党支部2024年度组织生活会情况的报告
    机关党委：
    按照通知要求，我支部于2025年1月15日召开组织生活会，现将有关情况报告如下。
    一、基本情况
    支部现有党员23名，应到会21人，实到会20人。
    二、查摆的主要问题
    （一）理论学习不够深入
    支部学习多以读原文为主，结合业务讨论少，部分党员学习笔记内容简单。
    （二）组织生活质量不高
    主题党日活动形式单一，有时与业务会议合并召开。
    三、原因剖析
    （一）思想上重视不够。
    四、整改措施
    （一）加强理论学习。
    """

    /// A branch's report sent up to its committee opens with the committee as addressee ("机关党委："): it is still the
    /// branch's own report, not a letter to someone else.
    @Test func aReportAddressedToItsCommitteeIsTheBranchsOwn() {
        let r = parse(Self.sentUp)
        #expect(r.kind == .report)
        #expect(r.branch == "第五党支部")
        #expect(DocumentKind.classify(title: "关于召开组织生活会的通知", opening: ["各党支部：", "经研究，……"]).kind == .notice)
        #expect(DocumentKind.classify(title: nil, opening: ["各党支部：", "经党委研究，现将有关事项通知如下。"]).kind == .committee)
    }

    /// "（一）理论学习不够深入" with a paragraph under it and no items: the heading is the problem and the paragraph
    /// its detail, not an aspect named after a shortcoming.
    @Test func aShortcomingHeadingWithItsParagraphIsAProblem() {
        let r = parse(Self.sentUp)
        #expect(r.problems.map(\.headline) == ["理论学习不够深入", "组织生活质量不高"])
        #expect(r.problems.first?.detail == "支部学习多以读原文为主，结合业务讨论少，部分党员学习笔记内容简单。")
        #expect(r.aspects.map(\.headed) == [false])
    }
}

extension ClerkWordingTests {
    /// "（一）理论武装不够深入。（二）宗旨意识有所淡化。" on one short line: each is a cause of its own.
    @Test func shortSubHeadingsRunTogetherAreSplit() {
        let r = parse("""
        第三党支部2025年度组织生活会对照检查材料
        一、存在的主要问题
        1.学习计划执行走样。
        二、原因剖析
        （一）理论武装不够深入。（二）宗旨意识有所淡化。（三）担当精神有所弱化。
        三、整改措施
        1.每月一次学习督促。
        """)
        #expect(r.causes.map(\.headline) == ["理论武装不够深入。", "宗旨意识有所淡化。", "担当精神有所弱化。"])
    }
}

extension ClerkWordingTests {
    /// Owners in brackets after the measure ("（组织委员李某负责）"), "长期坚持" as a clause of its own, a half-year
    /// ("2025年上半年完成"); a date already past ("已于2024年3月完成") is no deadline, and "持续加强" in the sentence
    /// sets none.
    @Test func moreOwnersAndDeadlinesInTheSentence() throws {
        let r = parse("""
        第三党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1.“三会一课”记录不规范。
        二、整改措施
        1.开展廉洁风险排查，签订承诺书，2025年2月底前完成。（纪检委员赵某负责）
        2.严格执行查对制度，每月通报一次（护理部主任、支部书记钱某负责，长期坚持）。
        3.每季度开展一次主题党日，长期坚持。
        4.参加业务培训，2025年上半年完成。
        5.补齐支委会记录，已于2024年3月完成。
        6.持续加强理论武装，做到学用结合。
        """)
        #expect(r.measures.map(\.owner) == ["纪检委员赵某", "护理部主任、支部书记钱某", nil, nil, nil, nil])
        let feb = try #require(Day(year: 2025, month: 2, day: 28))
        let june = try #require(Day(year: 2025, month: 6, day: 30))
        #expect(r.measures.map(\.deadline) == [.date(feb), .ongoing, .ongoing, .date(june), nil, nil])
    }

    /// "3.在廉洁纪律方面。一是……。" with a single run-in item: the aspect and that one problem, not a problem
    /// headed "在廉洁纪律方面。".
    @Test func aNumberedAspectWithOneRunInItem() {
        let r = parse(Self.report("""
        1.在政治纪律方面。一是学习走过场，研讨发言照本宣科；二是对网上错误言论辨别不清。
        2.在廉洁纪律方面。一是惠民资金公示不够细致，群众仍有疑问。
        """))
        #expect(r.aspects.map(\.title) == ["在政治纪律方面", "在廉洁纪律方面"])
        #expect(r.problems.map(\.headline) == ["学习走过场，研讨发言照本宣科；", "对网上错误言论辨别不清。", "惠民资金公示不够细致，群众仍有疑问。"])
    }
}

extension ClerkWordingTests {
    /// A Word table pasted into a .txt (cells separated by tabs, a header naming ledger columns) is the report's
    /// ledger: each row a measure with its owner and deadline; the narrative around it is read as before, and its
    /// lines keep their numbers.
    @Test func aTablePastedIntoTextIsALedger() throws {
        let text = """
        第三党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1.“三会一课”记录不规范。
        2.党费收缴不及时。
        二、整改清单
        序号\t存在问题\t整改措施\t责任人\t完成时限
        1\t记录不规范\t逐次补齐支委会记录\t王某\t2025年3月31日
        2\t党费收缴不及时\t每月5日前集中收缴\t李某\t长期坚持
        三、原因分析
        1.制度执行不严。
        """
        let r = try ingest(text)
        #expect(r.measures.map(\.headline) == ["逐次补齐支委会记录", "每月5日前集中收缴"])
        #expect(r.measures.map(\.owner) == ["王某", "李某"])
        #expect(r.measures.last?.deadline == .ongoing)
        #expect(r.causes.first?.location.description.hasSuffix(":10") == true)
        #expect(!r.diagnostics.contains { $0.id == .missingSection })
    }
}

extension ClerkWordingTests {
    /// "政治纪律方面：一是……；二是……" and "廉洁纪律方面：一是……" as unnumbered paragraphs: each an aspect with its
    /// run-in items, the single 一是 too (it was kept as context). "主要表现在以下方面：" is no aspect.
    @Test func unnumberedAspectsWithAColon() {
        let r = parse(Self.report("""
        政治纪律方面：一是学习与业务结合不紧；二是对青年党员思想动态掌握不及时。
        廉洁纪律方面：一是对节日期间的纪律提醒多、检查少。
        """))
        #expect(r.aspects.map(\.title) == ["政治纪律方面", "廉洁纪律方面"])
        #expect(r.problems.count == 3)
        #expect(!NarrativeParser.opensWithAspect("主要表现在以下方面：一是学习不深；二是作风不实。"))
    }
}

extension ClerkWordingTests {
    /// A table aligned with spaces, and "——责任人王某" after a measure with no colon.
    @Test func aSpaceAlignedTableAndADashedOwner() throws {
        let text = """
        第三党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1.“三会一课”记录不规范。
        二、整改措施
        序号  整改措施            责任人    完成时限
        1     逐次补齐支委会记录    王某      2025年3月31日
        2     每月集中收缴党费      李某      长期坚持
        三、下一步打算
        1.每季度开展一次专题学习——责任人赵某，2025年6月底前完成。
        """
        let r = try ingest(text)
        #expect(r.measures.map(\.owner) == ["赵某", "王某", "李某"])
    }
}

/// Signals of a document's kind that misled, each in this project's own words.
@Suite struct KindSignalTests {
    /// "在上级党委的正确领导下" names who leads the writer, not the writer: a branch's 述职 stays the branch's.
    @Test func theSuperiorCommitteeIsNotTheWriter() {
        let d = DocumentKind.classify(title: "党务工作述职报告", opening: [
            "一年来，在上级党委的正确领导下，机关第三党支部依靠全体党员，较好地完成了年初确定的各项任务。",
        ])
        #expect(d.kind == .report)
    }

    /// "党委下辖六个党支部": one mention is enough to make it a committee's document about its branches.
    @Test func aCommitteeThatNamesItsBranchesIsNoBranch() {
        let d = DocumentKind.classify(title: "2022年公司过硬党支部建设质效评估报告", opening: [
            "一、基本情况",
            "公司党委下辖六个党支部，其中评为过硬党支部的有两个。",
        ])
        #expect(d.kind == .committee)
    }

    /// "根据会议要求，现简要汇报如下：" is a branch answering a meeting, not a news item's "会议要求，各支部……".
    @Test func answeringAMeetingsRequestIsNoNews() {
        let d = DocumentKind.classify(title: "社区党总支在党建工作座谈会上的汇报", opening: [
            "根据会议要求，现将我社区党总支的情况简要汇报如下：",
            "一、当前工作中存在的突出问题",
        ], hasProblems: true)
        #expect(d.kind == .report)
        let news = DocumentKind.classify(title: "", opening: ["会议要求，各支部要认真抓好整改落实。"])
        #expect(news.kind == .other)
    }

    /// "其本人", "他本人": a third person's self, spoken of by the branch; only the writer's own 本人 makes a
    /// member's material.
    @Test func aThirdPersonsSelfIsNotTheWriter() {
        let d = DocumentKind.classify(title: nil, opening: [
            "评议阶段开始后，支部逐人谈话。有的党员的毛病大家都看得到，可其本人并不在意，于是支委上门细谈。",
            "一、谈心见真情。",
        ])
        #expect(d.kind == .report)
        #expect(DocumentKind.classify(title: nil, opening: ["本人自入党以来，对照党章查找差距。"]).kind == .individual)
    }

    /// An article on branches in general ("各个支部", "有的支部", "一些支部") is no branch's report;
    /// a secretary writing "作为“一把手”，" is one person.
    @Test func writingAboutBranchesInGeneralOrAsTheFirstHand() {
        let article = DocumentKind.classify(title: nil, opening: [
            "机关党支部人员集中、业务繁忙，各个支部的情况差别很大。",
            "一是有的支部书记由业务骨干兼任，精力不够。",
        ])
        #expect(article.kind == .committee)
        let research = DocumentKind.classify(title: nil, opening: [
            "我们走访了退休干部支部，一些支部的换届间隔偏短。",
            "有的支部两年换届一次，筹备工作年年不断。",
        ])
        #expect(research.kind == .committee)
        // "下基层调研时走马观花" is a problem of the branch's own, not research on branches.
        let own = DocumentKind.classify(title: nil, opening: [
            "今年以来，财务科党支部认真查摆问题。",
            "1.下基层调研时走马观花。",
            "2.调研时发现的问题跟踪不及时。",
        ], hasProblems: true)
        #expect(own.kind == .report)
        // "支部书记作为“一把手”，" speaks of the secretary in the branch's report.
        let branch = DocumentKind.classify(title: "2025年度组织生活会对照检查材料", opening: [
            "城南社区党支部按照要求召开组织生活会。",
            "1.支部书记作为“一把手”，抓党建精力投入不足。",
        ], hasProblems: true)
        #expect(branch.kind == .report)
        // 尤其 ends in 其: "尤其本人" is the writer.
        #expect(DocumentKind.classify(title: nil, opening: ["尤其本人在理论学习上用功不够，对照党章查找差距。"]).kind == .individual)
        let secretary = DocumentKind.classify(title: nil, opening: [
            "四是组织生活质量不高。特别是作为“一把手”，每年讲党课只有两次。",
        ], hasProblems: true)
        #expect(secretary.kind == .individual)
    }

    /// A committee's report on the meetings, sent up to the district ("区委组织部："), is the committee's; the
    /// addressee alone says nothing of who writes.
    @Test func aCommitteesReportSentUpIsTheCommittees() {
        let d = DocumentKind.classify(title: "关于2024年度基层党组织组织生活会召开情况的报告", opening: [
            "区委组织部：",
            "按照通知要求，街道党工委所属28个党支部于2025年1月至2月召开了组织生活会，现将有关情况报告如下。",
        ])
        #expect(d.kind == .committee)
        #expect(ProseFacts.branchName(title: nil, opening: ["街道党工委所属28个党支部于2025年1月召开了组织生活会"]) == nil)
        let toInspectors = DocumentKind.classify(title: nil, opening: ["市委第二巡察组：", "按照巡察要求，现将本社区党总支近年工作汇报如下。"])
        #expect(toInspectors.kind == .other)
        let toItsGroup = DocumentKind.classify(title: "第三党支部2024年度组织生活会对照检查材料", opening: ["局党组：", "现将我支部对照检查情况报告如下。"])
        #expect(toItsGroup.kind == .report)
    }

}

/// A review's attempts to break the rules above, each in this project's own words.
@Suite struct ClerkWordingReviewTests {
    func parse(_ text: String) -> BranchReport {
        accounted(NarrativeParser().parse(TextReader.paragraphs(text, file: "r.txt"), source: "r.txt"))
    }

    /// A shortcoming sub-heading after an aspect heading keeps both: the aspect's own paragraphs stay its problems.
    @Test func aShortcomingHeadingAfterAnAspectTakesNothingFromIt() {
        let r = parse(ClerkWordingTests.report("""
        （一）理论学习方面
        学习计划执行走样，年初定的专题有一半没有按时学完。
        部分党员满足于读原文、记笔记，学用结合不紧。
        （二）组织生活不够规范
        主题党日有两次与业务会议合并召开。
        """))
        #expect(r.problems.count == 3)
        #expect(r.problems.map(\.headline).contains("学习计划执行走样，年初定的专题有一半没有按时学完。"))
    }

    /// "（三）思想政治上的不足" names a kind of shortcoming: the paragraphs under it are its problems, each its own.
    @Test func aHeadingNamingShortcomingsIsAnAspect() {
        let r = parse(ClerkWordingTests.report("""
        （一）思想政治上的不足
        学习计划执行走样，专题有一半没有学完。
        对网上错误言论辨别不清，转发前不核实。
        """))
        #expect(r.problems.count == 2)
    }

    /// The praise rule leaves a clause that names who ("三名新党员存在问题") and does not read 不过问 or 但凡 as a contrast.
    @Test func thePraiseRuleKeepsWhatNamesWhoAndReadsWordsWhole() {
        let r = parse(ClerkWordingTests.report("""
        （一）组织生活方面。支部能够按期召开组织生活会，但三名新党员存在问题，开展批评时辣味不足。
        （二）谈心谈话方面。支部书记始终坚持抓大事，不过问党员具体思想困难，谈心谈话流于形式。
        （三）学习教育方面。学习计划大多难以坚持，但近期支部已调整了学习时间。
        """))
        #expect(r.problems.map(\.headline) == ["三名新党员存在问题，开展批评时辣味不足。",
                                              "支部书记始终坚持抓大事，不过问党员具体思想困难，谈心谈话流于形式。",
                                              "学习计划大多难以坚持，但近期支部已调整了学习时间。"])
    }

    /// "本方面暂未发现明显问题。" and "主要有两点不足。" after an aspect's name are no problems.
    @Test func noProblemAndAnnouncementsAfterAnAspectAreNoProblems() {
        let r = parse(ClerkWordingTests.report("""
        （一）理论学习方面。经认真查摆，本方面暂未发现明显问题。
        （二）组织生活方面。主要有两点不足。
        1.主题党日内容单一。
        2.党员参与热情不高。
        （三）服务群众方面：主要体现在三个方面。
        """))
        #expect(r.problems.map(\.headline) == ["主题党日内容单一。", "党员参与热情不高。"])
    }

    /// After numbered items, a paragraph that opens another aspect, sums the section up or is a date is not the
    /// last item's detail.
    @Test func closingParagraphsAreNotDetail() {
        let r = parse(ClerkWordingTests.report("""
        1.主题党日内容单一。
        2.党员参与热情不高。
        以上问题，支部将认真整改。
        """))
        #expect(r.problems.map(\.detail) == ["", ""])
    }

    /// 由于 and 由此 open no owner; 前往 and 前后 close no deadline; a yearly date recurs and is no deadline.
    @Test func falseOwnersAndDeadlines() {
        let r = parse("""
        第三党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1.“三会一课”记录不规范。
        二、整改措施
        1.由于支部书记负责的业务工作较多，推行支委分工。
        2.组织党员于6月前往红色教育基地参观。
        3.坚持每年12月底前召开专题组织生活会。
        4.力争在2025年3月前后完成。
        """)
        #expect(r.measures.map(\.owner) == [nil, nil, nil, nil])
        #expect(r.measures.map(\.deadline) == [nil, nil, nil, nil])
    }

    /// "组织委员负责督促": a short verb after the closer leaves who it names; "2026年1月起长期坚持" has no end.
    /// "支部书记负责的工作" describes work, and "负责人" is a post.
    @Test func aVerbAfterTheCloserAndAnOngoingStart() {
        let r = parse("""
        第三党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1.“三会一课”记录不规范。
        二、整改措施
        1.党员大会每季度召开一次，组织委员负责督促，长期坚持。
        2.建立周学习日，由支部书记负责，2026年1月起长期坚持。
        3.梳理支部书记负责的工作，明确分工。
        """)
        #expect(r.measures.map(\.owner) == ["组织委员", "支部书记", nil])
        #expect(r.measures.map(\.deadline) == [.ongoing, .ongoing, nil])
        // A verb before the post, or a noun after the closer, names no one.
        let other = parse("""
        第三党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1.“三会一课”记录不规范。
        二、整改措施
        1.严格落实支部书记负责制。
        2.督促支部委员牵头抓总，定期通报。
        3.认真落实书记负责督办机制。
        """)
        #expect(other.measures.map(\.owner) == [nil, nil, nil])
    }

    @Test func kindsTheReviewTried() {
        #expect(DocumentKind.classify(title: nil, opening: ["尊敬的各位领导：", "下面我就支部一年来的工作作简要汇报。"]).kind == .other)
        #expect(DocumentKind.classify(title: nil, opening: ["城西村党支部是镇党委下辖的农村党支部，现有党员31名。"]).kind == .report)
        #expect(DocumentKind.classify(title: "城西社区党支部关于近期工作情况的汇报", opening: ["根据镇党委会议要求，现将近期工作汇报如下。"]).kind == .report)
        #expect(DocumentKind.classify(title: "第三党支部2024年度组织生活会对照检查材料", opening: ["公司党建工作领导小组："]).kind == .report)
    }

    /// A breadcrumb above the title is no author line.
    @Test func aBreadcrumbAboveTheTitleNamesNoBranch() {
        let r = parse("""
        首页 党建动态 城西社区党支部
        2024年度组织生活会对照检查材料
        城东第一党支部按照通知要求认真查摆，现报告如下。
        一、存在的问题
        1.“三会一课”记录不规范。
        """)
        #expect(r.branch == "城东第一党支部")
    }

    /// Pathological input stays fast: thousands of 由 in one measure.
    @Test func manyOpenersInOneMeasure() {
        let text = String(repeating: "由", count: 20_000)
        #expect(ProseFacts.writtenOwner(text, words: Knowledge.shipped.reading) == nil)
    }
}

extension ClerkWordingTests {
    /// A branch's report with two problems and one cause, and `measures` under 三、整改措施.
    static func withMeasures(_ measures: String) -> String {
        "城西村党支部2025年度组织生活会对照检查材料\n一、存在的问题\n一是学习不深。\n二是服务不细。\n"
            + "二、产生问题的原因\n一是责任没压实。\n三、整改措施\n" + measures
    }

    /// Who and when as clerks write them after a measure: after a dash (with the deadline before it), a label
    /// and a dash, 责任分工 with who answers for it, a bracket with the label of who and a half-year, how often a
    /// check recurs, and 带头落实.
    @Test func ownersAndDeadlinesAfterDashesAndDivisionsOfWork() {
        let r = parse(Self.withMeasures("""
        （一）发展特色产业。对接供销社建立直供渠道。2026年12月底前——村党支部书记 赵永年
        （二）规范村务公开。项目资金按月公示。时限：每月，责任人——村务监督委员会主任 钱立新
        （三）巩固环境整治成果。每月组织一次卫生评比。长期坚持——赵永年、孙晓红
        （四）健全学习机制。每次学习后开展专题讨论。
        责任分工：支部书记负总责，宣传委员具体落实。完成时限：2026年4月底。
        （五）加强阵地管理。制定宣传阵地审核办法（责任人：周海燕，2026年上半年）。
        （六）完善培养管理。实行听课记录月查。
        责任分工：支部副书记 吴建国。完成时限：每季度检查一次。
        （七）推行走访日制度。每周三为走访日，由村党支部书记带头落实。
        """))
        #expect(r.measures.map(\.owner) == ["村党支部书记 赵永年", "村务监督委员会主任 钱立新", "赵永年、孙晓红", "支部书记", "周海燕",
                                            "支部副书记 吴建国", "村党支部书记"])
        let day = { (m: Int, d: Int) in Deadline.date(Day(year: 2026, month: m, day: d)!) }
        #expect(r.measures.map(\.deadline) == [day(12, 31), .ongoing, .ongoing, day(4, 30), day(6, 30), .ongoing, nil])
    }

    /// "整改措施1：" and "整改措施2：" under one problem are two measures, each with its owner and deadline lines.
    @Test func numberedMeasuresUnderOneProblem() {
        let r = parse("""
        运维党支部2024年度组织生活会对照检查材料
        一、查摆问题及整改措施
        问题一：安全培训走过场。班组安全日照本宣科。
        整改措施：改进安全日形式，推行案例讲评。
        责任人：支部书记 邹明
        完成时限：2025年4月30日
        问题二：党员责任区作用发挥不明显。责任区多数只挂牌子。
        整改措施1：重新划定党员责任区，明确设备清单。
        责任人：组织委员 梁晨
        完成时限：2025年3月31日
        整改措施2：把消缺率纳入党员积分考核。
        责任人：梁晨
        完成时限：每季度
        """)
        #expect(r.measures.count == 3, "\(r.measures.map(\.headline))")
        #expect(r.measures.map(\.owner) == ["支部书记 邹明", "组织委员 梁晨", "梁晨"])
        #expect(r.problems.count == 2)
    }

    /// What a review of the dash, division and closer rules broke: a clause before a dash that only counts or recurs
    /// is no deadline, bare names after a dash with no deadline are people to learn from, a dash after 时限 or 责任主体
    /// inside a sentence is no label, a closer is kept where dropping it leaves no one, a 责任分工 that names no one
    /// is no owner.
    @Test func whatTheDashAndDivisionRulesMustLeaveAlone() {
        let r = parse(Self.withMeasures("""
        1.规范党费收缴，每月5日前收缴党费——组织委员 钱刚。
        2.加强榜样教育，学习身边榜样——孙志明、高秀英。
        3.丰富活动形式，开展主题党日活动——常态化。
        4.优化办事流程，压缩办理时限——由5个工作日缩短至3个工作日。
        5.压实整改责任，明确责任主体——支部书记为第一责任人。
        6.抓好整改落实，逐项销号。责任人：支部书记总负责。
        7.完善工作机制，进一步明确责任分工：支部书记抓总、委员各负其责。
        8.加强思想交流，开展2次谈心谈话——支部书记 周立。
        """))
        #expect(r.measures.map(\.owner) == ["组织委员 钱刚", nil, nil, nil, nil, "支部书记总负责", nil, "支部书记 周立"])
        #expect(r.measures.map(\.deadline) == [nil, nil, nil, nil, nil, nil, nil, nil])
    }
}
