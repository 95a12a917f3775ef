import PubstatModel

/// What the words around a number say within its clause: continuations, running totals, falls,
/// sub-periods and a change that belongs to another subject.
extension SentenceBinder {
    func quantityIndices(in scope: Range<Int>) -> [Int] {
        quantities.indices.filter { scope.contains(quantities[$0].tokens.lowerBound) }
    }

    /// The quantity is in a unit the entry expects; a bare "8,3 triệu" after a visitor cue counts as visitors.
    func compatible(_ q: Quantity, _ entry: Int) -> Bool {
        // percentage points are the value of a rate's fall ("giảm 3,58 điểm phần trăm") and of nothing else
        if q.points, !catalogue.isRateFall(catalogue.entry(entry).indicator) { return false }
        return catalogue.entry(entry).units.contains { u in
            u.unitClass == q.unitClass && (u.nouns.isEmpty || u.nouns.contains(q.noun))
                || q.bareScale && u.unitClass == .arrivals
        }
    }

    /// Words that carry on a cue's clause after a comma ("GRDP quý III, ước tăng 7%").
    static let clauseCarriers = WordSet([Lex.w("ước"), Lex.dat, Lex.tang, Lex.giam, Lex.so, Lex.nam, Lex.quy, Lex.thang,
                                                 Lex.trong, Lex.w("theo"), Lex.w("tính"), Lex.w("cao"), Lex.w("thấp"), Lex.w("với")])

    /// A comma between a cue and its change followed by another subject ("GDP quý III, tiêu dùng
    /// cuối cùng tăng 1,19%"): the change is that subject's.
    func newSubject(between a: Int, _ b: Int) -> Bool {
        // a comma inside a bracketed remark ("(GRDP, giá so sánh 2010)", the bracket opened before `a`
        // or after it) opens no clause
        var depth = 0
        var opening: [Int] = []
        for k in a..<b {
            if doc.isPunct(k, "(") { depth += 1; continue }
            if doc.isPunct(k, ")") {
                if depth == 0 { opening.removeAll() } else { depth -= 1 }
                continue
            }
            guard depth == 0, doc.isPunct(k, ",") else { continue }
            let next = k + 1
            if next < b, doc.tokens[next].kind == .word, !Self.clauseCarriers.contains(doc.tokens[next].hash),
               !places.contains(where: { $0.tokens.lowerBound == next }) { opening.append(k) }
        }
        return !opening.isEmpty
    }

    /// A cue right after a change ("tăng 6,6 lần tổng lượt khách"): the change is that cue's.
    func cueFollows(_ q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        if doc.isWord(k, Lex.ve) { k += 1 }
        return catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: min(range.upperBound, k + 8)) != nil
    }

    /// The start of a period written right before "tăng"/"giảm" ("6 tháng tăng 11,29%").
    func subPeriod(before t: Int) -> (start: Int, period: Period)? {
        var k = t - 1
        while k > range.lowerBound, t - k <= 3, doc.tokens[k].kind == .word, !doc.isWord(k, Lex.tang), !doc.isWord(k, Lex.giam) { k -= 1 }
        // ("cao hơn mức tăng của quý I (tăng 6,93%)": the period, then its growth in brackets)
        guard doc.isWord(k, Lex.tang) || doc.isWord(k, Lex.giam),
              let m = timeline.mention(endingAt: k) ?? (doc.isPunct(k - 1, "(") ? timeline.mention(endingAt: k - 1) : nil),
              let period = timeline.resolved[m] else { return nil }
        let start = timeline.mentions[m].tokens.lowerBound
        // "9 tháng năm 2016 ước tăng 7,42% (cùng kỳ năm 2015 tăng 7,05%)": the same months of the year named
        if doc.matchesBefore(Lex.cungKy, start), case .year(let y) = period.span,
           let current = timeline.lastStatement(before: start).flatMap({ timeline.resolved[$0] }), current.endYear == y + 1,
           let same = Self.sameSpan(current, inYear: y) {
            return (start, same)
        }
        return (start, period)
    }

    /// `period`'s months in year `y` (a part of a year only).
    static func sameSpan(_ period: Period, inYear y: Int) -> Period? {
        switch period.span {
        case .month(let m): YearMonth(year: y, month: m.month).map { Period(.month($0)) }
        case .quarter(_, let q): Period(.quarter(year: y, quarter: q))
        case .half(_, let h): Period(.half(year: y, half: h))
        case .firstMonths(_, let n): Period(.firstMonths(year: y, months: n))
        case .year, .years, .days: nil
        }
    }

    /// The same time a year before `period`: the year before a year, else the same months of the year before.
    static func sameTimeYearBefore(_ period: Period) -> Period? {
        if case .year(let y) = period.span { return Period(.year(y - 1)) }
        return sameSpan(period, inYear: period.endYear - 1)
    }

    /// "giảm xuống còn", "lên", "riêng ...", "lũy kế 9 tháng đạt": a second value of the same indicator.
    func isContinuation(before t: Int) -> Bool {
        if doc.isWord(t - 1, Lex.con) || doc.isWord(t - 1, Lex.len) || doc.isWord(t - 1, Lex.xuong) { return true }
        // ("tăng từ hơn 1.400 USD … lên hơn 1.700 USD": a qualifier may stand between "lên"/"xuống" and the number)
        if Lex.numberQualifiers.contains(doc.hash(t - 1)), doc.isWord(t - 2, Lex.len) || doc.isWord(t - 2, Lex.xuong) { return true }
        if runningTotal(before: t) != nil { return true }
        var k = t - 1
        while k >= range.lowerBound, t - k <= 6, doc.tokens[k].kind != .number {
            if doc.isWord(k, Lex.rieng) { return true }
            k -= 1
        }
        return false
    }

    /// Where "lũy kế" / "cộng dồn" opens the running total that `t` states ("lũy kế 9 tháng đạt 13.860").
    func runningTotal(before t: Int) -> Int? {
        var k = t - 1
        while k >= range.lowerBound, t - k <= 12 {
            if doc.matches(Lex.luyKe, at: k) || doc.matches(Lex.congDon, at: k) { return k }
            // ("…, đưa tổng 6 tháng lên gần 27.300 tỷ đồng")
            if Lex.runningTotalVerbs.contains(where: { doc.matches($0, at: k) }) { return k }
            if doc.tokens[k].kind == .punct, doc.tokens[k].first != UInt8(ascii: ",") { return nil }
            k -= 1
        }
        return nil
    }

    func isFall(before t: Int) -> Bool {
        var k = t - 1
        // ("giảm nhanh, bình quân 4,78%/năm": an adverb and a comma may come between)
        let reach = doc.matches(Lex.binhQuan, at: t - 2) && doc.isPunct(t - 3, ",") ? 6 : 4
        while k >= range.lowerBound, t - k <= reach {
            if doc.isWord(k, Lex.giam) { return true }
            k -= 1
        }
        return false
    }

    /// "Hải Phòng và Hà Nam ... lần lượt đạt 11,01% và 10,93%": the n-th value goes to the n-th place;
    /// "năm 2022 và năm 2023 lần lượt là 6,12% và 5,38%": to the n-th period, when the sentence names as
    /// many periods before the values as there are values.
    func assignRespective(_ d: inout Draft, _ extra: inout [Draft], before t: Int) {
        let values = 1 + extra.filter { $0.kind != .plan }.count
        let valuesStart = d.quantity?.tokens.lowerBound ?? t
        // (not a date in brackets: "(được công nhận năm 2020)")
        var depth = 0, open: [Bool] = []
        for k in range.lowerBound..<max(range.lowerBound, valuesStart) {
            if doc.isPunct(k, "(") { depth += 1 } else if doc.isPunct(k, ")") { depth = max(0, depth - 1) }
            open.append(depth > 0)
        }
        var periods = timeline.mentions.indices.filter { m in
            let start = timeline.mentions[m].tokens.lowerBound
            return start >= range.lowerBound && timeline.mentions[m].tokens.upperBound <= valuesStart && !open[start - range.lowerBound]
        }.compactMap { timeline.resolved[$0] }
        // "… từ 8,92% cuối năm 2022 xuống còn 6,48% cuối năm 2023. Số xã đạt chuẩn lần lượt là 26 xã và 31 xã": with no
        // period of its own before the values, the periods the sentence before stated, in order
        if periods.isEmpty, values >= 2, doc.matchesBefore(Lex.lanLuot, valuesStart) || doc.matchesBefore(Lex.lanLuot, valuesStart - 1)
            || doc.matchesBefore(Lex.lanLuot, valuesStart - 2), let previous = previousSentence {
            periods = timeline.mentions.indices.filter { m in
                timeline.mentions[m].role == .statement && previous.contains(timeline.mentions[m].tokens.lowerBound)
            }.compactMap { timeline.resolved[$0] }
        }
        // ("Năm 2023, GRDP quý I, quý II, quý III lần lượt tăng 5,1%, 6,2% và 7%": the year the parts are of opens the list)
        if values >= 2, periods.count > values, case let parts = Array(periods.suffix(values)),
           parts.allSatisfy({ Self.sameShape($0.span, parts[0].span) }),
           periods.dropLast(values).allSatisfy({ $0.span == .year(parts[0].endYear) && parts.allSatisfy { $0.startYear == parts[0].endYear } }) {
            periods = parts
        }
        if values >= 2, periods.count == values, Set(periods.map(\.description)).count == values {
            d.period = periods[0]
            var k = 1
            for i in extra.indices where extra[i].kind != .plan {
                extra[i].period = periods[k]
                k += 1
            }
        }
        let named = places.filter { $0.name != nil && $0.tokens.upperBound <= t && !$0.inParentheses }
        guard named.count >= values else { return }
        let chosen = named.suffix(values).map { Jurisdiction($0.level, $0.name!) }
        d.jurisdiction = chosen[0]
        var k = 1
        for i in extra.indices where extra[i].kind != .plan {
            extra[i].jurisdiction = chosen[k]
            k += 1
        }
    }

    /// Both spans are quarters, months, halves or first months of a year, or both are years.
    private static func sameShape(_ a: Period.Span, _ b: Period.Span) -> Bool {
        switch (a, b) {
        case (.quarter, .quarter), (.month, .month), (.half, .half), (.firstMonths, .firstMonths), (.year, .year): true
        default: false
        }
    }
}
