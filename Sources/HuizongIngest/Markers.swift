import Foundation
import HuizongKnowledge
import HuizongModel

/// Numbering at the start of a paragraph, in the styles real reports use.
enum Marker: Equatable {
    /// 一、  第一部分  (a section)
    case section
    /// （一） (一)  1.1  第一方面 (an aspect, or an item in causes and measures)
    case sub
    /// 1. 1、 （1） ① 第一， 首先 问题1： 一是 (an item)
    case item

    static let chineseDigits: Set<Character> = Set("一二三四五六七八九十")
    /// Not □ (a placeholder, "□□党支部", and a check box).
    static let bullets: Set<Unicode.Scalar> = Set("●•▲■◆★☆◇►▶➢▪◎·".unicodeScalars)

    /// Whether a line opens with a bullet.
    static func isBullet(_ text: String) -> Bool { text.unicodeScalars.first.map(bullets.contains) ?? false }
    static let digitScalars: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)
    static let boundaryScalars: Set<Unicode.Scalar> = Set("。；;！!，,：:".unicodeScalars)

    /// The marker and the text after it.
    /// `labels`: words numbered like items ("问题1：", Data/reading.yaml `numbered_labels`).
    static func split(_ text: String, labels: [String] = Knowledge.shipped.reading.numberedLabels) -> (Marker, String)? {
        let scan = Scan(text)
        guard let first = scan.chars.first else { return nil }
        if let b = first.unicodeScalars.first, bullets.contains(b) || first.unicodeScalars.count == 1 && scan.isEnclosedDigit(b) {
            return scan.bulleted()
        }
        if chineseDigits.contains(first) { return scan.chineseNumbered() }
        if first == "（" || first == "(" { return scan.bracketed() }
        if first == "第" { return scan.ordinal() }
        if first.isASCII, first.isNumber { return scan.arabicNumbered() }
        return scan.sequenceWord() ?? scan.labelled(labels)
    }

    /// A line's characters, full-width digits and marks (１． （１） １、) folded one for one, so offsets into the
    /// folded characters are offsets into the text.
    struct Scan {
        let text: String
        let original: [Character]
        let chars: [Character]

        init(_ text: String) {
            self.text = text
            original = Array(text)
            chars = original.map(Marker.folded)
        }

        func rest(_ n: Int) -> String { String(original[min(n, original.count)...]).trimmingCharacters(in: .whitespaces) }

        func countDigits(from i: Int) -> Int {
            var j = i
            while j < chars.count, chineseDigits.contains(chars[j]) { j += 1 }
            return j - i
        }

        func countArabic(from i: Int) -> Int {
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            return j - i
        }

        /// ① ⑴ ⒈: circled, bracketed and dotted digits, one character each.
        func isEnclosedDigit(_ s: Unicode.Scalar) -> Bool { (0x2460...0x249B).contains(s.value) || (0x2776...0x2793).contains(s.value) }

        /// ● ▲ ■: a bulleted list pasted from Word or a web page; "·" only before a space (it also joins names).
        /// ① ⑴ ⒈ number items.
        func bulleted() -> (Marker, String)? {
            guard let s = chars.first?.unicodeScalars.first else { return nil }
            if isEnclosedDigit(s), chars[0].unicodeScalars.count == 1 { return (.item, rest(1)) }
            guard chars.count > 1, chars[0] != "·" || chars[1] == " " else { return nil }
            // "★★★★★" is a rule between parts, not an item.
            guard let after = rest(1).unicodeScalars.first, !bullets.contains(after) else { return nil }
            return (.item, rest(1))
        }

        /// 一、 / 一是 / 一要
        func chineseNumbered() -> (Marker, String)? {
            let n = countDigits(from: 0)
            if n < chars.count, chars[n] == "、" { return (.section, rest(n + 1)) }
            // "一要……": the imperative form measures are written in.
            if n < chars.count, chars[n] == "是" || chars[n] == "要" { return (.item, rest(n + 1)) }
            return nil
        }

        /// （一） (一) （1） (1)
        func bracketed() -> (Marker, String)? {
            let n = countDigits(from: 1)
            if n > 0, 1 + n < chars.count, chars[1 + n] == "）" || chars[1 + n] == ")" { return (.sub, rest(2 + n)) }
            let a = countArabic(from: 1)
            if a > 0, 1 + a < chars.count, chars[1 + a] == "）" || chars[1 + a] == ")" { return (.item, rest(2 + a)) }
            return nil
        }

        /// 第一部分 第一章 第一方面 第一，
        func ordinal() -> (Marker, String)? {
            let n = countDigits(from: 1)
            guard n > 0, 1 + n < chars.count else { return nil }
            let after = chars[1 + n]
            if after == "部" || after == "章" {
                var j = 1 + n + 1
                if after == "部", j < chars.count, chars[j] == "分" { j += 1 }
                return (.section, rest(j))
            }
            if after == "方", 2 + n < chars.count, chars[2 + n] == "面" { return (.sub, rest(3 + n)) }
            if "，,、：:".contains(after) { return (.item, rest(2 + n)) }
            return nil
        }

        /// 1. 1、 1． 1.1
        func arabicNumbered() -> (Marker, String)? {
            let a = countArabic(from: 0)
            guard a < chars.count, a <= 2 else { return nil }
            let sep = chars[a]
            if sep == "." || sep == "．" {
                let b = countArabic(from: a + 1)
                if b > 0 { return (.sub, rest(a + 1 + b)) }
                return (.item, rest(a + 1))
            }
            if sep == "、" { return (.item, rest(a + 1)) }
            // "1). 学习的自觉性不强", "2）……": a half bracket, a dot after it or not ("3)月" is no item).
            if sep == ")" || sep == "）", a > 0 {
                let dot = a + 1 < chars.count && (chars[a + 1] == "." || chars[a + 1] == "．") ? 1 : 0
                let next = a + 1 + dot
                // A count's unit after it is no item: "3)月份".
                guard next < chars.count, !"年月日号时点个次人名条项".contains(chars[next]) else { return nil }
                if chars[next] == " " || chars[next].isHan || chars[next] == "“" { return (.item, rest(next)) }
                return nil
            }
            // "2,支委会……": an ASCII comma typed for 、 ("3,4月份" is a date; "3，" a number a wrapped line starts with).
            if sep == ",", a == 1, a + 1 < chars.count, chars[a + 1].isLetter { return (.item, rest(a + 1)) }
            return nil
        }

        /// 首先， 其次：
        func sequenceWord() -> (Marker, String)? {
            for word in ["首先", "其次", "再次", "最后", "此外", "另外"] where text.hasPrefix(word) {
                let after = text.dropFirst(word.count).first
                if after == "，" || after == "," || after == "：" { return (.item, String(text.dropFirst(word.count + 1))) }
            }
            return nil
        }

        /// 问题1：  措施2：  问题一：
        func labelled(_ labels: [String]) -> (Marker, String)? {
            for label in labels where text.hasPrefix(label) {
                // "问题 1：": a PDF's text sets a space between Chinese and a figure.
                var l = label.count
                while l < chars.count, chars[l] == " " { l += 1 }
                let a = countArabic(from: l)
                if a > 0, l + a < chars.count, "：:、.".contains(chars[l + a]) { return (.item, rest(l + 1 + a)) }
                let n = countDigits(from: l)
                if n > 0, l + n < chars.count, "：:、.".contains(chars[l + n]) { return (.item, rest(l + 1 + n)) }
            }
            return nil
        }
    }

    static func folded(_ c: Character) -> Character {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        switch s.value {
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(UInt8(s.value - 0xFF10 + 0x30)))
        case 0xFF0E: return "."
        default: return c
        }
    }

    /// Splits "一是……；二是……。三是……" inside one paragraph into its items (markers removed).
    /// "一是……二是……", or "第一，……第二，……" when the text has no N是.
    static func runInItems(_ text: String) -> [String]? { runIn(text, mark: "是") ?? runIn(text, mark: "要") ?? runInOrdinals(text) }

    /// The words of a sequence, in the order they may come ("首先，……其次，……最后，……").
    static let sequenceWords = ["首先", "其次", "再次", "然后", "最后"]

    /// "……抓好以下几项工作。首先，……。其次，……。最后，……": sequence words at sentence starts, from 首先, each
    /// followed by a comma or colon; at least two.
    static func runInSequence(_ text: String) -> [String]? {
        guard text.includes("首先") else { return nil }
        let chars = Array(text.unicodeScalars)
        let words = sequenceWords.map { Array($0.unicodeScalars) }
        var starts: [(Int, Int)] = []
        var last = -1
        var i = 0
        while i + 2 < chars.count {
            // In order; 再次 and 然后 may come more than once.
            if i == 0 || "。；;！!".unicodeScalars.contains(chars[i - 1]),
               let k = words.firstIndex(where: { Array(chars[i..<(i + 2)]) == $0 }),
               starts.isEmpty ? k == 0 : k > last || (k == last && (k == 2 || k == 3)), "，,：:".unicodeScalars.contains(chars[i + 2]) {
                starts.append((i, i + 3))
                last = k
                i += 3
                continue
            }
            i += 1
        }
        return items(chars, at: starts)
    }

    /// The lead (if any) and the items of a run-in list whose markers stand at `starts` (marker, text after it).
    static func items(_ chars: [Unicode.Scalar], at starts: [(Int, Int)]) -> [String]? {
        guard starts.count >= 2 else { return nil }
        func str(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(chars[r])).trimmingCharacters(in: .whitespaces) }
        var items: [String] = []
        if starts[0].0 > 0 { items.append(str(0..<starts[0].0)) }
        for (k, s) in starts.enumerated() { items.append(str(s.1..<(k + 1 < starts.count ? starts[k + 1].0 : chars.count))) }
        return items
    }

    /// "……原因主要有两点。第一，……；第二，……": ordinals at sentence boundaries, in order from 第一; at least two.
    static func runInOrdinals(_ text: String) -> [String]? {
        guard text.unicodeScalars.contains("第") else { return nil }
        let chars = Array(text.unicodeScalars)
        var starts: [(Int, Int)] = []
        var i = 0
        while i + 2 < chars.count {
            if chars[i] == "第", i == 0 || boundaryScalars.contains(chars[i - 1]) {
                var j = i + 1
                while j < chars.count, digitScalars.contains(chars[j]) { j += 1 }
                if j > i + 1, j < chars.count, "，,、：:".unicodeScalars.contains(chars[j]),
                   ChineseNumeral.value(String(String.UnicodeScalarView(chars[(i + 1)..<j]))) == starts.count + 1 {
                    starts.append((i, j + 1))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return items(chars, at: starts)
    }

    /// "……以下几点：一、……；二、……；三、……": section numbers used as items inside a sentence, after a colon
    /// (a run-together document's "……。二、存在的问题" follows a sentence end, not a colon).
    static func runInNumbered(_ text: String) -> [String]? {
        guard let items = runIn(text, mark: "、"), items.count >= 3, let lead = items.first, !lead.isEmpty,
              lead.hasSuffix("：") || lead.hasSuffix(":"), !(split(text).map { $0.0 == .section } ?? false) else { return nil }
        return items
    }

    /// Where the run-in markers "N是" (or "N、") of a paragraph are, numbered in order from `first`: (index of the
    /// marker, index of the text after it), in Unicode scalars.
    static func runInStarts(_ chars: [Unicode.Scalar], mark: Unicode.Scalar, first: Int = 1) -> [(Int, Int)] {
        var starts: [(Int, Int)] = []
        var expected = first
        var i = 0
        while i < chars.count {
            let atBoundary = i == 0 || boundaryScalars.contains(chars[i - 1])
            if atBoundary, digitScalars.contains(chars[i]) {
                var j = i
                while j < chars.count, digitScalars.contains(chars[j]) { j += 1 }
                if j < chars.count, chars[j] == mark, mark != "、" || i > 0,
                   ChineseNumeral.value(String(String.UnicodeScalarView(chars[i..<j]))) == expected {
                    starts.append((i, j + 1))
                    expected += 1
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return starts
    }

    /// How many run-in items "一是……二是……" a line holds, counted from 一是 (0 when it has none).
    static func runInCount(_ text: String) -> Int {
        guard text.unicodeScalars.contains("是") else { return 0 }
        return runInStarts(Array(text.unicodeScalars), mark: "是").count
    }

    /// Whether a line holds the run-in marker of item `number` ("三是").
    static func holdsRunIn(_ text: String, number: Int) -> Bool {
        guard text.unicodeScalars.contains("是") else { return false }
        return !runInStarts(Array(text.unicodeScalars), mark: "是", first: number).isEmpty
    }

    static func runIn(_ text: String, mark: Unicode.Scalar) -> [String]? {
        // Unicode scalars, not Characters: grapheme breaking dominated reading time, and these texts
        // have no combining sequences that matter here.
        guard text.unicodeScalars.contains(mark) else { return nil }
        let chars = Array(text.unicodeScalars)
        let starts = runInStarts(chars, mark: mark)
        guard starts.count >= 2 || (starts.count == 1 && starts[0].0 == 0) else { return nil }
        var items: [String] = []
        func str(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(chars[r])) }
        let lead = str(0..<starts[0].0).trimmingCharacters(in: .whitespaces)
        if !lead.isEmpty { items.append(lead) }
        for (k, s) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].0 : chars.count
            items.append(str(s.1..<end).trimmingCharacters(in: .whitespaces))
        }
        return items
    }
}

enum ChineseNumeral {
    static func value(_ s: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if s == "十" { return 10 }
        let c = Array(s)
        if c.count == 1 { return digits[c[0]] }
        if c.count == 2, c[0] == "十" { return digits[c[1]].map { 10 + $0 } }
        if c.count == 2, c[1] == "十" { return digits[c[0]].map { $0 * 10 } }
        if c.count == 3, c[1] == "十" { if let a = digits[c[0]], let b = digits[c[2]] { return a * 10 + b } }
        return nil
    }
}
