import ArgumentParser
import Foundation
import HuizongIngest
import HuizongModel

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read one branch file (.docx .txt .md .xlsx .csv .yaml .json) and print its structure.",
        discussion: "Example:\n  huizong parse samples/committee/机关第一党支部.docx --json"
    )
    @Argument(help: "The file to read.") var file: String
    @Flag(help: "Print the contract JSON (docs/parse-json.md) instead of an outline.") var json = false
    @Option(help: "Message language: zh or en (default: from the locale).") var lang: String?
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
