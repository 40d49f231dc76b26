import Foundation
import HuizongBuild
import HuizongIngest
import HuizongModel
import Synchronization

/// A build as the 生成 page shows it: what it has done so far, and how it ended.
public struct BuildStatus: Sendable {
    public enum Phase: String, Sendable { case idle, queued, running, done, failed }
    public var number = 0
    public var phase = Phase.idle
    public var steps: [String] = []
    public var error: String?
    /// Whether the reports were read again (false: a rebuild that only grouped and typeset again).
    public var reread = false
    public var started: Date?
    public var finished: Date?
    public var seconds: Double? { started.flatMap { s in finished.map { $0.timeIntervalSince(s) } } }
    /// The files written, by what they are (pdf, docx, xlsx, json), relative to the output folder.
    public var outputs: [String: String] = [:]
}

/// The folder's state and its builds, one at a time. Pages read the state as it is on disk now: a change to
/// any file is read again before the next answer, and a change to groups.yaml alone reruns only the analysis.
public actor Workbench {
    public let options: ServeOptions
    let job: BuildJob
    private var state: FolderState?
    private var lastBuild: Task<BuildStatus, Never>?
    /// The build in progress is written to from the build's own thread as events arrive.
    private let progress = ProgressLog()
    private var builds = 0
    /// The overview's JSON and the folder state it was drawn from.
    var renderedOverview: (Fingerprint, String)?
    /// What each file read as, kept across reads of the folder.
    private let cache = ReadCache()

    public init(options: ServeOptions) {
        self.options = options
        job = BuildJob(.init(folder: options.folder, output: options.output, layout: options.layout, fontDirectory: options.fontDirectory,
                             limits: options.limits, today: options.today))
    }

    /// The state, read again where the folder changed since.
    func current() -> FolderState {
        let now = Fingerprint(folder: options.folder)
        if let s = state, s.fingerprint == now { return s }
        let next: FolderState
        if let s = state, now.differsOnlyInGroups(from: s.fingerprint) {
            next = s.withGroupsReread(options, job: job, fingerprint: now)
        } else {
            // The settings decide how files read: when they change, every file is read again.
            if let s = state, !now.sameReadingSettings(as: s.fingerprint) { cache.removeAll() }
            next = FolderState.read(options, job: job, cache: cache)
        }
        state = next
        return next
    }

    /// Reads the folder now, so the first page opens at once.
    public func warmUp() { _ = current() }

    public func status() -> BuildStatus { progress.read() }

    /// Runs a build after the one before it has finished; returns how it ended.
    public func build() async -> BuildStatus {
        builds += 1
        let number = builds
        let before = lastBuild
        progress.update { if $0.phase != .running { $0 = BuildStatus(number: number, phase: .queued) } }
        let task = Task { () -> BuildStatus in
            _ = await before?.value
            return await self.runBuild(number)
        }
        lastBuild = task
        return await task.value
    }

    private func runBuild(_ number: Int) async -> BuildStatus {
        let readBefore = state?.readAt
        progress.update { $0 = BuildStatus(number: number, phase: .running, started: Date()) }
        let state = current()
        let reread = state.readAt != readBefore
        let step: @Sendable (String) -> Void = { [progress] line in progress.update { $0.steps.append(line) } }
        step(reread ? "读取材料：\(Set(state.input.folder.reports.map(\.source)).count) 份文件"
                    : "沿用已读取的 \(Set(state.input.folder.reports.map(\.source)).count) 份文件（只重新归类和排版）")
        let job = self.job
        // The typesetting runs off the actor, so pages stay answerable while it works.
        let outcome = await Task.detached { BuildRun.run(job, state: state, step: step) }.value
        return progress.update { s in
            s.reread = reread
            s.finished = Date()
            switch outcome {
            case let .success(outputs): s.phase = .done; s.outputs = outputs
            case let .failure(message): s.phase = .failed; s.error = message
            }
            return s
        }
    }
}

/// The build in progress, written from the build's thread as events arrive and read by the 生成 page.
final class ProgressLog: Sendable {
    private let status = Mutex(BuildStatus())
    func read() -> BuildStatus { status.withLock { $0 } }
    @discardableResult func update<T>(_ change: (inout BuildStatus) -> T) -> T { status.withLock { change(&$0) } }
}
