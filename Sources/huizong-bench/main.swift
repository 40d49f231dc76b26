import Foundation
import HuizongDocument
import HuizongLayout
import HuizongRender

/// Typesets ../shared/bench/standard-doc/*.json with the common layout and prints wall time, pages per second
/// and peak memory. One size per process, so the peak memory is that size's own.
///
///   huizong-bench typeset ../shared/bench/standard-doc/n30.json [--runs 5] [--out /tmp/x.pdf] [--no-reuse]
/// `--no-reuse` shapes every paragraph afresh even when its text repeats (the standard document repeats 12
/// paragraphs), to show the cost without sharing identical results.
struct StandardDoc: Decodable {
    struct Section: Decodable {
        struct Table: Decodable { var caption: String; var header: [String]; var rows: [[String]] }
        var heading: String
        var paragraphs: [String]
        var table: Table?
    }
    var title: String
    var subtitle: String?
    var date: String?
    var sections: [Section]

    var document: Document {
        var blocks: [Block] = []
        for s in sections {
            blocks.append(.heading(Heading(level: 1, text: s.heading, number: "")))
            for p in s.paragraphs { blocks.append(.paragraph(Paragraph([Span(p)]))) }
            if let t = s.table {
                blocks.append(.table(Table(caption: t.caption, columns: t.header.map { Table.Column($0) },
                                           rows: t.rows.map { Table.Row($0) })))
            }
        }
        return Document(title: title, subtitle: subtitle, date: date, blocks: blocks)
    }
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let args = Array(CommandLine.arguments.dropFirst())
if ["pipeline", "group", "ingest", "ari"].contains(args.first ?? "") {
    runPipelineBenchmark(args)
    exit(0)
}
if ["zip", "xml", "xlsx"].contains(args.first ?? "") {
    runPartsBenchmark(args)
    exit(0)
}
if args.first == "docx" {
    runDocxBenchmark(args)
    exit(0)
}
guard args.count >= 2, args[0] == "typeset" else {
    print("usage: huizong-bench typeset FILE.json [--runs N] [--out FILE.pdf] [--home DIR] [--no-reuse] [--sequential]")
    print("       huizong-bench pipeline --branches 100,1000,10000 [--home DIR]")
    print("       huizong-bench group --statements 100000")
    print("       huizong-bench ingest --files 1000")
    print("       huizong-bench ari LABELLED.tsv [--show]")
    print("       huizong-bench zip|xml [--runs N] [--each] FILES...")
    print("       huizong-bench xlsx (--folder DIR | --rows N) --dump TABLES.txt --out OUT.xlsx [--runs N]")
    print("       huizong-bench docx DOC.yaml|COMMITTEE_DIR [--appendix] [--runs N]")
    exit(2)
}
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
let runs = Int(option("--runs") ?? "5") ?? 5
let home = URL(fileURLWithPath: option("--home") ?? FileManager.default.currentDirectoryPath)
let out = URL(fileURLWithPath: option("--out") ?? "/tmp/huizong-bench.pdf")
/// `--sequential` lays out every page first and then writes, to show the two stages' times apart; by
/// default pages are drawn on a second thread while layout goes on, as `huizong build` does.
let sequential = args.contains("--sequential")

do {
    let t0 = now()
    let data = try Data(contentsOf: URL(fileURLWithPath: args[1]))
    let doc = try JSONDecoder().decode(StandardDoc.self, from: data).document
    let spec = try LayoutSpecReader.read(contentsOf: home.appendingPathComponent("Benchmarks/standard-doc-layout.yaml"))
    let readTime = now() - t0
    var times: [Double] = []
    var layoutTimes: [Double] = []
    var initTimes: [Double] = []
    var pages = 0
    for _ in 0..<runs {
        let start = now()
        let typesetter = try Typesetter(spec: spec, fontDirectory: home.appendingPathComponent("Fonts"))
        typesetter.reusesIdenticalText = !args.contains("--no-reuse")
        initTimes.append(now() - start)
        if sequential {
            let laid = typesetter.layout(doc)
            let mid = now()
            try PDFWriter.write(laid, to: out, metadata: PDFMetadata(title: doc.title, date: "2022-01-01T00:00:00"))
            times.append(now() - start)
            layoutTimes.append(mid - start)
            pages = laid.pages.count
        } else {
            let laid = try typesetter.render(doc, to: out, date: "2022-01-01T00:00:00")
            times.append(now() - start)
            pages = laid.pages.count
        }
    }
    func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }
    let m = median(times)
    let stages = sequential
        ? String(format: "fonts %.3f s, layout %.3f s, PDF %.3f s", median(initTimes), median(layoutTimes) - median(initTimes), m - median(layoutTimes))
        : String(format: "fonts %.3f s, layout and PDF overlapped", median(initTimes))
    print(String(format: "%@: %d pages, median %.3f s over %d runs (min %.3f, max %.3f; %@), %.0f pages/s, peak %.0f MB, read %.3f s%@",
                 (args[1] as NSString).lastPathComponent, pages, m, runs, times.min() ?? 0, times.max() ?? 0,
                 stages, Double(pages) / m, peakMemoryMB(), readTime, args.contains("--no-reuse") ? ", no reuse" : ""))
} catch {
    print("huizong-bench: \(error)")
    exit(1)
}
