import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Wordings a clerk meets inside an ordinary, well-formed report, written in this project's own words: each
/// was found by trying variants of a sound report, not from a broken page.
@Suite struct ClerkWordingTests {
    func parse(_ text: String) -> BranchReport {
        accounted(NarrativeParser().parse(TextReader.paragraphs(text, file: "w.txt"), source: "w.txt"))
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
}
