import Foundation
import HuizongExport

/// Deterministic pseudo-random numbers (SplitMix64): the same seed writes the same folder on every machine.
public struct SeededRandom {
    var state: UInt64
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    public mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
    public mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
}

/// Writes a realistic committee folder: reports in every format and numbering style, ledgers, committee.yaml,
/// and `truth.tsv` with the ground-truth group of every problem statement (for measuring the clustering).
public struct CommitteeGenerator {
    public var branches: Int
    public var seed: UInt64
    public var year: Int
    public init(branches: Int, seed: UInt64, year: Int = 2025) {
        self.branches = branches
        self.seed = seed
        self.year = year
    }

    static let aspects2024 = ["遵守政治纪律方面", "遵守组织纪律方面", "遵守廉洁纪律方面", "遵守群众纪律方面", "遵守工作纪律方面", "遵守生活纪律方面"]
    static let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    public func name(_ i: Int) -> String {
        let base = PhraseBank.branchNames
        return i < base.count ? base[i] : "第\(i + 1)党支部"
    }

    public func write(to dir: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        var rng = SeededRandom(seed: seed)
        var truth = "file\tbranch\tgroup\theadline\n"
        var roster = ""
        var ledgerRows: [[String]] = []
        for i in 0..<branches {
            let branch = name(i)
            roster += "  - \(branch)\n"
            var r = SeededRandom(seed: seed &* 31 &+ UInt64(i))
            let report = makeReport(branch: branch, rng: &r)
            let style = i % 7
            let format = i % 6
            let ext = ["txt", "txt", "md", "docx", "yaml", "docx"][format]
            let file = "\(String(format: "%03d", i + 1))-\(branch).\(ext)"
            for p in report.problems { truth += "\(file)\t\(branch)\t\(p.group)\t\(p.text)\n" }
            let url = dir.appendingPathComponent(file)
            switch format {
            case 0: try Data(render(report, style: style).utf8).write(to: url)
            case 1: try gb18030(render(report, style: style)).write(to: url)
            case 2: try Data(renderMarkdown(report, style: style).utf8).write(to: url)
            case 3, 5: try docx(report, style: style, withTable: format == 5).write(to: url)
            default: try Data(renderYAML(report).utf8).write(to: url)
            }
            // Ledgers: every third branch in the shared workbook, every fifth in its own CSV.
            if i % 3 == 1 { ledgerRows += report.measures.map { [branch] + ledgerCells($0, rng: &rng) } }
            if i % 5 == 2 {
                var csv = "序号,存在问题,整改措施,责任人,完成时限,整改进展\n"
                for (k, m) in report.measures.enumerated() {
                    let c = ledgerCells(m, rng: &rng)
                    csv += "\(k + 1),\(quote(m.problem)),\(quote(c[1])),\(c[2]),\(c[3]),\(c[4])\n"
                }
                try gb18030("\(branch)\(year)年度整改台账\n" + csv).write(to: dir.appendingPathComponent("\(String(format: "%03d", i + 1))-\(branch)-整改台账.csv"))
            }
        }
        if !ledgerRows.isEmpty { try xlsx(title: "\(year)年度组织生活会问题整改台账（汇总）", rows: ledgerRows).write(to: dir.appendingPathComponent("整改台账汇总.xlsx")) }
        let committee = """
        # 党委的基本信息与党支部名单；huizong 据此核对报送情况。
        version: 1
        committee: 某某机关党委
        year: \(year)
        meeting: 组织生活会
        aspect_set: 2024-jilv
        as_of: \(year + 1)-03-31
        thresholds:        # 本党委自定的年度最低次数（条例之外）
          党课: 4
          主题党日: 12
        roster:
        \(roster)
        """
        try Data(committee.utf8).write(to: dir.appendingPathComponent("committee.yaml"))
        try Data(truth.utf8).write(to: dir.appendingPathComponent(".truth.tsv"))
    }

    struct Problem { var group: String; var text: String; var detail: String }
    struct MeasureText { var text: String; var problem: String; var owner: String?; var deadline: String?; var status: String? }
    struct Report {
        var branch: String
        var members: Int
        var stats: [(String, Int)]
        var aspects: [(String, [Problem])]
        var causes: [(String, String)]
        var measures: [MeasureText]
        var problems: [Problem] { aspects.flatMap(\.1) }
        var date: String
        var present: Int
    }

    func makeReport(branch: String, rng: inout SeededRandom) -> Report {
        let members = rng.int(6...58)
        let stats = [("支委会", rng.int(8...13)), ("党员大会", rng.int(2...5)), ("党小组会", rng.int(6...13)),
                     ("党课", rng.int(1...5)), ("主题党日", rng.int(8...12))]
        var used = Set<String>()
        var aspects: [(String, [Problem])] = []
        for a in Self.aspects2024 where rng.chance(0.8) {
            var items: [Problem] = []
            for _ in 0..<rng.int(1...2) {
                let g = rng.pick(PhraseBank.problems)
                guard used.insert(g.id).inserted else { continue }
                items.append(Problem(group: g.id, text: rng.pick(g.paraphrases), detail: rng.pick(g.details)))
            }
            if !items.isEmpty { aspects.append((a, items)) }
        }
        let causes = (0..<rng.int(3...4)).map { _ -> (String, String) in
            let g = rng.pick(PhraseBank.causes)
            return (rng.pick(g.paraphrases), rng.pick(g.details))
        }
        let problems = aspects.flatMap(\.1)
        let measures = (0..<rng.int(3...5)).map { k -> MeasureText in
            let g = rng.pick(PhraseBank.measures)
            let hasOwner = rng.chance(0.85)
            let deadline = rng.chance(0.15) ? "长期坚持" : "\(year + 1)年\(rng.int(1...9))月底前"
            let status = rng.pick(["已完成", "已完成", "整改中", "正在整改", "长期坚持", "尚未启动", "基本完成"])
            return MeasureText(text: rng.pick(g.paraphrases) + "。" + rng.pick(g.details),
                               problem: problems.isEmpty ? "" : problems[k % problems.count].text,
                               owner: hasOwner ? rng.pick(PhraseBank.owners) : nil, deadline: rng.chance(0.9) ? deadline : nil, status: status)
        }
        let date = "\(year + 1)年1月\(rng.int(8...28))日"
        return Report(branch: branch, members: members, stats: stats, aspects: aspects, causes: causes, measures: measures,
                      date: date, present: max(1, members - rng.int(0...2)))
    }

    func preamble(_ r: Report) -> [String] {
        let s = r.stats
        return ["\(year)年，支部在机关党委的领导下，认真学习贯彻党的创新理论，团结带领全体党员较好地完成了各项任务。支部现有党员\(r.members)名。",
                "全年召开\(s[0].0)\(s[0].1)次、\(s[1].0)\(s[1].1)次、\(s[2].0)\(s[2].1)次，讲\(s[3].0)\(s[3].1)次，开展\(s[4].0)\(s[4].1)次。支部于\(r.date)召开组织生活会，应到\(r.members)人，实到\(r.present)人\(guidance(r))。\(appraisal(r))现将对照检查情况报告如下。"]
    }

    /// Every third branch has a higher committee at its meeting. Derived from the report's own figures, not drawn,
    /// so the rest of a generated folder is what the same seed always wrote.
    func guidance(_ r: Report) -> String { r.members % 3 == 0 ? "，机关党委派员到会指导" : "" }

    /// 民主评议党员 results from the members present: a fifth 优秀 (one in four branches over the one-third cap), one
    /// 基本合格 in every seventh branch.
    func appraisal(_ r: Report) -> String {
        let n = r.present
        let excellent = r.members % 4 == 0 ? (n * 2 + 4) / 5 : n / 5
        let basic = r.members % 7 == 0 && n - excellent > 1 ? 1 : 0
        let qualified = n - excellent - basic
        return "会后开展民主评议党员，参加评议党员\(n)名，评定优秀党员\(excellent)名、合格党员\(qualified)名"
            + (basic > 0 ? "、基本合格党员\(basic)名" : "") + "。"
    }

    /// Items of one aspect in one of the numbering styles reports use.
    func items(_ ps: [Problem], style: Int) -> [String] {
        switch style {
        case 0: return ps.enumerated().map { "\(Self.numerals[$0.offset])是\($0.element.text)。\($0.element.detail)" }
        case 1: return ps.enumerated().map { "\($0.offset + 1).\($0.element.text)。\($0.element.detail)" }
        case 2: return ps.enumerated().map { "（\($0.offset + 1)）\($0.element.text)。\($0.element.detail)" }
        case 3: return [ps.enumerated().map { "\(Self.numerals[$0.offset])是\($0.element.text)" }.joined(separator: "；") + "。"]
        case 4: return ps.enumerated().map { "第\(Self.numerals[$0.offset])，\($0.element.text)。\($0.element.detail)" }
        case 5: return ps.map { "\($0.text)。\($0.detail)" }
        default: return ps.enumerated().map { "\($0.offset == 0 ? "首先" : "其次")，\($0.element.text)。\($0.element.detail)" }
        }
    }

    func measureLine(_ m: MeasureText, k: Int) -> String {
        var s = "（\(Self.numerals[k])）\(m.text)"
        var tail: [String] = []
        if let o = m.owner { tail.append("责任人：\(o)") }
        if let d = m.deadline { tail.append("完成时限：\(d)") }
        if !tail.isEmpty { s += "（" + tail.joined(separator: "，") + "）" }
        return s
    }

    func render(_ r: Report, style: Int) -> String {
        var lines = ["\(r.branch)\(year)年度组织生活会对照检查材料", ""] + preamble(r) + ["", "一、存在的问题", ""]
        for (k, (title, ps)) in r.aspects.enumerated() {
            lines.append("（\(Self.numerals[k])）\(title)")
            lines += items(ps, style: style)
        }
        lines += ["", "二、问题产生的原因", ""]
        lines += r.causes.enumerated().map { "（\(Self.numerals[$0.offset])）\($0.element.0)。\($0.element.1)" }
        lines += ["", "三、整改措施", ""]
        lines += r.measures.enumerated().map { measureLine($0.element, k: $0.offset) }
        return lines.joined(separator: "\n") + "\n"
    }

    func renderMarkdown(_ r: Report, style: Int) -> String {
        var lines = ["# \(r.branch)\(year)年度组织生活会检视剖析材料", ""] + preamble(r).flatMap { [$0, ""] } + ["## 一、检视出的问题", ""]
        for (k, (title, ps)) in r.aspects.enumerated() {
            lines += ["**（\(Self.numerals[k])）\(title)**", ""]
            if style == 5 {
                lines += ps.flatMap { ["**\($0.text)。**\($0.detail)", ""] }
            } else {
                lines += items(ps, style: style).flatMap { [$0, ""] }
            }
        }
        lines += ["## 二、原因剖析", ""] + r.causes.enumerated().flatMap { ["\($0.offset + 1). \($0.element.0)。\($0.element.1)", ""] }
        lines += ["## 三、下一步努力方向", ""] + r.measures.enumerated().flatMap { [measureLine($0.element, k: $0.offset), ""] }
        return lines.joined(separator: "\n")
    }

    func renderYAML(_ r: Report) -> String {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var y = "# 对照检查材料（规范格式）\nversion: 1\nbranch: {name: \(r.branch), members: \(r.members)}\nyear: \(year)\n"
        y += "meeting: {kind: 组织生活会, date: null}\nstats: {" + r.stats.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}\naspects:\n"
        for (title, ps) in r.aspects {
            y += "  - title: \(title)\n    problems:\n" + ps.map { "      - {headline: \(q($0.text + "。")), detail: \(q($0.detail))}\n" }.joined()
        }
        y += "causes:\n" + r.causes.map { "  - {headline: \(q($0.0 + "。")), detail: \(q($0.1))}\n" }.joined()
        y += "measures:\n" + r.measures.map { m in
            "  - {headline: \(q(m.text)), owner: \(m.owner.map(q) ?? "null"), deadline: \(m.deadline.map(q) ?? "null"), status: \(m.status.map(q) ?? "null")}\n"
        }.joined()
        return y
    }

    func ledgerCells(_ m: MeasureText, rng: inout SeededRandom) -> [String] {
        [m.problem, m.text, m.owner ?? "", m.deadline ?? "", m.status ?? ""]
    }

    func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    func gb18030(_ s: String) -> Data { s.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data(s.utf8) }

    // MARK: Office files, the smallest packages Word and Excel open

    static func esc(_ s: String) -> String { XLSXWriter.esc(s) }

    func docx(_ r: Report, style: Int, withTable: Bool) throws -> Data {
        func p(_ text: String, bold: String? = nil) -> String {
            var runs = ""
            if let b = bold { runs += "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(Self.esc(b))</w:t></w:r>" }
            let rest = bold.map { String(text.dropFirst($0.count)) } ?? text
            if !rest.isEmpty { runs += "<w:r><w:t xml:space=\"preserve\">\(Self.esc(rest))</w:t></w:r>" }
            return "<w:p>\(runs)</w:p>"
        }
        var body = p("\(r.branch)\(year)年度组织生活会对照检查材料", bold: "\(r.branch)\(year)年度组织生活会对照检查材料")
        body += preamble(r).map { p($0) }.joined()
        body += p("一、存在的问题与不足", bold: "一、存在的问题与不足")
        for (k, (title, ps)) in r.aspects.enumerated() {
            body += p("（\(Self.numerals[k])）\(title)", bold: "（\(Self.numerals[k])）\(title)")
            if style == 5 {
                body += ps.map { p("\($0.text)。\($0.detail)", bold: "\($0.text)。") }.joined()
            } else {
                body += items(ps, style: style).map { p($0) }.joined()
            }
        }
        body += p("二、原因剖析", bold: "二、原因剖析")
        body += r.causes.enumerated().map { p("\($0.offset + 1)、\($0.element.0)。\($0.element.1)") }.joined()
        body += p("三、整改措施", bold: "三、整改措施")
        if withTable {
            body += p("整改措施见下表。")
            let header = ["序号", "存在问题", "整改措施", "责任人", "完成时限"]
            var rows = [header]
            for (k, m) in r.measures.enumerated() { rows.append(["\(k + 1)", m.problem, m.text, m.owner ?? "", m.deadline ?? ""]) }
            body += "<w:tbl>" + rows.map { row in
                "<w:tr>" + row.map { "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\(Self.esc($0))</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
            }.joined() + "</w:tbl>"
        } else {
            body += r.measures.enumerated().map { p(measureLine($0.element, k: $0.offset)) }.joined()
        }
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        return try zip([
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", document),
        ])
    }

    /// A ledger workbook: a title row merged across the columns, the header, and the problem cell merged
    /// over the rows of a branch's measures that share it.
    func xlsx(title: String, rows: [[String]]) throws -> Data {
        let header = ["党支部", "存在问题", "整改措施", "责任人", "完成时限", "整改进展"]
        var all = [[title], header] + rows
        var merges = ["A1:F1"]
        var r = 2
        while r < all.count {
            var end = r
            while end + 1 < all.count, all[end + 1][0] == all[r][0], all[end + 1][1] == all[r][1] { end += 1 }
            if end > r {
                merges.append("B\(r + 1):B\(end + 1)")
                for k in (r + 1)...end { all[k][1] = "" }
            }
            r = end + 1
        }
        return try XLSXWriter.data([XLSXWriter.Sheet(name: "整改台账", rows: all, merges: merges, headerRows: [1])])
    }

    func zip(_ parts: [(String, String)]) throws -> Data { try Package.zip(parts) }
}
