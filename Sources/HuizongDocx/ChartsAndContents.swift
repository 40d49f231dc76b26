import Foundation
import HuizongDocument
import HuizongExport

extension BodyBuilder {
    /// A chart: its title as an editable caption, the picture drawn by the PDF's chart code, and the figures in a
    /// small table below, so nothing is only in a picture.
    mutating func chart(_ c: Chart) throws(DocxError) {
        if let title = c.title {
            var props = ParagraphProperties(StyleID.caption)
            props.keepNext = true
            add(props, Run.text(title))
        }
        if let draw = options.chartPicture {
            var bare = c
            bare.title = nil
            let picture: ChartPicture
            do { picture = try draw(bare) } catch {
                throw DocxError(message: "cannot draw the chart \(c.title ?? c.categories.joined(separator: "、")): \(error)")
            }
            let n = media.count + 1
            let part = MediaPart(name: "chart\(n).png", relationship: "rIdChart\(n)", data: picture.png)
            media.append(part)
            // Never wider than the text: scaled down, proportions kept.
            let maxWidth = Double(section.textWidth) / 20
            let scale = picture.width > maxWidth ? maxWidth / picture.width : 1
            var props = ParagraphProperties(StyleID.figure)
            props.keepNext = true
            add(props, Drawing.inline(part, id: n, width: picture.width * scale, height: picture.height * scale,
                                      description: (c.title ?? "统计图") + "（数据见下表）"))
        }
        addTable(TableXML.xml(Self.dataTable(c), width: section.textWidth, fill: false))
    }

    /// Categories down, series across (with a 合计 column for stacked bars), units in the header.
    static func dataTable(_ c: Chart) -> Table {
        let unit = c.unit.map { "（\($0)）" } ?? ""
        var columns = [Table.Column("项目", alignment: .left)] + c.series.map { Table.Column($0.name + unit, alignment: .right) }
        let total = c.kind == .stackedBar && c.series.count > 1
        if total { columns.append(Table.Column("合计" + unit, alignment: .right)) }
        let rows = c.categories.enumerated().map { i, category in
            let values = c.series.map { i < $0.values.count ? $0.values[i] : 0 }
            var cells = [category] + values.map(format)
            if total { cells.append(format(values.reduce(0, +))) }
            return Table.Row(cells)
        }
        return Table(columns: columns, rows: rows)
    }

    /// Whole numbers without decimals, others with one: as the chart labels them.
    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format: "%.1f", v)
    }

    /// The contents: a TOC field whose cached result lists what the PDF's contents page lists, each entry a link
    /// to its heading's bookmark with a PAGEREF for the page (the PDF's number when handed in).
    mutating func contents() {
        var title = ParagraphProperties(StyleID.contentsTitle)
        title.keepNext = true
        add(title, Run.text(options.contentsTitle))
        let instruction = " TOC \\o \"1-\(DocumentOutline.contentsDepth)\" \\h \\z \\u "
        let listed = outline.entries.filter(\.inContents)
        guard !listed.isEmpty else {
            add(ParagraphProperties(StyleID.contents[0]), Run.fieldStart(instruction) + Run.fieldEnd)
            return
        }
        for (i, entry) in listed.enumerated() {
            let bookmark = Self.bookmarkName(entry)
            let page = options.pageNumbers[entry.index].map(String.init) ?? ""
            if page.isEmpty { missingPageNumbers += 1 }
            var content = i == 0 ? Run.fieldStart(instruction) : ""
            content += "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">" + Run.text(entry.display) + Run.text("\t")
                + Run.field(" PAGEREF \(bookmark) \\h ", result: page) + "</w:hyperlink>"
            if i == listed.count - 1 { content += Run.fieldEnd }
            add(ParagraphProperties(StyleID.contents[min(entry.level, 2) - 1]), content)
        }
    }
}

/// A picture inline in a paragraph (DrawingML), sized in EMU.
enum Drawing {
    static func inline(_ part: MediaPart, id: Int, width: Double, height: Double, description: String) -> String {
        let cx = Units.emu(pt: width), cy = Units.emu(pt: height)
        let name = XLSXWriter.esc(part.name), descr = XLSXWriter.esc(description)
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"\(name)\" descr=\"\(descr)\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"\(name)\" descr=\"\(descr)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(part.relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }
}
