import Foundation
import HuizongPDFText
import HuizongTestSupport
import Testing

/// A PDF's text layer through poppler.
@Suite struct PDFTextTests {
    @Test func aWordPDFGivesItsTextPageByPage() throws {
        let data = try Data(contentsOf: TestSupport.root.appendingPathComponent("Tests/HuizongIngestTests/Formats/branch-report.pdf"))
        let pages = try PDFText.pages(data)
        #expect(pages.count >= 1)
        #expect(pages.joined().contains("苗圃站党支部"))
    }

    @Test func somethingThatIsNotAPDFIsAnErrorNotACrash() {
        #expect(throws: PDFText.Failure.self) { try PDFText.pages(Data("%PDF-1.4 not really".utf8)) }
        #expect(throws: PDFText.Failure.self) { try PDFText.pages(Data()) }
    }

    @Test func pagesStopAtTheLimit() throws {
        let data = try Data(contentsOf: TestSupport.root.appendingPathComponent("Tests/HuizongIngestTests/Formats/branch-report.pdf"))
        #expect(try PDFText.pages(data, maxPages: 0).isEmpty)
    }
}
