import PubstatModel

extension SentenceBinder {
    /// Works out a draft's period, kind, qualifier, cut-off, jurisdiction and comparisons.
    func finish(_ d: Draft) -> Figure {
        // a value-less change ("khách quốc tế 6 tháng đầu năm tăng 40%") is read up to its change
        let t = (d.quantity ?? d.anchor)?.tokens.lowerBound ?? d.cueEnd
        let parent = d.inheritFrom
        // "Trong mức tăng chung của toàn nền kinh tế năm 2019, khu vực … tăng 2,04%" after "GDP quý IV/2019 …": a
        // sentence that opens with its own period gives its sectors that period, not their total's
        // ("9 tháng năm 2025, giá trị tăng thêm ngành công nghiệp tăng 8,55%" or "… ngành công nghiệp 9 tháng năm 2025 tăng
        // 8,55%": a period's own number is not the first figure it frames)
        let framesItself = parent != nil && quantities.first(where: { !isPeriodNumber($0) }).map { first in
            timeline.lastStatement(before: first.tokens.lowerBound, from: range.lowerBound) != nil
        } == true || parent.map(framedBySentenceBefore(after:)) == true
        // ("… bình quân hàng năm tăng 12,3%; trong đó, … dịch vụ tăng 14,3%": a breakdown in the sentence of a total that
        // has no period has none either)
        let undatedTotal = parent.map { $0.period == nil && ($0.source?.start ?? -1) >= doc.byteSpan(range).lowerBound } ?? false
        // ("… tháng 6/2021 ước thực hiện 2.565 tỷ đồng; lũy kế 6 tháng ước thực hiện 12.728 tỷ đồng; trong đó: công nghiệp
        // chế biến, chế tạo 12.493 tỷ đồng": a period stated after the total the sectors are taken from dates them)
        let restated = parent.flatMap { whole -> Period? in
            guard let end = whole.source?.end, let k = timeline.lastStatement(before: t, from: range.lowerBound),
                  doc.byteSpan(timeline.mentions[k].tokens).lowerBound >= end, let p = timeline.resolved[k], !p.isTarget else { return nil }
            return p
        }
        var period = d.period ?? averagedSpan(for: d, at: t) ?? restated ?? (framesItself ? nil : parent?.period)
            ?? (undatedTotal ? nil : period(for: d, at: t))
        if let part = d.undatedPart { period = period.flatMap { part.resolve(year: $0.endYear) } }
        // "Giá trị gia tăng ngành công nghiệp tăng bình quân 11%/năm" after "trong giai đoạn 2021 - 2025, …" and "năm 2025":
        // an average per year, its sentence naming no years, is over the span of years that ends in the year it was read in
        if d.period == nil, let p = period, case .year(let y) = p.span, (d.quantity ?? d.anchor)?.perYear == true,
           !timeline.mentions.contains(where: { $0.tokens.lowerBound >= range.lowerBound && $0.tokens.upperBound <= t }),
           let span = lastSpan(endingIn: y, before: range.lowerBound) {
            period = span
        }
        // "Riêng tháng 12, … . Khu du lịch Bà Nà đón khoảng 2,1 triệu lượt khách trong năm.": "trong năm" after the
        // value is the whole year of the period around it
        // ("… thấp hơn nhiều so với mục tiêu tăng trưởng 7,0% của cả năm": nor is a rate "of the whole year" a part's)
        if d.period == nil, let p = period, Self.isPartOfYear(p), let q = d.quantity, saysInTheYear(after: q) || ofTheWholeYear(after: q) {
            period = Period(.year(p.endYear))
        }
        // "tổng thu … tháng 11 được 526 tỷ đồng, lũy kế được 8.812 tỷ đồng": a running total that names no months of its own
        // runs from January to the month before it
        if d.period == nil, case .month(let month)? = period?.span, month.month > 1, let opening = runningTotal(before: t),
           timeline.lastStatement(before: t, from: opening) == nil {
            period = Period(.firstMonths(year: month.year, months: month.month))
        }
        // an estimate word in the cue, before its number or right before a verb cue ("ước đón"): read once, for kind and qualifier
        let ownEstimate = anyPhrase(catalogue.estimateWords, in: min(d.cueStart, t)..<t) || estimateBefore(d) || opensByAnEstimate(before: t)
        // (a part inherits its whole's estimate; an earlier year recalled beside it, "(năm 2024 tăng 6,95%)", is final)
        // (and a part of a plan or a goal, in its sentence or the "Trong đó" sentence after it, is planned too: "… bình quân
        // giai đoạn 2021 - 2030 đạt 15-16%/năm. Trong đó, công nghiệp - xây dựng tăng 17-18%/năm")
        let inherited = parent.flatMap { whole -> FigureKind? in
            if whole.kind == .plan || whole.kind == .target,
               (whole.source?.start ?? -1) >= doc.byteSpan(range).lowerBound || doc.matches(Lex.trongDo, at: range.lowerBound) { return whole.kind }
            return whole.kind == .estimate && !(period.map { p in whole.period.map { p.endYear < $0.endYear } ?? false } ?? false) ? .estimate : nil
        }
        var kind = d.kind ?? inherited ?? kind(for: d, at: t, period: period, ownEstimate: ownEstimate)
        if kind == .estimate, d.kind == nil, recalledEarlier(d, at: t, period: period) { kind = .actual }
        // "GRDP bình quân đầu người năm 2030 đạt 9.800 USD" written in 2025: a year not yet begun has no result; what it
        // is said to reach is a goal
        if kind == .actual, let p = period, !p.isTarget, let now = context.published?.year ?? context.archiveMonth?.year,
           p.startYear > now { kind = .target }
        // "giảm từ 3% trở lên", "tăng trưởng GRDP từ 10% trở lên": a rate set as a floor, "from X% upward", is a goal
        // (not a record told in the past, "đã 10 năm liền tăng trưởng GRDP từ 9% trở lên")
        if kind == .actual, let q = d.quantity ?? d.anchor, q.unitClass == .percent, doc.isWord(q.tokens.lowerBound - 1, Lex.tu),
           doc.isWord(q.tokens.upperBound, Lex.tro), doc.isWord(q.tokens.upperBound + 1, Lex.len),
           !(clauseStart(q.tokens.lowerBound)..<q.tokens.lowerBound).contains(where: { Self.toldAsDone.contains(doc.hash($0)) }) { kind = .target }
        var jurisdiction = d.jurisdiction ?? parent?.jurisdiction ?? nationalScope(cue: d.cueStart..<d.cueEnd, before: t) ?? jurisdiction(at: t, entry: d.entry)
        if d.jurisdiction == nil, parent == nil, isNationalScale(d, period: period, before: t) { jurisdiction = FigureCompleteness.country }
        // ("Xã Triệu Nguyên và Ba Lòng có tỷ lệ hộ nghèo giảm ít nhất là 0,52%" in 2019: a commune or ward its clause is
        // about, before the 2025 reform a unit below the district, is not the district or province around it: held back;
        // after it, a ward's figure is its province's, scoped to the ward)
        // (not a count of communes: "… Bình Dương (Thăng Bình) và 4 xã đạt chuẩn NTM nâng cao")
        if d.jurisdiction == nil, let p = period, p.endYear < 2025, d.quantity?.noun != Lex.xa, namesCommune(before: t) {
            jurisdiction = FigureCompleteness.unknownPlace
        }
        // ("Xã miền núi Thu Cúc … giảm tỷ lệ hộ nghèo năm 2025 xuống còn 11,15%" in a province's text: since the reform a
        // commune or ward is a unit right under the province; its figure is the province's, scoped to the unit, as a
        // former province's is after a merger)
        var unitScope: String?
        if d.jurisdiction == nil, let p = period, p.startYear >= 2025, d.quantity?.noun != Lex.xa, let unit = communeOfSentence(before: t),
           unit != context.places.subject {
            unitScope = "\(unit)"
        }
        let q = d.quantity
        // ("công nhận huyện Cao Lãnh đạt chuẩn nông thôn mới năm 2020, phấn đấu 2 huyện: Châu Thành, Lấp Vò đạt chuẩn": a
        // count of districts is the figure of what holds them, never of one of them)
        if jurisdiction.level == .district, q?.unitClass == .count, q?.noun == Self.huyen {
            let parents = catalogue.gazetteer.parentProvinces(of: jurisdiction)
            jurisdiction = parents.count == 1 ? parents[0] : context.places.subject ?? jurisdiction
        }
        var f = Figure(indicator: d.indicator, value: d.value, unit: d.value == nil ? nil : q?.unit ?? (q?.bareScale == true ? .arrivals : nil), kind: kind,
                       period: period, jurisdiction: jurisdiction, quote: "")
        // "Danh sách 31 xã vừa được công nhận đạt chuẩn nông thôn mới": a stock's count just recognised is its flow
        if let q, recognisedJustNow(q), let flow = catalogue.entries.first(where: { $0.totalVariant == d.indicator }) { f.indicator = flow.indicator }
        if var p = f.period, kind == .target {
            // "8 tháng … đón 21,5 triệu lượt. Tỉnh phấn đấu đón 30 triệu lượt": a target whose sentence
            // states no period is the year's, not the part of the year an earlier sentence reported
            if d.period == nil, parent == nil, Self.isPartOfYear(p), timeline.lastStatement(before: d.end, from: range.lowerBound) == nil {
                p = Period(.year(p.endYear))
            }
            // ("… huyện Cao Lãnh đạt chuẩn năm 2020, … vào cuối năm 2021. Phấn đấu thu nhập … hơn 51 triệu đồng" written in 2021:
            // a goal whose sentence states no period is set for no year already gone, whatever an earlier sentence named)
            if d.period == nil, parent == nil, case .year(let y) = p.span, let now = context.published?.year, y < now,
               timeline.lastStatement(before: d.end, from: range.lowerBound) == nil {
                p = Period(.year(now))
            }
            // ("… đạt chuẩn nông thôn mới năm 2020, phấn đấu 2 huyện … đạt chuẩn vào cuối năm 2021": a year the clause aims at
            // after its number, when the year before it was told in a clause of its own)
            // (not when that year was itself aimed at: "phấn đấu đến cuối năm 2025, tỷ lệ hộ nghèo còn dưới 3% và đến cuối năm
            // 2030, … dưới 2,5%")
            let told = timeline.lastStatement(before: d.end, from: range.lowerBound).map { timeline.mentions[$0] }
            if d.period == nil, parent == nil, told.map({ $0.tokens.lowerBound < clauseStart(t) && !isAimedAt($0) }) ?? true,
               let ahead = yearAimedAt(after: d.end), ahead > p.endYear {
                p = Period(.year(ahead))
            }
            p.isTarget = true
            f.period = p
        } else if let p = f.period, case .years(let from, let to) = p.span, kind != .plan,
                  let now = context.published?.year ?? context.archiveMonth?.year, to > now, from < now {
            if q?.valueHigh != nil {
                // "Tăng trưởng GRDP bình quân 2021-2025: 7,5 - 8%/năm" written in 2023: a range over a term still
                // running is what the term aims at, not a result
                f.kind = .target
                f.period?.isTarget = true
            } else {
                // results of a running term ("sau nửa nhiệm kỳ") cover the years so far
                f.period = Period(.years(from: from, to: now))
            }
        }
        f.valueHigh = q?.valueHigh
        f.outOf = q?.outOf
        f.per = q?.per
        // a slip whose value is unknown (its change may still be read): "đón 3,848 lượt khách", a count of visits with a
        // fraction and no scale word; "tăng trưởng kinh tế ở mức 6/32%", a rate written over a whole
        if let q, let v = f.value, f.unit == .arrivals && !q.bareScale && v != v.rounded(.towardZero) || f.unit == .percent && q.outOf != nil {
            f.value = nil
            f.unit = nil
        }
        // "GRDP của Hậu Giang ước cả năm 2022 đạt 113,94%; … khu vực công nghiệp và xây dựng 136,55%": a growth rate
        // written as an index of the year before (100 and more, without "tăng") is the index less 100
        if f.unit == .percent, let v = f.value, v >= 100, v < 300, let q, q.valueHigh == nil, isRateOfChange(d),
           !(max(range.lowerBound, q.tokens.lowerBound - 3)..<q.tokens.lowerBound).contains(where: { doc.isWord($0, Lex.tang) || doc.isWord($0, Lex.giam) }) {
            f.value = ((v - 100) * 1e6).rounded() / 1e6
        }
        // "GRDP đạt 94,12 triệu đồng/người": a level written per person is its per-head variant
        if q?.per != nil, let entry = d.entry, let perPerson = catalogue.entry(entry).perPersonVariant { f.indicator = perPerson }
        f.pctOfPlan = d.pctOfPlan
        f.sector = d.sector
        if let q { f.scope = d.scope ?? starRating(after: q) ?? cueScope(of: d) ?? unitScope }
        // (a plan is approximate by its own words only, "khoảng 9,1 triệu lượt", "680 tỷ đồng trở lên": the result's
        // estimate words around it are not the plan's)
        let planned = kind == .plan || d.kind == .target
        if isApprox(d, at: t, ownEstimate: !planned && ownEstimate, estimateAfter: !planned) { f.qualifier = .approx }
        f.asOf = cutOff(before: t, year: period?.endYear)
        // a change is year-on-year when compared with the same period a year before
        // (a growth rate's own change, "đạt 7,58%, tăng 2,97% so với cùng kỳ", is a change in points, no growth of it)
        let isRateOfChange = catalogue.changeIsValue(of: d.indicator)
        for change in d.changes where !isRateOfChange {
            switch change.comparison {
            case .previousMonth:
                if f.momPct == nil, !change.times { f.momPct = change.value }
            case .other where change.comparison.namesMonthBefore(period):
                if f.momPct == nil, !change.times { f.momPct = change.value }
            case .unrelated:
                continue
            case .previousYear, .other:
                if case .other = change.comparison, !change.comparison.namesYearBefore(period) { continue }
                guard f.yoyPct == nil else { continue }
                if change.times {
                    f.yoyRatio = change.value
                    f.yoyPct = ((change.value - 1) * 100 * 1e6).rounded() / 1e6
                } else {
                    f.yoyPct = change.value
                }
            }
        }
        let start = min(d.cueStart, t)
        let quoteRange = start..<max(d.end, start + 1)
        f.quote = doc.original(quoteRange)
        let span = doc.byteSpan(quoteRange)
        f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
        if let k = (start..<d.end).first(where: { [doc] in doc.matches(Lex.price, at: $0) }) {
            // "theo giá so sánh (năm) 2010": the base year follows the words
            let y = doc.isWord(k + 3, Lex.nam) ? k + 4 : k + 3
            if let year = doc.integer(y), PeriodScanner.isYear(year) { f.priceBasis = "constant_\(year)" }
        }
        return f
    }

    /// "Với mục tiêu đón trên 130 nghìn lượt khách quốc tế, … đạt 600 tỷ đồng vào năm 2015": the year a goal's
    /// sentence sets after its values ("vào năm", "đến năm"), when it is the first period written after them.
    private func yearAimedAt(after end: Int) -> Int? {
        let next = Timeline.partitionPoint(timeline.mentions.count) { timeline.mentions[$0].tokens.lowerBound < end }
        guard next < timeline.mentions.count, case let m = timeline.mentions[next], m.tokens.upperBound <= range.upperBound,
              case .year(let y) = m.shape else { return nil }
        return isAimedAt(m) ? y : nil
    }

    /// "vào năm 2025", "đến cuối năm 2021", "đến hết năm 2025": a year something is to reach by.
    private func isAimedAt(_ m: PeriodMention) -> Bool {
        var lead = doc.isWord(m.tokens.lowerBound - 1, Lex.nam) ? m.tokens.lowerBound - 1 : m.tokens.lowerBound
        if doc.isWord(lead - 1, Self.cuoi) || doc.isWord(lead - 1, Self.het) { lead -= 1 }
        return doc.isWord(lead - 1, Lex.vao) || doc.isWord(lead - 1, Lex.den)
    }

    /// "ước đạt 8.486,7 triệu USD (6 tháng năm 2016 đạt 7.523,6 triệu USD)": a value in brackets that open with a
    /// period of an earlier year than the sentence's, with no estimate word of its own, is that year's final value.
    private func recalledEarlier(_ d: Draft, at t: Int, period: Period?) -> Bool {
        guard d.quantity != nil, let period, let open = openingBracket(before: t), timeline.ownMention(at: open + 1) != nil,
              let statement = timeline.lastStatement(before: open, from: range.lowerBound),
              let sentencePeriod = timeline.resolved[statement], period.endYear < sentencePeriod.endYear else { return false }
        return !anyPhrase(catalogue.estimateWords, in: open..<t)
    }

    /// A month, quarter, half or first months of one year.
    static func isPartOfYear(_ p: Period) -> Bool {
        switch p.span {
        case .month, .quarter, .half, .firstMonths: return true
        case .year, .years, .days: return false
        }
    }

    /// "(tốc độ tăng trưởng GRDP 9 tháng đạt 10,62%, …)": a figure told in brackets, cue and all, takes the
    /// period stated with it there (an aside to the text around the bracket, the figure's own).
    private func periodInOwnBracket(from start: Int, to t: Int) -> Period? {
        guard let open = (range.lowerBound..<start).last(where: { doc.isPunct($0, "(") || doc.isPunct($0, ")") }),
              doc.isPunct(open, "("), !(start..<t).contains(where: { doc.isPunct($0, "(") || doc.isPunct($0, ")") }) else { return nil }
        var k = Timeline.partitionPoint(timeline.mentions.count) { timeline.mentions[$0].tokens.lowerBound < start }
        var found: Period?
        while k < timeline.mentions.count, timeline.mentions[k].tokens.upperBound <= t {
            if timeline.mentions[k].role == .aside, let p = timeline.resolved[k], !p.isTarget { found = p }
            k += 1
        }
        return found
    }

    /// "đến năm 2030 GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm": a level dated to one year whose change
    /// is an average per year; the change is the growth over the span before it, not the level's year-on-year change.
    func averagedChangeSpan(of d: Draft, dated f: Figure) -> Period? {
        guard let q = d.quantity, let p = f.period, case .year = p.span, hasAverageChange(d, after: q.tokens.lowerBound),
              var span = timeline.lastSpan(before: q.tokens.lowerBound) else { return nil }
        span.isTarget = p.isTarget
        return span
    }

    /// A per-year change among the draft's own tokens after its value ("tăng bình quân 33%/năm").
    private func hasAverageChange(_ d: Draft, after t: Int) -> Bool {
        guard d.quantity != nil, !d.changes.isEmpty else { return false }
        return quantities.contains { $0.perYear && $0.tokens.lowerBound > t && $0.tokens.upperBound <= d.end }
    }

    /// "bình quân (mỗi năm) giảm", "trung bình đạt", "mỗi năm": an average over a span; not "bình quân 2 huyện"
    /// or "bình quân đầu người", where the words average over something else.
    /// "từ 35,62% (cuối năm 2021) xuống còn 21,07% vào cuối năm 2024, bình quân mỗi năm giảm 4,85%": an average
    /// annual change after a value dated at each end covers the years between them.
    private func averagedSpan(for d: Draft, at t: Int) -> Period? {
        guard (d.quantity ?? d.anchor)?.perYear ?? false || averages(in: max(range.lowerBound, min(d.cueEnd, t - 5))..<t) else { return nil }
        return endpointSpan(before: t)
    }

    /// The years between the last two dated ends ("đầu/cuối năm Y") of the sentence before `t`: from the
    /// first's year when it is its start ("đầu năm 2016"), else from the year after.
    private func endpointSpan(before t: Int) -> Period? {
        var ends: [(year: Int, start: Bool)] = []
        for m in timeline.mentions where m.tokens.lowerBound >= range.lowerBound && m.tokens.upperBound <= t {
            guard case .year(let y) = m.shape else { continue }
            let k = m.tokens.lowerBound - 1
            if doc.isWord(k, Lex.cuoi) || doc.isWord(k, Lex.dau) {
                ends.append((y, doc.isWord(k, Lex.dau)))
            } else if let q = quantities.first(where: { $0.tokens.upperBound == m.tokens.lowerBound }), marksAnEnd(q) {
                // ("từ 7,19% năm 2015 … xuống còn 1,36% năm 2020": a year right after the value a change starts from or
                // reaches is that year's end)
                ends.append((y, false))
            }
        }
        guard ends.count >= 2 else { return nil }
        let a = ends[ends.count - 2], b = ends[ends.count - 1]
        let first = a.start ? a.year : a.year + 1
        guard !b.start, b.year > first else { return nil }
        return Period(.years(from: first, to: b.year))
    }

    /// Whether "từ", "còn", "lên" or "xuống" (a qualifier between allowed) opens `q`: a value a change starts from or reaches.
    private func marksAnEnd(_ q: Quantity) -> Bool {
        var k = q.tokens.lowerBound - 1
        if Lex.numberQualifiers.contains(doc.hash(k)) { k -= 1 }
        return doc.isWord(k, Lex.tu) || doc.isWord(k, Lex.con) || doc.isWord(k, Lex.len) || doc.isWord(k, Lex.xuong)
    }

    /// The last span of years ("giai đoạn 2021 - 2025") written before token `t` that ends in `year`.
    private func lastSpan(endingIn year: Int, before t: Int) -> Period? {
        for (k, m) in timeline.mentions.enumerated().reversed() where m.tokens.upperBound <= t {
            guard case .years(let a, let b) = m.shape, b == year, a < b, timeline.resolved[k] != nil else { continue }
            return Period(.years(from: a, to: b))
        }
        return nil
    }

    private static let thoiGianQua = Lex.p("thời gian qua")
    /// "hàng năm", the spelling of "hằng năm" (every year) that newspapers use as often.
    private static let hangNamGrave = Lex.p("hàng năm")
    private static let approximations = WordSet(["trên", "khoảng", "hơn", "gần"].map(Lex.w))

    func averages(in r: Range<Int>) -> Bool {
        if contains(Lex.moiNam, in: r) || contains(Lex.hangNam, in: r) || contains(Self.hangNamGrave, in: r) { return true }
        for k in r where doc.matches(Lex.binhQuan, at: k) || doc.matches(Lex.trungBinh, at: k) {
            // ("đón trung bình trên 11 triệu lượt khách/năm": a word of approximation may come before the number)
            let next = doc.tokens.indices.contains(k + 2) && doc.tokens[k + 2].kind == .word
                && Self.approximations.contains(doc.tokens[k + 2].hash) && doc.isNumber(k + 3) ? k + 3 : k + 2
            if next >= r.upperBound || doc.isWord(next, Lex.tang) || doc.isWord(next, Lex.giam) || doc.isWord(next, Lex.dat)
                || doc.isWord(next, Lex.la) || doc.matches(Lex.giaiDoan, at: next) || doc.isNumber(next) && !doc.isWord(next + 1, Lex.huyen) {
                return true
            }
        }
        return false
    }

    private func contains(_ phrase: [UInt64], in r: Range<Int>) -> Bool { doc.contains(phrase, in: r) }

    /// ``anyPhrase(_:in:)`` outside the brackets that close before `cut`: "đạt 6,1%/năm (mục tiêu Nghị
    /// quyết 7%/năm); quy mô GRDP … đạt 29.800 tỷ đồng" — the bracket's target names no later figure.
    private func anyPhrase(_ trie: PhraseTrie<Bool>, in r: Range<Int>, skippingBracketsClosedBefore cut: Int) -> Bool {
        var start = r.lowerBound
        var k = r.lowerBound
        while k < min(cut, r.upperBound) {
            if doc.isPunct(k, "(") {
                var close = k + 1
                while close < cut, !doc.isPunct(close, ")") { close += 1 }
                if close < cut {
                    if anyPhrase(trie, in: start..<k) { return true }
                    start = close + 1
                    k = close
                }
            }
            k += 1
        }
        return anyPhrase(trie, in: start..<max(start, r.upperBound))
    }

    /// A phrase of `trie` in `r`; phrases entered as `false` ("chương trình mục tiêu quốc gia", a
    /// programme's name) block the shorter ones inside them ("mục tiêu").
    /// The start of the last phrase of `trie` in `r` that counts (payload true), if any.
    func lastPhrase(_ trie: PhraseTrie<Bool>, in r: Range<Int>) -> Int? {
        var found: Int?
        forEachPhrase(trie, in: r) { k in found = k; return false }
        return found
    }

    /// Calls `body` with the start of each phrase of `trie` in `r` that counts (payload true), longest match first,
    /// until it returns true.
    private func forEachPhrase(_ trie: PhraseTrie<Bool>, in r: Range<Int>, _ body: (Int) -> Bool) {
        var k = r.lowerBound
        while k < r.upperBound {
            if let m = trie.longestMatch(in: doc.tokens, at: k, limit: r.upperBound) {
                if m.payload.contains(true), body(k) { return }
                k = m.end
                continue
            }
            k += 1
        }
    }

    func anyPhrase(_ trie: PhraseTrie<Bool>, in r: Range<Int>) -> Bool {
        var found = false
        forEachPhrase(trie, in: r) { _ in found = true; return true }
        return found
    }

    // MARK: period

    func period(for d: Draft, at t: Int) -> Period? {
        if let day = peakDay(before: t) ?? lunarNewYearDay(before: t) { return day }
        // "Dự toán thu ngân sách nhà nước năm 2013 được Quốc hội quyết định là 816.000 tỷ đồng" in a 9-month
        // report: a sentence about the estimate gives it the year it names
        // (and so does one that opens with the plan: "Kế hoạch năm 2018 của tỉnh là đón 1,1 triệu lượt khách")
        if doc.matches(Lex.duToan, at: range.lowerBound) || doc.matches(Lex.keHoach, at: range.lowerBound),
           let year = estimateYear(before: t) { return Period(.year(year)) }
        let p = contextualPeriod(for: d, at: t)
        // "(2016 - 2019) giảm từ 50,41% xuống còn 19,59%": the values at the span's two ends
        if let q = d.quantity, d.period == nil, let p, case .years(let first, let last) = p.span, !p.isTarget {
            let toFollows = (q.tokens.upperBound..<max(q.tokens.upperBound, min(range.upperBound, q.tokens.upperBound + 6))).contains {
                doc.isWord($0, Lex.xuong) || doc.isWord($0, Lex.len) || doc.isWord($0, Lex.con)
            }
            if doc.isWord(q.tokens.lowerBound - 1, Lex.tu), toFollows || doc.isWord(q.tokens.lowerBound - 2, Lex.giam) || doc.isWord(q.tokens.lowerBound - 2, Lex.tang) {
                return Period(.year(first))
            }
            if isContinuation(before: q.tokens.lowerBound), fromValue(before: q.tokens.lowerBound) { return Period(.year(last)) }
        }
        // "Riêng 05 huyện nghèo, tỷ lệ hộ nghèo giảm từ 70,44% xuống còn 40,25% năm 2015": the value a change starts
        // from, its own time unstated and no span to start, is not of the period the sentence dates
        if let q = d.quantity, d.period == nil, let p, startsAChange(q) {
            if case .years = p.span {} else { return nil }
        }
        // "đạt 1.760 tỷ đồng; lũy kế 9 tháng đạt 13.860 tỷ đồng": the value before a running total is the month's
        if d.quantity != nil, let n = monthBeforeRunningTotal(after: d.end), let year = p?.endYear,
           let month = YearMonth(year: year, month: n) {
            return Period(.month(month))
        }
        // ("Kim ngạch nhập khẩu đạt 5 triệu USD, lũy kế 30 triệu USD" in a report whose running period is the first
        // quarter: the value before a running total told by its value alone is the running period's last month's)
        if d.quantity != nil, d.period == nil, let p, SentenceBinder.isPartOfYear(p), let last = p.endMonth,
           let month = YearMonth(year: p.endYear, month: last), p.span != .month(month), runningTotalValueFollows(after: d.end),
           timeline.lastStatement(before: t, from: range.lowerBound) == nil {
            return Period(.month(month))
        }
        // "Doanh thu du lịch ước đạt hơn 33.000 tỷ đồng, tăng 142,8% so với năm 2022" after a look-back to 2023 in a
        // report on 2024's first months, "năm nay, GRDP tăng 8,89% so với năm 2021": a change on a whole year is that
        // of the year after it, when the sentence dates the figure no more precisely
        // (not a change over several years: "Đến cuối năm nay, tỷ lệ hộ nghèo … giảm còn 1,3%, giảm 7,56% so với năm 2015"
        // in a text of 2020 sets this year against one five years back)
        if let p, d.period == nil, !p.isTarget, let q = d.quantity, let compared = comparedWholeYear(after: t, numberEnd: q.tokens.upperBound),
           compared + 1 != p.endYear, compared + 1 >= p.endYear - 1, vaguelyDated(before: t) {
            return Period(.year(compared + 1))
        }
        return p
    }

    /// The year of "tăng X% so (với) năm 2022" in the clause after token `t` (not "cùng kỳ năm 2022": the same months;
    /// not "gấp 2 lần so với năm 2015": a multiple over several years).
    /// ("đạt 17.363 tỷ đồng (tăng 7,3% so với năm 2019)": the change in brackets right after the number, at `numberEnd`, too)
    private func comparedWholeYear(after t: Int, numberEnd: Int) -> Int? {
        var k = t
        var rate = false
        while k < min(range.upperBound, t + 12), !doc.isPunct(k, ";"), !doc.isPunct(k, "(") || k == numberEnd {
            if doc.isPunct(k, "%") { rate = true }
            if doc.isWord(k, Self.lan) { return nil }
            if doc.isWord(k, Lex.so) {
                guard rate else { return nil }
                var j = k + 1
                if doc.isWord(j, Lex.voi) { j += 1 }
                guard doc.isWord(j, Lex.nam), let y = doc.integer(j + 1), PeriodScanner.isYear(y), doc.bytes(j + 1).count == 4 else { return nil }
                return y
            }
            k += 1
        }
        return nil
    }

    /// No period of the sentence's own before token `t`, or only "năm nay" / "hiện nay".
    private func vaguelyDated(before t: Int) -> Bool {
        guard let own = timeline.lastStatement(before: t, from: range.lowerBound) else { return true }
        switch timeline.mentions[own].shape {
        case .thisYear, .now: return true
        default: return false
        }
    }

    /// "Ngày cao điểm nhất là 2/9 với khoảng 19.400 lượt khách": the busiest day of a holiday, named in the
    /// figure's clause, is the figure's period (its year the holiday's, else the text's).
    private func peakDay(before t: Int) -> Period? {
        let start = clauseStart(t)
        // ("ngày cao điểm": a day; "mùa cao điểm từ 1/6 đến 31/8" is a season)
        guard let peak = (start..<t).first(where: { doc.matches(Self.caoDiem, at: $0) && doc.isWord($0 - 1, Lex.ngay) }) else {
            return peakDayOpening(before: t)
        }
        for k in (peak + Self.caoDiem.count)..<min(t, peak + Self.caoDiem.count + 5) {
            guard let day = doc.integer(k), doc.isPunct(k + 1, "/"), let month = doc.integer(k + 2), !doc.isPunct(k + 3, "/") else { continue }
            return holidayDay(day, month, before: start)
        }
        return nil
    }

    /// "Ngày 1/9 là ngày cao điểm, riêng phường Cửa Lò đón khoảng 82.000 lượt khách": a sentence that opens
    /// by naming the busiest day dates the figures of its next clauses too (up to a `;`).
    private func peakDayOpening(before t: Int) -> Period? {
        var k = range.lowerBound
        if doc.isWord(k, Lex.ngay), doc.matches(Self.caoDiem, at: k + 1) { return peakDayNamed(after: k + 1 + Self.caoDiem.count, before: t) }
        if doc.isWord(k, Lex.ngay) { k += 1 }
        guard let day = doc.integer(k), doc.isPunct(k + 1, "/"), let month = doc.integer(k + 2), !doc.isPunct(k + 3, "/"),
              doc.isWord(k + 3, Self.la), doc.isWord(k + 4, Lex.ngay), doc.matches(Self.caoDiem, at: k + 5), k + 5 < t,
              !(k..<t).contains(where: { doc.isPunct($0, ";") }) else { return nil }
        return holidayDay(day, month, before: range.lowerBound)
    }

    /// "Ngày cao điểm là mùng 2 Tết (11/02/2024), toàn tỉnh đón …": the busiest day named in the sentence's
    /// opening clause (up to its first comma outside brackets), as a date or a day of Tết.
    private func peakDayNamed(after start: Int, before t: Int) -> Period? {
        var depth = 0
        var k = start
        while k < min(t, start + 16) {
            if doc.isPunct(k, "(") { depth += 1 } else if doc.isPunct(k, ")") { depth = max(0, depth - 1) }
            if depth == 0, doc.isPunct(k, ",") || doc.isPunct(k, ";") { break }
            if let day = doc.integer(k), doc.isPunct(k + 1, "/"), let month = doc.integer(k + 2), (1...12).contains(month) {
                if doc.isPunct(k + 3, "/"), let year = doc.integer(k + 4), PeriodScanner.isYear(year),
                   let date = CalendarDate(year: year, month: month, day: day) {
                    return Period(.days(from: date, to: date))
                }
                if !doc.isPunct(k + 3, "/") { return holidayDay(day, month, before: range.lowerBound) }
            }
            if doc.isWord(k, Self.mung) || doc.isWord(k, Self.mong), let n = doc.integer(k + 1), doc.isWord(k + 2, Lex.tet) {
                let running = timeline.framingStatement(beforeSentenceAt: range.lowerBound)
                guard let year = running.flatMap({ timeline.resolved[$0]?.endYear }) ?? context.referenceYear,
                      let date = LunarNewYear.day(n, ofYear: year) else { return nil }
                return Period(.days(from: date, to: date))
            }
            k += 1
        }
        return nil
    }

    /// Day `day` of `month` in the year of the period running before token `start` (else the text's).
    private func holidayDay(_ day: Int, _ month: Int, before start: Int) -> Period? {
        let running = start == range.lowerBound ? timeline.framingStatement(beforeSentenceAt: start) : timeline.lastStatement(before: start)
        let year = running.flatMap { timeline.resolved[$0]?.endYear } ?? context.referenceYear
        guard let year, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Period(.days(from: date, to: date))
    }

    private static let la = Lex.w("là"), lan = Lex.w("lần")

    private static let caoDiem = Lex.p("cao điểm")

    /// "ngày mùng 4 Tết có nhiều du khách nhất với 186.000 lượt": a day of Tết named in the figure's clause
    /// (`mùng/mồng N Tết`, `mùng N tháng Giêng`, `ngày N Tết`) is the figure's period, a calendar day of
    /// the lunar year that starts in the year of the text's period.
    private func lunarNewYearDay(before t: Int) -> Period? {
        guard namesLunarDays else { return nil }
        var start = clauseStart(t)
        // "Riêng ngày mồng 2 Tết, các điểm di tích đón …": a short opener before the sentence's first comma frames it
        if let comma = (range.lowerBound..<min(start, range.lowerBound + 8)).first(where: { doc.isPunct($0, ",") }),
           !(range.lowerBound..<comma).contains(where: { doc.isPunct($0, ";") }) {
            start = range.lowerBound
        }
        var depth = 0
        for k in start..<t {
            // "(tức 29 tháng Chạp đến mùng 5 tháng Giêng)": a window restated in lunar days is no single day
            if doc.isPunct(k, "(") { depth += 1 } else if doc.isPunct(k, ")") { depth = max(0, depth - 1) }
            guard depth == 0, !doc.isWord(k - 1, Lex.den), !doc.isWord(k - 1, Lex.tu), !doc.isWord(k - 2, Lex.den), !doc.isWord(k - 2, Lex.tu) else { continue }
            let lunar = doc.isWord(k, Self.mung) || doc.isWord(k, Self.mong)
            guard lunar || doc.isWord(k, Lex.ngay), let n = doc.integer(k + 1) else { continue }
            guard doc.isWord(k + 2, Lex.tet) || lunar && doc.isWord(k + 2, Lex.thang) && doc.isWord(k + 3, Lex.gieng) else { continue }
            let year = timeline.lastStatement(before: t).flatMap { timeline.resolved[$0]?.endYear } ?? context.referenceYear
            guard let year, let date = LunarNewYear.day(n, ofYear: year) else { return nil }
            return Period(.days(from: date, to: date))
        }
        return nil
    }

    private static let mung = Lex.w("mùng"), mong = Lex.w("mồng")

    /// The plan words in `r` all follow "so với" ("vượt so với dự toán"): a result compared with its plan.
    private func setsAgainstPlan(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        var found = false
        while k < r.upperBound {
            if let m = catalogue.planWords.longestMatch(in: doc.tokens, at: k, limit: r.upperBound), m.payload.contains(true) {
                guard doc.isWord(k - 1, Lex.voi), doc.isWord(k - 2, Lex.so) else { return false }
                found = true
                k = m.end
                continue
            }
            k += 1
        }
        return found
    }

    /// The year a sentence opening with "Dự toán" or "Kế hoạch" names for its estimate or plan before token `t`.
    private func estimateYear(before t: Int) -> Int? {
        var k = Timeline.partitionPoint(timeline.mentions.count) { timeline.mentions[$0].tokens.lowerBound < range.lowerBound }
        while k < timeline.mentions.count, timeline.mentions[k].tokens.upperBound <= t {
            if timeline.mentions[k].role == .task, case .year(let y) = timeline.mentions[k].shape { return y }
            k += 1
        }
        return nil
    }

    /// Whether the period mention `k` is written right before "từ A" ("năm 2023 từ 25,6% … còn 21,29%") and token `t`
    /// comes after A: the mention dates the value the change went from, not `t`.
    private func datesOnlyTheStart(_ k: Int, before t: Int) -> Bool {
        let after = timeline.mentions[k].tokens.upperBound
        return doc.isWord(after, Lex.tu) && doc.isNumber(after + 1) && after + 1 < t
            && (after + 2..<t).contains { doc.isWord($0, Lex.con) || doc.isWord($0, Lex.len) && !doc.isWord($0 - 1, Self.tro) || doc.isWord($0, Lex.xuong) }
    }
    private static let tro = Lex.w("trở")  // "từ 7% trở lên": at least 7 %

    /// The one year later than `from` that the sentence writes after a value a change reached ("còn 33,24% năm
    /// 2024", "lên 11,96% năm 2024"), when every such clause gives the same.
    private func yearReachedInParallel(after from: Int) -> Int? {
        var years = Set<Int>()
        for j in range where doc.isWord(j, Lex.nam) && doc.isPunct(j - 1, "%") && doc.isNumber(j - 2)
            && (doc.isWord(j - 3, Lex.con) || doc.isWord(j - 3, Lex.len) || doc.isWord(j - 3, Lex.xuong)) {
            guard let year = doc.integer(j + 1), year > from, year < from + 50 else { continue }
            years.insert(year)
        }
        return years.count == 1 ? years.first : nil
    }

    /// "GDP 9 tháng … ước tăng 7,85%. Trong quý III, 3 khu vực kinh tế đều tăng trưởng tích cực. Nông, lâm nghiệp và thủy
    /// sản tăng 3,74%": the sentence before this one, after the total `whole`, opens with a period of its own that frames
    /// what follows.
    private func framedBySentenceBefore(after whole: Figure) -> Bool {
        let s = doc.sentenceIndex(of: range.lowerBound)
        guard s > 0, let wholeStart = whole.source?.start else { return false }
        let before = doc.sentences[s - 1]
        guard doc.byteSpan(before).lowerBound > wholeStart,
              let k = timeline.lastStatement(before: before.upperBound, from: before.lowerBound) else { return false }
        // ("Số liệu cho thấy, giá trị tăng thêm ngành công nghiệp 9 tháng năm 2025 tăng 8,55%. Trong đó, công nghiệp chế biến
        // … tăng 9,92%": or its first figure, the period standing before any number of its own; not a caption's, which
        // frames no figure: "UBND thành phố họp báo thường kỳ quý II/2025.")
        let mention = timeline.mentions[k].tokens
        return mention.lowerBound <= before.lowerBound + 1
            || !(before.lowerBound..<mention.lowerBound).contains(where: doc.isNumber)
            && (mention.upperBound..<before.upperBound).contains(where: doc.isNumber)
    }

    /// The number of a period ("9" of "9 tháng năm 2025"), read as a bare quantity.
    func isPeriodNumber(_ q: Quantity) -> Bool {
        q.unitClass == .none && timeline.anyMention(startingAt: q.tokens.lowerBound) != nil
    }

    /// A "từ A" value earlier in the clause of `t` ("từ A xuống còn B").
    /// The sentence opens with "Trong đó" or "Cụ thể" right after the sentence that holds mention `k`.
    private func breaksDownSentenceBefore(_ k: Int) -> Bool {
        guard doc.matches(Lex.trongDo, at: range.lowerBound) || doc.matches(Lex.cuThe, at: range.lowerBound) else { return false }
        return doc.sentenceIndex(of: timeline.mentions[k].tokens.lowerBound) == doc.sentenceIndex(of: range.lowerBound) - 1
    }

    /// "giảm từ 70,44% xuống còn …", "tăng từ 2.000 lên …": the value a change starts from, "xuống"/"lên" right after
    /// it (no period or bracket of its own between).
    private func startsAChange(_ q: Quantity) -> Bool {
        let p = q.tokens.lowerBound, after = q.tokens.upperBound
        return doc.isWord(p - 1, Lex.tu) && (doc.isWord(p - 2, Lex.giam) || doc.isWord(p - 2, Lex.tang))
            && (doc.isWord(after, Lex.xuong) || doc.isWord(after, Lex.len))
    }

    private func fromValue(before t: Int) -> Bool {
        var k = t - 1
        while k > range.lowerBound, t - k <= 12, !doc.isPunct(k, ";") {
            if doc.isWord(k, Lex.tu), doc.isNumber(k + 1) { return true }
            k -= 1
        }
        return false
    }

    /// "lũy kế N tháng" / "cộng dồn N tháng" right after a value (past `,` or `;`): N.
    /// ", lũy kế 180,8 triệu USD" within a few words after `j` (words only before its comma): a running total told by
    /// its value, no months named.
    private func runningTotalValueFollows(after j: Int) -> Bool {
        var k = j
        while k < min(range.upperBound, j + 8), doc.tokens[k].kind == .word { k += 1 }
        guard doc.isPunct(k, ","), doc.matches(Lex.luyKe, at: k + 1) || doc.matches(Lex.congDon, at: k + 1) else { return false }
        let at = k + 1 + (doc.matches(Lex.luyKe, at: k + 1) ? Lex.luyKe.count : Lex.congDon.count)
        return quantities.contains { $0.tokens.lowerBound == at }
    }

    private func monthBeforeRunningTotal(after j: Int) -> Int? {
        var k = j
        if doc.isPunct(k, ",") || doc.isPunct(k, ";") { k += 1 }
        guard doc.matches(Lex.luyKe, at: k) || doc.matches(Lex.congDon, at: k),
              let n = doc.integer(k + 2), (2...12).contains(n), doc.isWord(k + 3, Lex.thang) else { return nil }
        return n
    }

    /// "giai đoạn 2021 - 2025 … tổng thu ngân sách cả 5 năm ước đạt 12.650 tỷ đồng": "cả N năm" in the
    /// figure's clause is the whole span stated before it, when that span is N years long.
    private func wholeSpan(before t: Int, from cue: Int) -> Period? {
        var k = clauseStart(cue)
        while k + 2 < t {
            if doc.isWord(k, Lex.ca), let n = doc.integer(k + 1), doc.isWord(k + 2, Lex.nam),
               let span = timeline.lastSpan(before: t), case .years(let from, let to) = span.span, to - from + 1 == n {
                return span
            }
            k += 1
        }
        return nil
    }

    private static let duToan = Lex.p("dự toán"), theo = Lex.w("theo")

    /// "…; riêng năm 2024 có thêm 9 xã": the part of the period that opens the figure's clause (the
    /// scanner keeps it from dating the sentences after).
    private func subPeriod(openingClauseOf cue: Int, before t: Int) -> Period? {
        let start = clauseStart(cue)
        var k = start
        if doc.isWord(k, Lex.rieng) { k += 1 } else if doc.matches(Lex.trongDo, at: k) { k += Lex.trongDo.count } else {
            return singledOutAhead(of: start, before: t)
        }
        guard k < t, let m = timeline.ownMention(at: k) else { return nil }
        return timeline.resolved[m]
    }

    /// "…; riêng năm 2016, trong điều kiện khó khăn chung, giá trị sản xuất công nghiệp vẫn tăng 16,4%": a period
    /// singled out with "riêng" and set off by a comma at the head of its stretch (after ";") frames the
    /// clauses that follow it up to the next ";".
    private func singledOutAhead(of start: Int, before t: Int) -> Period? {
        var k = start - 1
        while k > range.lowerBound, !doc.isPunct(k - 1, ";") { k -= 1 }
        guard k < start, doc.isPunct(k - 1, ";"), doc.isWord(k, Lex.rieng), let m = timeline.ownMention(at: k + 1),
              doc.isPunct(timeline.mentions[m].tokens.upperBound, ","), timeline.mentions[m].tokens.upperBound < t else { return nil }
        return timeline.resolved[m]
    }

    /// "GRDP trên địa bàn tỉnh tăng 9,14% so với cùng kỳ năm 2023 …" in a text that states no period before it:
    /// the same time of the year before names the figure's year, and the first period the text states later in
    /// the year after ("9 tháng đầu năm 2024") is the figure's. Nil unless the next period the text states is a
    /// part of that year (a whole year may be a plan's, "Năm 2015, tỉnh phấn đấu …").
    private func periodAfterSameTime(before t: Int) -> Period? {
        guard let k = (range.lowerBound..<range.upperBound).first(where: { doc.matches(Lex.cungKy, at: $0) }),
              doc.isWord(k + Lex.cungKy.count, Lex.nam), let base = doc.integer(k + Lex.cungKy.count + 1), PeriodScanner.isYear(base),
              let next = timeline.firstStatement(from: t), let stated = timeline.resolved[next], !stated.isTarget,
              Self.isPartOfYear(stated), stated.endYear == base + 1 else { return nil }
        return stated
    }

    /// "GRDP tỉnh ước tính tăng 5,02% … (cơ cấu tương ứng của 6 tháng đầu năm 2023 là …)" in a text published in
    /// July 2024 that states no period of its own: the part of the year set against, a year on, is the text's period
    /// (when it has ended by the time of writing).
    private func periodCorrespondingToLastYears() -> Period? {
        guard let year = context.referenceYear else { return nil }
        for m in timeline.mentions where m.role == .comparison || m.role == .aside {
            let k = m.tokens.lowerBound
            // ("tương ứng" right before the period, or up to two words before it: "tương ứng của 6 tháng …")
            guard (0...2).contains(where: { doc.matchesBefore(Self.tuongUng, k - $0) }) || doc.matchesBefore(Lex.cungKy, k)
                    || ratesPeriod(at: k),
                  let before = m.shape.resolve(year: nil), Self.isPartOfYear(before), before.endYear == year - 1,
                  let now = Self.sameSpan(before, inYear: year), let last = Timeline.lastMonth(of: now) else { continue }
            if let written = context.published.flatMap({ YearMonth(year: $0.year, month: $0.month) }) ?? context.archiveMonth,
               written <= last { return nil }
            return now
        }
        return nil
    }

    private static let tuongUng = Lex.p("tương ứng")

    /// "cao hơn mức tăng 4,84% của quý I/2024": a period that dates a rate of growth set against (the period at `k`).
    private func ratesPeriod(at k: Int) -> Bool {
        guard doc.isWord(k - 1, Lex.cua), doc.isPunct(k - 2, "%"), doc.isNumber(k - 3) else { return false }
        return doc.isWord(k - 4, Lex.tang) && (doc.isWord(k - 5, Self.muc) || doc.matchesBefore(Self.tocDo, k - 4))
    }

    /// "Thu ngân sách nhà nước 11 tháng năm 2025 ước đạt gần 2.397,7 nghìn tỷ đồng" in a province's news: an amount
    /// no province reaches (the catalogue's `national_above`), in a sentence that names no place before it.
    /// (a span of years sums them: "tổng thu … giai đoạn 2016 - 2020 là 1,85 triệu tỷ đồng" is a city's five years, a
    /// year's scale each)
    private func isNationalScale(_ d: Draft, period: Period?, before t: Int) -> Bool {
        var years = 1.0
        if case .years(let from, let to)? = period?.span, to > from { years = Double(to - from + 1) }
        guard let entry = d.entry, let limit = catalogue.entry(entry).nationalAbove, let q = d.quantity, q.unit == .billionVND,
              let value = d.value, value / years > limit else { return false }
        return !places.contains { $0.name != nil && $0.tokens.lowerBound >= range.lowerBound && $0.tokens.lowerBound < t }
    }

    /// "mức tăng 5,86% (của) cùng kỳ năm trước": a rate named with the same time of the year before.
    private func ratesSameTimeYearBefore(_ q: Quantity) -> Bool {
        var a = q.tokens.upperBound
        if doc.isWord(a, Lex.cua) { a += 1 }
        guard doc.matches(Lex.cungKy, at: a), doc.isWord(a + Lex.cungKy.count, Lex.nam), doc.isWord(a + Lex.cungKy.count + 1, Lex.truoc) else { return false }
        let p = q.tokens.lowerBound
        return doc.isWord(p - 1, Lex.tang) && doc.isWord(p - 2, Self.muc)
    }

    /// The sentence says "đến nay" / "hiện nay" before token `t`, and when it was written is unknown.
    private func saysNowUnknown(before t: Int) -> Bool {
        var k = Timeline.partitionPoint(timeline.mentions.count) { timeline.mentions[$0].tokens.lowerBound < range.lowerBound }
        while k < timeline.mentions.count, timeline.mentions[k].tokens.upperBound <= t {
            if case .now = timeline.mentions[k].shape, timeline.resolved[k] == nil { return true }
            k += 1
        }
        return false
    }

    /// The year a report on `period` is written in, when it is a year or a part of one (not a span, a window or a target).
    private static func yearOfReport(_ period: Period) -> Period? {
        guard !period.isTarget else { return nil }
        switch period.span {
        case .year, .month, .quarter, .half, .firstMonths: return Period(.year(period.endYear))
        default: return nil
        }
    }

    /// Words naming a holiday: "dịp", "Tết", "lễ".
    private static let holidayWords = WordSet([Lex.w("dịp"), Lex.w("tết"), Lex.w("lễ")])

    /// "dịp Tết", "dịp lễ", "dịp nghỉ lễ", "dịp Quốc khánh" in the sentence before token `t`.
    private func namesHoliday(before t: Int) -> Bool { namesHoliday(in: range.lowerBound..<t) }

    /// The sentence of period mention `k` names a holiday before the mention ends ("Trong kỳ nghỉ lễ Quốc khánh 2/9 năm nay").
    private func namesHoliday(withYearAt k: Int) -> Bool {
        let mention = timeline.mentions[k].tokens
        return namesHoliday(in: doc.sentences[doc.sentenceIndex(of: mention.lowerBound)].lowerBound..<mention.upperBound)
    }

    private func namesHoliday(in tokens: Range<Int>) -> Bool {
        // ("trong kỳ nghỉ lễ Quốc khánh 2/9": "kỳ" as "dịp")
        tokens.contains { (doc.isWord($0, Self.dip) || doc.isWord($0, Lex.ky)) && (doc.isWord($0 + 1, Lex.tet)
            || doc.isWord($0 + 1, Self.le) || doc.isWord($0 + 1, Self.nghi) || doc.matches(Self.quocKhanh, at: $0 + 1)) }
    }

    private static let dip = Lex.w("dịp"), le = Lex.w("lễ"), nghi = Lex.w("nghỉ"), quocKhanh = Lex.p("quốc khánh")

    /// "năm 2025", "năm nay": a whole year.
    private static func isWholeYear(_ shape: PeriodShape) -> Bool {
        switch shape {
        case .year, .thisYear: true
        default: false
        }
    }

    /// A window of several days that does not open the year (one day is a peak day, not the holiday).
    private func isHolidayWindow(_ p: Period) -> Bool {
        if case .days(let from, let to) = p.span { !(from.month == 1 && from.day == 1) && from != to } else { false }
    }

    /// The number's own date right after it: "32,21% (đầu năm 2016)", "11,56% (vào cuối năm 2019)", "12,4% cuối năm
    /// 2023", "21,07% vào cuối năm 2024", "… năm 2023" (a bracket that holds only a date; "(Quý I tăng 3,68%; …)" is a
    /// list of its own).
    private func ownDate(of q: Quantity) -> Period? {
        var after = q.tokens.upperBound
        if doc.isPunct(after, ")") || doc.isWord(after, Lex.trong) { after += 1 }
        // "32,21% (đầu năm 2016)", "11,56% (vào cuối năm 2019)": the number's own date in brackets
        // (a bracket that holds only a date; "(Quý I tăng 3,68%; …)" is a list of its own)
        var bracketed = false
        if doc.isPunct(after, "(") {
            bracketed = true
            after += 1
            // "(kết quả rà soát cuối năm 2021)": a few words naming where the dated value comes from
            var k = after
            while k < after + 5, k < doc.count, doc.tokens[k].kind == .word, !doc.isWord(k, Lex.cuoi), !doc.isWord(k, Lex.dau) { k += 1 }
            if doc.isWord(k, Lex.cuoi) || doc.isWord(k, Lex.dau), doc.isWord(k + 1, Lex.nam) { after = k }
            if doc.isWord(after, Lex.vao) { after += 1 }
            if doc.isWord(after, Lex.dau) || doc.isWord(after, Lex.cuoi) { after += 1 }
        } else if doc.isWord(after, Lex.cuoi) || doc.isWord(after, Lex.dau) || doc.isWord(after, Lex.cua), doc.isWord(after + 1, Lex.nam) {
            // "giảm từ 12,4% cuối năm 2023 xuống 9,6% cuối năm 2024": each value's own date
            after += 1
        } else if doc.isWord(after, Lex.vao), doc.isWord(after + 1, Lex.cuoi) || doc.isWord(after + 1, Lex.dau), doc.isWord(after + 2, Lex.nam) {
            // "giảm xuống còn 21,07% vào cuối năm 2024"
            after += 2
        } else if doc.isWord(after, Lex.vao) || doc.isWord(after, Self.cho), doc.isWord(after + 1, Lex.nam) {
            // "từ 9,9 triệu đồng/người/năm vào năm 2010 lên …", "mục tiêu tăng trưởng kinh tế 9-10% cho năm 2024"
            after += 1
        }
        if let own = timeline.ownMention(at: after), let p = timeline.resolved[own],
           !bracketed || doc.isPunct(timeline.mentions[own].tokens.upperBound, ")") { return p }
        // "tăng từ 13 triệu đồng/người/năm (2010) lên 74,3 triệu đồng/người/năm (2024)": a bare year alone in the bracket
        if bracketed, doc.isPunct(after + 1, ")"), doc.bytes(after).count == 4, let year = doc.integer(after), PeriodScanner.isYear(year) {
            return Period(.year(year))
        }
        return nil
    }

    private static let cho = Lex.w("cho")

    /// "kim ngạch xuất khẩu trừ dầu khí đạt …", "Trừ dầu khí ước 201,79 triệu USD" after the total: a part the catalogue's
    /// `cue_scopes` names right after the cue, or as the cue itself.
    private func cueScope(of d: Draft) -> String? {
        // ("doanh thu du lịch lữ hành và lưu trú": a scope joined to another is neither)
        if doc.isWord(d.cueEnd, Lex.va) { return nil }
        // ("kim ngạch xuất khẩu (trừ dầu khí)": or in brackets after it)
        let after = doc.isPunct(d.cueEnd, "(") ? d.cueEnd + 1 : d.cueEnd
        let scope = catalogue.cueScopes.longestMatch(in: doc.tokens, at: d.cueStart, limit: min(range.upperBound, d.cueEnd))
            ?? catalogue.cueScopes.longestMatch(in: doc.tokens, at: after, limit: min(range.upperBound, after + 5))
        return scope?.payload.first
    }

    /// "Kể từ khi tái lập tỉnh (năm 1992) đến nay, … bình quân hàng năm tăng 12,3%": an average over years that run
    /// from a start to the time of writing has no span a reader can be given.
    private func averagesToNow(_ d: Draft, at t: Int) -> Bool {
        guard (d.quantity ?? d.anchor)?.perYear ?? false || averages(in: d.cueEnd..<t) else { return false }
        // ("thời gian qua, … bình quân giảm tỷ lệ hộ nghèo trên 3%/năm": the time gone by, its start unsaid)
        if (range.lowerBound..<t).contains(where: { doc.matches(Self.thoiGianQua, at: $0) }) { return true }
        return (range.lowerBound..<t).contains { k in
            doc.isWord(k, Lex.tu) && timeline.mentions.contains { $0.tokens.lowerBound > k && $0.tokens.upperBound <= t && $0.shape.isNow }
        }
    }

    /// "trong những năm tới, … quyết tâm duy trì tốc độ tăng trưởng kinh tế bình quân 15 – 16%/năm": a sentence about the
    /// years to come, with no period of its own before the figure, sets none, and takes none from the sentences before.
    private func speaksOfYearsToCome(before t: Int) -> Bool {
        guard timeline.lastStatement(before: t, from: range.lowerBound) == nil else { return false }
        return (range.lowerBound..<t).contains { k in Self.yearsToCome.contains { doc.matches($0, at: k) } }
    }
    private static let yearsToCome = ["những năm tới", "những năm sắp tới", "các năm tới", "thời gian tới", "giai đoạn tới"].map(Lex.p)

    /// The period of a figure that no stated period comes before (a headline, an undated text's first lines).
    private func periodBeforeAnyStatement(for d: Draft, at t: Int, isStock: Bool) -> Period? {
        // a figure before any stated period (a headline) takes the bulletin's year only when the text's first
        // period falls in that year: a January bulletin about the year before ("Tỷ lệ hộ nghèo giảm còn 38,9%"
        // … "đến cuối năm 2012") leaves it unknown, and the figure is held back
        // "Quảng Ninh đón 720 nghìn lượt khách dịp Tết": a headline about a holiday is the holiday's
        // window the text states next, never the whole year
        if (range.lowerBound..<range.upperBound).contains(where: { doc.tokens[$0].kind == .word && Self.holidayWords.contains(doc.tokens[$0].hash) }) {
            // "Tính đến ngày 19/2 (mùng 3 Tết), tỉnh ước đón khoảng 250.000 lượt khách": a running total to a day within a
            // holiday's official days off runs from their first day
            if let year = context.referenceYear, let cut = timeline.cutOff(in: range.lowerBound..<t, year: year),
               let first = Self.holidayStart(before: cut) {
                return Period(.days(from: first, to: cut))
            }
            guard let next = timeline.firstStatement(from: t), timeline.mentions[next].shape.isDayWindow else { return nil }
            return timeline.resolved[next]
        }
        // ("… tính đến ngày 19/2 (mùng 3 Tết), tỉnh ước đón … lượt khách. Tổng thu từ du lịch ước đạt 700 tỷ đồng": a later
        // sentence with no period of its own, and none stated since, is over the same holiday window)
        if !isStock, let window = holidayWindowBefore() { return window }
        // "Số xã đạt chuẩn nông thôn mới là 86 xã. … Trong 2 tháng cuối năm 2021, tỉnh phấn đấu …": an
        // undated text written during a year states its stocks as of that year
        if isStock, context.referenceYear == nil, let year = context.yearInWriting { return Period(.year(year)) }
        if let stated = periodAfterSameTime(before: t) { return stated }
        if let corresponding = periodCorrespondingToLastYears() { return corresponding }
        // "Với tốc độ tăng trưởng kinh tế đạt 6,33% so với năm 2022, … Tổng sản phẩm GRDP năm 2023 …": set against a year,
        // a figure is of the year after it, when that is the year the text goes on to state (not against the same
        // months of a year, "so cùng kỳ năm 2021", which say nothing of how many)
        if let compared = timeline.firstComparison(in: (t + 1)..<max(t + 1, range.upperBound)),
           case .year(let y) = compared.shape, !doc.matchesBefore(Lex.cungKy, compared.tokens.lowerBound), !doc.matches(Lex.cungKy, at: compared.tokens.lowerBound),
           let next = timeline.firstStatement(from: t), let stated = timeline.resolved[next],
           stated.span == .year(y + 1) {
            return stated
        }
        // "Hà Nội đón 4,72 triệu lượt khách quốc tế năm 2023": a period written right after what a headline counts
        // ("1,3 triệu lượt khách du lịch tới Hòa Bình trong 9 tháng đầu năm": after the place it came to)
        let afterPlace = placeNamed(after: d.end) ?? d.end
        if let k = timeline.statement(at: afterPlace) ?? (doc.isWord(afterPlace, Lex.trong) ? timeline.statement(at: afterPlace + 1) : nil),
           let own = timeline.resolved[k] { return own }
        // ("Kinh tế tỉnh … tiếp tục tăng trưởng, GRDP ước tính 5,27%" over "… tình hình kinh tế - xã hội 9 tháng đầu năm 2024"
        // in an undated text: a headline's or lead's figure is of the first months the text then reports)
        if context.referenceYear == nil, !isStock, doc.sentenceIndex(of: t) <= 2, let next = timeline.firstStatement(from: t),
           let stated = timeline.resolved[next], Self.runsFromYearStart(stated), !stated.isTarget { return stated }
        guard let year = context.referenceYear else { return nil }
        // "Tính đến ngày 31-5, tổng thu ngân sách … đạt 282 ngàn tỉ đồng": a running total to a month's end
        // covers the months up to it (a stock stays the year's)
        if !isStock, let cutOff = timeline.cutOff(in: range.lowerBound..<t, year: year), let months = Timeline.monthsUpTo(cutOff) {
            return months
        }
        if let next = timeline.firstStatement(from: t), let stated = timeline.resolved[next], stated.endYear != year { return nil }
        // "Xuất khẩu hàng hóa tỉnh Thái Nguyên vượt 19 tỷ USD" over "… tính chung 7 tháng năm 2022 …": a headline's
        // figure is of the first months the text then reports
        if let next = timeline.firstStatement(from: t), let stated = timeline.resolved[next], case .firstMonths = stated.span,
           !stated.isTarget, !isStock { return stated }
        // a text kept without its headline, whose address names it ("…-6-thang-dau-nam-2023"): the headline's period
        if !isStock, let headline = context.headlinePeriod, headline.endYear == year { return headline }
        return Period(.year(year))
    }

    /// Whether `p` is a year's first months, its first half among them ("9 tháng đầu năm", "6 tháng đầu năm").
    private static func runsFromYearStart(_ p: Period) -> Bool {
        switch p.span {
        case .firstMonths: true
        case .half(_, let h): h == 1
        default: false
        }
    }

    /// The window of a running total to a day of a holiday told earlier in the text: a cut-off date followed by a
    /// holiday's word ("tính đến ngày 19/2 (mùng 3 Tết)"), run from the holiday's first day off.
    private func holidayWindowBefore() -> Period? {
        guard let year = context.referenceYear, let cut = timeline.lastCutOff(in: 0..<range.lowerBound, year: year),
              (cut.end..<min(doc.count, cut.end + 6)).contains(where: { doc.tokens[$0].kind == .word && Self.holidayWords.contains(doc.tokens[$0].hash) }),
              let first = Self.holidayStart(before: cut.date) else { return nil }
        return Period(.days(from: first, to: cut.date))
    }

    /// The first day off of the official holiday whose days off include `day` and start before it.
    private static func holidayStart(before day: CalendarDate) -> CalendarDate? {
        for holiday in OfficialHolidays.Holiday.allCases {
            for year in [day.year, day.year + 1] {
                if let window = OfficialHolidays.window(holiday, year: year), window.first < day, day <= window.last { return window.first }
            }
        }
        return nil
    }

    /// The token after "tới/đến/ở/tại" and the place named at `k`; nil when no such place stands there.
    private func placeNamed(after k: Int) -> Int? {
        guard doc.isWord(k, Self.toi) || doc.isWord(k, Lex.den) || doc.isWord(k, Self.o) || doc.isWord(k, Self.tai),
              let place = places.first(where: { $0.tokens.lowerBound == k + 1 && $0.name != nil }) else { return nil }
        return place.tokens.upperBound
    }
    private static let toi = Lex.w("tới"), o = Lex.w("ở"), tai = Lex.w("tại")

    /// The period a figure's context gives it: the number's own date, its clause's, the statement running before it,
    /// else what the text as a whole says.
    private func contextualPeriod(for d: Draft, at t: Int) -> Period? {
        // "tăng nhẹ so với mức tăng 5,86% của cùng kỳ năm trước": the rate of the same time a year before
        if let q = d.quantity, q.unitClass == .percent, ratesSameTimeYearBefore(q) {
            guard let current = contextualPeriod(for: Draft(indicator: d.indicator, entry: d.entry, quantity: nil, value: nil,
                                                            cueStart: d.cueStart, cueEnd: d.cueEnd, end: d.end), at: t) else { return nil }
            return Self.sameTimeYearBefore(current)
        }
        if let q = d.quantity ?? d.anchor, let own = ownDate(of: q) { return own }
        // ("có 25 xã đạt chuẩn nông thôn mới vào năm 2020": the date after the words a count is named by, "vào" before it)
        if let q = d.quantity, d.end > q.tokens.upperBound, d.end < range.upperBound, doc.isWord(d.end, Lex.vao) {
            let at = doc.isWord(d.end + 1, Lex.cuoi) && doc.isWord(d.end + 2, Lex.nam) ? d.end + 2 : d.end + 1
            if let own = timeline.ownMention(at: at), let p = timeline.resolved[own] { return p }
        }
        if averagesToNow(d, at: t) { return nil }
        if speaksOfYearsToCome(before: t) { return nil }
        if let whole = wholeSpan(before: t, from: min(d.cueStart, t)) { return whole }
        if let part = subPeriod(openingClauseOf: min(d.cueStart, t), before: t) { return part }
        if let end = timeline.yearsEnd(in: min(d.cueStart, t)..<t) { return end }
        let scopedMention = timeline.lastStatement(before: t, from: min(d.cueStart, t))
        let scoped = scopedMention.flatMap { timeline.resolved[$0] } ?? periodInOwnBracket(from: min(d.cueStart, t), to: t)
        let contextual = timeline.lastStatement(before: min(d.cueStart, t))
        // an average annual rate, or a level whose change is one ("đạt 2 triệu lượt, tăng bình quân 30%/năm"),
        // covers the span it is averaged over
        // ("bình quân đạt 13,9 tiêu chí/xã" averages over communes, not over years)
        let perUnit = d.quantity.map { q in q.unitClass == .count && q.tokens.contains { doc.isPunct($0, "/") } } ?? false
        let rate = (d.quantity ?? d.anchor)?.perYear ?? false || !perUnit && averages(in: d.cueEnd..<t) || hasAverageChange(d, after: t)
        // a stock ("nâng tổng số xã nông thôn mới lên 76 xã") under a span is the span's last year
        // (a plan or target for a term stays the term's: "dự kiến có 3 huyện đạt chuẩn")
        let isStock = !rate && d.quantity != nil && (d.entry.map { catalogue.entry($0).isStock } ?? false) && !countsNewlyRecognised(d)
            && !anyPhrase(catalogue.planWords, in: range.lowerBound..<t) && !anyPhrase(catalogue.targetWords, in: range.lowerBound..<t)
        // "tỷ lệ hộ nghèo năm 2023 từ 25,6% đã giảm xuống còn 21,29%": the year before "từ A" dates the value the
        // change went from; the value it reached takes the year a parallel clause gives its own ("… còn 33,24% năm
        // 2024"), else it is held back
        if let k = scopedMention, let start = scoped, datesOnlyTheStart(k, before: t) {
            guard case .year(let from) = start.span, let reached = yearReachedInParallel(after: from) else { return nil }
            return Period(.year(reached))
        }
        if let scoped {
            if isStock, case .years(_, let to) = scoped.span { return Period(.year(to)) }
            return isStock ? yearEnd(scoped) : scoped
        }
        // "… bình quân giai đoạn 2021-2024 ước đạt 5,22%/năm. Quý I, tốc độ tăng trưởng khu vực nông, lâm thủy sản ước đạt
        // 6,98%" in a text that never writes the quarter's year: the clause's own period is unknown, so is the figure's
        // (not the span's or another period's stated before)
        if timeline.leavesPartUndated(range.lowerBound..<t) { return nil }
        // ("Đặc biệt đến ngày 18/9, thu ngân sách nhà nước đạt hơn 37.413 tỉ đồng": a flow the sentence tells up to a day,
        // with no period of its own, runs from the year's start to that day's month)
        // (not within a window of days, told before or by a holiday the sentence names: "tính đến ngày 19/2 (mùng 3 Tết)")
        let told = contextual.flatMap { timeline.resolved[$0] }
        if !isStock, !rate, !(d.entry.map { catalogue.entry($0).isStock } ?? false),
           let year = told?.endYear ?? context.published?.year, !(told.map(Self.isWindowOfDays) ?? false),
           !range.contains(where: { doc.tokens[$0].kind == .word && Self.holidayWords.contains(doc.tokens[$0].hash) }),
           let date = timeline.cutOff(in: range.lowerBound..<t, year: year), date.year == year, let months = Timeline.monthsUpTo(date) {
            return months
        }
        // ("Đến nay, tổng số xã đạt chuẩn là 99 xã" in a text whose time of writing is unknown: a stock at an unknown
        // date, not at the end of a span named before it, "giai đoạn 2021-2025")
        // ("6 tháng đầu năm 2023, GRDP … Đến nay đã có 108 sản phẩm OCOP" in such a text: a stock told after a part of
        // one year, or the year itself, stands as of that year)
        // ("Năm 2011, khi bắt đầu …, tỉ lệ hộ nghèo năm 2010 là 12,2%. Đến nay, 43/178 xã đạt chuẩn …": not a year the text
        // looked back to after a later one)
        if saysNowUnknown(before: t) {
            guard isStock, let told, let latest = timeline.latestYearStated(before: t), told.endYear >= latest else { return nil }
            return Self.yearOfReport(told)
        }
        // ("đến năm 2030 GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm": a level its own sentence dates to one
        // year is that year's, whatever average change follows it)
        if rate, !((d.quantity ?? d.anchor)?.perYear ?? false), !averages(in: d.cueEnd..<t),
           let k = contextual, timeline.mentions[k].tokens.lowerBound >= range.lowerBound,
           let p = timeline.resolved[k], case .year = p.span { return p }
        if rate, let span = timeline.lastSpan(before: t) { return span }
        // "tính đến ngày 31/10/2022, toàn tỉnh có 181 xã": a cut-off date with its year dates a stock,
        // whatever an earlier sentence spoke of (a running total to a day within a month keeps its months)
        if let cutOff = cutOff(before: t, year: 0), cutOff.year > 0 {
            if isStock { return Period(.year(cutOff.year)) }
            if let months = Timeline.monthsUpTo(cutOff) { return months }
            // "Tính đến ngày 31/01/2026, thu ngân sách … đạt": January's own month, unless the text frames the
            // year before (a budget year's accounts close at the end of the next January)
            if cutOff.month == 1, cutOff.day >= 28, contextual.flatMap({ timeline.resolved[$0] })?.endYear ?? cutOff.year == cutOff.year,
               let january = YearMonth(year: cutOff.year, month: 1) {
                return Period(.month(january))
            }
            if contextual == nil { return Period(.year(cutOff.year)) }
        }
        // "Năm 2018 … Đến ngày 30-11, đã có 1,53 triệu lượt khách": a running total to a month's end, its year not
        // written, within the year the text speaks of covers that year's months up to it
        if !isStock, let k = contextual, let p = timeline.resolved[k], case .year(let year) = p.span,
           let own = timeline.cutOff(in: range.lowerBound..<t, year: year), let months = Timeline.monthsUpTo(own) { return months }
        // "Tính đến ngày 30/11/2025, tổng kim ngạch … đạt 86,14 tỷ USD. Hàng hóa địa phương xuất khẩu đạt 183 triệu USD": a flow
        // told in the next sentence of the same paragraph, with no period of its own, runs to the same day
        if !isStock, let previous = previousSentence, !doc.tokens[range.lowerBound].newlineBefore, let k = contextual,
           timeline.mentions[k].tokens.lowerBound < previous.lowerBound, let p = timeline.resolved[k], case .year(let year) = p.span,
           let cut = timeline.lastCutOff(in: previous.lowerBound..<min(previous.upperBound, previous.lowerBound + 6), year: year),
           cut.date.year == year, let months = Timeline.monthsUpTo(cut.date) {
            return months
        }
        guard let k = contextual, let p = timeline.resolved[k] else { return periodBeforeAnyStatement(for: d, at: t, isStock: isStock) }
        // "… toàn tỉnh dịp Tết ước đón 135.000 lượt khách" after "Tính từ đầu năm đến hết ngày 14/02/2024, …": a
        // sentence that names the holiday, without a period of its own, is over the holiday's window stated before
        // (a window from the year's first day is a running total, no holiday's)
        if !isHolidayWindow(p), timeline.mentions[k].tokens.lowerBound < range.lowerBound, namesHoliday(before: t),
           let window = timeline.statements(before: k).lazy.compactMap({ timeline.resolved[$0] })
               .first(where: { isHolidayWindow($0) && $0.endYear == p.endYear }) {
            return window
        }
        // "Trong quý I/2025, tỉnh đón 700.000 lượt khách … Đặc biệt, trong dịp Quốc khánh, hơn 100.000 lượt khách
        // đến tỉnh": a holiday without a window stated for it is not the quarter or year before
        if !isHolidayWindow(p), timeline.mentions[k].tokens.lowerBound < range.lowerBound, namesHoliday(before: t) { return nil }
        // ("Trong kỳ nghỉ lễ Quốc khánh 2/9 năm nay, tỉnh đón hơn 120.730 lượt khách": nor is the year the holiday is named in)
        // ("… năm nay, du lịch Cà Mau ghi nhận … Hơn 120.000 lượt du khách đã đến …": nor, in the sentences after, the year
        // a holiday was named in)
        if !isHolidayWindow(p), Self.isWholeYear(timeline.mentions[k].shape), namesHoliday(withYearAt: k) { return nil }
        // "Năm 2024, hai địa phương đón tổng cộng 9,64 triệu lượt khách. Riêng tháng 12, …" in a report on 2025:
        // a look-back to an earlier year dates its own sentence; the sentences after it go back to the running period
        // ("Riêng trong tháng 7/2025, … . Trong đó, khách quốc tế …": a part singled out at a paragraph's start frames
        // the rest of that paragraph)
        // ("… tình hình kinh tế - xã hội năm 2020 của tỉnh đã đạt được những kết quả quan trọng. Trong đó, GRDP ước tăng
        // 4,45%": a breakdown right after the look-back is the look-back's)
        if timeline.mentions[k].tokens.lowerBound < range.lowerBound, let running = timeline.resumes[k], let frame = timeline.resolved[running],
           !(timeline.mentions[k].singledOut && framesParagraph(from: timeline.mentions[k].tokens.lowerBound)),
           !breaksDownSentenceBefore(k) {
            return isStock ? yearEnd(frame) : frame
        }
        // "huyện Mỹ Tú có 13/13 xã đạt chuẩn, đang hoàn thiện hồ sơ … trong quý I/2024." written in December 2023:
        // a coming period told after a sentence's figures dates an event, not the sentences after; they keep
        // the period before it (else the bulletin's year)
        // (not in a list of goals, whose lead-in names the coming period they are set for: "… thông qua 26 chỉ tiêu
        // chủ yếu năm 2017, trong đó:")
        if timeline.mentions[k].tokens.lowerBound < range.lowerBound, !inListOfGoals, isFutureAside(k, p) {
            if let earlier = timeline.statements(before: k).lazy.compactMap({ timeline.resolved[$0] }).first(where: { !isFuture($0) }) {
                return isStock ? yearEnd(earlier) : earlier
            }
            return context.referenceYear.map { Period(.year($0)) }
        }
        // "Tổng kim ngạch xuất khẩu tháng 11 đạt 78,6 tỷ USD. Thu ngân sách ước đạt 30.908 tỷ đồng": a month
        // written after an indicator's name dates that figure only; a later sentence without a period of its
        // own goes back to the period that frames the text ("Năm 2022, …", "10 tháng đầu năm 2025, …") when
        // that period holds the month
        // (a breakdown opening "Trong đó, kim ngạch xuất khẩu tăng 4,5%" is of that figure, and keeps its month)
        if case .month(let month) = p.span, timeline.mentions[k].tokens.lowerBound < range.lowerBound,
           !doc.matches(Lex.trongDo, at: range.lowerBound), !doc.isWord(range.lowerBound, Lex.rieng),
           isAttributive(k), let frame = framingPeriod(before: k, holding: month) {
            return isStock ? yearEnd(frame) : frame
        }
        // a level after a span stated in an earlier sentence is the span's last year
        if !rate, case .years(_, let to) = p.span, timeline.mentions[k].tokens.lowerBound < range.lowerBound || isStock {
            return Period(.year(to))
        }
        return isStock ? yearEnd(p) : p
    }

    /// Whether `p` ends after the bulletin's publication day (false when that day is unknown).
    /// "… 2,1 triệu lượt khách trong năm." : "trong năm" closing the value's clause, with no year after it.
    private func saysInTheYear(after q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        while k < min(range.upperBound, q.tokens.upperBound + 3), doc.tokens[k].kind == .word, !doc.matches(Self.trongNam, at: k) { k += 1 }
        guard doc.matches(Self.trongNam, at: k) else { return false }
        return k + 2 >= range.upperBound || doc.tokens[k + 2].kind == .punct && !doc.isPunct(k + 2, "/")
    }
    private static let trongNam = Lex.p("trong năm")

    /// "7,0% của cả năm", "7% cả năm": the words right after the number name the whole year.
    private func ofTheWholeYear(after q: Quantity) -> Bool {
        let k = doc.isWord(q.tokens.upperBound, Lex.cua) ? q.tokens.upperBound + 1 : q.tokens.upperBound
        return k < range.upperBound && doc.matches(Self.caNam, at: k) && !doc.isNumber(k + 2)
    }
    private static let caNam = Lex.p("cả năm")

    /// Whether the draft's indicator is a rate of change (a growth rate), whose value is the change stated.
    private func isRateOfChange(_ d: Draft) -> Bool {
        d.entry.map { catalogue.entry($0).changeIsValue } ?? catalogue.changeIsValue(of: d.indicator)
    }

    /// Whether the sentence of token `k` opens a paragraph that runs on to the current sentence.
    private func framesParagraph(from k: Int) -> Bool {
        let index = doc.sentenceIndex(of: k)
        let opening = index < doc.sentences.count ? doc.sentences[index].lowerBound : k
        return (opening == 0 || doc.tokens[opening].newlineBefore) && doc.inOneParagraph(opening, range.lowerBound)
    }

    private func isFuture(_ p: Period) -> Bool {
        guard let published = context.published else { return false }
        return (p.endYear, p.endMonth ?? 12) > (published.year, published.month)
    }

    /// An undated text that reports the first months of a year ("quý I-2025") and then names that whole year
    /// ("… động lực cho tăng trưởng từ 10% trở lên trong năm 2025"): the year is still ahead of it.
    private func isYearStillAhead(_ k: Int, _ p: Period) -> Bool {
        guard context.published == nil, case .year(let year) = p.span,
              let frame = timeline.statements(before: k).lazy.compactMap({ timeline.resolved[$0] }).first,
              let month = frame.endMonth else { return false }
        return frame.endYear == year && month <= 9
    }

    /// A coming period (``isFuture(_:)``) inside a sentence, after its figures and before none: the date of
    /// something to be done, told in passing.
    private func isFutureAside(_ k: Int, _ p: Period) -> Bool {
        guard isFuture(p) || isYearStillAhead(k, p) else { return false }
        let mention = timeline.mentions[k].tokens
        let sentence = doc.sentences[doc.sentenceIndex(of: mention.lowerBound)]
        guard mention.lowerBound - sentence.lowerBound > 2 else { return false }
        return (sentence.lowerBound..<mention.lowerBound).contains { doc.isNumber($0) }
            && !(mention.upperBound..<max(mention.upperBound, sentence.upperBound)).contains { doc.isNumber($0) }
    }

    /// Words that open a period framing what follows ("trong 9 tháng", "tính chung", "đến tháng 6", "riêng năm 2024").
    private static let framingWords = WordSet([Lex.trong, Lex.tinh, Lex.w("chung"), Lex.den, Lex.tu, Lex.vao, Lex.rieng, Lex.va, Lex.w("sau"), Lex.w("qua")])

    /// A period mention written right after a word of its sentence that does not open a frame: the
    /// period of a name ("chỉ số sản xuất công nghiệp tháng 10 tăng 13,9%"), not of the text around it.
    private func isAttributive(_ k: Int) -> Bool {
        let s = timeline.mentions[k].tokens.lowerBound
        guard s > 0, doc.tokens[s - 1].kind == .word, !doc.tokens[s].newlineBefore,
              !Self.framingWords.contains(doc.tokens[s - 1].hash) else { return false }
        guard doc.sentenceIndex(of: s - 1) == doc.sentenceIndex(of: s) else { return false }
        // ("Kết quả kinh doanh ước thực hiện tháng 9/2022." over the month's figures: a heading with no figure of its
        // own frames what follows it)
        return statesANumber(inSentenceOf: s)
    }

    /// Whether the sentence of token `s` holds a number outside its period mentions.
    private func statesANumber(inSentenceOf s: Int) -> Bool {
        let index = doc.sentenceIndex(of: s)
        guard index < doc.sentences.count else { return false }
        var k = doc.sentences[index].lowerBound
        while k < doc.sentences[index].upperBound {
            if let m = timeline.anyMention(startingAt: k) {
                k = max(k + 1, timeline.mentions[m].tokens.upperBound)
                continue
            }
            if doc.isNumber(k) { return true }
            k += 1
        }
        return false
    }

    /// The nearest framing (not attributive) statement before mention `k`, past multi-year spans, when
    /// its period is the year of `month` or the running months up to it.
    private func framingPeriod(before k: Int, holding month: YearMonth) -> Period? {
        for j in timeline.statements(before: k) {
            if isAttributive(j) { continue }
            guard let frame = timeline.resolved[j], !frame.isTarget else { return nil }
            switch frame.span {
            case .year(let y) where y == month.year: return frame
            case .firstMonths(let y, let n) where y == month.year && n == month.month: return frame
            // a span named in passing ("mức tăng cao nhất trong giai đoạn 2019-2022") frames nothing
            case .years: continue
            default: return nil
            }
        }
        return nil
    }

    /// The cut-off date the sentence states before `t` ("đến ngày 31/3/2017"), or the one it points back to:
    /// "Tổng thu ngân sách địa phương đến cùng thời điểm đạt …" is as of the cut-off stated last before it
    /// ("so với cùng thời điểm năm trước" compares, and points back to nothing).
    func cutOff(before t: Int, year fallback: Int?) -> CalendarDate? {
        if let own = timeline.cutOff(in: range.lowerBound..<t, year: fallback) { return own }
        // ("Chi ngân sách địa phương cùng thời điểm đạt …" too; "so với cùng thời điểm" compares)
        guard let k = (range.lowerBound..<t).first(where: { doc.matches(Self.cungThoiDiem, at: $0) }),
              !doc.isWord(k - 1, Lex.voi), !doc.isWord(k - 1, Lex.so),
              !doc.isWord(k + Self.cungThoiDiem.count, Lex.nam), !doc.isWord(k + Self.cungThoiDiem.count, Self.cua) else { return nil }
        // (within the passage before: a few sentences back)
        return timeline.cutOff(in: max(0, range.lowerBound - 200)..<range.lowerBound, year: fallback)
    }

    private static func isWindowOfDays(_ p: Period) -> Bool {
        if case .days = p.span { return true }
        return false
    }

    /// "tính đến hết tháng 2/2025, có 268 sản phẩm OCOP", "6 tháng đầu năm, toàn tỉnh có 75/80 xã đạt chuẩn": a
    /// stock is counted as of its year, whatever part of the year the text is at ("Từ ngày 30-11 đến 2-12, Hội đồng …
    /// có 14 sản phẩm được gắn sao": the days of a council's sitting too).
    private func yearEnd(_ p: Period) -> Period {
        switch p.span {
        case .month, .quarter, .half, .firstMonths, .days: Period(.year(p.endYear), isTarget: p.isTarget)
        case .year, .years: p
        }
    }

    /// "công nhận mới 52 sản phẩm OCOP", "52 sản phẩm được công nhận mới": products or communes recognised within
    /// the period, not the stock at its end.
    private func countsNewlyRecognised(_ d: Draft) -> Bool {
        guard let q = d.quantity else { return false }
        if recognisedJustNow(q) || listedAfterRecognition(q) { return true }
        let before = max(range.lowerBound, q.tokens.lowerBound - 3)..<q.tokens.lowerBound
        // (not the "mới" of "nông thôn mới")
        if before.contains(where: { doc.isWord($0, Lex.moi) && !doc.isWord($0 - 1, Self.thon) }) { return true }
        let after = q.tokens.upperBound..<min(range.upperBound, q.tokens.upperBound + 8)
        return after.contains { doc.matches(Self.congNhanMoi, at: $0) }
    }

    private static let congNhanMoi = Lex.p("công nhận mới"), thon = Lex.w("thôn")

    /// "công nhận 8 xã đạt chuẩn nông thôn mới, 35 xã đạt chuẩn nâng cao", "Có thêm 11 xã …; 8 xã đạt chuẩn NTM
    /// nâng cao": the counts a sentence lists after a recognition ("công nhận", "thêm") are recognised with it, until
    /// it turns to a total ("Hiện", "đến nay", "nâng/đưa tổng số lên", "lũy kế", "toàn tỉnh có").
    private func listedAfterRecognition(_ q: Quantity) -> Bool {
        var k = q.tokens.lowerBound - 1
        while k >= range.lowerBound {
            if Self.totalTurns.contains(where: { doc.matches($0, at: k) }) && !doc.isWord(k - 1, Self.thuc) { return false }
            if doc.matches(Self.congNhan, at: k) || doc.isWord(k, Self.them) { return true }
            k -= 1
        }
        return false
    }

    private static let congNhan = Lex.p("công nhận"), them = Lex.w("thêm"), thuc = Lex.w("thực")
    private static let totalTurns = [[Lex.w("hiện")], [Lex.den], [Lex.w("tới")], [Lex.het], [Lex.w("nâng")], [Lex.w("đưa")],
                                     Lex.p("tổng số"), Lex.luyKe, [Lex.toan]]

    /// "ký quyết định công nhận 31 xã …", "31 xã vừa được công nhận đạt chuẩn", "công nhận thêm 7 xã": units a decision
    /// has just recognised.
    private func recognisedJustNow(_ q: Quantity) -> Bool {
        if doc.matchesBefore(Self.quyetDinhCongNhan, q.tokens.lowerBound) || doc.matchesBefore(Self.vuaCongNhan, q.tokens.lowerBound) { return true }
        // ("công nhận thêm (từ) 7 đến 11 xã nông thôn mới": units recognised on top of the ones before)
        let start = doc.isWord(q.tokens.lowerBound - 1, Lex.tu) ? q.tokens.lowerBound - 1 : q.tokens.lowerBound
        if doc.matchesBefore(Self.congNhanThem, start) { return true }
        let after = q.tokens.upperBound..<min(range.upperBound, q.tokens.upperBound + 3)
        return after.contains { doc.matches(Self.vuaDuocCongNhan, at: $0) || doc.matches(Self.vuaCongNhan, at: $0) }
    }

    private static let quyetDinhCongNhan = Lex.p("quyết định công nhận"), vuaCongNhan = Lex.p("vừa công nhận"),
                       vuaDuocCongNhan = Lex.p("vừa được công nhận"), congNhanThem = Lex.p("công nhận thêm")

    // MARK: kind

    private func kind(for d: Draft, at t: Int, period: Period?, ownEstimate: Bool) -> FigureKind {
        let before = window(before: d.cueStart, within: 2)
        // a value-less change reads up to its change, past any "vượt 8% kế hoạch" share: no plan words inside
        let inside = d.quantity == nil ? d.cueEnd..<d.cueEnd : d.cueEnd..<max(d.cueEnd, t)
        // ("Tổng thu ngân sách vượt so với dự toán, đạt trên 18.000 tỷ đồng": an estimate set against names no plan)
        if anyPhrase(catalogue.planWords, in: before) { return .plan }
        if let plan = lastPhrase(catalogue.planWords, in: inside), !setsAgainstPlan(inside) {
            // ("Dự kiến sẽ hoàn thành mục tiêu có 25 xã đạt chuẩn …": a goal named after the projection, nearer the value)
            if let goal = lastPhrase(catalogue.targetWords, in: inside), goal > plan { return .target }
            return .plan
        }
        // "HĐND tỉnh giao chỉ tiêu tăng trưởng GRDP năm 2026 đạt 10%": a longer plan phrase ending right at the cue
        if window(before: d.cueStart, within: 4).contains(where: { k in
            catalogue.planWords.longestMatch(in: doc.tokens, at: k, limit: d.cueStart).map { $0.end == d.cueStart && $0.payload.contains(true) } ?? false
        }) { return .plan }
        if anyPhrase(catalogue.targetWords, in: range.lowerBound..<t, skippingBracketsClosedBefore: min(d.cueStart, t)) { return .target }
        // "Theo kế hoạch, năm 2025 tỉnh thu ngân sách 4.000 tỷ đồng": a sentence that opens by naming the
        // plan (and sets no target: "Theo kế hoạch 2025, tỉnh phấn đấu đón …" is a target)
        if doc.isWord(range.lowerBound, Self.theo), doc.matches(Lex.keHoach, at: range.lowerBound + 1) || doc.matches(Lex.duToan, at: range.lowerBound + 1) {
            return .plan
        }
        // "Dự toán thu ngân sách … là 2.450 tỷ đồng; trong đó thu nội địa 2.330 tỷ đồng": the parts of a plan the
        // sentence opens by naming are planned too
        // ("Kế hoạch năm 2018 của tỉnh là đón 1,1 triệu lượt khách": and the figure the sentence says it is)
        // ("Chỉ tiêu tăng trưởng GRDP năm 2021 được HĐND tỉnh giao là 7,5%" too)
        if doc.matches(Lex.duToan, at: range.lowerBound) || doc.matches(Lex.keHoach, at: range.lowerBound) || doc.matches(RoleReader.chiTieu, at: range.lowerBound),
           (range.lowerBound..<min(d.cueStart, t)).contains(where: { doc.matches(Lex.trongDo, at: $0) })
            || (range.lowerBound..<t).contains(where: { doc.isWord($0, Lex.la) }) { return .plan }
        // "Dự kiến quý II, thu ngân sách đạt khoảng 1.150 tỷ đồng", "; dự kiến cuối năm tỷ lệ hộ nghèo còn 0,95%":
        // a projection opening the sentence or the cue's clause
        if doc.matches(Self.duKien, at: range.lowerBound) || doc.matches(Self.duKien, at: clauseStart(min(d.cueStart, t))) { return .plan }
        if ownEstimate { return .estimate }
        // "Kim ngạch xuất khẩu ước đạt 26,18 tỷ USD, tăng 15,6%; nhập khẩu 19,42 tỷ USD": a clause that names its figure
        // and gives the number with no verb shares the verb of the clauses before it, estimate and all
        // (an estimated value of the same kind before it: "Tốc độ tăng trưởng bình quân ước đạt 11,5%/năm; GRDP bình quân
        // đầu người 43,7 triệu đồng" estimates a rate, not the level)
        if let q = d.quantity, t == d.cueEnd, d.cueStart > range.lowerBound, clauseStart(d.cueStart) == d.cueStart,
           let before = quantities.last(where: { $0.tokens.upperBound <= d.cueStart && $0.unitClass == q.unitClass }),
           !before.perYear, anyPhrase(catalogue.estimateWords, in: clauseStart(before.tokens.lowerBound)..<before.tokens.lowerBound) { return .estimate }
        // "đạt 39.633 tỷ đồng, ước tăng 13,95%": the estimate written after the value
        if let q = d.quantity, q.tokens.upperBound < d.end, anyPhrase(catalogue.estimateWords, in: q.tokens.upperBound..<d.end) { return .estimate }
        // "Ước tính năm 2024, GRDP tăng 6,9%", "Theo Cục Thống kê, ước 6 tháng …, GRDP đạt": an estimate
        // word opening the sentence or the clause of the cue covers it
        for opening in [range.lowerBound, clauseStart(min(d.cueStart, t)), clauseStart(max(range.lowerBound, clauseStart(min(d.cueStart, t)) - 1))] {
            if let m = catalogue.estimateWords.longestMatch(in: doc.tokens, at: opening, limit: range.upperBound), m.end <= min(d.cueStart, t) {
                return .estimate
            }
        }
        if isPartOfEstimatedWhole(d.indicator, before: min(d.cueStart, t)) { return .estimate }
        // "Sở Tài chính ước cả năm 2023 thu ngân sách … đạt khoảng 6.850 tỷ đồng": an estimate word right before the
        // period the sentence opens its figure with
        if d.period == nil, let period, estimatesItsPeriod(period, before: min(d.cueStart, t)) { return .estimate }
        // a period that ends after the time of writing is a target, unless the text says it was reached
        // (with only an archive month to go by, "đạt" may still report a result)
        let now = context.published?.year ?? context.archiveMonth?.year
        if listsGoalsSet, let period, now.map({ period.endYear >= $0 }) ?? true { return .target }
        // a running term ("nhiệm kỳ 2021-2025" written in 2023) reports results so far, not a target
        var running = false
        if let now, let period, case .years(let from, _) = period.span, from <= now { running = true }
        if let now, let period, period.endYear > now, !running,
           context.published != nil || !(min(d.cueStart, t)..<t).contains(where: { doc.isWord($0, Lex.dat) }) {
            // "Năm 2018, UBND tỉnh trình HĐND các chỉ tiêu chủ yếu: GRDP tăng 8,5 - 9%; …": the indicators
            // put to the council for a coming year are its plan
            // (and so are the items of a list whose lead-in names them: "… gồm 22 chỉ tiêu chủ yếu. Cụ thể:")
            if inListOfGoals || (range.lowerBound..<max(range.lowerBound, min(d.cueStart, t))).contains(where: { doc.matches(RoleReader.chiTieu, at: $0) }) {
                return .plan
            }
            return .target
        }
        return .actual
    }

    /// The totals a bulletin breaks down after "trong đó" (or "riêng"), by the indicator of the part: visitors by origin or
    /// by where they stayed, revenue by source, a year's growth by quarter.
    private static let wholes: [Indicator: Set<Indicator>] = [
        "tourist_arrivals_international": ["tourist_arrivals"], "tourist_arrivals_domestic": ["tourist_arrivals"],
        "tourist_arrivals": ["tourist_arrivals"],
        "budget_revenue_domestic": ["budget_revenue_on_territory", "budget_revenue_local_total"],
        "budget_revenue_import_export": ["budget_revenue_on_territory", "budget_revenue_local_total"],
        "budget_revenue_land_use": ["budget_revenue_on_territory", "budget_revenue_local_total", "budget_revenue_domestic"],
        "gdp_growth": ["gdp_growth"], "grdp_growth": ["grdp_growth"],
    ].reduce(into: [:]) { table, pair in table[Indicator(pair.key)] = Set(pair.value.map { Indicator($0) }) }

    /// "…ước đón khoảng 2,18 triệu lượt khách, riêng khách quốc tế có khoảng 282.315 lượt", "…ước đạt 771.400 lượt. Trong
    /// đó, khách quốc tế 12.380 lượt; khách nội địa 702.910 lượt": a part singled out ("trong đó", "riêng") after an
    /// estimated total it belongs to (``wholes``), in its sentence or in the one before when it opens this one, is
    /// estimated with its whole.
    private func isPartOfEstimatedWhole(_ indicator: Indicator, before end: Int) -> Bool {
        // (a figure of a series may start before this sentence's range: nothing stands between)
        guard let wholes = Self.wholes[indicator], end > range.lowerBound, let split = (range.lowerBound..<end).last(where: { k in
            doc.matches(Lex.trongDo, at: k) || doc.isWord(k, Lex.rieng) && timeline.anyMention(startingAt: k + 1) == nil
        }) else { return false }
        // ("Riêng khu du lịch Cù lao Thới Sơn đón hơn 720.000 lượt khách": a place singled out reports its own figure)
        if places.contains(where: { $0.tokens.lowerBound > split && $0.tokens.lowerBound < end }) || !namesNoUnit(from: split, to: end) { return false }
        if estimates(in: range.lowerBound..<split), names(wholes, in: range.lowerBound..<split) { return true }
        guard split == range.lowerBound, let previous = previousSentence else { return false }
        return estimates(in: previous) && names(wholes, in: previous)
    }

    /// Whether the words between a "riêng"/"trong đó" at `split` and `end` name no unit of place or site ("khu du lịch",
    /// "thành phố", "vườn quốc gia"): only what is counted.
    private func namesNoUnit(from split: Int, to end: Int) -> Bool {
        // (a period's words, "quý I", are no name)
        let dated = timeline.mentions.filter { $0.tokens.lowerBound < end && $0.tokens.upperBound > split }.map(\.tokens)
        let namesPlace = (split..<end).contains { k in
            doc.tokens[k].kind == .word && !dated.contains { $0.contains(k) }
                && (PlaceScanner.levelWordList.contains(doc.tokens[k].hash) || doc.isCapitalised(k) && k > split + 1)
        }
        return !namesPlace && !(split..<end).contains { k in Self.siteWords.contains(where: { doc.matches($0, at: k) }) }
    }
    private static let siteWords = [Lex.p("khu du lịch"), Lex.p("điểm du lịch"), Lex.p("vườn quốc gia"), Lex.p("khu di tích"), Lex.p("khu vực")]

    /// Whether a cue of one of `indicators` stands in `r`.
    private func names(_ indicators: Set<Indicator>, in r: Range<Int>) -> Bool {
        r.contains { k in
            doc.tokens[k].flags.contains(.cueOpener)
                && catalogue.cues.longestMatch(in: doc.tokens, at: k, limit: r.upperBound)?.payload.contains { indicators.contains(catalogue.entry($0).indicator) } == true
        }
    }

    /// An estimate word in `r` that no comparison takes ("so với ước thực hiện năm 2013" estimates the year compared with).
    private func estimates(in r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            if let m = catalogue.estimateWords.longestMatch(in: doc.tokens, at: k, limit: r.upperBound), m.payload.contains(true) {
                if !doc.isWord(k - 1, Lex.voi), !doc.isWord(k - 1, Lex.so) { return true }
                k = m.end
                continue
            }
            k += 1
        }
        return false
    }

    /// Whether an estimate word stands right before a mention of `period` ("ước cả năm 2023", "ước tính 6 tháng") in
    /// the sentence before token `end` (not another period's: "tăng 3,1% so với ước thực hiện năm 2013").
    private func estimatesItsPeriod(_ period: Period, before end: Int) -> Bool {
        var k = range.lowerBound
        while k < end {
            if let m = catalogue.estimateWords.longestMatch(in: doc.tokens, at: k, limit: end), m.payload.contains(true) {
                let e = doc.isWord(m.end, Self.ca) ? m.end + 1 : m.end
                if let m = timeline.anyMention(startingAt: e), timeline.resolved[m] == period { return true }
                k = m.end
                continue
            }
            k += 1
        }
        return false
    }

    private static let ca = Lex.w("cả")
    private static let toldAsDone = WordSet(["đã", "liền", "liên"].map(Lex.w))

    /// "Theo ước tính của Sở Du lịch, tháng 5-2018, Khánh Hòa đã đón 520.000 lượt khách": a sentence that opens by
    /// citing an estimate estimates its figures, as the word itself would.
    private func opensByAnEstimate(before t: Int) -> Bool {
        guard doc.isWord(range.lowerBound, Lex.theo),
              let m = catalogue.estimateWords.longestMatch(in: doc.tokens, at: range.lowerBound + 1, limit: t) else { return false }
        return m.end <= t
    }

    /// "ước đón 1,5 triệu lượt khách", "ước tính thu 900 tỷ đồng": an estimate word right before a verb cue.
    private func estimateBefore(_ d: Draft) -> Bool {
        guard d.quantity != nil, d.cueStart < d.cueEnd else { return false }
        return window(before: d.cueStart, within: 2).contains { k in
            catalogue.estimateWords.longestMatch(in: doc.tokens, at: k, limit: d.cueStart).map { $0.end == d.cueStart } ?? false
        }
    }

    private func isApprox(_ d: Draft, at t: Int, ownEstimate: Bool, estimateAfter: Bool) -> Bool {
        guard let q = d.quantity else { return false }
        // an estimate word in the cue counts too: some cues end with one ("doanh thu du lịch ước")
        if ownEstimate { return true }
        // "tăng trưởng GRDP từ 10% trở lên", "đạt 430 tỷ đồng trở lên": a floor, not an exact value
        if doc.isWord(q.tokens.upperBound, Lex.tro), doc.isWord(q.tokens.upperBound + 1, Lex.len) { return true }
        // "đạt 39.633 tỷ đồng, ước tăng 13,95%": the estimate written after the value
        if estimateAfter, q.tokens.upperBound < d.end, anyPhrase(catalogue.estimateWords, in: q.tokens.upperBound..<d.end) { return true }
        var k = max(d.cueEnd, t - 4)
        while k < t {
            if let m = catalogue.qualifiers.longestMatch(in: doc.tokens, at: k, limit: t) {
                if m.end == t { return true }
                if m.end == t - 1, doc.isWord(t - 1, Lex.tang) || doc.isWord(t - 1, Lex.giam) { return true }
            }
            k += 1
        }
        return false
    }

    // MARK: jurisdiction

    /// "12 sản phẩm đạt 4 sao": a count of products of one star rating.
    func starRating(after q: Quantity) -> String? {
        var k = q.tokens.upperBound
        if doc.isWord(k, Lex.dat) || doc.isWord(k, Lex.hang) { k += 1 }
        guard let stars = doc.integer(k), doc.isWord(k + 1, Lex.sao) else { return nil }
        switch stars {
        case 3: return "three_star"
        case 4: return "four_star"
        case 5: return "five_star"
        default: return nil
        }
    }

    /// "tổng mức bán lẻ … cả nước ước tính đạt", "… của cả nước tháng 10/2024 ước đạt", "cả nước xuất khẩu 162 tỷ USD":
    /// the country's figure, named right after the cue, with "của" before the number, or as the cue's subject right
    /// before it.
    private func nationalScope(cue: Range<Int>, before t: Int) -> Jurisdiction? {
        let cueEnd = cue.upperBound
        if doc.matches(Lex.caNuoc, at: cueEnd) || doc.matches(Lex.toanQuoc, at: cueEnd) { return FigureCompleteness.country }
        if cue.lowerBound > range.lowerBound, doc.matchesBefore(Lex.caNuoc, cue.lowerBound) || doc.matchesBefore(Lex.toanQuoc, cue.lowerBound) {
            return FigureCompleteness.country
        }
        var k = cueEnd
        while k + 2 < t, !doc.isPunct(k, ","), !doc.isPunct(k, ";") {
            if doc.isWord(k, Lex.cua), doc.matches(Lex.caNuoc, at: k + 1) || doc.matches(Lex.toanQuoc, at: k + 1) { return FigureCompleteness.country }
            k += 1
        }
        // ("Năm 2025, cả nước đón khoảng 22 triệu lượt khách quốc tế, khách nội địa khoảng 140 triệu lượt, tổng thu …": the
        // country as the subject the sentence opens on, after its time, speaks for each clause after it that names no place)
        // ("Bình quân cả nước đạt 15,66 tiêu chí/xã": the country's average)
        var subject = subjectStart
        if doc.matches(Lex.binhQuan, at: subject) { subject += Lex.binhQuan.count }
        if doc.matches(Lex.caNuoc, at: subject) || doc.matches(Lex.toanQuoc, at: subject),
           !places.contains(where: { $0.tokens.lowerBound > subject && $0.tokens.lowerBound < t }) {
            return FigureCompleteness.country
        }
        return nil
    }

    /// The token after the last `;` before `t` in the sentence.
    private func clauseOf(_ t: Int) -> Int {
        var k = t - 1
        while k > range.lowerBound {
            if doc.isPunct(k, ";") { return k + 1 }
            k -= 1
        }
        return range.lowerBound
    }

    /// "…, đặc khu Phú Quốc đã đón gần 1,6 triệu lượt khách quốc tế, …; tổng thu đạt gần 39 ngàn tỷ đồng": a district or
    /// special zone named with its level word as the subject of an earlier clause (its verb right after it) goes on
    /// scoping the clause of `t`, when that clause names no place and no province or city stands between them.
    private func carriesIntoClause(_ m: PlaceMention, clause: Int, before t: Int) -> Bool {
        // ("Giai đoạn 2011 - 2016, Cần Giờ đã thu hút …; tổng doanh thu đạt …": or its name alone, opening the sentence or
        // its first clause after a phrase of time)
        let opensSentence = m.tokens.lowerBound == range.lowerBound || m.tokens.lowerBound == subjectStart
        guard m.name != nil, m.level == .district || m.level == .specialZone, doc.isWord(m.tokens.lowerBound, Lex.huyen)
                || doc.matches(Lex.dacKhu, at: m.tokens.lowerBound) || opensSentence,
              Self.subjectVerbs.contains(doc.hash(m.tokens.upperBound)),
              !doc.isWord(clause, Lex.rieng), !doc.matches(Lex.trongDo, at: clause), !doc.isWord(clause, Lex.con) else { return false }
        // ("huyện Mèo Vạc đón 186.500 lượt; Khu di tích Nhà Vương đón 158.200 lượt": nor a clause with a named subject of its own)
        return !places.contains { p in p.tokens.lowerBound >= m.tokens.upperBound && p.tokens.lowerBound < t && !p.inParentheses }
            && !(clause..<t).contains { doc.tokens[$0].kind == .word && doc.isCapitalised($0) }
    }

    private static let subjectVerbs = WordSet([Lex.w("đã"), Lex.w("đón"), Lex.dat, Lex.w("có"), Lex.w("thu"), Lex.w("ước"), Lex.tang, Lex.giam])

    /// "Huyện Trà Cú, huyện nghèo giai đoạn 2021 - 2025, có tỷ lệ hộ nghèo 2,36%": a place that opens the sentence,
    /// described between commas (no other place, no number but years), is the subject of what follows.
    private func opensWithAppositive(_ m: PlaceMention, before t: Int) -> Bool {
        guard m.tokens.lowerBound == range.lowerBound, doc.isPunct(m.tokens.upperBound, ",") else { return false }
        let from = m.tokens.upperBound + 1
        guard let close = (from..<min(t, from + 14)).first(where: { doc.isPunct($0, ",") }), close > from + 1 else { return false }
        return !places.contains { $0.name != nil && $0.tokens.lowerBound >= from && $0.tokens.lowerBound < close }
            && !(from..<close).contains { doc.isNumber($0) && !PeriodScanner.isYear(doc.integer($0)) && !namesResolution(before: $0) }
    }

    /// "Riêng huyện X, …", "Đối với đặc khu Y, …", "Tại xã Z, …": a unit named right after the words that open the
    /// sentence to single it out or set its scene, then a comma.
    private func frontsTheSentence(_ m: PlaceMention) -> Bool {
        guard doc.isPunct(m.tokens.upperBound, ",") else { return false }
        let start = m.tokens.lowerBound
        return Self.frontingLeads.contains { start == range.lowerBound + $0.count && doc.matches($0, at: range.lowerBound) }
    }

    private static let frontingLeads = Lex.singlingOut + [Lex.p("đối với"), [Lex.tai], Lex.p("ở")]

    /// "huyện nghèo theo Nghị quyết 30a": a number that names a resolution is no figure.
    private func namesResolution(before k: Int) -> Bool {
        doc.matchesBefore(Lex.nghiQuyet, k) || doc.isWord(k - 1, Lex.nq)
    }

    static let trongKhi = Lex.p("trong khi"), duKien = Lex.p("dự kiến")
    private static let cungThoiDiem = Lex.p("cùng thời điểm"), cua = Lex.w("của"), nhat = Lex.w("nhất"), huyen = Lex.w("huyện")
    private static let cuoi = Lex.w("cuối"), het = Lex.w("hết")
    private static let mergedWith = [Lex.p("hợp nhất với"), Lex.p("sáp nhập với"), Lex.p("hợp nhất cùng")]

    /// A place that closes the sentence's opening "Theo <body> <place>," (the source of what follows).
    private func isAttribution(_ m: PlaceMention) -> Bool {
        guard m.name != nil, doc.isWord(range.lowerBound, Lex.theo), doc.isPunct(m.tokens.upperBound, ","),
              m.tokens.lowerBound - range.lowerBound <= 10 else { return false }
        return !(range.lowerBound..<m.tokens.lowerBound).contains { doc.tokens[$0].kind == .punct || doc.tokens[$0].kind == .number }
    }

    /// "Khu du lịch A đón 59.500 lượt khách, khu B thu hút 57.600 lượt khách, thành phố X 43.600 lượt khách": a level
    /// of the same kind between the number at `t` and a place named later belongs to another item of a list.
    private func passesAnotherLevel(from t: Int, to end: Int) -> Bool {
        guard let own = quantities.first(where: { $0.tokens.lowerBound == t }), own.unitClass != .percent else { return false }
        return quantities.contains { $0.tokens.lowerBound > t && $0.tokens.upperBound <= end && $0.unitClass == own.unitClass }
    }

    /// "huyện Cai Lậy, tỉnh Tiền Giang": the province or city written after a named district and a comma, before token
    /// `t`, when the district lies in it.
    private func addressAfter(_ m: PlaceMention, before t: Int) -> PlaceMention? {
        guard m.level == .district, let name = m.name, doc.isPunct(m.tokens.upperBound, ","),
              let parent = places.first(where: { $0.tokens.lowerBound == m.tokens.upperBound + 1 && $0.tokens.upperBound <= t }),
              parent.level == .province || parent.level == .city, let parentName = parent.name,
              catalogue.gazetteer.parentProvinces(of: Jurisdiction(.district, name)).contains(Jurisdiction(parent.level, parentName))
        else { return nil }
        return parent
    }

    /// "Phú Thọ và Đồng Nai, với kim ngạch xuất khẩu đạt 29,68 tỷ USD và 28,75 tỷ USD": two places joined as the subject
    /// take the two values joined after them in turn; a value not so paired is neither's (held back, not guessed).
    private func pairedPlace(at t: Int, first: PlaceMention, second: Jurisdiction, after k: Int) -> Jurisdiction {
        guard let q = quantities.first(where: { $0.tokens.lowerBound == t }) else { return FigureCompleteness.unknownPlace }
        let same = quantities.filter { $0.tokens.lowerBound >= k && $0.unitClass == q.unitClass }
        guard same.count == 2, doc.isWord(same[0].tokens.upperBound, Lex.va), same[1].tokens.lowerBound == same[0].tokens.upperBound + 1,
              let firstPlace = context.places.resolve(first, namedProvince: nil, namedCity: nil, namedDistrict: precedingDistrict) else {
            return FigureCompleteness.unknownPlace
        }
        return same[0].tokens.lowerBound == t ? firstPlace : same[1].tokens.lowerBound == t ? second : FigureCompleteness.unknownPlace
    }

    private func jurisdiction(at t: Int, entry: Int?) -> Jurisdiction {
        // ("Đối với Phú Yên, tỉnh có 189 km bờ biển. … GRDP năm 2024 của tỉnh đạt …": a bare "tỉnh" is the paragraph's subject)
        let scope = paragraphPlace ?? sectionPlace
        var namedProvince = scope?.level == .province ? scope?.name : nil
        var namedCity = scope?.level == .city ? scope?.name : nil
        var last: Jurisdiction?
        var lastMention: PlaceMention?
        var attributed: Jurisdiction?
        let clause = clauseOf(t)
        // "thu nội địa 7.925 tỷ đồng (riêng khu vực Kon Tum cũ 1.132 tỷ đồng)": a former unit named in the number's
        // own bracket is its place
        if let open = (max(range.lowerBound, t - 12)..<t).last(where: { doc.isPunct($0, "(") }),
           !(open..<t).contains(where: { doc.isPunct($0, ")") }),
           let m = places.last(where: { $0.inParentheses && $0.tokens.lowerBound > open && $0.tokens.upperBound <= t && $0.name != nil }),
           formerUnitScope(after: m) != nil {
            return Jurisdiction(m.level, m.name!)
        }
        // (nor a place overtaken: "Bắc Ninh đã vượt TP.HCM, … với 76,44 tỉ USD")
        // "Huyện Cai Lậy, tỉnh Tiền Giang có 15/15 xã …": a province written after a district and a comma, the one it lies
        // in, is the district's address; the pair is the district
        var address: Int?
        for m in places where !m.inParentheses && !m.namesBody && !m.overtaken && m.tokens.upperBound <= t {
            if m.tokens.lowerBound == address { continue }
            if let name = m.name, let parent = addressAfter(m, before: t) {
                address = parent.tokens.lowerBound
                last = Jurisdiction(.district, name)
                lastMention = m
                continue
            }
            // "Riêng đặc khu Phú Quốc, số khách … ước đạt …": a unit the sentence opens with as its topic scopes it whole
            // ("Tại tỉnh Ninh Bình, toàn tỉnh đón …": and a bare "tỉnh" after it is that one)
            if let name = m.name, frontsTheSentence(m) {
                last = Jurisdiction(m.level, name)
                if m.level == .province { namedProvince = name }
                if m.level == .city { namedCity = name }
                continue
            }
            // a district or town scopes only its own clause, and not when it is a co-subject ("huyện X và 38 xã")
            // ("toàn huyện" speaks for its whole sentence)
            if (m.level == .district || m.level == .commune || m.level == .specialZone) && m.name != nil || m.level == .town,
               m.tokens.lowerBound < clause && !carriesIntoClause(m, clause: clause, before: t)
                || doc.isWord(m.tokens.upperBound, Lex.va) || doc.isPunct(m.tokens.upperBound, ",") && !opensWithAppositive(m, before: t) { continue }
            // "Tỉnh đón 203.000 lượt, trong đó thành phố Phú Quốc đón 62.000 lượt; doanh thu …": a part named
            // with "trong đó" / "riêng" scopes only its own clause
            if m.tokens.lowerBound < clause, doc.isWord(m.tokens.lowerBound - 1, Lex.rieng) || doc.matchesBefore(Lex.trongDo, m.tokens.lowerBound) {
                continue
            }
            // "trong đó khu vực Tiền Giang (cũ) tăng 8,2%; thu ngân sách …": so does a former unit, or a "khu vực"
            if m.tokens.lowerBound < clause, formerUnitScope(after: m) != nil || doc.matchesBefore(Lex.khuVuc, m.tokens.lowerBound) {
                continue
            }
            // "• Nam Định (cũ) – thu NSNN: 3.120 tỷ": a former unit named in the clause is the figure's place, as named
            if let name = m.name, formerUnitScope(after: m) != nil {
                last = Jurisdiction(m.level, name)
                continue
            }
            // "phường Hội An, trước đây thuộc tỉnh Quảng Nam": what a place belonged to is not the figure's place
            if doc.isWord(m.tokens.lowerBound - 1, Self.thuoc) { continue }
            // "Đặc khu Phú Quốc vẫn là điểm đến hấp dẫn nhất của tỉnh An Giang khi đón …": nor what a superlative ranks within
            if doc.isWord(m.tokens.lowerBound - 1, Self.nhat) || doc.isWord(m.tokens.lowerBound - 1, Self.cua) && doc.isWord(m.tokens.lowerBound - 2, Self.nhat) {
                continue
            }
            // "năm đầu tiên sau khi hợp nhất với tỉnh Ninh Thuận": the unit merged in is the merger's, not the figure's
            if Self.mergedWith.contains(where: { doc.matchesBefore($0, m.tokens.lowerBound) }) { continue }
            // "bằng 131% dự toán tỉnh giao", "HĐND huyện": an institution's level word scopes nothing
            if m.name == nil, doc.isWord(m.tokens.lowerBound - 1, Lex.hdnd) || doc.isWord(m.tokens.lowerBound - 1, Lex.ubnd)
                || doc.matchesBefore(Self.duToan, m.tokens.lowerBound) || DocumentSubject.setsTheEstimate(m, doc: doc) { continue }
            // ("10/10 xã của huyện Văn Lâm đã được UBND tỉnh Hưng Yên công nhận …": nor, after the figure's own place, the
            // council or committee that acted on it)
            if last != nil, doc.isWord(m.tokens.lowerBound - 1, Lex.hdnd) || doc.isWord(m.tokens.lowerBound - 1, Lex.ubnd) { continue }
            guard let j = context.places.resolve(m, namedProvince: namedProvince, namedCity: namedCity, namedDistrict: precedingDistrict) else { continue }
            // "Theo Sở Du lịch Kiên Giang, 10 tháng qua … du lịch đảo Ngọc": the source's place yields to one the
            // figure's clause names after its number
            // (and a bare "tỉnh" after it is the source's: "Theo Chi cục Thống kê tỉnh Nam Định, tổng sản phẩm trên địa
            // bàn tỉnh …" in a text about the province it was merged into)
            if isAttribution(m) {
                attributed = j
                if m.name != nil, m.level == .province { namedProvince = m.name }
                if m.name != nil, m.level == .city { namedCity = m.name }
                continue
            }
            if m.name != nil, m.level == .province { namedProvince = m.name }
            if m.name != nil, m.level == .city { namedCity = m.name }
            last = j
            lastMention = m
        }
        if let last, let m = lastMention, m.name != nil, doc.isWord(m.tokens.lowerBound - 1, Lex.va),
           let first = places.last(where: { $0.name != nil && $0.level == m.level && $0.tokens.upperBound == m.tokens.lowerBound - 1 }) {
            return pairedPlace(at: t, first: first, second: last, after: m.tokens.upperBound)
        }
        if let last { return last }
        // ("toàn bộ 10/10 xã của huyện Văn Lâm đều đạt chuẩn …": the unit the counted ones belong to, right after them)
        if let q = quantities.first(where: { $0.tokens.lowerBound == t }), q.unitClass == .count, doc.isWord(q.tokens.upperBound, Self.cua),
           let m = places.first(where: { $0.tokens.lowerBound == q.tokens.upperBound + 1 && !$0.inParentheses }),
           let j = context.places.resolve(m, namedProvince: namedProvince, namedCity: namedCity, namedDistrict: precedingDistrict) {
            return j
        }
        // ("ước có 1,2 triệu lượt khách đến huyện Mộc Châu": the place visits are counted to, right after them)
        if let q = quantities.first(where: { $0.tokens.lowerBound == t }), q.unitClass == .arrivals,
           doc.isWord(q.tokens.upperBound, Lex.den) || doc.isWord(q.tokens.upperBound, Self.toi),
           let m = places.first(where: { $0.tokens.lowerBound == q.tokens.upperBound + 1 && !$0.inParentheses }), let name = m.name {
            return Jurisdiction(m.level, name)
        }
        // (a part named after the number is no place of it, nor a place visitors come "từ" (from): "…248 sản phẩm; riêng tỉnh Bạc Liêu (cũ) đóng góp 104",
        // "đạt 13,5 triệu lượt, …, trong đó thành phố Sầm Sơn 1,46 triệu lượt")
        // (nor is a place in a later clause set against it: "…đạt 2.180 tỷ đồng; trong khi đó, Sóc Trăng thu được 3.260")
        if let m = places.first(where: { !$0.inParentheses && $0.tokens.lowerBound >= t && $0.name != nil
                                          && ($0.level == .province || $0.level == .city)
                                          && formerUnitScope(after: $0) == nil && !doc.isWord($0.tokens.lowerBound - 1, Lex.rieng)
                                          && !doc.isWord($0.tokens.lowerBound - 1, Lex.tu) && !$0.compared
                                          && !doc.matchesBefore(Lex.trongDo, $0.tokens.lowerBound) }),
           // (nor one among items listed after a colon: "13 sản phẩm đạt 3 sao, gồm: … của Hợp tác xã … Khánh Hòa")
           !(t..<m.tokens.lowerBound).contains(where: { doc.isPunct($0, ";") || doc.isPunct($0, ":") || doc.matches(Self.trongKhi, at: $0) }),
           !passesAnotherLevel(from: t, to: m.tokens.lowerBound) {
            return Jurisdiction(m.level, m.name!)
        }
        if let attributed { return attributed }
        if let entry, let j = catalogue.entry(entry).jurisdiction { return j }
        // "Theo báo cáo của Tổng cục Thống kê, năm 2024 tổng thu ngân sách nhà nước ước đạt …": a sentence that
        // cites a national body and names no place at all speaks for the country (not of a province's output)
        if places.isEmpty, let entry, !catalogue.isLocalOnly(catalogue.entry(entry).indicator),
           catalogue.citesNationalBody(in: range.lowerBound..<t, of: doc) {
            return FigureCompleteness.country
        }
        return paragraphPlace ?? sectionPlace ?? context.places.subject ?? FigureCompleteness.unknownPlace
    }
}
