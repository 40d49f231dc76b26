import Foundation
import HuizongAnalysis
import HuizongDocument
import HuizongModel

/// The committee summary report: the only place that knows what the report says. Every number comes from
/// the summary, so the PDF and summary.json cannot disagree.
public enum CommitteeReport {
    public static func title(_ s: CommitteeSummary) -> String {
        "\(s.committee)\(s.year.map { "\($0)年度" } ?? "")组织生活会情况汇总报告"
    }

    static func chineseDate(_ d: Day) -> String { "\(d.year)年\(d.month)月\(d.day)日" }
    static func pct(_ x: Double) -> String { Rate.percent(x) }

    public static func document(_ s: CommitteeSummary, appendix: Bool = false) -> Document {
        let n = Numbering(s)
        let blocks: [Block] = [.contents, .pageBreak] + basics(s) + problems(s, n) + rectification(s, n) + activities(s) + comparison(s, n)
            + nextSteps(s, n) + notes(s) + attachments(s, appendix: appendix)
        return Document(title: title(s), author: s.committee, subject: "组织生活会情况汇总报告", date: chineseDate(s.asOf), blocks: blocks)
    }

    /// 一、基本情况
    static func basics(_ s: CommitteeSummary) -> [Block] {
        var blocks: [Block] = []
        let expected = s.expected.isEmpty ? s.branches.count : s.expected.count
        blocks.append(.heading(Heading(level: 1, text: "基本情况")))
        var basic = "\(s.committee)下设党支部\(expected)个，已报送材料的党支部共有党员\(s.totalMembers)名。"
        basic += "截至\(s.asOf.month)月\(s.asOf.day)日，\(s.branches.count)个党支部报送了对照检查材料或整改台账"
        basic += s.missing.isEmpty ? "，全部按时报送。" : "，\(s.missing.count)个党支部尚未报送（\(s.missing.joined(separator: "、"))）。"
        let m = s.meeting
        if m.dated > 0 { basic += "材料中写明会议日期的党支部\(m.dated)个。" }
        if m.withAttendance > 0 {
            basic += "写明出席情况的\(m.withAttendance)个党支部应到\(m.expected)人、实到\(m.present)人，参会率\(pct(m.attendanceRate ?? 0))。"
        }
        if m.guided > 0 { basic += "\(m.guided)个党支部的会议有上级党组织派员列席指导。" }
        basic += "各党支部共查摆问题\(s.totalProblems)条，剖析原因\(s.totalCauses)条，制定整改措施\(s.totalMeasures)条。"
        blocks.append(.paragraph(Paragraph(text: basic)))
        if !s.excluded.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "另有\(s.excluded.count)份文件未纳入统计，原因见“说明”。")))
        }
        if s.appraisal.branches > 0 {
            let a = s.appraisal
            var text = "民主评议党员方面，\(a.branches)个党支部写明了评议结果，共评议党员\(a.appraised)名，其中评定为优秀\(a.excellent)名"
            text += a.excellentShare.map { "（占\(pct($0))）" } ?? ""
            text += "、合格\(a.qualified)名、基本合格\(a.basicallyQualified)名、不合格\(a.unqualified)名。"
            blocks.append(.paragraph(Paragraph(text: text)))
        }
        return blocks
    }

    /// 二、查摆问题情况: by aspect (图1, 表1), the common problems, the causes.
    static func problems(_ s: CommitteeSummary, _ n: Numbering) -> [Block] {
        var blocks: [Block] = []
        blocks.append(.heading(Heading(level: 1, text: "查摆问题情况")))
        let byAspect = s.aspectCounts.map { ($0.aspect, $0.problems) }
        if !byAspect.isEmpty {
            var p2 = "从查摆的方面看，"
            p2 += byAspect.sorted { $0.1 > $1.1 }.prefix(3).map { "“\($0.0)”\($0.1)条" }.joined(separator: "、")
            let shownIn = [n.label(Numbering.Figure.aspects), n.label(Numbering.Table.aspects)].compactMap { $0 }
            p2 += "位居前列。" + (shownIn.isEmpty ? "" : "各方面问题数见\(shownIn.joined(separator: "和"))。")
            blocks.append(.paragraph(Paragraph(text: p2)))
        }
        if let figure = n.label(Numbering.Figure.aspects), let table = n.label(Numbering.Table.aspects) {
            blocks.append(.chart(Chart(kind: .horizontalBar, title: "\(figure)　各方面查摆问题数", categories: byAspect.map(\.0),
                                       series: [.init(name: "问题数", values: byAspect.map { Double($0.1) })], unit: "条")))
            var rows = s.aspectCounts.map { Table.Row([$0.aspect, "\($0.problems)", "\($0.branches)"]) }
            rows.append(Table.Row(["合计", "\(s.totalProblems)", "\(s.branches.filter { !$0.problems.isEmpty }.count)"], role: .total))
            blocks.append(.table(Table(caption: "\(table)　各方面查摆问题数", columns: [.init("方面", alignment: .left, width: 5), .init("问题数", width: 1.5), .init("涉及党支部数", width: 2)], rows: rows)))
        }
        blocks.append(.heading(Heading(level: 2, text: "共性问题")))
        let common = s.problemGroups.filter { $0.branches.count >= 2 }
        if common.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "各党支部查摆的问题较为分散，没有两个以上党支部共同反映的问题。")))
        } else {
            blocks.append(.paragraph(Paragraph(text: "对\(s.totalProblems)条问题按内容归类，\(common.count)类问题有两个以上党支部反映，按涉及党支部数从多到少列举如下。")))
            let shown = common.prefix(8)
            blocks.append(.list(ListBlock(style: .runIn, items: shown.map { g in
                let names = g.branches.prefix(6).joined(separator: "、") + (g.branches.count > 6 ? "等" : "")
                return [Span(g.label + "。", .leadIn), Span("\(g.branches.count)个党支部反映（\(names)），共\(g.members.count)条。")]
            })))
            if common.count > shown.count {
                blocks.append(.paragraph(Paragraph(text: "其余\(common.count - shown.count)类共性问题见统计表（.xlsx）的“共性问题”工作表。")))
            }
        }
        blocks.append(.heading(Heading(level: 2, text: "问题产生的原因")))
        let causes = s.causeGroups.filter { $0.branches.count >= 2 }.prefix(5)
        if causes.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "各党支部剖析的原因较为分散。")))
        } else {
            blocks.append(.list(ListBlock(style: .runIn, items: causes.map { g in
                [Span(g.label + "。", .leadIn), Span("\(g.branches.count)个党支部在原因剖析中谈到。")]
            })))
        }
        return blocks
    }

    /// 三、整改落实情况: statuses, overdue and due-soon measures (表2, 表3), progress per branch (图2).
    static func rectification(_ s: CommitteeSummary, _ n: Numbering) -> [Block] {
        var blocks: [Block] = []
        blocks.append(.heading(Heading(level: 1, text: "整改落实情况")))
        let st = s.statusCounts
        var p3 = "截至\(chineseDate(s.asOf))，各党支部共制定整改措施\(s.totalMeasures)条，其中已完成\(st[.done] ?? 0)条、"
        p3 += "部分完成\(st[.partial] ?? 0)条、正在整改\(st[.inProgress] ?? 0)条、长期坚持\(st[.ongoing] ?? 0)条、尚未启动\(st[.notStarted] ?? 0)条"
        p3 += s.unknownStatus > 0 ? "，未写明进展\(s.unknownStatus)条。" : "。"
        p3 += "整改完成率按“已完成÷（全部−长期坚持）”计为\(pct(s.completionRate))，按“已完成÷全部”计为\(pct(s.completionRateAll))。"
        p3 += "已逾期未完成\(s.overdue.count)条，30日内到期\(s.dueSoon.count)条。"
        blocks.append(.paragraph(Paragraph(text: p3)))
        if let table = n.label(Numbering.Table.overdue) {
            blocks.append(.table(Table(caption: "\(table)　逾期未完成的整改措施", columns: [.init("党支部", width: 2.6), .init("整改措施", width: 5), .init("责任人", width: 1.3), .init("完成时限", width: 1.8), .init("逾期天数", width: 1.3)],
                                       rows: s.overdue.map { Table.Row([$0.branch, $0.measure, $0.owner ?? "—", $0.deadline.description, "\($0.days)"]) })))
        }
        if let table = n.label(Numbering.Table.dueSoon) {
            blocks.append(.table(Table(caption: "\(table)　30日内到期的整改措施", columns: [.init("党支部", width: 2.6), .init("整改措施", width: 5), .init("责任人", width: 1.3), .init("完成时限", width: 1.8), .init("剩余天数", width: 1.3)],
                                       rows: s.dueSoon.map { Table.Row([$0.branch, $0.measure, $0.owner ?? "—", $0.deadline.description, "\($0.days)"]) })))
        }
        let chartBranches = s.branches.filter { !$0.measures.isEmpty }
        if let figure = n.label(Numbering.Figure.progress) {
            func count(_ b: CommitteeSummary.Branch, _ x: RectificationStatus) -> Double { Double(b.measures.filter { $0.status == x }.count) }
            blocks.append(.chart(Chart(kind: .stackedBar, title: "\(figure)　各党支部整改进度", categories: chartBranches.map(\.name), series: [
                .init(name: "已完成", values: chartBranches.map { count($0, .done) }),
                .init(name: "正在整改", values: chartBranches.map { count($0, .inProgress) + count($0, .partial) }),
                .init(name: "长期坚持", values: chartBranches.map { count($0, .ongoing) }),
                .init(name: "尚未启动", values: chartBranches.map { count($0, .notStarted) }),
            ], unit: "条")))
        }
        var gaps = "有\(s.noOwnerOrDeadline)条整改措施未写明责任人或完成时限。"
        gaps += s.problemsWithoutMeasures.isEmpty ? "各党支部查摆的问题均有对应整改措施。" : "\(s.problemsWithoutMeasures.joined(separator: "、"))查摆了问题但没有整改措施。"
        blocks.append(.paragraph(Paragraph(text: gaps)))
        return blocks
    }

    /// 四、“三会一课”与组织生活开展情况, against the 条例's and the committee's minimums.
    static func activities(_ s: CommitteeSummary) -> [Block] {
        var blocks: [Block] = []
        blocks.append(.heading(Heading(level: 1, text: "“三会一课”与组织生活开展情况")))
        let below = s.branches.filter { $0.shortfalls.contains { $0.rule == .regulation } }
        let belowLocal = s.branches.filter { $0.shortfalls.contains { $0.rule == .committee } }
        var p4 = "对照《中国共产党支部工作条例（试行）》规定的最低次数，\(below.count)个党支部有一项以上未达到"
        p4 += below.isEmpty ? "。" : "（含材料中未写明次数的）。"
        p4 += "对照本党委自定标准，\(belowLocal.count)个党支部有一项以上未达到。各党支部的次数见附件2。"
        blocks.append(.paragraph(Paragraph(text: p4)))
        for f in s.activityFigures {
            guard let median = f.median else { continue }
            var line = "\(f.activity)：\(f.reported)个党支部写明次数，合计\(f.total)次，中位数\(median == median.rounded() ? String(Int(median)) : String(format: "%.1f", median))次，条例要求每年不少于\(f.minimum)次"
            line += f.belowMinimum == 0 ? "，均已达到。" : "，\(f.belowMinimum)个党支部未达到或未写明。"
            blocks.append(.paragraph(Paragraph(text: line)))
        }
        return blocks
    }

    /// 五、与上年度对比, when last year's reports were read.
    static func comparison(_ s: CommitteeSummary, _ n: Numbering) -> [Block] {
        var blocks: [Block] = []
        if let py = s.previousYear {
            blocks.append(.heading(Heading(level: 1, text: "与上年度对比")))
            // Kinds and branches counted apart: the table lists branch × kind, which is not a number of kinds.
            let kinds = Set(s.recurring.map(\.group)).count, branches = Set(s.recurring.map(\.branch)).count
            var p5 = s.recurring.isEmpty ? "与\(py)年度相比，没有党支部再次查摆同类问题。"
                : "与\(py)年度相比，\(branches)个党支部的\(kinds)类问题再次查摆（共\(s.recurring.count)处，见\(n.label(Numbering.Table.recurring) ?? "")）。"
            let pm = s.previousMeasures.values.reduce(0, +)
            if pm > 0 { p5 += "上年度整改措施\(pm)条，其中已完成\(s.previousMeasures[.done] ?? 0)条。" }
            blocks.append(.paragraph(Paragraph(text: p5)))
            if let table = n.label(Numbering.Table.recurring) {
                blocks.append(.table(Table(caption: "\(table)　再次查摆的问题", columns: [.init("党支部", width: 2), .init("问题类别", width: 5), .init("年度", width: 1.5)],
                                           rows: s.recurring.map { Table.Row([$0.branch, $0.group, $0.years.map(String.init).joined(separator: "、")]) })))
            }
        }
        return blocks
    }

    /// 下一步工作打算: what is overdue or due soon, by owner, and the common problems to work on; the clerk adds the
    /// committee's own plans in the Word version.
    static func nextSteps(_ s: CommitteeSummary, _ n: Numbering) -> [Block] {
        var items: [[Span]] = []
        let common = s.problemGroups.filter { $0.branches.count >= 2 }.prefix(3).map { "“\($0.label)”" }
        if !common.isEmpty {
            items.append([Span("聚焦共性问题抓整改。", .leadIn),
                          Span("针对\(common.joined(separator: "、"))等多个党支部反映的问题，逐项明确牵头责任和完成时限。")])
        }
        let owners = OwnerLoad.list(overdue: s.overdue, dueSoon: s.dueSoon)
        let table = n.label(Numbering.Table.owners)
        let named = owners.filter { $0.owner != nil }.count
        let see = table.map { "，按责任人列于\($0)" } ?? ""
        if !s.overdue.isEmpty {
            items.append([Span("督促逾期事项限期办结。", .leadIn),
                          Span("逾期未完成的\(s.overdue.count)条整改措施由责任人逐条说明原因、限期办结\(see)。")])
        }
        if !s.dueSoon.isEmpty {
            items.append([Span("盯住近期到期事项。", .leadIn), Span("30日内到期的\(s.dueSoon.count)条整改措施提前督办，确保按期完成。")])
        }
        let short = s.branches.filter { $0.shortfalls.contains { $0.rule == .regulation } }.count
        if short > 0 {
            items.append([Span("规范组织生活。", .leadIn), Span("指导\(short)个“三会一课”次数未达到条例要求或未写明的党支部补齐短板。")])
        }
        guard !items.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, text: "下一步工作打算")), .list(ListBlock(style: .runIn, items: items))]
        if let table {
            // The owners with most open measures; the rest in one row (every measure is in the tables before).
            let shown = owners.count > OwnerLoad.shownOwners ? Array(owners.prefix(OwnerLoad.shownOwners - 1)) : owners
            var rows = shown.map { o in
                Table.Row([o.owner ?? "未写明", o.branches.joined(separator: "、"), o.overdue > 0 ? "\(o.overdue)" : "—", o.dueSoon > 0 ? "\(o.dueSoon)" : "—"])
            }
            let rest = owners.dropFirst(shown.count)
            if !rest.isEmpty {
                let (o, d) = (rest.reduce(0) { $0 + $1.overdue }, rest.reduce(0) { $0 + $1.dueSoon })
                let restNamed = rest.filter { $0.owner != nil }.count
                let who = "其余\(restNamed)名责任人" + (restNamed < rest.count ? "及未写明责任人的措施" : "")
                rows.append(Table.Row(["其余", who, o > 0 ? "\(o)" : "—", d > 0 ? "\(d)" : "—"]))
            }
            rows.append(Table.Row(["合计", "\(named)名责任人", "\(s.overdue.count)", "\(s.dueSoon.count)"], role: .total))
            blocks.append(.table(Table(caption: "\(table)　逾期和30日内到期的整改措施（按责任人）",
                                       columns: [.init("责任人", width: 1.8), .init("党支部", alignment: .left, width: 5), .init("逾期", width: 1.2), .init("30日内到期", width: 1.8)],
                                       rows: rows)))
        }
        return blocks
    }

    /// 六、说明: how the figures were made, the files left out, the signature.
    static func notes(_ s: CommitteeSummary) -> [Block] {
        var blocks: [Block] = []
        blocks.append(.heading(Heading(level: 1, text: "说明")))
        blocks.append(.paragraph(Paragraph(text: "本报告由 huizong 根据各党支部报送的材料自动汇总，统计截止日期为\(chineseDate(s.asOf))。“逾期”指完成时限早于截止日期且尚未完成；“30日内到期”指完成时限在截止日期后30日内。共性问题按问题表述中的概念词和字面相似度归类，同一党支部的同类问题只计一个党支部。")))
        if !s.excluded.isEmpty {
            blocks.append(.paragraph(Paragraph(text: "未纳入统计的文件：" + s.excluded.map { "\(URL(fileURLWithPath: $0.source).lastPathComponent)（\($0.reason)）" }.joined(separator: "；") + "。")))
        }
        blocks.append(.signature([s.committee, chineseDate(s.asOf)]))
        return blocks
    }

    /// Aspect columns the per-branch attachment holds before the rest are summed as 其他方面: with the nine other
    /// columns, what a landscape page can show at a readable width.
    static let maxAspectColumns = 8

    /// 附件: the per-branch table, the activity counts, and (with `appendix`) a page per branch.
    static func attachments(_ s: CommitteeSummary, appendix: Bool) -> [Block] {
        var blocks: [Block] = []
        // The year's aspects come first in aspectTitles; past `maxAspectColumns` the rest share one column (其余各方面), as a
        // folder of many years' reports would otherwise make a column for every aspect any of them wrote.
        let shown = s.aspectTitles.count > maxAspectColumns ? Array(s.aspectTitles.prefix(maxAspectColumns - 1)) : s.aspectTitles
        let folded = Array(s.aspectTitles.dropFirst(shown.count))
        let columnTitles = shown + (folded.isEmpty ? [] : ["其余各方面"])   // 其他方面 may be a branch's own aspect
        var rows = s.branches.map { b -> Table.Row in
            let rate = b.measures.isEmpty ? "—" : pct(Double(b.done) / Double(b.measures.count))
            let perAspect = shown.map { t in b.problemsPerAspect[t] ?? 0 }
                + (folded.isEmpty ? [] : [folded.reduce(0) { $0 + (b.problemsPerAspect[$1] ?? 0) }])
            return Table.Row([b.name, b.members.map(String.init) ?? "—"] + perAspect.map(String.init)
                             + ["\(b.problems.count)", "\(b.measures.count)", "\(b.done)", "\(b.overdue)", rate])
        }
        let totals = s.aspectCounts.prefix(shown.count).map(\.problems)
            + (folded.isEmpty ? [] : [s.aspectCounts.dropFirst(shown.count).reduce(0) { $0 + $1.problems }])
        rows.append(Table.Row(["合计", "\(s.totalMembers)"] + totals.map(String.init)
                              + ["\(s.totalProblems)", "\(s.totalMeasures)", "\(s.done)", "\(s.overdue.count)", pct(s.completionRateAll)], role: .total))
        let wide = columnTitles.count > 3
        blocks.append(.attachment(Attachment(title: "各党支部查摆问题和整改情况统计表", blocks: [
            .table(Table(columns: [.init("党支部", alignment: .left), .init("党员数")] + columnTitles.map { .init($0) }
                         + [.init("问题数"), .init("措施数"), .init("已完成"), .init("逾期"), .init("完成率")], rows: rows, landscape: false)),
        ], landscape: wide)))
        let acts = regulationMinimums.map(\.0)
        let statRows = s.branches.map { b in
            Table.Row([b.name] + acts.map { a in
                let v = (b.stats[a] ?? nil).map(String.init) ?? "—"
                return b.shortfalls.contains { $0.activity == a && $0.rule == .regulation } ? v + "*" : v
            })
        }
        blocks.append(.attachment(Attachment(title: "各党支部“三会一课”等组织生活开展情况", blocks: [
            .table(Table(columns: [.init("党支部", alignment: .left)] + acts.map { .init($0) }, rows: statRows,
                         note: "注：带*的为低于《中国共产党支部工作条例（试行）》最低次数或未写明；“—”为材料中未写明。")),
        ])))
        let graded = s.branches.filter { $0.appraisal != nil || $0.guidance != nil }
        if !graded.isEmpty {
            func n(_ v: Int?) -> String { v.map(String.init) ?? "—" }
            let rows = graded.map { b in
                Table.Row([b.name, n(b.expected), n(b.present), b.guidance == nil ? "—" : "有", n(b.appraisal?.total), n(b.appraisal?.excellent),
                           n(b.appraisal?.qualified), n(b.appraisal?.basicallyQualified), n(b.appraisal?.unqualified)])
            }
            blocks.append(.attachment(Attachment(title: "各党支部会议和民主评议党员情况", blocks: [
                .table(Table(columns: [.init("党支部", alignment: .left), .init("应到"), .init("实到"), .init("上级指导"), .init("参评"), .init("优秀"),
                                       .init("合格"), .init("基本合格"), .init("不合格")], rows: rows,
                             note: "注：“—”为材料中未写明。")),
            ])))
        }
        if appendix {
            for b in s.branches {
                var bl: [Block] = []
                if !b.problems.isEmpty {
                    bl.append(.heading(Heading(level: 2, text: "查摆的问题", inContents: false)))
                    bl.append(.list(ListBlock(style: .numbered, items: b.problems.map { [Span("〔\($0.aspect)〕" + $0.statement.headline)] })))
                }
                if !b.measures.isEmpty {
                    bl.append(.table(Table(caption: "整改措施", columns: [.init("整改措施", width: 6), .init("责任人", width: 1.4), .init("时限", width: 1.8), .init("进展", width: 1.6)],
                                           rows: b.measures.map { m in
                        let d: String
                        switch m.deadline { case let .date(x)?: d = x.description; case .ongoing?: d = "长期"; case nil: d = "—" }
                        return Table.Row([m.headline, m.owner ?? "—", d, m.statusText ?? "—"])
                    })))
                }
                blocks.append(.attachment(Attachment(title: b.name, blocks: bl)))
            }
        }
        return blocks
    }
}
