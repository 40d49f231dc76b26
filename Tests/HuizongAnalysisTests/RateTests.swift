import Foundation
import HuizongModel
import Testing
@testable import HuizongAnalysis
@testable import HuizongCompose

/// A rate is rounded once, the same way, wherever it is printed: 1 of 16 was 0.063 in summary.json and 6.2 % in
/// the PDF (printf rounds the binary 6.25 to even).
@Suite struct RateTests {
    @Test(arguments: [(1, 16, "6.3%", 0.063), (1, 8, "12.5%", 0.125), (1, 3, "33.3%", 0.333), (2, 3, "66.7%", 0.667),
                      (0, 5, "0.0%", 0.0), (5, 5, "100.0%", 1.0), (1, 400, "0.3%", 0.003), (3, 16, "18.8%", 0.188)])
    func thePDFAndTheJSONAgree(done: Int, of total: Int, percent: String, json: Double) {
        let rate = Double(done) / Double(total)
        #expect(CommitteeReport.pct(rate) == percent)
        #expect(Rate.rounded(rate) == json)
        #expect(String(format: "%.1f%%", Rate.rounded(rate) * 100) == percent, "the JSON figure prints as the PDF's")
    }
}
