import ArgumentParser
import Foundation
import HuizongIngest
import HuizongModel

struct ParseCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "parse",
        abstract: L("Read one branch file (.docx .txt .md .xlsx .csv .yaml .json) and print its structure.", "读取一个党支部文件，列出读出的结构。"),
        discussion: "Example:\n  huizong parse samples/committee/机关第一党支部.docx --json"
    ) }
    @Argument(help: H("The file to read.", "要读取的文件。")) var file: String
    @Flag(help: H("Print the contract JSON (docs/parse-json.md) instead of an outline.", "输出约定格式的 JSON（docs/parse-json.md）。")) var json = false
    @Option(help: H("Message language: zh or en (default: from the locale).", "提示语言：zh 或 en（默认按系统语言）。")) var lang: String?
    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let chinese = Language.chinese(override: lang)
        guard FileManager.default.fileExists(atPath: file) else { throw fail("no such file: \(file)", ExitStatus.usage) }
        let reports = Ingest(limits: limitOptions.limits).read(URL(fileURLWithPath: file))
        if json {
            let values = reports.map { ReportJSON.value($0, chinese: chinese) }
            print((values.count == 1 ? values[0] : .array(values)).render())
        } else {
            for r in reports {
                print(ReportJSON.outline(r, chinese: chinese), terminator: "")
                for d in r.diagnostics { print("  " + CheckCommand.line(d, chinese: chinese)) }
            }
        }
        if reports.contains(where: { $0.diagnostics.contains { $0.severity == .error } }) { throw ExitStatus.findings }
    }
}
