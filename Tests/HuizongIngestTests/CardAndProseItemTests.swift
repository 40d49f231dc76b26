import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Problem lists written as bulleted labels ("• 存在问题：", "● 问题一：", "● 措施："), and a first problem written
/// as prose before the numbered ones. Fixtures in this project's own words.
@Suite struct CardAndProseItemTests {
    func parse(_ text: String) -> BranchReport {
        accounted(NarrativeParser().parse(TextReader.paragraphs(text, file: "r.txt"), source: "r.txt"))
    }
    func headlines(_ r: BranchReport) -> [String] { r.problems.map(\.headline) }

    @Test func aBulletBeforeAProblemsLabelIsDecoration() {
        let r = parse("""
        河湾党支部2025年度组织生活会检视材料
        • 存在问题：
        • 支委会学习常被业务冲掉。
        • 主题党日多是打扫卫生。
        • 整改措施：
        • 支委会学习固定在每月初。
        """)
        #expect(headlines(r) == ["支委会学习常被业务冲掉。", "主题党日多是打扫卫生。"])
        #expect(r.aspects.map(\.title) == ["存在问题"])
        #expect(r.measures.map(\.headline) == ["支委会学习固定在每月初。"])
    }

    @Test func labelledPairsOfProblemAndMeasure() {
        let r = parse("""
        渡口村党支部组织生活会问题清单
        • 存在问题：党员大会到会率低。外出务工党员常年请假。
        • 整改措施：外出党员通过视频参会，每季度通报一次到会情况。
        • 存在问题：村务公开只贴总数。群众看不懂明细。
        • 整改措施：按月公开收支明细。
        """)
        #expect(headlines(r) == ["党员大会到会率低。", "村务公开只贴总数。"])
        #expect(r.measures.map(\.headline) == ["外出党员通过视频参会，每季度通报一次到会情况。", "按月公开收支明细。"])
    }

    @Test func bulletedCardsUnderBulletedAspectsKeepTheirAspectsAndMeasures() {
        let r = parse("""
        仓储物流党支部2024年度组织生活会问题清单
        ◆ 思想建设方面
        ● 问题：学习安排总让位于旺季发货。
        ● 措施：淡季集中补学，旺季每周一次短学。责任人：书记 祁远  完成时限：2025年3月31日
        ◆ 作风建设方面
        ● 问题：夜班班组反映的事情回复慢。
        ● 措施：设夜班联络员，三日内回复。责任人：委员 庞雪  完成时限：2025年2月28日
        """)
        #expect(r.aspects.map(\.title) == ["思想建设方面", "作风建设方面"])
        #expect(headlines(r) == ["学习安排总让位于旺季发货。", "夜班班组反映的事情回复慢。"])
        #expect(r.measures.map(\.headline) == ["淡季集中补学，旺季每周一次短学。", "设夜班联络员，三日内回复。"])
        #expect(r.measures.map(\.owner) == ["书记 祁远", "委员 庞雪"])
        #expect(r.measures.map { $0.deadline.map(String.init(describing:)) } == ["date(2025-03-31)", "date(2025-02-28)"])
    }

    @Test func aProblemWrittenWithoutANumberBeforeTheNumberedOnes() {
        let r = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        支委会开得勤，但议题多是生产调度，党建的事研究不够。
        2.党员积分只记不用。年底评议与积分脱节。
        3.发展对象培养断档。两年没有新的积极分子。
        二、整改措施
        1.支委会每次先议党建。
        """)
        #expect(headlines(r) == ["支委会开得勤，但议题多是生产调度，党建的事研究不够。", "党员积分只记不用。", "发展对象培养断档。"])
        let seq = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        支委会议题多是生产调度，党建研究不够。
        二是党员积分只记不用，年底评议与积分脱节。
        三是发展对象培养断档，两年没有新的积极分子。
        二、整改措施
        1.支委会每次先议党建。
        """)
        #expect(headlines(seq).count == 3)
        #expect(headlines(seq).first == "支委会议题多是生产调度，党建研究不够。")
    }

    @Test func underAnAspectTheParagraphBeforeErShiIsTheFirstItem() {
        let r = parse("""
        码头党总支2025年度组织生活会检视剖析材料
        一、检视出的问题
        （一）在组织建设方面
        党员积分做成了摆设。年底评议没有用上积分。
        二是发展对象培养断档。两年没有新的积极分子。
        （二）在服务群众方面
        夜间装卸的噪声投诉处理慢。
        2.便民点开放时间与工人下班时间错开。
        二、整改措施
        1.积分与评议挂钩。
        """)
        #expect(r.aspects.map { $0.problems.map(\.headline) } == [
            ["党员积分做成了摆设。", "发展对象培养断档。"], ["夜间装卸的噪声投诉处理慢。", "便民点开放时间与工人下班时间错开。"],
        ])
    }

    @Test func aLeadInWithTheFirstItemRunIntoIt() {
        let r = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        经对照检查，支部主要有以下几点不足。1.党员积分只记不用，年底评议脱节。
        2.发展对象培养断档。
        """)
        #expect(headlines(r) == ["党员积分只记不用，年底评议脱节。", "发展对象培养断档。"])
    }

    /// What the bullet and card rules must leave alone (each case once read wrongly by a first version of them).
    @Test func whatTheBulletAndCardRulesMustLeaveAlone() {
        // Bulleted points under a numbered problem are its detail, however they are numbered.
        let points = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1.党员积分只记不用。
        ● 一是年底评议没有用上积分；
        ● 二是积分公示停了半年。
        2.发展对象培养断档。
        • （1）两年没有新的积极分子；
        二、整改措施
        1.积分与评议挂钩。
        """)
        #expect(headlines(points) == ["党员积分只记不用。", "发展对象培养断档。"])
        // A bulleted colon lead that names a shortcoming is a problem, not a heading.
        let leads = parse("码头党支部2025年度组织生活会对照检查材料\n一、存在的问题\n• 问题意识不强：查摆停在表面。\n• 对策研究不够：整改多是老办法。")
        #expect(headlines(leads).count == 2)
        // "问题来源：" is a card's line, not a card.
        let sourced = parse("""
        码头党支部2025年度组织生活会问题清单
        问题来源：征求意见
        问题一：装卸区党员亮身份不够。
        整改措施：设党员示范岗。
        问题来源：支部自查
        问题二：支委会记录不全。
        整改措施：统一记录本。
        """)
        #expect(headlines(sourced) == ["装卸区党员亮身份不够。", "支委会记录不全。"])
        // In the measures, a bulleted labelled line is a measure, and an aspect heading stays the measures'.
        let measures = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        1.党员积分只记不用。
        2.发展对象培养断档。
        二、整改措施
        • 今后打算：积分与评议挂钩。
        • 整改举措：每季度培养一名积极分子。
        """)
        #expect(measures.measures.count == 2)
        // One "整改措施：" pointer inside the problems is not a measure.
        let pointer = parse("码头党支部2025年度组织生活会对照检查材料\n一、存在的问题\n1.党员积分只记不用。\n整改措施：见第三部分。\n2.发展对象培养断档。")
        #expect(pointer.measures.isEmpty)
    }

    @Test func whatTheProseRuleMustLeaveAlone() {
        // A summary sentence naming 问题 in general, and one under an aspect heading, are not problems.
        let summary = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        支部的组织生活同样有不规范的问题。
        1.党员积分只记不用。
        2.发展对象培养断档。
        二、整改措施
        1.支委会每次先议党建。
        """)
        #expect(headlines(summary) == ["党员积分只记不用。", "发展对象培养断档。"])
        // A one-sentence summary, and a paragraph of background opening with a long sentence, are not either.
        for opening in ["总的来看，支部在落实从严治党责任上还不够到位。",
                        "会前支部书记与每名党员逐一谈心，没有遗漏一人，大家坦诚相见。会后汇总意见十二条。"] {
            let r = parse("码头党支部2025年度组织生活会对照检查材料\n一、存在的问题\n\(opening)\n1.党员积分只记不用。\n2.发展对象培养断档。")
            #expect(headlines(r) == ["党员积分只记不用。", "发展对象培养断档。"], "\(opening)")
        }
        let underAspect = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        （一）组织建设方面
        支部的组织生活还不够规范。
        1.党员积分只记不用。
        2.发展对象培养断档。
        二、整改措施
        1.支委会每次先议党建。
        """)
        #expect(headlines(underAspect) == ["党员积分只记不用。", "发展对象培养断档。"])
        // A bullet before a line that is no label stays an item's bullet.
        let plain = parse("""
        码头党支部2025年度组织生活会对照检查材料
        一、存在的问题
        • 党员积分只记不用。
        • 发展对象培养断档。
        二、整改措施
        • 支委会每次先议党建。
        """)
        #expect(headlines(plain) == ["党员积分只记不用。", "发展对象培养断档。"])
    }
}
