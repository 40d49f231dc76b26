import ArgumentParser
import HuizongIngest

/// The reading limits (docs/ingest.md), raised or lowered from the command line.
struct LimitOptions: ParsableArguments {
    @Option(help: H("Largest input file, in MB.", "单个输入文件的最大大小（MB）。")) var maxFileMb: Int = 50
    @Option(help: H("Largest unpacked size of one .docx/.xlsx, in MB.", "单个 .docx/.xlsx 解压后的最大大小（MB）。")) var maxUnzippedMb: Int = 200
    @Option(help: H("Largest compression ratio of a part over 1 MB.", "超过 1 MB 的部件允许的最大压缩比。")) var maxRatio: Int = 200
    @Option(help: H("Most files read from a folder.", "一个文件夹最多读取的文件数。")) var maxFiles: Int = 20_000
    @Option(help: H("Most rows read from a sheet or CSV.", "一个工作表或 CSV 最多读取的行数。")) var maxRows: Int = 100_000
    @Option(help: H("Longest text line read, in characters.", "读取的最长一行（字数）。")) var maxLineChars: Int = 100_000

    /// A limit below its floor is a usage error rather than raised silently: the user asked for something else.
    func validate() throws {
        let floors = [("--max-file-mb", maxFileMb, 1), ("--max-unzipped-mb", maxUnzippedMb, 1), ("--max-ratio", maxRatio, 1),
                      ("--max-files", maxFiles, 1), ("--max-rows", maxRows, 1), ("--max-line-chars", maxLineChars, 100)]
        for (name, value, floor) in floors where value < floor {
            throw ValidationError("\(name) must be at least \(floor), found \(value)")
        }
    }

    var limits: IngestLimits {
        var l = IngestLimits()
        l.maxFileBytes = max(1, maxFileMb) * 1024 * 1024
        l.maxUnzippedBytes = max(1, maxUnzippedMb) * 1024 * 1024
        l.maxCompressionRatio = max(1, maxRatio)
        l.maxFiles = max(1, maxFiles)
        l.maxRows = max(1, maxRows)
        l.maxLineCharacters = max(100, maxLineChars)
        return l
    }
}
