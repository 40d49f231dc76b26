import Foundation
import HuizongKnowledge
import HuizongModel
import Testing
@testable import HuizongIngest

/// The one report a text reads as, with every paragraph accounted for (the suites of this file share it).
private func ingest(_ text: String, path: String = "材料.txt") throws -> BranchReport {
    accounted(try #require(Ingest().read(data: Data(text.utf8), path: path).first))
}

/// Sentences that announce what follows rather than state a problem. Fixtures in this project's own words.
@Suite struct LeadInAndPointerTests {
    /// "……还有不少短板，具体问题和整改措施详见下表。" over a table: the sentence points to the table, whose problem
    /// column holds the problems.
    @Test func aSentencePointingToTheTableIsNoProblem() throws {
        let r = try ingest("""
        青禾镇农技站党支部2025年度组织生活会对照检查材料
        一、存在的问题
        对照要求，支部在学习、服务和作风等方面还有不少短板，具体问题和整改措施详见下表。

        序号    问题                              整改措施                          责任人    完成时限
        1       学习和农技推广结合不紧            每季度围绕一项新技术开展研讨      叶青      2026年3月31日
        2       田间指导次数偏少                  党员每月下田指导不少于两次        苗禾      2026年6月30日

        二、原因分析
        （一）学习抓得不实。学完不考，效果没人问。
        """)
        #expect(r.problems.map(\.headline) == ["学习和农技推广结合不紧", "田间指导次数偏少"])
        #expect(r.measures.map(\.owner) == ["叶青", "苗禾"])
    }

    /// A long paragraph of background whose last sentence ends "……形成问题整改清单如下。" announces the table.
    @Test func aLongParagraphEndingAsTheListFollowsIsNoProblem() throws {
        let r = try ingest("""
        青禾镇农技站党支部2025年度组织生活会对照检查材料
        一、对照检查情况
        支部委员会对照党章和支部工作条例，围绕学习、服务、作风三个方面逐项对照，听取了种植户和站内职工的意见。经支委会研究，共查摆问题2个，逐一明确措施、责任人和时限，形成问题整改清单如下。

        | 序号 | 问题描述 | 整改措施 | 责任人 | 整改时限 |
        |---|---|---|---|---|
        | 1 | 学习和农技推广结合不紧。研讨多谈体会。 | 每季度围绕一项新技术开展研讨。 | 叶青 | 2026年3月31日 |
        | 2 | 田间指导次数偏少。全年只下田六次。 | 党员每月下田指导不少于两次。 | 苗禾 | 2026年6月30日 |
        """)
        #expect(r.problems.map(\.headline) == ["学习和农技推广结合不紧。", "田间指导次数偏少。"])
    }

    /// A numbered problem that sends the reader to an appendix for its detail is still a problem.
    @Test func aNumberedItemPointingToAnAppendixStaysAnItem() throws {
        let r = try ingest("""
        青禾镇农技站党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1. 田间指导记录不全，缺漏的户数详见附表。
        2. 学习和农技推广结合不紧。
        """)
        #expect(r.problems.map(\.headline) == ["田间指导记录不全，缺漏的户数详见附表。", "学习和农技推广结合不紧。"])
    }
}

/// Whose document it is, from a title that names many branches or says it is a template. Fixtures in this project's
/// own words.
@Suite struct WhoseDocumentTests {
    /// A company committee's report on how its branches mend what they found: the title names the branches it
    /// belongs over ("所属党支部"), however much it speaks of 查摆问题; "7个党支部" names no branch.
    @Test func aTitleOverTheBranchesIsACommittees() throws {
        let r = try ingest("""
        中共岚山港务有限公司委员会
        关于所属党支部2025年度组织生活会查摆问题整改情况的报告

        公司各部门：
        组织生活会后，公司党委对所属7个党支部查摆出的问题逐项建账，按月跟踪。7个党支部共查摆问题31条，已整改22条。
        一、整改进展
        （一）码头作业党支部把集中学习改到交接班前，参学人数明显增加。
        """)
        #expect(r.kind == .committee)
        #expect(r.branch == nil)
    }

    /// 个旧 is a city: only 个党/个支部 after a count are no name.
    @Test func aNameMayOpenWithTheCityOfGejiu() throws {
        let r = try ingest("""
        个旧市锡都小学党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1. 集中学习常被教研活动挤占。
        """)
        #expect(r.branch == "个旧市锡都小学党支部")
    }

    /// "……整改方案（参考模板及填写说明）": a template for branches to fill in, not a branch's plan or report.
    @Test func aTemplateIsNoBranchesDocument() throws {
        let r = try ingest("""
        XX党支部20XX年度组织生活会查摆问题整改方案
        （参考模板及填写说明）
        说明：方括号内为填写提示，正式行文时删除。
        一、问题及整改措施
        问题1：[一句话概括问题]
        整改措施：[写明可检验的措施]
        责任人：[姓名]　　完成时限：[年月日]
        """)
        #expect(r.kind == .other)
    }

    /// No title, and the opening says whose problems are sought: "……查找镇领导班子存在的问题" is the town's
    /// leadership team's material, though its problems are about the villages' branches.
    @Test func anOpeningThatSeeksTheTeamsProblemsIsTheTeams() throws {
        let r = try ingest("""
        按照县委关于开展“比学赶超”活动的部署，对照“四看”要求，我们认真查找镇领导班子存在的问题，主要有以下几点：
        一、在抓基层党建方面
        1、存在问题：一是村党组织凝聚力下降。二是党员带头作用不够明显。
        """)
        #expect(r.kind == .leadership)
    }

    /// "……查找支部班子存在的问题" is the branch's own committee: the branch's report.
    @Test func aBranchsOwnTeamStaysTheBranchs() throws {
        let r = try ingest("""
        按照镇党委部署，青石村党支部认真查找支部班子存在的问题，主要有以下几点：
        一、存在的问题
        一是学习不够经常。二是联系群众不够紧密。
        """)
        #expect(r.kind == .report)
    }

    /// No title and no branch named, headings and a first item before the writer speaks: the voice is heard in the
    /// paragraphs after the opening too ("我……自己……" three times within them): a member's own material.
    @Test func aVoiceHeardAfterTheHeadingsIsTheMembers() throws {
        let r = try ingest("""
        一、存在的问题
        1、理论学习不够深入。
        2、服务意识不够强。
        3、工作标准不够高。
        学习上，我满足于参加集中学习，主动钻研少。
        工作中，我有时怕麻烦，对群众的诉求回应不够及时，自己反思不够。
        """)
        #expect(r.kind == .individual)
    }

    /// The same list with no one speaking stays a document of no one's: `other`, not the member's.
    @Test func aListWithNoVoiceIsNoMembers() throws {
        let r = try ingest("""
        一、存在的问题
        1、理论学习不够深入。
        2、服务意识不够强。
        3、工作标准不够高。
        学习上，满足于参加集中学习，主动钻研少。
        工作中，有时怕麻烦，对群众的诉求回应不够及时。
        """)
        #expect(r.kind == .other)
    }

    /// A branch's own account of its meeting opens as news does (a date, 召开) but speaks of 我院党支部: its own.
    @Test func aMeetingAccountInTheBranchsVoiceIsItsOwn() throws {
        let r = try ingest("""
        3月6日下午，城西学院党支部在二楼会议室召开2024年度组织生活会，全体党员参加。
        会上，我院党支部书记代表支委会作对照检查，党员逐一发言，开展批评和自我批评。
        """)
        #expect(r.kind == .report)
    }

    /// The same meeting told by someone else, and a summary in a town's voice of its villages' branches, are not the
    /// branch's own.
    @Test func aMeetingToldByOthersIsNews() throws {
        let r = try ingest("""
        3月6日下午，城西学院党支部在二楼会议室召开2024年度组织生活会，全体党员参加。
        会上，该支部书记代表支委会作对照检查，党员逐一发言，开展批评和自我批评。
        """)
        #expect(r.kind == .other)
        let own = ["我镇农村党支部普遍存在……", "我们各支部都……", "我们社区党支部共有党员……", "本支部现有党员……"]
            .map { DocumentKind.speaksAsTheBranch($0, words: Knowledge.shipped.reading) }
        #expect(own == [false, false, true, true])
    }

    /// No title, a branch that speaks of itself, and 讲话 only as what its members studied: its own account.
    @Test func whatTheBranchStudiedIsNotWhatTheTextIs() throws {
        let r = try ingest("""
        为学习贯彻上级精神，我校支部于3月16日下午召开2024年度组织生活会，党员教师集中学习了重要讲话精神。
        会前，支部广泛听取意见，查找突出问题，党员认真撰写了对照检查材料。
        """)
        #expect(r.kind == .report)
    }

    /// 我支部 in someone's quoted words, or a member naming his post (我是支部书记), is no branch speaking of itself.
    @Test func quotedWordsAndAMembersPostAreNoBranchsVoice() throws {
        let news = try ingest("""
        城西学院党支部召开2025年度组织生活会
        3月6日，城西学院党支部召开组织生活会。支部书记王某表示：“我支部将认真抓好整改。”
        会上查摆出以下问题：一是学习不够深入。二是联系群众不够紧密。
        """)
        #expect(news.kind == .other)
        let words = Knowledge.shipped.reading
        let own = ["王某表示：“我支部将认真抓好整改。”", "我是支部书记，一年来……", "我作为支部书记，……", "我支部现有党员……"]
            .map { DocumentKind.speaksAsTheBranch($0, words: words) }
        #expect(own == [false, false, false, true])
    }

    /// A summary in the branch's voice ("……总结如下", 我支部) is its own, not a document of another kind.
    @Test func aSummaryInTheBranchsVoiceIsItsOwn() throws {
        let r = try ingest("""
        按照学院党委的部署，我支部开展了民主评议党员工作，现将评议情况总结如下：
        一、基本情况
        本支部共有正式党员十八名，预备党员三名。
        """)
        #expect(r.kind == .report)
    }
}

/// Lists and talks that only look like problems or a team's material. Fixtures in this project's own words.
@Suite struct WorkItemsAndTalksTests {
    /// "加强班子建设，解决“没人牵头”的问题。": what the branch did about a problem, not a shortcoming; with no
    /// problems heading, such a list is no list of problems.
    @Test func workItemsThatSolveAProblemAreNoProblems() throws {
        let r = try ingest("""
        一年来，我村党支部在镇党委领导下，围绕产业和治理两件事抓党建。
        1、加强班子建设，解决“没人牵头”的问题。
        2、办好合作社，解决“没钱办事”的难题和问题。
        3、建好议事会，解决“说了不算”的问题。
        """)
        #expect(r.problems.isEmpty)
    }

    /// "解决群众反映的问题不够及时": what is left when the remedy is taken out still names a shortcoming.
    @Test func aLapseInSolvingStaysAProblem() throws {
        let r = try ingest("""
        一年来，我村党支部在镇党委领导下，围绕产业和治理两件事抓党建。
        1、解决群众反映的问题不够及时。
        2、议事会开得不经常。
        """)
        #expect(r.problems.map(\.headline) == ["解决群众反映的问题不够及时。", "议事会开得不经常。"])
    }

    /// "刚才，……班子成员作了对照检查……我代表督导组谈几点意见。": a talk at the meeting, not a team's material.
    @Test func aTalkOpeningWithJustNowIsATalk() throws {
        let r = try ingest("""
        刚才，县农业局班子成员围绕民主生活会主题逐一作了对照检查，会议开得认真。下面，我代表督导组讲几点意见。
        一、总体评价
        一是会前准备扎实。二是查摆问题具体。
        """)
        #expect(r.kind == .other)
    }
}

/// Measures of a progress report and measures under a heading of another word. Fixtures in this project's own words.
@Suite struct ProgressReportMeasureTests {
    /// A problem card with two measures, each followed by its "完成情况：" line: both are measures, each with its
    /// status.
    @Test func aSecondMeasureAfterAStatusLineIsAMeasure() throws {
        let r = try ingest("""
        护理党支部关于2024年度组织生活会查摆问题整改落实情况的报告
        二、问题整改落实情况
        问题1：夜班护士赶不上集中学习。三班倒，补学靠自觉。
        整改措施一：同一内容白班、夜班各讲一次。责任人：施雨晴；整改时限：2025年2月28日。
        完成情况：已完成。
        整改措施二：录制十分钟微课供补学。责任人：柯佳慧；整改时限：长期坚持。
        完成情况：持续推进。
        问题2：积极分子太少。青年护士多，积极分子只有两名。
        整改措施：年内新确定积极分子三名。责任人：施雨晴；整改时限：2025年3月20日。
        """)
        #expect(r.measures.map(\.headline) == ["同一内容白班、夜班各讲一次。", "录制十分钟微课供补学。", "年内新确定积极分子三名。"])
        #expect(r.measures.map(\.owner) == ["施雨晴", "柯佳慧", "施雨晴"])
        #expect(r.measures.map { $0.status?.rawValue } == ["done", "ongoing", nil])
    }

    /// "三、整改举措" is the measures section.
    @Test func measuresUnderAHeadingOfSteps() throws {
        let r = try ingest("""
        风电运维党支部2023年度组织生活会对照检查材料
        一、问题查摆
        1. 班组学习常被安全交底挤掉。
        二、整改举措
        1. 班组学习单列记录，不拿交底充学习。责任人：任海峰；整改时限：2024年3月31日。
        """)
        #expect(r.measures.map(\.headline) == ["班组学习单列记录，不拿交底充学习。"])
        #expect(!r.diagnostics.contains { $0.id == .missingSection && $0.en == "the measures section is missing" })
    }
}

/// Problems listed after a label and parted by semicolons in an aspect's paragraph. Fixtures in this project's own words.
@Suite struct SemicolonListTests {
    /// "（一）生产经营方面。主要问题：A；B。": the aspect and its two problems.
    @Test func problemsPartedBySemicolonsAfterALabel() throws {
        let r = try ingest("""
        码头装卸三队党支部2025年度组织生活会对照检查材料
        一、查摆的问题
        （一）生产经营方面。主要问题：党员责任区在夜班里作用不明显，夜班效率明显偏低；安全监督岗履职不实，两处隐患拖了一个月才发现。
        （二）队伍建设方面。主要问题：青年职工入党意愿培养不够，队里三十五岁以下党员只有三人。
        """)
        #expect(r.aspects.map(\.title) == ["生产经营方面", "队伍建设方面"])
        #expect(r.aspects.first?.problems.map(\.headline) == ["党员责任区在夜班里作用不明显，夜班效率明显偏低；", "安全监督岗履职不实，两处隐患拖了一个月才发现。"])
        #expect(r.aspects.last?.problems.map(\.headline) == ["青年职工入党意愿培养不够，队里三十五岁以下党员只有三人。"])
    }

    /// "……不够；……参差不齐，……": 参差不齐 names a shortcoming, so both parts are problems.
    @Test func unevenIsAShortcoming() throws {
        let r = try ingest("""
        码头装卸三队党支部2025年度组织生活会对照检查材料
        一、查摆的问题
        （一）队伍建设方面。主要问题：青年职工入党意愿培养不够；党小组长能力参差不齐，有的小组会只布置生产。
        """)
        #expect(r.problems.count == 2)
    }

    /// A single problem whose detail is parted by a semicolon stays one problem: the second part names no shortcoming.
    @Test func aDetailAfterASemicolonStaysTheProblems() throws {
        let r = try ingest("""
        码头装卸三队党支部2025年度组织生活会对照检查材料
        一、查摆的问题
        （一）生产经营方面。主要问题：党员责任区在夜班里作用不明显；比如三号泊位夜里常常只有一名党员在岗。
        """)
        #expect(r.problems.map(\.headline) == ["党员责任区在夜班里作用不明显；"])
    }
}
