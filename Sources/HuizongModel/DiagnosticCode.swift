/// Every finding huizong reports, by its stable code (printed as the raw value in `check`, `parse --json` and
/// summary.json). Each has its usual severity and says whether an error of it keeps the file out of the report.
public enum DiagnosticCode: String, CaseIterable, Sendable, Hashable {
    case appraisalMissing = "appraisal-missing"
    case approximateCount = "approximate-count"
    case archiveEntriesSkipped = "archive-entries-skipped"
    case aspectUnmatched = "aspect-unmatched"
    case binaryFile = "binary-file"
    case branchFromFolder = "branch-from-folder"
    case branchMissing = "branch-missing"
    case canonicalShape = "canonical-shape"
    case canonicalSyntax = "canonical-syntax"
    case committeeConfig = "committee-config"
    case committeeFromFolder = "committee-from-folder"
    case contentsSkipped = "contents-skipped"
    case context = "context"
    case correctionsConfig = "corrections-config"
    case corruptPackage = "corrupt-package"
    case duplicateBranch = "duplicate-branch"
    case earlierVersion = "earlier-version"
    case emptyAspect = "empty-aspect"
    case emptyFile = "empty-file"
    case excellentOverCap = "excellent-over-cap"
    case groupsConfig = "groups-config"
    case impossibleDate = "impossible-date"
    case invalidUTF8 = "invalid-utf8"
    case knowledgeFile = "knowledge-file"
    case ledgerProblemWithoutMeasure = "ledger-problem-without-measure"
    case ledgerRowSkipped = "ledger-row-skipped"
    case limitCompressionRatio = "limit-compression-ratio"
    case limitFileSize = "limit-file-size"
    case limitFiles = "limit-files"
    case limitLineLength = "limit-line-length"
    case limitRows = "limit-rows"
    case limitUnzippedSize = "limit-unzipped-size"
    case limitXmlDepth = "limit-xml-depth"
    case limitXmlSize = "limit-xml-size"
    case measureNoDeadline = "measure-no-deadline"
    case measureNoOwner = "measure-no-owner"
    case measureNoOwnerDeadline = "measure-no-owner-deadline"
    case missingSection = "missing-section"
    case missingTool = "missing-tool"
    case noBranchName = "no-branch-name"
    case noCommitteeName = "no-committee-name"
    case noLedgerHeader = "no-ledger-header"
    case notAReport = "not-a-report"
    case notBranchReport = "not-branch-report"
    case officeLockFile = "office-lock-file"
    case placeholder = "placeholder"
    case placeholderCount = "placeholder-count"
    case problemsWithoutHeading = "problems-without-heading"
    case problemsWithoutMeasures = "problems-without-measures"
    case reflowed = "reflowed"
    case rosterNearMatch = "roster-near-match"
    case scannedPdf = "scanned-pdf"
    case splitRunTogether = "split-run-together"
    case traditionalScript = "traditional-script"
    case unknownBranch = "unknown-branch"
    case unknownEncoding = "unknown-encoding"
    case unknownStatus = "unknown-status"
    case unreadableDeadline = "unreadable-deadline"
    case unreadableFile = "unreadable-file"
    case unsupportedFormat = "unsupported-format"
    case webClutter = "web-clutter"
    case xmlEntities = "xml-entities"
    case yearFromCampaign = "year-from-campaign"
    case yearFromReports = "year-from-reports"
    case yearMismatch = "year-mismatch"

    /// The severity a finding of this code has unless its site says otherwise (missing-section is an error for
    /// the problems section, a warning for the others).
    public var severity: Diagnostic.Severity {
        switch self {
        case .binaryFile, .branchMissing, .canonicalShape, .canonicalSyntax, .committeeConfig, .correctionsConfig, .corruptPackage,
             .duplicateBranch, .emptyFile, .groupsConfig, .impossibleDate, .knowledgeFile, .limitCompressionRatio,
             .limitFileSize, .limitFiles, .limitUnzippedSize, .limitXmlDepth, .limitXmlSize, .missingSection,
             .missingTool, .noLedgerHeader, .scannedPdf, .unknownEncoding, .unreadableFile,
             .unsupportedFormat, .xmlEntities: return .error
        case .appraisalMissing, .archiveEntriesSkipped, .earlierVersion, .emptyAspect, .excellentOverCap, .invalidUTF8, .ledgerProblemWithoutMeasure, .limitLineLength, .limitRows,
             .measureNoDeadline, .measureNoOwner, .measureNoOwnerDeadline, .noBranchName, .noCommitteeName,
             .notAReport, .notBranchReport, .placeholder, .placeholderCount, .problemsWithoutMeasures, .rosterNearMatch,
             .unknownBranch, .unknownStatus, .unreadableDeadline, .yearMismatch: return .warning
        case .approximateCount, .aspectUnmatched, .branchFromFolder, .committeeFromFolder, .contentsSkipped, .context,
             .ledgerRowSkipped, .officeLockFile, .problemsWithoutHeading, .reflowed, .splitRunTogether,
             .traditionalScript, .webClutter, .yearFromCampaign, .yearFromReports: return .note
        }
    }

    /// A finding of this code means the file cannot be counted: it is listed as not included, with the reason.
    /// All are errors (the file is unreadable, unsafe or unusable) but `not-a-report`, a warning: the file is the
    /// branch's own, whole and readable, but no self-examination (a work summary, a meeting's account), and like a
    /// notice or a member's material it is listed, not counted.
    public var excludesFile: Bool {
        switch self {
        case .binaryFile, .canonicalShape, .canonicalSyntax, .corruptPackage, .duplicateBranch, .emptyFile,
             .limitCompressionRatio, .limitFileSize, .limitUnzippedSize, .limitXmlDepth, .limitXmlSize, .missingTool,
             .noLedgerHeader, .notAReport, .scannedPdf, .unknownEncoding, .unreadableFile, .unsupportedFormat,
             .xmlEntities: return true
        default: return false
        }
    }
}
