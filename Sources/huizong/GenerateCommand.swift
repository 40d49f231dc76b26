import ArgumentParser
import Foundation
import HuizongSynth

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic committee folder (mixed formats, paraphrased problems, ledgers) of any size.",
        discussion: "The problems are drawn from ground-truth groups written to .truth.tsv, so clustering can be measured.\nExample:\n  huizong generate --branches 1000 --seed 7 -o /tmp/big"
    )
    @Option(help: "Number of branches.") var branches: Int = 24
    @Option(help: "Seed; the same seed writes the same folder.") var seed: UInt64 = 1
    @Option(help: "Meeting year.") var year: Int = 2025
    @Option(name: .shortAndLong, help: "Folder to write.") var output: String

    func run() throws {
        guard branches > 0, branches <= 100_000 else { throw fail("--branches must be 1…100000", ExitStatus.usage) }
        do {
            try CommitteeGenerator(branches: branches, seed: seed, year: year).write(to: URL(fileURLWithPath: output))
        } catch {
            throw fail("cannot write \(output): \(error)", ExitStatus.output)
        }
        print("\(output): \(branches) branches, year \(year), seed \(seed)")
    }
}
