import ArgumentParser
import Foundation
import HuizongAnalysis
import HuizongBuild
import HuizongIngest
import HuizongLayout
import HuizongModel
import HuizongValidate

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "check",
        abstract: L("Read a committee folder and print every finding like a compiler: location, severity, code, message.", "读取党委文件夹，逐条列出检查结果：位置、级别、代码、说明。"),
        discussion: L("Exit 0: clean (notes and warnings only, every file counted); 1: findings of error severity, or files a build would leave out; 2: unusable invocation.\nExample:\n  LANG=zh_CN.UTF-8 huizong check samples/committee",
                      "退出码 0：没有错误（只有提示和警告，文件全部纳入）；1：有错误，或生成报告时有文件不纳入；2：命令用法有误。\n例：\n  huizong check samples/committee --feedback 审核意见")
    ) }
    @Argument(help: H("The committee folder.", "党委文件夹。")) var folder: String
    @Option(help: H("Message language: zh or en (default: from the locale).", "提示语言：zh 或 en（默认按系统语言）。")) var lang: String?
    @Flag(help: H("Leave out notes.", "不列出提示。")) var quiet = false
    @Option(help: H("Also write a 审核意见 PDF per branch with findings and the 报送情况 overview into this folder.", "同时在此文件夹中为需要修改的党支部生成审核意见，并生成报送情况。")) var feedback: String?
    @OptionGroup var limitOptions: LimitOptions

    static func line(_ d: Diagnostic, chinese: Bool) -> String {
        let sev = chinese ? ["error": "错误", "warning": "警告", "note": "提示"][d.severity.rawValue] ?? d.severity.rawValue : d.severity.rawValue
        return "\(d.location?.description ?? "-"): \(sev) [\(d.code)] \(d.message(chinese: chinese))"
    }

    /// The files a build of the folder would leave out, with why: the build's read and analysis, no report.
    func leftOut(_ read: CommitteeFolder) throws -> [CommitteeSummary.Excluded] {
        let spec: LayoutSpec
        do { spec = try ProjectPaths.layout("gbt9704") } catch { throw fail("\(error)", ExitStatus.usage) }
        let job = BuildJob(.init(folder: URL(fileURLWithPath: folder), output: URL(fileURLWithPath: folder), layout: spec,
                                 fontDirectory: ProjectPaths.fonts, limits: limitOptions.limits, today: try BuildCommand.today()))
        return job.analyse(job.input(from: read)).excluded
    }

    /// The letters need the summary (who was included, who is missing): the build's read and analysis, no report.
    func writeFeedback(to folder: String, read: CommitteeFolder, findings: [Diagnostic], chinese: Bool) throws {
        let spec: LayoutSpec
        do { spec = try ProjectPaths.layout("gbt9704") } catch { throw fail("\(error)", ExitStatus.usage) }
        let today = try BuildCommand.today()
        let job = BuildJob(.init(folder: URL(fileURLWithPath: self.folder), output: URL(fileURLWithPath: folder), layout: spec,
                                 fontDirectory: ProjectPaths.fonts, limits: limitOptions.limits, today: today))
        let input = job.input(from: read)
        let summary = job.analyse(input)
        do throws(BuildJob.Failure) {
            let n = try job.writeFeedback(input, findings: findings, summary: summary)
            FileHandle.standardError.write(Data((chinese ? "审核意见：\(n) 份，报送情况 1 份，写入 \(folder)\n"
                                                         : "feedback: \(n) letters and the overview written to \(folder)\n").utf8))
        } catch {
            throw BuildCommand.exit(error, chinese: chinese)
        }
    }

    func run() throws {
        let chinese = Language.chinese(override: lang)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw fail("not a folder: \(folder)", ExitStatus.usage)
        }
        let read = Ingest(limits: limitOptions.limits).readFolder(URL(fileURLWithPath: folder))
        let findings = Validation.run(read).sorted { ($0.location?.description ?? "") < ($1.location?.description ?? "") }
        var counts: [Diagnostic.Severity: Int] = [:]
        for d in findings {
            counts[d.severity, default: 0] += 1
            if quiet && d.severity == .note { continue }
            print(Self.line(d, chinese: chinese))
        }
        let files = Set(read.reports.map(\.source)).count
        let leftOut = try leftOut(read)
        for e in leftOut {
            let name = URL(fileURLWithPath: e.source).lastPathComponent
            print(chinese ? "未纳入：\(name)（\(e.reason)）" : "left out: \(name) (\(e.reasonEn))")
        }
        if chinese {
            print("共检查 \(files) 个文件：错误 \(counts[.error] ?? 0) 个，警告 \(counts[.warning] ?? 0) 个，提示 \(counts[.note] ?? 0) 个；生成报告时未纳入 \(leftOut.count) 个")
        } else {
            print("\(files) files checked: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.note] ?? 0) notes; \(leftOut.count) would be left out of the report")
        }
        if let feedback { try writeFeedback(to: feedback, read: read, findings: findings, chinese: chinese) }
        // As the build's exit status says it: a file the report would leave out is something to act on.
        if (counts[.error] ?? 0) > 0 || !leftOut.isEmpty { throw ExitStatus.findings }
    }
}
