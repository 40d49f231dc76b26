import HuizongModel

extension NarrativeParser {
    /// "支部能够按计划组织集中学习，但学习形式较为单一……": a problem that opens with what is done well. Its headline
    /// is the shortcoming after the contrast (a generic "也存在一些不足，" dropped); what is done well goes to the
    /// front of its detail, so no word of the sentence is lost.
    func focusedOnShortcoming(_ s: Statement) -> Statement {
        let h = s.headline
        guard let (praise, after) = splitAtContrast(h) else { return s }
        let shortcoming = droppingAdmission(after)
        guard shortcoming.count >= 4, shortcoming.includes(any: words.shortcomingWords) else { return s }
        return Statement(headline: shortcoming, detail: praise + s.detail, location: s.location)
    }

    /// "对于“集中学习经常缺课”的问题。整改情况：……": a rectification report names each problem in quotes; the quoted
    /// shortcoming is the headline and the rest its detail. "关于“三会一课”制度落实不到位" quotes a name, not the problem.
    func unquoted(_ s: Statement) -> Statement {
        let text = s.text
        guard let opener = words.quotedProblemOpeners.first(where: { text.hasPrefix($0) }) else { return s }
        let body = text.dropFirst(opener.count)
        guard let close = body.prefix(120).firstIndex(where: { $0 == "”" || $0 == "\"" }) else {
            // Cut before its closing quote (the end of a page): what is quoted, sentence by sentence.
            let inner = Self.statement(String(body), bold: nil, at: s.location)
            return namesShortcoming(inner.headline) ? inner : s
        }
        let quoted = body[..<close].trimmingCharacters(in: .whitespaces)
        var rest = body[body.index(after: close)...]
        if rest.hasPrefix("的") { rest = rest.dropFirst() }
        let named = words.problemLeadWords.first(where: { rest.hasPrefix($0) })
        if let lead = named { rest = rest.dropFirst(lead.count) }
        // "关于“X”问题的整改。": the tail names the rectification.
        if named != nil, let tail = words.quotedProblemTails.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(tail.count) }
        // "“X”的问题。" or "“X”。"; "关于“没有调查就没有发言权”，班子……" quotes a saying before the problem. Called a
        // problem and nothing more follows ("“流调信息化水平低”问题的整改。"), the quoted words are one whatever their
        // wording; "关于“四风”问题，形式主义仍有表现" names a topic, and the sentence stays whole.
        let calledAProblem = named != nil && rest.allSatisfy { "。；;. ".contains($0) }
        guard namesShortcoming(quoted) || calledAProblem, rest.isEmpty || "。；;".contains(rest.first ?? " ") || (named != nil && "，,：:".contains(rest.first ?? " "))
        else { return s }
        return Statement(headline: quoted, detail: rest.drop { "。，,；;：: ".contains($0) }.trimmingCharacters(in: .whitespaces),
                         location: s.location)
    }

    /// The text before the first contrast that follows a clause mark, when it praises and names no shortcoming,
    /// and the text after the contrast.
    func splitAtContrast(_ h: String) -> (praise: String, after: String)? {
        var previous: Character?
        for i in h.indices {
            defer { previous = h[i] }
            guard let p = previous, "，,；;".contains(p) else { continue }
            guard let word = words.contrastWords.first(where: { h[i...].hasPrefix($0) }), !words.notContrastWords.contains(where: { h[i...].hasPrefix($0) }) else { continue }
            let praise = String(h[..<i])
            guard praise.includes(any: words.praiseWords), !praise.includes(any: words.shortcomingWords) else { return nil }
            let after = h[h.index(i, offsetBy: word.count)...].drop { "也还仍，, ".contains($0) }
            return (praise, String(after))
        }
        return nil
    }

    /// "存在一些不足，主题党日……" → "主题党日……": a clause that only admits shortcomings exist says nothing of its own.
    func droppingAdmission(_ text: String) -> String {
        guard let comma = text.firstIndex(where: { "，,：:".contains($0) }) else { return text }
        let clause = String(text[..<comma])
        let rest = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        // Only a clause that starts admitting ("存在一些不足"): "三名新党员存在问题" names who.
        guard clause.count <= 14, words.admissionOpeners.contains(where: { clause.hasPrefix($0) }),
              words.problemLeadWords.contains(where: { clause.hasSuffix($0) }), rest.count >= 4 else { return text }
        return rest
    }
}
