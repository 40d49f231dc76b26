import Foundation

import HuizongModel

/// One check over what was read; each has a stable code. Findings of the readers themselves pass through.
public protocol ValidationRule: Sendable {
    func check(_ folder: CommitteeFolder) -> [Diagnostic]
}

public enum Validation {
    public static let rules: [ValidationRule] = [EmptyAspectRule(), MeasureOwnerDeadlineRule(), ProblemsWithoutMeasuresRule(),
                                                 DuplicateBranchRule(), RosterRule(), YearMismatchRule(), AppraisalRule()]

    public static func run(_ folder: CommitteeFolder) -> [Diagnostic] {
        var out = folder.diagnostics + folder.reports.flatMap(\.diagnostics)
        for rule in rules { out += rule.check(folder) }
        return out
    }
}

/// A branch's report about another year than the one the committee is summarising: sent last year's file, or
/// the wrong year typed in the title.
struct YearMismatchRule: ValidationRule {
    func check(_ folder: CommitteeFolder) -> [Diagnostic] {
        guard let year = folder.committee.year else { return [] }
        return folder.reports.filter { $0.kind.isBranchMaterial && $0.kind != .ledger }.compactMap { r in
            guard let own = r.year, own != year else { return nil }
            return Diagnostic(.yearMismatch, zh: "材料写的是\(own)年度，本次汇总的是\(year)年度，请核对是否报错了文件",
                              en: "the report is about \(own), the summary is for \(year); check that the right file was sent",
                              at: SourceLocation(file: r.source, .file))
        }
    }
}

struct EmptyAspectRule: ValidationRule {
    func check(_ folder: CommitteeFolder) -> [Diagnostic] {
        folder.reports.flatMap { r in
            r.aspects.filter(\.problems.isEmpty).map { a in
                Diagnostic(.emptyAspect, zh: "方面“\(a.title)”下没有查摆出问题", en: "the aspect '\(a.title)' lists no problem", at: a.location)
            }
        }
    }
}

struct MeasureOwnerDeadlineRule: ValidationRule {
    func check(_ folder: CommitteeFolder) -> [Diagnostic] {
        folder.reports.flatMap { r in
            r.measures.compactMap { m in
                switch (m.owner == nil, m.deadline == nil && m.deadlineText == nil) {
                case (true, true): return Diagnostic(.measureNoOwnerDeadline, zh: "整改措施没有责任人和完成时限", en: "the measure has neither owner nor deadline", at: m.location)
                case (true, false): return Diagnostic(.measureNoOwner, zh: "整改措施没有责任人", en: "the measure has no owner", at: m.location)
                case (false, true): return Diagnostic(.measureNoDeadline, zh: "整改措施没有完成时限", en: "the measure has no deadline", at: m.location)
                default: return nil
                }
            }
        }
    }
}

struct ProblemsWithoutMeasuresRule: ValidationRule {
    func check(_ folder: CommitteeFolder) -> [Diagnostic] {
        // Per branch: a report with problems and no measure in any of the branch's files.
        var measures: [String: Int] = [:]
        for r in folder.reports { measures[r.branch ?? r.source, default: 0] += r.measures.count }
        return folder.reports.filter { $0.kind != .ledger && !$0.problems.isEmpty && (measures[$0.branch ?? $0.source] ?? 0) == 0 }.map { r in
            Diagnostic(.problemsWithoutMeasures, zh: "查摆了 \(r.problems.count) 个问题，但没有整改措施",
                       en: "\(r.problems.count) problems listed but no measure", at: SourceLocation(file: r.source, .file))
        }
    }
}

struct DuplicateBranchRule: ValidationRule {
    func check(_ folder: CommitteeFolder) -> [Diagnostic] {
        var seen: [String: String] = [:]
        var out: [Diagnostic] = []
        for r in folder.reports where r.kind != .ledger {
            guard let raw = r.branch else { continue }
            let name = folder.committee.canonicalName(raw) ?? raw
            if let first = seen[name], first != r.source {
                // The file's name, as the list of files left out gives it: a letter or a page printed on another
                // machine must not carry this one's folders.
                let other = URL(fileURLWithPath: first).lastPathComponent
                out.append(Diagnostic(.duplicateBranch, zh: "“\(name)”报送了两份对照检查材料（另一份：\(other)）",
                                      en: "'\(name)' sent two reports (the other: \(other))", at: SourceLocation(file: r.source, .file)))
            } else {
                seen[name] = r.source
            }
        }
        return out
    }
}

struct RosterRule: ValidationRule {
    func check(_ folder: CommitteeFolder) -> [Diagnostic] {
        let roster = folder.committee.roster
        guard !roster.isEmpty else { return [] }
        var found = Set<String>()
        var out: [Diagnostic] = []
        for r in folder.reports {
            guard let raw = r.branch else { continue }
            if let m = folder.committee.match(raw) {
                found.insert(m.entry)
                if m.how == .near {
                    out.append(Diagnostic(.rosterNearMatch,
                                          zh: "“\(raw)”不在党支部名单中，按相近名称计为“\(m.entry)”（如无误，请在 committee.yaml 中列为别名）",
                                          en: "'\(raw)' is not on the roster; taken as the near name '\(m.entry)' (add it as an alias in committee.yaml if right)",
                                          at: SourceLocation(file: r.source, .file)))
                }
            } else {
                out.append(Diagnostic(.unknownBranch, zh: "“\(raw)”不在 committee.yaml 的党支部名单中",
                                      en: "'\(raw)' is not on the roster of committee.yaml", at: SourceLocation(file: r.source, .file)))
            }
        }
        for e in roster where !found.contains(e.name) {
            out.append(Diagnostic(.branchMissing, zh: "“\(e.name)”未报送材料", en: "'\(e.name)' sent nothing", at: nil))
        }
        return out
    }
}

/// 民主评议党员: more 优秀 than the committee allows (committee.yaml excellent_cap, one third by default), or no
/// results where the committee's meeting includes the appraisal.
struct AppraisalRule: ValidationRule {
    func check(_ folder: CommitteeFolder) -> [Diagnostic] {
        let cap = folder.committee.excellentCap
        let expected = folder.committee.meetingKind?.contains("民主评议") == true
        return folder.reports.filter { $0.kind == .report || $0.kind == .canonical }.compactMap { r -> Diagnostic? in
            let at = SourceLocation(file: r.source, .file)
            guard let a = r.appraisal else {
                return expected ? Diagnostic(.appraisalMissing, zh: "材料没有写明民主评议党员的结果（参评人数和各等次人数）",
                                             en: "the report gives no results of the members' appraisal (民主评议党员)", at: at) : nil
            }
            guard let e = a.excellent, let n = a.total, n > 0, Double(e) > cap * Double(n) + 1e-9 else { return nil }
            let share = Int((cap * 100).rounded())
            return Diagnostic(.excellentOverCap, zh: "评定优秀党员\(e)名，占参评的\(e * 100 / n)%，超过\(share)%的比例",
                              en: "\(e) of \(n) members appraised 'excellent' ('优秀'), more than the \(share) % the committee allows", at: at)
        }
    }
}
