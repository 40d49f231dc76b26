import ArgumentParser
import Foundation
import HuizongIngest
import HuizongModel
import HuizongValidate

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read a committee folder and print every finding like a compiler: location, severity, code, message.",
        discussion: "Exit 0: clean (notes and warnings only); 1: findings of error severity; 2: unusable invocation.\nExample:\n  LANG=zh_CN.UTF-8 huizong check samples/committee"
    )
    @Argument(help: "The committee folder.") var folder: String
    @Option(help: "Message language: zh or en (default: from the locale).") var lang: String?
    @Flag(help: "Leave out notes.") var quiet = false
    @OptionGroup var limitOptions: LimitOptions

    static func line(_ d: Diagnostic, chinese: Bool) -> String {
        let sev = chinese ? ["error": "错误", "warning": "警告", "note": "提示"][d.severity.rawValue] ?? d.severity.rawValue : d.severity.rawValue
        return "\(d.location?.description ?? "-"): \(sev) [\(d.code)] \(d.message(chinese: chinese))"
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
        if chinese {
            print("共检查 \(files) 个文件：错误 \(counts[.error] ?? 0) 个，警告 \(counts[.warning] ?? 0) 个，提示 \(counts[.note] ?? 0) 个")
        } else {
            print("\(files) files checked: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.note] ?? 0) notes")
        }
        if (counts[.error] ?? 0) > 0 { throw ExitStatus.findings }
    }
}
