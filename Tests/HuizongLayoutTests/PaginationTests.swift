import HuizongDocument
import Testing
@testable import HuizongLayout

@Suite struct PaginationTests {
    let spec: LayoutSpec
    init() throws { spec = try Repo.layout("gbt9704") }

    func layout(_ blocks: [Block], title: String = "标题") -> LaidOutDocument {
        Paginator(spec: spec, shaper: FakeShaper()).layout(Document(title: title, blocks: blocks))
    }

    /// A bar chart's category longer than its label column ends in "…" inside the page; short ones stay whole.
    @Test func aLongChartCategoryIsShortenedNotCut() {
        let long = "在带头学习贯彻党的创新理论、用以武装头脑指导实践推动工作方面"
        let doc = layout([.chart(Chart(kind: .horizontalBar, categories: ["政治纪律", long],
                                       series: [Chart.Series(name: "问题数", values: [3, 2])]))])
        var labels: [(String, Double)] = []
        for page in doc.pages {
            for item in page.items {
                guard case let .text(t) = item, t.style == .chart else { continue }
                for l in t.lines { labels.append((t.text(ofLine: l), t.x + t.xOffset(ofLine: l))) }
            }
        }
        #expect(labels.contains { $0.0 == "政治纪律" })
        let cut = labels.first { $0.0.hasSuffix("…") }
        #expect(cut?.0.hasPrefix("在带头学习") == true)
        #expect(labels.allSatisfy { $0.1 >= spec.marginLeft - 0.01 })
    }

    @Test func aFullPageHas22LinesOf28Characters() {
        let text = String(repeating: "党", count: 28 * 60)
        let doc = layout([.paragraph(Paragraph([Span(text)], indent: 0))])
        // Page 2 is all body text.
        let lines = doc.lines(onPage: 1, style: .body)
        #expect(lines.count == 22)
        #expect(lines.allSatisfy { $0.count == 28 })
        // Baselines step by exactly one grid pitch.
        let baselines = doc.pages[1].items.compactMap { item -> [Double]? in
            guard case let .text(t) = item else { return nil }
            return t.lines.map { t.baseline(ofLine: $0) }
        }.flatMap { $0 }
        for (a, b) in zip(baselines, baselines.dropFirst()) { #expect(abs(b - a - spec.blockHeight / 22) < 1e-6) }
    }

    @Test func headingsAreNumberedPerLevel() {
        let doc = layout([
            .heading(Heading(level: 1, text: "基本情况")), .heading(Heading(level: 2, text: "甲")),
            .heading(Heading(level: 2, text: "乙")), .heading(Heading(level: 3, text: "丙")),
            .heading(Heading(level: 1, text: "问题")), .heading(Heading(level: 2, text: "丁")),
            .heading(Heading(level: 4, text: "戊")), .heading(Heading(level: 1, text: "自定", number: "")),
        ])
        let text = doc.plainText()
        for expected in ["一、基本情况", "（一）甲", "（二）乙", "1．丙", "二、问题", "（一）丁", "（1）戊"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(text.split(separator: "\n").contains("自定"))
        #expect(doc.outline.map(\.title).prefix(3) == ["一、基本情况", "（一）甲", "（二）乙"])
    }

    @Test func aTableOverThreePagesRepeatsItsHeader() {
        let rows = (1...90).map { Table.Row(["第\($0)党支部", "\($0)", "\($0 * 2)"]) }
        let table = Table(caption: "表1　测试", columns: [.init("党支部"), .init("党员数"), .init("问题数")], rows: rows)
        let doc = layout([.table(table)])
        let pagesWithRows = doc.pages.indices.filter { !doc.lines(onPage: $0, style: .table).isEmpty }
        #expect(pagesWithRows.count >= 3)
        for p in pagesWithRows {
            #expect(doc.lines(onPage: p, style: .tableHeader) == ["党支部", "党员数", "问题数"], "page \(p + 1)")
        }
        // Every row appears exactly once, in order.
        let names = pagesWithRows.flatMap { doc.lines(onPage: $0, style: .table) }.filter { $0.hasSuffix("党支部") }
        #expect(names == (1...90).map { "第\($0)党支部" })
    }

    @Test func aRowMovesWholeToTheNextPage() {
        // Each row's first cell wraps to several lines; a page must hold whole rows only.
        let filler = "甲乙丙丁戊己庚辛壬癸"
        let content = (1...40).map { "第\($0)行" + String(repeating: filler, count: 6) }
        let rows = content.enumerated().map { Table.Row([$1, "\($0 + 1)"]) }
        let table = Table(columns: [.init("内容", width: 3), .init("数", width: 1)], rows: rows)
        let doc = layout([.table(table)])
        #expect(doc.pages.count >= 2)
        var seen: [String] = []
        for p in doc.pages.indices {
            let cells = doc.lines(onPage: p, style: .table)
            let numbers = cells.compactMap { Int($0) }
            let text = cells.filter { Int($0) == nil }.joined()
            for n in numbers { #expect(text.contains(content[n - 1]), "row \(n) cut on page \(p + 1)") }
            seen += numbers.map { content[$0 - 1] }
        }
        #expect(seen == content)
    }

    @Test func aRowTallerThanAPageSplits() {
        let huge = String(repeating: "长", count: 3000)
        let table = Table(columns: [.init("内容")], rows: [Table.Row([huge]), Table.Row(["尾"])])
        let doc = layout([.table(table)])
        let joined = doc.pages.indices.flatMap { doc.lines(onPage: $0, style: .table) }.joined()
        #expect(joined == huge + "尾")
        #expect(doc.pages.count >= 3)
    }

    /// A header taller than a page (a folder of many years' aspects made one column each) overruns its page; the
    /// rows still follow, once each, instead of new pages being asked for forever.
    @Test func aHeaderTallerThanAPageStillEnds() {
        let tall = String(repeating: "方", count: 2000)
        let table = Table(columns: [.init(tall)], rows: [Table.Row(["首"]), Table.Row(["尾"])])
        let doc = layout([.table(table)])
        let cells = doc.pages.indices.flatMap { doc.lines(onPage: $0, style: .table) }
        #expect(cells == ["首", "尾"])
        #expect(doc.pages.count <= 4)
    }

    @Test func aHeadingIsNeverLastOnAPage() {
        // Fill the page to its last line, then a heading: it must move to the next page with its text.
        let filler = String(repeating: "字", count: 28 * 19 - 2)
        let doc = layout([.paragraph(Paragraph(text: filler)), .heading(Heading(level: 1, text: "标题甲")),
                          .paragraph(Paragraph(text: String(repeating: "文", count: 100)))])
        let firstPage = doc.lines(onPage: 0)
        #expect(!firstPage.contains("一、标题甲"))
        #expect(doc.lines(onPage: 1).first == "一、标题甲")
    }

    @Test func aLongTitleBreaksAfterTheYearNotInsideAWord() {
        let doc = layout([.paragraph(Paragraph(text: "正文"))], title: "某某机关党委2025年度组织生活会情况汇总报告")
        #expect(doc.lines(onPage: 0, style: .title) == ["某某机关党委2025年度", "组织生活会情况汇总报告"])
        let other = layout([.paragraph(Paragraph(text: "正文"))], title: "××党委2021年度基层党组织组织生活会对照检查材料汇编")
        #expect(other.lines(onPage: 0, style: .title) == ["××党委2021年度基层党组织", "组织生活会对照检查材料汇编"])
        // Without a word to break after, the lines still come out even rather than one character alone.
        let plain = layout([.paragraph(Paragraph(text: "正文"))], title: String(repeating: "字", count: 22))
        let lines = plain.lines(onPage: 0, style: .title)
        #expect(lines.count == 2)
        #expect(abs(lines[0].count - lines[1].count) <= 2, "\(lines)")
    }

    @Test func theSignatureNeverStandsAloneOnAPage() {
        // A page filled to its last line, then the signature: the last two lines of text go over with it.
        let full = String(repeating: "字", count: 28 * 22)
        let doc = layout([.pageBreak, .paragraph(Paragraph([Span(full)], indent: 0)), .signature(["某某机关党委", "2026年3月31日"])])
        #expect(doc.pages.count == 3)
        #expect(doc.lines(onPage: 1, style: .body).count == 20)
        #expect(doc.lines(onPage: 2, style: .body).count == 2)
        #expect(doc.lines(onPage: 2, style: .signature) == ["某某机关党委", "2026年3月31日"])
    }

    /// The frame holds the lines themselves: a paragraph split over two pages draws each of its lines once.
    @Test func aParagraphSplitOverPagesCarriesEachLineOnce() {
        let rows = (0..<22).map { k in String(repeating: String(UnicodeScalar(0x4E00 + k)!), count: 28) }
        let doc = layout([.pageBreak, .paragraph(Paragraph([Span(rows.joined())], indent: 0)), .signature(["某某机关党委", "2026年3月31日"])])
        #expect(doc.lines(onPage: 1, style: .body) == Array(rows[..<20]))
        #expect(doc.lines(onPage: 2, style: .body) == Array(rows[20...]))
        for page in doc.pages {
            for case let .text(t) in page.items { #expect(t.shown.count == t.lines.count) }
        }
    }

    @Test func pageNumbersSitOutsideOnOddAndEvenPages() throws {
        let doc = layout([.paragraph(Paragraph(text: String(repeating: "字", count: 28 * 60)))])
        #expect(doc.pages.count >= 3)
        for (i, page) in doc.pages.enumerated() {
            guard case let .text(t)? = page.furniture.first else { Issue.record("no page number"); continue }
            #expect(t.text(ofLine: 0) == "— \(i + 1) —")
            let x = t.x + t.xOffset(ofLine: 0)
            let left = i % 2 == 0 ? spec.marginLeft : spec.marginRight
            if i % 2 == 0 {
                #expect(abs(x + t.width - (left + spec.blockWidth - 14)) < 0.5, "odd page right, one char in")
            } else {
                #expect(abs(x - (left + 14)) < 0.5, "even page left, one char in")
            }
            let mm = Length.pointsPerMillimetre
            #expect(t.baseline > spec.pageHeight - spec.marginBottom + 7 * mm)
        }
    }

    @Test func attachmentsStartANewPageWithLabelAndTitleOnLineThree() {
        let doc = layout([.paragraph(Paragraph(text: "正文")),
                          .attachment(Attachment(title: "统计表", blocks: [.paragraph(Paragraph(text: "附件正文"))]))])
        #expect(doc.pages.count == 2)
        #expect(doc.lines(onPage: 1, style: .attachmentLabel) == ["附件1"])
        guard case let .text(t)? = doc.pages[1].items.first(where: {
            if case let .text(t) = $0 { return t.style == .attachmentTitle }
            return false
        }) else { Issue.record("no title"); return }
        let pitch = spec.blockHeight / 22
        #expect(abs(t.baseline - (spec.marginTop + 2 * pitch)) < pitch)
    }

    @Test func contentsListHeadingsWithTheirPages() {
        let doc = layout([.contents, .pageBreak,
                          .heading(Heading(level: 1, text: "第一部分")),
                          .paragraph(Paragraph(text: String(repeating: "字", count: 28 * 40))),
                          .heading(Heading(level: 1, text: "第二部分"))])
        // The contents stand under the title on page 1; the headings follow on pages 2 and 3.
        let contents = doc.lines(onPage: 0, style: .contentsEntry)
        #expect(contents.contains("一、第一部分"))
        #expect(contents.contains("二、第二部分"))
        #expect(contents.contains("2"))
        #expect(contents.contains("3"))
        #expect(doc.outline.contains { $0.title == "二、第二部分" && $0.page == 2 })
    }

    @Test func landscapeTablesRotateTowardsTheBinding() {
        let table = Table(columns: [.init("甲"), .init("乙")], rows: [Table.Row(["1", "2"])], landscape: true)
        let doc = layout([.paragraph(Paragraph(text: "正文")), .table(table), .paragraph(Paragraph(text: "后文"))])
        #expect(doc.pages.map(\.rotation) == [0, -90, 0])
        let doc2 = layout([.paragraph(Paragraph(text: "正文")), .pageBreak, .paragraph(Paragraph(text: "正文")), .table(table)])
        #expect(doc2.pages.count == 3)
        #expect(doc2.pages.last?.rotation == 90, "odd page: the table head faces the binding on the left")
    }

    /// On a landscape layout the page is already wide: a wide table or attachment stays upright.
    @Test func aLandscapeLayoutNeverTurnsAWideTableSideways() throws {
        let landscape = try Repo.layout("gbt9704-landscape")
        let table = Table(columns: [.init("甲"), .init("乙")], rows: [Table.Row(["1", "2"])], landscape: true)
        let attachment = Attachment(number: 1, title: "各党支部情况", blocks: [.table(table)], landscape: true)
        let doc = Paginator(spec: landscape, shaper: FakeShaper()).layout(Document(title: "标题", blocks: [
            .paragraph(Paragraph(text: "正文")), .table(table), .paragraph(Paragraph(text: "后文")), .attachment(attachment),
        ]))
        #expect(doc.pages.allSatisfy { $0.rotation == 0 }, "\(doc.pages.map(\.rotation))")
        #expect(doc.pages.allSatisfy { $0.contentWidth > $0.contentHeight })
        #expect(doc.pages.count == 2, "the table stays on the text's page; the attachment starts one of its own")
    }

    @Test func chineseNumbers() {
        #expect(ChineseNumber.string(1) == "一")
        #expect(ChineseNumber.string(10) == "十")
        #expect(ChineseNumber.string(12) == "十二")
        #expect(ChineseNumber.string(20) == "二十")
        #expect(ChineseNumber.string(35) == "三十五")
    }
}
