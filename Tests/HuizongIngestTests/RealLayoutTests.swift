import Foundation
import HuizongKnowledge
import HuizongModel
import HuizongValidate
import Testing
@testable import HuizongIngest

/// The ways real reports are written and laid out (shared/notes/domain.md §9), each in this project's own
/// words: heading wordings, sub-headings inside a section, contents lists, web clutter, hard line breaks,
/// run-together paragraphs, run-in items, colon leads, document kinds, names and years.
/// Every paragraph read is placed or noted (a build refuses a report whose counts do not reconcile), in every
/// fixture of these suites.
func accounted(_ r: BranchReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> BranchReport {
    let failed = r.diagnostics.contains { $0.severity == .error }
    #expect(failed || r.paragraphsRead == r.paragraphsPlaced + r.paragraphsNoted,
            "\(r.paragraphsRead) read ≠ \(r.paragraphsPlaced) placed + \(r.paragraphsNoted) noted", sourceLocation: sourceLocation)
    return r
}

@Suite struct RealLayoutTests {
    func parse(_ text: String, file: String = "r.txt") -> BranchReport {
        accounted(NarrativeParser().parse(TextReader.paragraphs(text, file: file), source: file))
    }
    func headlines(_ r: BranchReport) -> [String] { r.problems.map(\.headline) }
    func codes(_ r: BranchReport) -> [String] { r.diagnostics.map(\.code) }

    @Test(arguments: ["存在的主要问题", "对照检查出的主要问题", "存在的突出问题", "主要问题及具体表现", "问题和不足", "查摆出的问题",
                      "存在的差距", "存在的短板弱项", "检视剖析的问题", "存在的问题及整改措施"])
    func problemsHeadingWordings(_ heading: String) {
        let r = parse("""
        农机站党支部2025年度组织生活会对照检查材料
        一、\(heading)
        1.学习计划执行走样。年初定的学习计划有一半没有按时完成。
        2.支委会议题准备仓促。会前材料常常当天才发。
        二、产生问题的原因
        1.抓学习的责任没有压实。
        三、下一步打算
        1.每月一次学习督促。
        """)
        #expect(headlines(r) == ["学习计划执行走样。", "支委会议题准备仓促。"])
        #expect(r.causes.count == 1)
        #expect(r.measures.count == 1)
        #expect(!codes(r).contains("not-a-report"))
    }

    @Test(arguments: ["问题根源", "成因分析", "原因剖析"])
    func causesHeadingWordings(_ heading: String) {
        #expect(NarrativeParser.classify(heading) == .causes)
    }

    @Test(arguments: ["整改要求", "今后努力方向", "改进措施", "下一步工作打算"])
    func measuresHeadingWordings(_ heading: String) {
        #expect(NarrativeParser.classify(heading) == .measures)
    }

    @Test func aHeadingNamingProblemsAndCausesOpensTheProblems() {
        #expect(NarrativeParser.classify("存在的主要问题和原因剖析") == .problems)
        #expect(NarrativeParser.classify("问题及成因剖析") == .problems)
        #expect(NarrativeParser.classify("问题产生的原因") == .causes)
    }

    @Test func subHeadingsInsideASectionAreNotAspects() {
        let r = parse("""
        水厂党支部关于整顿工作的报告
        一、存在突出问题
        （一）存在主要问题
        一是支部书记外出多，支部工作时常停摆。
        二是活动阵地挪作仓库，党员无处开会。
        （二）问题产生的原因
        一是选人时只看业务能力。
        二是阵地经费多年没有落实。
        """)
        #expect(headlines(r) == ["支部书记外出多，支部工作时常停摆。", "活动阵地挪作仓库，党员无处开会。"])
        #expect(r.aspects.map(\.title) == ["存在突出问题"])
        #expect(r.causes.map(\.headline) == ["选人时只看业务能力。", "阵地经费多年没有落实。"])
    }

    @Test func aSectionHeadingAndAnAspectOnOneLine() {
        let r = parse("""
        档案馆党支部对照检查材料
        一、存在的问题（一）学习教育方面
        一是读原文少。二是研讨浮于表面。
        """)
        #expect(r.aspects.map(\.title) == ["学习教育方面"])
        #expect(headlines(r) == ["读原文少。", "研讨浮于表面。"])
    }

    @Test func aContentsListBeforeTheTitleIsSkipped() {
        let r = parse("""
        一、存在的问题
        （一）在政治忠诚方面
        （二）在担当作为方面
        二、原因分析
        三、整改措施
        县供销社党支部2025年度对照检查材料
        按照要求，支部班子认真查摆，现报告如下。
        一、存在的问题
        （一）在政治忠诚方面
        一是对上级文件只传达不研究。
        """)
        #expect(r.aspects.map(\.title) == ["在政治忠诚方面"])
        #expect(headlines(r) == ["对上级文件只传达不研究。"])
        #expect(r.measures.isEmpty)
        #expect(r.branch == "县供销社党支部")
        #expect(codes(r).contains("contents-skipped"))
    }

    /// A contents list as Word prints it: "目　　录" over it, dotted leaders and page numbers, and the branch's name
    /// on its own line above the title. Its headings are not the document's, and the year of the title is read.
    @Test func aWordContentsListWithLeadersIsSkipped() {
        let r = parse("""
        目　　录
        一、查摆出的问题……………………………………1
        　（一）政治纪律方面…………………………………1
        　（二）组织纪律方面…………………………………2
        二、原因剖析……………………………………………3
        三、整改措施……………………………………………4
        县供销社党支部
        2024 年度组织生活会对照检查材料
        按照要求，支部班子认真查摆，现报告如下。
        一、查摆出的问题
        （一）政治纪律方面
        1.对上级文件只传达不研究。
        （二）组织纪律方面
        1.请假手续不全。
        """)
        #expect(r.aspects.map(\.title) == ["政治纪律方面", "组织纪律方面"])
        #expect(headlines(r) == ["对上级文件只传达不研究。", "请假手续不全。"])
        #expect(r.year == 2024)
        #expect(r.branch == "县供销社党支部")
        #expect(codes(r).contains("contents-skipped"))
    }

    @Test func webClutterAndPageNumbersAreNotContent() {
        let r = parse("""
        某某文库，欢迎您！
        林场党支部2024年度组织生活会对照检查材料
        浏览量：88
        发布时间：2025-01-12
        一、存在的问题
        1.护林巡查记录不全。
        — 2 —
        2.党员联系林农不经常。
        仅展示500字，全文共3000字
        """)
        #expect(headlines(r) == ["护林巡查记录不全。", "党员联系林农不经常。"])
        #expect(r.branch == "林场党支部")
        #expect(r.year == 2024)
        #expect(codes(r).contains("web-clutter"))
    }

    /// Text copied out of a PDF: a hard break every ~26 characters, sentences cut across lines.
    @Test func hardWrappedTextIsReflowed() {
        let r = parse("""
        水务局机关党支部 2025 年度组织生活会对照检查材料
        根据局党委统一安排，支部会前组织了集中学习，
        征求意见建议 20 条，开展谈心谈话 30 余人次，在此
        基础上形成本材料。
        一、存在的主要问题
        （一）政治建设方面
        一是学习研讨停留在读文件层面，联系本职工作
        谈体会的少，研讨发言的质量不高，有的同志发言
        照着材料念。
        二是对上级部署的落实跟进不够及时，个别任务
        拖到期限前才开始推动，影响了整体工作进度和效
        果。
        """)
        #expect(headlines(r) == ["学习研讨停留在读文件层面，联系本职工作谈体会的少，研讨发言的质量不高，有的同志发言照着材料念。",
                                 "对上级部署的落实跟进不够及时，个别任务拖到期限前才开始推动，影响了整体工作进度和效果。"])
        #expect(r.year == 2025)
        #expect(codes(r).contains("reflowed"))
        #expect(r.stats.map(\.name).contains("谈心谈话"))
    }

    @Test func chaptersRunTogetherOnOneLineAreSplit() {
        let r = parse("""
        社区第三网格党支部标准化建设自查报告
        第一章自查概况1.1基本情况社区第三网格党支部现有党员31名，覆盖两个小区。第二章发现的问题及成因2.1组织建设类问题1：党小组设置与楼栋不对应，三个楼栋没有党小组。成因：小区入住后没有及时调整。问题2：支委分工长期未调整，宣传委员岗位空缺。成因：换届后补选拖延。
        """)
        #expect(headlines(r) == ["党小组设置与楼栋不对应，三个楼栋没有党小组。", "支委分工长期未调整，宣传委员岗位空缺。"])
        #expect(r.causes.count == 2)
        #expect(r.branch == "社区第三网格党支部")
    }

    @Test func problemsWithoutAHeadingAfterALeadInSentence() {
        let r = parse("""
        园林所党支部自查材料
        今年以来支部各项工作有序推进。对照要求，支部仍存在一些不足，剖析如下：一是学习教育抓得不紧，集中学习常被业务冲掉。二是党员管理偏松，请假制度执行不严。三是阵地建设滞后，活动室长期闲置。
        """)
        #expect(headlines(r) == ["学习教育抓得不紧，集中学习常被业务冲掉。", "党员管理偏松，请假制度执行不严。", "阵地建设滞后，活动室长期闲置。"])
        #expect(codes(r).contains("problems-without-heading"))
    }

    @Test func aLeadInSentenceIsNotAProblem() {
        let r = parse("""
        气象站党支部对照检查材料
        一、存在的问题
        经过认真查摆，发现支部仍存在一些不容忽视的问题。
        活动开展不经常，一季度只开了一次支委会。
        党员发挥作用不明显，急难任务靠少数人。
        """)
        #expect(headlines(r) == ["活动开展不经常，一季度只开了一次支委会。", "党员发挥作用不明显，急难任务靠少数人。"])
    }

    @Test func anAspectWithItsItemsRunIn() {
        let r = parse("""
        图书馆党支部对照检查材料
        一、存在的问题
        （一）组织生活方面。一是主题党日内容单一，多是集中读报。二是党小组会召开不规律。
        （二）服务读者方面。一是夜间开放时段缩短后未作说明。
        """)
        #expect(r.aspects.map(\.title) == ["组织生活方面", "服务读者方面"])
        #expect(headlines(r) == ["主题党日内容单一，多是集中读报。", "党小组会召开不规律。", "夜间开放时段缩短后未作说明。"])
    }

    @Test func aNumberedParagraphThatIsAWholeProblemIsAnItem() {
        let r = parse("""
        车队党支部对照检查材料
        一、存在的问题
        （一）安全教育抓得不实。驾驶员安全学习多以签字代替，培训记录与实际不符，个别新驾驶员未参加岗前教育就上路。
        （二）党员示范作用不强。在节假日加班任务面前，党员主动报名的人数与普通职工没有区别。
        """)
        #expect(headlines(r) == ["安全教育抓得不实。", "党员示范作用不强。"])
    }

    @Test func aColonLeadIsTheHeadline() {
        let r = parse("""
        实验室党支部对照检查材料
        一、存在问题
        1.活动创新不足：组织生活仍以集中读文件为主，形式单一。
        2.记录规范性需提升：会议记录缺少请假人员和讨论情况。
        """)
        #expect(headlines(r) == ["活动创新不足", "记录规范性需提升"])
        #expect(r.problems[0].detail.hasPrefix("组织生活仍以"))
    }

    @Test func fullWidthNumberingIsAMarker() {
        let r = parse("""
        税务所党支部对照检查材料
        一、存在的问题
        １．理论学习不系统。
        学习多是零敲碎打，缺少计划。
        ２．纳税服务有差距。
        窗口高峰期排队时间长。
        """)
        #expect(headlines(r) == ["理论学习不系统。", "纳税服务有差距。"])
    }

    // MARK: document kinds

    @Test(arguments: [
        ("党员个人2025年度组织生活会对照检查材料\n一、存在的问题\n一是学习不深。", BranchReport.Kind.individual),
        ("根据安排，我在会前认真学习了有关文件。现将个人对照检查情况报告如下。\n一、存在的问题\n一是学习不深。", .individual),
        ("区住建局领导班子2025年度民主生活会对照检查材料\n一、存在的问题\n一是调研不深。", .leadership),
        ("关于召开2024年度基层党组织组织生活会情况的报告\n局党委下设党支部12个，各党支部共查摆问题86条。", .committee),
        ("各党支部：\n根据工作安排，现将组织生活检查情况通报如下。\n一、存在问题\n1.个别支部记录不全。", .committee),
        ("关于召开2025年度组织生活会的通知\n各党支部：现就有关事项通知如下。", .notice),
        ("机关党支部2025年度组织生活会工作方案\n一、会议主题\n深入学习。", .plan),
        ("支部召开专题会议\n3月5日，支部召开会议。会议指出，要查找不足。一是学习不够。二是作风不实。", .other),
        ("农技站党支部2025年度组织生活会对照检查材料\n一、存在的问题\n一是学习不深。", .report),
        ("城建科党支部2025年度组织生活会召开情况报告\n一、存在的问题\n一是学习不深。", .report),
    ])
    func documentKinds(_ text: String, _ kind: BranchReport.Kind) {
        let r = parse(text)
        #expect(r.kind == kind)
        if kind != .report { #expect(codes(r).contains("not-branch-report")) }
    }

    /// What stands around a document tells its kind where its words alone do not: an article says 本文 or
    /// 笔者, a news item credits its writer (a person; a branch credited tells of its own meeting), a meeting's
    /// account names who gave the 个人 material, a site's menu is not the text, and a title may run into the first
    /// sentence.
    @Test(arguments: [
        ("当前，支部班子的对照检查正走向规范。本文结合若干单位的材料，梳理班子在四个方面的短板。\n一、理论学习的短板\n不少班子学习碎片化。",
         BranchReport.Kind.other),
        ("机关党建的几个薄弱环节\n机关党建是机关建设的重要保证。笔者根据本局党建现状，谈几点认识。\n一、存在的问题\n一是支部活动不经常。", .other),
        ("撰稿、摄影：李明\n为总结一年来的学习成果，农学院研究生党支部召开2025年度组织生活会。支部查摆了学习不深、联系不紧等问题。", .other),
        ("按照上级通知要求。经支委会研究，会前组织党员集中学习。第五党支部组织召开了2025年度组织生活会，会议由支部书记刘明同志主持。\n"
         + "刘明同志代表支部委员会报告工作并作个人对照检查发言，党员逐一开展批评和自我批评。", .other),
        ("加强支部组织生活的调研报告支部组织生活是党内生活的重要内容。今年春季走访了全局各支部，发现一些支部的组织生活会和民主生活会存在问题。"
         + "一是会前准备不足，议题临时确定。二是批评辣味不够，多讲优点。", .committee),
        ("第三党支部按照上级印发的文件要求，对照本文件所列内容查摆问题。\n一、存在的问题\n一是学习不深。", .report),
        ("一、履行抓党建第一责任人职责情况\n我始终把抓党建作为第一责任，每季度专题研究党建工作，带头落实责任制。\n"
         + "一是抓制度落实。年初与各党支部签订目标责任书，逐项细化任务。\n二、存在的主要问题\n一是经费保障不足，村级阵地维护困难。", .individual),
        ("一、基本情况\n我们支部现有党员23名，全年召开支委会12次。\n二、存在的问题\n一是学习不深。", .report),
        // A guide to writing the material, with an example list of problems.
        ("支部对照检查材料怎么写\n一、问题部分是核心\n例如可以这样写：\n1.理论学习不够深入。\n2.组织生活不够规范。", .other),
        // An application for an award lists what the branch did, not what it lacks.
        ("河湾社区党支部“五好”基层党组织申报材料\n河湾社区党支部现有党员三十八名。\n一、班子团结有力\n1.支委分工明确。", .other),
        // A committee's table of many branches' problems, and a branch's own table of its members' problems.
        ("青石街道党工委\n2025年度基层党组织组织生活会查摆问题汇总表\n现将各党组织查摆的问题列出。\n一、存在的问题\n1.台账不全。", .committee),
        ("青石社区党支部2025年度组织生活会查摆问题汇总表\n一、存在的问题\n1.台账不全。\n2.走访偏少。", .report),
        ("青石社区党总支2025年度组织生活会查摆问题汇总表\n现将各党支部查摆的问题汇总如下。\n一、存在的问题\n1.台账不全。", .report),
    ])
    func whatSurroundsADocumentTellsItsKind(_ text: String, _ kind: BranchReport.Kind) {
        let r = parse(text)
        #expect(r.kind == kind, "\(r.kind) \(r.diagnostics.map(\.en))")
    }

    /// A branch's text in which no problems, causes or measures are found (a work summary, a meeting record) is
    /// refused with `not-a-report`, and stays the branch's (kind `report`): the workbench lists it as the branch's
    /// file left out, which a correction can mend, not as another kind of document.
    @Test func aBranchTextWithNoProblemsIsRefusedAsTheBranchs() {
        let text = "城东社区党支部2024年上半年工作总结\n上半年，城东社区党支部组织党员开展志愿服务12次，走访困难群众30户。\n"
            + "下半年，支部将继续做好为民服务各项工作。"
        let r = Ingest().read(data: Data(text.utf8), path: "s.txt")
        #expect(r.map(\.kind) == [.report])
        #expect(r.first.map(codes)?.contains("not-a-report") == true)
    }

    /// What the rules for articles, news, menus, piece markers, glued titles, 2, and proposals must leave alone:
    /// each case a branch's or a member's own report that one of their first versions misread.
    @Test(arguments: [
        ("城关社区党总支2025年度组织生活会对照检查材料\n我总支现有党员45名，设3个党小组。\n一、存在的问题\n一是学习不深。", BranchReport.Kind.report),
        ("一、基本情况\n我公司第二党支部现有党员31名，设支委3名。\n二、存在的问题\n一是学习不深。", .report),
        ("一、基本情况\n我行党支部现有党员18名。\n二、存在的问题\n一是学习不深。", .report),
        ("我为群众办实事实践活动开展以来，东街村党总支走访群众120户。\n一、存在的问题\n一是服务不细。", .report),
        ("宣传科党支部2023年度组织生活会情况报告\n全年向单位网站供稿46篇，开展主题党日12次。\n一、存在的问题\n一是学习不深。", .report),
        ("宣传科党支部2023年度组织生活会情况报告\n一、存在的问题\n一是全年撰稿仅8篇，宣传声音弱。\n二是学习不深。", .report),
        ("在认真听取党小组和同志们意见的基础上，本人深入查摆了自身问题。\n一、存在的问题\n一是学习不深。", .individual),
        ("在支部书记王强同志的帮助下，我认真对照检查，现报告如下。\n一、存在的问题\n一是学习不深。", .individual),
        ("按照机关党委组织生活会实施方案要求，机关第三党支部认真开展对照检查，查摆出四个方面的问题，现报告如下。\n"
         + "一、存在的问题\n一是学习不深，集中学习次数不够。", .report),
        ("结合镇党委近期调研报告反馈的意见，城关村党支部对照检查，认真查摆了班子和党员在四个方面的问题，现报告如下。\n"
         + "一、存在的问题\n一是学习不深，集中学习次数不够。", .report),
    ])
    func whatTheKindRulesMustLeaveAlone(_ text: String, _ kind: BranchReport.Kind) {
        let r = parse(text)
        #expect(r.kind == kind, "\(r.kind) \(r.diagnostics.map(\.en))")
    }

    @Test func whatTheClutterAndMarkRulesMustLeaveAlone() {
        let words = Knowledge.shipped.reading
        #expect(!Reflow.isMenu("学习不够深入 理解不够透彻 运用不够充分 转化不够有力 效果不够明显 创新不够主动", words: words))
        #expect(!Reflow.isMenu("城关镇 东街社区 第一党支部 组织生活会 对照检查 材料", words: words))
        #expect(!Reflow.isPieceMarker("2.支委带头领学《著作选读》第二卷第十篇"))
        #expect(!Reflow.isPieceMarker("一是对第四卷只学了第一篇"))
        #expect(Marker.split("3，低于条例规定的次数") == nil)
        #expect(Marker.split("12,余名党员未按时参加学习") == nil)
        let r = parse("""
        农机站党支部2025年度组织生活会对照检查材料
        一、存在的问题
        一是活动缺乏人气：参加主题党日的党员不足半数。
        二是学习不深，集中学习次数不够。
        二、产生问题的原因
        一是责任没压实。
        三、整改措施
        1.每月开展一次主题党日。
        四、几点建议
        1、建议上级适当减少各类报表。
        """)
        #expect(headlines(r).count == 2 && headlines(r)[0].includes("人气"), "\(headlines(r))")
        #expect(r.measures.map(\.headline) == ["每月开展一次主题党日。"], "\(r.measures.map(\.headline))")
    }

    /// A compilation site's piece marker (`……【第一篇】`, `（篇一）`) is the page's, not a heading: the lead-in under it
    /// is no problem.
    @Test func aCompilationsPieceMarkerIsNotAHeading() {
        let r = parse("""
        作风方面存在的问题【汇集3篇】
        【写作参考】本站网友为您精选的文档资料，供您写作参考阅读之用，喜欢就复制下载吧！
        作风方面存在的问题【第一篇】
        回顾近年来的工作和生活表现，深感与党员标准还有差距，有必要认真查摆自身存在的问题和不足，剖析根源，明确整改方向。下面就自身存在的问题和产生的根源作一剖析。
        一、存在的问题
        1、服务意识不够强，接待群众有时不耐烦。
        2、工作标准不够高，满足于过得去。
        """)
        #expect(r.problems.count == 2, "\(headlines(r))")
        #expect(!headlines(r).contains { $0.includes("回顾") })
        #expect(!r.aspects.contains { $0.title.includes("篇") })
        #expect(Reflow.isPieceMarker("（篇二）") && Reflow.isPieceMarker("作风方面存在的问题【第一篇】"))
        #expect(!Reflow.isPieceMarker("一、存在的问题"))
    }

    /// "2,支委会……": an ASCII comma after an item's number, as typed in a hurry, is its mark; "3,4月份" is a date.
    @Test func aCommaAfterAnItemsNumberIsItsMark() {
        let r = parse("""
        农机站党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1、学习计划执行走样。年初的计划一半没完成。
        2,支委会议题准备仓促。会前材料常常当天才发。
        3、联系群众不够经常。走访次数少。
        """)
        #expect(headlines(r) == ["学习计划执行走样。", "支委会议题准备仓促。", "联系群众不够经常。"])
        #expect(Marker.split("3,4月份开展了主题党日") == nil)
    }

    /// "二、相关建议": a section of proposals after the problems holds the measures.
    @Test func aSectionOfProposalsHoldsTheMeasures() {
        let r = parse("""
        城南社区党总支党群工作汇报
        一、存在的突出问题
        1、流动党员管理有难点。外出党员联系不上。
        2、组织生活形式单一。多是读文件。
        二、相关建议
        1、加强党务干部培训，提高整体素质。
        """)
        #expect(r.measures.map(\.headline).contains { $0.includes("加强党务干部培训") }, "\(r.measures.map(\.headline))")
    }

    /// A site's menu above the title is clutter: its 个人文档 does not make the page a member's material.
    @Test func aSitesMenuIsNotTheText() {
        let r = parse("网站首页 个人文档 工作总结 述职报告 心得体会 演讲稿 讲话致辞 公文\n城东社区党支部2024年度组织生活会对照检查材料\n"
                      + "一、存在的问题\n一是学习不深，集中学习次数不够。")
        #expect(r.kind == .report)
        #expect(codes(r).contains("web-clutter"))
        #expect(r.branch == "城东社区党支部")
        let words = Knowledge.shipped.reading
        #expect(Reflow.isMenu("网站首页 个人文档 工作总结 述职报告 心得体会 演讲稿", words: words))
        #expect(!Reflow.isMenu("政治建设 思想建设 组织建设", words: words))
        #expect(!Reflow.isMenu("一是学习不深 二是作风不实 三是纪律松弛，四是 五是 六是", words: words))
    }

    /// A government page's field list ("• 发布机构：" over its value, the file name's value the title) and the title
    /// printed again as a bullet: neither is the text. Unheaded numbered problems under an aspect: the paragraphs
    /// before the first of them open the document, they are not problems.
    @Test func aPagesFieldListAndTheTitlesCopyAreNotTheText() {
        let r = parse("""
        • 索引号：
        000123/2024-001
        • 文件名称：
        中共某某县林业局党组关于巡察整改进展情况的通报
        • 发布机构：
        某某县林业局
        • 成文日期：
        2024-06-01
        • 中共某某县林业局党组关于巡察整改进展情况的通报
        朗读
        按照县委安排，县委第三巡察组去年秋天对局党组开展了巡察，现将整改进展通报如下。
        局党组把整改当作头等大事，逐条建立台账，明确到人。
        （一）在落实上级部署方面
        1.学习贯彻上级精神不够及时的问题。已建立学习清单，每月对账。
        2.调研林区基层不够深入的问题。班子成员分片包干，每季度下林区一次。
        """)
        #expect(headlines(r) == ["学习贯彻上级精神不够及时的问题。", "调研林区基层不够深入的问题。"])
        #expect(r.kind == .committee)
        let words = Knowledge.shipped.reading
        #expect(Reflow.clean(TextReader.paragraphs("• 索引号：\n0001\n• 发布机构：\n某局\n• 文件名称：\n某局关于整改情况的通报\n正文。",
                                                   file: "f.txt"), words: words).paragraphs.map(\.text)
                == ["某局关于整改情况的通报", "正文。"])
        // Below the first sentence, the line under a bullet ending in a colon is the text's.
        #expect(Reflow.fieldValues(TextReader.paragraphs("• 索引号：\n0001\n正文。\n• 问题：\n学习不深\n• 原因：\n重视不够", file: "f.txt"),
                                   words: words) == [1])
    }

    /// A file holding the report twice, the title again over a revised copy: the later copy is read, once, and
    /// the file says so; a title printed again with nothing after it is no second copy.
    @Test func aFileHoldingTwoCopiesReadsTheLater() {
        let r = parse("""
        苗圃党支部2025年度组织生活会对照检查材料
        一、存在的问题
        （一）学习走过场。笔记照抄。
        （二）苗木台账不清。
        苗圃党支部2025年度组织生活会对照检查材料（修改稿）
        一、存在的问题
        （一）学习走过场。笔记照抄，研讨不深。
        （二）苗木台账不清。出入库没有记录。
        （三）发展党员滞后。三年没有发展。
        """)
        #expect(headlines(r) == ["学习走过场。", "苗木台账不清。", "发展党员滞后。"])
        #expect(codes(r).contains("earlier-version"))
        let once = parse("苗圃党支部2025年度组织生活会对照检查材料\n一、存在的问题\n（一）学习走过场。\n（二）苗木台账不清。\n"
                         + "• 苗圃党支部2025年度组织生活会对照检查材料")
        #expect(headlines(once) == ["学习走过场。", "苗木台账不清。"])
        #expect(!codes(once).contains("earlier-version"))
    }

    /// What the field-list, title-copy and opening rules must leave alone: each a clerk's file that one of their
    /// first versions misread (a review with fixtures of its own found them).
    @Test func whatTheFieldAndOpeningRulesMustLeaveAlone() {
        // Bullets heading a problems list: the first line under each is a problem, not a page's field value.
        let list = parse("""
        农机中心党支部2025年度组织生活会问题清单
        • 学习教育方面：
        1.集中学习后研讨不够深入；
        2.学习笔记流于摘抄；
        • 服务群众方面：
        1.下村指导农机作业不够经常；
        2.农户报修回应不够及时；
        • 纪律作风方面：
        1.个别党员外出报备不及时；
        """)
        #expect(headlines(list).count == 5, "\(headlines(list))")
        // A form's fields name the branch and the title; only a page's own fields (发布机构 …) are clutter.
        let words = Knowledge.shipped.reading
        let form = TextReader.paragraphs("• 支部名称：\n城郊卫生院党支部\n• 标题：\n2025年度组织生活会剖析材料\n• 日期：\n2026年1月\n正文。",
                                         file: "f.txt")
        #expect(Reflow.fieldValues(form, words: words).isEmpty)
        // An unheaded aspect whose shortcoming is written as prose before the run-in aspects: a problem.
        let prose = parse("""
        文化站党支部2025年度组织生活会对照检查材料
        支部现有党员14名，年初召开组织生活会，征求意见9条。
        理论学习方面，支部学习不够系统，研讨停留在念文件上。
        组织建设方面，一是主题党日内容单调；二是发展党员进度偏慢。
        服务群众方面，一是下乡演出场次不多；二是群众点单回应不够及时。
        """)
        #expect(headlines(prose).first?.hasPrefix("理论学习方面") == true, "\(headlines(prose))")
        #expect(!headlines(prose).contains { $0.hasPrefix("支部现有党员") })
        // A branch's own account under 申报 or 汇报, and a name that starts with 村级 but is a name.
        #expect(parse("植保站党支部关于“星级支部”申报材料反馈问题的整改报告\n一、存在的问题\n一是台账更新不及时。").kind == .report)
        #expect(parse("关于果蔬站党支部2025年度组织生活会召开情况的汇报\n镇党委：\n一、存在的问题\n一是学习不深。").kind == .report)
        #expect(ProseFacts.branchName(title: "村级综合服务站党支部2025年度组织生活会对照检查材料", opening: []) == "村级综合服务站党支部")
        // "现将支部班子对照检查情况报告如下": a verb before 支部, no name.
        #expect(ProseFacts.branchName(title: nil, opening: ["会前征求意见10条。现将支部班子对照检查情况报告如下。"]) == nil)
    }

    /// A contents list without page numbers above a title that is a 汇报, and a committee writing of its villages'
    /// branches as 村级党组织 (a level, not a name).
    @Test func aCommitteesAccountOfItsVillagesBehindAContentsList() {
        let r = parse("""
        一、基本情况
        （一）主要做法
        （二）存在的不足
        二、下一步打算
        （一）工作计划
        某某镇关于村级党组织换届工作情况的汇报
        今年第三季度，我镇党委组织全镇各村完成了村级党组织换届。现将有关情况汇报如下：
        一、基本情况
        （一）主要做法
        一是提前谋划，逐村研判。
        二是严把人选关口，联审联查。
        """)
        #expect(codes(r).contains("contents-skipped"))
        #expect(r.branch == nil)
        #expect(r.kind == .committee, "\(r.kind) \(r.diagnostics.map(\.en))")
        #expect(ProseFacts.branchName(title: "关于村级党组织建设情况的汇报", opening: []) == nil)
    }

    // MARK: names, years, dates, counts

    @Test func branchNamesComeFromTheTitleOrOpeningOnly() {
        let r = parse("""
        关于整改工作进展的报告
        自城西社区党组织被列入整顿名单以来，支部逐项整改。
        一、存在的问题
        一是标准化支部建设滞后。
        二是下设党小组不健全。
        """)
        #expect(r.branch?.hasSuffix("城西社区党组织") == true)
        #expect(ProseFacts.branchName(title: "2021年社区党支部换届工作报告", opening: []) == "社区党支部")
        for bad in ["一是社区原没有支部", "社区原没有支部", "各党支部", "标准化支部", "下设党支部", "加强社区党支部建设调研",
                    // A site's blurb, a campaign's verb or label, several branches at once.
                    "文库网为大家整理了支部", "整顿后进村党组织", "小区各网格党支部", "过硬党支部", "五星党支部"] {
            #expect(ProseFacts.branchName(title: bad, opening: []) == nil, "\(bad)")
        }
        #expect(ProseFacts.branchName(title: nil, opening: ["根据上级通知，按照林业站党支部2023年度工作安排，开展查摆。"]) == "林业站党支部")
        // A clause before the name (为了, 发挥, 建议) or the writer's own "我支部" names no branch.
        #expect(ProseFacts.branchName(title: nil, opening: ["为了推进我支部工作，现将评议情况总结如下。"]) == nil)
        #expect(ProseFacts.branchName(title: nil, opening: ["本党支部根据学院安排开展工作。"]) == nil)
        #expect(ProseFacts.branchName(title: nil, opening: ["迎检期间，要发挥园艺系党支部的带头作用。"]) == "园艺系党支部")
    }

    @Test func theYearIsTheReportsOwn() {
        #expect(ProseFacts.reportYear(title: "镇农办党支部 2025 年度组织生活会对照检查材料", opening: []) == 2025)
        #expect(ProseFacts.reportYear(title: "社区党支部整顿情况报告", opening: ["2014年以来，社区先后换届两次，2021年完成新一届选举。"]) == nil)
        #expect(ProseFacts.reportYear(title: nil, opening: ["根据县委关于召开 2024 年度组织生活会的部署，对照 2023 年度查摆的问题……"]) == 2024)
        // A title that runs the year into the meeting's name, with no 年.
        #expect(ProseFacts.reportYear(title: "学习教育方面存在的问题2024班子组织生活会对照检查材料", opening: []) == 2024)
        #expect(ProseFacts.reportYear(title: "城关社区2025组织生活会发言提纲", opening: []) == 2025)
        #expect(ProseFacts.reportYear(title: "第2024号文件汇编", opening: []) == nil)
        // A title that opens with a bare year.
        #expect(ProseFacts.reportYear(title: "2019抓基层党建工作述职报告", opening: []) == 2019)
        #expect(ProseFacts.reportYear(title: "20190312会议纪要", opening: []) == nil)
    }

    @Test func onlyAnExplicitDateIsAMeetingDate() {
        #expect(ProseFacts.meetingDate("对照2024年度民主生活会查摆的4个问题，召开会议征求意见21条") == nil)
        #expect(ProseFacts.meetingDate("支部于2026年1月20日召开组织生活会") == Day(year: 2026, month: 1, day: 20))
        #expect(ProseFacts.meetingDate("支部于 2026 年 1 月 9 日召开组织生活会") == Day(year: 2026, month: 1, day: 9))
    }

    @Test func countsWithSpacesAndApproximations() {
        let stats = ProseFacts.activityCounts("全年召开支委会 10 次，开展谈心谈话 60余人次，征求意见建议 45 条，专题学习研讨4次。")
        let byName = Dictionary(stats.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["支委会"]?.count == 10)
        #expect(byName["谈心谈话"]?.count == 60)
        #expect(byName["谈心谈话"]?.approximate == true)
        #expect(byName["征求意见建议"]?.count == 45)
        #expect(byName["集中研讨"]?.count == 4)
    }
}

/// Layouts of excerpts and of documents that are not branch reports, in this project's own words.
@Suite struct ExcerptLayoutTests {
    func parse(_ text: String) -> BranchReport {
        accounted(NarrativeParser().parse(TextReader.paragraphs(text, file: "e.txt"), source: "e.txt"))
    }

    @Test func anExcerptWithoutHeadingsReadsItsShortcomingsAsProblems() {
        let r = parse("""
        一是台账管理不规范，三个站点的记录对不上。
        二是巡查频次不够，汛期也只每周去一次。
        三是值班制度执行打折扣。
        """)
        #expect(r.problems.map(\.headline) == ["台账管理不规范，三个站点的记录对不上。", "巡查频次不够，汛期也只每周去一次。", "值班制度执行打折扣。"])
        #expect(r.diagnostics.contains { $0.code == "problems-without-heading" })
    }

    @Test func aListOfAchievementsIsNotTakenForProblems() {
        let r = parse("""
        一是建成了三个党员活动室，全年开放两百余天。
        二是组织了十二次主题党日，参与党员四百人次。
        三是结对帮扶困难家庭二十户。
        """)
        #expect(r.problems.isEmpty)
    }

    @Test func aspectsNumberedLikeItemsWithTheirItems() {
        let r = parse("""
        1、学风方面：
        （1）读书不够系统。很少完整读原著。
        （2）研讨流于形式。研讨多是照稿念。
        2、会风方面：
        （1）会议偏多偏长。一周有四个半天在开会。
        """)
        #expect(r.aspects.map(\.title) == ["学风方面", "会风方面"])
        #expect(r.problems.map(\.headline) == ["读书不够系统。", "研讨流于形式。", "会议偏多偏长。"])
    }

    @Test func numberedAspectsThatNameTheirProblemsAndItemsCalledProblemOne() {
        let r = parse("""
        卫生院党支部对照检查材料
        一、存在的问题
        1.在政治建设方面存在的问题：
        问题一：学习贯彻上级精神不够及时。会议传达常常拖一周。
        问题二：政治敏锐性不强。
        2.在服务群众方面存在的问题：
        问题一：门诊排队时间长。
        """)
        #expect(r.aspects.map(\.title) == ["在政治建设方面", "在服务群众方面"])
        #expect(r.problems.map(\.headline) == ["学习贯彻上级精神不够及时。", "政治敏锐性不强。", "门诊排队时间长。"])
    }

    @Test func anAspectFollowedByItsOneProblemOnTheSameLine() {
        let r = parse("""
        水利站党支部对照检查材料
        一、存在的问题
        （一）担当作为方面。面对防汛任务，支部习惯等上级通知再行动，提前谋划少，遇到难题往往先向上交而不是自己想办法解决。
        """)
        #expect(r.aspects.map(\.title) == ["担当作为方面"])
        #expect(r.problems.map(\.headline) == ["面对防汛任务，支部习惯等上级通知再行动，提前谋划少，遇到难题往往先向上交而不是自己想办法解决。"])
    }

    @Test func aLeadInThatNamesCausesOpensTheCauses() {
        let r = parse("""
        四是值班表形同虚设，夜间常常无人在岗。
        五是物资台账多年未盘点，账实不符。
        分析起来，产生以上问题的原因主要有：一是对安全工作重视不够。二是制度执行失之于宽。
        """)
        #expect(r.problems.map(\.headline) == ["值班表形同虚设，夜间常常无人在岗。", "物资台账多年未盘点，账实不符。"])
        #expect(r.causes.map(\.headline) == ["对安全工作重视不够。", "制度执行失之于宽。"])
    }

    /// Items numbered with circled digits (①②③) under "（一）……方面。" headings, in an excerpt with no
    /// problems heading: the aspects and their items. An item cut after a character or two is no problem.
    @Test func circledDigitItemsUnderAspects() {
        let r = parse("""
        （一）值守纪律方面。
        ①交接班记录不够完整，出了事查不清；
        ②夜间巡查有时只走一半路线，应付了事；
        （二）服务窗口方面。
        ①办事指南多年未更新，群众跑冤枉路不少。
        ②因
        """)
        #expect(r.aspects.map(\.title) == ["值守纪律方面", "服务窗口方面"])
        #expect(r.problems.map(\.headline) == ["交接班记录不够完整，出了事查不清；", "夜间巡查有时只走一半路线，应付了事；",
                                               "办事指南多年未更新，群众跑冤枉路不少。"])
    }

    /// "存在问题的原因分析" names the causes of the problems: a conjunction between the two words is what
    /// makes a heading name both.
    @Test func theCausesOfTheProblemsAreCauses() {
        #expect(NarrativeParser.classify("领导班子和领导干部存在问题的原因分析") == .causes)
        #expect(NarrativeParser.classify("班子存在问题的根源剖析") == .causes)
        #expect(NarrativeParser.classify("存在的主要问题和原因剖析") == .problems)
        // Problems and their measures under one heading: the problems, with the measures after each.
        #expect(NarrativeParser.classify("存在的问题及整改措施") == .problems)
        #expect(NarrativeParser.classify("查摆的问题和整改情况") == .problems)
        #expect(NarrativeParser.classify("上年度存在问题及整改情况") == .previous)
        #expect(NarrativeParser.classify("问题整改落实情况") == .previous)
    }

    /// "1、X。一是A……二是B……": A and B are the points of item X, not items of their own.
    @Test func aNumberedItemWithItsOwnPointsIsOneItem() {
        let r = parse("""
        畜牧站党支部对照检查材料
        一、存在的问题
        1、服务养殖户不够主动。一是下村次数少。二是技术指导多在电话里。
        2、制度执行不严。一是考勤走过场。
        二、产生问题的原因
        1、宗旨意识有所淡化。一是把服务当成额外负担。二是满足于不出事。
        """)
        #expect(r.problems.map(\.headline) == ["服务养殖户不够主动。", "制度执行不严。"])
        #expect(r.causes.map(\.headline) == ["宗旨意识有所淡化。"])
    }

    /// "1、X。" then "具体表现为：一是A……二是B……" (and a "三是……" on a line of its own): the points show how X shows
    /// itself. They are X's detail, not items of their own.
    @Test func pointsAfterAnEvidenceLeadAreTheItemsDetail() throws {
        let r = parse("""
        种子站党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1、学习的主动性不强。
        具体表现为：一是满足于听传达。二是自学笔记多是抄录。
        三是学了不交流，支委会上很少谈体会。
        2、服务农户不够深入。
        主要表现在：一是下村多在春耕前后。二是问题登记后回访少。
        二、产生问题的原因
        1、对学习的重要性认识不足。
        """)
        #expect(r.problems.map(\.headline) == ["学习的主动性不强。", "服务农户不够深入。"])
        let first = try #require(r.problems.first)
        #expect(first.detail.contains("自学笔记多是抄录"))
        #expect(first.detail.contains("支委会上很少谈体会"))
    }

    /// "1、X。……主要存在以下不足：一是A；二是B": the sentence before 一是 says the points are the problems, so they
    /// are the items and X is their aspect.
    @Test func pointsAnnouncedAsShortcomingsAreTheItems() {
        let r = parse("""
        苗圃党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1、服务群众不够主动，联系渠道有待拓宽。对照群众提的意见看，主要存在以下不足：一是走访多在白天，上班的居民见不到人；二是意见登记后反馈慢。
        2、组织生活质量不高。回头看一年的会议记录，还有以下问题：一是议题临时定；二是讨论发言少。
        二、产生问题的原因
        1、宗旨意识有所淡化。
        """)
        #expect(r.problems.map(\.headline) == ["走访多在白天，上班的居民见不到人；", "意见登记后反馈慢。", "议题临时定；", "讨论发言少。"])
        #expect(r.aspects.map(\.title) == ["服务群众不够主动，联系渠道有待拓宽", "组织生活质量不高"])
    }

    /// No problems heading: "……我的不足主要有以下几点。" and then numbered headings worded as shortcomings, each with
    /// its paragraph. Each heading is a problem, its paragraph the detail.
    @Test func headingsAfterALeadInNamingShortcomingsAreProblems() throws {
        let r = parse("""
        我的年终自省
        这一年在办公室轮岗，做了一些事，也看清了自己。回头对照岗位要求，我的不足主要有以下几点。
        一、主动请示汇报不够
        遇到拿不准的事，常常自己琢磨，等到领导问起才说，耽误了两次报送。
        二、学习新业务偏慢
        新系统上线三个月，我还要靠同事帮着操作。
        三、今后的打算
        每周向科长汇报一次手头工作。
        """)
        #expect(r.problems.map(\.headline) == ["主动请示汇报不够", "学习新业务偏慢"])
        let first = try #require(r.problems.first)
        #expect(first.detail.contains("耽误了两次报送"))
        #expect(r.measures.count == 1)
        #expect(r.diagnostics.contains { $0.code == "problems-without-heading" })
    }

    /// A long opening paragraph of the problems section that ends "……分析如下：" announces the items; it is none.
    @Test func aLongLeadInEndingInAColonIsNoItem() {
        let r = parse("""
        果蔬站党支部2025年度组织生活会对照检查材料
        二、存在的问题及原因
        会前支部通过座谈、个别谈话和意见箱广泛听取了党员和服务对象的意见，支委会逐条梳理、反复讨论，认为支部工作还有不少差距，现将主要问题分析如下：
        （一）存在的主要问题
        1、学习抓得不紧。对照年初计划，还有以下不足：一是集中学习少于计划；二是自学没有检查。
        2、服务农户不够及时。报修登记后平均三天才上门。
        """)
        #expect(r.problems.map(\.headline) == ["集中学习少于计划；", "自学没有检查。", "服务农户不够及时。"])
    }

    /// No problems heading, no numbered items: the shortcomings listed inside one sentence ("……还有不少差距，诸如A，B，
    /// C、D等。") are the problems.
    @Test func shortcomingsListedInsideASentenceAreProblems() {
        let r = parse("""
        农机服务站党支部2025年度工作情况报告
        一年来，全站的服务能力有了明显提高，成绩来之不易。对照上级的要求，也还有不少差距，诸如合作社带动力还不强，机手培训跟不上，维修网点布局不均、报废补贴兑现慢等。究其原因，既有客观因素，也有主观努力不够。
        """)
        #expect(r.problems.map(\.headline) == ["合作社带动力还不强", "机手培训跟不上", "维修网点布局不均", "报废补贴兑现慢"])
    }

    /// Unnumbered paragraphs that open with their aspect ("学习教育方面。……"): the aspect, and its problem after it.
    @Test func anUnnumberedParagraphOpeningWithItsAspect() {
        let r = parse("""
        个人对照检查材料
        一、对照检查情况
        学习教育方面。平时满足于完成规定篇目，系统读原著少，学习笔记多是摘抄，联系自己的工作思考不够。
        服务群众方面。主动上门了解需求不够，群众反映的问题跟踪回复不及时，有的拖了一个多月。
        二、产生问题的原因
        1、理想信念有所松懈。
        """)
        #expect(r.aspects.map(\.title) == ["学习教育方面", "服务群众方面"])
        #expect(r.problems.map(\.headline) == ["平时满足于完成规定篇目，系统读原著少，学习笔记多是摘抄，联系自己的工作思考不够。",
                                               "主动上门了解需求不够，群众反映的问题跟踪回复不及时，有的拖了一个多月。"])
    }

    /// Where the rules above stop (cases a review wrote for them).
    /// A "二是" line after evidence with no points of its own is the next problem, in the problems and in the measures.
    @Test func evidenceWithoutPointsDoesNotTakeTheNextItems() {
        let r = parse("""
        城东社区党支部2025年度组织生活会对照检查材料
        一、存在的问题
        一是理论学习不够深入。
        具体表现为：集中学习多是读文件、听传达，党员自学缺乏检查督促，学习笔记多是摘抄原文。
        二是服务群众不够主动。走访多在白天，上班的居民见不到人。
        三是组织生活质量不高，会前准备不充分，议题临时定。
        二、产生问题的原因
        1、宗旨意识有所淡化。
        主要表现在思想上放松了对自己的要求。
        三、整改措施
        1、加强理论学习。
        具体表现为每月集中学习一次，支部书记带头讲党课。
        二是改进服务方式。
        三是规范组织生活。
        """)
        #expect(r.problems.count == 3)
        #expect(r.causes.count == 1)
        #expect(r.measures.count == 3)
    }

    /// The sentence before 一是 announces causes or fixes, not shortcomings: the points stay the item's detail.
    @Test func pointsAnnouncedAsCausesOrFixesAreNotProblems() {
        let r = parse("""
        城中社区党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1、服务群众不够主动。走访多在白天。造成这一问题的原因主要有：一是对居民作息了解不够；二是志愿者人手少。
        2、会议记录不规范。针对这个问题，支部已着手整改：一是统一了记录本格式；二是明确由组织委员负责记录。
        3、组织生活质量不高。会前准备不充分。
        二、整改措施
        1、推行错时走访。
        """)
        #expect(r.problems.map(\.headline) == ["服务群众不够主动。", "会议记录不规范。", "组织生活质量不高。"])
    }

    /// Things done, listed after a word such as 问题, are no problems: the list does not close its sentence.
    @Test(arguments: [
        "北湖社区党支部2025年度工作总结\n一年来，支部解决了群众反映的问题，如：楼道照明、小区停车、垃圾清运等，群众满意度明显提升。",
        "北湖社区党支部2025年度工作总结\n一年来，支部认真整改上年度查摆的问题，包括学习制度不健全、活动室利用率低、会议记录不规范等，均已整改到位。",
        "城郊社区党支部2025年度工作情况报告\n一年来，支部聚焦群众关心的问题，如期完成了老旧小区改造、背街小巷整治、便民市场建设等12件实事。",
    ])
    func thingsDoneListedAfterProblemsAreNoProblems(_ text: String) {
        #expect(parse(text).problems.isEmpty)
    }

    /// The headings read as problems end at the first one that names no shortcoming ("四、几点体会").
    @Test func headingsAsProblemsStopAtAHeadingThatIsNone() {
        let r = parse("""
        城南社区党支部书记2025年度述职报告
        一年来，我认真履行党建第一责任人职责。对照职责要求，我在工作中还存在一些不足，主要有以下几点。
        一、理论学习不够系统
        平时学习多是跟着会议走。
        二、党员教育管理偏松
        对流动党员的管理办法不多。
        三、几点体会
        抓党建必须抓具体、抓日常。
        四、下一步打算
        每月读一本书。
        """)
        #expect(r.problems.map(\.headline) == ["理论学习不够系统", "党员教育管理偏松"])
    }

    /// "重点对照六个方面：……归纳为以下问题。" counts the aspects; it is no aspect, and the items stay problems.
    @Test func aParagraphCountingTheAspectsIsNoAspect() {
        let r = parse("""
        城关社区党支部2025年度组织生活会对照检查材料
        一、存在的问题
        重点对照六个方面：支部委员会在会前通过座谈、走访广泛听取意见，共收集意见建议12条，归纳为以下问题。
        1、理论学习不够深入。满足于读文件。
        2、服务群众不够主动。走访多在白天。
        二、整改措施
        1、推行错时走访。
        """)
        #expect(r.problems.map(\.headline) == ["理论学习不够深入。", "服务群众不够主动。"])
        #expect(!r.aspects.map(\.title).contains("重点对照六个方面"))
    }

    /// A rectification report written problem by problem: the problem's paragraph, "整改措施：", its measures, and
    /// "进展成效：" saying how far they got (the progress is no measure).
    @Test func aReportWrittenProblemByProblem() {
        let r = parse("""
        水利站党支部2025年度组织生活会对照检查材料
        一、存在的问题和整改情况
        会议准备不够充分。议题常常会前一天才定，党员来不及思考，讨论流于形式。
        整改措施：
        议题提前一周征求党员意见。
        会前三天把材料发给党员。
        进展成效：已按新办法召开支委会两次，党员发言明显增多。
        联系群众不够经常。走访多在汛期，平时上门少，群众的诉求了解不全。
        整改措施：
        每名党员联系五户群众，每月走访一次。
        进展成效：联系户已全部落实到人。
        """)
        #expect(r.problems.map(\.headline) == ["会议准备不够充分。", "联系群众不够经常。"])
        #expect(r.measures.map(\.headline) == ["议题提前一周征求党员意见。", "会前三天把材料发给党员。", "每名党员联系五户群众，每月走访一次。"])
    }

    /// A title, the problems heading and the first item on one line, as pages copied from a collection site
    /// arrive: the line is split at the heading.
    @Test func aHeadingInsideALineIsSplitOff() {
        let r = parse("""
        检查中发现的问题及整改措施 一、存在的主要问题 : 1、学习抓得不紧。年初计划没有落实，集中学习只开了两次，自学也没有检查，效果不好。
        2、联系群众不够。走访台账空白多。
        二、整改措施
        1、每月集中学习一次。
        """)
        #expect(r.problems.map(\.headline) == ["学习抓得不紧。", "联系群众不够。"])
        #expect(r.measures.map(\.headline) == ["每月集中学习一次。"])
    }

    /// A page whose line breaks were lost: the title (twice, as collection sites print it), the text and a
    /// numbered heading on one line. The title is cut off and read as the title; "加强……党支部" is no name.
    @Test func aTitleRunIntoTheTextIsTheTitle() {
        let r = parse("""
        关于加强社区党支部建设的调研报告 关于加强社区党支部建设的调研报告 社区党支部是联系居民的桥梁。近年来各社区党支部换届后出现了一些新情况。 一、社区党支部建设中值得注意的问题 （一）有的支部班子年龄偏大，后继乏人。调查的十二个社区中有五个书记超过六十岁。
        """)
        #expect(r.kind == .committee)
        #expect(r.branch != "加强社区党支部")
        // Nothing is dropped unsaid: the repeated title is named in a note.
        #expect(r.diagnostics.contains { $0.code == "split-run-together" && $0.en.contains("repeated copy dropped") })
    }

    /// A text that names no branch says so, not "because of ''".
    @Test func aDocumentThatNamesNoBranchSaysSo() throws {
        let r = parse("学习教育查摆情况\n一、存在的问题\n一是窗口服务效率不高。\n二是办事指南更新不及时。")
        let d = try #require(r.diagnostics.first { $0.code == "not-branch-report" })
        #expect(d.en.contains("names no party branch"))
        #expect(d.zh.contains("没有提到任何党支部"))
    }

    /// An excerpt of a member's material: "（二）X方面。作为……书记，……但……" — each aspect with its one problem written
    /// after it, the shortcoming after a first sentence that frames it well. One person speaks ("作为……书记").
    /// A paragraph of example ("比如：……") belongs to the problem before it.
    @Test func aMembersAspectsWithOneProblemEachInAnExcerpt() {
        let r = parse("""
        （二）调查研究方面。作为乡党委书记，我每年都给自己定下走遍全乡各村的任务，也坚持带着问题下去。但实际走下来，很多时候是看点多、看面少，听汇报多、听群众意见少，调研报告写了几篇，转化成具体措施的较少，跟踪落实更是不够。
        比如：村道硬化项目的调研报告写完一年多，资金方案仍没有落地。
        （三）担当作为方面。作为乡党委书记，对全乡发展的难题心里是有数的。但遇到矛盾集中的事情，常常想等一等、看一看，怕担责任，缺乏迎难而上的劲头，一些老问题拖了多年还没有解决。
        """)
        #expect(r.kind == .individual)
        #expect(r.aspects.map(\.title) == ["调查研究方面", "担当作为方面"])
        #expect(r.problems.count == 2)
    }

    /// A page's own lines above the title (a site's motto, a document index) are not the title: the first line
    /// below them that reads as one is, and the lines above it are kept as context.
    @Test func theTitleBelowAPagesOwnLines() {
        let r = parse("""
        博采众长、择善而从
        - 索 引 号:2024-00017
        - 发布机构:某某镇党委
        某某镇党委关于2024年度组织生活会召开情况的通报
        各党支部：
        按照区委组织部的部署，全镇十二个党支部于一月召开了组织生活会。
        """)
        #expect(r.kind == .committee)
        #expect(r.diagnostics.contains { $0.code == "context" && $0.en.contains("3 narrative") })
        // A branch's account of its year (工作纪实) under a site's section name: the title names the branch.
        let own = parse("党建动态\n首页» 党建动态» 正文\n【栏目】创先争优 支部发展\n园艺学院研究生第一党支部工作纪实\n2024年，支部坚持每月一次主题党日。")
        #expect(own.branch == "园艺学院研究生第一党支部")
    }

    /// An excerpt that opens inside the causes: each numbered item names a shortcoming and then its cause
    /// ("……的原因是……"). They are causes, not problems.
    @Test func numberedItemsThatGiveCausesAreCauses() {
        let r = parse("""
        （二）工作不够主动的原因是怕担责任。总想着多一事不如少一事，遇事先看领导态度。
        （三）调研不深的原因在于作风漂浮。下去一趟只看准备好的点，不愿多走几户。
        （四）学习不够系统的根源在于思想上不重视。总觉得学习是软任务，可以往后放。
        """)
        #expect(r.problems.isEmpty)
        #expect(r.causes.count == 3)
    }

    /// "我的缺点主要有以下几点：一、……；二、……；三、……": items numbered 一、二、三、 inside one sentence after a
    /// lead-in that names shortcomings.
    @Test func sectionNumbersUsedAsRunInItems() {
        let r = parse("""
        我是一名入党两年的学生党员，下面谈谈自己的认识。
        对照要求，我的缺点主要有以下几点：一、做事有时急躁，考虑不周，遇到几件事一起来就容易着急上火，事后又常常后悔；二、参加支部活动不够积极，近来没有主动承担支部的事务，也很少提出自己的想法；三、时间观念不强，偶有迟到，交材料也常常踩着截止时间。
        """)
        #expect(r.problems.map(\.headline) == ["做事有时急躁，考虑不周，遇到几件事一起来就容易着急上火，事后又常常后悔；",
                                               "参加支部活动不够积极，近来没有主动承担支部的事务，也很少提出自己的想法；",
                                               "时间观念不强，偶有迟到，交材料也常常踩着截止时间。"])
    }

    /// A run-in list 一是……二是……三是…… whose lines were broken at its semicolons (a page copied line by line):
    /// the lines are one paragraph again and every item is read.
    @Test func aRunInListBrokenAcrossLines() {
        let r = parse("""
        水务站党支部对照检查材料
        一、存在的问题
        对照要求，支部主要存在以下问题：一是学习不够深入。集中学习常常只读文件；
        研讨发言准备不足，二是制度执行不严。请假手续不全；
        台账记录补写较多；
        三是联系群众不够。走访次数少。
        二、整改措施
        1.每月集中学习一次。
        """)
        #expect(r.problems.map(\.headline) == ["学习不够深入。", "制度执行不严。", "联系群众不够。"])
        // The next aspect's own list is not joined to this one.
        let two = parse("""
        一、存在的问题
        （一）学习方面。一是读原著少。二是研讨浅。
        （二）作风方面。一是下基层少。二是调研浅。三是回应慢。
        """)
        #expect(two.aspects.map(\.problems.count) == [2, 3])
        let unnumbered = parse("一、存在的问题\n学习方面。一是读原著少。二是研讨浅。\n作风方面。一是下基层少。二是调研浅。三是回应慢。")
        #expect(unnumbered.problems.count == 5)
    }

    @Test func traditionalCharactersAreReadAsSimplified() {
        let r = parse("""
        農機站黨支部2024年度組織生活會對照檢查材料
        一、存在的問題
        1.理論學習不夠深入。
        2.聯繫群眾不夠經常。
        """)
        #expect(r.kind == .report)
        #expect(r.branch == "农机站党支部")
        #expect(r.year == 2024)
        #expect(r.problems.map(\.headline) == ["理论学习不够深入。", "联系群众不够经常。"])
        #expect(r.diagnostics.contains { $0.code == "traditional-script" })
    }

    @Test(arguments: [
        ("返回上一级\n字号\n打印\n园艺场党支部召开2025年度组织生活会 2026-01-15\n1月14日，支部召开组织生活会。", BranchReport.Kind.other),
        ("应当出席人员：全体党员\n缺席人员：王某\n1、讨论了学习安排。\n2、大家提出活动太少。", .other),
        ("市文联党组2024年度民主生活会\n对照检查材料\n一、存在的主要问题\n1.调研不深。", .leadership),
        ("2023年书记抓基层党建述职报告\n一、工作开展情况\n一是抓责任。", .individual),
        ("局机关党支部建设研讨交流材料\n一、存在的问题\n一是学习不深。", .other),
        ("区文旅局局长2025年度民主生活会\n对照检查发言提纲\n一、存在的问题\n一是调研不深。", .individual),
        ("作为分管全镇农业的副镇长，我对照要求查找不足，我认为，我在全镇和各村的工作中有以下问题：\n一是调研不够深入。\n二是抓落实不够有力。", .individual),
        // A news item's first sentence: a date, then a meeting held. A branch saying it of itself is its report.
        ("3月5日上午，城西供水站党支部在二楼会议室召开2025年度组织生活会。会议由支部书记主持。\n会上，大家逐一发言。\n一是学习不深。", .other),
        ("近日，园林所党支部举行专题组织生活会，全体党员参加。\n一、存在的问题\n一是学习不深。", .other),
        ("2025年3月5日，我支部召开2025年度组织生活会，现将情况报告如下。\n一、存在的问题\n一是学习不深。", .report),
        // The date after the branch's name ("……党支部于11月20日……召开"), the sentence opened by something else.
        ("本着团结进取的精神，园艺系党支部于2024年11月20日下午在实训楼召开了组织生活会。会议由支部书记主持。\n支部书记说，我在学习上抓得不紧，我今后要改，我也请大家监督。", .other),
        ("按照学院的安排，2024年11月20日，园艺系党支部召开了组织生活会。会议由支部书记主持。\n支部书记说，我在学习上抓得不紧，我今后要改，我也请大家监督。", .other),
        ("按照学院的安排，我支部于2024年11月20日召开了组织生活会，现将情况报告如下。\n一、存在的问题\n一是学习不深。", .report),
        // Nothing names a branch: a team's material (it speaks of its 班子), or someone else's.
        ("整改落实情况\n一、存在的问题\n一是班子成员调研不深。\n二是局务会议题准备仓促。", .leadership),
        ("学习教育查摆情况\n一、存在的问题\n一是窗口服务效率不高。\n二是办事指南更新不及时。", .other),
        ("查摆情况\n一、存在的问题\n1、学习不深。满足于自己会用就行。\n2、作风不实。对自己要求不严。\n3、纪律松懈。放松了自己。", .individual),
    ])
    func moreDocumentKinds(_ text: String, _ kind: BranchReport.Kind) {
        #expect(parse(text).kind == kind)
    }

    /// "个人剖析对照检查情况" holds the problems though it says 剖析; "原因剖析" holds causes.
    @Test func anExaminationHeadingHoldsTheProblems() {
        let r = parse("""
        园艺场党支部2025年度组织生活会发言
        一、剖析对照检查情况
        对照要求，我从以下两个方面作个剖析：
        （一）理论学习方面。一是学习时间挤得少。常以忙代学。二是学用脱节。学了不会用。
        二、问题产生的原因剖析
        一是主观上放松了要求。
        """)
        #expect(r.problems.map(\.headline) == ["学习时间挤得少。", "学用脱节。"])
        #expect(r.aspects.first?.title.hasPrefix("理论学习") == true)
        #expect(r.causes.count == 1)
    }

    /// A work summary is the branch's own material when a branch wrote it (its title or its first sentence names
    /// the branch first), a committee's or another's otherwise.
    @Test(arguments: [
        ("城南小学党支部2025年度工作总结\n一、主要工作\n一是抓学习。\n二、存在的问题\n一是学习不深。", BranchReport.Kind.report),
        ("2025年卫生院党建工作总结\n今年，卫生院党支部在镇党委领导下抓实学习。\n二、存在的问题\n一是学习不深。", .report),
        ("2025年卫生系统党建工作总结\n今年，局党委指导所属各党支部抓实学习。\n一、主要工作\n一是抓学习。", .committee),
        ("2025年度党支部书记个人述职报告\n一、主要工作\n一是抓学习。", .individual),
        // Branches in general ("基层党支部建设") are what the committee writes about, not who writes.
        ("2025年上半年基层党支部建设工作总结\n今年以来，党委聚焦基层组织建设。\n一、上半年工作成效\n一是抓学习。", .committee),
    ])
    func workSummaries(_ text: String, _ kind: BranchReport.Kind) {
        #expect(parse(text).kind == kind)
    }
}

@Suite struct LocalReadingTests {
    @Test func aCommitteesOwnHeadingWordingIsRecognised() throws {
        let text = """
        河道所党支部对照检查材料
        一、薄弱环节盘点
        1.巡河记录不全。
        2.值守交接不清。
        """
        let shipped = NarrativeParser().parse(TextReader.paragraphs(text, file: "k.txt"), source: "k.txt")
        #expect(shipped.problems.isEmpty)
        let k = try Knowledge.shipped.extended(withText: "reading:\n  problems_headings: [薄弱环节]\n", file: "knowledge.yaml")
        let local = NarrativeParser(words: k.reading).parse(TextReader.paragraphs(text, file: "k.txt"), source: "k.txt")
        #expect(local.problems.map(\.headline) == ["巡河记录不全。", "值守交接不清。"])
    }
}

@Suite struct YearMismatchTests {
    @Test func aReportOfAnotherYearIsAFinding() throws {
        let r = NarrativeParser().parse(TextReader.paragraphs("质检站党支部2024年度组织生活会对照检查材料\n一、存在的问题\n1.学习不够。\n", file: "y.txt"),
                                        source: "y.txt")
        var config = CommitteeConfig()
        config.year = 2025
        let found = Validation.run(Ingest.Folder(committee: config, reports: [r], diagnostics: [], knowledge: .shipped))
        #expect(found.filter { $0.code == "year-mismatch" }.map { $0.location?.description } == ["y.txt"])
        config.year = 2024
        #expect(!Validation.run(Ingest.Folder(committee: config, reports: [r], diagnostics: [], knowledge: .shipped)).contains { $0.code == "year-mismatch" })
    }
}

@Suite struct MeasureLabelTests {
    func measures(_ line: String) -> [Measure] {
        NarrativeParser().parse(TextReader.paragraphs("车站党支部对照检查材料\n三、整改措施\n" + line + "\n", file: "m.txt"), source: "m.txt").measures
    }

    @Test func anOwnerStopsAtTheNextLabelAfterASpace() throws {
        let m = try #require(measures("1.落实学习制度。责任人：张三\u{3000}完成时限：2026年6月底前").first)
        #expect(m.owner == "张三")
        #expect(m.deadline == .date(Day(year: 2026, month: 6, day: 30)!))
        let n = try #require(measures("1.落实学习制度。责任人：李四 完成时限：2026年5月31日").first)
        #expect(n.owner == "李四")
    }

    @Test func aPlaceholderIsNoOwner() throws {
        let m = try #require(measures("1.建立台账。责任人：×××，完成时限：2026年6月底前").first)
        #expect(m.owner == nil)
    }
}

/// Cases a review of the reading rewrite found (2026-12-01), each in this project's own words.
@Suite struct ReadingReviewTests {
    func parse(_ text: String) -> BranchReport {
        accounted(NarrativeParser().parse(TextReader.paragraphs(text, file: "v.txt"), source: "v.txt"))
    }

    @Test func aFullLineBeforeANumberedItemIsKept() {
        // Hard-wrapped: the lead-in line is full and ends in a colon; the list starts on the next line.
        let lines = ["林业站党支部2025年度组织生活会对照检查材料"] + Array(repeating: "支部按照上级的统一安排开展了认真细致的学习研讨和", count: 5)
            + ["对照检查，经过查摆，支部班子查找出以下几个方面的问题：", "1.理论学习不深入，学习计划执行不到位。", "2.联系群众不经常。"]
        let r = NarrativeParser().parse(TextReader.paragraphs(lines.joined(separator: "\n"), file: "v.txt"), source: "v.txt", hardWrapped: true)
        let all = r.paragraphsRead
        #expect(all == r.paragraphsPlaced + r.paragraphsNoted)
        #expect(!r.diagnostics.contains { $0.zh.contains("对照检查，经过查摆") })
        // Nothing lost: the lead-in sentence is still somewhere (context), not dropped.
        #expect(r.paragraphsNoted >= 1)
    }

    @Test func aDecimalIsNotAHeading() {
        let long = String(repeating: "支部全年开展集中学习，", count: 8) + "人均学习时长2.5小时，低于要求。"
        #expect(Reflow.splitRunTogether(SourceParagraph(text: long, location: SourceLocation(file: "v", .line(1)))).count == 1)
    }

    @Test(arguments: [("自然资源局机关党支部2025年度对照检查材料", "自然资源局机关党支部"), ("新华社区党支部对照检查材料", "新华社区党支部"),
                      ("和平社区党支部对照检查材料", "和平社区党支部"), ("向阳小学党支部对照检查材料", "向阳小学党支部")])
    func namesThatBeginWithAWordLikeAPreposition(_ title: String, _ name: String) {
        #expect(ProseFacts.branchName(title: title, opening: []) == name)
    }

    @Test func aBranchReportThatSpeaksOfTheCountyIsStillTheBranchs() {
        let r = parse("""
        第一党支部2025年度组织生活会对照检查材料
        按照全县统一部署，支部现有党员27名，下设3个党小组，全县各单位同步开展。
        一、存在的问题
        1.学习不够深入。
        """)
        #expect(r.kind == .report)
    }

    @Test func aShortUnnumberedProblemStaysAnItem() {
        let r = parse("""
        水站党支部对照检查材料
        一、存在的问题
        政治理论学习存在差距
        对问题根源剖析不深
        三、整改措施
        1.制定学习计划。
        整改情况：正在整改
        2.每月检查一次。
        """)
        #expect(r.problems.map(\.headline) == ["政治理论学习存在差距", "对问题根源剖析不深"])
        #expect(r.causes.isEmpty)
        #expect(r.measures.count == 2)
    }

    @Test func anAddresseeDoesNotOverrideTheReportsTitle() {
        let r = parse("机关党委：\n第二党支部2025年度组织生活会对照检查材料\n一、存在的问题\n1.学习不够。\n")
        #expect(r.kind == .report)
        #expect(parse("各位同志：\n今天我讲三点意见。\n一是要学习。\n").kind == .other)
    }

    /// A list pasted from a web page or Word: aspects as "【X方面】" lines, items and causes after bullets
    /// (● ▲ ■ ·). The label is the aspect, the bullet is no part of a headline.
    @Test func bracketedAspectsAndBulletedItems() {
        let r = parse("""
        苗圃党支部2024年度组织生活会对照检查材料
        一、存在的问题
        【学习教育方面】
        ● 集体学习次数偏少。全年只组织了四次，多数是念文件。
        ● 学习笔记应付了事。
        【联系群众方面】
        ■ 上门走访不经常。
        二、原因分析
        · 宗旨意识有所淡化。
        · 自我要求有所放松。
        三、整改措施
        ▲ 每月第一周集中学习一次。
        """)
        #expect(r.aspects.map(\.title) == ["学习教育方面", "联系群众方面"])
        #expect(r.problems.map(\.headline) == ["集体学习次数偏少。", "学习笔记应付了事。", "上门走访不经常。"])
        #expect(r.causes.count == 2)
        #expect(r.measures.map(\.headline) == ["每月第一周集中学习一次。"])
    }

    /// A section heading run straight into its first item ("二、原因剖析第一，……") is cut before the item.
    @Test func aHeadingRunIntoItsFirstItem() {
        let r = parse("""
        车队党支部2023年度组织生活会对照检查材料
        一、存在的问题
        1.学习抓得不紧。集中学习多次推迟。
        二、原因剖析第一，对学习的重要性认识不足，把学习当成软任务。第二，制度执行不严，计划常常落空。
        三、整改措施第一，每月固定一天集中学习。第二，支委轮流领学。
        """)
        #expect(r.causes.count == 2)
        #expect(r.measures.map(\.headline) == ["每月固定一天集中学习。", "支委轮流领学。"])
        // A stop or a colon between the heading and its run-in items.
        let stopped = parse("""
        车队党支部2023年度组织生活会对照检查材料
        一、存在的问题。一是学习抓得不紧，集中学习多次推迟。二是联系群众不够，走访台账空白多。
        二、原因剖析：一是思想上重视不够。二是制度执行不严。
        三、整改措施。一是每月固定一天集中学习。二是支委分片走访。
        """)
        #expect(stopped.problems.map(\.headline) == ["学习抓得不紧，集中学习多次推迟。", "联系群众不够，走访台账空白多。"])
        #expect(stopped.causes.count == 2)
        #expect(stopped.measures.map(\.headline) == ["每月固定一天集中学习。", "支委分片走访。"])
    }

    /// No headings: "针对以上问题，……抓好以下几项工作。首先，……其次，……最后，……" opens the measures and its
    /// sequence words number them; a problem's own "首先，……其次，……" stays its detail.
    @Test func measuresInASequenceAfterALeadIn() {
        let r = parse("""
        果园村党支部2024年度组织生活会对照检查材料
        对照要求，支部查摆出以下问题。
        一是党员大会到会率不高。首先，外出务工党员多；其次，通知发得晚。
        二是村务公开不及时。
        针对以上问题，支部将重点抓好以下几项工作。首先，建立外出党员联络群，每月推送学习资料。其次，村务公开栏每月更新一次。最后，支委分片走访，年底前走遍全村。
        """)
        #expect(r.problems.map(\.headline) == ["党员大会到会率不高。", "村务公开不及时。"])
        #expect(r.measures.map(\.headline) == ["建立外出党员联络群，每月推送学习资料。", "村务公开栏每月更新一次。", "支委分片走访，年底前走遍全村。"])
    }

    /// A leadership team's aspect written out in full ("（一）带头……，……、做好“三项服务”方面。") is a heading however
    /// long, not a problem.
    @Test func aLongAspectHeadingEndingAtItsFangmian() {
        let r = parse("""
        县档案局领导班子2024年度民主生活会对照检查材料
        一、存在的问题
        （一）带头学习新思想新要求、增强宗旨意识和服务意识、提高服务基层的本领和水平，做好“三项服务”方面。
        1、学习的系统性不够。
        2、服务基层的办法不多。
        """)
        #expect(r.aspects.map(\.title).first?.hasPrefix("带头学习新思想") == true)
        #expect(r.problems.map(\.headline) == ["学习的系统性不够。", "服务基层的办法不多。"])
    }

    /// What the rules of bullets, sequences and long 方面 headings must leave alone (a review's fixtures, in this
    /// project's words): bullets under a numbered item are its points; a sentence after a problem that speaks of
    /// 今后 or turns with 针对上述问题 before 首先/其次 takes nothing from the problems; a rule of stars is no item; a
    /// problem that ends "……方面。" while naming its shortcoming stays a problem.
    @Test func whatBulletsAndSequencesMustLeaveAlone() {
        let r = parse("""
        砖厂党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1.集体学习不够经常。
        ● 全年只学了五次；
        ● 笔记多是抄的。
        2.党员管理有漏洞。
        少数党员对今后的打算说不清。首先，外出党员联系不上；其次，党费常常补交。
        3.会议记录不齐全。
        针对上述问题，支部已经动手整改。首先，补齐了签到表；其次，指定了记录人。
        （一）服务群众不够主动，特别是在帮助困难职工和退休老同志解决看病、子女上学和住房维修等实际困难方面。
        ★★★★★
        二、整改措施
        1.每月集中学习一次。
        ▶ 书记领学；
        ▶ 支委轮流讲。
        """)
        #expect(r.problems.map(\.headline) == ["集体学习不够经常。", "党员管理有漏洞。", "会议记录不齐全。",
                                              "服务群众不够主动，特别是在帮助困难职工和退休老同志解决看病、子女上学和住房维修等实际困难方面。"])
        #expect(r.problems[0].detail.contains("全年只学了五次"))
        #expect(r.measures.map(\.headline) == ["每月集中学习一次。"])
        #expect(r.causes.isEmpty)
    }

    /// "（一）在带头……方面，还存在明显差距" followed by "1." items: a long aspect heading with its verdict after 方面;
    /// the items are its problems.
    @Test func aLongAspectSentenceOverNumberedItems() {
        let r = parse("""
        跨江大桥项目临时党支部2024年度组织生活会对照检查材料
        一、存在的问题
        （一）在带头学习党的创新理论、用以指导工地党建和施工生产、推动学习成果转化为工程质量方面，还有明显不足
        1.集中学习全年只有六次。
        2.研讨停留在念材料。
        （二）在带头关心一线工人、及时回应沿线村民诉求、切实解决工资和噪声等具体问题方面，做得不够到位
        1.工资发放一度滞后。
        """)
        #expect(r.aspects.count == 2)
        #expect(r.aspects.first?.title.hasSuffix("方面") == true)
        #expect(r.problems.map(\.headline) == ["集中学习全年只有六次。", "研讨停留在念材料。", "工资发放一度滞后。"])
    }

    /// "1.……。2.……。3.……" on one line: each number after a sentence's end opens the next item; "增加1.5倍" is a number.
    @Test func numberedItemsRunOnInOneParagraph() {
        let r = parse("""
        下湾村党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1.村务公开不及时。
        二、整改措施
        1.每月10日前更新公开栏，让收入增加1.5倍的账目也公开。2.支委每人包一个村民小组。3.年底前完成村账清理。
        """)
        #expect(r.measures.map(\.headline) == ["每月10日前更新公开栏，让收入增加1.5倍的账目也公开。", "支委每人包一个村民小组。", "年底前完成村账清理。"])
    }

    /// Problem after problem inside the problems section, each with "整改措施：……" and a line "责任人：…　完成时限：…"
    /// under it: the labelled lines are measures with their owners and deadlines, not the problem's detail.
    @Test func aMeasureUnderEachProblemInsideTheProblems() {
        let r = parse("""
        装配车间党支部2022年度组织生活会对照检查材料
        一、检视出的问题及整改措施
        问题一：班组学习坚持不好。倒班多，学习常被挤掉。
        整改措施：每周一班前用十分钟学习，班组长带学。
        责任人：组织委员 周敏　　完成时限：2023年3月31日
        问题二：党员示范岗作用不明显。挂了牌子，没有考核。
        整改措施：修订示范岗考核办法，每季度评一次。
        责任人：支部书记 郑强　　完成时限：长期坚持
        """)
        #expect(r.problems.map(\.headline) == ["班组学习坚持不好。", "党员示范岗作用不明显。"])
        #expect(r.problems.allSatisfy { !$0.detail.contains("整改措施") })
        #expect(r.measures.map(\.headline) == ["每周一班前用十分钟学习，班组长带学。", "修订示范岗考核办法，每季度评一次。"])
        #expect(r.measures.map(\.owner) == ["组织委员 周敏", "支部书记 郑强"])
        #expect(r.measures.map(\.deadline) == [Day(year: 2023, month: 3, day: 31).map(Deadline.date), .ongoing])
    }

    /// Measures written as commands, "一要……二要……", on their own lines or run in after the heading.
    @Test func measuresWrittenAsYiYao() {
        let r = parse("""
        老干部党支部2018年度组织生活会对照检查材料
        一、存在的问题
        1.学习方式单一。
        二、整改措施 一要改进学习方式。分片建学习小组。二要丰富组织生活。每季度参观一次。
        """)
        #expect(r.measures.map(\.headline) == ["改进学习方式。", "丰富组织生活。"])
        let lines = parse("""
        老干部党支部2018年度组织生活会对照检查材料
        一、存在的问题
        1.学习方式单一。
        二、整改措施
        一要改进学习方式。分片建学习小组。
        二要丰富组织生活。每季度参观一次。
        """)
        #expect(lines.measures.map(\.headline) == ["改进学习方式。", "丰富组织生活。"])
    }

    @Test func aFolderNamedOtherwiseNamesNoBranch() {
        var r = BranchReport(source: "x/1.txt", kind: .report)
        #expect(Ingest.named(r, byFolder: "2026年1月报送").branch == nil)
        r = Ingest.named(r, byFolder: "07-园林所党支部")
        #expect(r.branch == "园林所党支部")
    }
}
