import Foundation
import HuizongModel
import Testing

/// docs/diagnostics.md is the table of `DiagnosticCode`: every code with its usual severity and whether an error of
/// it keeps the file out of the report. The two may not drift apart.
@Suite struct DiagnosticCodeTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/diagnostics.md")

    /// code → (severity, excludes), from the table's rows.
    static func documented() throws -> [String: (String, Bool)] {
        var out: [String: (String, Bool)] = [:]
        for line in try String(contentsOf: docs, encoding: .utf8).split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3 else { continue }
            out[cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = (cells[2], cells[3] == "yes")
        }
        return out
    }

    @Test func theDocsListEveryCodeWithItsSeverityAndExclusion() throws {
        let documented = try Self.documented()
        #expect(documented.count == DiagnosticCode.allCases.count)
        for code in DiagnosticCode.allCases {
            let row = documented[code.rawValue]
            #expect(row?.0 == code.severity.rawValue, "\(code.rawValue)")
            #expect(row?.1 == code.excludesFile, "\(code.rawValue)")
        }
    }

    @Test func aDiagnosticTakesItsCodesSeverityUnlessItsSiteSaysOtherwise() {
        let at = SourceLocation(file: "a.txt", .line(3))
        #expect(Diagnostic(.missingSection, zh: "", en: "", at: at).severity == .error)
        #expect(Diagnostic(.missingSection, severity: .warning, zh: "", en: "", at: at).severity == .warning)
        #expect(Diagnostic(.placeholder, zh: "", en: "", at: at).code == "placeholder")
    }

    /// A file is left out for errors that make it unreadable, and for a branch's file that is no self-examination (a
    /// warning, as for the other documents not counted), never for a finding a clerk fixes later.
    @Test func onlyUnreadableOrNonReportFindingsExcludeAFile() {
        #expect(DiagnosticCode.allCases.filter(\.excludesFile).allSatisfy { $0.severity == .error || $0 == .notAReport })
        #expect(DiagnosticCode.notAReport.severity == .warning)
        #expect(!DiagnosticCode.measureNoOwner.excludesFile && !DiagnosticCode.yearMismatch.excludesFile)
        #expect(DiagnosticCode.notAReport.excludesFile && DiagnosticCode.scannedPdf.excludesFile)
    }
}
