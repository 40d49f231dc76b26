import ArgumentParser
import HuizongIngest

/// The reading limits (docs/ingest.md), raised or lowered from the command line.
struct LimitOptions: ParsableArguments {
    @Option(help: "Largest input file, in MB.") var maxFileMb: Int = 50
    @Option(help: "Largest unpacked size of one .docx/.xlsx, in MB.") var maxUnzippedMb: Int = 200
    @Option(help: "Largest compression ratio of a part over 1 MB.") var maxRatio: Int = 200
    @Option(help: "Most files read from a folder.") var maxFiles: Int = 20_000
    @Option(help: "Most rows read from a sheet or CSV.") var maxRows: Int = 100_000
    @Option(help: "Longest text line read, in characters.") var maxLineChars: Int = 100_000

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
