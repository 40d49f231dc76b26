/// Size limits of the readers, so no input can exhaust memory or time. Documented in docs/ingest.md.
public struct IngestLimits: Sendable {
    /// Largest input file read.
    public var maxFileBytes = 50 * 1024 * 1024
    /// Pages of a PDF read; a report has a handful.
    public var maxPages = 500
    /// Largest total uncompressed size of the parts read from one .docx/.xlsx.
    public var maxUnzippedBytes = 200 * 1024 * 1024
    /// Largest compression ratio of one part (ZIP bombs compress 1000:1 and more).
    public var maxCompressionRatio = 200
    /// Longest line of a text file; longer lines are cut with a diagnostic.
    public var maxLineCharacters = 100_000
    /// Most files read from one folder.
    public var maxFiles = 20_000
    /// Most rows and columns of one sheet or table.
    public var maxRows = 100_000
    public var maxColumns = 200
    public init() {}
    public static let standard = IngestLimits()
}
