import Foundation
import HuizongKnowledge
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
    /// `hasProblems`: the parser found a problems section or problem items; the weak signals of news and
    /// talks in the body (会上, 党课, 总结) count only where it found none.
    /// `namesABranch`: the whole text (or the file's folder) names a branch-level organisation; a text that names none is
    /// not a branch's report. `further`: the paragraphs after the opening, where the voice of a text that names no
    /// branch is heard (its opening may be headings and a first item).
    /// `closing`: the last lines, where a news item names who wrote it ("（供稿：老干部党总支）").
    public static func classify(title: String?, opening: [String], further: [String] = [], closing: [String] = [],
                                hasProblems: Bool = false, namesABranch: Bool = true,
                                words: ReadingWords = Knowledge.shipped.reading) -> Decision {
        let text = Text(title: title ?? "", opening: opening.map { withoutOthersSelves($0, words: words) },
                        further: further.map { withoutOthersSelves($0, words: words) },
                        closing: closing, hasProblems: hasProblems, namesABranch: namesABranch, words: words)
        // The rules in order, the first that speaks deciding: what the title says, who signs as its writer, how the
        // text opens, whose voice it is, then what the body speaks of.
        if let decided = text.byTitle() { return decided }
        if let credited = text.branchCredit {
            // A member's or a team's material credited to its branch is still theirs.
            if let voice = text.byVoice(), voice.kind == .individual || voice.kind == .leadership { return voice }
            return credited
        }
        return text.byOpening() ?? text.byVoice() ?? text.byBody() ?? Decision(kind: .report, because: "")
    }

    /// "（供稿：老干部党总支）": a branch credited as the writer of an account of its own meeting; its own material.
    static func byCredit(_ lines: [String], words: ReadingWords) -> Decision? {
        for line in lines {
            guard let (w, value) = creditLine(line, words: words), let name = ProseFacts.branchName(in: value, words: words),
                  isBranch(name), value.count <= name.count + 4 else { continue }
            return Decision(kind: .report, because: w + "（" + name + "）")
        }
        return nil
    }

    /// "撰稿、摄影：……", "（供稿：……）": a line that opens with a news item's credit and a colon soon after; the
    /// credit word and what follows the colon.
    static func creditLine(_ line: String, words: ReadingWords) -> (String, String)? {
        let t = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "（）()【】")))
        guard let w = words.newsCredits.first(where: { t.hasPrefix($0) }),
              let colon = t.prefix(8).firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        return (w, String(t[t.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
    }

    /// A file's title and opening, and what follows from them, as the rules read them.
    struct Text {
        let title: String
        let opening: [String]
        /// The title, the first three and the last lines: where a news item credits its writer.
        let credits: [String]
        /// A branch credited as the writer ("供稿：XX党支部"): its own account (`byCredit`).
        let branchCredit: Decision?
        /// The opening and the paragraphs after it, up to 1,500 characters.
        let voice: String
        let hasProblems: Bool
        let namesABranch: Bool
        let words: ReadingWords
        /// The title and the first three paragraphs' openings; the whole opening.
        let head: String
        let body: String
        /// The title names a self-examination (对照检查材料 …): most rules that would call it something else yield.
        let selfReport: Bool
        /// The text speaks of the branch as its own (我支部, 我院党支部): news and summary words yield.
        let branchSpeaks: Bool

        init(title: String, opening: [String], further: [String], closing: [String] = [], hasProblems: Bool, namesABranch: Bool,
             words: ReadingWords) {
            self.title = title
            self.opening = opening
            credits = [title] + opening.prefix(3) + closing
            branchCredit = DocumentKind.byCredit(credits, words: words)
            voice = String((opening + further).joined(separator: "\n").prefix(1_500))
            self.hasProblems = hasProblems
            self.namesABranch = namesABranch
            self.words = words
            head = ([title] + opening.prefix(3).map { String($0.prefix(400)) }).joined(separator: "\n")
            body = opening.joined(separator: "\n")
            selfReport = title.includes(any: words.selfReportTitleWords)
            branchSpeaks = DocumentKind.speaksAsTheBranch(voice, words: words)
        }

        /// An other-kind title word that does not decide: one a branch's own material carries, where the branch speaks.
        func othersWord(in text: String) -> String? {
            guard let w = found(words.otherTitleWords, in: text) else { return nil }
            return branchSpeaks && words.branchOwnTitleWords.contains(w) ? nil : w
        }

        func found(_ list: [String], in text: String) -> String? { list.first { text.includes($0) } }

        /// Notices, plans, committee documents, articles and work summaries, by their titles.
        func byTitle() -> Decision? {
            // "……对照检查材料怎么写？": a guide to writing one.
            if let w = found(words.guideTitleWords, in: title) { return Decision(kind: .other, because: w) }
            if !selfReport, let w = found(words.noticeTitleWords, in: title) { return Decision(kind: .notice, because: w) }
            // "关于所属党支部……查摆问题整改情况的报告": about the branches under the writer, a committee's.
            if let w = found(words.manyBranchesTitleWords, in: title) { return Decision(kind: .committee, because: w) }
            // "……查摆问题的整改方案": a plan about the problems (的 between them); "对照检查材料及整改方案" is the report.
            let trimmedTitle = title.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            let aboutProblems = words.selfReportTitleWords.compactMap { title.range(of: $0)?.upperBound }.max()
                .map { title[$0...].hasPrefix("的") } ?? false
            if let w = selfReport ? (aboutProblems ? words.planTitleWords.first(where: { trimmedTitle.hasSuffix($0) }) : nil)
                                  : found(words.planTitleWords, in: title) {
                return Decision(kind: .plan, because: w)
            }
            if let w = found(words.committeeTitleWords, in: title), !selfReport { return Decision(kind: .committee, because: w) }
            // "基层党组织……查摆问题及整改措施汇总表" opening "……各党组织……": a committee's summary of many branches' lists.
            if selfReport, !title.includes(any: ["支部", "总支"]), let w = found(words.committeeTitleWords, in: title),
               let many = found(words.multiBranchSignals, in: body),
               ProseFacts.branchName(in: String(body.prefix(120)), words: words) == nil {
                return Decision(kind: .committee, because: w + "（" + many + "）")
            }
            // "某集团：三个“突出”促进支部建设提质": a news headline after the organisation's name.
            if !selfReport, let org = newsHeadlineSource(title) { return Decision(kind: .other, because: org + "：") }
            // "本文结合……", "笔者认为": an article about branches, not one's own material; "撰稿：……": a news item.
            // A branch credited as the writer ("供稿：XX党支部") is no one else's news (`branchCredit`).
            if !selfReport, let w = found(words.articleSignals, in: head) ?? (branchCredit == nil ? credit(in: credits, words: words) : nil) {
                return Decision(kind: .other, because: w)
            }
            // "XX党支部2023年度工作总结", or "医院党建工作总结" opening "……医院党支部在……": the branch's own material.
            // A 党委's work summary is a committee document.
            if let w = found(words.workReportTitleWords, in: title), !title.includes(any: ["个人", "书记", "班子"]),
               let org = writer(in: title, words: words) ?? writer(in: String(body.prefix(120)), words: words) {
                return Decision(kind: isBranch(org) ? .report : .committee, because: w + "（" + org + "）")
            }
            return nil
        }

        /// "某集团：标题": the organisation before a colon in a title whose rest names no material read out (报告,
        /// 材料 …); a branch's name before it ("XX党支部：……") is the branch's own.
        func newsHeadlineSource(_ title: String) -> String? {
            guard let colon = title.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
            let org = String(title[..<colon]).trimmingCharacters(in: .whitespaces)
            let rest = title[title.index(after: colon)...]
            guard (4...20).contains(org.count), !org.contains(where: { $0.isPunctuation || $0.isASCII && $0.isNumber }), !isBranch(org),
                  words.organisationEndings.contains(where: { org.hasSuffix($0) }),
                  rest.count >= 6, !rest.includes(any: words.reportTitleNouns) else { return nil }
            return org
        }

        /// A letter's addressee, or a news item's opening verb.
        func byOpening() -> Decision? {
            // A letter: to the branches (a committee's), or to someone else (a talk opens 各位同志：).
            // A letter to the branches is a committee's; "各位领导：" opens a talk; a unit's account to a team sent to
            // inspect it ("区委第四巡察组：") is neither. A report sent up ("机关党委：", "区委组织部：") may be anyone's: the
            // rules below say whose it is.
            if !selfReport, let addressee = addressee(opening.first ?? title) {
                let talk = addressee.includes("各位") || addressee.hasPrefix("尊敬")
                if talk || addressee.includes(any: words.inspectionTeams) { return Decision(kind: .other, because: addressee) }
                if addressee.hasPrefix("各") { return Decision(kind: .committee, because: addressee) }
            }
            // "刚才，班子成员作了对照检查……": a talk at the meeting.
            if !selfReport, let w = words.talkOpenings.first(where: { (opening.first ?? "").hasPrefix($0) }) {
                return Decision(kind: .other, because: w)
            }
            if !selfReport, !branchSpeaks, !title.includes(any: words.reportTitleNouns), let verb = newsOpening(opening.first ?? "", words: words) {
                return Decision(kind: .other, because: verb)
            }
            return nil
        }

        /// A member's, a team's or a meeting's: who speaks, and of which meeting.
        func byVoice() -> Decision? {
            // "……党支部书记……个人对照检查材料" is the secretary's own; "……党支部……述职" may be the branch's.
            if let w = found(words.individualTitleWords, in: title), !title.includes("班子"), w == "个人" || !title.includes("支部") {
                return Decision(kind: .individual, because: w)
            }
            if let w = othersWord(in: title), !selfReport { return Decision(kind: .other, because: w) }
            if let w = writersOwn(words.individualSignals, in: head, words: words) ?? speaksAsOnePerson(head, words: words),
               !title.includes(any: ["支部", "班子"]) {
                return Decision(kind: .individual, because: w)
            }
            // A report on how the meetings went, by a committee; a branch's own report on its meeting is its material.
            if !selfReport, !title.includes("支部"), let w = found(words.meetingReportTitleWords, in: title),
               ProseFacts.branchName(in: String(body.prefix(120)), words: words) == nil,
               title.includes(any: ["召开情况", "会议情况"]) || title.includes(any: ["组织生活会", "民主生活会", "民主评议"]) {
                return Decision(kind: .committee, because: w)
            }
            // 民主生活会 is the leadership team's meeting: its material is a team's, or (above) a member's.
            if title.includes("民主生活会") || (title.isEmpty && head.includes("民主生活会")) {
                // "市妇联党组书记……民主生活会……发言提纲": one member's.
                if let w = found(words.personTitleWords, in: title), !title.includes("班子") { return Decision(kind: .individual, because: w) }
                return Decision(kind: .leadership, because: "民主生活会")
            }
            if !title.includes("支部"), let w = found(words.leadershipTitleWords, in: title) { return Decision(kind: .leadership, because: w) }
            if title.isEmpty, let w = seeksTeamsProblems(opening.first ?? "") { return Decision(kind: .leadership, because: w) }
            // "XX党支部召开……组织生活会": news of a meeting, not the material read at it.
            if !selfReport, title.includes("召开"), !title.includes(any: words.reportTitleNouns) { return Decision(kind: .other, because: "召开") }
            // First person singular all through, or the text's first sentence said by 我 ("我始终把抓党建……"): a member's
            // own material, whatever its title says.
            if !title.includes(any: ["支部", "班子"]),
               firstPersonSingular(body, words: words) >= 3 || opensInFirstPerson(opening, words: words) {
                return Decision(kind: .individual, because: "我")
            }
            return nil
        }

        /// "……认真查找镇领导班子存在的问题": the phrase, when no 支部/支委 stands just before it (a branch's own committee).
        func seeksTeamsProblems(_ paragraph: String) -> String? {
            for phrase in words.teamProblemPhrases {
                guard let r = paragraph.range(of: phrase) else { continue }
                let before = paragraph[..<r.lowerBound].suffix(3)
                if !before.contains("支") { return phrase }
            }
            return nil
        }

        /// Several branches, news, a team with no branch: what the body speaks of.
        func byBody() -> Decision? {
            // Several branches spoken of: a committee's document, unless the title is a branch's own report.
            let ownReport = selfReport || ProseFacts.branchName(in: title, words: words) != nil
            let multi = words.multiBranchSignals.reduce(0) { $0 + occurrences(of: $1, in: body) }
            if !ownReport, multi >= 2 || namesItsBranches(body, words: words) {
                return Decision(kind: .committee, because: words.multiBranchSignals.first { body.includes($0) } ?? "")
            }
            if !selfReport, let w = words.newsSignals.first(where: { reported($0, in: body, words: words) }) {
                return Decision(kind: .other, because: w)
            }
            // With no title, such a word in the body is what was done ("学习……重要讲话精神"), not what the text is, where
            // the branch speaks of itself.
            if !selfReport, !hasProblems, !branchSpeaks, title.isEmpty, let w = found(words.otherTitleWords, in: String(body.prefix(300))) {
                return Decision(kind: .other, because: w)
            }
            // No title, a team that speaks of its 班子 and its 党委/党组, and no branch: a leadership team's material.
            if title.isEmpty, occurrences(of: "班子", in: body) >= 2, body.includes(any: ["党委", "党组", "党工委"]), !body.includes("支部") {
                return Decision(kind: .leadership, because: "班子")
            }
            // Nothing names a branch: a team's or an office's material, not a branch's (a branch's report names it in its
            // title or its first lines; a file in a branch's subfolder is named by the folder and kept).
            if !selfReport, !namesABranch {
                if occurrences(of: "班子", in: body) >= 1 { return Decision(kind: .leadership, because: "班子") }
                // "对待群众……没有合理调整自己的情绪": one person writing of himself.
                if firstPersonSingular(voice, words: words) + occurrences(of: "自己", in: voice) >= 3 { return Decision(kind: .individual, because: "自己") }
                return Decision(kind: .other, because: "")
            }
            return nil
        }
    }

    /// "可其本人并不在意": 本人 of someone the text speaks of is dropped, so only the writer's own counts.
    static func withoutOthersSelves(_ text: String, words: ReadingWords) -> String {
        guard text.includes("本人") else { return text }
        // "尤其本人": 其 of a conjunction leaves the writer's own 本人.
        let kept = words.selfConjunctions.reduce(text) { $0.replacingOccurrences(of: $1 + "本人", with: $1 + "\u{1}") }
        return words.othersBeforeSelf.reduce(kept) { $0.replacingOccurrences(of: $1 + "本人", with: $1) }
            .replacingOccurrences(of: "\u{1}", with: "本人")
    }

    /// The first of `signals` the writer says of himself: "刘某同志……作个人对照检查发言" reports another's.
    static func writersOwn(_ signals: [String], in text: String, words: ReadingWords) -> String? {
        signals.first { signal in
            guard text.includes(signal) else { return false }
            var from = text.startIndex
            while let r = text.range(of: signal, range: from..<text.endIndex) {
                if !namesSomeone(clause(before: r, in: text, reach: 30), words: words) { return true }
                from = r.upperBound
            }
            return false
        }
    }

    /// The text before `r` back to the last comma or stop, at most `reach` characters.
    static func clause(before r: Range<String.Index>, in text: String, reach: Int) -> String {
        let window = text[..<r.lowerBound].suffix(reach)
        return String(window.lastIndex(where: { "，,。；;\n".contains($0) }).map { window[window.index(after: $0)...] } ?? window)
    }

    /// "王某同志代表……": the clause has a third person as its subject; not "同志们", "王某同志的帮助".
    static func namesSomeone(_ clause: String, words: ReadingWords) -> Bool {
        words.thirdPersonMarkers.contains { marker in
            var from = clause.startIndex
            while let r = clause.range(of: marker, range: from..<clause.endIndex) {
                let next = clause[r.upperBound...].prefix(1)
                if !words.notThirdPersonFollowers.contains(where: { next.hasPrefix($0) }) { return true }
                from = r.upperBound
            }
            return false
        }
    }

    /// "撰稿、摄影：……", "供稿：……": a line that opens with a news item's credit and a colon soon after.
    static func credit(in lines: [String], words: ReadingWords) -> String? {
        lines.lazy.compactMap { creditLine($0, words: words)?.0 }.first
    }

    /// "作为乡党委书记，……": the writer names the post he holds. Returns the words that say it.
    static func speaksAsOnePerson(_ text: String, words: ReadingWords) -> String? {
        var from = text.startIndex
        while let r = text[from...].range(of: "作为") {
            let after = text[r.upperBound...].prefix(12)
            // "支部书记作为“一把手”，": the text speaks of the secretary; the writer is not he.
            let before = text[..<r.lowerBound].suffix(4)
            if words.personTitleWords.contains(where: { before.hasSuffix($0) }) { from = r.upperBound; continue }
            // "作为“一把手”，": the post may stand in quotes.
            if let comma = after.firstIndex(where: { $0 == "，" || $0 == "," }),
               let post = words.personTitleWords.first(where: { after[..<comma].filter({ !"“”\"".contains($0) }).hasSuffix($0) }),
               post != "同志" {
                return String(text[r.lowerBound..<comma])
            }
            from = r.upperBound
        }
        return nil
    }

    /// "4月1日下午，XX党支部在……召开……", "近日，……举行……": the opening of a news item about a meeting, not a
    /// branch's own account ("我支部于……召开"). Returns the verb that decided it.
    static func newsOpening(_ first: String, words: ReadingWords) -> String? {
        let sentence = String(first.prefix { $0 != "。" }.prefix(80))
        // "……对市园林管理处开展了巡察。……现将巡察整改情况予以公布。": a unit's own account, not news of it.
        guard let verb = words.newsOpeningVerbs.first(where: { sentence.includes($0) }),
              !sentence.includes(any: words.ownBranchWords), !first.includes(any: words.ownAccountWords) else { return nil }
        let lead = sentence.prefix(12)
        let dated = words.newsDateWords.contains { lead.hasPrefix($0) } || startsWithDate(String(lead))
        return dated || datedLater(sentence) ? verb : nil
    }

    /// "按照……安排，2024年11月20日，……" or "……党支部于2024年11月20日……": the date opens a later clause of the sentence,
    /// or follows 于.
    static func datedLater(_ sentence: String) -> Bool {
        let clauses = sentence.split(whereSeparator: { "，,".contains($0) }).dropFirst()
        if clauses.contains(where: { startsWithDate(String($0.prefix(12))) }) { return true }
        var from = sentence.startIndex
        while let r = sentence[from...].firstIndex(of: "于") {
            let after = sentence.index(after: r)
            if startsWithDate(String(sentence[after...].prefix(12))) { return true }
            from = after
        }
        return false
    }

    /// "4月1日", "2025年2月28日", "二〇二五年三月五日" at the very start.
    static func startsWithDate(_ text: String) -> Bool {
        let digits = Set("0123456789０１２３４５６７８９〇一二三四五六七八九十")
        var sawMonth = false
        for c in text {
            if digits.contains(c) || c == " " { continue }
            if c == "年", !sawMonth { continue }
            if c == "月" { sawMonth = true; continue }
            return c == "日" && sawMonth
        }
        return false
    }

    /// The first organisation word a text names ("党支部", "党总支", "党委" …), the longest at its place.
    static func firstOrganisation(in text: String, words: ReadingWords) -> String? {
        let found = words.orgSuffixes.compactMap { w in firstNotSuperior(w, in: text, words: words).map { (at: $0, word: w) } }
        return found.min { $0.at != $1.at ? $0.at < $1.at : $0.word.utf8.count > $1.word.utf8.count }?.word
    }

    /// Where `org` first occurs as something other than the writer's superior ("在上级党委的正确领导下").
    static func firstNotSuperior(_ org: String, in text: String, words: ReadingWords) -> Int? {
        let utf8 = Array(text.utf8)
        var from = 0
        while let at = text.byteOffset(of: org, from: from) {
            let before = String(decoding: utf8[max(0, at - 9)..<at], as: UTF8.self)
            let end = at + org.utf8.count
            // "在街道党工委和社区党委的坚强领导下": after a second organisation joined by 和, the phrase comes later.
            let after = String(decoding: utf8[end..<min(utf8.count, end + 36)], as: UTF8.self)
            if !words.superiorMarkers.contains(where: { before.hasSuffix($0) }),
               !words.superiorPhrases.contains(where: { after.hasPrefix($0) || ("和、及".contains(after.first ?? " ") && after.includes($0)) }) {
                return at
            }
            from = end
        }
        return nil
    }

    /// A news signal the text reports ("会议要求，各支部……"), not one it cites ("根据会议要求，").
    static func reported(_ signal: String, in text: String, words: ReadingWords) -> Bool {
        let text = String(text.prefix(2_000))
        var from = text.startIndex
        while let r = text.range(of: signal, range: from..<text.endIndex) {
            // The clause before it: "根据镇党委会议要求".
            if !clause(before: r, in: text, reach: 20).includes(any: words.citingWords) { return true }
            from = r.upperBound
        }
        return false
    }

    /// "党委下辖六个党支部", "下设党支部12个": the text names its branches by number. "……是镇党委下辖的农村党支部"
    /// is a branch saying where it belongs.
    static func namesItsBranches(_ text: String, words: ReadingWords) -> Bool {
        words.committeeStructureWords.contains { w in
            guard let r = text.range(of: w) else { return false }
            if w.hasSuffix("党支部") { return true }
            return text[r.upperBound...].prefix(2).contains { $0.isNumber || "一二三四五六七八九十两几".contains($0) }
        }
    }

    /// The organisation a text names as its writer: its first organisation word, unless that is a branch
    /// named by no name ("基层党支部建设", "各党支部"), which are what a committee writes about.
    static func writer(in text: String, words: ReadingWords) -> String? {
        guard let org = firstOrganisation(in: text, words: words) else { return nil }
        if isBranch(org), ProseFacts.branchName(in: text, words: words) == nil { return nil }
        return org
    }

    static func isBranch(_ org: String) -> Bool { org.includes("支部") || org.includes("总支") }

    /// "我支部", "本支部", "我院党支部", "我们社区党支部": the writer's own branch; not "我们各支部", not "我校各党支部".
    /// What is quoted ("王某表示：“我支部将……”") is someone's words reported, not the writer's.
    static func speaksAsTheBranch(_ text: String, words: ReadingWords) -> Bool {
        let text = withoutQuotes(text)
        if words.ownBranchWords.contains(where: { ($0.hasPrefix("我") || $0.hasPrefix("本")) && isBranch($0) && text.includes($0) }) {
            return true
        }
        let units = Set(words.collectiveAfterWo.compactMap(\.first))
        let chars = Array(text)
        for (i, c) in chars.enumerated() where c == "我" {
            let after = String(chars[(i + 1)..<min(chars.count, i + 9)])
            guard let r = after.range(of: "支部") ?? after.range(of: "总支") else { continue }
            // "我院党支部", "我们党支部", "我社区支部": at most a two-character unit between, none of `not_own_branch_units`
            // ("我镇农村党支部" is a committee's).
            var between = Substring(after[..<r.lowerBound])
            if between.hasPrefix("们") { between = between.dropFirst() }
            if between.hasSuffix("党") { between = between.dropLast() }
            // "我是支部书记", "我作为支部书记": a member speaking of his post; a unit follows 我 (`collective_after_wo`).
            if between.count <= 2, between.first.map(units.contains) ?? true, !between.contains(where: { $0.isPunctuation || $0.isWhitespace }),
               !between.includes(any: words.notOwnBranchUnits) {
                return true
            }
        }
        return false
    }

    /// The text without what stands in “…” or 「…」 (a quotation closed within 200 characters; an unclosed mark,
    /// as in “双争“, drops nothing).
    static func withoutQuotes(_ text: String) -> String {
        let chars = Array(text)
        var out = "", i = 0
        while i < chars.count {
            let close: Character? = chars[i] == "“" ? "”" : chars[i] == "「" ? "」" : nil
            if let close, let end = chars[(i + 1)..<min(chars.count, i + 201)].firstIndex(of: close) {
                i = end + 1
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// The first paragraph that is not a numbered heading starts with 我 for one person (not 我们, 我支部 …).
    static func opensInFirstPerson(_ opening: [String], words: ReadingWords) -> Bool {
        // "我总支现有党员……", a paragraph that names its branch: the branch speaking.
        guard let first = opening.first(where: { Marker.split($0) == nil }), !first.includes(any: words.branchLevelWords) else { return false }
        let t = Array(first.trimmingCharacters(in: .whitespaces).prefix(2))
        return t.first == "我" && t.count == 2 && !words.collectiveAfterWo.contains { $0.first == t[1] }
    }

    /// Times the text says 我 for one person: not 我们, 我支部, 我校, 我局 …
    static func firstPersonSingular(_ text: String, words: ReadingWords) -> Int {
        let collective = Set(words.collectiveAfterWo.compactMap(\.first))
        let chars = Array(text)
        var n = occurrences(of: "本人", in: text)
        for (i, c) in chars.enumerated() where c == "我" {
            if i + 1 < chars.count, collective.contains(chars[i + 1]) { continue }
            n += 1
        }
        return n
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
