/// Style ids. Word and WPS find their built-in styles by name (Normal, Title, caption, toc 1, footer), and the
/// Chinese editions show those names as 正文, 标题, 题注, 目录 1, 页脚: a style of our own called 正文 or 标题
/// would stand beside the built-in one of the same shown name. So 正文 and 标题 are the built-in styles, set to
/// GB/T 9704; the rest are styles of our own with Chinese names.
enum StyleID {
    static let body = "Normal"
    static let title = "Title"
    static let subtitle = "Subtitle"
    static let headings = ["Heading1", "Heading2", "Heading3", "Heading4"]
    static let caption = "Caption"
    static let tableText = "TableText"
    static let tableHeading = "TableHeading"
    static let tableNote = "TableNote"
    static let figure = "Figure"
    static let signature = "SignatureLine"
    static let contentsTitle = "ContentsTitle"
    static let contents = ["TOC1", "TOC2"]
    static let attachmentLabel = "AttachmentLabel"
    static let attachmentTitle = "AttachmentTitle"
    static let footer = "Footer"
    static let leadIn = "LeadIn"
}

/// The East Asian fonts offices have, each with the names it goes by on machines without it (w:altName).
enum OfficeFont: String, CaseIterable {
    case xiaobiaosong = "方正小标宋简体"
    case fangsong = "仿宋_GB2312"
    case kaiti = "楷体_GB2312"
    case heiti = "黑体"
    case songti = "宋体"

    var alternatives: String {
        switch self {
        case .xiaobiaosong: return "方正小标宋_GBK,宋体,SimSun"
        case .fangsong: return "仿宋,FangSong"
        case .kaiti: return "楷体,KaiTi"
        case .heiti: return "SimHei"
        case .songti: return "SimSun"
        }
    }

    /// Latin letters and digits in Times New Roman, Chinese in the office font; ambiguous characters (quotes,
    /// dashes) take the East Asian font.
    var runFonts: String {
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"\(rawValue)\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>"
    }
}

/// word/styles.xml and word/fontTable.xml.
enum Styles {
    /// Chinese type sizes in half-points: 二号 22 pt, 三号 16, 四号 14, 小四 12.
    static let erhao = 44, sanhao = 32, sihao = 28, xiaosi = 24

    static let exactLine = "w:line=\"\(PageSetup.linePitch)\" w:lineRule=\"exact\""
    static let noIndent = "w:firstLineChars=\"0\" w:firstLine=\"0\""

    /// Run properties in schema order (rFonts, b, spacing, sz); `spacing` in twips, nil to inherit it.
    static func font(_ f: OfficeFont, _ size: Int, bold: Bool = false, spacing: Int? = nil) -> String {
        f.runFonts + (bold ? "<w:b/><w:bCs/>" : "") + (spacing.map { "<w:spacing w:val=\"\($0)\"/>" } ?? "")
            + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
    }

    static func paragraph(_ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil,
                          pPr: String, rPr: String) -> String {
        "<w:style w:type=\"paragraph\" w:customStyle=\"\(name.unicodeScalars.allSatisfy(\.isASCII) ? 0 : 1)\" w:styleId=\"\(id)\">"
            + "<w:name w:val=\"\(name)\"/>" + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
            + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "") + "<w:qFormat/>"
            + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
    }

    static var xml: String {
        let body = PageSetup.chars(2)
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(OfficeFont.fangsong.runFonts)<w:kern w:val=\"0\"/>"
            + "<w:sz w:val=\"\(sanhao)\"/><w:szCs w:val=\"\(sanhao)\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
        // 正文: 仿宋_GB2312 三号, justified, first line in two characters, one grid line (28.95 pt) a line. The
        // 28 characters come from condensing each by 0.25 pt, not from snapping to the character grid: Word narrows
        // characters to the grid's 15.79 pt pitch, but LibreOffice gives a 16 pt character two cells of it and
        // sets 14 a line. Condensed, the text has 28 a line in Word, WPS and LibreOffice alike (PageSetup.condense).
        s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing \(exactLine)/><w:ind w:firstLineChars=\"200\" w:firstLine=\"\(body)\"/>"
            + "<w:jc w:val=\"both\"/></w:pPr><w:rPr>\(font(.fangsong, sanhao, spacing: PageSetup.condense))</w:rPr></w:style>"
        s += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
            + "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        s += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
            + "<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        s += "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/>"
            + "<w:semiHidden/><w:unhideWhenUsed/></w:style>"
        s += titleStyles + headingStyles + tableStyles + otherStyles
        return s + "</w:styles>"
    }

    static var titleStyles: String {
        paragraph(StyleID.title, "Title", next: StyleID.body,
                  pPr: "<w:keepNext/><w:spacing w:after=\"\(PageSetup.linePitch)\" \(exactLine)/><w:ind \(noIndent)/><w:jc w:val=\"center\"/>",
                  rPr: font(.xiaobiaosong, erhao))
            + paragraph(StyleID.subtitle, "Subtitle", next: StyleID.body,
                        pPr: "<w:keepNext/><w:ind \(noIndent)/><w:jc w:val=\"center\"/>", rPr: font(.kaiti, sanhao))
            + paragraph(StyleID.attachmentLabel, "附件", next: StyleID.attachmentTitle,
                        pPr: "<w:keepNext/><w:ind \(noIndent)/><w:jc w:val=\"left\"/>", rPr: font(.heiti, sanhao))
            // GB/T 9704: the attachment title on the third line, one line free below it.
            + paragraph(StyleID.attachmentTitle, "附件标题", next: StyleID.body,
                        pPr: "<w:keepNext/><w:spacing w:before=\"\(PageSetup.linePitch)\" w:after=\"\(PageSetup.linePitch)\" \(exactLine)/>"
                            + "<w:ind \(noIndent)/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
                        rPr: font(.xiaobiaosong, erhao))
    }

    /// 一级标题 黑体, 二级标题 楷体, 三级标题 仿宋 bold, 四级标题 仿宋; all 三号 and indented like the body.
    /// The outline level lets Word's navigation pane and the TOC field find them.
    static var headingStyles: String {
        let specs: [(String, OfficeFont, Bool)] = [("一级标题", .heiti, false), ("二级标题", .kaiti, false),
                                                   ("三级标题", .fangsong, true), ("四级标题", .fangsong, false)]
        return specs.enumerated().map { level, spec in
            paragraph(StyleID.headings[level], spec.0, next: StyleID.body,
                      pPr: "<w:keepNext/><w:keepLines/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"\(level)\"/>",
                      rPr: font(spec.1, sanhao, bold: spec.2))
        }.joined()
    }

    /// 表格 宋体 小四 on 16 pt lines, 表头 黑体; both off the character grid so narrow cells are not spread.
    static var tableStyles: String {
        paragraph(StyleID.tableText, "表格",
                  pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"320\" w:lineRule=\"exact\"/><w:ind \(noIndent)/><w:jc w:val=\"left\"/>",
                  rPr: font(.songti, xiaosi, spacing: 0))
            + paragraph(StyleID.tableHeading, "表头", basedOn: StyleID.tableText,
                        pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: font(.heiti, xiaosi, spacing: 0))
            + paragraph(StyleID.tableNote, "表注",
                        pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"60\" w:line=\"360\" w:lineRule=\"exact\"/><w:ind \(noIndent)/>",
                        rPr: font(.fangsong, xiaosi, spacing: 0))
            + paragraph(StyleID.caption, "caption", next: StyleID.body,
                        pPr: "<w:keepNext/><w:spacing w:before=\"80\" w:line=\"480\" w:lineRule=\"exact\"/><w:ind \(noIndent)/><w:jc w:val=\"center\"/>",
                        rPr: font(.heiti, sihao, spacing: 0))
            // A picture needs an automatic line height: an exact one would cut it off.
            + paragraph(StyleID.figure, "图",
                        pPr: "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind \(noIndent)/><w:jc w:val=\"center\"/>",
                        rPr: "")
    }

    static var otherStyles: String {
        let two = PageSetup.chars(2)
        let tab = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(PageSetup.blockWidth)\"/></w:tabs>"
        return paragraph(StyleID.signature, "落款",
                         pPr: "<w:keepLines/><w:ind w:rightChars=\"200\" w:right=\"\(two)\" \(noIndent)/><w:jc w:val=\"right\"/>",
                         rPr: "")
            + paragraph(StyleID.contentsTitle, "目录标题", next: StyleID.contents[0],
                        pPr: "<w:keepNext/><w:spacing w:after=\"\(PageSetup.linePitch)\" \(exactLine)/><w:ind \(noIndent)/><w:jc w:val=\"center\"/>",
                        rPr: font(.heiti, sanhao))
            + paragraph(StyleID.contents[0], "toc 1", next: StyleID.body, pPr: tab + "<w:ind \(noIndent)/><w:jc w:val=\"left\"/>", rPr: "")
            + paragraph(StyleID.contents[1], "toc 2", next: StyleID.body,
                        pPr: tab + "<w:ind w:leftChars=\"200\" w:left=\"\(two)\" \(noIndent)/><w:jc w:val=\"left\"/>", rPr: "")
            // Page numbers: 宋体 四号, off the grid, digits in 宋体 too (GB/T 9704: 4号半角宋体阿拉伯数字).
            + paragraph(StyleID.footer, "footer",
                        pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind \(noIndent)/>",
                        rPr: "<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\" w:cs=\"宋体\"/><w:spacing w:val=\"0\"/><w:sz w:val=\"\(sihao)\"/><w:szCs w:val=\"\(sihao)\"/>")
            + "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"\(StyleID.leadIn)\"><w:name w:val=\"段首语\"/>"
            + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    }

    static var fontTable: String {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        for f in OfficeFont.allCases {
            s += "<w:font w:name=\"\(f.rawValue)\"><w:altName w:val=\"\(f.alternatives)\"/><w:charset w:val=\"86\"/>"
                + "<w:family w:val=\"\(f == .songti || f == .xiaobiaosong ? "roman" : "modern")\"/><w:pitch w:val=\"variable\"/></w:font>"
        }
        s += "<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
        return s + "</w:fonts>"
    }
}
