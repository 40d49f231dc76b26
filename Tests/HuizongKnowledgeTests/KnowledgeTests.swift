import Testing
@testable import HuizongKnowledge

@Suite struct ShippedKnowledgeTests {
    @Test func loads() throws { _ = try Knowledge.loadShipped() }
}
