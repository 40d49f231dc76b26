import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Points numbered under a one-sentence item, measures grouped under short headings, years and deadlines in
/// Chinese numerals, a name that is a clause, `1).` numbering and hard-wrapped lines whose short last lines end
/// sentences. Fixtures in this project's own words.
@Suite struct PointsAndNumeralDateTests {
    func ingest(_ text: String, path: String = "材料.txt") throws -> BranchReport {
        accounted(try #require(Ingest().read(data: Data(text.utf8), path: path).first))
    }
    func deadlines(_ r: BranchReport) -> [String?] { r.measures.map { $0.deadline.map(String.init(describing:)) } }

    @Test func pointsUnderAOneSentenceItemAreItsDetail() throws {
        let r = try ingest("""
        港务公司装卸队党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1. 学习常被倒班打断。
        （1）夜班党员一年只赶上三次集中学习；
        （2）补学靠自己看材料，没人讲解。
        2. 党员在安全生产中带头不够。
        （1）党员先锋岗挂牌后没有考评；
        （2）隐患排查多由班长一人完成。
        二、整改措施
        1. 学习跟着班次走。
        （1）每个班次设一名领学员；
        （2）每月录一次微课供夜班补学。
        责任人：支部书记 屈航；完成时限：2025年3月31日。
        2. 先锋岗按月考评。
        （1）考评结果在班前会上公布。
        责任人：组织委员 米岚；完成时限：长期坚持。
        """)
        #expect(r.problems.map(\.headline) == ["学习常被倒班打断。", "党员在安全生产中带头不够。"])
        #expect(r.problems[0].detail.contains("夜班党员一年只赶上三次集中学习"))
        #expect(r.measures.map(\.headline) == ["学习跟着班次走。", "先锋岗按月考评。"])
        #expect(r.measures.map(\.owner) == ["支部书记 屈航", "组织委员 米岚"])
        #expect(deadlines(r) == ["date(2025-03-31)", "ongoing"])
    }

    @Test func pointsUnderAnAspectOrALeadInStayItems() throws {
        let r = try ingest("""
        港务公司机修班党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1. 理论学习方面。
        （1）学习笔记多是抄的；
        （2）研讨发言照着稿子念。
        2. 服务一线不够。主要表现为：
        （1）维修单回复慢；
        （2）夜间报修没人接。
        """)
        #expect(r.problems.map(\.headline).filter { $0.contains("笔记") || $0.contains("研讨") || $0.contains("回复") || $0.contains("报修") }
                == ["学习笔记多是抄的；", "研讨发言照着稿子念。", "维修单回复慢；", "夜间报修没人接。"])
    }

    @Test func measuresGroupedUnderShortHeadingsAreEachAMeasure() throws {
        let r = try ingest("""
        梨园村党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1. 党员大会到会的人少。
        二、整改措施
        （一）抓好学习。一是农闲时每月办一次夜校。二是给行动不便的老党员送学上门。
        （二）改进服务。一是支委分片联系农户，2025年4月底前排好分片。二是群众的事建台账，一周内回复。
        """)
        #expect(r.measures.map(\.headline) == ["农闲时每月办一次夜校。", "给行动不便的老党员送学上门。",
                                              "支委分片联系农户，2025年4月底前排好分片。", "群众的事建台账，一周内回复。"])
        #expect(r.measures.dropFirst(2).first?.deadline.map(String.init(describing:)) == "date(2025-04-30)")
    }

    @Test func yearsAndDeadlinesInChineseNumerals() throws {
        let r = try ingest("""
        滨江区审计局机关第一党支部二〇二四年度组织生活会对照检查材料
        一、存在的问题
        1. 审计现场党员亮身份不够。
        二、整改措施
        1. 审计组设党员责任区。责任人：支部书记 苗青；完成时限：二〇二五年三月底。
        2. 每季度讲一次廉政党课。责任人：纪检委员 伍川；完成时限：二〇二五年六月三十日。
        """)
        #expect(r.year == 2024)
        #expect(deadlines(r) == ["date(2025-03-31)", "date(2025-06-30)"])
        #expect(DeadlineParser.arabicDates("二〇二五年十二月二十一日，三个月内") == "2025年12月21日，三个月内")
    }

    @Test func aClauseBeforeBranchIsNoNameAndTheSignatureNamesIt() throws {
        let r = try ingest("""
        2024年度组织生活会对照检查材料
        按照院党委的部署，支委会认真查找了支部在学习、作风等方面的不足，现报告如下。
        一、存在的问题
        1. 交接班时的谈心谈话少。
        中共临川县人民医院检验科党支部
        2025年1月10日
        """)
        #expect(r.branch == "中共临川县人民医院检验科党支部" || r.branch == "临川县人民医院检验科党支部")
    }

    @Test func halfBracketNumbering() {
        #expect(Marker.split("1). 学习的自觉性不强。")?.0 == .item)
        #expect(Marker.split("2）学习的钻劲不够。")?.1 == "学习的钻劲不够。")
        #expect(Marker.split("3)月份开始") == nil)
    }

    @Test func hardWrappedLinesEndingSentencesOftenAreStillJoined() throws {
        // Each paragraph's short last line ends a sentence, so fewer than 60 % of the lines end open; the full lines,
        // about 20 wide, break mid-sentence.
        let r = try ingest("""
        北湖街道第三社区党支部2024年度组织生活会对照检查材料
        一、存在的问题
        1. 网格党员入户走访不经常。有的网格一季度
        才走一遍，困难家庭的新情况掌握得不及时，
        群众反映找不到人，意见比较多。
        2. 主题党日内容单调。多是集中打扫卫生或者
        观看视频，党员讨论交流少，年轻党员参加的
        积极性不高，到会人数逐月减少。
        3. 党费收缴不够及时。个别流动党员隔几个月
        才补交一次，支部催缴也不够主动，台账登记
        不完整，月度核对没有做起来。
        二、整改措施
        1. 网格党员每月至少入户走访一遍，困难家庭
        每两周联系一次。责任人：支部书记 蓝秋。
        完成时限：2025年3月31日。
        2. 主题党日每次设一个讨论题，轮流由年轻党
        员主持。责任人：组织委员 余舟。
        完成时限：2025年6月30日。
        """)
        #expect(r.diagnostics.contains { $0.id == .reflowed })
        #expect(r.problems.map(\.headline) == ["网格党员入户走访不经常。", "主题党日内容单调。", "党费收缴不够及时。"])
        #expect(r.measures.first?.headline == "网格党员每月至少入户走访一遍，困难家庭每两周联系一次。")
        #expect(r.measures.map(\.owner) == ["支部书记 蓝秋", "组织委员 余舟"])
        #expect(deadlines(r) == ["date(2025-03-31)", "date(2025-06-30)"])
    }
}
