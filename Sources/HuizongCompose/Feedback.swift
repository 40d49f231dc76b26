import Foundation
import HuizongAnalysis
import HuizongDocument
import HuizongModel

/// What goes back to the branches: a one-page 审核意见 for every branch whose material has findings, in the
/// wording a committee office sends, and a 报送情况 overview for the committee. Every finding of `check` is in
/// exactly one of them: a finding in a file goes to the branch that sent the file, the rest to the overview.
public enum Feedback {
    /// One branch's letter.
    public struct Letter: Sendable {
        /// The branch as the summary names it.
        public var addressee: String
        public var files: [String]
        public var findings: [Diagnostic]
        public var document: Document
    }

    /// A finding with the branch (or file) it belongs to; nil: the committee's own (the overview).
    struct Placed {
        var addressee: String?
        var finding: Diagnostic
    }

    public static func letters(folder: CommitteeFolder, findings: [Diagnostic], summary: CommitteeSummary, date: Day) -> [Letter] {
        let byAddressee = Dictionary(grouping: place(findings, in: folder, summary: summary).filter { $0.addressee != nil },
                                     by: { $0.addressee ?? "" })
        return byAddressee.keys.sorted().compactMap { a in
            let found = byAddressee[a]?.map(\.finding) ?? []
            let files = Array(Set(found.compactMap { $0.location?.file })).sorted()
            return Letter(addressee: a, files: files, findings: found,
                          document: letter(to: a, files: files, findings: found, folder: folder, committee: summary.committee, year: summary.year,
                                           date: date))
        }
    }

    /// The findings each branch's letter would hold, without writing the letters (for a page that only counts them).
    public static func findingsByBranch(folder: CommitteeFolder, findings: [Diagnostic], summary: CommitteeSummary) -> [String: [Diagnostic]] {
        var out: [String: [Diagnostic]] = [:]
        for p in place(findings, in: folder, summary: summary) { if let a = p.addressee { out[a, default: []].append(p.finding) } }
        return out
    }

    /// Which branch each finding goes to: the branch of the file it is in (a shared ledger's row: the branch whose
    /// measure stands at that place); nil for the committee's own and for files that name no branch.
    static func place(_ findings: [Diagnostic], in folder: CommitteeFolder, summary: CommitteeSummary) -> [Placed] {
        var reportsByFile: [String: [BranchReport]] = [:]
        for r in folder.reports { reportsByFile[r.source, default: []].append(r) }
        func branchName(_ r: BranchReport) -> String? {
            r.branch.map { folder.committee.canonicalName($0) ?? $0 }
        }
        let placed = findings.map { d in
            // Whether a name is on the roster is the office's matter, not something to send back.
            guard !officeMatters.contains(d.id), let at = d.location, let reports = reportsByFile[at.file], !reports.isEmpty else {
                return Placed(addressee: nil, finding: d)
            }
            let owner = reports.count == 1 ? reports[0] : reports.first { r in
                r.measures.contains { $0.location == at } || r.problems.contains { $0.location == at }
            }
            // A file that names no branch cannot be sent back: the office sees it in the overview.
            guard let owner, let name = branchName(owner) else { return Placed(addressee: nil, finding: d) }
            return Placed(addressee: name, finding: d)
        }
        // A letter is sent where there is something to fix; a branch with notes only gets none (its notes are
        // listed in the overview).
        let toFix = Set(placed.filter { $0.finding.severity != .note }.compactMap(\.addressee))
        return placed.map { p in p.addressee.map(toFix.contains) == true ? p : Placed(addressee: nil, finding: p.finding) }
    }

    /// Findings the office settles itself (the roster, settings), listed in the overview rather than sent back.
    static let officeMatters: Set<DiagnosticCode> = [.unknownBranch, .rosterNearMatch, .branchMissing, .duplicateBranch,
                                                     .committeeConfig, .groupsConfig, .knowledgeFile]

    /// Where in their file, as a branch reads it: 第N行, 第N段, 表1单元格C3; the file is named when `named`.
    static func whereInFile(_ at: SourceLocation, named: Bool = true) -> String {
        let file = named ? "《\(URL(fileURLWithPath: at.file).lastPathComponent)》" : ""
        switch at.position {
        case .file: return named ? file : "整份材料"
        case let .line(n): return "\(file)第\(n)行"
        case let .paragraph(n): return "\(file)第\(n)段"
        case let .cell(sheet, ref) where sheet.isEmpty: return "\(file)单元格\(ref)"
        case let .cell(sheet, ref) where sheet.hasPrefix("表") && sheet.dropFirst().allSatisfy(\.isNumber):
            return "\(file)\(sheet)单元格\(ref)"
        case let .cell(sheet, ref): return "\(file)“\(sheet)”工作表单元格\(ref)"
        }
    }

    /// The finding as a branch should read it: the measure or aspect it is about, named.
    static func sentence(_ d: Diagnostic, folder: CommitteeFolder) -> String {
        var text = d.zh
        if let at = d.location, [.measureNoOwner, .measureNoDeadline, .measureNoOwnerDeadline].contains(d.id),
           let m = folder.reports.lazy.flatMap(\.measures).first(where: { $0.location == at }) {
            text += "：“\(m.headline)”"
        }
        if !text.hasSuffix("。") { text += "。" }
        return text
    }

    static func letter(to addressee: String, files: [String], findings: [Diagnostic], folder: CommitteeFolder, committee: String,
                       year: Int?, date: Day) -> Document {
        let sorted = findings.sorted { ($0.severity, $0.location?.description ?? "") < ($1.severity, $1.location?.description ?? "") }
        let toFix = sorted.filter { $0.severity != .note }
        let notes = sorted.filter { $0.severity == .note }
        let names = files.map { "《\(URL(fileURLWithPath: $0).lastPathComponent)》" }.joined(separator: "、")
        var blocks: [Block] = [.paragraph(Paragraph([Span(addressee + "：")], alignment: .left, indent: 0))]
        blocks.append(.paragraph(Paragraph(text: "你单位报送的\(names)已收悉。经审核，"
            + (toFix.isEmpty ? "材料基本符合要求，以下情况供参考。" : "有以下\(toFix.count)处需要修改完善："))))
        // One file: the letter names it once, each item says only where in it.
        let named = files.count > 1
        func item(_ d: Diagnostic) -> [Span] {
            [Span(sentence(d, folder: folder)), Span("（" + (d.location.map { whereInFile($0, named: named) } ?? "整份材料") + "）")]
        }
        if !toFix.isEmpty {
            blocks.append(.list(ListBlock(style: .numbered, items: toFix.map(item))))
            blocks.append(.paragraph(Paragraph(text: "请对照以上意见修改完善后，重新报送党委办公室。")))
        }
        if !notes.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "以下情况供参考，无需修改：")))
            blocks.append(.list(ListBlock(style: .parenthesized, items: notes.map(item))))
        }
        blocks.append(.signature([committee, chineseDate(date)]))
        let title = "关于\(addressee)\(year.map { "\($0)年度" } ?? "")组织生活会材料的审核意见"
        return Document(title: title, author: committee, subject: "审核意见", blocks: blocks)
    }

    /// 报送情况: every roster branch and every file that came, with its status, and the committee's own findings.
    public static func overview(folder: CommitteeFolder, findings: [Diagnostic], summary: CommitteeSummary, letters: [Letter],
                                received: [String: Day], date: Day) -> Document {
        let returned = Set(letters.filter { $0.findings.contains { $0.severity != .note } }.map(\.addressee))
        let excluded = Dictionary(summary.excluded.map { ($0.source, $0.reason) }, uniquingKeysWith: { a, _ in a })
        var rows: [Table.Row] = []
        for b in summary.branches {
            let status = returned.contains(b.name) ? "已纳入，退回修改" : "已纳入"
            let day = b.sources.compactMap { received[$0] }.max().map(chineseDate) ?? "—"
            rows.append(Table.Row([b.name, b.sources.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: "、"), day, status,
                                   "\(b.problems.count)", "\(letters.first { $0.addressee == b.name }?.findings.filter { $0.severity != .note }.count ?? 0)"]))
        }
        for (source, reason) in excluded.sorted(by: { $0.key < $1.key }) {
            let name = URL(fileURLWithPath: source).lastPathComponent
            rows.append(Table.Row(["—", name, received[source].map(chineseDate) ?? "—", "未纳入：" + reason, "—", "—"]))
        }
        for name in summary.missing { rows.append(Table.Row([name, "—", "—", "未报送", "—", "—"])) }
        let included = summary.branches.count
        var text = "截至\(chineseDate(date))，应报送党支部\(summary.expected.isEmpty ? included : summary.expected.count)个，"
        text += "已纳入汇总\(included)个" + (summary.unknown.isEmpty ? "" : "（其中\(summary.unknown.count)个不在党支部名单中）") + "，其中需退回修改\(summary.branches.filter { returned.contains($0.name) }.count)个；"
        text += "未纳入汇总的文件\(excluded.count)份；尚未报送\(summary.missing.count)个"
        text += summary.missing.isEmpty ? "。" : "（\(summary.missing.joined(separator: "、"))）。"
        var blocks: [Block] = [.paragraph(Paragraph(text: text)),
                               .table(Table(caption: "表　各党支部报送情况",
                                            columns: [.init("党支部", width: 2.4), .init("报送文件", width: 4), .init("收到日期", width: 2),
                                                      .init("状态", width: 2.6), .init("问题数", width: 1.2), .init("待改处", width: 1.4)],
                                            rows: rows))]
        let own = place(findings, in: folder, summary: summary).filter { $0.addressee == nil }.map(\.finding)
        let branchOf = Dictionary(folder.reports.map { ($0.source, $0.branch.map { folder.committee.canonicalName($0) ?? $0 }) },
                                  uniquingKeysWith: { a, _ in a })
        func item(_ d: Diagnostic) -> [Span] {
            let who = d.location.flatMap { branchOf[$0.file] ?? nil }.map { $0 + "：" } ?? ""
            return [Span(who + sentence(d, folder: folder)), Span(d.location.map { "（" + whereInFile($0) + "）" } ?? "")]
        }
        let office = own.filter { $0.severity != .note }, notes = own.filter { $0.severity == .note }
        if !office.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "需要党委办公室处理的情况：")))
            blocks.append(.list(ListBlock(style: .numbered, items: office.map(item))))
        }
        if !notes.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "以下提示供参考，未单独发审核意见：")))
            blocks.append(.list(ListBlock(style: .parenthesized, items: notes.map(item))))
        }
        blocks.append(.signature([summary.committee, chineseDate(date)]))
        return Document(title: "\(summary.committee)\(summary.year.map { "\($0)年度" } ?? "")组织生活会材料报送情况",
                        author: summary.committee, subject: "报送情况", blocks: blocks)
    }

    static func chineseDate(_ d: Day) -> String { CommitteeReport.chineseDate(d) }
}
