import PubstatModel

/// "Năm 2015 tỷ lệ hộ nghèo là 5,27%. Đến năm 2019, con số này là 2,66%": "this figure" stands for the
/// indicator named before it, and the number right after it restates that indicator for its own clause.
extension SentenceBinder {
    /// A cue at "con số này" whose indicator is the sentence's last earlier cue of the number's kind, else that of
    /// `last`, the figure of the sentence before.
    func thisFigureCue(among cues: [Cue], after last: Figure?) -> Cue? {
        guard let k = range.first(where: { k in Self.thisFigure.contains { doc.matches($0, at: k) } }) else { return nil }
        // ("Những con số này khẳng định …": several figures at once, none of them named)
        if doc.isWord(k - 1, Self.nhung) { return nil }
        let end = k + 3
        var j = end
        while j < range.upperBound, j - end < 4, doc.tokens[j].kind == .word, Self.leadsToNumber.contains(doc.tokens[j].hash) { j += 1 }
        // ("tăng lên trên 1,5 triệu lượt": the quantity may begin at its qualifier)
        guard let q = quantities.first(where: { $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= j }) else { return nil }
        // (the first entry of the number's kind of the last cue before that has one)
        var found = cues.reversed().lazy.filter { $0.end <= k && $0.sector == nil }
            .compactMap { cue in cue.entries.first { compatible(q, $0) } }.first
        if found == nil, let last, let e = catalogue.entries.firstIndex(where: { $0.indicator == last.indicator }), compatible(q, e) {
            found = e
        }
        guard let entry = found else { return nil }
        var cue = Cue(start: k, end: end, entries: [entry])
        cue.carriesGrowth = catalogue.entry(entry).changeIsValue
        var s = end
        while s < range.upperBound, !doc.isPunct(s, ";"), !cues.contains(where: { $0.start == s }) { s += 1 }
        cue.scopeEnd = s
        return cue
    }

    private static let thisFigure = [Lex.p("con số này"), Lex.p("con số đó")]
    private static let nhung = Lex.w("những")
    /// Words between "con số này" and its number: the verb, "lên"/"xuống", and how near the number is.
    private static let leadsToNumber = WordSet([Lex.la, Lex.dat, Lex.tang, Lex.giam, Lex.con, Lex.hon, Lex.w("lên"), Lex.w("xuống"),
                                                Lex.w("chỉ"), Lex.w("ước"), Lex.w("đã"), Lex.w("trên"), Lex.w("gần"), Lex.w("khoảng")])
}
