import Foundation
import HuizongBuild
import HuizongExport
import HuizongIngest
import HuizongLayout
import HuizongModel
import HuizongAnalysis

/// The hand-written parts on their own, for the comparison with Debian's C libraries (docs/dependencies.md;
/// Benchmarks/clib/ has the C side, which prints the same lines):
///
///   huizong-bench zip [--runs 5] [--each] FILES…   list and inflate every entry of each package
///   huizong-bench xml [--runs 5] [--each] FILES…   parse every XML part (.xml, .rels) of each package, or each
///                                                  file that is not a ZIP as one part; inflating is not timed;
///                                                  --extract DIR also writes the parts there
///   huizong-bench xlsx (--folder DIR | --rows N) --dump TABLES.txt --out OUT.xlsx [--runs 5]
///                                                  write a workbook of the folder's five tables (or one sheet of
///                                                  N rows) and dump the tables for the C writer
/// Files are read into memory before timing; the time is the median of the runs over all files.
func runPartsBenchmark(_ args: [String]) {
    func option(_ name: String) -> String? {
        guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
        return args[i + 1]
    }
    let runs = max(1, Int(option("--runs") ?? "5") ?? 5)
    let mode = args[0]
    if mode == "xlsx" { return writeWorkbook(option, runs: runs) }
    var files: [String] = []
    var k = 1
    while k < args.count {
        if args[k] == "--runs" || args[k] == "--extract" { k += 2; continue }
        if args[k].hasPrefix("--") { k += 1; continue }
        files.append(args[k])
        k += 1
    }
    let inputs = files.map { (path: $0, data: (try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data()) }
    let r = mode == "zip" ? timeZip(inputs.map(\.data), runs: runs) : timeXML(inputs, runs: runs, extract: option("--extract"))
    if args.contains("--each") { for (i, input) in inputs.enumerated() { print("\((input.path as NSString).lastPathComponent)\t\(r.outcome[i])") } }
    let sorted = r.times.sorted()
    let what = mode == "zip" ? ("entries", "bytes inflated") : ("elements", "text bytes")
    print(String(format: "%@ ours: %d files, %d %@, %d %@, %d errors; median %.1f ms of %d runs (%@); peak RSS %.0f MB",
                 mode, inputs.count, r.totalA, what.0, r.totalB, what.1, r.errors, sorted[sorted.count / 2] * 1000, runs,
                 r.times.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "), peakMemoryMB()))
}

/// What timing one reader over the files gave: per file "ok a b" or "error message" (the same every run), the
/// time of each run and the totals of the last.
struct PartsRun {
    var outcome: [String]
    var times: [Double] = []
    var totalA = 0, totalB = 0, errors = 0
}

/// Every entry of every ZIP inflated.
func timeZip(_ inputs: [Data], runs: Int) -> PartsRun {
    var r = PartsRun(outcome: Array(repeating: "", count: inputs.count))
    for _ in 0..<runs {
        r.totalA = 0; r.totalB = 0; r.errors = 0
        let t0 = now()
        for (i, data) in inputs.enumerated() {
            do {
                let (n, bytes) = try PartReaders.readAllEntries(data)
                r.totalA += n; r.totalB += bytes
                r.outcome[i] = "ok\t\(n)\t\(bytes)"
            } catch {
                r.errors += 1
                r.outcome[i] = "error\t\(error)"
            }
        }
        r.times.append(now() - t0)
    }
    return r
}

/// Every XML part tokenized; the parts are inflated before timing (`extract`: also written as files, for feeding
/// both tokenizers the same bytes).
func timeXML(_ inputs: [(path: String, data: Data)], runs: Int, extract: String?) -> PartsRun {
    var parts: [[(String, Data)]] = []
    var unpacked: [String?] = []
    for input in inputs {
        if input.data.starts(with: [0x50, 0x4B]) {
            do { parts.append(try PartReaders.xmlParts(input.data)); unpacked.append(nil) } catch { parts.append([]); unpacked.append("\(error)") }
        } else {
            parts.append([("", input.data)]); unpacked.append(nil)
        }
        if let dir = extract, let last = parts.last {
            let base = (input.path as NSString).lastPathComponent
            for (name, xml) in last where !name.isEmpty {
                let flat = name.replacingOccurrences(of: "/", with: "_")
                try? xml.write(to: URL(fileURLWithPath: dir).appendingPathComponent("\(base)--\(flat)"))
            }
        }
    }
    var r = PartsRun(outcome: Array(repeating: "", count: inputs.count))
    for _ in 0..<runs {
        r.totalA = 0; r.totalB = 0; r.errors = 0
        let t0 = now()
        for i in inputs.indices {
            if let failure = unpacked[i] { r.errors += 1; r.outcome[i] = "error\tunzip: \(failure)"; continue }
            var elements = 0, text = 0
            r.outcome[i] = ""
            for (name, xml) in parts[i] {
                do {
                    let (e, t) = try PartReaders.parseXML(xml)
                    elements += e; text += t
                } catch {
                    r.errors += 1
                    r.outcome[i] = "error\t\(name.isEmpty ? "" : name + ": ")\(error)"
                    break
                }
            }
            if r.outcome[i].isEmpty { r.outcome[i] = "ok\t\(elements)\t\(text)"; r.totalA += elements; r.totalB += text }
        }
        r.times.append(now() - t0)
    }
    return r
}

/// The workbook: the folder's five tables (SummaryJSON.sheetTables) or one synthetic sheet of `--rows` rows.
private func writeWorkbook(_ option: (String) -> String?, runs: Int) {
    var tables: [(String, [[String]])] = []
    if let folder = option("--folder") {
        let home = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let spec = try? LayoutSpecReader.read(contentsOf: home.appendingPathComponent("Layouts/gbt9704.yaml")),
              let today = Day(year: 2026, month: 12, day: 1) else { print("run from the repository root"); return }
        let job = BuildJob(.init(folder: URL(fileURLWithPath: folder), output: URL(fileURLWithPath: "/tmp/unused"), layout: spec,
                                 fontDirectory: home.appendingPathComponent("Fonts"), today: today))
        guard let input = try? job.read() else { print("\(folder): cannot be read"); return }
        tables = SummaryJSON.sheetTables(job.analyse(input))
    } else {
        let n = Int(option("--rows") ?? "10000") ?? 10_000
        let measures = ["落实“三会一课”制度，按月开展主题党日", "整改台账逐条销号，每季度通报进度", "组织党员集中学习《党章》和党内法规",
                        "规范党费收缴，建立收缴明细台账", "开展谈心谈话，覆盖全体党员"]
        var rows = [["序号", "党支部", "整改措施", "责任人", "完成时限", "逾期天数", "完成率"]]
        for i in 0..<n {
            rows.append(["\(i + 1)", "第\(i % 1000 + 1)党支部", measures[i % measures.count] + "（第\(i + 1)条）", "责任人\(i % 50)",
                         "2026-\(String(format: "%02d", i % 12 + 1))-15", "\(i % 365)", "\(i % 100)%"])
        }
        tables = [("整改措施", rows)]
    }
    if let dump = option("--dump") {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        }
        var text = ""
        for (name, rows) in tables {
            text += "S\t\(esc(name))\n"
            for row in rows { text += (["R"] + row.map(esc)).joined(separator: "\t") + "\n" }
        }
        try? Data(text.utf8).write(to: URL(fileURLWithPath: dump))
    }
    let sheets = tables.map { XLSXWriter.Sheet(name: $0.0, rows: $0.1) }
    var times: [Double] = []
    var size = 0
    for _ in 0..<runs {
        let t0 = now()
        guard let data = try? XLSXWriter.data(sheets) else { print("the workbook cannot be written"); return }
        try? data.write(to: URL(fileURLWithPath: option("--out") ?? "/tmp/huizong-bench.xlsx"))
        times.append(now() - t0)
        size = data.count
    }
    let sorted = times.sorted()
    print(String(format: "xlsx ours: %d sheets, %d rows, %d bytes; median %.1f ms of %d runs (%@); peak RSS %.0f MB",
                 sheets.count, sheets.reduce(0) { $0 + $1.rows.count }, size, sorted[sorted.count / 2] * 1000, runs,
                 times.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "), peakMemoryMB()))
}
