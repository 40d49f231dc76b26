import Foundation
import HuizongModel

/// What a narrative file is, decided from its title and opening: a branch's own report, or one of the
/// documents that arrive beside them (a member's own material, a leadership team's 民主生活会 material, a
/// committee's report about many branches, a notice, a plan, a news item).
public enum DocumentKind {
    public struct Decision: Sendable, Equatable {
        public var kind: BranchReport.Kind
        /// The words that decided it, for the diagnostic.
        public var because: String
    }

    /// `title` is the document's title line when it has one; `opening` the first paragraphs.
    public static func classify(title: String?, opening: [String], words: ReadingWords = .shipped) -> Decision {
        let title = title ?? ""
        let head = ([title] + opening.prefix(3).map { String($0.prefix(400)) }).joined(separator: "\n")
        let body = opening.joined(separator: "\n")
        let selfReport = title.includes(any: ["对照检查", "检视剖析", "检查材料", "发言材料", "发言提纲"])
        func found(_ list: [String], in text: String) -> String? { list.first { text.includes($0) } }

        if !selfReport, let w = found(words.noticeTitleWords, in: title) { return Decision(kind: .notice, because: w) }
        if !selfReport, let w = found(words.planTitleWords, in: title) { return Decision(kind: .plan, because: w) }
        if let w = found(words.committeeTitleWords, in: title), !selfReport { return Decision(kind: .committee, because: w) }
        if let addressee = addressee(opening.first ?? title) {
            return Decision(kind: addressee.hasPrefix("各") ? .committee : .other, because: addressee)
        }
        if title.includes("个人") { return Decision(kind: .individual, because: "个人") }
        if let w = found(words.individualSignals, in: head), !title.includes(any: ["支部", "班子"]) {
            return Decision(kind: .individual, because: w)
        }
        if !selfReport, let w = found(words.meetingReportTitleWords, in: title),
           title.includes(any: ["召开情况", "会议情况"]) || title.includes(any: ["组织生活会", "民主生活会", "民主评议"]) {
            return Decision(kind: .committee, because: w)
        }
        if head.includes("民主生活会"), let w = found(words.leadershipTitleWords + ["班子"], in: head) {
            return Decision(kind: .leadership, because: "民主生活会·" + w)
        }
        let multi = words.multiBranchSignals.reduce(0) { $0 + occurrences(of: $1, in: body) }
        if multi >= 2 || body.includes(any: ["党委下设", "下设党支部"]) {
            return Decision(kind: .committee, because: words.multiBranchSignals.first { body.includes($0) } ?? "")
        }
        if !selfReport, let w = found(words.newsSignals, in: body) { return Decision(kind: .other, because: w) }
        return Decision(kind: .report, because: "")
    }

    /// "各党支部：", "区委第四巡察组:": a letter's addressee on the first line.
    static func addressee(_ line: String) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard let last = t.last, last == "：" || last == ":", t.count <= 20, !t.includes("，"), !t.includes(",") else { return nil }
        let name = String(t.dropLast())
        return name.hasSuffix("组") || name.hasSuffix("部") || name.hasSuffix("委") || name.hasSuffix("支部") || name.hasPrefix("各")
            || name.hasSuffix("党委") || name.hasSuffix("领导") ? name : nil
    }

    static func occurrences(of word: String, in text: String) -> Int {
        var n = 0
        var from = 0
        while let at = text.byteOffset(of: word, from: from) {
            n += 1
            from = at + word.utf8.count
        }
        return n
    }
}
