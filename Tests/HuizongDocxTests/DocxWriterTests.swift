import Foundation
import HuizongDocument
import Testing
@testable import HuizongDocx
@testable import HuizongIngest

/// The package structure of a written .docx: styles, page setup, grid, footers, contents, tables, sections.
@Suite struct DocxWriterTests {
    let docx: WrittenDocx
    let outline = DocumentOutline(Fixture.document)

    init() throws {
        // Page numbers for every listed entry but the last, so the missing one asks Word to refresh.
        var pages: [Int: Int] = [:]
        for e in DocumentOutline(Fixture.document).entries.filter(\.inContents).dropLast() { pages[e.index] = e.index + 2 }
        docx = try WrittenDocx(DocxWriter.write(Fixture.document, options: Fixture.options(pages: pages)))
    }

    @Test func everyPartIsWellFormedAndDeclared() throws {
        let types = try docx.text("[Content_Types].xml")
        for path in docx.paths where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            _ = try docx.xml(path)
            if path.hasPrefix("word/") && !path.contains("_rels") { #expect(types.contains("PartName=\"/\(path)\""), "\(path)") }
        }
        #expect(types.contains("Extension=\"png\""))
        for part in ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/numbering.xml",
                     "word/footer1.xml", "word/footer2.xml", "docProps/core.xml", "docProps/app.xml", "_rels/.rels"] {
            #expect(docx.has(part), "\(part)")
        }
    }

    @Test func stylesAreNamedForWhatTheyAreWithOfficeFonts() throws {
        let expected: [(id: String, name: String, font: String, size: String, level: String?)] = [
            ("Title", "Title", "方正小标宋简体", "44", nil),
            ("Heading1", "一级标题", "黑体", "32", "0"), ("Heading2", "二级标题", "楷体_GB2312", "32", "1"),
            ("Heading3", "三级标题", "仿宋_GB2312", "32", "2"), ("Heading4", "四级标题", "仿宋_GB2312", "32", "3"),
            ("Normal", "Normal", "仿宋_GB2312", "32", nil), ("TableText", "表格", "宋体", "24", nil),
            ("AttachmentLabel", "附件", "黑体", "32", nil), ("AttachmentTitle", "附件标题", "方正小标宋简体", "44", "0"),
        ]
        for e in expected {
            let style = try docx.style(e.id)
            #expect(style.val("name") == e.name, "\(e.id)")
            let fonts = try #require(style.child("rPr")?.child("rFonts"), "\(e.id)")
            #expect(fonts.attr("eastAsia") == e.font, "\(e.id)")
            #expect(fonts.attr("ascii") == "Times New Roman", "\(e.id)")
            #expect(style.child("rPr")?.val("sz") == e.size, "\(e.id)")
            #expect(style.child("pPr")?.val("outlineLvl") == e.level, "\(e.id)")
        }
        #expect(try docx.style("Heading3").child("rPr")?.child("b") != nil, "三级标题 is bold")
        // 正文: first line in two characters, exactly one grid line a line.
        let body = try #require(try docx.style("Normal").child("pPr"))
        #expect(body.child("ind")?.attr("firstLineChars") == "200")
        #expect(body.child("spacing")?.attr("line") == "579" && body.child("spacing")?.attr("lineRule") == "exact")
        let fonts = try docx.xml("word/fontTable.xml").all("font")
        let fangsong = try #require(fonts.first { $0.attr("name") == "仿宋_GB2312" })
        #expect(fangsong.val("altName")?.hasPrefix("仿宋") == true)
    }

    @Test func pagesAreA4WithTheGBTMargins() throws {
        // The first section is portrait (the document ends in a landscape attachment).
        let last = try #require(try docx.sections.first)
        let size = try #require(last.child("pgSz"))
        #expect(size.attr("w") == "11906" && size.attr("h") == "16838" && size.attr("orient") == nil)
        let margins = try #require(last.child("pgMar"))
        #expect(margins.attr("top") == "2098")
        #expect(margins.attr("bottom") == "1984")
        #expect(margins.attr("left") == "1587")
        #expect(margins.attr("right") == "1474")
        #expect(try docx.text("word/settings.xml").contains("<w:mirrorMargins/>"))
    }

    @Test func theGridHas22LinesOf28Characters() throws {
        for section in try docx.sections {
            let grid = try #require(section.child("docGrid"))
            #expect(grid.attr("type") == "linesAndChars")
            #expect(grid.attr("linePitch") == "579")
            #expect(grid.attr("charSpace") == "-842")
        }
        // 22 lines fit the 12756-twip block and a 23rd does not; 28 characters of the pitch fit 8845 twips.
        #expect(22 * 579 <= 12_756 && 23 * 579 > 12_756)
        let pitch = 16 + Double(-842) / 4096
        #expect(28 * pitch * 20 <= 8845 && 29 * pitch * 20 > 8845)
    }

    @Test func footersNumberOddPagesRightAndEvenPagesLeft() throws {
        let settings = try docx.text("word/settings.xml")
        #expect(settings.contains("<w:evenAndOddHeaders/>"))
        for section in try docx.sections {
            let refs = section.childrenNamed("footerReference").map { $0.attr("type") ?? "" }
            #expect(refs == ["default", "even"])
        }
        let rels = try docx.text("word/_rels/document.xml.rels")
        for (part, side) in [("word/footer1.xml", "right"), ("word/footer2.xml", "left")] {
            #expect(rels.contains("Target=\"\(part.dropFirst(5))\""))
            let footer = try docx.xml(part)
            let p = try #require(footer.all("p").first)
            #expect(p.child("pPr")?.val("jc") == side, "\(part)")
            // One character in from the outer edge.
            #expect(p.child("pPr")?.child("ind")?.attr(side + "Chars") == "100", "\(part)")
            #expect(p.all("instrText").map(\.text) == [" PAGE "], "\(part)")
            #expect(p.all("fldChar").map { $0.attr("fldCharType") ?? "" } == ["begin", "separate", "end"])
            #expect(p.plainText == "— 1 —", "\(part)")
        }
    }

    @Test func headingsCarryBookmarksThatTheContentsLinkTo() throws {
        let body = try docx.body
        let bookmarks = Set(body.all("bookmarkStart").compactMap { $0.attr("name") })
        let links = body.all("hyperlink")
        let listed = outline.entries.filter(\.inContents)
        #expect(links.count == listed.count)
        for (link, entry) in zip(links, listed) {
            let anchor = try #require(link.attr("anchor"))
            #expect(bookmarks.contains(anchor), "\(anchor)")
            #expect(link.plainText.hasPrefix(entry.display))
            #expect(link.all("instrText").map(\.text) == [" PAGEREF \(anchor) \\h "])
        }
        // The PDF's page numbers, where given, are the cached results.
        #expect(links.first?.plainText == "一、总体情况2")
        let toc = body.all("instrText").map(\.text).filter { $0.contains("TOC") }
        #expect(toc == [" TOC \\o \"1-2\" \\h \\z \\u "])
        // The level-4 heading kept out of the contents is body text to Word's outline.
        let detail = try #require(body.all("p").first { $0.plainText.hasSuffix("细节") })
        #expect(detail.child("pPr")?.val("outlineLvl") == "9")
    }

    @Test func missingPageNumbersAskWordToRefreshTheFields() throws {
        #expect(try docx.text("word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"))
        var all: [Int: Int] = [:]
        for e in outline.entries { all[e.index] = 3 }
        let complete = try WrittenDocx(DocxWriter.write(Fixture.document, options: Fixture.options(pages: all)))
        #expect(try !complete.text("word/settings.xml").contains("updateFields"))
    }

    @Test func tablesRepeatTheirHeaderAndBoldTheirTotals() throws {
        let body = try docx.body
        let table = try #require(body.all("tbl").first)
        let rows = table.childrenNamed("tr")
        try #require(rows.count == 4)
        #expect(rows[0].child("trPr")?.child("tblHeader") != nil)
        #expect(rows.dropFirst().allSatisfy { $0.child("trPr")?.child("tblHeader") == nil })
        #expect(rows.allSatisfy { $0.child("trPr")?.child("cantSplit") != nil })
        #expect(rows[0].all("tc").map(\.plainText) == ["小组", "任务数", "完成率"])
        let total = rows[3]
        #expect(total.all("r").allSatisfy { $0.child("rPr")?.child("b") != nil })
        #expect(total.all("shd").first?.attr("fill") == "F5F5F5")
        #expect(rows[1].all("r").allSatisfy { $0.child("rPr")?.child("b") == nil })
        // Relative widths 3 : 1 : 1 of the 8845-twip text width.
        let grid = table.child("tblGrid")?.childrenNamed("gridCol").compactMap { Int($0.attr("w") ?? "") } ?? []
        #expect(grid == [5307, 1769, 1769])
        // Numbers right-aligned.
        #expect(rows[1].all("p").last?.child("pPr")?.val("jc") == "right")
    }

    @Test func wideTablesAndLandscapeAttachmentsGetLandscapeSections() throws {
        let sections = try docx.sections
        let orientations = sections.map { $0.child("pgSz")?.attr("orient") ?? "portrait" }
        // Text, the wide table, text again, then the landscape attachment: the document ends in it.
        try #require(orientations == ["portrait", "landscape", "portrait", "landscape"])
        let landscape = try #require(sections[1].child("pgSz"))
        #expect(landscape.attr("w") == "16838" && landscape.attr("h") == "11906")
        // The wide table sits in the landscape section and spans its 12756-twip text width.
        let body = try docx.body
        let wide = try #require(body.all("tbl").first { $0.plainText.contains("第9列") })
        let width = wide.child("tblGrid")?.childrenNamed("gridCol").compactMap { Int($0.attr("w") ?? "") }.reduce(0, +)
        #expect(width == 12_756)
    }

    @Test func attachmentsStartAPageWithTheirLabelAndTitle() throws {
        let paragraphs = try docx.body.all("p")
        let label = try #require(paragraphs.first { $0.plainText == "附件1" })
        #expect(label.child("pPr")?.val("pStyle") == "AttachmentLabel")
        #expect(label.child("pPr")?.child("pageBreakBefore") != nil)
        #expect(label.child("bookmarkStart") != nil)
        let index = try #require(paragraphs.firstIndex { $0 === label })
        try #require(index + 1 < paragraphs.count)
        #expect(paragraphs[index + 1].plainText == "补充说明")
        #expect(paragraphs[index + 1].child("pPr")?.val("pStyle") == "AttachmentTitle")
        // The page break after the contents becomes the next heading's page break.
        let first = try #require(paragraphs.first { $0.plainText == "一、总体情况" })
        #expect(first.child("pPr")?.child("pageBreakBefore") != nil)
    }

    @Test func listsAreWordNumberingAndSpansKeepTheirEmphasis() throws {
        let numbering = try docx.xml("word/numbering.xml")
        let runIn = try #require(numbering.all("abstractNum").first { $0.all("lvlText").first?.attr("val") == "%1是" })
        #expect(runIn.all("numFmt").first?.attr("val") == "chineseCounting")
        #expect(numbering.all("num").count == 2)
        let paragraphs = try docx.body.all("p")
        let item = try #require(paragraphs.first { $0.plainText.hasPrefix("加强学习") })
        #expect(item.child("pPr")?.child("numPr")?.val("numId") == "1")
        #expect(item.all("rStyle").first?.attr("val") == "LeadIn")
        let bold = try #require(paragraphs.first { $0.plainText.hasPrefix("全年共开展") })
        #expect(bold.all("r").filter { $0.child("rPr")?.child("b") != nil }.map(\.plainText) == ["三十次"])
        // Items that already carry their marker are written as they are, with no second number.
        let carried = try WrittenDocx(DocxWriter.write(Document(title: "标题", blocks: [
            .list(ListBlock(style: .runIn, items: [[Span("一是学习。")], [Span("改进。")]])),
        ])))
        let texts = try carried.body.all("p").map(\.plainText)
        #expect(texts.contains("一是学习。") && texts.contains("二是改进。"))
        #expect(try carried.body.all("numPr").isEmpty)
    }

    @Test func chartsArePicturesWithTheirFiguresInATable() throws {
        #expect(docx.has("word/media/chart1.png"))
        let rels = try docx.text("word/_rels/document.xml.rels")
        #expect(rels.contains("Id=\"rIdChart1\"") && rels.contains("Target=\"media/chart1.png\""))
        let body = try docx.body
        let blip = try #require(body.all("blip").first)
        #expect(blip.attr("embed") == "rIdChart1")
        let extent = try #require(body.all("extent").first)
        #expect(extent.attr("cx") == "\(400 * 12_700)" && extent.attr("cy") == "\(200 * 12_700)")
        let data = try #require(body.all("tbl").first { $0.plainText.contains("已完成（项）") })
        let rows = data.childrenNamed("tr").map { $0.all("tc").map(\.plainText) }
        #expect(rows == [["项目", "已完成（项）", "进行中（项）", "合计（项）"], ["第一小组", "9", "3", "12"], ["第二小组", "4", "4", "8"]])
        // The title is a caption, not part of the picture.
        #expect(body.all("p").contains { $0.plainText == "图1　各组进度" && $0.child("pPr")?.val("pStyle") == "Caption" })
    }

    @Test func aLongTitleBreaksWhereAClerkWould() throws {
        #expect(BodyBuilder.titleLines("某某单位2026年度工作情况汇总报告（测试用长标题）", breakAfter: ["年度", "的"])
            == "某某单位2026年度\n工作情况汇总报告（测试用长标题）")
        #expect(BodyBuilder.titleLines("短标题", breakAfter: ["年度"]) == "短标题")
        let title = try #require(try docx.body.all("p").first)
        #expect(title.child("pPr")?.val("pStyle") == "Title")
        #expect(title.all("br").count == 1)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let a = try DocxWriter.write(Fixture.document, options: Fixture.options())
        let b = try DocxWriter.write(Fixture.document, options: Fixture.options())
        #expect(a == b)
        let core = try WrittenDocx(a).text("docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"))
        // A different date is the only difference a different run date makes.
        var dated = Fixture.options()
        dated.date = "2026-03-31T00:00:00"
        #expect(try DocxWriter.write(Fixture.document, options: dated) != a)
    }

    @Test func aChartThatCannotBeDrawnIsATypedError() throws {
        struct Broken: Error {}
        let options = DocxOptions(chartPicture: { _ in throw Broken() })
        #expect(throws: DocxError.self) { try DocxWriter.write(Fixture.document, options: options) }
    }
}
