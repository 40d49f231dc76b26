import ArgumentParser
import Foundation

@main
struct Huizong: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huizong",
        abstract: "汇总: turns branch self-examination reports into the committee summary, typeset as GB/T 9704 PDF.",
        discussion: """
        Example:
          huizong render samples/documents/demo.yaml -o out/demo.pdf
          huizong fonts --text "刘镕 张堃"
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ParseCommand.self, CheckCommand.self, TemplateCommand.self, GenerateCommand.self, RenderCommand.self, FontsCommand.self,
                      KnowledgeCommand.self]
    )

    /// ArgumentParser exits 64 (EX_USAGE) on a usage error; the README promises 2, like our own usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

/// Exit codes, defined once: 0 fine, 1 findings of error severity, 2 unusable invocation,
/// 3 the environment lacks something (fonts), 4 output could not be written.
enum ExitStatus {
    static let findings = ExitCode(1)
    static let usage = ExitCode(2)
    static let environment = ExitCode(3)
    static let output = ExitCode(4)
}

func fail(_ message: String, _ code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data(("huizong: " + message + "\n").utf8))
    return code
}
