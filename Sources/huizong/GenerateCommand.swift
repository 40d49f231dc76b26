import ArgumentParser
import Foundation
import HuizongSynth

struct GenerateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "generate",
        abstract: L("Write a synthetic committee folder (mixed formats, paraphrased problems, ledgers) of any size.", "生成任意规模的模拟党委文件夹（多种格式、改写的问题、整改台账）。"),
        discussion: "The problems are drawn from ground-truth groups written to .truth.tsv, so clustering can be measured.\nExample:\n  huizong generate --branches 1000 --seed 7 -o /tmp/big"
    ) }
    @Option(help: H("Number of branches.", "党支部个数。")) var branches: Int = 24
    @Option(help: H("Seed; the same seed writes the same folder.", "随机种子；相同的种子生成相同的文件夹。")) var seed: UInt64 = 1
    @Option(help: H("Meeting year.", "会议年度。")) var year: Int = 2025
    @Option(name: .shortAndLong, help: H("Folder to write.", "写入的文件夹。")) var output: String

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
