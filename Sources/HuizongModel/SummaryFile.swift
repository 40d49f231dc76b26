import Foundation

/// summary.json, the one type its writer and the roll-up reader share. A contract: keys may be added, never
/// renamed or dropped (docs/summary-json.md). Properties are declared in the order the file shows its keys.
public struct SummaryFile: Codable, Sendable, Equatable {
    /// The version this program writes. A file without the key was written before it existed (version 1).
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int?
    public var committee: String
    public var year: Int?
    public var asOf: String
    public var coverage: Coverage
    public var totals: Totals
    /// The stable general taxonomy, so years with different aspect sets compare.
    public var problemsByTaxonomy: OrderedMap<Int>
    public var problemGroups: [Group]
    public var causeGroups: [Group]
    public var rectification: Rectification
    public var branches: [Branch]
    public var activities: Activities
    /// Every measure, so a higher committee can roll this summary up without the original files.
    public var measures: [MeasureEntry]
    public var recurring: [Recurring]
    /// The committee's knowledge.yaml files used beside the shipped knowledge.
    public var localKnowledge: [String]
    /// The meetings and the members' appraisal (absent in files written before they were read).
    public var meeting: Meeting?
    public var appraisal: AppraisalTotals?

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", committee, year, asOf = "as_of", coverage, totals
        case problemsByTaxonomy = "problems_by_taxonomy", problemGroups = "problem_groups", causeGroups = "cause_groups"
        case rectification, branches, activities, measures, recurring, localKnowledge = "local_knowledge", meeting, appraisal
    }

    public struct Meeting: Codable, Sendable, Equatable {
        public var dated: Int
        public var withAttendance: Int
        public var expected: Int
        public var present: Int
        public var attendanceRate: Double?
        public var guided: Int
        enum CodingKeys: String, CodingKey {
            case dated, withAttendance = "with_attendance", expected, present, attendanceRate = "attendance_rate", guided
        }
        public init(dated: Int, withAttendance: Int, expected: Int, present: Int, attendanceRate: Double?, guided: Int) {
            self.dated = dated
            self.withAttendance = withAttendance
            self.expected = expected
            self.present = present
            self.attendanceRate = attendanceRate
            self.guided = guided
        }
    }

    public struct AppraisalTotals: Codable, Sendable, Equatable {
        public var branches: Int
        public var appraised: Int
        public var excellent: Int
        public var qualified: Int
        public var basicallyQualified: Int
        public var unqualified: Int
        public var excellentShare: Double?
        enum CodingKeys: String, CodingKey {
            case branches, appraised, excellent, qualified, basicallyQualified = "basically_qualified", unqualified
            case excellentShare = "excellent_share"
        }
        public init(branches: Int, appraised: Int, excellent: Int, qualified: Int, basicallyQualified: Int, unqualified: Int,
                    excellentShare: Double?) {
            self.branches = branches
            self.appraised = appraised
            self.excellent = excellent
            self.qualified = qualified
            self.basicallyQualified = basicallyQualified
            self.unqualified = unqualified
            self.excellentShare = excellentShare
        }
    }

    /// One branch's appraisal results as its report gives them.
    public struct BranchAppraisal: Codable, Sendable, Equatable {
        public var appraised: Int?
        public var excellent: Int?
        public var qualified: Int?
        public var basicallyQualified: Int?
        public var unqualified: Int?
        enum CodingKeys: String, CodingKey {
            case appraised, excellent, qualified, basicallyQualified = "basically_qualified", unqualified
        }
        public init(appraised: Int?, excellent: Int?, qualified: Int?, basicallyQualified: Int?, unqualified: Int?) {
            self.appraised = appraised
            self.excellent = excellent
            self.qualified = qualified
            self.basicallyQualified = basicallyQualified
            self.unqualified = unqualified
        }
    }

    public struct Coverage: Codable, Sendable, Equatable {
        public var expected: Int
        public var submitted: Int
        public var missing: [String]
        public var unknown: [String]
        public var excluded: [Excluded]
        public init(expected: Int, submitted: Int, missing: [String], unknown: [String], excluded: [Excluded]) {
            self.expected = expected
            self.submitted = submitted
            self.missing = missing
            self.unknown = unknown
            self.excluded = excluded
        }
    }

    public struct Excluded: Codable, Sendable, Equatable {
        public var source: String
        public var reason: String
        public init(source: String, reason: String) {
            self.source = source
            self.reason = reason
        }
    }

    public struct Totals: Codable, Sendable, Equatable {
        public var branches: Int
        public var members: Int
        public var problems: Int
        public var causes: Int
        public var measures: Int
        public init(branches: Int, members: Int, problems: Int, causes: Int, measures: Int) {
            self.branches = branches
            self.members = members
            self.problems = problems
            self.causes = causes
            self.measures = measures
        }
    }

    public struct Group: Codable, Sendable, Equatable {
        public var label: String
        public var pinned: Bool
        public var branches: [String]
        public var keywords: [String]
        public var statements: [GroupStatement]
        public init(label: String, pinned: Bool, branches: [String], keywords: [String], statements: [GroupStatement]) {
            self.label = label
            self.pinned = pinned
            self.branches = branches
            self.keywords = keywords
            self.statements = statements
        }
    }

    public struct GroupStatement: Codable, Sendable, Equatable {
        public var branch: String
        public var text: String
        public var location: String
        /// Absent, not null, for causes: they have no aspect.
        public var aspect: String?
        public init(branch: String, text: String, location: String, aspect: String?) {
            self.branch = branch
            self.text = text
            self.location = location
            self.aspect = aspect
        }

        enum CodingKeys: String, CodingKey { case branch, text, location, aspect }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            branch = try c.decode(String.self, forKey: .branch)
            text = try c.decode(String.self, forKey: .text)
            location = try c.decode(String.self, forKey: .location)
            aspect = try c.decodeIfPresent(String.self, forKey: .aspect)
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(branch, forKey: .branch)
            try c.encode(text, forKey: .text)
            try c.encode(location, forKey: .location)
            // Written only when there is one: the encoder writes other nil optionals as null.
            if let aspect { try c.encode(aspect, forKey: .aspect) }
        }
    }

    public struct Rectification: Codable, Sendable, Equatable {
        public var measures: Int
        public var done: Int
        public var partial: Int
        public var inProgress: Int
        public var ongoing: Int
        public var notStarted: Int
        public var unknown: Int
        public var overdue: Int
        public var due30Days: Int
        public var completionRate: Double
        public var completionRateAll: Double
        public var noOwnerOrDeadline: Int
        public var problemsWithoutMeasures: [String]

        enum CodingKeys: String, CodingKey {
            case measures, done, partial, inProgress = "in_progress", ongoing, notStarted = "not_started", unknown, overdue
            case due30Days = "due_30_days", completionRate = "completion_rate", completionRateAll = "completion_rate_all"
            case noOwnerOrDeadline = "no_owner_or_deadline", problemsWithoutMeasures = "problems_without_measures"
        }
        public init(measures: Int, done: Int, partial: Int, inProgress: Int, ongoing: Int, notStarted: Int, unknown: Int,
                    overdue: Int, due30Days: Int, completionRate: Double, completionRateAll: Double, noOwnerOrDeadline: Int,
                    problemsWithoutMeasures: [String]) {
            self.measures = measures
            self.done = done
            self.partial = partial
            self.inProgress = inProgress
            self.ongoing = ongoing
            self.notStarted = notStarted
            self.unknown = unknown
            self.overdue = overdue
            self.due30Days = due30Days
            self.completionRate = completionRate
            self.completionRateAll = completionRateAll
            self.noOwnerOrDeadline = noOwnerOrDeadline
            self.problemsWithoutMeasures = problemsWithoutMeasures
        }
    }

    public struct Branch: Codable, Sendable, Equatable {
        public var name: String
        public var members: Int?
        public var problems: Int
        public var problemsByAspect: OrderedMap<Int>
        public var problemsByTaxonomy: OrderedMap<Int>
        public var measures: Int
        public var done: Int
        public var overdue: Int
        public var stats: OrderedMap<Int?>
        public var shortfalls: [Shortfall]
        public var sources: [String]
        public var attendance: Attendance?
        public var guidance: String?
        public var appraisal: BranchAppraisal?

        public struct Attendance: Codable, Sendable, Equatable {
            public var expected: Int
            public var present: Int
            public init(expected: Int, present: Int) {
                self.expected = expected
                self.present = present
            }
        }

        enum CodingKeys: String, CodingKey {
            case name, members, problems, problemsByAspect = "problems_by_aspect", problemsByTaxonomy = "problems_by_taxonomy"
            case measures, done, overdue, stats, shortfalls, sources, attendance, guidance, appraisal
        }
        public init(name: String, members: Int?, problems: Int, problemsByAspect: OrderedMap<Int>, problemsByTaxonomy: OrderedMap<Int>,
                    measures: Int, done: Int, overdue: Int, stats: OrderedMap<Int?>, shortfalls: [Shortfall], sources: [String],
                    attendance: Attendance? = nil, guidance: String? = nil, appraisal: BranchAppraisal? = nil) {
            self.name = name
            self.members = members
            self.problems = problems
            self.problemsByAspect = problemsByAspect
            self.problemsByTaxonomy = problemsByTaxonomy
            self.measures = measures
            self.done = done
            self.overdue = overdue
            self.stats = stats
            self.shortfalls = shortfalls
            self.sources = sources
            self.attendance = attendance
            self.guidance = guidance
            self.appraisal = appraisal
        }
    }

    public struct Shortfall: Codable, Sendable, Equatable {
        public var activity: String
        public var count: Int?
        public var minimum: Int
        public var rule: String
        public init(activity: String, count: Int?, minimum: Int, rule: String) {
            self.activity = activity
            self.count = count
            self.minimum = minimum
            self.rule = rule
        }
    }

    public struct Activities: Codable, Sendable, Equatable {
        public var byActivity: OrderedMap<ActivityFigures>
        public var furthestBelow: [Furthest]
        enum CodingKeys: String, CodingKey { case byActivity = "by_activity", furthestBelow = "furthest_below" }
        public init(byActivity: OrderedMap<ActivityFigures>, furthestBelow: [Furthest]) {
            self.byActivity = byActivity
            self.furthestBelow = furthestBelow
        }
    }

    public struct ActivityFigures: Codable, Sendable, Equatable {
        public var reported: Int
        public var total: Int
        public var median: Double?
        public var minimum: Int
        public var belowMinimum: Int
        enum CodingKeys: String, CodingKey { case reported, total, median, minimum, belowMinimum = "below_minimum" }
        public init(reported: Int, total: Int, median: Double?, minimum: Int, belowMinimum: Int) {
            self.reported = reported
            self.total = total
            self.median = median
            self.minimum = minimum
            self.belowMinimum = belowMinimum
        }
    }

    public struct Furthest: Codable, Sendable, Equatable {
        public var branch: String
        public var shortfall: Int
        public var activities: Int
        public init(branch: String, shortfall: Int, activities: Int) {
            self.branch = branch
            self.shortfall = shortfall
            self.activities = activities
        }
    }

    public struct MeasureEntry: Codable, Sendable, Equatable {
        public var branch: String
        public var headline: String
        public var detail: String
        public var owner: String?
        /// An ISO date, "ongoing", or null.
        public var deadline: String?
        public var status: String?
        public var statusText: String?
        public var location: String
        enum CodingKeys: String, CodingKey {
            case branch, headline, detail, owner, deadline, status, statusText = "status_text", location
        }
        public init(branch: String, headline: String, detail: String, owner: String?, deadline: String?, status: String?,
                    statusText: String?, location: String) {
            self.branch = branch
            self.headline = headline
            self.detail = detail
            self.owner = owner
            self.deadline = deadline
            self.status = status
            self.statusText = statusText
            self.location = location
        }
    }

    public struct Recurring: Codable, Sendable, Equatable {
        public var branch: String
        public var group: String
        public var years: [Int]
        public init(branch: String, group: String, years: [Int]) {
            self.branch = branch
            self.group = group
            self.years = years
        }
    }

    public init(committee: String, year: Int?, asOf: String, coverage: Coverage, totals: Totals, problemsByTaxonomy: OrderedMap<Int>,
                problemGroups: [Group], causeGroups: [Group], rectification: Rectification, branches: [Branch],
                activities: Activities, measures: [MeasureEntry], recurring: [Recurring], localKnowledge: [String],
                meeting: Meeting? = nil, appraisal: AppraisalTotals? = nil) {
        schemaVersion = Self.currentSchemaVersion
        self.committee = committee
        self.year = year
        self.asOf = asOf
        self.coverage = coverage
        self.totals = totals
        self.problemsByTaxonomy = problemsByTaxonomy
        self.problemGroups = problemGroups
        self.causeGroups = causeGroups
        self.rectification = rectification
        self.branches = branches
        self.activities = activities
        self.measures = measures
        self.recurring = recurring
        self.localKnowledge = localKnowledge
        self.meeting = meeting
        self.appraisal = appraisal
    }

    /// The file as this program writes it: keys in the documented order, two-space indentation.
    public func rendered() throws -> String { try JSONValueEncoder().encode(self).render() }

    /// Reads a summary.json. Older files (no schema_version, no local_knowledge) read too.
    public static func decode(_ data: Data) throws -> SummaryFile { try JSONDecoder().decode(SummaryFile.self, from: data) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        committee = try c.decode(String.self, forKey: .committee)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        asOf = try c.decode(String.self, forKey: .asOf)
        coverage = try c.decode(Coverage.self, forKey: .coverage)
        totals = try c.decode(Totals.self, forKey: .totals)
        problemsByTaxonomy = try c.decode(OrderedMap<Int>.self, forKey: .problemsByTaxonomy)
        problemGroups = try c.decode([Group].self, forKey: .problemGroups)
        causeGroups = try c.decode([Group].self, forKey: .causeGroups)
        rectification = try c.decode(Rectification.self, forKey: .rectification)
        branches = try c.decode([Branch].self, forKey: .branches)
        activities = try c.decode(Activities.self, forKey: .activities)
        measures = try c.decode([MeasureEntry].self, forKey: .measures)
        recurring = try c.decode([Recurring].self, forKey: .recurring)
        localKnowledge = try c.decodeIfPresent([String].self, forKey: .localKnowledge) ?? []
        meeting = try c.decodeIfPresent(Meeting.self, forKey: .meeting)
        appraisal = try c.decodeIfPresent(AppraisalTotals.self, forKey: .appraisal)
    }
}

/// A JSON object whose keys are data (aspect titles, activity names), kept in the order written.
/// Decoding sorts the keys: JSON readers need not keep an object's order.
public struct OrderedMap<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var pairs: [(key: String, value: Value)]

    public init(_ pairs: [(key: String, value: Value)]) { self.pairs = pairs }

    public subscript(key: String) -> Value? { pairs.first { $0.key == key }?.value }

    public static func == (a: OrderedMap, b: OrderedMap) -> Bool {
        a.pairs.map(\.key) == b.pairs.map(\.key) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        pairs = try c.allKeys.sorted { $0.stringValue < $1.stringValue }.map { ($0.stringValue, try c.decode(Value.self, forKey: $0)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for (k, v) in pairs { try c.encode(v, forKey: Key(stringValue: k)) }
    }
}
