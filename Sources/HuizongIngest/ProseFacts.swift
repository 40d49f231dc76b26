import Foundation
import HuizongKnowledge
import HuizongModel

/// Facts a branch writes in prose: who it is, the year, members, and the year's activity counts.
public enum ProseFacts {
    /// Canonical activity names with the ways reports write them (Data/activities.yaml). Longest alias wins.
    public static let activities: [(name: String, aliases: [String])] = Knowledge.shipped.activities.map { ($0.name, $0.aliases) }

    static let placeholderChars: Set<Character> = ["*", "＊", "x", "X", "×", "○"]

    /// Finds "召开支委会12次", "集中学习**次": the count is nil when the report left a placeholder.
    public static func activityCounts(_ text: String) -> [(name: String, count: Int?, raw: String)] {
        var out: [(String, Int?, String)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            // A number or placeholder run followed by 次/场/期.
            let c = chars[i]
            guard c.isASCII && c.isNumber || placeholderChars.contains(c) else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII && chars[j].isNumber || placeholderChars.contains(chars[j]) { j += 1 }
            guard j < chars.count, "次场期".contains(chars[j]) else { i = j; continue }
            let token = String(chars[i..<j])
            // Placeholders must be runs (x alone may be a word); digits must not be mixed with them.
            let isNumber = token.allSatisfy { $0.isASCII && $0.isNumber }
            let isPlaceholder = token.allSatisfy { placeholderChars.contains($0) }
            guard isNumber || isPlaceholder else { i = j; continue }
            var k = i
            while k > 0, chars[k - 1].isHan { k -= 1 }
            let prefix = String(chars[k..<i])
            if let name = activityName(in: prefix) {
                out.append((name, isNumber ? Int(token) : nil, String(chars[k...j])))
            }
            i = j + 1
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
        for suffix in ["党总支部", "党总支", "党支部", "联合支部", "支部"] {
            if let r = title.rangeOf(suffix) {
                var name = String(title[..<r.upperBound])
                for prefix in ["关于", "中共"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
                name = name.trimmingCharacters(in: .whitespaces)
                return name.count >= suffix.count + 1 ? name : nil
            }
        }
        return nil
    }

    public static func year(_ text: String) -> Int? {
        let nums = DeadlineParser.scanNumbers(text)
        for (v, offset) in nums where v >= 1990 && v <= 2100 {
            let after = text.dropFirst(offset + 4).prefix(2)
            if after.hasPrefix("年度") || after.hasPrefix("年") { return v }
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

    /// "于2022年1月10日召开".
    public static func meetingDate(_ text: String) -> Day? {
        guard text.includes("召开") else { return nil }
        let nums = DeadlineParser.scanNumbers(text)
        for (k, n) in nums.enumerated() where n.value >= 1990 && k + 2 < nums.count {
            if let d = Day(year: n.value, month: nums[k + 1].value, day: nums[k + 2].value) { return d }
        }
        return nil
    }

    /// "应到27人，实到26人".
    public static func attendance(_ text: String) -> (Int, Int)? {
        guard text.includes("应到"), let a = text.rangeOf("应到"), let b = text.rangeOf("实到") else { return nil }
        guard let e = DeadlineParser.scanNumbers(String(text[a.upperBound...].prefix(6))).first,
              let p = DeadlineParser.scanNumbers(String(text[b.upperBound...].prefix(6))).first else { return nil }
        return (e.value, p.value)
    }

    /// "责任人：刘某" / "完成时限：2023年6月底前" / "整改状态：已完成" inside a measure.
    public static func labelled(_ text: String, labels: [String]) -> String? {
        for label in labels {
            guard let r = text.rangeOf(label) else { continue }
            var rest = text[r.upperBound...]
            guard let sep = rest.first, "：:".contains(sep) else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            let value = rest.prefix { !"，,；;。\n（(）)".contains($0) }.trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { return value }
        }
        return nil
    }
}

extension Character {
    var isHan: Bool {
        guard let s = unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x20000...0x2FFFF).contains(s.value)
    }
}
