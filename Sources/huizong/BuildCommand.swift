import ArgumentParser
import Foundation
import HuizongBuild
import HuizongAnalysis
import HuizongCompose
import HuizongExport
import HuizongIngest
import HuizongLayout
import HuizongModel
import HuizongRender
import HuizongValidate

struct BuildCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "build",
        abstract: L("Read a committee folder and write the summary report PDF and .docx, summary.json and CSV tables.", "读取党委文件夹，生成汇总报告 PDF 和 .docx、summary.json、统计表和审核意见。"),
        discussion: L("""
        Last year's reports are read from DIR/previous (or --previous). Files with errors do not stop the build:
        they are listed as not included, in the PDF's 说明 and on the terminal.
        Example:
          huizong build samples/committee -o out --as-of 2026-03-31
        """, """
        上一年度的材料从 DIR/previous（或 --previous 指定的文件夹）读取。有错误的文件不会中断生成：
        它们列为未纳入，写在报告的“说明”和终端上。审核意见写在 OUT/审核意见/。
        例：
          huizong build samples/committee -o out --as-of 2026-03-31
        """)
    ) }
    @Argument(help: H("The committee folder.", "党委文件夹。")) var folder: String
    @Option(name: .shortAndLong, help: H("Output folder.", "输出文件夹。")) var output: String
    @Option(help: H("Layout name in Layouts/ or a path.", "Layouts/ 中的版式名称，或版式文件的路径。")) var layout: String = "gbt9704"
    @Option(help: H("As-of date for deadlines, YYYY-MM-DD (default: committee.yaml's as_of; one of the two is needed).", "统计截止日期，YYYY-MM-DD（默认取 committee.yaml 的 as_of，都没有则取当天）。")) var asOf: String?
    @Option(help: H("Folder of last year's reports.", "上一年度材料所在的文件夹。")) var previous: String?
    @Flag(help: H("Add one page per branch with its problems and measures.", "为每个党支部附一页问题和整改措施。")) var appendix = false
    @Flag(help: H("Do not write the letters to branches and the overview (审核意见/).", "不生成审核意见和报送情况。")) var noFeedback = false
    @Option(help: H("Message language: zh or en (default: from the locale).", "提示语言：zh 或 en（默认按系统语言）。")) var lang: String?
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
        let spec: LayoutSpec
        do { spec = try ProjectPaths.layout(layout) } catch { throw fail("\(error)", ExitStatus.usage) }
        let job = BuildJob(.init(folder: dir, output: URL(fileURLWithPath: output), layout: spec, fontDirectory: ProjectPaths.fonts,
                                 asOf: givenDay, previous: previous.map { URL(fileURLWithPath: $0) }, appendix: appendix,
                                 limits: limitOptions.limits, today: try Self.today(), feedback: !noFeedback))
        let result: BuildJob.Result
        do {
            result = try job.run { progress(Self.describe($0, chinese: chinese)) }
        } catch {
            throw Self.exit(error, chinese: chinese)
        }
        let findings = result.findings
        let errors = findings.filter { $0.severity == .error }.count
        let (pages, included, left) = (result.pages, result.included, result.leftOut)
        print("\(result.pdf.path): \(pages) \(chinese ? "页" : "pages"), \(findings.count) \(chinese ? "条检查结果（错误 \(errors) 条）" : "findings (\(errors) errors)")"
              + (chinese ? "，纳入 \(included) 个文件，未纳入 \(left) 份" : ", \(included) files included, \(left) left out"))
        // A script learns from the status whether every file made it into the report.
        if left > 0 { throw ExitStatus.partial }
    }

    /// A build event as one line of the terminal, in the chosen language.
    static func describe(_ event: BuildJob.Event, chinese: Bool) -> String {
        switch event {
        case let .defaulted(d): return CheckCommand.line(d, chinese: chinese)
        case let .localKnowledge(files): return (chinese ? "本地知识：" : "local knowledge: ") + files.joined(separator: ", ")
        case let .read(n): return chinese ? "读取：\(n) 个文件" : "read: \(n) files"
        case let .asOfToday(day):
            return chinese ? "未给出截止日期（--as-of 或 committee.yaml 的 as_of），逾期按今天 \(day) 计算"
                           : "no as-of date (--as-of or as_of in committee.yaml): overdue is counted as of today, \(day)"
        case let .analysed(b, p, g):
            return chinese ? "分析：\(b) 个党支部，\(p) 条问题，\(g) 类" : "analysed: \(b) branches, \(p) problems in \(g) groups"
        case let .excluded(e): return chinese ? "未纳入：\(e.source)（\(e.reason)）" : "not included: \(e.source) (\(e.reasonEn))"
        case let .staleFileRemoved(name):
            return chinese ? "已删除上次中断运行留下的未完成文件：\(name)" : "removed a half-written file left by an interrupted run: \(name)"
        case let .reconciled(line): return (chinese ? "核对：" : "reconciled: ") + line
        case let .typeset(pages): return chinese ? "排版：\(pages) 页" : "typeset: \(pages) pages"
        case let .feedback(n):
            return chinese ? "审核意见：\(n) 份（\(BuildJob.feedbackFolder)/，另有报送情况）"
                           : "feedback: \(n) letters to branches and the overview in '\(BuildJob.feedbackFolder)/'"
        }
    }

    /// A failed build as its message on stderr and its exit status (README).
    static func exit(_ failure: BuildJob.Failure, chinese: Bool) -> ExitCode {
        func progress(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
        switch failure {
        case let .settings(diagnostics):
            for d in diagnostics { progress(CheckCommand.line(d, chinese: chinese)) }
            return fail(chinese ? "committee.yaml、groups.yaml 或 corrections.yaml 有误，未生成报告" : "committee.yaml, groups.yaml or corrections.yaml has mistakes; no report written",
                        ExitStatus.notBuilt)
        case let .knowledge(d): return fail(CheckCommand.line(d, chinese: chinese), ExitStatus.notBuilt)
        case let .reconciliation(mismatches):
            for m in mismatches { progress((chinese ? "核对不符：" : "MISMATCH: ") + m) }
            return fail(chinese ? "数量核对不符，未生成报告" : "counts do not reconcile; no report written", ExitStatus.notBuilt)
        case let .environment(message): return fail(message, ExitStatus.environment)
        case let .output(message): return fail(message, ExitStatus.output)
        }
    }

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

