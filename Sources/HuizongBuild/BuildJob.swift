import Foundation
import HuizongAnalysis
import HuizongCompose
import HuizongDocument
import HuizongExport
import HuizongIngest
import HuizongLayout
import HuizongModel
import HuizongRender
import HuizongValidate

/// One committee build, the pipeline the command line, the benchmark and the tests share:
/// read → validate → analyse → compose → reconcile → write. Each stage is a method, so a caller can time
/// them or rerun the later ones on what was read; `run` does them all.
public struct BuildJob: Sendable {
    public struct Options: Sendable {
        public var folder: URL
        public var output: URL
        public var layout: LayoutSpec
        public var fontDirectory: URL
        /// The date overdue is counted at; nil takes committee.yaml's, else `today`.
        public var asOf: Day?
        /// Last year's folder; nil looks for `previous/` in the committee folder.
        public var previous: URL?
        public var appendix: Bool
        public var limits: IngestLimits
        public var today: Day
        /// Write a 审核意见 per branch with findings and the 报送情况 overview into `审核意见/` of the output.
        public var feedback: Bool

        public init(folder: URL, output: URL, layout: LayoutSpec, fontDirectory: URL, asOf: Day? = nil, previous: URL? = nil,
                    appendix: Bool = false, limits: IngestLimits = .standard, today: Day, feedback: Bool = true) {
            self.folder = folder
            self.output = output
            self.layout = layout
            self.fontDirectory = fontDirectory
            self.asOf = asOf
            self.previous = previous
            self.appendix = appendix
            self.limits = limits
            self.today = today
            self.feedback = feedback
        }
    }

    /// What a build did, for the caller to tell in its own language.
    public enum Event: Sendable {
        /// A setting committee.yaml left out and the build took from the folder or the reports.
        case defaulted(Diagnostic)
        case localKnowledge([String])
        case read(files: Int)
        /// No as-of date was given anywhere: overdue is counted as of today.
        case asOfToday(Day)
        case analysed(branches: Int, problems: Int, groups: Int)
        case excluded(CommitteeSummary.Excluded)
        case staleFileRemoved(String)
        case reconciled(String)
        case typeset(pages: Int)
        /// Feedback written: letters to branches, and the overview.
        case feedback(letters: Int)
    }

    public enum Failure: Error, Sendable {
        /// committee.yaml or groups.yaml is wrong: the report would be wrong, not just incomplete.
        case settings([Diagnostic])
        /// knowledge.yaml is wrong: it changes the grouping.
        case knowledge(Diagnostic)
        case reconciliation([String])
        /// The fonts cannot be loaded.
        case environment(String)
        case output(String)
    }

    /// A read folder with the date its figures are counted at.
    public struct Input: Sendable {
        public var folder: CommitteeFolder
        public var previous: CommitteeFolder?
        public var asOf: Day
        /// When each file arrived (its modification date), for the 报送情况 overview.
        public var received: [String: Day] = [:]
    }

    public struct Result: Sendable {
        public var input: Input
        public var findings: [Diagnostic]
        public var summary: CommitteeSummary
        public var reconciliation: Reconciliation
        public var pdf: URL
        public var pages: Int
        /// Files with at least one part in the report.
        public var included: Int { Set(summary.branches.flatMap(\.sources)).count }
        /// Parts left out (a ledger's duplicate branch is one part).
        public var leftOut: Int { summary.excluded.count }
    }

    public var options: Options
    public init(_ options: Options) { self.options = options }

    /// Every stage; `progress` hears each step as it happens.
    public func run(progress: (Event) -> Void = { _ in }) throws(Failure) -> Result {
        let input = try read(progress: progress)
        let findings = Validation.run(input.folder)
        let summary = analyse(input, progress: progress)
        let composed = try compose(input, summary: summary, progress: progress)
        return try write(input, findings: findings, summary: summary, composed: composed, progress: progress)
    }

    /// Reads the folder and last year's, and settles the as-of date.
    public func read(progress: (Event) -> Void = { _ in }) throws(Failure) -> Input {
        let ingest = Ingest(limits: options.limits)
        let folder = ingest.readFolder(options.folder)
        guard folder.settingsErrors.isEmpty else { throw .settings(folder.settingsErrors) }
        if let bad = folder.knowledgeError { throw .knowledge(bad) }
        for d in folder.diagnostics where Self.defaultCodes.contains(d.id) { progress(.defaulted(d)) }
        if !folder.knowledge.localFiles.isEmpty { progress(.localKnowledge(folder.knowledge.localFiles)) }
        progress(.read(files: Set(folder.reports.map(\.source)).count))
        let previousURL = options.previous ?? options.folder.appendingPathComponent("previous")
        let previous = FileManager.default.fileExists(atPath: previousURL.path) ? ingest.readFolder(previousURL) : nil
        let asOf: Day
        if let given = options.asOf ?? folder.committee.asOf {
            asOf = given
        } else {
            // No date anywhere: today's, said aloud, so the overdue figures are never those of a made-up date.
            asOf = options.today
            progress(.asOfToday(asOf))
        }
        return Input(folder: folder, previous: previous, asOf: asOf, received: Self.received(folder.reports.map(\.source)))
    }

    /// A folder read elsewhere (`check`), as this job's input: as of its committee.yaml's date or today, no last year.
    public func input(from folder: CommitteeFolder) -> Input {
        Input(folder: folder, previous: nil, asOf: options.asOf ?? folder.committee.asOf ?? options.today,
              received: Self.received(folder.reports.map(\.source)))
    }

    /// Each file's modification day in the local calendar.
    static func received(_ files: [String]) -> [String: Day] {
        var out: [String: Day] = [:]
        for f in Set(files) {
            guard let date = FileInfo.of(f)?.modificationDate else { continue }
            let c = Calendar.current.dateComponents([.year, .month, .day], from: date)
            if let y = c.year, let m = c.month, let d = c.day, let day = Day(year: y, month: m, day: d) { out[f] = day }
        }
        return out
    }

    public func analyse(_ input: Input, progress: (Event) -> Void = { _ in }) -> CommitteeSummary {
        let summary = Analysis(asOf: input.asOf).run(input.folder, previous: input.previous)
        progress(.analysed(branches: summary.branches.count, problems: summary.totalProblems, groups: summary.problemGroups.count))
        for e in summary.excluded { progress(.excluded(e)) }
        return summary
    }

    /// The committee report as a document tree, checked against what was read.
    public struct Composed: Sendable {
        public var document: Document
        public var reconciliation: Reconciliation
    }

    public func compose(_ input: Input, summary: CommitteeSummary, progress: (Event) -> Void = { _ in }) throws(Failure) -> Composed {
        let document = CommitteeReport.document(summary, appendix: options.appendix)
        let reconciliation = Reconciliation(folder: input.folder, summary: summary, document: document)
        for line in reconciliation.lines { progress(.reconciled(line)) }
        guard reconciliation.ok else { throw .reconciliation(reconciliation.mismatches) }
        return Composed(document: document, reconciliation: reconciliation)
    }

    /// Typesets and writes every output, replaced together or not at all.
    public func write(_ input: Input, findings: [Diagnostic], summary: CommitteeSummary, composed: Composed,
                      progress: (Event) -> Void = { _ in }) throws(Failure) -> Result {
        let out = options.output
        do { try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true) } catch {
            throw .output("cannot create \(out.path): \(error.localizedDescription)")
        }
        for dir in [out, out.appendingPathComponent(Self.feedbackFolder)] {
            for stale in OutputSet.removeStale(in: dir) { progress(.staleFileRemoved(stale)) }
        }
        let typesetter: Typesetter
        do { typesetter = try Typesetter(spec: options.layout, fontDirectory: options.fontDirectory) } catch {
            throw .environment("\(error)")
        }
        let pdf = out.appendingPathComponent(CommitteeReport.title(summary) + ".pdf")
        var letters: [Feedback.Letter] = []
        var overview: Document?
        if options.feedback {
            // Letters and the overview are dated the day they are made; the report's figures stay as of `asOf`.
            letters = Feedback.letters(folder: input.folder, findings: findings, summary: summary, date: options.today)
            overview = Feedback.overview(folder: input.folder, findings: findings, summary: summary, letters: letters,
                                         received: input.received, date: options.today)
        }
        let pages = try writeOutputs(summary, document: composed.document, pdf: pdf, typesetter: typesetter, asOf: input.asOf,
                                     feedback: overview.map { (letters, $0) })
        progress(.typeset(pages: pages))
        if options.feedback { progress(.feedback(letters: letters.count)) }
        return Result(input: input, findings: findings, summary: summary, reconciliation: composed.reconciliation, pdf: pdf, pages: pages)
    }

    /// summary.json, the CSV tables, the workbook, the PDF and the .docx, staged and moved into place together.
    func writeOutputs(_ summary: CommitteeSummary, document: Document, pdf: URL, typesetter: Typesetter,
                      asOf: Day, feedback: ([Feedback.Letter], Document)?) throws(Failure) -> Int {
        var outputs = OutputSet(folder: options.output)
        // The letters are typeset beside the report, on the cores the report's one thread leaves idle.
        let letters = feedback.map { stageFeedback($0.0, overview: $0.1, in: &outputs, asOf: asOf) } ?? []
        let lettersDone = DispatchGroup()
        let lettersFailed = FailureSlot()
        if !letters.isEmpty {
            let (spec, fonts, workers) = (options.layout, options.fontDirectory, Self.workers)
            DispatchQueue.global().async(group: lettersDone) {
                do { try Self.typesetConcurrently(letters, spec: spec, fonts: fonts, date: "\(asOf)T00:00:00", workers: workers) } catch {
                    lettersFailed.set(error)
                }
            }
        }
        do {
            let json = SummaryJSON.value(summary, paths: InputPaths(committeeFolder: options.folder.path)).render()
            try outputs.write(Data(json.utf8), as: "summary.json")
            for (name, text) in SummaryJSON.tables(summary) {
                // A byte-order mark so Excel reads the Chinese.
                try outputs.write(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), as: name)
            }
            let sheets = SummaryJSON.sheetTables(summary).map { XLSXWriter.Sheet(name: $0.0, rows: $0.1) }
            try outputs.write(try XLSXWriter.data(sheets), as: CommitteeReport.title(summary) + "统计表.xlsx")
            let laid = try typesetter.render(document, to: outputs.stage(pdf.lastPathComponent), date: "\(asOf)T00:00:00", syncs: false)
            // The same report as an editable Word document (docs/docx.md).
            try outputs.write(try DocxOutput.data(document, typesetter: typesetter, date: "\(asOf)T00:00:00").0,
                              as: CommitteeReport.title(summary) + ".docx")
            lettersDone.wait()
            if let error = lettersFailed.error { throw error }
            try outputs.commit()
            if feedback != nil { outputs.removeUnstaged(in: Self.feedbackFolder) }
            return laid.pages.count
        } catch {
            // Nothing is removed while a letter may still be written.
            lettersDone.wait()
            outputs.discard()
            throw .output("\(error)")
        }
    }

    /// Where the letters to the branches and the overview go, inside the output folder.
    public static let feedbackFolder = "审核意见"

    /// The letters and the overview as jobs, their files staged in `outputs`.
    func stageFeedback(_ letters: [Feedback.Letter], overview: Document, in outputs: inout OutputSet, asOf: Day,
                       folder: String = BuildJob.feedbackFolder) -> [FeedbackJob] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        // Each as a PDF to send and a .docx the clerk can edit first; a file name cannot hold "/" (a branch name
        // should not, but one read from a file might).
        let documents = [(overview, "报送情况")] + letters.map { ($0.document, $0.addressee.replacingOccurrences(of: "/", with: "／")) }
        return documents.map { document, name in
            FeedbackJob(document: document, name: prefix + name, pdf: outputs.stage(prefix + name + ".pdf"),
                        docx: outputs.stage(prefix + name + ".docx"))
        }
    }

    /// Threads for the letters: every core, or one with HUIZONG_THREADS=1.
    static var workers: Int {
        ProcessInfo.processInfo.environment["HUIZONG_THREADS"] == "1" ? 1 : ProcessInfo.processInfo.activeProcessorCount
    }

    /// One letter (or the overview) and the staged files it goes to.
    struct FeedbackJob: Sendable {
        var document: Document
        var name: String
        var pdf: URL
        var docx: URL
    }

    /// Letters are many small independent documents: typeset them on every core, each worker with its own
    /// typesetter (Pango's font maps are not shared across threads). The first failure is thrown.
    static func typesetConcurrently(_ jobs: [FeedbackJob], spec: LayoutSpec, fonts: URL, date: String, workers: Int) throws {
        let workers = max(1, min(workers, jobs.count))
        let failures = FailureSlot()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            do {
                let typesetter = try Typesetter(spec: spec, fontDirectory: fonts)
                for i in stride(from: worker, to: jobs.count, by: workers) where !failures.isSet {
                    let job = jobs[i]
                    _ = try typesetter.render(job.document, to: job.pdf, date: date, syncs: false, drawsBeside: false)
                    try OutputSet.write(try DocxOutput.data(job.document, typesetter: typesetter, date: date).0,
                                        to: job.docx, name: job.name + ".docx")
                }
            } catch {
                failures.set(error)
            }
        }
        if let error = failures.error { throw error }
    }

    /// The letters and the overview alone, straight into the output folder (`huizong check DIR --feedback OUT`).
    /// Returns the number of letters.
    public func writeFeedback(_ input: Input, findings: [Diagnostic], summary: CommitteeSummary) throws(Failure) -> Int {
        do { try FileManager.default.createDirectory(at: options.output, withIntermediateDirectories: true) } catch {
            throw .output("cannot create \(options.output.path): \(error.localizedDescription)")
        }
        // The fonts are checked here, so a missing face is told as such, not as a failed write.
        do { _ = try Typesetter(spec: options.layout, fontDirectory: options.fontDirectory) } catch {
            throw .environment("\(error)")
        }
        let letters = Feedback.letters(folder: input.folder, findings: findings, summary: summary, date: options.today)
        let overview = Feedback.overview(folder: input.folder, findings: findings, summary: summary, letters: letters,
                                         received: input.received, date: options.today)
        var outputs = OutputSet(folder: options.output)
        do {
            let jobs = stageFeedback(letters, overview: overview, in: &outputs, asOf: options.today, folder: "")
            try Self.typesetConcurrently(jobs, spec: options.layout, fonts: options.fontDirectory, date: "\(options.today)T00:00:00",
                                         workers: Self.workers)
            try outputs.commit()
        } catch {
            outputs.discard()
            throw .output("\(error)")
        }
        return letters.count
    }

    /// Diagnostics of settings taken from the folder or the reports, told as the build starts.
    public static let defaultCodes: Set<DiagnosticCode> = [.committeeFromFolder, .noCommitteeName, .yearFromReports]
}

/// The first error of concurrent workers.
final class FailureSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?
    func set(_ error: Error) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }
    var error: Error? { lock.lock(); defer { lock.unlock() }; return first }
    var isSet: Bool { error != nil }
}
