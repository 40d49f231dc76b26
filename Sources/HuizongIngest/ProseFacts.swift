import Foundation
import HuizongKnowledge
import HuizongModel

/// Facts a branch writes in prose: who it is, the year, members, and the year's activity counts.
public enum ProseFacts {
    /// Canonical activity names with the ways reports write them (Data/activities.yaml). Longest alias wins.
    public static let activities: [(name: String, aliases: [String])] = Knowledge.shipped.activities.map { ($0.name, $0.aliases) }

    static let placeholderChars: Set<Character> = ["*", "＊", "x", "X", "×", "○"]

    /// Finds "召开支委会12次", "召开支委会 10 次", "谈心谈话60余人次", "集中学习**次": the count is nil when the
    /// report left a placeholder; `approximate` when it says 余/多 ("30余人次" counts 30).
    public static func activityCounts(_ text: String) -> [(name: String, count: Int?, raw: String, approximate: Bool)] {
        var out: [(String, Int?, String, Bool)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            // A number or placeholder run followed by 次/场/期/人次/条.
            let c = chars[i]
            guard c.isASCII && c.isNumber || placeholderChars.contains(c) else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII && chars[j].isNumber || placeholderChars.contains(chars[j]) { j += 1 }
            var u = j
            while u < chars.count, chars[u] == " " || chars[u] == "\u{3000}" { u += 1 }
            let approximate = u < chars.count && (chars[u] == "余" || chars[u] == "多")
            if approximate { u += 1 }
            if u < chars.count, chars[u] == "人", u + 1 < chars.count, chars[u + 1] == "次" { u += 1 }
            guard u < chars.count, "次场期条".contains(chars[u]) else { i = j; continue }
            let token = String(chars[i..<j])
            // Placeholders must be runs (x alone may be a word); digits must not be mixed with them.
            let isNumber = token.allSatisfy { $0.isASCII && $0.isNumber }
            let isPlaceholder = token.allSatisfy { placeholderChars.contains($0) }
            guard isNumber || isPlaceholder else { i = j; continue }
            var k = i
            while k > 0, chars[k - 1] == " " || chars[k - 1] == "\u{3000}" { k -= 1 }
            let end = k
            while k > 0, chars[k - 1].isHan { k -= 1 }
            let prefix = String(chars[k..<end])
            if let name = activityName(in: prefix) {
                out.append((name, isNumber ? Int(token) : nil, String(chars[k...u]), approximate))
            }
            i = u + 1
        }
        return out
    }

    static func activityName(in prefix: String) -> String? {
        var best: (String, Int)?
        for (name, aliases) in activities {
            for a in aliases where prefix.includes(a) {
                if best == nil || a.count > best!.1 { best = (name, a.count) }
            }
        }
        return best?.0
    }

    /// Unfilled placeholders: ** \*\* XX xxx ××× ＊ ○○.
    public static func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "*" || c == "＊" || c == "×" || c == "○" || c == "x" || c == "X" {
                var j = i
                while j < chars.count, chars[j] == c || (c == "x" && chars[j] == "X") || (c == "X" && chars[j] == "x") { j += 1 }
                let run = j - i
                let latin = c == "x" || c == "X"
                // A lone * or ＊ is a placeholder; x needs two and must not sit inside a Latin word.
                let beforeLatin = i > 0 && chars[i - 1].isASCII && chars[i - 1].isLetter
                let afterLatin = j < chars.count && chars[j].isASCII && chars[j].isLetter
                if (!latin && (run >= 1 && (c == "*" || c == "＊" || run >= 2))) || (latin && run >= 2 && !beforeLatin && !afterLatin) {
                    found.append(String(chars[i..<j]))
                }
                i = j
            } else {
                i += 1
            }
        }
        return found
    }

    /// The branch name from a title: everything up to 党支部/党总支/支部 (the 班子 after it dropped).
    public static func branchName(fromTitle title: String) -> String? {
        branchName(in: title, words: Knowledge.shipped.reading)
    }

    /// The branch a report is about: named in its title, else in its opening sentences; never a phrase that
    /// starts with a numbering mark, a date, 各/一些/下设…, and never one holding punctuation.
    /// `above`: the lines above the title; one that is only a name ("中共城西街道第二党支部") names the author.
    /// `closing`: the last lines, where a signature names the branch. It is used when nothing above names one, or
    /// names only "村党支部". `further`: the paragraphs after the opening, where a text that names its unit at the
    /// top (巡察组对柳溪三社区进行了巡察) names its branch only once its account has begun (柳溪三社区党总支高度重视);
    /// taken last, and only a name whose unit the title or opening named (a sentence's words run into a suffix,
    /// "增强党支部", "以社区党支部", name none).
    public static func branchName(title: String?, opening: [String], above: [String] = [], closing: [String] = [],
                                  further: [String] = [], words: ReadingWords = Knowledge.shipped.reading) -> String? {
        let found = namedAtTop(title: title, opening: opening, above: above, words: words)
        if let found, !isGeneric(found, words: words) { return found }
        for line in closing.reversed() { if let name = wholeLineName(line, words: words) { return name } }
        if let found { return found }
        let top = ([title ?? ""] + opening).joined(separator: "\n")
        // "我支部与柳溪社区结对共建": a text that speaks as its own unnamed branch names others further on.
        guard !DocumentKind.speaksAsTheBranch(top, words: words) else { return nil }
        for p in further {
            guard let name = branchName(in: String(p.prefix(160)), words: words), !isGeneric(name, words: words),
                  let suffix = words.orgSuffixes.first(where: { name.hasSuffix($0) }) else { continue }
            let unit = String(name.dropLast(suffix.count))
            if unit.count >= 3, !unit.includes(any: words.orgSuffixes), standsAtTop(unit, in: top) { return name }
        }
        return nil
    }

    /// The unit stands in the title or opening, whole or by its last four characters or more ("青禾市园林管理处"
    /// below, "市园林管理处" above).
    static func standsAtTop(_ unit: String, in top: String) -> Bool {
        let chars = Array(unit)
        return (0...max(0, chars.count - 4)).contains { top.contains(String(chars[$0...])) }
    }

    /// "辖属12个社区党支部", "十二个村党支部": a figure and a counter (`name_count_counters`) count branches; no name
    /// holds one (业务一处党支部 is a name).
    static func holdsACount<S: StringProtocol>(_ stem: S, words: ReadingWords) -> Bool {
        let counters = Set(words.nameCountCounters.compactMap(\.first))
        return zip(stem, stem.dropFirst()).contains { a, b in (a.isNumber || Marker.chineseDigits.contains(a)) && counters.contains(b) }
    }

    /// "村党支部", "社区支部": a name that says what kind of branch wrote, not which one (`generic_name_stems`).
    public static func isGeneric(_ name: String, words: ReadingWords = Knowledge.shipped.reading) -> Bool {
        words.genericNameStems.contains { name.hasPrefix($0) && words.orgSuffixes.contains(String(name.dropFirst($0.count))) }
    }

    static func namedAtTop(title: String?, opening: [String], above: [String], words: ReadingWords) -> String? {
        if let title, let name = branchName(in: title, words: words) {
            // "中共沙河县医疗保障局" / "机关支部委员会2024年度……": a title that broke its author's name over two lines.
            if title.hasPrefix(name), let line = above.last, line.hasPrefix("中共"), line.count <= 24,
               !line.contains(where: { $0.isPunctuation || $0.isWhitespace }), branchName(in: line, words: words) == nil,
               !(words.orgSuffixes + words.committeeSuffixes + ["委员会"]).contains(where: { line.hasSuffix($0) }) {
                return String(line.dropFirst(2)) + name   // without 中共, as every other name is given
            }
            return name
        }
        for line in above { if let name = wholeLineName(line, words: words) { return name } }
        for p in opening {
            if let name = branchName(in: String(p.prefix(160)), words: words) { return name }
        }
        return nil
    }

    /// A line that is the name and nothing else ("中共城西街道第二党支部"), not a page's breadcrumb.
    static func wholeLineName(_ line: String, words: ReadingWords) -> String? {
        guard line.count <= 30, !line.contains(where: { $0.isPunctuation || $0.isWhitespace || $0 == ":" }),
              let name = branchName(in: line, words: words), line.hasSuffix(name), line.count - name.count <= 2 else { return nil }
        return name
    }


    static func branchName(in text: String, words: ReadingWords) -> String? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard let suffix = words.orgSuffixes.first(where: { chars.holds($0, at: i) }) else { i += 1; continue }
            let end = i + suffix.count
            var k = i
            while k > 0, isNameCharacter(chars[k - 1]), i - k < 24 { k -= 1 }
            let run = String(chars[k..<end])
            // A run that starts with a numbering mark ("一是社区原没有支部") is a sentence, not a name.
            guard Marker.split(run) == nil else { i = end; continue }
            let name = cutAfterBreakers(run, keeping: suffix, breakers: words.nameBreakers)
            if let spoken = spokenName(name, suffix: suffix, words: words) { return spoken }
            let unnumbered = String(name.drop { $0.isASCII && !$0.isLetter })   // "1.1背景……": the numbering is not the name
            if let n = acceptable(unnumbered, suffix: suffix, words: words) { return n }
            i = end
        }
        return nil
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c.isHan || c == "×" || c == "x" || c == "X" || c == "*" || c == "＊" || c == "○" || c == "（" || c == "）"
            || (c.isASCII && c.isNumber) || c == "第"
    }


    static func cutAfterBreakers(_ name: String, keeping suffix: String, breakers: [String]) -> String {
        var n = name
        let stem = String(n.dropLast(suffix.count))
        var cut = stem.startIndex
        for b in breakers {
            var from = stem.startIndex
            while let r = stem[from...].range(of: b) {
                // 组织 inside 党组织 or 社区党组织 belongs to the suffix, not a verb.
                if r.upperBound > cut { cut = r.upperBound }
                from = r.upperBound
            }
        }
        if cut > stem.startIndex { n = String(stem[cut...]) + suffix }
        // A year and what follows it ("2022年度", "2025年") are not part of a name.
        if let r = n.range(of: #"[0-9０-９×xX*]{2,4}\s*年度?([上下]半年|第?[一二三四]季度)?"#, options: .regularExpression) { n = String(n[r.upperBound...]) }
        return n
    }

    /// "我们07园艺党支部": the branch naming itself after 我们 (`speaker_prefixes`) with a class code; its name is what
    /// follows, the code included. "我们社区党支部", "我们始终坚持党支部……" name none.
    static func spokenName(_ name: String, suffix: String, words: ReadingWords) -> String? {
        // "本学期我们……": what comes before the speaker is no part of the name.
        guard let r = words.speakerPrefixes.compactMap({ name.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound })
        else { return nil }
        let rest = String(name[r.upperBound...])
        // Only a class code right after 我们 says the name starts there; "我们始终坚持党支部……" is a sentence.
        guard let first = rest.first, first.isASCII, first.isLetter || first.isNumber else { return nil }
        return acceptable(rest, suffix: suffix, words: words)
    }

    static func acceptable(_ name: String, suffix: String, words: ReadingWords) -> String? {
        let stem = name.dropLast(suffix.count)
        guard stem.count >= 2 || (stem.count >= 1 && suffix.count >= 3) else { return nil }
        guard !words.notNameStarts.contains(where: { name.hasPrefix($0) }), Marker.split(name) == nil else { return nil }
        guard !stem.includes(any: words.notNameWords), !holdsACount(stem, words: words) else { return nil }
        // 党委/党工委/党组 name committees: only a branch-level name is a branch.
        if words.committeeSuffixes.contains(suffix) { return nil }
        if suffix == "党组织", !stem.includes(any: words.localOrganisationWords) { return nil }
        return name
    }

    /// The year a report is about: its 年度 in the title, else a 年度 in its opening sentences, else a year
    /// the title names. A year in the narrative ("2014年以来", a 换届 year) is not the report's year.
    public static func reportYear(title: String?, opening: [String], words: ReadingWords = Knowledge.shipped.reading) -> Int? {
        if let title, let y = yearBefore(["年度"], in: title) { return y }
        for p in opening {
            // "一、上年度组织生活会查摆问题整改情况" / "2022年度组织生活会支部共查摆……": last year's, from here on.
            let body = Marker.split(p)?.1 ?? p
            if words.previousMarkers.contains(where: { body.hasPrefix($0) }) { break }
            if let y = yearBefore(["年度"], in: String(p.prefix(200))) { return y }
        }
        if let title, let y = yearBefore(["年"] + words.titleYearFollowers, in: title) { return y }
        // "2018抓基层党建工作述职报告": a title that opens with a bare year.
        if let title, let (v, offset) = DeadlineParser.scanNumbers(title).first, offset == 0, (1990...2100).contains(v),
           title.dropFirst(4).first?.isHan == true {
            return v
        }
        return nil
    }

    /// The first year a line names ("2025年度", "2025 年"): for a ledger's title.
    public static func year(_ text: String) -> Int? { yearBefore(["年度", "年"], in: text) }

    static func yearBefore(_ units: [String], in text: String) -> Int? {
        let compact = DeadlineParser.arabicDates(text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{3000}", with: ""))
        for (v, offset) in DeadlineParser.scanNumbers(compact) where v >= 1990 && v <= 2100 {
            let after = compact.dropFirst(offset + 4)
            if units.contains(where: { after.hasPrefix($0) }) { return v }
        }
        return nil
    }

    public static func meetingKind(_ title: String) -> String {
        if title.includes("民主生活会") { return "民主生活会" }
        if title.includes("专题组织生活会") { return "专题组织生活会" }
        return "组织生活会"
    }

    /// "共有党员27名", "党员27人", "现有党员 27 名".
    public static func members(_ text: String) -> Int? {
        guard text.includes("党员") else { return nil }
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: "党员", range: search) {
            let after = text[r.upperBound...].prefix(8)
            let nums = DeadlineParser.scanNumbers(String(after))
            if let first = nums.first, first.offset <= 2 {
                let tail = after.dropFirst(first.offset + String(first.value).count).first
                if tail == "名" || tail == "人" { return first.value }
            }
            search = r.upperBound..<text.endIndex
        }
        return nil
    }

    /// "于2022年1月10日召开", "2026 年 1 月 20 日召开": only a date written out in full next to 召开 is a
    /// meeting date; numbers that merely stand near 召开 are not.
    public static func meetingDate(_ text: String) -> Day? {
        guard text.includes("召开") else { return nil }
        let compact = text.replacingOccurrences(of: " ", with: "")
        let chars = Array(compact)
        var i = 0
        while i + 4 < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            var j = i
            func number() -> Int? {
                var k = j
                while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
                defer { j = k }
                return k > j ? Int(String(chars[j..<k])) : nil
            }
            if let y = number(), j < chars.count, chars[j] == "年" {
                j += 1
                if let m = number(), j < chars.count, chars[j] == "月" {
                    j += 1
                    if let d = number(), j < chars.count, chars[j] == "日", let day = Day(year: y, month: m, day: d) {
                        let near = String(chars[max(0, i - 6)..<min(chars.count, j + 8)])
                        if near.includes("召开") { return day }
                    }
                }
            }
            i = max(j, i + 1)
        }
        return nil
    }

    /// "镇党委委员张某到会指导", "区委组织部派员列席": a higher committee at the meeting, as the clause says it.
    public static func guidance(_ text: String) -> String? {
        // Most paragraphs say none of it: look before splitting (this runs on every paragraph).
        guard text.includes(any: guidanceWords) else { return nil }
        for clause in text.split(whereSeparator: { "。；;，,".contains($0) }) where String(clause).includes(any: guidanceWords) {
            return clause.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static let guidanceWords = ["列席", "到会指导", "现场指导", "莅临指导", "全程指导", "督导"]

    /// "评议出优秀党员3名、合格党员20名、基本合格党员1名，无不合格党员", "参加评议党员24名".
    public static func appraisal(_ text: String) -> Appraisal? {
        guard text.includes("评议") || text.includes("优秀党员"), text.includes("合格") || text.includes("优秀") else { return nil }
        var t = text.replacingOccurrences(of: " ", with: "")
        var a = Appraisal()
        // Longest grade first, each taken out once read, so 合格 does not find 基本合格's number.
        for (label, key) in [("基本合格", \Appraisal.basicallyQualified), ("不合格", \Appraisal.unqualified), ("优秀", \Appraisal.excellent),
                             ("合格", \Appraisal.qualified)] {
            guard let r = t.range(of: label) else { continue }
            let after = String(t[r.upperBound...].prefix(8))
            if let n = DeadlineParser.scanNumbers(after).first, n.offset <= 3,
               after.dropFirst(n.offset + String(n.value).count).first.map({ "名人个".contains($0) }) == true {
                a[keyPath: key] = n.value
            } else if t[..<r.lowerBound].hasSuffix("无") || after.hasPrefix("党员0") {
                a[keyPath: key] = 0
            }
            t.replaceSubrange(r, with: "＿")
        }
        // "无基本合格和不合格党员": every grade the 无 clause names is zero.
        for clause in text.split(whereSeparator: { "，,。；;".contains($0) }) where clause.contains("无") {
            let after = clause[(clause.firstIndex(of: "无") ?? clause.startIndex)...]
            for (label, key) in [("基本合格", \Appraisal.basicallyQualified), ("不合格", \Appraisal.unqualified)]
            where after.contains(label) && a[keyPath: key] == nil { a[keyPath: key] = 0 }
        }
        if let r = text.range(of: "参加评议") ?? text.range(of: "参评"), let n = DeadlineParser.scanNumbers(String(text[r.upperBound...].prefix(10))).first,
           n.offset <= 4 {
            a.appraised = n.value
        }
        return a == Appraisal() ? nil : a
    }

    /// "应到27人，实到26人".
    public static func attendance(_ text: String) -> (Int, Int)? {
        guard text.includes("应到"), let a = text.rangeOf("应到"), let b = text.rangeOf("实到") else { return nil }
        guard let e = DeadlineParser.scanNumbers(String(text[a.upperBound...].prefix(6))).first,
              let p = DeadlineParser.scanNumbers(String(text[b.upperBound...].prefix(6))).first else { return nil }
        return (e.value, p.value)
    }

    /// "责任人：刘某" / "完成时限：2023年6月底前" / "整改状态：已完成" inside a measure.
    /// The value stops at punctuation and at the next label ("张三　完成时限：…" gives 张三); a value that is
    /// only a placeholder (×××, ＊＊) is no value: the placeholder warning says it was left unfilled.
    /// "由支部书记负责": the owner written into a measure's sentence, between an opener and a closer, with no
    /// punctuation inside.
    static func writtenOwner(_ text: String, words: ReadingWords) -> String? {
        let text = String(text.prefix(600))   // a measure's sentence; bounds the work on a runaway line
        for opener in words.ownerOpeners {
            var from = text.startIndex
            while let r = text[from...].range(of: opener) {
                from = r.upperBound
                // 由于, 由此: a cause, not an owner.
                if words.notOwnerOpenings.contains(where: { text[r.lowerBound...].hasPrefix($0) }) { continue }
                let rest = text[r.upperBound...].prefix(20)
                for closer in words.ownerClosers {
                    guard let c = rest.range(of: closer) else { continue }
                    // "由支部书记一人负责的做法": a way of working described, not who is responsible.
                    if rest[c.upperBound...].first == "的" { continue }
                    // "（基地负责人 程勇，……）": 负责人 names a post, it does not close an owner.
                    if rest[c.upperBound...].first == "人" { continue }
                    let owner = rest[..<c.lowerBound].trimmingCharacters(in: .whitespaces)
                    // "（组织委员 谢云负责）": a space only between a post and a name ("（每季度 支部书记负责）" is when
                    // and who, "（2026年6月底前 组织委员负责）" too).
                    let spaced = owner.contains { $0 == " " || $0 == "\u{3000}" }
                    if owner.count >= 2, owner.count <= 14,
                       owner.allSatisfy({ $0.isHan || $0.isLetter || $0.isNumber || $0 == "、" || $0 == " " || $0 == "\u{3000}" }),
                       !spaced || isPostAndName(owner, words: words),
                       !words.notOwnerEndings.contains(where: { owner.hasSuffix($0) }) {
                        return owner
                    }
                }
            }
        }
        return clauseOwner(text, words: words)
    }

    /// "……，法制员韩蕾负责。", "支部书记刘芳牵头，……": a clause that is only a post (and a name) and a closer.
    /// The post keeps manners out ("认真负责").
    static func clauseOwner(_ text: String, words: ReadingWords) -> String? {
        for clause in text.split(whereSeparator: { "，,。；;".contains($0) }) {
            guard clause.count <= 20 else { continue }
            let c = clause.trimmingCharacters(in: .whitespaces)
            guard c.count <= 18, c.includes(any: words.ownerClosers) else { continue }
            // "组织委员负责督促": a verb of two to four characters may follow the closer.
            for closer in words.ownerClosers {
                guard let r = c.rangeOf(closer) else { continue }
                let after = c[r.upperBound...]
                // "负责人" is a post, "负责制" and "负责的工作" describe; after a verb ("严格落实支部书记负责制",
                // "督促支部委员牵头抓总") who stands further in, so a post followed by a verb is short.
                let owner = c[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                guard after.isEmpty || ((2...4).contains(after.count) && after.allSatisfy(\.isHan) && !"的人".contains(after.first ?? " ")
                                        && owner.count <= 5) else { continue }
                if owner.count >= 2, owner.count <= 12, owner.allSatisfy({ $0.isHan || $0.isLetter || " ".contains($0) }),
                   owner.includes(any: words.ownerPostWords), !words.notOwnerEndings.contains(where: { owner.hasSuffix($0) }) {
                    return owner
                }
            }
        }
        return nil
    }

    /// "……。（保密员 何丽，2024年3月底）", "……——组织委员周洁，2024年11月", "……。支部委员会，2024年第三季度。": who
    /// and by when, closing the measure in a bracket, after a dash or as its last sentence; nil unless that part
    /// holds exactly a name (with its post) and a deadline.
    static func bracketedOwnerAndDeadline(_ text: String, words: ReadingWords = Knowledge.shipped.reading) -> (owner: String, deadline: String?)? {
        var t = text.trimmingCharacters(in: .whitespaces)
        while let last = t.last, "。；;".contains(last) { t.removeLast() }
        let inner: Substring
        // Only a bracket may hold a bare short name; the other forms must look like an owner (`isClosingOwner`).
        var strict = true, dashed = false
        if let close = t.last, close == "）" || close == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }) {
            inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
            strict = false
        } else if let dash = t.indices.last(where: { i in
            // "2025—2026年" is a span of years, not a dash before who and when.
            "—－".contains(t[i]) && !(i > t.startIndex && t[t.index(before: i)].isNumber && t.index(after: i) < t.endIndex
                                      && t[t.index(after: i)].isNumber)
        }) {
            inner = t[t.index(after: dash)...]
            dashed = true
        } else if let end = t.lastIndex(where: { "。；;".contains($0) }) {
            inner = t[t.index(after: end)...]
        } else {
            return nil
        }
        var parts = inner.split(whereSeparator: { "，,；;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        // "（支部书记王刚 2025年6月底）": who and when parted at the first space a deadline follows, so a date typed
        // with spaces ("2026 年 6 月底") stays whole.
        if parts.count == 1, let gap = parts[0].indices.first(where: { i in
            (parts[0][i] == " " || parts[0][i] == "\u{3000}")
                && DeadlineParser.reads(String(parts[0][i...]).trimmingCharacters(in: .whitespaces), ongoing: words.ongoingWords)
        }) {
            parts = [String(parts[0][..<gap]), String(parts[0][parts[0].index(after: gap)...])].map { $0.trimmingCharacters(in: .whitespaces) }
            strict = true
        }
        // "（支部书记 朱红负责，常态化开展）": the closer is not part of who ("（轮流负责，……）" names no one).
        if let who = parts.first { parts[0] = withoutCloser(who, words: words) }
        // "（支部书记：傅青）": the post is the label of the name.
        if let who = parts.first, let colon = who.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            let post = who[..<colon].trimmingCharacters(in: .whitespaces)
            let name = who[who.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // "（责任人：廖文杰，2026年上半年）": the label of who, then who.
            if words.ownerLabels.contains(post), namesWhoAlone(name, words: words) || namesOnly(name, words: words) {
                parts[0] = name
            } else {
                guard isPostAndName(post + " " + name, words: words) else { return nil }
                parts[0] = post + " " + name
            }
        }
        // "……2026年12月底前——村党支部书记 马永福", "长期坚持——马永福、杨春燕": after the dash only who, and the
        // clause before the dash when it is when.
        if dashed, parts.count == 1, let dash = t.indices.last(where: { "—－".contains(t[$0]) }) {
            let before = String(t[..<dash]).trimmingCharacters(in: CharacterSet(charactersIn: "—－ "))
            let clause = before.split(whereSeparator: { "。；;，,".contains($0) }).last.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            let when = dashedDeadline(clause, words: words)
            // Bare names ("——黄某、张某") only after a deadline: without one they may be heroes to learn from.
            if namesWhoAlone(parts[0], words: words) || (when != nil && namesOnly(parts[0], words: words)) { return (parts[0], when) }
        }
        if strict, let who = parts.first, !isClosingOwner(who, words: words) { return nil }
        // "（支委会）", "（组织委员 尹芳）": a closing bracket that only names who.
        if !strict, parts.count == 1, namesWhoAlone(parts[0], words: words) { return (parts[0], nil) }
        guard parts.count == 2, parts[0].count >= 2, parts[0].count <= 16,
              parts[0].allSatisfy({ $0.isHan || $0.isLetter || " \u{3000}、·".contains($0) }),
              DeadlineParser.reads(parts[1], ongoing: words.ongoingWords) else { return nil }
        // A post (with a name), or a name alone: "（试点先行，6月底前）" names a manner, not who.
        guard parts[0].includes(any: words.ownerPostWords) || (parts[0].count <= 3 && parts[0].allSatisfy(\.isHan)) else { return nil }
        return (parts[0], parts[1])
    }

    /// "2025年3月底前完成": a month, with its year, end or day, and a closer after it; the words as written.
    static func writtenDeadline(_ text: String, words: ReadingWords) -> String? {
        let date = #"([0-9０-９]{4}\s*年\s*)?[0-9０-９]{1,2}\s*月\s*(底|末|中旬|上旬|下旬|[0-9０-９]{1,2}\s*日)?|[0-9０-９]{4}\s*年\s*(底|末|上半年|下半年|第?[一二三四]季度)|年底|年末|上半年|下半年|第?[一二三四]季度"#
        let closers = words.deadlineClosers.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        guard !closers.isEmpty else { return nil }
        let text = String(text.prefix(600))
        // A date and a closer ("3月底前", "2026年一季度完成"); then "2023年内", "确保年内", which close themselves
        // ("一年内", "3年内" are spans, not dates).
        for pattern in ["(\(date))(\(closers))", #"[0-9０-９]{4}\s*年内|(?<![一二两三四五六七八九十0-9０-９个今明半几数全])年内"#] {
            var from = text.startIndex
            while let r = text.range(of: pattern, options: .regularExpression, range: from..<text.endIndex) {
                from = r.upperBound
                let before = String(text[..<r.lowerBound].suffix(4))
                // 已于……: done; 每年……: recurring; 6月前往, 3月前后: no deadline.
                if words.doneMarkers.contains(where: { before.hasSuffix($0) }) || before.includes(any: words.recurringMarkers) { continue }
                if words.notDeadlineWords.contains(where: { text[text.index(before: r.upperBound)...].hasPrefix($0) }) { continue }
                return String(text[r])
            }
        }
        // "……，长期坚持。", "（长期坚持）": a clause that says the measure has no end.
        for word in words.ongoingClauses {
            var at = text.startIndex
            while let r = text.range(of: word, range: at..<text.endIndex) {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                // "2020年1月起长期坚持": from a start, without end.
                let opens = before.map { "，,（(；;起".contains($0) } ?? true
                let closes = r.upperBound == text.endIndex || "。）)；;".contains(text[r.upperBound])
                // "（长期）" closes the measure; "对个别党员（长期）未按时交纳党费的" describes them.
                if let b = before, "（(".contains(b) {
                    let tail = r.upperBound < text.endIndex ? text[text.index(after: r.upperBound)...] : text[text.endIndex...]
                    if !tail.allSatisfy({ " 。；;".contains($0) }) { at = r.upperBound; continue }
                }
                if opens && closes { return word }
                at = r.upperBound
            }
        }
        return nil
    }

    /// `afterWei` decides whether a value after 为 (not a colon) is one: "责任人为宣传委员何芳" is an owner, "牵头为群众
    /// 解决……" is a verb phrase; without it 为 introduces no value.
    public static func labelled(_ text: String, labels: [String], stopAt others: [String] = [],
                                afterWei: (String) -> Bool = { _ in false },
                                words: ReadingWords = Knowledge.shipped.reading) -> String? {
        // Every place a label stands: "牵头完成调研" before "（牵头：……）" is a verb, not the label.
        for label in labels {
            var from = text.startIndex
            while let r = text.range(of: label, range: from..<text.endIndex) {
                from = r.upperBound
                guard let (value, wei) = labelValue(text, at: r, label: label, stopAt: others, words: words) else { continue }
                if !wei || afterWei(value) { return value }
            }
        }
        return nil
    }

    /// An owner as a closing form writes it: a post or a unit at the end, or a name of two or three characters
    /// after the post that starts with a surname ("组织委员白桦"; not "书记讲党课", "其中", "预计").
    /// What a closing bracket may hold as who with nothing else: a post and a name ("组织委员 尹芳"), or a short post
    /// or unit with no space in it ("支委会"; "长期坚持 组织委员" is when and who).
    static func namesWhoAlone(_ text: String, words: ReadingWords) -> Bool {
        isPostAndName(text, words: words)
            || (!text.contains { $0 == " " || $0 == "\u{3000}" } && text.count <= 10 && isClosingOwner(text, words: words))
    }

    /// The clause before a closing dash as a deadline only when it is one by itself: a dated closer
    /// ("2026年12月底前"), a short date, or an ongoing phrase alone ("长期坚持"); not "开展2次谈心谈话".
    static func dashedDeadline(_ clause: String, words: ReadingWords) -> String? {
        if let d = writtenDeadline(clause, words: words) { return d }
        if words.ongoingWords.contains(clause) { return clause }
        let dated = clause.count <= 12 && clause.includes(any: ["年", "月", "季度"]) && !clause.hasPrefix("每")
            && clause.allSatisfy { $0.isNumber || "年月日底末前上下半季度第一二三四内止".contains($0) }
        return dated && DeadlineParser.reads(clause, ongoing: words.ongoingWords) ? clause : nil
    }

    /// "马永福、杨春燕": names of two or three characters that start with a surname, and nothing else.
    static func namesOnly(_ text: String, words: ReadingWords) -> Bool {
        let names = text.split(separator: "、")
        return !names.isEmpty && names.allSatisfy { n in
            (2...3).contains(n.count) && n.allSatisfy(\.isHan) && words.surnames.contains { n.hasPrefix($0) }
        }
    }

    /// "支部书记负总责", "宣传委员于静牵头": who, without the words that say he answers for it.
    static func withoutCloser(_ owner: String, words: ReadingWords) -> String {
        guard let closer = words.ownerClosers.sorted(by: { $0.count > $1.count }).first(where: { owner.hasSuffix($0) }) else { return owner }
        let rest = String(owner.dropLast(closer.count)).trimmingCharacters(in: .whitespaces)
        // "支部书记总负责" keeps its words: "支部书记总" names no one.
        return namesWhoAlone(rest, words: words) || isClosingOwner(rest, words: words) ? rest : owner
    }

    /// "组织委员 谢云": a post, a space, and a name of two or three characters that starts with a surname.
    static func isPostAndName(_ owner: String, words: ReadingWords) -> Bool {
        let parts = owner.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard parts.count == 2, let post = parts.first, let name = parts.last else { return false }
        return words.ownerPostWords.contains(where: { post.hasSuffix($0) }) && (2...3).contains(name.count)
            && name.allSatisfy(\.isHan) && words.surnames.contains { name.hasPrefix($0) }
    }

    static func isClosingOwner(_ owner: String, words: ReadingWords) -> Bool {
        let o = owner.filter { $0 != " " && $0 != "\u{3000}" && $0 != "·" }
        guard o.count >= 2, o.count <= 16, o.allSatisfy({ $0.isHan || $0 == "、" }) else { return false }
        return o.split(separator: "、").allSatisfy { part in
            let p = String(part)
            if words.ownerPostWords.contains(where: { p.hasSuffix($0) }) || words.ownerUnitEndings.contains(where: { p.hasSuffix($0) }) {
                return true
            }
            guard let post = words.ownerPostWords.compactMap({ p.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound })
            else { return false }
            let name = p[post.upperBound...]
            return (2...3).contains(name.count) && words.surnames.contains { name.hasPrefix($0) }
        }
    }

    /// The value after one occurrence of a label (and whether 为 introduced it), or nil when it is not followed by a
    /// colon or 为 (or set after a dash) or holds only a placeholder.
    static func labelValue(_ text: String, at r: Range<String.Index>, label: String, stopAt others: [String],
                           words: ReadingWords = Knowledge.shipped.reading) -> (String, Bool)? {
        var rest = text[r.upperBound...]
        // "——责任人王某": after a dash the label needs no colon.
        let dashed = text[..<r.lowerBound].last.map { "—-－".contains($0) } == true && rest.first?.isHan == true
        // "责任人为宣传委员何芳": 为 stands for the colon; "责任人——王某": a dash does too, after a label of a person
        // that opens its clause (not "压缩办理时限——由5个工作日……", "支委牵头——全员参与").
        let opensClause = text[..<r.lowerBound].last.map { "，,。；;（( \u{3000}\n".contains($0) } ?? true
        let dashSep = opensClause && (label.hasSuffix("人") || label.hasSuffix("领导"))
        guard let sep = rest.first, "：:为".contains(sep) || ("—－".contains(sep) && dashSep) || dashed else { return nil }
        if !dashed || "：:为—－".contains(sep) {
            rest = sep == "为" ? rest.dropFirst() : rest.drop { "：:—－".contains($0) }
        }
        rest = rest.drop { $0 == " " || $0 == "\u{3000}" }
        // A value is short: looking no further than 60 characters keeps a long line of labels linear.
        let window = rest.prefix(60)
        var value = String(window.prefix { !"，,；;。\n（(）)".contains($0) })
        // "组织委员（吴敏）": the name in a bracket after the post belongs to the value.
        let after = window.dropFirst(value.count)
        if let open = after.first, "（(".contains(open), let close = after.firstIndex(where: { "）)".contains($0) }) {
            let inner = after[after.index(after: after.startIndex)..<close]
            if (2...3).contains(inner.count), inner.allSatisfy(\.isHan), words.surnames.contains(where: { inner.hasPrefix($0) }),
               words.ownerPostWords.contains(where: { value.hasSuffix($0) }) {
                value += String(after[...close])
            }
        }
        // "责任人：王强 完成时限：……": another label with its colon ends the value; "牵头领导王强" inside it does not.
        for other in others where other != label {
            if let cut = value.rangeOf(other), value[cut.upperBound...].first.map({ "：:".contains($0) }) == true {
                value = String(value[..<cut.lowerBound])
            }
        }
        value = value.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
        // "以书记牵头为主": after 为 a value is a name or a date, not one character or a clause.
        let wei = sep == "为" && !dashed
        if wei, !(2...16).contains(value.count) { return nil }
        return value.allSatisfy({ placeholderChars.contains($0) || $0 == "_" }) ? nil : (value, wei)
    }
}

extension Character {
    var isHan: Bool {
        guard let s = unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x20000...0x2FFFF).contains(s.value)
    }
}
