import ArgumentParser
import Foundation

@main
struct Huizong: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "huizong",
        abstract: L("汇总: turns branch self-examination reports into the committee summary, typeset as GB/T 9704 PDF.", "汇总：把各党支部的对照检查材料汇总为党委的情况报告，按 GB/T 9704 排版。"),
        discussion: L("""
        Example:
          huizong build samples/committee -o out
          huizong render samples/documents/demo.yaml -o out/demo.pdf
          huizong fonts --text "刘镕 张堃"
        """, """
        使用说明见 docs/使用说明.md。例：
          huizong check samples/committee
          huizong build samples/committee -o out
        """),
        version: "0.1.0",
        subcommands: [BuildCommand.self, ParseCommand.self, CheckCommand.self, TemplateCommand.self, GenerateCommand.self, RenderCommand.self, FontsCommand.self,
                      KnowledgeCommand.self, ServeCommand.self]
    ) }

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
/// How a run ended, for scripts (README): 0 all done, every file included; 1 the report was built but some files
/// were left out (listed on stderr); 2 a usage error; 3 the environment (fonts); 4 the output could not be
/// written; 5 the input's settings or counts are wrong and nothing was built.
enum ExitStatus {
    static let findings = ExitCode(1)
    static let partial = ExitCode(1)
    static let notBuilt = ExitCode(5)
    static let usage = ExitCode(2)
    static let environment = ExitCode(3)
    static let output = ExitCode(4)
}

func fail(_ message: String, _ code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data(("huizong: " + message + "\n").utf8))
    return code
}
