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
