import HuizongDocument
import HuizongExport

/// Relationship ids of word/document.xml's parts; fixed, so the bytes are too.
enum Relationships {
    static let styles = "rIdStyles", settings = "rIdSettings", fonts = "rIdFonts", numbering = "rIdNumbering"
    static let footerOdd = "rIdFooterOdd", footerEven = "rIdFooterEven"

    static func document(media: [MediaPart]) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var rels: [(String, String, String)] = [
            (styles, "styles", "styles.xml"), (settings, "settings", "settings.xml"), (fonts, "fontTable", "fontTable.xml"),
            (numbering, "numbering", "numbering.xml"), (footerOdd, "footer", "footer1.xml"), (footerEven, "footer", "footer2.xml"),
        ]
        rels += media.map { ($0.relationship, "image", "media/\($0.name)") }
        return xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + rels.map { "<Relationship Id=\"\($0.0)\" Type=\"\(base)\($0.1)\" Target=\"\($0.2)\"/>" }.joined() + "</Relationships>"
    }

    static let package = xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"
}

let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
let wordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

/// The package parts around the body.
enum PackageParts {
    static let contentTypes: String = {
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        let overrides = [
            ("/word/document.xml", wml + "document.main+xml"), ("/word/styles.xml", wml + "styles+xml"),
            ("/word/settings.xml", wml + "settings+xml"), ("/word/fontTable.xml", wml + "fontTable+xml"),
            ("/word/numbering.xml", wml + "numbering+xml"), ("/word/footer1.xml", wml + "footer+xml"),
            ("/word/footer2.xml", wml + "footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        return xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>"
    }()

    /// Odd and even pages get their own footers (w:evenAndOddHeaders); margins mirror as the PDF's do. Word is
    /// asked to refresh fields on opening only when a contents page number was not known.
    static func settings(updateFields: Bool) -> String {
        xmlHeader + "<w:settings \(wordNamespace)><w:zoom w:percent=\"100\"/><w:mirrorMargins/>"
            + "<w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + (updateFields ? "<w:updateFields w:val=\"true\"/>" : "")
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>"
    }

    /// `— N —` with N a PAGE field: odd pages on the right, even pages on the left, one character in.
    static func footer(odd: Bool) -> String {
        let inset = odd ? "w:rightChars=\"100\" w:right=\"280\"" : "w:leftChars=\"100\" w:left=\"280\""
        return xmlHeader + "<w:ftr \(wordNamespace)><w:p><w:pPr><w:pStyle w:val=\"\(StyleID.footer)\"/>"
            + "<w:ind \(inset) \(Styles.noIndent)/><w:jc w:val=\"\(odd ? "right" : "left")\"/></w:pPr>"
            + Run.text("— ") + Run.field(" PAGE ", result: "1") + Run.text(" —") + "</w:p></w:ftr>"
    }

    /// One numbering definition per list style, and one numbering instance per list, each starting from 1.
    static func numbering(_ lists: [ListBlock.Style]) -> String {
        let styles: [ListBlock.Style] = [.runIn, .numbered, .parenthesized, .bullet]
        var s = xmlHeader + "<w:numbering \(wordNamespace)>"
        for (id, style) in styles.enumerated() {
            let (format, text, bold): (String, String, Bool)
            switch style {
            case .runIn: (format, text, bold) = ("chineseCounting", "%1是", true)
            case .numbered: (format, text, bold) = ("decimal", "%1．", false)
            case .parenthesized: (format, text, bold) = ("decimal", "（%1）", false)
            case .bullet: (format, text, bold) = ("bullet", "●", false)
            }
            // No tab after the number: it runs into the text, as 一是 does, from the body's two-character indent.
            s += "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:suff w:val=\"nothing\"/>"
                + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"0\" w:firstLineChars=\"200\" w:firstLine=\"\(PageSetup.chars(2))\"/></w:pPr>"
                + (bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "")
                + "</w:lvl></w:abstractNum>"
        }
        for (k, style) in lists.enumerated() {
            let abstract = styles.firstIndex(of: style) ?? 0
            s += "<w:num w:numId=\"\(k + 1)\"><w:abstractNumId w:val=\"\(abstract)\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return s + "</w:numbering>"
    }

    static func core(_ doc: Document, date: String) -> String {
        let d = XLSXWriter.esc(date)
        return xmlHeader + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XLSXWriter.esc(doc.title))</dc:title>"
            + (doc.subject.map { "<dc:subject>\(XLSXWriter.esc($0))</dc:subject>" } ?? "")
            + (doc.author.map { "<dc:creator>\(XLSXWriter.esc($0))</dc:creator>" } ?? "")
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(d)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(d)</dcterms:modified></cp:coreProperties>"
    }

    static let app = xmlHeader + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>huizong</Application></Properties>"

    static func document(body: String) -> String {
        xmlHeader + "<w:document \(wordNamespace)"
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>\(body)</w:body></w:document>"
    }
}
