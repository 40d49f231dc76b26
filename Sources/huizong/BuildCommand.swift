import ArgumentParser
import Foundation
import HuizongAnalysis
import HuizongCompose
import HuizongExport
import HuizongIngest
import HuizongLayout
import HuizongModel
import HuizongRender
import HuizongValidate

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read a committee folder and write the summary report PDF and .docx, summary.json and CSV tables.",
        discussion: """
        Last year's reports are read from DIR/previous (or --previous). Files with errors do not stop the build:
        they are listed as not included, in the PDF's 说明 and on the terminal.
        Example:
          huizong build samples/committee -o out --as-of 2026-03-31
        """
    )
    @Argument(help: "The committee folder.") var folder: String
    @Option(name: .shortAndLong, help: "Output folder.") var output: String
    @Option(help: "Layout name in Layouts/ or a path.") var layout: String = "gbt9704"
    @Option(help: "As-of date for deadlines, YYYY-MM-DD (default: committee.yaml's as_of; one of the two is needed).") var asOf: String?
    @Option(help: "Folder of last year's reports.") var previous: String?
    @Flag(help: "Add one page per branch with its problems and measures.") var appendix = false
    @Option(help: "Message language: zh or en (default: from the locale).") var lang: String?
    @OptionGroup var limitOptions: LimitOptions

    func progress(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    func run() throws {
        let chinese = Language.chinese(override: lang)
        let dir = URL(fileURLWithPath: folder)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw fail("not a folder: \(folder)", ExitStatus.usage)
        }
        // A date or folder the user typed is never passed over for a default: that would be a different report.
        let givenDay = try asOf.map { s throws(ExitCode) -> Day in
            guard let d = Day.parseISO(s) else { throw fail("--as-of must be YYYY-MM-DD, found '\(s)'", ExitStatus.usage) }
            return d
        }
        if let previous {
            guard FileManager.default.fileExists(atPath: previous, isDirectory: &isDir), isDir.boolValue else {
                throw fail("--previous: not a folder: \(previous)", ExitStatus.usage)
            }
        }
        let read = Ingest(limits: limitOptions.limits).readFolder(dir)
        // Without its settings (as-of date, roster, title, pinned groups) the report would be wrong, not just incomplete.
        guard read.settingsErrors.isEmpty else {
            for d in read.settingsErrors { progress(CheckCommand.line(d, chinese: chinese)) }
            throw fail(chinese ? "committee.yaml 或 groups.yaml 有误，未生成报告" : "committee.yaml or groups.yaml has mistakes; no report written",
                       ExitStatus.notBuilt)
        }
        // A committee's knowledge.yaml changes the grouping: a report without it would not be the one asked for.
        if let bad = read.knowledgeError { throw fail(CheckCommand.line(bad, chinese: chinese), ExitStatus.notBuilt) }
        // What committee.yaml left out and was taken from the folder or the reports.
        for d in read.diagnostics where Self.defaultCodes.contains(d.code) { progress(CheckCommand.line(d, chinese: chinese)) }
        if !read.knowledge.localFiles.isEmpty {
            progress((chinese ? "本地知识：" : "local knowledge: ") + read.knowledge.localFiles.joined(separator: ", "))
        }
        progress(chinese ? "读取：\(Set(read.reports.map(\.source)).count) 个文件" : "read: \(Set(read.reports.map(\.source)).count) files")
        var previousFolder: Ingest.Folder?
        let prevURL = previous.map { URL(fileURLWithPath: $0) } ?? dir.appendingPathComponent("previous")
        if FileManager.default.fileExists(atPath: prevURL.path) { previousFolder = Ingest(limits: limitOptions.limits).readFolder(prevURL) }
        let day: Day
        if let given = givenDay ?? read.committee.asOf {
            day = given
        } else {
            // No date anywhere: today's, said aloud, so the overdue figures are never those of a made-up date.
            day = try Self.today()
            progress(chinese ? "未给出截止日期（--as-of 或 committee.yaml 的 as_of），逾期按今天 \(day) 计算"
                             : "no as-of date (--as-of or as_of in committee.yaml): overdue is counted as of today, \(day)")
        }
        let findings = Validation.run(read)
        let summary = Analysis(asOf: day).run(read, previous: previousFolder)
        progress(chinese ? "分析：\(summary.branches.count) 个党支部，\(summary.totalProblems) 条问题，\(summary.problemGroups.count) 类" :
                 "analysed: \(summary.branches.count) branches, \(summary.totalProblems) problems in \(summary.problemGroups.count) groups")
        for e in summary.excluded {
            progress(chinese ? "未纳入：\(e.source)（\(e.reason)）" : "not included: \(e.source) (\(e.reasonEn))")
        }

        let out = URL(fileURLWithPath: output)
        do { try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true) } catch {
            throw fail("cannot create \(output): \(error.localizedDescription)", ExitStatus.output)
        }
        for stale in OutputSet.removeStale(in: out) {
            progress(chinese ? "已删除上次中断运行留下的未完成文件：\(stale)" : "removed a half-written file left by an interrupted run: \(stale)")
        }
        let spec: LayoutSpec
        do { spec = try ProjectPaths.layout(layout) } catch { throw fail("\(error)", ExitStatus.usage) }
        let typesetter: Typesetter
        do { typesetter = try Typesetter(spec: spec, fontDirectory: ProjectPaths.fonts) } catch { throw fail("\(error)", ExitStatus.environment) }
        let document = CommitteeReport.document(summary, appendix: appendix)
        let reconciliation = Reconciliation(folder: read, summary: summary, document: document)
        for line in reconciliation.lines { progress((chinese ? "核对：" : "reconciled: ") + line) }
        guard reconciliation.ok else {
            for m in reconciliation.mismatches { progress((chinese ? "核对不符：" : "MISMATCH: ") + m) }
            throw fail(chinese ? "数量核对不符，未生成报告" : "counts do not reconcile; no report written", ExitStatus.notBuilt)
        }
        let title = CommitteeReport.title(summary)
        let pdf = out.appendingPathComponent(title + ".pdf")
        // Every output is staged first and all are moved into place together: a failure replaces none of them.
        var outputs = OutputSet(folder: out)
        let laid: LaidOutDocument
        do {
            try outputs.write(Data(SummaryJSON.value(summary, paths: InputPaths(committeeFolder: dir.path)).render().utf8), as: "summary.json")
            for (name, text) in SummaryJSON.tables(summary) {
                try outputs.write(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), as: name)
            }
            let sheets = SummaryJSON.sheetTables(summary).map { XLSXWriter.Sheet(name: $0.0, rows: $0.1) }
            try outputs.write(try XLSXWriter.data(sheets), as: title + "统计表.xlsx")
            laid = try typesetter.render(document, to: outputs.stage(pdf.lastPathComponent), date: "\(day)T00:00:00")
            // The same report as an editable Word document.
            try outputs.write(try DocxOutput.data(document, typesetter: typesetter, date: "\(day)T00:00:00").0, as: title + ".docx")
            try outputs.commit()
        } catch {
            outputs.discard()
            throw fail("\(error)", ExitStatus.output)
        }
        progress(chinese ? "排版：\(laid.pages.count) 页" : "typeset: \(laid.pages.count) pages")
        let errors = findings.filter { $0.severity == .error }.count
        // Files with at least one part in the report, and parts left out (a ledger's duplicate branch is one part).
        let included = Set(summary.branches.flatMap(\.sources)).count
        let left = summary.excluded.count
        print("\(pdf.path): \(laid.pages.count) \(chinese ? "页" : "pages"), \(findings.count) \(chinese ? "条检查结果（错误 \(errors) 条）" : "findings (\(errors) errors)")"
              + (chinese ? "，纳入 \(included) 个文件，未纳入 \(left) 份" : ", \(included) files included, \(left) left out"))
        // A script learns from the status whether every file made it into the report.
        if left > 0 { throw ExitStatus.partial }
    }

    static let defaultCodes: Set<String> = ["committee-from-folder", "no-committee-name", "year-from-reports"]

    /// Today in the local calendar; HUIZONG_TODAY=YYYY-MM-DD fixes it (tests).
    static func today() throws(ExitCode) -> Day {
        if let fixed = ProcessInfo.processInfo.environment["HUIZONG_TODAY"] {
            guard let d = Day.parseISO(fixed) else { throw fail("HUIZONG_TODAY must be YYYY-MM-DD, found '\(fixed)'", ExitStatus.usage) }
            return d
        }
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let y = c.year, let m = c.month, let d = c.day, let day = Day(year: y, month: m, day: d) else {
            throw fail("cannot read today's date from the system clock", ExitStatus.environment)
        }
        return day
    }
}

