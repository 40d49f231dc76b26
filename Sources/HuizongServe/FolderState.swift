import Foundation
import HuizongAnalysis
import HuizongBuild
import HuizongCompose
import HuizongDocument
import HuizongIngest
import HuizongModel
import HuizongValidate

/// The folder as read and analysed, what every page is drawn from.
struct FolderState: Sendable {
    var input: BuildJob.Input
    var findings: [Diagnostic]
    var summary: CommitteeSummary
    /// What each branch's 审核意见 would hold (the letters themselves are written by a build).
    var letters: [String: [Diagnostic]]
    var fingerprint: Fingerprint
    /// The settings' own mistakes (committee.yaml, groups.yaml, corrections.yaml): a build stops on them.
    var settingsErrors: [Diagnostic] { input.folder.settingsErrors }
    /// When the reports were last read from disk, to tell a rebuild that reused them.
    var readAt: Date

    /// Reads everything: the folder, last year's, then validation, analysis and the letters.
    /// `cache` keeps what each file read as, so a folder read again reads only the files that changed.
    static func read(_ options: ServeOptions, job: BuildJob, cache: ReadCache) -> FolderState {
        let fingerprint = Fingerprint(folder: options.folder)
        var ingest = Ingest(limits: options.limits)
        ingest.followsLinks = false
        ingest.cache = cache
        let folder = ingest.readFolder(options.folder)
        var input = job.input(from: folder)
        let previous = options.folder.appendingPathComponent("previous")
        if FolderPath.type(previous) == .typeDirectory { input.previous = ingest.readFolder(previous) }
        return analysed(input, job: job, options: options, fingerprint: fingerprint, readAt: Date())
    }

    /// The same reports with groups.yaml read again: only the grouping and what follows change.
    func withGroupsReread(_ options: ServeOptions, job: BuildJob, fingerprint: Fingerprint) -> FolderState {
        var input = self.input
        var folder = input.folder
        folder.diagnostics.removeAll { $0.id == GroupsFile.errorCode }
        folder.pins = []
        let path = options.folder.appendingPathComponent(Fingerprint.groupsFile)
        if let data = FileManager.default.contents(atPath: path.path) {
            do throws(DataFileError) { folder.pins = try GroupsFile.read(data: data, file: path.path) } catch {
                folder.diagnostics.append(Diagnostic(.groupsConfig, severity: .error, zh: "groups.yaml 有误：\(error.message)", en: error.message,
                                                     at: SourceLocation(file: path.path, error.line.map { .line($0) } ?? .file)))
            }
        }
        input.folder = folder
        return Self.analysed(input, job: job, options: options, fingerprint: fingerprint, readAt: readAt)
    }

    static func analysed(_ input: BuildJob.Input, job: BuildJob, options: ServeOptions, fingerprint: Fingerprint, readAt: Date) -> FolderState {
        let findings = Validation.run(input.folder)
        let summary = job.analyse(input)
        let letters = Feedback.findingsByBranch(folder: input.folder, findings: findings, summary: summary)
        return FolderState(input: input, findings: findings, summary: summary, letters: letters, fingerprint: fingerprint, readAt: readAt)
    }
}
