import PubstatModel

extension SentenceBinder {
    /// After ``bind(state:)``: every quantity of the sentence with a unit (money, percent,
    /// arrivals, visits, a counted noun, hectares, tonnes) that no figure took, as a mention
    /// quoting its clause. Years, dates and periods never become quantities; bare numbers,
    /// multiples ("2 lần") and numbers inside a period phrase are left out too.
    func collectUnclassified(into out: inout [UnclassifiedMention]) {
        for i in quantities.indices where !bound[i] {
            let q = quantities[i]
            guard let unit = q.unit, !timeline.covers(q.tokens.lowerBound) else { continue }
            let clause = clause(around: q.tokens)
            let draft = Draft(indicator: Self.unclassifiedIndicator, entry: nil, quantity: q, value: q.value,
                              cueStart: clause.lowerBound, cueEnd: q.tokens.lowerBound, end: q.tokens.upperBound)
            let span = doc.byteSpan(clause)
            // the scanner scales counts and arrivals, not hectares and tonnes ("206 nghìn tấn")
            let scale = unit == .hectare || unit == .tonne ? scaleWord(in: q.tokens) : 1
            out.append(UnclassifiedMention(
                value: q.value * scale, valueHigh: q.valueHigh.map { $0 * scale }, unit: unit, text: doc.original(q.tokens),
                period: period(for: draft, at: q.tokens.lowerBound), quote: doc.original(clause),
                source: SourceSpan(start: span.lowerBound, end: span.upperBound)
            ))
        }
    }

    private static let unclassifiedIndicator = Indicator("unclassified")

    /// The factor of a scale word among a quantity's tokens (nghìn, vạn, triệu, tỷ), else 1.
    private func scaleWord(in tokens: Range<Int>) -> Double {
        for k in tokens {
            if doc.isWord(k, Lex.nghin) || doc.isWord(k, Lex.ngan) { return 1e3 }
            if doc.isWord(k, Lex.van) { return 1e4 }
            if doc.isWord(k, Lex.trieu) { return 1e6 }
            if doc.isWord(k, Lex.ty) || doc.isWord(k, Lex.ti) { return 1e9 }
        }
        return 1
    }

    /// The tokens from after the last `;` or `:` before `tokens` to the next `;` (or the sentence's ends).
    private func clause(around tokens: Range<Int>) -> Range<Int> {
        var start = tokens.lowerBound
        while start > range.lowerBound, !doc.isPunct(start - 1, ";"), !doc.isPunct(start - 1, ":") { start -= 1 }
        var end = tokens.upperBound
        while end < range.upperBound, !doc.isPunct(end, ";") { end += 1 }
        while end > tokens.upperBound, doc.isPunct(end - 1, ".") { end -= 1 }
        return start..<max(end, start + 1)
    }
}

extension Timeline {
    /// True when token `t` is inside a period or date phrase ("6 tháng đầu năm", "quý I/2025").
    func covers(_ t: Int) -> Bool {
        let lo = Self.partitionPoint(mentions.count) { mentions[$0].tokens.upperBound <= t }
        return lo < mentions.count && mentions[lo].tokens.lowerBound <= t
    }
}
