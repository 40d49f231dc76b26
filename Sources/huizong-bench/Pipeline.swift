import Foundation
import HuizongAnalysis
import HuizongBuild
import HuizongCompose
import HuizongDocument
import HuizongIngest
import HuizongLayout
import HuizongModel
import HuizongRender
import HuizongSynth

/// Ingest + analysis (+ compose and typesetting) at several sizes, time and peak memory per stage.
/// The synthetic folders are written first and not timed.
func runPipelineBenchmark(_ args: [String]) {
    let options = BenchOptions(args)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    switch args.first {
    case "group": benchGroup(options)
    case "ari": benchARI(args, options)
    case "ingest": benchIngest(options, scratch: scratch)
    default: benchPipeline(args, options, scratch: scratch)
    }
}

/// `--name value` options of the benchmark's command line.
struct BenchOptions {
    let args: [String]
    init(_ args: [String]) { self.args = args }
    func callAsFunction(_ name: String) -> String? {
        guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
        return args[i + 1]
    }
    var home: URL { URL(fileURLWithPath: self("--home") ?? FileManager.default.currentDirectoryPath) }
}

/// `group --statements N`: the grouping's speed on generated statements.
func benchGroup(_ option: BenchOptions) {
    let n = Int(option("--statements") ?? "100000") ?? 100_000
    var rng = SeededRandom(seed: 5)
    var inputs: [GroupInput] = []
    let groups = PhraseBank.problems
    for i in 0..<n {
        let g = groups[rng.int(0...(groups.count - 1))]
        // Paraphrase plus a branch-specific tail, so texts are mostly distinct.
        inputs.append(GroupInput(branch: "支部\(i % 9000)", text: rng.pick(g.paraphrases) + "。" + rng.pick(g.details) + "（第\(i)条）", location: "x:\(i)"))
    }
    let t0 = now()
    let out = Grouper().group(inputs)
    print(String(format: "group: %d statements → %d groups in %.2f s, peak %.0f MB", n, out.count, now() - t0, peakMemoryMB()))
}

/// `ari FILE.tsv [--show]`: ARI of the grouping against a labelled set (group<TAB>statement).
func benchARI(_ args: [String], _ option: BenchOptions) {
    guard args.count > 1, let text = try? String(contentsOfFile: args[1], encoding: .utf8) else {
        print("usage: huizong-bench ari FILE.tsv [--show]")
        return
    }
    let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }.filter { $0.count >= 2 }
    // Grouping sees statements as the reader gives them: traditional script already simplified.
    let set = rows.enumerated().map { (i, r) in
        (truth: r[0], input: GroupInput(branch: "支部\(i)", text: Reflow.repairText(r[1]), location: "t:\(i + 2)"))
    }
    var grouper = Grouper()
    if let j = option("--join").flatMap(Double.init) { grouper.joinConceptGroup = j }
    if let j = option("--join-other").flatMap(Double.init) { grouper.joinOtherGroup = j }
    if let j = option("--near").flatMap(Double.init) { grouper.nearConcept = j }
    let groups = grouper.group(set.map(\.input))
    var assigned: [GroupInput: Int] = [:]
    for (k, g) in groups.enumerated() { for m in g.members { assigned[m] = k } }
    let ari = AdjustedRand.index(truth: set.map(\.truth), predicted: set.map { assigned[$0.input] ?? -1 })
    let truthGroups = Set(set.map(\.truth)).count
    let unmatched = set.filter { grouper.lexicon.concepts(in: Grouper.core($0.input.text)).isEmpty }.count
    print(String(format: "ari: %d statements, %d true groups, %d found, ARI %.3f, %d statements match no concept",
                 set.count, truthGroups, groups.count, ari, unmatched))
    if args.contains("--show") {
        let truthOf = Dictionary(set.map { ($0.input, $0.truth) }, uniquingKeysWith: { a, _ in a })
        for g in groups {
            print("【\(g.label)】 \(g.keywords.joined(separator: "·"))")
            for m in g.members { print("   \(truthOf[m] ?? "?")\t\(m.text)") }
        }
    }
}

/// `ingest --files N`: reading speed per format.
func benchIngest(_ option: BenchOptions, scratch: URL) {
    let n = Int(option("--files") ?? "1000") ?? 1000
    // A folder per format: the generator cycles formats, so take each format's files from a bigger folder.
    let dir = scratch.appendingPathComponent("ingest")
    try? CommitteeGenerator(branches: n, seed: 17).write(to: dir)
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") && $0 != "committee.yaml" }
    var byExt: [String: [URL]] = [:]
    for f in files { byExt[(f as NSString).pathExtension, default: []].append(dir.appendingPathComponent(f)) }
    let ingest = Ingest()
    for ext in byExt.keys.sorted() {
        guard let urls = byExt[ext] else { continue }
        let t0 = now()
        var items = 0
        for u in urls { items += ingest.read(u).reduce(0) { $0 + $1.problems.count + $1.measures.count } }
        let dt = now() - t0
        print(String(format: "ingest .%@: %d files in %.3f s = %.0f files/s (%d items)", ext, urls.count, dt, Double(urls.count) / dt, items))
    }
}

/// `pipeline --branches 100,1000 [--typeset]`: the build's stages timed one by one on generated folders.
func benchPipeline(_ args: [String], _ option: BenchOptions, scratch: URL) {
    let sizes = (option("--branches") ?? "100,1000,10000").split(separator: ",").compactMap { Int($0) }
    let typeset = args.contains("--typeset")
    print("branches | files | problems | ingest s | analysis s | compose s | typeset s | total s | peak MB")
    guard let spec = try? LayoutSpecReader.read(contentsOf: option.home.appendingPathComponent("Layouts/gbt9704.yaml")),
          let asOf = Day(year: 2026, month: 3, day: 31) else {
        print("cannot read Layouts/gbt9704.yaml under \(option.home.path) (--home)")
        return
    }
    for n in sizes {
        let dir = scratch.appendingPathComponent("c\(n)")
        try? CommitteeGenerator(branches: n, seed: UInt64(n)).write(to: dir)
        // The build's own stages (HuizongBuild), timed one by one; typesetting writes every output.
        let job = BuildJob(.init(folder: dir, output: scratch.appendingPathComponent("out\(n)"), layout: spec,
                                 fontDirectory: option.home.appendingPathComponent("Fonts"), asOf: asOf, today: asOf, feedback: false))
        let t0 = now()
        guard let input = try? job.read() else { print("\(n): the folder cannot be read"); continue }
        let t1 = now()
        let summary = job.analyse(input)
        let t2 = now()
        guard let composed = try? job.compose(input, summary: summary) else { print("\(n): counts do not reconcile"); continue }
        let t3 = now()
        var t4 = t3
        if typeset {
            _ = try? job.write(input, findings: [], summary: summary, composed: composed)
            t4 = now()
        }
        print(String(format: "%8d | %5d | %8d | %8.2f | %10.2f | %9.2f | %9.2f | %7.2f | %7.0f",
                     n, Set(input.folder.reports.map(\.source)).count, summary.totalProblems, t1 - t0, t2 - t1, t3 - t2, t4 - t3,
                     t4 - t0, peakMemoryMB()))
        try? FileManager.default.removeItem(at: dir)
    }
}
