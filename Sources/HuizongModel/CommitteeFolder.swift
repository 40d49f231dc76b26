import Foundation

/// A committee folder as read: its settings, its reports, and findings about the folder itself.
public struct CommitteeFolder: Sendable {
    public var committee: CommitteeConfig
    public var reports: [BranchReport]
    /// Findings about the folder itself (committee.yaml), not about one branch file.
    public var diagnostics: [Diagnostic]
    /// The knowledge the folder was read with (with its knowledge.yaml, if any), for the analysis.
    public var knowledge: Knowledge
    /// The clerk's pinned groups from groups.yaml.
    public var pins: [GroupPin]
    public init(committee: CommitteeConfig, reports: [BranchReport], diagnostics: [Diagnostic], knowledge: Knowledge,
                pins: [GroupPin] = []) {
        self.committee = committee
        self.reports = reports
        self.diagnostics = diagnostics
        self.knowledge = knowledge
        self.pins = pins
    }
}
