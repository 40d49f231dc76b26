import Foundation
import Testing

@Suite(.serialized) struct BuildCommandTests {
    static let samples = Repo.root.appendingPathComponent("samples/committee").path

    func build(_ out: URL, extra: [String] = []) throws -> Output {
        try huizong(["build", Self.samples, "-o", out.path, "--lang", "zh"] + extra)
    }

    @Test func theSampleReportAgreesWithSummaryJSON() throws {
        let out = temporaryDirectory()
        let r = try build(out)
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let pdf = out.appendingPathComponent("某某机关党委2025年度组织生活会情况汇总报告.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(r.stdout.contains(pdf.lastPathComponent) && r.stdout.contains("页"))
        #expect(r.stderr.contains("未纳入") && r.stderr.contains("026-会议通知.txt"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Int])
        let rect = try #require(json["rectification"] as? [String: Any])
        let text = try tool("pdftotext", [pdf.path, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(text.contains("共查摆问题\(totals["problems"]!)条"))
        #expect(text.contains("剖析原因\(totals["causes"]!)条"))
        #expect(text.contains("共制定整改措施\(totals["measures"]!)条"))
        #expect(text.contains("已完成\(rect["done"] as! Int)条"))
        #expect(text.contains("已逾期未完成\(rect["overdue"] as! Int)条"))
        #expect(text.contains(String(format: "计为%.1f%%", (rect["completion_rate"] as! Double) * 100)))
        // Every branch of the input is in the per-branch table, including a name outside GB2312 in the tables.
        let branches = try #require(json["branches"] as? [[String: Any]])
        for b in branches { #expect(text.contains(b["name"] as! String), "\(b["name"]!)") }
        // 镕 is outside GB2312 (FandolSong lacks it): it must come out of the fallback face, not as a box.
        #expect(text.contains("镕城综合办公室党支部"))
        #expect(try tool("pdffonts", [pdf.path]).stdout.contains("NotoSerifCJK"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("某某机关党委2025年度组织生活会情况汇总报告统计表.xlsx").path))
        // Every problem statement once in the groups.
        let groups = try #require(json["problem_groups"] as? [[String: Any]])
        #expect(groups.reduce(0) { $0 + (($1["statements"] as? [Any])?.count ?? 0) } == totals["problems"]!)
        #expect(try tool("qpdf", ["--check", pdf.path]).status == 0)
        for csv in ["branches.csv", "problem_groups.csv", "overdue.csv", "activities.csv", "problems_by_aspect.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(csv).path), "\(csv)")
        }
    }

    /// The figures as printed: the per-branch table read back out of the PDF (pdftotext -layout) must hold the
    /// rows of branches.csv, figure for figure, and its total row summary.json's totals; the build's own
    /// "PDF table" reconciliation line must match what the PDF holds, not only the in-memory document.
    @Test func thePDFTableHoldsTheCSVRowsAndTheTotals() throws {
        let out = temporaryDirectory()
        let r = try build(out, extra: ["--lang", "en"])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let pdf = out.appendingPathComponent("某某机关党委2025年度组织生活会情况汇总报告.pdf")
        let layout = try tool("pdftotext", ["-layout", pdf.path, "-"]).stdout
        let table = try #require(layout.components(separatedBy: "附件1").last?.components(separatedBy: "附件2").first)
        // A row: members (or —), one count per aspect, then problems, measures, done, overdue, rate.
        var printed: [[String]] = [], total: [String]?
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard let rate = fields.last, rate.hasSuffix("%"), fields.count >= 7 else { continue }
            let figures = fields.filter { $0 == "—" || Int($0) != nil || $0.hasSuffix("%") }
            let row = [figures[0] == "—" ? "" : figures[0]] + figures.suffix(5)
            if line.contains("合计") { total = Array(figures.suffix(5)) } else { printed.append(row) }
        }
        let csv = try String(contentsOf: out.appendingPathComponent("branches.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(printed.sorted { $0.joined(separator: ",") < $1.joined(separator: ",") }
                == csv.map { Array($0.dropFirst()) }.sorted { $0.joined(separator: ",") < $1.joined(separator: ",") },
                "the PDF's per-branch rows and branches.csv differ")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Int]), rect = try #require(json["rectification"] as? [String: Any])
        let rate = String(format: "%.1f%%", (rect["completion_rate_all"] as? Double ?? -1) * 100)
        #expect(total == ["\(totals["problems"]!)", "\(totals["measures"]!)", "\(rect["done"]!)", "\(rect["overdue"]!)", rate], "\(total ?? [])")
        let claimed = "reconciled: PDF table: \(printed.count) branches, \(totals["problems"]!) problems, \(totals["measures"]!) measures"
        #expect(r.stderr.contains(claimed), "\(r.stderr)")
        #expect(printed.count == totals["branches"])
    }

    @Test func identicalInputGivesIdenticalBytes() throws {
        let a = temporaryDirectory(), b = temporaryDirectory()
        _ = try build(a)
        _ = try build(b)
        for name in ["某某机关党委2025年度组织生活会情况汇总报告.pdf", "summary.json", "branches.csv"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func checkPrintsFindingsLikeACompilerInBothLanguages() throws {
        let zh = try huizong(["check", Self.samples], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": ""])
        #expect(zh.status == 1)
        #expect(zh.stdout.contains("025-党建办党支部.txt:16: 错误 [impossible-date] 日期“2026年2月30日”不存在"))
        #expect(zh.stdout.contains("共检查"))
        let en = try huizong(["check", Self.samples], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        #expect(en.stdout.contains("025-党建办党支部.txt:16: error [impossible-date] the date '2026年2月30日' does not exist"))
        #expect(en.stdout.contains("files checked"))
        #expect(try huizong(["check", "/nonexistent"]).status == 2)
    }

    /// `--lang en` gives English reasons for what was not included.
    @Test func exclusionReasonsFollowTheLanguage() throws {
        let r = try build(temporaryDirectory(), extra: ["--lang", "en"])
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("not included: ") }
        #expect(lines.count >= 3, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples)
        for line in lines {
            let name = try #require(names.first { line.contains("/" + $0) }, "\(line)")
            // The reason, without the file names it may quote.
            let reason = names.reduce(String(line[try #require(line.range(of: "/" + name)).upperBound...])) { $0.replacingOccurrences(of: $1, with: "") }
            #expect(!reason.isEmpty)
            #expect(!reason.contains { $0.unicodeScalars.first.map { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) } ?? false },
                    "\(line)")
        }
        let zh = try build(temporaryDirectory())
        #expect(zh.stderr.contains("未纳入：") && zh.stderr.contains("重复报送"))
    }

    /// summary.json names input files relative to the committee folder: a copied folder gives the same file, and
    /// the clerk's own folders do not travel up to the higher committee.
    @Test func summaryJSONHoldsNoAbsolutePath() throws {
        var jsons: [Data] = []
        for _ in 0..<2 {
            let copy = temporaryDirectory().appendingPathComponent("某某机关党委材料")
            try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.samples), to: copy)
            let out = temporaryDirectory()
            #expect(try huizong(["build", copy.path, "-o", out.path]).status == BuildStatus.builtPartly)
            let data = try Data(contentsOf: out.appendingPathComponent("summary.json"))
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(copy.path) && !text.contains("\"/"), "an absolute path is in summary.json")
            #expect(text.contains("\"location\": \"001-机关第一党支部.txt:"))
            jsons.append(data)
        }
        #expect(jsons[0] == jsons[1])
    }

    @Test func parseJSONKeepsTheContractKeys() throws {
        let r = try huizong(["parse", Repo.root.appendingPathComponent("samples/committee/001-机关第一党支部.txt").path, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: r.data) as? [String: Any])
        for key in ["source", "branch", "year", "meeting", "aspects", "causes", "measures", "stats", "diagnostics"] {
            #expect(json[key] != nil, "\(key)")
        }
        let aspects = try #require(json["aspects"] as? [[String: Any]])
        let problem = try #require((aspects.first?["problems"] as? [[String: Any]])?.first)
        #expect(Set(problem.keys).isSuperset(of: ["headline", "detail", "location"]))
        #expect((problem["location"] as? String)?.contains("001-机关第一党支部.txt:") == true)
    }
}

@Suite struct TemplateCommandTests {
    /// A branch's filled-in report is never replaced by a blank one.
    @Test func theTemplateNeverOverwritesAFile() throws {
        let f = temporaryDirectory().appendingPathComponent("机关第一党支部.yaml")
        let filled = Data("version: 1\nbranch: {name: 机关第一党支部}\n".utf8)
        try filled.write(to: f)
        let r = try huizong(["template", "-o", f.path])
        #expect(r.status == 2, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("--force"))
        #expect(try Data(contentsOf: f) == filled)
        #expect(try huizong(["template", "-o", f.path, "--force"]).status == 0)
        #expect(try Data(contentsOf: f) != filled)
    }

    @Test func theTemplateParsesCleanly() throws {
        let f = temporaryDirectory().appendingPathComponent("t.yaml")
        #expect(try huizong(["template", "-o", f.path]).status == 0)
        let r = try huizong(["parse", f.path, "--json"])
        #expect(r.status == 0, "\(r.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.data) as? [String: Any])
        #expect((json["branch"] as? [String: Any])?["name"] as? String == "某某党支部")
        let measures = try #require(json["measures"] as? [[String: Any]])
        #expect(measures.first?["deadline"] as? String == "2026-06-30")
        #expect(measures.first?["status"] as? String == "in_progress")
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
    }
}

/// What the user typed is never passed over for a default: a bad --as-of or a --previous
/// folder that is not there is a usage error (exit 2) with nothing written, even when committee.yaml has as_of.
@Suite struct BuildUsageTests {
    @Test(arguments: [["--as-of", "2026/06/30"], ["--as-of", "banana"], ["--as-of", "2026-02-30"],
                      ["--previous", "/nonexistent/previous"], ["--previous", "/etc/hostname"]])
    func aMistypedOptionIsAUsageError(_ option: [String]) throws {
        let out = temporaryDirectory()
        let r = try huizong(["build", BuildCommandTests.samples, "-o", out.path] + option)
        #expect(r.status == 2, "\(option): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains("huizong: \(option[0])"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}

/// Every usage error exits 2, as the README says (ArgumentParser's own are 64, EX_USAGE); a limit below its
/// floor is one too, not raised silently.
@Suite struct UsageExitTests {
    @Test(arguments: [["build"], ["build", "x", "--bogus"], ["parse"], ["generate", "--branches", "many"], ["nonsense"],
                      ["build", BuildCommandTests.samples, "-o", "/tmp/hz-never", "--max-line-chars", "50"],
                      ["check", BuildCommandTests.samples, "--max-rows", "0"]])
    func aUsageErrorExitsTwo(_ args: [String]) throws {
        let r = try huizong(args)
        #expect(r.status == 2, "\(args): \(r.status) \(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test func helpAndVersionStillExitZero() throws {
        #expect(try huizong(["--help"]).status == 0)
        #expect(try huizong(["build", "--help"]).status == 0)
        #expect(try huizong(["--version"]).status == 0)
    }
}
