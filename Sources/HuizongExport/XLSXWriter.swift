import Foundation
import HuizongModel
import ZIPFoundation

/// The smallest .xlsx Excel and WPS open: inline strings, numbers as numbers, a bold shaded header row,
/// merged ranges, fixed dates inside the package so identical tables give identical bytes.
public enum XLSXWriter {
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[String]]
        /// Ranges like "A1:F1".
        public var merges: [String]
        /// Rows (0-based) set bold and shaded: the header.
        public var headerRows: Set<Int>
        public init(name: String, rows: [[String]], merges: [String] = [], headerRows: Set<Int> = [0]) {
            self.name = name
            self.rows = rows
            self.merges = merges
            self.headerRows = headerRows
        }
    }

    /// XML text and attribute escaping, dropping the control characters XML 1.0 forbids.
    public static func esc(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 forbids most control characters.
                if u.value < 0x20 && u != "\n" && u != "\t" { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    public static func column(_ c: Int) -> String { ColumnName.letters(c) }

    static func isNumber(_ s: String) -> Bool {
        guard !s.isEmpty, s.count < 16, let first = s.first, first.isASCII, first.isNumber || first == "-" else { return false }
        return Double(s) != nil && !(s.hasPrefix("0") && s.count > 1 && !s.hasPrefix("0."))
    }

    public static func data(_ sheets: [Sheet]) throws -> Data {
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        var parts: [(String, String)] = []
        var overrides = "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        var sheetList = ""
        var rels = ""
        for (k, sheet) in sheets.enumerated() {
            overrides += "<Override PartName=\"/xl/worksheets/sheet\(k + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            // Sheet names: at most 31 characters, none of []:*?/\
            let name = String(sheet.name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            sheetList += "<sheet name=\"\(esc(name))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>"
            rels += "<Relationship Id=\"rId\(k + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(k + 1).xml\"/>"
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet \(ns)>"
            let columns = sheet.rows.map(\.count).max() ?? 0
            var widths: [Int] = []
            for c in 0..<columns {
                var widest = 6
                for row in sheet.rows where c < row.count { widest = max(widest, row[c].count * 2) }
                widths.append(min(60, widest))
            }
            if !widths.isEmpty {
                xml += "<cols>" + widths.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>" }.joined() + "</cols>"
            }
            xml += "<sheetData>"
            for (r, row) in sheet.rows.enumerated() {
                xml += "<row r=\"\(r + 1)\">"
                let style = sheet.headerRows.contains(r) ? " s=\"1\"" : ""
                for (c, cell) in row.enumerated() where !cell.isEmpty {
                    let ref = column(c) + "\(r + 1)"
                    if isNumber(cell) && !sheet.headerRows.contains(r) {
                        xml += "<c r=\"\(ref)\"\(style)><v>\(cell)</v></c>"
                    } else {
                        xml += "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(esc(cell))</t></is></c>"
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData>"
            if !sheet.merges.isEmpty {
                xml += "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
            }
            parts.append(("xl/worksheets/sheet\(k + 1).xml", xml + "</worksheet>"))
        }
        rels += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"黑体\"/></font></fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/></patternFill></fill></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf/><xf fontId=\"1\" fillId=\"2\" applyFont=\"1\" applyFill=\"1\"/></cellXfs></styleSheet>"
        parts = [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>\(overrides)</Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook \(ns)><sheets>\(sheetList)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"),
            ("xl/styles.xml", styles),
        ] + parts
        return try Package.zip(parts)
    }
}

/// ZIP packages (.docx, .xlsx) written with ZIPFoundation, dates fixed for byte-identical output.
public enum Package {
    public static func zip(_ parts: [(String, String)]) throws -> Data {
        try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// Parts given as bytes (pictures beside the XML).
    public static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
