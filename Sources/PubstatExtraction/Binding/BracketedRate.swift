import PubstatModel

extension SentenceBinder {
    /// A growth rate given in brackets after the sentence's own rate, for another period: "GRDP 9 tháng tăng
    /// 2,1% (cùng kỳ năm 2022 tăng 8,36%)", "quý I/2026 tăng 8,91% (quý I/2025, tính theo địa giới mới, tăng
    /// 7,35%)", "tăng 7,1%, cao hơn năm 2018 (6,83%)". The bracket's period is the rate's: the same part of the
    /// year named after "cùng kỳ", the period opening the bracket, or the period compared with right before it.
    mutating func bindBracketedRates(after figures: [Figure]) -> [Figure] {
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) && quantities[i].unitClass == .percent && !quantities[i].points {
            let q = quantities[i]
            guard doc.isPunct(q.tokens.upperBound, ")"), let open = openingBracket(before: q.tokens.lowerBound) else { continue }
            let start = doc.byteSpan(q.tokens).lowerBound
            guard let template = figures.last(where: { f in f.unit == .percent && f.value != nil && f.kind != .plan && f.kind != .target
                                                       && (f.source?.end ?? .max) <= start
                                                       && (catalogue.entries.contains { $0.growthIndicator == f.indicator }
                                                           // ("khu vực dịch vụ tăng 7,98% (cùng kỳ tăng 7,96%)": a sector's growth too)
                                                           || f.sector != nil && catalogue.families.values.contains { $0.sectorGrowth == f.indicator }) }),
                  let own = template.period,
                  // (the same months as the sentence's first rate of that indicator, not a part singled out after it)
                  let period = bracketPeriod(open: open, rate: q, template: own,
                                             lead: figures.first { $0.indicator == template.indicator && $0.unit == .percent }?.period ?? own),
                  period != own else { continue }
            let sign: Double = doc.isWord(q.tokens.lowerBound - 1, Lex.giam) ? -1 : 1
            markBound(i)
            out.append(rate(like: template, value: sign * q.value, period: period, quoted: (open + 1)..<q.tokens.upperBound))
        }
        return out
    }

    /// "thấp hơn mức tăng cùng kỳ năm 2017 (8,76%)", "cao hơn năm 2017 (tăng 8,53%)": a rate alone in brackets (its verb
    /// allowed) right after a period set against.
    func valuesComparedPeriod(_ q: Quantity) -> Bool {
        let verb = doc.isWord(q.tokens.lowerBound - 1, Lex.tang) || doc.isWord(q.tokens.lowerBound - 1, Lex.giam)
            || doc.isPunct(q.tokens.lowerBound - 1, "+")
        let open = q.tokens.lowerBound - (verb ? 2 : 1)
        guard q.unitClass == .percent, doc.isPunct(open, "("), doc.isPunct(q.tokens.upperBound, ")") else { return false }
        return periodSetAgainst(endingAt: open) != nil || partOfYearBeforeSetAgainst(endingAt: open) != nil
    }

    /// "so với quý IV năm trước (", "cao hơn 6 tháng năm ngoái (": a part of the year written without its year, then
    /// "năm trước" / "năm ngoái", set against; the mention of the part.
    func partOfYearBeforeSetAgainst(endingAt open: Int) -> Int? {
        guard doc.isWord(open - 2, Lex.nam), doc.isWord(open - 1, Lex.truoc) || doc.isWord(open - 1, Self.ngoai),
              let m = periodSetAgainst(endingAt: open - 2), SentenceBinder.isUndatedPart(timeline.mentions[m].shape) else { return nil }
        return m
    }

    /// The period mention ending at `open` when a comparison ("hơn", "so") stands within three words before it
    /// ("cao hơn năm 2018 (", "so với cuối năm 2023 ("); with `throughLeadWords`, before the words that name the
    /// compared rate too ("thấp hơn mức tăng cùng kỳ năm 2017 (").
    func periodSetAgainst(endingAt open: Int, throughLeadWords: Bool = true) -> Int? {
        guard let m = timeline.anyMention(endingAt: open) else { return nil }
        let named = timeline.mentions[m].tokens.lowerBound
        let s = throughLeadWords ? Self.comparedFrom(named, doc: doc) : named
        // (a mention that starts before the sentence, its words cut off by the sentence's start, is looked at no further)
        let from = max(range.lowerBound, s - 3)
        return (from..<max(from, s)).contains { doc.isWord($0, Lex.hon) || doc.isWord($0, Lex.so) } ? m : nil
    }

    /// "(năm 2018 theo số liệu sơ bộ tăng 6,87%)": a change in brackets that open with their own period.
    func changeOfBracketedPeriod(_ q: Quantity) -> Bool {
        guard q.unitClass == .percent, doc.isWord(q.tokens.lowerBound - 1, Lex.tang) || doc.isWord(q.tokens.lowerBound - 1, Lex.giam),
              let open = openingBracket(before: q.tokens.lowerBound) else { return false }
        if changeOfSameMonthsBefore(q) { return true }
        guard let m = timeline.anyMention(startingAt: open + 1), let period = timeline.resolved[m] else { return false }
        return !period.isTarget
    }

    /// "(cùng kỳ tăng 7,46%)", "(cùng kỳ năm trước tăng 6,1%)": a change in brackets that open with "cùng kỳ", the same
    /// months of another year.
    func changeOfSameMonthsBefore(_ q: Quantity) -> Bool {
        guard q.unitClass == .percent, doc.isWord(q.tokens.lowerBound - 1, Lex.tang) || doc.isWord(q.tokens.lowerBound - 1, Lex.giam),
              let open = openingBracket(before: q.tokens.lowerBound) else { return false }
        return doc.matches(Lex.cungKy, at: open + 1)
    }

    /// Where the words naming a compared period start: "(mức tăng) (cùng kỳ) năm 2017" in "thấp hơn mức tăng
    /// cùng kỳ năm 2017 (8,76%)", "(mức tăng của) cùng kỳ năm 2022".
    static func comparedFrom(_ s: Int, doc: Document) -> Int {
        var s = s
        if doc.matchesBefore(Lex.cungKy, s) {
            s -= Lex.cungKy.count
            // ("cao hơn mức tăng của cùng kỳ năm 2022 (4,9%)")
            if doc.isWord(s - 1, Lex.cua), doc.isWord(s - 3, Self.muc) { s -= 1 }
        }
        if doc.isWord(s - 2, Self.muc), doc.isWord(s - 1, Lex.tang) || doc.isWord(s - 1, Lex.giam) { s -= 2 }
        return s
    }

    private static let ngoai = Lex.w("ngoái")

    /// "cùng kỳ năm trước", "cùng kỳ năm ngoái" or "cùng kỳ" alone right before token `open`.
    static func samePeriodYearBefore(endingAt open: Int, doc: Document) -> Bool {
        if doc.matchesBefore(Lex.cungKy, open) { return true }
        return doc.isWord(open - 2, Lex.nam) && (doc.isWord(open - 1, Lex.truoc) || doc.isWord(open - 1, Self.ngoai))
            && doc.matchesBefore(Lex.cungKy, open - 2)
    }

    /// The "(" of the bracket holding token `t`, within the sentence.
    func openingBracket(before t: Int) -> Int? {
        var k = t - 1
        while k >= range.lowerBound, t - k <= 20 {
            if doc.isPunct(k, ")") { return nil }
            if doc.isPunct(k, "(") { return k }
            k -= 1
        }
        return nil
    }

    private func bracketPeriod(open: Int, rate q: Quantity, template own: Period, lead: Period) -> Period? {
        let p = q.tokens.lowerBound
        let changed = doc.isWord(p - 1, Lex.tang) || doc.isWord(p - 1, Lex.giam) || doc.isPunct(p - 1, "+")
        // "(cùng kỳ năm 2022 tăng 8,36%)", "(cùng kỳ 2023: 4,03%)": the same months a year before, or in the year named
        // ("(cùng kỳ tăng 7,46%)": the year before, unsaid)
        if changed || doc.isPunct(p - 1, ":"), doc.matches(Lex.cungKy, at: open + 1) {
            let after = open + 1 + Lex.cungKy.count
            let year = timeline.anyMention(startingAt: after).flatMap { timeline.resolved[$0]?.endYear }
                ?? (doc.isWord(after, Lex.nam) && (doc.isWord(after + 1, Lex.truoc) || doc.isWord(after + 1, Self.ngoai))
                    || changed && after == p - 1 ? own.endYear - 1 : nil)
                ?? doc.integer(after).flatMap { PeriodScanner.isYear($0) && doc.isPunct(after + 1, ":") ? $0 : nil }
            return year.flatMap { Self.sameSpan(own, inYear: $0) }
        }
        // "(quý I/2025, …, tăng 7,35%)": the period opening the bracket
        // ("(6 tháng đầu năm 2025, GRDP tăng 7,09%, dự kiến cả năm tăng 8%)": not a rate with a period or a plan word of
        // its own after that one)
        if changed, let m = timeline.anyMention(startingAt: open + 1), let period = timeline.resolved[m], !period.isTarget {
            let between = timeline.mentions[m].tokens.upperBound..<p
            guard timeline.lastStatement(before: p, from: between.lowerBound) == nil, !anyPhrase(catalogue.planWords, in: between) else { return nil }
            return period
        }
        // "cao hơn mức tăng cùng kỳ năm trước (6,13%)": the rate alone in brackets after the same months of the year
        // before, set against
        if p == open + 1 || changed && p == open + 2, Self.samePeriodYearBefore(endingAt: open, doc: doc),
           (max(range.lowerBound, open - 10)..<open).contains(where: { doc.isWord($0, Lex.hon) || doc.isWord($0, Lex.so) }) {
            return Self.sameSpan(lead, inYear: own.endYear - 1)
        }
        // "cao hơn so với quý IV năm trước (+5,8%)": that part of the year before the rate's own
        if p == open + 1 || changed && p == open + 2, let m = partOfYearBeforeSetAgainst(endingAt: open) {
            return timeline.mentions[m].shape.resolve(year: own.endYear - 1)
        }
        // "bình quân giai đoạn 2016 - 2020 ước đạt 6,64%/năm, cao hơn giai đoạn trước (5,71%/năm)": the span of as many
        // years before the rate's own
        if p == open + 1 || changed && p == open + 2, case .years(let from, let to) = own.span, !own.isTarget,
           doc.matchesBefore(Self.giaiDoanTruoc, open),
           (max(range.lowerBound, open - 6)..<open).contains(where: { doc.isWord($0, Lex.hon) || doc.isWord($0, Lex.so) }) {
            return Period(.years(from: from - (to - from + 1), to: from - 1))
        }
        // "cao hơn năm 2018 (6,83%)", "cao hơn năm 2017 (tăng 8,53%)": the rate alone in brackets after the period it
        // is set against
        if p == open + 1 || changed && p == open + 2, let m = timeline.anyMention(endingAt: open), let period = timeline.resolved[m] {
            guard periodSetAgainst(endingAt: open) != nil else { return nil }
            // ("cùng kỳ năm 2017 (8,76%)": the rate's own months of that year)
            return doc.matchesBefore(Lex.cungKy, timeline.mentions[m].tokens.lowerBound) ? Self.sameSpan(lead, inYear: period.endYear) : period
        }
        return nil
    }
}

extension SentenceBinder {
    /// "So với năm 2015 (3,8 triệu lượt), lượng khách đến tỉnh đã tăng gần gấp đôi": a value in brackets right after
    /// the period it is set against is that period's value of the indicator the sentence names, in its unit.
    /// ("264 hộ nghèo, chiếm tỷ lệ 0,81%, thấp hơn so với năm 2011 (11,81%)": with no cue of its own in the sentence, a
    /// rate in brackets is that of the level rate the sentence stated before it.)
    mutating func bindComparedPeriodValues(after figures: [Figure]) -> [Figure] {
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) && quantities[i].unitClass != .none {
            let q = quantities[i]
            let open = q.tokens.lowerBound - 1
            guard doc.isPunct(open, "("), doc.isPunct(q.tokens.upperBound, ")"),
                  let m = periodSetAgainst(endingAt: open, throughLeadWords: false) ?? sameMonthsSetAgainst(endingAt: open)
                      ?? planSetAgainst(endingAt: open),
                  var period = timeline.resolved[m], !period.isTarget else { continue }
            let s = timeline.mentions[m].tokens.lowerBound
            // "tăng 18% so với cùng kỳ năm 2024 (4.339.354 lượt)": the same months of that year as the sentence's own
            if doc.matchesBefore(Lex.cungKy, s), let own = timeline.lastStatement(before: s), own != m,
               let ownPeriod = timeline.resolved[own], let same = Self.sameSpan(ownPeriod, inYear: period.endYear) {
                period = same
            }
            // "đạt 61% so kế hoạch năm 2025 (8.400.000 lượt)": the plan's value
            let planned = Self.planLeads.contains { doc.matchesBefore($0, s) }
            // (a rate in brackets is a level's only: "tỷ lệ hộ nghèo còn 5,1%, giảm 2,2% so với cuối năm 2023 (7,34%)";
            // a growth rate's is read by `bindBracketedRates`)
            let cued = cues.first(where: { $0.sector == nil && $0.entries.contains { compatible(q, $0) } })
                .flatMap { cue in cue.entries.first(where: { compatible(q, $0) }) }
            guard let entry = cued ?? (q.unitClass == .percent ? levelRateStated(before: q, in: figures) : nil),
                  q.unitClass != .percent || !catalogue.entry(entry).changeIsValue && catalogue.entry(entry).rateVariant != nil else { continue }
            var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                              cueStart: s, cueEnd: s, end: q.tokens.upperBound)
            draft.period = period
            draft.kind = planned ? .plan : .actual
            markBound(i)
            var figure = finish(draft)
            figure.quote = doc.original(s..<(q.tokens.upperBound + 1))
            let span = doc.byteSpan(s..<(q.tokens.upperBound + 1))
            figure.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
            out.append(figure)
        }
        return out
    }

    /// The catalogue entry of the last level rate ("tỷ lệ hộ nghèo … 0,81%") stated before `q` in the sentence.
    private func levelRateStated(before q: Quantity, in figures: [Figure]) -> Int? {
        let start = doc.byteSpan(q.tokens).lowerBound
        guard let rate = figures.last(where: { $0.unit == .percent && $0.value != nil && ($0.source?.end ?? .max) <= start }),
              let entry = catalogue.entryIndex(of: rate.indicator),
              !catalogue.entry(entry).changeIsValue, catalogue.entry(entry).rateVariant != nil else { return nil }
        return entry
    }

    /// A period after "cùng kỳ" that a comparison word ("so với", "hơn") sets against.
    private func sameMonthsSetAgainst(endingAt open: Int) -> Int? {
        guard let m = periodSetAgainst(endingAt: open), doc.matchesBefore(Lex.cungKy, timeline.mentions[m].tokens.lowerBound) else { return nil }
        return m
    }

    /// A period after a plan's word that a comparison word sets against ("đạt 57% so với kế hoạch năm 2025").
    private func planSetAgainst(endingAt open: Int) -> Int? {
        guard let m = timeline.anyMention(endingAt: open) else { return nil }
        let named = timeline.mentions[m].tokens.lowerBound
        guard let lead = Self.planLeads.first(where: { doc.matchesBefore($0, named) }) else { return nil }
        let s = named - lead.count
        return (max(range.lowerBound, s - 3)..<max(range.lowerBound, s)).contains { doc.isWord($0, Lex.hon) || doc.isWord($0, Lex.so) } ? m : nil
    }

    private static let planLeads = [Lex.keHoach, Lex.duToan, RoleReader.mucTieu, RoleReader.chiTieu]
}

extension SentenceBinder {
    /// "Các điểm thu hút đông khách gồm: Đồi chè (khoảng 14.600 lượt), Thác Dải Yếm (9.300 lượt), …": visitors in
    /// brackets right after a named site, listed after a first such site's figure in the sentence, are that
    /// figure again for each site (its indicator, period and place).
    mutating func bindBracketedSiteCounts(after figures: [Figure]) -> [Figure] {
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) && quantities[i].unitClass == .arrivals {
            let q = quantities[i]
            var open = q.tokens.lowerBound - 1
            let approx = !doc.isPunct(open, "(") && hasQualifier(before: q.tokens.lowerBound, from: max(range.lowerBound, q.tokens.lowerBound - 2))
            if approx { open -= 1 }
            // (a count in brackets that opens the text has no site before it)
            guard open > 0, doc.isPunct(open, "("), doc.isPunct(q.tokens.upperBound, ")"),
                  doc.isCapitalised(open - 1) || doc.tokens[open - 1].kind == .word,
                  doc.isPunct(siteStart(before: open) - 1, ","),
                  // (a list of such sites: a count in brackets before this one)
                  quantities[..<i].contains(where: { $0.unitClass == .arrivals && isBracketedCount($0) }),
                  let template = (figures + out).last(where: { f in
                      guard let end = f.source?.end, end <= doc.byteSpan(q.tokens).lowerBound else { return false }
                      return f.value != nil && f.unit == .arrivals
                  }) else { continue }
            var f = template
            f.value = q.value
            f.qualifier = approx ? .approx : nil
            f.yoyPct = nil
            f.pctOfPlan = []
            let start = siteStart(before: open)
            f.quote = doc.original(start..<(q.tokens.upperBound + 1))
            let span = doc.byteSpan(start..<(q.tokens.upperBound + 1))
            f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
            markBound(i)
            out.append(f)
        }
        return out
    }

    /// A count alone in brackets, a qualifier allowed: "(9.300 lượt)", "(khoảng 14.600 lượt)".
    private func isBracketedCount(_ q: Quantity) -> Bool {
        guard doc.isPunct(q.tokens.upperBound, ")") else { return false }
        return doc.isPunct(q.tokens.lowerBound - 1, "(") || doc.isPunct(q.tokens.lowerBound - 2, "(")
    }

    /// The first token of a site's name ending right before token `open`: back over words to a comma.
    private func siteStart(before open: Int) -> Int {
        var k = open - 1
        while k > range.lowerBound, open - k <= 8, doc.tokens[k - 1].kind == .word { k -= 1 }
        return k
    }

    private static let giaiDoanTruoc = Lex.p("giai đoạn trước")
}
