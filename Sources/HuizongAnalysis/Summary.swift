import Foundation

import HuizongKnowledge
import HuizongModel

/// Everything the committee report says, as data. It knows nothing of pages.
public struct CommitteeSummary: Sendable {
    /// The aspect under which problems of reports that name no aspect are counted (表1, 图1).
    public static let unsortedAspect = "未分方面"
    public struct Branch: Sendable {
        public var name: String
        public var sources: [String]
        public var members: Int?
        public var meetingDate: Day?
        public var expected: Int?
        public var present: Int?
        public var problems: [(aspect: String, taxonomy: String, statement: Statement)]
        public var causes: [Statement]
        public var measures: [Measure]
        public var stats: [String: Int?]
        public var shortfalls: [Shortfall]
        public var done: Int { measures.filter { $0.status == .done }.count }
        public var overdue: Int = 0
        /// Problems per aspect title (absent: none).
        public var problemsPerAspect: [String: Int] = [:]
        /// A higher committee at the meeting, as the report says it.
        public var guidance: String?
        public var appraisal: Appraisal?
    }
    /// Whose minimum a count falls short of: the 条例's (中国共产党支部工作条例（试行）) or the committee's own
    /// (committee.yaml thresholds). The raw value is how summary.json and the report name it.
    public enum Rule: String, Sendable { case regulation = "条例", committee = "本党委" }
    public struct Shortfall: Sendable { public var activity: String; public var count: Int?; public var minimum: Int; public var rule: Rule }
    public struct Excluded: Sendable {
        public var source: String
        /// In Chinese: the report and summary.json are Chinese.
        public var reason: String
        /// For the terminal under `--lang en`.
        public var reasonEn: String
        public init(source: String, reason: String, en: String) {
            self.source = source
            self.reason = reason
            reasonEn = en
        }
        public func reason(chinese: Bool) -> String { chinese ? reason : reasonEn }
    }
    public struct Overdue: Sendable {
        public var branch: String; public var measure: String; public var owner: String?; public var deadline: Day; public var days: Int
        public init(branch: String, measure: String, owner: String?, deadline: Day, days: Int) {
            self.branch = branch; self.measure = measure; self.owner = owner; self.deadline = deadline; self.days = days
        }
    }
    public struct Recurring: Sendable { public var branch: String; public var group: String; public var years: [Int] }

    public var committee: String
    public var year: Int?
    public var asOf: Day
    public var expected: [String]
    public var missing: [String]
    public var unknown: [String]
    public var branches: [Branch]
    public var excluded: [Excluded]
    public var aspectTitles: [String]
    public var problemGroups: [StatementGroup]
    public var causeGroups: [StatementGroup]
    public var statusCounts: [RectificationStatus: Int]
    public var unknownStatus: Int
    public var overdue: [Overdue]
    public var dueSoon: [Overdue]
    public var noOwnerOrDeadline: Int
    public var problemsWithoutMeasures: [String]
    public var recurring: [Recurring]
    public var previousYear: Int?
    public var previousMeasures: [RectificationStatus: Int]
    /// Measures written in reports whose branch also sent a ledger (the ledger's count instead).
    public var supersededMeasures: Int
    /// The reports that went into the figures, as "source#branch".
    public var includedReports: [String]
    public var diagnostics: [Diagnostic]
    /// The knowledge.yaml files that extended the shipped knowledge (empty: the shipped knowledge only).
    public var localKnowledge: [String] = []

    /// Per aspect, in `aspectTitles` order: its problems and the branches that raised one (表1, 图1, summary.json).
    public struct AspectCount: Sendable, Equatable { public var aspect: String; public var problems: Int; public var branches: Int }
    /// Per activity the 条例 sets a minimum for: branches that wrote a count, their total and median, branches
    /// below the minimum (the report's 三会一课 section and summary.json's activities).
    public struct ActivityFigure: Sendable, Equatable {
        public var activity: String
        public var reported: Int
        public var total: Int
        public var median: Double?
        public var minimum: Int
        public var belowMinimum: Int
    }
    /// The meetings: how many reports give a date, attendance, a higher committee present.
    public struct MeetingFigures: Sendable, Equatable {
        public var dated: Int
        public var withAttendance: Int
        public var expected: Int
        public var present: Int
        public var guided: Int
        /// present / expected over the reports that give both; nil when none does.
        public var attendanceRate: Double? { expected > 0 ? Double(present) / Double(expected) : nil }
    }
    /// 民主评议党员 over the branches that report results.
    public struct AppraisalFigures: Sendable, Equatable {
        public var branches: Int
        public var appraised: Int
        public var excellent: Int
        public var qualified: Int
        public var basicallyQualified: Int
        public var unqualified: Int
        public var excellentShare: Double? { appraised > 0 ? Double(excellent) / Double(appraised) : nil }
    }
    /// Computed once, when the summary is made (`withFigures`); every output reads them from here.
    public private(set) var aspectCounts: [AspectCount] = []
    public private(set) var activityFigures: [ActivityFigure] = []
    public private(set) var meeting = MeetingFigures(dated: 0, withAttendance: 0, expected: 0, present: 0, guided: 0)
    public private(set) var appraisal = AppraisalFigures(branches: 0, appraised: 0, excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0)

    /// The summary with its derived figures computed.
    func withFigures() -> CommitteeSummary {
        var s = self
        s.aspectCounts = aspectTitles.map { t in
            AspectCount(aspect: t, problems: branches.reduce(0) { $0 + $1.problems.filter { $0.aspect == t }.count },
                        branches: branches.filter { b in b.problems.contains { $0.aspect == t } }.count)
        }
        for i in s.branches.indices {
            var counts: [String: Int] = [:]
            for p in s.branches[i].problems { counts[p.aspect, default: 0] += 1 }
            s.branches[i].problemsPerAspect = counts
        }
        let attended = branches.compactMap { b in b.expected.flatMap { e in b.present.map { (e, $0) } } }
        s.meeting = MeetingFigures(dated: branches.filter { $0.meetingDate != nil }.count, withAttendance: attended.count,
                                   expected: attended.reduce(0) { $0 + $1.0 }, present: attended.reduce(0) { $0 + $1.1 },
                                   guided: branches.filter { $0.guidance != nil }.count)
        let graded = branches.compactMap(\.appraisal)
        s.appraisal = AppraisalFigures(branches: graded.count, appraised: graded.compactMap(\.total).reduce(0, +),
                                       excellent: graded.compactMap(\.excellent).reduce(0, +), qualified: graded.compactMap(\.qualified).reduce(0, +),
                                       basicallyQualified: graded.compactMap(\.basicallyQualified).reduce(0, +),
                                       unqualified: graded.compactMap(\.unqualified).reduce(0, +))
        s.activityFigures = regulationMinimums.map { activity, minimum in
            let counts = branches.compactMap { $0.stats[activity] ?? nil }.sorted()
            let median: Double? = counts.isEmpty ? nil : counts.count % 2 == 1 ? Double(counts[counts.count / 2])
                : Double(counts[counts.count / 2 - 1] + counts[counts.count / 2]) / 2
            let below = branches.filter { b in b.shortfalls.contains { $0.activity == activity && $0.rule == .regulation } }.count
            return ActivityFigure(activity: activity, reported: counts.count, total: counts.reduce(0, +), median: median,
                                  minimum: minimum, belowMinimum: below)
        }
        return s
    }

    public var totalMembers: Int { branches.compactMap(\.members).reduce(0, +) }
    public var totalProblems: Int { branches.reduce(0) { $0 + $1.problems.count } }
    public var totalCauses: Int { branches.reduce(0) { $0 + $1.causes.count } }
    public var totalMeasures: Int { branches.reduce(0) { $0 + $1.measures.count } }
    public var done: Int { statusCounts[.done] ?? 0 }
    public var ongoing: Int { statusCounts[.ongoing] ?? 0 }
    /// done / (all − ongoing): ongoing measures have no end, so they are left out of the base.
    public var completionRate: Double { totalMeasures - ongoing > 0 ? Double(done) / Double(totalMeasures - ongoing) : 0 }
    /// done / all.
    public var completionRateAll: Double { totalMeasures > 0 ? Double(done) / Double(totalMeasures) : 0 }
}

/// Minimum counts per year from 中国共产党支部工作条例（试行） (Data/activities.yaml; a knowledge.yaml cannot change
/// them); the committee's own rules come from committee.yaml.
public let regulationMinimums: [(String, Int)] = Knowledge.shipped.regulationMinimums

public struct Analysis {
    public var asOf: Day
    public var grouper = Grouper()
    public init(asOf: Day) { self.asOf = asOf }

    public func run(_ folder: CommitteeFolder, previous: CommitteeFolder? = nil) -> CommitteeSummary {
        let config = folder.committee
        let knowledge = folder.knowledge
        let set = config.aspectSet.flatMap { AspectSet.named($0, in: knowledge) }
            ?? AspectSet.forYear(config.year, kind: config.meetingKind, in: knowledge)
        // Concepts extended by a knowledge.yaml are indexed for this run; the shipped ones are indexed once.
        var grouper = self.grouper
        if !knowledge.localFiles.isEmpty { grouper.lexicon = Lexicon(knowledge) }
        let c = collect(folder, aspectSet: set)
        let rosterNames = config.roster.map(\.name)
        let rosterSet = Set(rosterNames)
        let order = rosterNames.filter { c.byName[$0] != nil } + c.byName.keys.filter { !rosterSet.contains($0) }.sorted()
        var branches = order.compactMap { c.byName[$0] }
        let r = rectify(&branches, thresholds: config.thresholds)
        let g = group(branches, folder: folder, previous: previous, grouper: grouper)

        var aspectTitles: [String] = set?.aspects.map(\.name) ?? []
        for b in branches { for p in b.problems where !aspectTitles.contains(p.aspect) { aspectTitles.append(p.aspect) } }
        aspectTitles = aspectTitles.filter { t in branches.contains { $0.problems.contains { $0.aspect == t } } }

        return CommitteeSummary(
            committee: config.committee ?? "党委", year: g.year, asOf: asOf, expected: rosterNames,
            missing: rosterNames.filter { !c.submitted.contains($0) }, unknown: c.unknown, branches: branches, excluded: c.excluded,
            aspectTitles: aspectTitles, problemGroups: g.current, causeGroups: g.causes,
            statusCounts: r.status, unknownStatus: r.unknownStatus, overdue: r.overdue, dueSoon: r.dueSoon, noOwnerOrDeadline: r.noOwner,
            problemsWithoutMeasures: branches.filter { !$0.problems.isEmpty && $0.measures.isEmpty }.map(\.name),
            recurring: g.recurring, previousYear: g.previousYear, previousMeasures: g.previousMeasures,
            supersededMeasures: c.superseded, includedReports: c.included,
            diagnostics: folder.diagnostics + folder.reports.flatMap(\.diagnostics), localKnowledge: knowledge.localFiles).withFigures()
    }

    /// The branches the reports make, and the files that make none (with why).
    struct Collected {
        var byName: [String: CommitteeSummary.Branch] = [:]
        var excluded: [CommitteeSummary.Excluded] = []
        var unknown: [String] = []
        /// Roster entries with an included report (a roll-up's committee counts once for all its branches).
        var submitted = Set<String>()
        var superseded = 0
        var included: [String] = []
    }

    func collect(_ folder: CommitteeFolder, aspectSet set: AspectSet?) -> Collected {
        let config = folder.committee
        var c = Collected()
        var unknownSeen = Set<String>()
        var ledgerBranches = Set<String>()
        // A ledger replaces the report's measures; a results table (a "ledger" of no measures) replaces nothing.
        for r in folder.reports where r.kind == .ledger && r.appraisal == nil {
            if let b = r.branch { ledgerBranches.insert(config.canonicalName(b) ?? b) }
        }
        var seenReports: [String: String] = [:]
        for r in folder.reports.sorted(by: { $0.source < $1.source }) {
            // A member's own material, a committee's report, a notice…: read, listed, never counted as a branch.
            guard r.kind.isBranchMaterial else {
                c.excluded.append(.init(source: r.source, reason: "这是\(r.kind.chineseName)，不是党支部的对照检查材料",
                                      en: "this is \(r.kind.rawValue) material, not a branch's self-examination report"))
                continue
            }
            if let f = r.diagnostics.first(where: { $0.id.excludesFile }) {
                c.excluded.append(.init(source: r.source, reason: f.zh, en: f.en))
                continue
            }
            guard let raw = r.branch else {
                c.excluded.append(.init(source: r.source, reason: "未能识别党支部名称", en: "the branch name could not be found"))
                continue
            }
            let matched = config.match(raw)
            let name = matched?.branch ?? raw
            if matched == nil, !config.roster.isEmpty, unknownSeen.insert(raw).inserted { c.unknown.append(raw) }
            if r.kind != .ledger {
                if let first = seenReports[name] {
                    let firstName = URL(fileURLWithPath: first).lastPathComponent
                    c.excluded.append(.init(source: r.source, reason: "与 \(firstName) 重复报送，以先读到的一份为准",
                                          en: "a second report of the branch; the first read, \(firstName), is kept"))
                    continue
                }
                seenReports[name] = r.source
            }
            c.included.append(r.source + "#" + (r.branch ?? ""))
            var b = c.byName[name] ?? CommitteeSummary.Branch(name: name, sources: [], members: nil, meetingDate: nil, expected: nil, present: nil,
                                                           problems: [], causes: [], measures: [], stats: [:], shortfalls: [])
            b.sources.append(r.source)
            b.members = b.members ?? r.members
            b.meetingDate = b.meetingDate ?? r.meetingDate
            if let a = r.attendance { b.expected = a.expected; b.present = a.present }
            b.guidance = b.guidance ?? r.guidance
            // A results table counts member by member: it wins over what the prose says.
            b.appraisal = r.kind == .ledger && r.appraisal != nil ? r.appraisal : b.appraisal ?? r.appraisal
            for a in r.aspects {
                let entry = a.matched.flatMap { id in set?.aspects.first { $0.id == id } }
                // Problems of a report that names no aspect are counted apart, not under its section heading.
                let title = a.headed ? entry?.name ?? a.title : CommitteeSummary.unsortedAspect
                for p in a.problems { b.problems.append((title, entry?.taxonomy ?? "其他", p)) }
            }
            b.causes += r.causes
            // The ledger is the rectification list of record: where a branch sent one, its measures replace
            // those written in the report's prose.
            if r.kind == .ledger || !ledgerBranches.contains(name) {
                b.measures += r.measures.map { var m = $0; m.branch = name; return m }
            } else {
                c.superseded += r.measures.count
            }
            for (k, v) in r.mergedStats where b.stats[k] == nil || b.stats[k]! == nil { b.stats[k] = v }
            c.byName[name] = b
            if let entry = matched?.entry { c.submitted.insert(entry) }
        }
        return c
    }

    /// Counts of each status, and the overdue and due-soon measures, as of the as-of date; sets each branch's
    /// overdue count and its shortfalls against the 条例's and the committee's minimums.
    struct Rectification {
        var status: [RectificationStatus: Int] = [:]
        var unknownStatus = 0
        var overdue: [CommitteeSummary.Overdue] = []
        var dueSoon: [CommitteeSummary.Overdue] = []
        var noOwner = 0
    }

    func rectify(_ branches: inout [CommitteeSummary.Branch], thresholds: [String: Int]) -> Rectification {
        var status: [RectificationStatus: Int] = [:]
        var unknownStatus = 0
        var overdue: [CommitteeSummary.Overdue] = []
        var dueSoon: [CommitteeSummary.Overdue] = []
        var noOwner = 0
        for i in branches.indices {
            var late = 0
            for m in branches[i].measures {
                var st = m.status
                if st == nil, m.deadline == .ongoing { st = .ongoing }
                if let st { status[st, default: 0] += 1 } else { unknownStatus += 1 }
                if m.owner == nil || m.deadline == nil { noOwner += 1 }
                guard st != .done, st != .ongoing, case let .date(d)? = m.deadline else { continue }
                let days = asOf.ordinal - d.ordinal
                if days > 0 {
                    late += 1
                    overdue.append(.init(branch: branches[i].name, measure: m.headline, owner: m.owner, deadline: d, days: days))
                } else if days >= -30 {
                    dueSoon.append(.init(branch: branches[i].name, measure: m.headline, owner: m.owner, deadline: d, days: -days))
                }
            }
            branches[i].overdue = late
            // Activity counts against the rules.
            for (activity, minimum) in regulationMinimums {
                let count = branches[i].stats[activity] ?? nil
                if (count ?? 0) < minimum {
                    branches[i].shortfalls.append(.init(activity: activity, count: count, minimum: minimum, rule: .regulation))
                }
            }
            for (activity, minimum) in thresholds.sorted(by: { $0.key < $1.key }) {
                let count = branches[i].stats[activity] ?? nil
                if (count ?? 0) < minimum {
                    branches[i].shortfalls.append(.init(activity: activity, count: count, minimum: minimum, rule: .committee))
                }
            }
        }
        overdue.sort { ($0.days, $0.branch) > ($1.days, $1.branch) }
        dueSoon.sort { ($0.days, $0.branch) < ($1.days, $1.branch) }
        return Rectification(status: status, unknownStatus: unknownStatus, overdue: overdue, dueSoon: dueSoon, noOwner: noOwner)
    }

    /// This year's problem groups (last year's problems grouped in the same pass, so recurrences share a group),
    /// the cause groups, and what recurs.
    struct Grouped {
        var year: Int?
        var current: [StatementGroup]
        var causes: [StatementGroup]
        var recurring: [CommitteeSummary.Recurring]
        var previousYear: Int?
        var previousMeasures: [RectificationStatus: Int]
    }

    func group(_ branches: [CommitteeSummary.Branch], folder: CommitteeFolder, previous: CommitteeFolder?, grouper: Grouper) -> Grouped {
        let config = folder.committee
        // Grouping, with last year's problems in the same pass so recurrences share a group.
        let year = config.year ?? folder.reports.compactMap(\.year).first
        var inputs = branches.flatMap { b in
            b.problems.map { GroupInput(branch: b.name, text: $0.statement.text, location: $0.statement.location.description, year: year,
                                        aspect: $0.aspect, headline: $0.statement.headline) }
        }
        var previousMeasures: [RectificationStatus: Int] = [:]
        var previousYear: Int?
        if let previous {
            previousYear = previous.committee.year ?? previous.reports.compactMap(\.year).first
            for r in previous.reports {
                guard let raw = r.branch else { continue }
                let name = config.canonicalName(raw) ?? previous.committee.canonicalName(raw) ?? raw
                inputs += r.problems.map { GroupInput(branch: name, text: $0.text, location: $0.location.description, year: previousYear,
                                                      headline: $0.headline) }
                for m in r.measures { previousMeasures[m.status ?? .notStarted, default: 0] += 1 }
            }
        }
        let pins = folder.pins.map { (label: $0.label, words: $0.words) }
        let all = grouper.group(inputs, pins: pins)
        var recurring: [CommitteeSummary.Recurring] = []
        if let py = previousYear {
            for g in all {
                let byBranch = Dictionary(grouping: g.members, by: \.branch)
                for (branch, ms) in byBranch.sorted(by: { $0.key < $1.key }) {
                    let years = Set(ms.compactMap(\.year))
                    if years.contains(py), let y = year, years.contains(y) { recurring.append(.init(branch: branch, group: g.label, years: [py, y])) }
                }
            }
        }
        // The report's groups hold this year's statements only.
        let current = all.compactMap { g -> StatementGroup? in
            var c = g
            c.members = g.members.filter { previousYear == nil || $0.year != previousYear }
            return c.members.isEmpty ? nil : c
        }.sorted {
            if $0.branches.count != $1.branches.count { return $0.branches.count > $1.branches.count }
            if $0.members.count != $1.members.count { return $0.members.count > $1.members.count }
            return $0.label < $1.label
        }
        let causeInputs = branches.flatMap { b in
            b.causes.map { GroupInput(branch: b.name, text: $0.text, location: $0.location.description, headline: $0.headline) }
        }

        return Grouped(year: year, current: current, causes: grouper.group(causeInputs), recurring: recurring, previousYear: previousYear,
                       previousMeasures: previousMeasures)
    }
}

