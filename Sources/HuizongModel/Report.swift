import Foundation

/// Where an item came from: a line of a text file, a cell of a sheet, or a paragraph of a .docx.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Position: Hashable, Sendable {
        case line(Int)
        case cell(sheet: String, ref: String)
        case paragraph(Int)
        case file
    }
    public var file: String
    public var position: Position

    public init(file: String, _ position: Position) {
        self.file = file
        self.position = position
    }

    public var description: String {
        switch position {
        case let .line(n): return "\(file):\(n)"
        case let .cell(sheet, ref): return sheet.isEmpty ? "\(file):\(ref)" : "\(file):\(sheet)!\(ref)"
        case let .paragraph(n): return "\(file):¶\(n)"
        case .file: return file
        }
    }

    var order: Int {
        switch position {
        case let .line(n), let .paragraph(n): return n
        case .cell(_, let ref): return Int(ref.filter(\.isNumber)) ?? 0
        case .file: return 0
        }
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        a.file != b.file ? a.file < b.file : a.order < b.order
    }
}

/// A finding about the input, with a stable code and a message in Chinese and English.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note
        var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }
    public var severity: Severity
    public var id: DiagnosticCode
    /// The stable code as printed (`id`'s raw value).
    public var code: String { id.rawValue }
    public var zh: String
    public var en: String
    public var location: SourceLocation?

    /// `severity` defaults to the code's usual one.
    public init(_ id: DiagnosticCode, severity: Severity? = nil, zh: String, en: String, at location: SourceLocation?) {
        self.severity = severity ?? id.severity
        self.id = id
        self.zh = zh
        self.en = en
        self.location = location
    }

    public func message(chinese: Bool) -> String { chinese ? zh : en }
}

/// A problem or a cause: a one-sentence headline and the evidence after it.
public struct Statement: Hashable, Sendable {
    public var headline: String
    public var detail: String
    public var location: SourceLocation
    public init(headline: String, detail: String, location: SourceLocation) {
        self.headline = headline
        self.detail = detail
        self.location = location
    }
    public var text: String { detail.isEmpty ? headline : headline + detail }
}

public enum RectificationStatus: String, Hashable, Sendable, CaseIterable {
    case done, partial, inProgress = "in_progress", ongoing, notStarted = "not_started"
}

public enum Deadline: Hashable, Sendable {
    case date(Day)
    case ongoing
}

/// A calendar day without a time zone: deadlines and as-of dates compare by day.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), (1...Day.length(year, month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }
    public static func length(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
    public static func lastOfMonth(_ y: Int, _ m: Int) -> Day? { Day(year: y, month: m, day: length(y, m)) }
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    /// Days since 1970-01-01 (civil calendar), for differences.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
    public static func fromOrdinal(_ z0: Int) -> Day? {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
    public static func parseISO(_ s: String) -> Day? {
        let parts = s.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }

    /// A date as clerks write it in a settings file: 2026-03-31, 2026/03/31, 2026.3.31 or 2026年3月31日.
    /// Only these whole forms; anything else (a stray word, a missing part) is nil, never a guess.
    public static func parseWritten(_ s: String) -> Day? {
        let t = s.trimmingCharacters(in: .whitespaces)
        var parts: [Substring]
        if t.hasSuffix("日"), t.contains("年"), t.contains("月") {
            parts = t.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
        } else {
            guard let sep = ["-", "/", "."].first(where: { t.contains($0) }) else { return nil }
            parts = t.split(separator: Character(sep), omittingEmptySubsequences: false)
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

public struct Measure: Hashable, Sendable {
    public var headline: String
    public var detail: String
    public var owner: String?
    public var deadline: Deadline?
    public var deadlineText: String?
    public var status: RectificationStatus?
    public var statusText: String?
    public var branch: String?
    public var problem: String?
    public var doneDate: Day?
    public var location: SourceLocation

    public init(headline: String, detail: String = "", owner: String? = nil, deadline: Deadline? = nil,
                deadlineText: String? = nil, status: RectificationStatus? = nil, statusText: String? = nil,
                branch: String? = nil, problem: String? = nil, doneDate: Day? = nil, location: SourceLocation) {
        self.headline = headline
        self.detail = detail
        self.owner = owner
        self.deadline = deadline
        self.deadlineText = deadlineText
        self.status = status
        self.statusText = statusText
        self.branch = branch
        self.problem = problem
        self.doneDate = doneDate
        self.location = location
    }
}

public struct Aspect: Hashable, Sendable {
    public var title: String
    /// Id of the aspect of the year's set it matched, nil when it matched none.
    public var matched: String?
    public var problems: [Statement]
    public var location: SourceLocation
    /// False when the report names no aspect and `title` is only its problems section's heading: such
    /// problems are counted as not sorted by aspect, never as an aspect called "存在的问题".
    public var headed: Bool
    public init(title: String, matched: String? = nil, problems: [Statement] = [], location: SourceLocation, headed: Bool = true) {
        self.title = title
        self.matched = matched
        self.problems = problems
        self.location = location
        self.headed = headed
    }
}

public struct ItemCounts: Sendable, Equatable {
    public var problems = 0, causes = 0, measures = 0
    public init(problems: Int = 0, causes: Int = 0, measures: Int = 0) {
        self.problems = problems
        self.causes = causes
        self.measures = measures
    }
}

/// 民主评议党员: members appraised and how many got each grade (优秀, 合格, 基本合格, 不合格).
public struct Appraisal: Sendable, Equatable {
    public var appraised: Int?
    public var excellent: Int?
    public var qualified: Int?
    public var basicallyQualified: Int?
    public var unqualified: Int?
    public init(appraised: Int? = nil, excellent: Int? = nil, qualified: Int? = nil, basicallyQualified: Int? = nil, unqualified: Int? = nil) {
        self.appraised = appraised
        self.excellent = excellent
        self.qualified = qualified
        self.basicallyQualified = basicallyQualified
        self.unqualified = unqualified
    }
    /// Members graded: the stated number appraised, else the sum of the grades.
    public var total: Int? {
        appraised ?? ([excellent, qualified, basicallyQualified, unqualified].contains { $0 != nil }
            ? [excellent, qualified, basicallyQualified, unqualified].compactMap { $0 }.reduce(0, +) : nil)
    }
}

/// One file's worth of a branch: its report, its ledger, or both.
public struct BranchReport: Sendable {
    /// What the file is. `report`, `ledger` and `canonical` are a branch's own material; the others are read
    /// the same way but are not counted as branches: a member's own material (`individual`), a leadership
    /// team's 民主生活会 material (`leadership`), a committee's document about many branches (`committee`),
    /// a `notice`, a `plan`, or anything else (`other`).
    public enum Kind: String, Sendable, CaseIterable {
        case report, ledger, canonical, individual, leadership, committee, notice, plan, other
        /// A branch's own material, counted in a build.
        public var isBranchMaterial: Bool { self == .report || self == .ledger || self == .canonical }
        public var chineseName: String {
            switch self {
            case .report: return "党支部对照检查材料"
            case .ledger: return "整改台账"
            case .canonical: return "标准格式材料"
            case .individual: return "党员个人对照检查材料"
            case .leadership: return "领导班子民主生活会材料"
            case .committee: return "党委（工委）层面的报告或通报"
            case .notice: return "通知"
            case .plan: return "工作方案"
            case .other: return "其他文件"
            }
        }
    }
    public var source: String
    public var kind: Kind
    public var branch: String?
    public var members: Int?
    public var year: Int?
    public var meetingKind: String?
    public var meetingDate: Day?
    public var attendance: (expected: Int, present: Int)?
    /// A member of a higher committee attended the meeting (列席, 到会指导): the words that say so.
    public var guidance: String?
    /// 民主评议党员 results, where the report gives them.
    public var appraisal: Appraisal?
    public var aspects: [Aspect] = []
    public var causes: [Statement] = []
    public var measures: [Measure] = []
    /// Activity counts in the order found; nil where the report left a placeholder.
    public var stats: [(name: String, count: Int?)] = []
    public var diagnostics: [Diagnostic] = []
    /// Paragraphs read, and those placed in the model; the rest were reported as not understood.
    public var paragraphsRead = 0
    public var paragraphsPlaced = 0
    /// Paragraphs reported as not understood (context notes, skipped rows), so read = placed + noted.
    public var paragraphsNoted = 0
    /// Items counted where the reader made them; the arrays above must hold exactly these many.
    public var emitted = ItemCounts()

    public init(source: String, kind: Kind) {
        self.source = source
        self.kind = kind
    }

    public var problems: [Statement] { aspects.flatMap(\.problems) }
}
