import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Headings stacked on one line as some collection pages print a document: its title again, the section, the
/// sub-heading and the first item with nothing between them. Fixtures in this project's own words.
@Suite struct StackedHeadingTests {
    func ingest(_ text: String) throws -> BranchReport {
        accounted(try #require(Ingest().read(data: Data(text.utf8), path: "清单.txt").first))
    }

    /// "标题一、……问题(一)问题表现1.……。2.……。(二)原因分析1.……": the repeated title is dropped and the line cut at
    /// each heading, so the items are the problems and the cause is a cause.
    @Test func aTitleSectionSubheadingAndItemsOnOneLineAreCutApart() throws {
        let r = try ingest("""
        青禾县水务局领导班子作风问题查找清单
        标签: #领导班子
        青禾县水务局领导班子作风问题查找清单一、会议管理领域的问题(一)问题表现1.会议数量压减与视频会议激增并存。线下会议减少了，但视频会议一年多开了三十场，很多只是传达文件。2.会议时间长与讨论少问题交织。部分会议讲话稿超过一万字，讨论常被压缩。(二)原因分析1.对精简会议的要求理解不深。
        """)
        #expect(r.problems.map(\.headline) == ["会议数量压减与视频会议激增并存。", "会议时间长与讨论少问题交织。"])
        #expect(r.causes.count == 1)
    }

    /// "一、整改工作基本情况上级巡察组……共发现12个问题，……": a section heading run into its text names its section in
    /// its first clause; the 问题 of the text does not make the steps taken into problems.
    @Test func aHeadingRunIntoItsTextIsReadByItsFirstClause() throws {
        let r = try ingest("""
        青禾县第二小学党支部关于巡察整改进展情况的通报
        一、整改工作基本情况县委巡察组在反馈意见中指出，支部共有12个问题，我们完全认同，坚决抓好整改落实。
        （一）统一思想认识，强化组织领导。支部立即召开支委会传达反馈意见，成立整改工作领导小组。
        （二）明确目标责任，细化整改措施。支部逐条研究反馈的问题，列出问题清单和整改措施。
        """)
        #expect(r.problems.isEmpty, "\(r.problems.map(\.headline))")
    }

    /// "一、工作开展情况，……查摆出以下问题：": a heading that announces the items below is read whole, so they stay the
    /// problems though its first clause names the basics.
    @Test func aHeadingAnnouncingItsItemsIsReadWhole() throws {
        let r = try ingest("""
        城西学院党支部2025年度组织生活会对照检查材料
        一、工作开展情况，支部广泛征求党员群众意见，认真对照检查，查摆出以下问题：
        1.理论学习不够深入，满足于读文件。
        2.联系群众不够紧密，走访次数偏少。
        """)
        #expect(r.problems.map(\.headline) == ["理论学习不够深入，满足于读文件。", "联系群众不够紧密，走访次数偏少。"])
    }

    /// "一、对照党章党规，查摆出的主要问题……": where the first clause names no section, the whole heading still does.
    @Test func aFirstClauseNamingNoSectionLeavesTheHeadingWhole() throws {
        let r = try ingest("""
        青禾县第二小学党支部2025年度组织生活会对照检查材料
        一、对照党章党规，支部查摆出的主要问题有以下几个方面
        1.理论学习不够深入，满足于读文件、念报纸。
        2.联系群众不够紧密，走访家长次数偏少。
        """)
        #expect(r.problems.map(\.headline) == ["理论学习不够深入，满足于读文件、念报纸。", "联系群众不够紧密，走访家长次数偏少。"])
    }

    /// "（一）" inside a sentence ("按照通知第（一）项") and a number in the text are no headings.
    @Test func aReferenceInsideASentenceIsNoHeading() throws {
        let r = try ingest("""
        青禾县水务局党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1.落实通知第(一)项要求不到位，会议一年开了12次但质量不高。
        """)
        #expect(r.problems.map(\.headline) == ["落实通知第(一)项要求不到位，会议一年开了12次但质量不高。"])
    }
}

/// Pages that are not a branch's material though they list problems, and the clutter around them. Fixtures in
/// this project's own words.
@Suite struct ArticleAndNewsPageTests {
    func ingest(_ text: String) throws -> BranchReport {
        accounted(try #require(Ingest().read(data: Data(text.utf8), path: "页面.txt").first))
    }

    /// "当前……存在的问题及对策": an analysis of many branches, with its outline printed under the title between
    /// "目录/提纲:……" and "……": the outline's lines are no problems.
    @Test func anAnalysisTitledProblemsAndCountermeasuresIsNoBranchsWithItsOutlineSkipped() throws {
        let r = try ingest("""
        当前乡村党建工作存在的问题及对策
        目录/提纲:……
        一、最普遍的问题:党员年龄老化
        二、最突出的问题:党组织战斗力下降
        一要围绕发展配强班子
        二是围绕发展提升素质
        ……
        近年来，随着乡村人口外出务工增多，不少村党组织面临党员老化、后继乏人的局面，本文结合走访情况谈几点看法。
        一、最普遍的问题:党员年龄老化
        不少村党员平均年龄超过六十岁，三年没有发展新党员。
        """)
        #expect(r.kind == .committee)
        #expect(r.diagnostics.contains { $0.id == .contentsSkipped })
        #expect(!r.problems.contains { $0.headline.includes("配强班子") })
    }

    /// "某集团第三分公司：三个“突出”促进支部建设提质": a news headline after the organisation's name (a Chinese
    /// numeral in it, not a date); "促进支部" is no name.
    @Test func aNewsHeadlineAfterAnOrganisationsNameIsNews() throws {
        let r = try ingest("""
        青禾水务集团第三分公司：三个“突出”促进支部建设提质
        今年以来，集团党委坚持问题导向，针对项目党支部作用发挥不充分的问题，采取三项举措。一是摸清底数。二是建强队伍。三是完善制度。
        """)
        #expect(r.kind == .other)
        #expect(r.branch == nil)
    }

    /// "二、问题缘起": where the inquiry came from, not the problems found.
    @Test func whereTheProblemCameFromIsNoProblem() throws {
        let r = try ingest("""
        青石社区党支部服务群众问题自查整改报告
        一、问题缘起
        去年以来，支部把群众满意作为标尺，召开议事会二十多场，走访居民八百多户，发现服务还有不少落差。
        二、存在的问题
        1.服务时间与居民下班时间错开。
        """)
        #expect(r.problems.map(\.headline) == ["服务时间与居民下班时间错开。"])
    }

    /// "XX党支部：2025年度组织生活会问题清单" is the branch's own, whatever the colon.
    @Test func aBranchsNameBeforeAColonStaysTheBranchs() throws {
        let r = try ingest("""
        青石社区党支部：2025年度组织生活会问题清单
        一、存在的问题
        1.学习不够经常。
        """)
        #expect(r.kind == .report)
        #expect(r.branch == "青石社区党支部")
    }
}

extension ArticleAndNewsPageTests {
    /// "更新时间:2018-09-09 作者:某某" over the text is a page's line, not a news source before a colon.
    @Test func aPagesDateLineIsNoNewsSource() throws {
        let r = try ingest("""
        更新时间:2018-09-09 17:28作者:某某
        一、存在的问题
        1.学习不够经常，理论功底不深。
        """)
        #expect(!r.diagnostics.contains { $0.en.contains("更新时间") })
    }
}

/// A page's HTML left in a .txt (`<p class="ql-block">……</p>`), as a sharing site gives its text. Fixtures in this
/// project's own words.
@Suite struct MarkupInTextTests {
    /// The tags go and the paragraph tags part the text, so the headings and items are read as written.
    @Test func paragraphTagsPartTheTextAndTheTagsGo() throws {
        let text = #"<p class="ql-block">青禾县第二小学党支部2025年度组织生活会对照检查材料</p> <p class="ql-block">一、存在的问题</p>"#
            + #"<p class="ql-block">1.理论学习不够深入，满足于读文件。</p><p>2.联系家长不够紧密，走访&nbsp;次数偏少。</p>"#
            + #"<div>二、整改措施</div><p>1.每月开展一次集中学习。<br/>责任人：周敏</p>"#
        let r = accounted(try #require(Ingest().read(data: Data(text.utf8), path: "页面.txt").first))
        #expect(r.branch == "青禾县第二小学党支部")
        #expect(r.problems.map(\.headline) == ["理论学习不够深入，满足于读文件。", "联系家长不够紧密，走访 次数偏少。"])
        #expect(r.measures.count == 1)
        #expect(r.diagnostics.contains { $0.code == "web-clutter" && $0.en.contains("HTML") })
    }

    /// A whole page on one line, with no problems heading: the pieces cut from the line share its location, and the
    /// ones read as problems leave the others counted as context, so read = placed + noted still holds.
    @Test func aPageOnOneLineIsAccountedPieceByPiece() throws {
        let text = "<p>城南社区第二党支部2025年度组织生活会对照检查材料</p><p>按照街道党工委的部署，支部认真开展了对照检查。</p>"
            + "<p>对照要求，支部还存在以下不足：</p><p>理论学习不够深入，满足于读文件。</p><p>联系群众不够紧密，走访次数偏少。</p>"
            + "<p>下一步，支部将认真抓好整改。</p>"
        let r = try #require(Ingest().read(data: Data(text.utf8), path: "页面.txt").first)
        #expect(r.problems.count == 2, "\(r.problems.map(\.headline))")
        #expect(r.paragraphsRead == r.paragraphsPlaced + r.paragraphsNoted,
                "\(r.paragraphsRead) read ≠ \(r.paragraphsPlaced) placed + \(r.paragraphsNoted) noted")
    }

    /// A `<` in the prose is no tag: the text stays as written and no note is made.
    @Test func aLessThanSignInTheProseStays() throws {
        let text = "青禾县第二小学党支部2025年度组织生活会对照检查材料\n一、存在的问题\n1.学习测试有3人得分<60分，学习效果不够好。\n"
        let r = accounted(try #require(Ingest().read(data: Data(text.utf8), path: "a.txt").first))
        #expect(r.problems.map(\.headline) == ["学习测试有3人得分<60分，学习效果不够好。"])
        #expect(!r.diagnostics.contains { $0.en.contains("HTML") })
    }
}

/// Each aspect of the problems written as a card: "存在问题：一是……" and then "整改措施：一是……", numbered or not.
/// Fixtures in this project's own words.
@Suite struct AspectCardTests {
    static func card(numbered: Bool) -> String {
        let (p, m) = numbered ? ("1、", "2、") : ("", "")
        return """
        青禾乡党支部2025年度组织生活会对照检查材料
        一、存在的问题
        （一）在理论学习方面
        \(p)存在问题：一是学习不够深入，满足于读文件。二是学用结合不紧，指导实践不够。
        \(m)整改措施：一是每月开展一次集中学习。二是开展专题研讨。
        （二）在联系群众方面
        \(p)存在问题：一是走访群众偏少。二是回应诉求不及时。
        \(m)整改措施：一是建立走访台账。二是限时办结群众诉求。
        """
    }

    /// The second aspect's problems stay problems, the labels are no problems, and every card's measures are measures.
    @Test(arguments: [false, true])
    func everyCardGivesItsProblemsAndMeasures(numbered: Bool) throws {
        let r = accounted(try #require(Ingest().read(data: Data(Self.card(numbered: numbered).utf8), path: "卡片.txt").first))
        #expect(r.aspects.map(\.title) == ["在理论学习方面", "在联系群众方面"])
        #expect(r.problems.map(\.headline) == ["学习不够深入，满足于读文件。", "学用结合不紧，指导实践不够。", "走访群众偏少。", "回应诉求不及时。"])
        #expect(r.measures.map(\.headline) == ["每月开展一次集中学习。", "开展专题研讨。", "建立走访台账。", "限时办结群众诉求。"])
    }
}

extension AspectCardTests {
    /// One card alone: its measures are measures too (a lone "整改措施：见第三部分。" stays a pointer, CardAndProseItemTests).
    @Test func oneCardAloneGivesItsMeasures() throws {
        let text = "青禾乡党支部2025年度组织生活会对照检查材料\n一、存在的问题\n（一）在理论学习方面\n"
            + "存在问题：一是学习不够深入，满足于读文件。二是学用结合不紧，指导实践不够。\n整改措施：一是每月开展一次集中学习。二是开展专题研讨。\n"
        let r = accounted(try #require(Ingest().read(data: Data(text.utf8), path: "卡片.txt").first))
        #expect(r.problems.map(\.headline) == ["学习不够深入，满足于读文件。", "学用结合不紧，指导实践不够。"])
        #expect(r.measures.map(\.headline) == ["每月开展一次集中学习。", "开展专题研讨。"])
    }
}
