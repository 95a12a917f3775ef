import PubstatModel

/// "Năm 2015 tỷ lệ hộ nghèo là 5,27%. Đến năm 2019, con số này là 2,66%" (or "tỷ lệ này"): "this figure" stands for the
/// indicator named before it, and the number right after it restates that indicator for its own clause.
extension SentenceBinder {
    /// A cue at "con số này" whose indicator is the sentence's last earlier cue of the number's kind, else that of
    /// `last`, the figure of the sentence before.
    func thisFigureCue(among cues: [Cue], after last: Figure?) -> Cue? {
        guard let k = range.first(where: { k in Self.thisFigure.contains { doc.matches($0, at: k) } }) else { return nil }
        // (every phrase of ``thisFigure`` is three words long)
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

    /// "Tổng thu … lũy kế 9 tháng đạt 13.547 tỷ đồng. Kết quả này bằng 100% dự toán Trung ương giao, tăng 130% so với
    /// cùng kỳ": a sentence without cues that opens with a word standing for the result before it and gives only rates
    /// states that result's shares of plan and change. A cue of the indicator of `last` (the figure of the sentence
    /// before, a level) at the opening words; the figure it gives has no value and joins `last` (``ChangeRestatement``).
    func restatedResultCue(after last: Figure?) -> Cue? {
        guard let last, last.value != nil, last.kind != .plan, last.unit != .percent, !quantities.isEmpty,
              quantities.allSatisfy({ $0.unitClass == .percent }),
              let entry = catalogue.entryIndex(of: last.indicator) else { return nil }
        var start = range.lowerBound
        if doc.isWord(start, Lex.voi) { start += 1 }
        guard let subject = Self.restatedResult.first(where: { doc.matches($0, at: start) }) else { return nil }
        var cue = Cue(start: start, end: start + subject.count, entries: [entry])
        cue.scopeEnd = range.upperBound
        cue.restatesResult = true
        return cue
    }

    /// The shares of plan a restated result's sentence gives ("Kết quả này bằng 100% dự toán Trung ương giao"), on
    /// the figure its change gave, else on a figure of their own, with no value: they join the result's.
    mutating func sharesOfRestatedResult(_ cue: Cue, drafts: inout [Draft]) {
        var shares: [PlanComparison] = []
        var end = cue.end
        for i in quantities.indices where !bound[i] {
            guard case .planShare(let authority, let pct, let shareEnd, false) = role[i] else { continue }
            shares.append(PlanComparison(pct: pct, authority: authority))
            bound[i] = true
            end = max(end, shareEnd)
        }
        guard !shares.isEmpty else { return }
        if let k = drafts.firstIndex(where: { $0.cueStart == cue.start && $0.quantity == nil }) {
            drafts[k].pctOfPlan += shares
            drafts[k].end = max(drafts[k].end, end)
        } else if let entry = cue.entries.first {
            var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: nil, value: nil,
                              cueStart: cue.start, cueEnd: cue.end, end: end)
            draft.pctOfPlan = shares
            drafts.append(draft)
        }
    }

    /// ("Đến năm 2024, tỷ lệ này giảm còn 12,1%": a rate stands for the rate named before it the same way.)
    private static let thisFigure = [Lex.p("con số này"), Lex.p("con số đó"), Lex.p("tỷ lệ này"), Lex.p("tỉ lệ này")]
    /// Words that stand for the result just stated.
    private static let restatedResult = [Lex.p("kết quả này"), Lex.p("kết quả trên"), Lex.p("con số này"), Lex.p("con số trên"),
                                         Lex.p("số thu này"), Lex.p("số thu trên")]
    private static let nhung = Lex.w("những")
    /// Words between "con số này" and its number: the verb, "lên"/"xuống", and how near the number is.
    private static let leadsToNumber = WordSet([Lex.la, Lex.dat, Lex.tang, Lex.giam, Lex.con, Lex.hon, Lex.w("lên"), Lex.w("xuống"),
                                                Lex.w("chỉ"), Lex.w("ước"), Lex.w("đã"), Lex.w("trên"), Lex.w("gần"), Lex.w("khoảng")])
}
