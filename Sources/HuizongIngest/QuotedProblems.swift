import HuizongModel

extension NarrativeParser {
    /// "1.关于“流调信息化水平低”问题的整改。" then "（1）……" "（2）……": a rectification notice quotes each problem the
    /// inspection found and lists under it, numbered in another style, what was done. In the notice's own section
    /// (headed by the inspection, 巡察反馈意见整改落实情况, or by words that place nothing: 整改进展情况及成效), when the
    /// text has no problems section of its own, the quoted items (and the aspect headings between them) are the
    /// problems and the items under each the measures; what stands before the first quoted item keeps its section.
    /// A report's own problems (whose quoted items have their details under them) and measures (where
    /// "针对“……”的问题" labels the measures that follow) are not touched, nor last year's or the causes.
    func quotedProblemsAndTheirMeasures(_ sections: [(Section, SourceParagraph?, [Unit])]) -> [(Section, SourceParagraph?, [Unit])] {
        let inspection = { (s: (Section, SourceParagraph?, [Unit])) in s.0 == .problems && (s.1?.text.includes(any: words.feedbackWords) ?? false) }
        guard !sections.contains(where: { $0.0 == .problems && !inspection($0) }) else { return sections }
        var out: [(Section, SourceParagraph?, [Unit])] = []
        for section in sections {
            let open: Bool
            switch section.0 {
            case .problems: open = inspection(section)
            case .other, .basics: open = true
            case .preamble, .causes, .measures, .previous: open = false
            }
            guard open, let (before, problems, measures) = splitAtQuotedProblems(section.2) else { out.append(section); continue }
            if section.0 == .problems {
                out.append((.problems, section.1, before + problems))
            } else {
                if !before.isEmpty { out.append((section.0, section.1, before)) }
                out.append((.problems, before.isEmpty ? section.1 : nil, problems))
            }
            out.append((.measures, nil, measures))
        }
        return out
    }

    /// The units before the first quoted problem, the problems (with aspect headings), and the measures under them;
    /// nil unless some quoted problem has an item numbered in another style under it.
    func splitAtQuotedProblems(_ units: [Unit]) -> ([Unit], [Unit], [Unit])? {
        guard var first = units.firstIndex(where: isQuotedProblem) else { return nil }
        // The aspect heading over the first quoted problem ("（一）……方面") heads the problems.
        while first > 0, units[first - 1].marker == .sub || isAspectHeadingLine(units[first - 1]) { first -= 1 }
        var problems: [Unit] = []
        var measures: [Unit] = []
        var style: String?
        for u in units[first...] {
            if isQuotedProblem(u) {
                problems.append(u)
                style = Self.markerStyle(u.paragraph.text)
            } else if u.marker == .sub || u.marker == .section || isAspectHeadingLine(u) {
                problems.append(u)
                style = nil
            } else if let s = style, u.marker == nil || Self.markerStyle(u.paragraph.text) != s {
                // "（1）……" under an item is kept as its detail until now: here it is a measure of its own.
                var m = u
                if m.marker == nil, let (_, body) = Marker.split(u.paragraph.text), !body.isEmpty { m.marker = .item; m.text = body }
                measures.append(m)
            } else {
                problems.append(u)
            }
        }
        guard measures.contains(where: { $0.marker != nil }) else { return nil }
        return (Array(units[..<first]), problems, measures)
    }

    /// "1.关于“X”问题的整改。", "（一）针对“X”问题": an item whose text is a quoted shortcoming and no more.
    func isQuotedProblem(_ u: Unit) -> Bool {
        guard u.marker == .item, u.text.count <= 160, words.quotedProblemOpeners.contains(where: { u.text.hasPrefix($0) }) else { return false }
        let s = Self.statement(u.text, bold: nil, at: u.paragraph.location)
        return unquoted(s).headline != s.headline
    }

    /// How a paragraph is numbered: "1" (1. 1、), "(1)", "(一)", "是" (一是), "一" (一、), or its first character (①).
    static func markerStyle(_ text: String) -> String {
        let t = text.drop { $0 == " " || $0 == "\u{3000}" }
        guard let c = t.first.map(Marker.folded) else { return "" }
        if c.isASCII, c.isNumber { return "1" }
        if c == "（" || c == "(", let next = t.dropFirst().first.map(Marker.folded) { return next.isASCII && next.isNumber ? "(1)" : "(一)" }
        if Marker.chineseDigits.contains(c) { return t.dropFirst().first == "是" ? "是" : "一" }
        return String(c)
    }
}
