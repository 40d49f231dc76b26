import Foundation
import HuizongModel

/// .xlsx sheets as grids of text: shared strings, inline strings, numbers (dates stay serials for the
/// deadline parser), and merged cells copied into every cell they span.
struct XlsxReader {
    struct Sheet {
        var name: String
        var rows: [[String]]
    }

    static func read(_ data: Data, limits: IngestLimits) throws -> [Sheet] {
        let zip = try ZipPackage(data: data, limits: limits)
        guard zip.has("xl/workbook.xml") else { throw ZipPackage.Failure.missing("xl/workbook.xml") }
        let workbook = try XMLTreeBuilder.parse(try zip.read("xl/workbook.xml"))
        var targets: [String: String] = [:]
        if zip.has("xl/_rels/workbook.xml.rels") {
            let rels = try XMLTreeBuilder.parse(try zip.read("xl/_rels/workbook.xml.rels"))
            for r in rels.all("Relationship") {
                if let id = r.attr("Id"), let t = r.attr("Target") {
                    targets[id] = t.hasPrefix("/") ? String(t.dropFirst()) : "xl/" + t
                }
            }
        }
        var shared: [String] = []
        if zip.has("xl/sharedStrings.xml") {
            let sst = try XMLTreeBuilder.parse(try zip.read("xl/sharedStrings.xml"))
            shared = sst.childrenNamed("si").map { si in si.all("t").map(\.text).joined() }
        }
        var sheets: [Sheet] = []
        for (k, s) in workbook.all("sheet").enumerated() {
            let name = s.attr("name") ?? "Sheet\(k + 1)"
            let path = s.attr("id").flatMap { targets[$0] } ?? "xl/worksheets/sheet\(k + 1).xml"
            guard zip.has(path) else { continue }
            let tree = try XMLTreeBuilder.parse(try zip.read(path))
            var grid: [[String]] = []
            for row in tree.all("row") {
                let r = (Int(row.attr("r") ?? "") ?? grid.count + 1) - 1
                guard r >= 0, r < limits.maxRows else {
                    if r >= limits.maxRows, grid.count < limits.maxRows { while grid.count < limits.maxRows { grid.append([]) } }
                    continue
                }
                while grid.count <= r { grid.append([]) }
                var nextCol = 0
                for c in row.childrenNamed("c") {
                    let col = c.attr("r").flatMap(columnIndex) ?? nextCol
                    nextCol = col + 1
                    guard col < limits.maxColumns else { continue }
                    var value = c.child("v")?.text ?? ""
                    switch c.attr("t") {
                    case "s": value = Int(value).flatMap { $0 < shared.count ? shared[$0] : nil } ?? ""
                    case "inlineStr": value = c.child("is")?.all("t").map(\.text).joined() ?? ""
                    case "b": value = value == "1" ? "TRUE" : "FALSE"
                    default: break
                    }
                    while grid[r].count <= col { grid[r].append("") }
                    grid[r][col] = value
                }
            }
            for m in tree.all("mergeCell") {
                guard let ref = m.attr("ref"), let (r0, c0, r1, c1) = range(ref) else { continue }
                guard r0 < grid.count, r1 < limits.maxRows, c1 < limits.maxColumns else { continue }
                let v = c0 < grid[r0].count ? grid[r0][c0] : ""
                for r in r0...min(r1, grid.count - 1) {
                    for c in c0...c1 {
                        while grid[r].count <= c { grid[r].append("") }
                        if grid[r][c].isEmpty { grid[r][c] = v }
                    }
                }
            }
            sheets.append(Sheet(name: name, rows: grid))
        }
        return sheets
    }

    /// "B7" → 1 (zero-based column).
    static func columnIndex(_ ref: String) -> Int? {
        var n = 0
        var any = false
        for ch in ref.uppercased() {
            guard let a = ch.asciiValue, a >= 65, a <= 90 else { break }
            n = n * 26 + Int(a - 64)
            any = true
            if n > 20000 { return nil }
        }
        return any ? n - 1 : nil
    }

    static func rowIndex(_ ref: String) -> Int? { Int(ref.filter(\.isNumber)).map { $0 - 1 } }

    static func range(_ ref: String) -> (Int, Int, Int, Int)? {
        let parts = ref.split(separator: ":").map(String.init)
        guard parts.count == 2, let c0 = columnIndex(parts[0]), let r0 = rowIndex(parts[0]),
              let c1 = columnIndex(parts[1]), let r1 = rowIndex(parts[1]), r1 >= r0, c1 >= c0 else { return nil }
        return (r0, c0, r1, c1)
    }

    static func cellName(row: Int, column: Int) -> String { "\(ColumnName.letters(column))\(row + 1)" }
}

/// RFC 4180 CSV: quotes, doubled quotes, commas and newlines inside quotes, CRLF.
enum CSVReader {
    static func rows(_ text: String, limits: IngestLimits) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case ",", "\t":
                row.append(field); field = ""
            case "\n", "\r":
                if c == "\r", let n = next(), n != "\n" { pending = n }
                row.append(field); field = ""
                rows.append(row); row = []
                if rows.count >= limits.maxRows { return rows }
            default:
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows.map { Array($0.prefix(limits.maxColumns)) }
    }
}
