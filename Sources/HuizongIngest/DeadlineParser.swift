import Foundation
import HuizongKnowledge
import HuizongModel

/// Deadlines as branches write them: 2023年6月底前, 2024年2月底, 6月30日前, 2023-06-30, 长期坚持, an Excel serial.
public enum DeadlineParser {
    public enum Result: Equatable, Sendable {
        case deadline(Deadline)
        case impossible(String)
        case unreadable
    }

    /// Whether a text reads as a deadline at all (a date, a period or an open end), whatever its year.
    /// "每季度检查一次", "每月抽查一次" written as a deadline (after 完成时限：): how often, which recurs. Beside a
    /// measure with no label ("（支部书记带头，每季度讲一次）") it is the manner, not a deadline.
    public static func recurringCheck(_ raw: String, frequencies: [String] = Knowledge.shipped.reading.frequencyWords) -> Bool {
        let bare = String(raw.trimmingCharacters(in: .whitespaces).reversed().drop { "。；;，,".contains($0) }.reversed())
        guard let f = frequencies.first(where: { bare.hasPrefix($0) }) else { return false }
        return bare.hasSuffix("一次") && bare.count <= f.count + 6
    }

    static func reads(_ raw: String, ongoing: [String] = Knowledge.shipped.reading.ongoingWords) -> Bool {
        if case .deadline = parse(raw, defaultYear: 2000, ongoing: ongoing) { return true }
        return false
    }

    /// `ongoing`: words that make a deadline open-ended (Data/reading.yaml `ongoing_words`).
    /// `frequencies`: a deadline that is only one of these (每月) recurs (`frequency_words`).
    public static func parse(_ raw: String, defaultYear: Int?,
                             ongoing: [String] = Knowledge.shipped.reading.ongoingWords,
                             frequencies: [String] = Knowledge.shipped.reading.frequencyWords) -> Result {
        let s = arabicDates(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !s.isEmpty else { return .unreadable }
        if s.includes(any: ongoing) { return .deadline(.ongoing) }
        if frequencies.contains(String(s.reversed().drop { "。；;，,".contains($0) }.reversed())) { return .deadline(.ongoing) }
        // Excel date serial (days since 1899-12-30).
        if let serial = Double(s), serial > 20000, serial < 80000 {
            guard let d = Day.fromOrdinal(Int(serial) - 25569) else { return .unreadable }
            return .deadline(.date(d))
        }
        let digits = scanNumbers(s)
        let hasYear = digits.first.map { $0.value >= 1900 } ?? false
        var year: Int?, month: Int?, day: Int?
        if hasYear {
            year = digits[0].value
            if digits.count > 1 { month = digits[1].value }
            if digits.count > 2 { day = digits[2].value }
        } else {
            // "6月底前" or "年内": in the year the measures run in.
            year = defaultYear
            if !digits.isEmpty { month = digits[0].value }
            if digits.count > 1 { day = digits[1].value }
        }
        guard let y = year else { return .unreadable }
        guard let m = month else {
            guard let last = periodEndMonth(s) else { return .unreadable }
            guard let e = Day(year: y, month: last, day: Day.length(y, last)) else { return .impossible(s) }
            return .deadline(.date(e))
        }
        guard (1...12).contains(m) else { return .impossible(s) }
        if let d = day {
            guard let value = Day(year: y, month: m, day: d) else { return .impossible(s) }
            return .deadline(.date(value))
        }
        let dd: Int
        if s.contains("上旬") { dd = 10 } else if s.contains("中旬") { dd = 20 } else { dd = Day.length(y, m) }
        guard let value = Day(year: y, month: m, day: dd) else { return .impossible(s) }
        return .deadline(.date(value))
    }

    /// The last month of a part of the year a deadline names: 年底, 上半年, 一季度 ….
    static func periodEndMonth(_ s: String) -> Int? {
        if s.includes(any: ["年底", "年末", "年内", "下半年", "四季度"]) { return 12 }
        if s.includes(any: ["上半年", "二季度"]) { return 6 }
        if s.includes("一季度") { return 3 }
        if s.includes("三季度") { return 9 }
        return nil
    }

    /// "二〇二五年三月三十日" written in figures ("2025年3月30日"): a year of four Chinese digits before 年, and a
    /// month or day in Chinese numerals before 月, 日 or 号. Other Chinese numerals are left alone.
    static func arabicDates(_ s: String) -> String {
        let digits: [Character: Int] = ["〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                                        "八": 8, "九": 9]
        let chars = Array(s)
        var out = ""
        var i = 0
        while i < chars.count {
            // A year: four Chinese digits before 年.
            if i + 4 < chars.count, chars[i + 4] == "年", let year = Self.number(chars[i..<i + 4], digits, positional: true) {
                out += "\(year)年"
                i += 5
                continue
            }
            // A month or a day: 一 … 三十一 before 月, 日 or 号, right after a 年 or a 月.
            if let last = out.last, last == "年" || last == "月" {
                var j = i
                while j < chars.count, j - i < 3, digits[chars[j]] != nil || chars[j] == "十" { j += 1 }
                if j > i, j < chars.count, "月日号".contains(chars[j]), let v = Self.number(chars[i..<j], digits, positional: false) {
                    out += "\(v)"
                    i = j
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// "二〇二五" (positional) or "三十一" (with 十), or nil.
    static func number(_ cs: ArraySlice<Character>, _ digits: [Character: Int], positional: Bool) -> Int? {
        if positional {
            var v = 0
            for c in cs { guard let d = digits[c] else { return nil }; v = v * 10 + d }
            return v
        }
        guard let ten = cs.firstIndex(of: "十") else { return cs.count == 1 ? digits[cs[cs.startIndex]] : nil }
        let tens = ten == cs.startIndex ? 1 : (cs.distance(from: cs.startIndex, to: ten) == 1 ? digits[cs[cs.startIndex]] : nil)
        let after = cs[cs.index(after: ten)...]
        let units = after.isEmpty ? 0 : (after.count == 1 ? digits[after[after.startIndex]] : nil)
        guard let t = tens, let u = units else { return nil }
        return t * 10 + u
    }

    static func scanNumbers(_ s: String) -> [(value: Int, offset: Int)] {
        var out: [(Int, Int)] = []
        var current = ""
        var start = 0
        for (i, c) in s.enumerated() {
            if let d = c.wholeNumberValue, c.isASCII || ("０"..."９").contains(c) {
                if current.isEmpty { start = i }
                current.append(String(d))
            } else if !current.isEmpty {
                if let v = Int(current) { out.append((v, start)) }
                current = ""
            }
        }
        if !current.isEmpty, let v = Int(current) { out.append((v, start)) }
        return out
    }
}

/// Status words of ledgers, normalised; the raw text is always kept beside.
public enum StatusWords {
    /// Tried in turn (Data/status-words.yaml): 未完成 is read before 完成.
    static let table: [(RectificationStatus, [String])] = Knowledge.shipped.statusWords.map { ($0.status, $0.words) }

    public static func normalise(_ raw: String) -> RectificationStatus? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        for (status, words) in table where s.includes(any: words) { return status }
        return nil
    }
}
