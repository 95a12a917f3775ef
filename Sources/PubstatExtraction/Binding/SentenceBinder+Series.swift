import PubstatModel

/// Series after a figure: a clause that opens with another place ("GRDP của tỉnh A (cũ) tăng 10,33%;
/// tỉnh B tăng 10,07%") or with its own period ("bình quân giai đoạn 2016-2018 đạt 6,9%/năm") and
/// states its own number restates the same indicator for that place or period.
extension SentenceBinder {
    /// Words between a place and its number: the verb and its usual company.
    /// ("tỉnh Thái Bình (cũ) thu 8.127 tỷ đồng": "thu" is a budget's verb; "khu vực X (cũ) đóng góp 15.000 tỷ
    /// đồng": a part's share of the total; "Sóc Trăng thu được 3.260 tỷ đồng"; "thấp nhất là thành phố X với 1,85%";
    /// "còn C phấn đấu đạt 15.000 tỷ đồng")
    private static let seriesVerbs = WordSet([Lex.tang, Lex.giam, Lex.dat, Lex.la, Lex.w("ước"), Lex.hon, Lex.w("khoảng"), Lex.w("gần"), Lex.w("trên"),
                                              Lex.w("thu"), Lex.w("đóng"), Lex.w("góp"), Lex.w("được"), Lex.voi, Lex.con,
                                              Lex.w("chỉ"), Lex.w("vẫn"), Lex.w("cũng"), Lex.w("thấp"), Lex.w("cao"), Self.nhat,
                                              Lex.w("có"), Lex.w("mức"), Lex.w("phấn"), Lex.w("đấu")])
    private static let nhat = Lex.w("nhất"), cua = Lex.w("của"), khi = Lex.w("khi")
    private static let thu = Lex.w("thứ"), xep = Lex.w("xếp"), dung = Lex.w("đứng"), tiep = Lex.w("tiếp")

    mutating func bindSeries(after figures: [Figure]) -> [Figure] {
        guard !figures.isEmpty else { return [] }
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) {
            let q = quantities[i]
            if let figure = periodSeries(q, after: figures) {
                markBound(i)
                out.append(figure)
                continue
            }
            if let figure = assignedPlan(q, after: figures) {
                markBound(i)
                out.append(figure)
                continue
            }
            if let figure = bracketedPeriodValue(q, after: figures) {
                markBound(i)
                out.append(figure)
                continue
            }
            if let figure = valueBeforeItsYear(q, after: figures) {
                markBound(i)
                out.append(figure)
                continue
            }
            if let figure = bracketedPlaceValue(q, after: figures) {
                markBound(i)
                out.append(figure)
                continue
            }
            guard let (place, verbStart, isFall) = placeBefore(q), q.unitClass == .percent || q.unitClass == .money,
                  let template = figures.last(where: { f in
                      guard let end = f.source?.end, end <= doc.byteSpan(q.tokens).lowerBound, f.value != nil else { return false }
                      return (f.unit == .percent) == (q.unitClass == .percent)
                  }),
                  // the same place again only as its former unit ("khu vực TP.HCM cũ tăng 8,06%")
                  Jurisdiction(place.level, place.name!) != template.jurisdiction || formerUnitScope(after: place) != nil else { continue }
            // ("khu vực tỉnh A (cũ) ước tăng 9,47%": the estimate word before the verb)
            // ("Cà Mau tăng thấp nhất với 5,3%", "thấp nhất là Kon Tum với 5,2%": the rate a ranking ends on)
            // ("Đứng thứ hai là Quảng Ninh với 10,28%", "Tiếp theo là B với 11,6%": or a rank, or the next one, named)
            let ranked = (max(range.lowerBound, place.tokens.lowerBound - 4)..<q.tokens.lowerBound).contains {
                doc.isWord($0, Self.nhat) || doc.isWord($0, Self.thu) || doc.isWord($0, Self.tiep)
            } && catalogue.entries.contains { $0.indicator == template.indicator && $0.changeIsValue }
            // (a rate bare after its place in a list of changes cut by semicolons is a change like the others:
            // "… cao nhất là tỉnh A với 13,85%; tiếp theo là tỉnh B 11,02%; tỉnh C 10,2%")
            let bareChange = verbStart == q.tokens.lowerBound && q.unitClass == .percent && !isRateLevel(template)
                && catalogue.entries.contains { $0.indicator == template.indicator && $0.changeIsValue }
            let isChange = (verbStart..<q.tokens.lowerBound).contains { doc.isWord($0, Lex.tang) || doc.isWord($0, Lex.giam) } || ranked || bareChange
            // a growth figure continues with changes, a level (a rate too: "thấp nhất là thành phố X với 1,85%") with levels
            // ("bình quân … đạt 7,02%/năm; trong đó A (cũ) đạt 7,6%/năm, B 6,1%/năm": average growth as a level)
            let averageGrowth = q.perYear && catalogue.entries.contains { $0.indicator == template.indicator && $0.changeIsValue }
            guard isChange == (q.unitClass == .percent && !isRateLevel(template)) || averageGrowth else { continue }
            var f = restated(template, as: isFall ? -q.value : q.value, of: q, at: place,
                             // ("khu vực tỉnh A (cũ) ước tăng 9,47%": "ước" before the verb is approximate too)
                             approx: hasQualifier(before: q.tokens.lowerBound, from: verbStart)
                                || (place.tokens.upperBound..<q.tokens.lowerBound).contains { doc.isWord($0, Self.uoc) },
                             quoting: place.tokens.lowerBound..<q.tokens.upperBound)
            markBound(i)
            let growth = q.unitClass == .money ? ownYearOnYearChange(of: &f, at: i, from: place.tokens.lowerBound) : nil
            out.append(f)
            if let growth { out.append(growth) }
        }
        return out
    }

    /// "Dự toán thu … năm 2024 Trung ương giao 6.470 tỷ đồng; HĐND tỉnh giao 7.150 tỷ đồng", "… là 7.800 tỷ đồng
    /// (Trung ương giao 6.850 tỷ đồng)": a clause that opens with who assigned it and "giao" restates the plan
    /// figure before it as that body's plan.
    private func assignedPlan(_ q: Quantity, after figures: [Figure]) -> Figure? {
        guard q.unitClass == .money else { return nil }
        var k = q.tokens.lowerBound - 1
        if doc.isWord(k, Lex.la) { k -= 1 }
        guard doc.isWord(k, Lex.giao) else { return nil }
        guard let giver = Self.givers.first(where: { doc.matchesBefore($0, k) }) else { return nil }
        let start = k - giver.count
        guard start == range.lowerBound || doc.isPunct(start - 1, ";") || doc.isPunct(start - 1, "(") || doc.isPunct(start - 1, ",") else { return nil }
        guard let template = figures.last(where: { f in
            guard let end = f.source?.end, end <= doc.byteSpan(q.tokens).lowerBound else { return false }
            return f.kind == .plan && (f.unit?.isMoney ?? false) && f.value != nil
        }) else { return nil }
        var draft = Draft(indicator: template.indicator, entry: nil, quantity: q, value: q.value,
                          cueStart: start, cueEnd: start, end: q.tokens.upperBound)
        draft.period = template.period
        draft.kind = .plan
        draft.jurisdiction = template.jurisdiction
        return finish(draft)
    }

    /// Bodies that assign a budget estimate, written before "giao".
    private static let givers = ["Trung ương", "TW", "HĐND tỉnh", "HĐND thành phố", "HĐND huyện", "Hội đồng nhân dân tỉnh",
                                 "Hội đồng nhân dân thành phố", "Bộ Tài chính", "Thủ tướng Chính phủ", "Thủ tướng", "Quốc hội"].map(Lex.p)

    /// A rate stated as a level (the poverty rate, a share), not a growth whose value is a change.
    private func isRateLevel(_ f: Figure) -> Bool {
        guard f.unit == .percent, let entry = catalogue.entries.first(where: { $0.indicator == f.indicator }) else { return false }
        return !entry.changeIsValue && entry.rateVariant != nil
    }

    /// "khu vực tỉnh X cũ đạt 32.900 tỷ đồng, tăng 12,4% so với cùng kỳ": a restated level's own change,
    /// written right after it, is its year-on-year change, and the growth figure of a level whose
    /// indicator has one.
    private mutating func ownYearOnYearChange(of f: inout Figure, at i: Int, from start: Int) -> Figure? {
        let next = i + 1
        guard next < quantities.count, !isBound(next), quantities[next].unitClass == .percent,
              case .change(let sign, let comparison) = role[next],
              doc.isPunct(quantities[i].tokens.upperBound, ","),
              quantities[next].tokens.lowerBound - quantities[i].tokens.upperBound <= 3 else { return nil }
        switch comparison {
        case .previousYear: break
        case .other where comparison.namesYearBefore(f.period): break
        default: return nil
        }
        markBound(next)
        let change = quantities[next]
        f.yoyPct = sign * change.value
        f.quote = doc.original(start..<change.tokens.upperBound)
        let span = doc.byteSpan(start..<change.tokens.upperBound)
        f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
        return derivedGrowth(of: f, entry: catalogue.entries.firstIndex(where: { $0.indicator == f.indicator }))
    }

    private static let uoc = Lex.w("ước")
    private static let mucTang = Lex.p("mức tăng"), mucTangTruong = Lex.p("mức tăng trưởng")

    /// "GRDP ước tăng 7,58%, cao hơn mức tăng 6,41% của năm 2023", "Sau mức tăng 4,21% của 6 tháng đầu năm,
    /// …": a rate named with its own period after "của" is the growth rate before it (in the sentence, else
    /// the sentence before) over that period, as published then.
    mutating func bindEarlierRates(after figures: [Figure], state: BinderState) -> [Figure] {
        var out: [Figure] = []
        for i in quantities.indices where !isBound(i) && quantities[i].unitClass == .percent {
            let q = quantities[i]
            // ("cao hơn mức 7,6% của năm 2018": a bare "mức" set against the rate before)
            let lead = doc.matchesBefore(Self.mucTangTruong, q.tokens.lowerBound) ? Self.mucTangTruong.count
                : doc.matchesBefore(Self.mucTang, q.tokens.lowerBound) ? Self.mucTang.count
                : doc.isWord(q.tokens.lowerBound - 1, Self.muc) && doc.isWord(q.tokens.lowerBound - 2, Lex.hon) ? 1 : 0
            guard lead > 0, doc.isWord(q.tokens.upperBound, Lex.cua) else { continue }
            let start = doc.byteSpan(q.tokens).lowerBound
            // "cao hơn mức tăng 6,88% của cả nước": the country's rate over the same period
            if doc.matches(Lex.caNuoc, at: q.tokens.upperBound + 1),
               let template = figures.last(where: { isOwnRate($0) && ($0.source?.end ?? .max) <= start }),
               let national = catalogue.nationalCounterpart(of: template.indicator) {
                var f = Figure(indicator: national, value: q.value, unit: .percent, kind: template.kind, period: template.period,
                               jurisdiction: FigureCompleteness.country, quote: "")
                let quoted = (q.tokens.lowerBound - lead)..<(q.tokens.upperBound + 1 + Lex.caNuoc.count)
                f.quote = doc.original(quoted)
                let span = doc.byteSpan(quoted)
                f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
                markBound(i)
                out.append(f)
                continue
            }
            // (the bulletin's own rate: not a rate another place was ranked with, "chỉ xếp sau Khánh Hòa (10,1%)")
            let template = figures.last(where: { isOwnRate($0) && ($0.source?.end ?? .max) <= start })
                ?? [state.lastFigure, state.family].lazy.compactMap { $0 }.first(where: isOwnRate)
            guard let template, let (period, end) = earlierPeriod(after: q.tokens.upperBound + 1, template: template),
                  template.period != period else { continue }
            markBound(i)
            out.append(rate(like: template, value: q.value, period: period, quoted: (q.tokens.lowerBound - lead)..<end))
        }
        return out
    }

    /// The period a rate "của …" belongs to, starting at token `t`, and where its words end: a stated period
    /// ("của năm 2011"), else "cùng kỳ năm 2017" (the template's span in that year), else "năm trước" / "cùng kỳ năm
    /// trước", the template's span a year before.
    private func earlierPeriod(after t: Int, template: Figure) -> (Period, Int)? {
        if let m = timeline.ownMention(at: t), let period = timeline.resolved[m] { return (period, timeline.mentions[m].tokens.upperBound) }
        let k = doc.matches(Lex.cungKy, at: t) ? t + Lex.cungKy.count : t
        // "của cùng kỳ năm 2017": the template's months in the year named
        if k > t, let m = timeline.anyMention(startingAt: k), let named = timeline.resolved[m], case .year(let y) = named.span,
           let own = template.period, !own.isTarget, let same = Self.sameSpan(own, inYear: y) {
            return (same, timeline.mentions[m].tokens.upperBound)
        }
        guard doc.isWord(k, Lex.nam), doc.isWord(k + 1, Lex.truoc), let own = template.period, !own.isTarget else { return nil }
        guard let before = Self.sameTimeYearBefore(own) else { return nil }
        return (before, k + 2)
    }

    /// An actual rate of `template`'s indicator, place, sector and scope over another period, quoting `quoted`.
    func rate(like template: Figure, value: Double, period: Period, quoted: Range<Int>) -> Figure {
        var f = Figure(indicator: template.indicator, value: value, unit: .percent, kind: .actual, period: period,
                       jurisdiction: template.jurisdiction, quote: doc.original(quoted))
        f.sector = template.sector
        f.scope = template.scope
        let span = doc.byteSpan(quoted)
        f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
        return f
    }

    /// A growth rate of the catalogue (the growth indicator of some level, or a sector's growth of an output family:
    /// "khu vực dịch vụ tăng 6,56%, cao hơn mức tăng 5,9% của năm 2012"), stated as a number, of the bulletin's
    /// subject when it has one.
    private func isOwnRate(_ f: Figure) -> Bool {
        f.unit == .percent && f.value != nil && (context.places.subject.map { f.jurisdiction == $0 } ?? true)
            && (catalogue.entries.contains { $0.growthIndicator == f.indicator }
                || f.sector != nil && catalogue.families.values.contains { $0.sectorGrowth == f.indicator })
    }

    /// Words that may stand before a clause's own period: "bình quân giai đoạn …", "(mục tiêu 2016-2020 …",
    /// "; riêng quý III tăng 8,02%", "; tính chung 9 tháng tăng 7,96%", ", trong đó quý II tăng 6,58%",
    /// "; tổng thu giai đoạn 2016-2018 là 7.254 tỷ đồng".
    private static let periodLeads = WordSet([Lex.binhQuan[0], Lex.binhQuan[1], Lex.trungBinh[0], Lex.trungBinh[1], Lex.w("mục"),
                                               Lex.w("tiêu"), Lex.keHoach[0], Lex.keHoach[1], Lex.kh, Lex.w("cả"), Lex.trong, Lex.den,
                                               Lex.w("tới"), Lex.rieng, Lex.tinhChung[0], Lex.tinhChung[1], Lex.trongDo[1], Lex.w("ước"),
                                               Lex.cuoi, Lex.dau, Lex.w("tổng"), Lex.w("thu"), Lex.w("thực"), Lex.w("hiện"), Lex.w("dự")])

    /// The template's quote ends with a count of the same noun as `q`.
    private func figureCounts(_ template: Figure, sameNounAs q: Quantity) -> Bool {
        guard let source = template.source else { return false }
        return quantities.contains { other in
            other.unitClass == .count && other.noun == q.noun && doc.byteSpan(other.tokens).upperBound <= source.end
                && doc.byteSpan(other.tokens).lowerBound >= source.start
        }
    }

    /// "41/63 tỉnh đạt tốc độ tăng GRDP cao hơn mức chung, dẫn đầu là Bắc Giang tăng 13,8%, tiếp đến Khánh Hòa
    /// tăng 11,6%": a cue that took no number, followed by places each with their own change, names what the
    /// places' changes measure. The first such place's figure is made from the cue; the others restate it.
    mutating func bindPlaceRanking() -> [Figure] {
        for i in quantities.indices where !isBound(i) && quantities[i].unitClass == .percent {
            let q = quantities[i]
            // ("dẫn đầu là Bắc Giang (16,2%), Hải Phòng (16,01%)": each place's rate in brackets after it)
            guard let (place, verbStart, isFall) = placeBefore(q) ?? bracketedAfterPlace(q), place.level == .province || place.level == .city,
                  doc.isWord(verbStart, Lex.tang) || doc.isWord(verbStart, Lex.giam) || doc.isPunct(verbStart, "("),
                  let cue = cues.last(where: { $0.end <= place.tokens.lowerBound && $0.sector == nil }),
                  // (a threshold the places passed, "51/63 địa phương có tốc độ tăng GRDP từ 7% trở lên", is no figure)
                  !quantities.indices.contains(where: { j in
                      quantities[j].tokens.lowerBound >= cue.end && quantities[j].tokens.lowerBound < place.tokens.lowerBound
                          && quantities[j].unitClass == .percent && !isAside(j)
                  }),
                  let entry = cue.entries.first(where: { compatible(q, $0) }) else { continue }
            var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: isFall ? -q.value : q.value,
                              cueStart: cue.start, cueEnd: cue.end, end: q.tokens.upperBound)
            draft.jurisdiction = Jurisdiction(place.level, place.name!)
            let first = restated(finish(draft), as: draft.value!, of: q, at: place,
                                 approx: hasQualifier(before: q.tokens.lowerBound, from: verbStart),
                                 quoting: place.tokens.lowerBound..<q.tokens.upperBound)
            markBound(i)
            return [first] + bindSeries(after: [first])
        }
        return []
    }

    /// "Hà Nội và TP. Hồ Chí Minh lần lượt tăng 5,9% và 6,5%": places listed before "lần lượt" take the
    /// changes listed after it, in order, as restatements of `template` (a change in percent).
    mutating func bindRespectivePlaces(after template: Figure) -> [Figure] {
        guard template.unit == .percent, let k = (range.lowerBound..<range.upperBound).first(where: { doc.matches(Lex.lanLuot, at: $0) }),
              doc.isWord(k + 2, Lex.tang) || doc.isWord(k + 2, Lex.giam) else { return [] }
        let sign: Double = doc.isWord(k + 2, Lex.giam) ? -1 : 1
        // the values: the first right after the verb, each next after "và" or ","
        var values: [Int] = []
        var next = k + 3
        while let i = quantities.indices.first(where: { quantities[$0].tokens.lowerBound == next }), !isBound(i),
              quantities[i].unitClass == .percent {
            values.append(i)
            let end = quantities[i].tokens.upperBound
            guard doc.isWord(end, Lex.va) || doc.isPunct(end, ",") else { break }
            next = end + 1
        }
        // the places: the last ending right before "lần lượt", each earlier one before "và" or ","
        var named: [PlaceMention] = []
        var end = k
        while let place = places.last(where: { $0.tokens.upperBound == end && $0.name != nil && !$0.inParentheses }) {
            named.insert(place, at: 0)
            let before = place.tokens.lowerBound - 1
            guard doc.isWord(before, Lex.va) || doc.isPunct(before, ",") else { break }
            end = before
        }
        guard values.count >= 2, values.count == named.count else { return [] }
        var out: [Figure] = []
        for (place, i) in zip(named, values) {
            let q = quantities[i]
            out.append(restated(template, as: sign * q.value, of: q, at: place, approx: false,
                                quoting: named[0].tokens.lowerBound..<quantities[values.last!].tokens.upperBound))
            markBound(i)
        }
        return out
    }

    /// The unbound rates listed after "lần lượt (là)" at `k`, in order: the first right after it, each next after "và"
    /// or ",".
    func ratesListed(afterRespectively k: Int) -> [Int] {
        var next = k + Lex.lanLuot.count
        if doc.isWord(next, Lex.la) { next += 1 }
        var values: [Int] = []
        while let i = quantities.indices.first(where: { quantities[$0].tokens.lowerBound == next }), !isBound(i),
              quantities[i].unitClass == .percent, case .level = role[i] {
            values.append(i)
            let end = quantities[i].tokens.upperBound
            guard doc.isWord(end, Lex.va) || doc.isPunct(end, ",") else { break }
            next = end + 1
        }
        return values
    }

    /// "tăng trưởng GDP quý I/2025 đạt 6,93%, cao nhất so với cùng kỳ giai đoạn 2020 - 2024 (tăng lần lượt là 3,21%,
    /// 4,85%, 5,42%, 3,46%, 5,98%)": a span of years, then after "lần lượt" one rate per year of it, after a figure of a
    /// later year in percent: `template` over the same time of each year of the span, in order.
    mutating func bindRespectiveYears(after template: Figure) -> [Figure] {
        guard template.unit == .percent, let period = template.period, !period.isTarget,
              let k = (range.lowerBound..<range.upperBound).first(where: { doc.matches(Lex.lanLuot, at: $0) }) else { return [] }
        let values = ratesListed(afterRespectively: k)
        guard values.count >= 2,
              let m = timeline.mentions.indices.last(where: { range.contains(timeline.mentions[$0].tokens.lowerBound)
                                                              && timeline.mentions[$0].tokens.upperBound <= k }),
              case .years(let from, let to)? = timeline.resolved[m]?.span, to - from + 1 == values.count, to < period.startYear,
              let start = template.source?.end, start <= doc.byteSpan(timeline.mentions[m].tokens).lowerBound else { return [] }
        let sign: Double = (timeline.mentions[m].tokens.upperBound..<k).contains { doc.isWord($0, Lex.giam) } ? -1 : 1
        var out: [Figure] = []
        for (year, i) in zip(from...to, values) {
            let each: Period?
            if case .year = period.span { each = Period(.year(year)) } else { each = Self.sameSpan(period, inYear: year) }
            guard let each else { return out }
            out.append(restated(template, as: sign * quantities[i].value, over: each, quoting: k..<quantities[i].tokens.upperBound))
            markBound(i)
        }
        return out
    }

    /// "GRDP năm 2018 đạt 7,3%; bình quân giai đoạn 2016-2018 đạt 6,9%/năm (mục tiêu 2016-2020 đạt 7,5-8%)":
    /// a clause that opens with its own period and states a number in the unit of the figure before it
    /// is that indicator over that period.
    private mutating func periodSeries(_ q: Quantity, after figures: [Figure]) -> Figure? {
        // ("đạt 2,5 triệu lượt người …; 2 tháng đầu năm 2024 đạt trên 310.000 lượt người": visitors continue as amounts do)
        let level = q.unitClass == .money || q.unitClass == .arrivals
        guard level || q.unitClass == .percent || q.unitClass == .count else { return nil }
        var k = q.tokens.lowerBound - 1
        var isFall = false
        var remains = false
        while k > range.lowerBound, q.tokens.lowerBound - k <= 3, doc.tokens[k].kind == .word,
              Self.seriesVerbs.contains(doc.tokens[k].hash) || doc.isWord(k, Lex.con) {
            if doc.isWord(k, Lex.giam) { isFall = true }
            if doc.isWord(k, Lex.con) { remains = true }
            k -= 1
        }
        // "đến nay theo tiêu chuẩn mới là 12,6 tiêu chí/1 xã": a standard named between the period and its verb
        if k >= range.lowerBound, let theo = (max(range.lowerBound, k - 4)...k).reversed().first(where: { doc.isWord($0, Lex.theo) }),
           (theo...k).allSatisfy({ doc.tokens[$0].kind == .word }) {
            k = theo - 1
        }
        guard k + 1 < q.tokens.lowerBound, let mention = timeline.mention(endingAt: k + 1), let period = timeline.resolved[mention] else { return nil }
        var start = timeline.mentions[mention].tokens.lowerBound
        while start > range.lowerBound, doc.tokens[start - 1].kind == .word, Self.periodLeads.contains(doc.tokens[start - 1].hash) { start -= 1 }
        // ("quý II tăng 5,00%; quý III tăng 5,54% và quý IV tăng 6,04%": the last item of a list after "và")
        guard start == range.lowerBound || doc.isPunct(start - 1, ";") || doc.isPunct(start - 1, "(") || doc.isPunct(start - 1, ",")
                || doc.isPunct(start - 1, ":") || doc.isWord(start - 1, Lex.va) && quantities.contains(where: { $0.tokens.upperBound == start - 1 })
        else { return nil }
        guard let template = figures.last(where: { f in
            guard let end = f.source?.end, end <= doc.byteSpan(q.tokens).lowerBound, f.value != nil, f.unit != nil else { return false }
            return (f.unit == .percent) == (q.unitClass == .percent) && (f.unit?.isMoney ?? false) == (q.unitClass == .money)
                && (f.unit == .count) == (q.unitClass == .count) && (f.unit == .arrivals) == (q.unitClass == .arrivals)
        }) else { return nil }
        // a count continues a figure of the same noun ("1,5 tiêu chí/xã …, đến năm 2015 là 11,5 tiêu chí/xã")
        if q.unitClass == .count, !figureCounts(template, sameNounAs: q) { return nil }
        let isChange = doc.isWord(k + 1, Lex.tang) || doc.isWord(k + 1, Lex.giam)
        guard level ? !isChange : true else { return nil }
        // ("bình quân mỗi năm giảm 4,85%. Riêng năm 2024 giảm 4,36%": a rate's fall is counted positive)
        var falls = isFall && !catalogue.isRateFall(template.indicator)
        // ("giảm bình quân 1,15%/năm; ước đến cuối năm 2025 còn 1,38%": what a falling rate comes down to is the rate)
        var indicator = template.indicator
        // ("tỷ lệ hộ nghèo … xuống còn 2,53%; riêng năm 2020 giảm 3,1 điểm phần trăm": a rate's fall is its reduction;
        // a rate that rises is no level of it)
        if isChange, !remains, isRateLevel(template) {
            guard isFall, let variant = catalogue.entryIndex(of: template.indicator).flatMap({ catalogue.entry($0).rateVariant }) else { return nil }
            indicator = variant
            falls = false
        }
        if remains {
            guard catalogue.isRateFall(template.indicator),
                  let rate = catalogue.entries.first(where: { $0.rateVariant == template.indicator }) else { return nil }
            indicator = rate.indicator
        }
        var draft = Draft(indicator: indicator, entry: nil, quantity: q, value: falls ? -q.value : q.value,
                          cueStart: start, cueEnd: start, end: q.tokens.upperBound)
        draft.period = period
        draft.jurisdiction = template.jurisdiction
        draft.end = q.tokens.upperBound + (doc.isPunct(q.tokens.upperBound, ")") ? 1 : 0)
        // "GRDP 9 tháng ước tăng 7,35%; riêng quý III tăng 8,02%": a restatement in the estimate's own sentence is one too
        // (not an earlier year recalled in brackets: "(6 tháng năm 2016 đạt 7.523,6 triệu USD)" is final)
        // ("(tính theo địa giới hành chính mới, năm 2024 tăng 6,95%)" too)
        let recalled = openingBracket(before: q.tokens.lowerBound) != nil && template.period.map { period.endYear < $0.endYear } == true
        if template.kind == .estimate, !recalled, let source = template.source, source.start >= doc.byteSpan(range).lowerBound { draft.kind = .estimate }
        // "…; tính chung 6 tháng ước đạt 2.431,9 tỷ đồng, tăng 12,3% so với cùng kỳ": the restated level's own change
        if level, let i = quantities.firstIndex(where: { $0.tokens == q.tokens }), i + 1 < quantities.count, !isBound(i + 1),
           quantities[i + 1].unitClass == .percent, case .change(let sign, let comparison) = role[i + 1],
           doc.isPunct(q.tokens.upperBound, ","), quantities[i + 1].tokens.lowerBound - q.tokens.upperBound <= 3 {
            draft.changes.append((sign * quantities[i + 1].value, comparison, false))
            draft.end = quantities[i + 1].tokens.upperBound
            markBound(i + 1)
        }
        // "Ước thực hiện cả năm 2024 đạt 7.420 tỷ đồng, vượt 14,7% dự toán Trung ương giao": its shares of plans, up to the clause's end
        if q.unitClass == .money, let i = quantities.firstIndex(where: { $0.tokens == q.tokens }) {
            for j in (i + 1)..<quantities.count {
                if (q.tokens.upperBound..<quantities[j].tokens.lowerBound).contains(where: { doc.isPunct($0, ";") || recalled && doc.isPunct($0, ")") }) { break }
                guard !isBound(j), case .planShare(let authority, let pct, let end, _) = role[j] else { continue }
                draft.pctOfPlan.append(PlanComparison(pct: pct, authority: authority))
                draft.end = max(draft.end, end)
                markBound(j)
            }
        }
        return finish(draft)
    }

    private func isAside(_ j: Int) -> Bool {
        if case .aside = role[j] { return true }
        return false
    }

    /// A named place right before the bracket that holds `q` ("Bắc Giang (16,2%)"), the bracket, and no fall.
    private func bracketedAfterPlace(_ q: Quantity) -> (PlaceMention, Int, Bool)? {
        let open = q.tokens.lowerBound - 1
        guard doc.isPunct(open, "("), doc.isPunct(q.tokens.upperBound, ")"),
              let place = places.last(where: { $0.tokens.upperBound == open && $0.name != nil && !$0.inParentheses }) else { return nil }
        return (place, open, false)
    }

    /// The named place that opens the clause of `q`, the first word after it, and whether the verb is "giảm".
    private func placeBefore(_ q: Quantity) -> (PlaceMention, Int, Bool)? {
        var k = q.tokens.lowerBound - 1
        var isFall = false
        // a place's last word is never a verb ("Sơn La" folds like "là")
        // ("khu vực Trà Vinh cũ có mức tăng cao nhất với 9,36%")
        while k > range.lowerBound, q.tokens.lowerBound - k <= 6 {
            // ("Bắc Ninh xếp thứ hai với 28,66 tỷ USD", "đứng thứ 3 với …": a rank, its ordinal in words or digits)
            if doc.isWord(k - 1, Self.thu), doc.isWord(k - 2, Self.xep) || doc.isWord(k - 2, Self.dung) {
                k -= 3
                continue
            }
            guard doc.tokens[k].kind == .word, Self.seriesVerbs.contains(doc.tokens[k].hash),
                  !places.contains(where: { $0.tokens.upperBound == k + 1 }) else { break }
            if doc.isWord(k, Lex.giam) { isFall = true }
            k -= 1
        }
        let verbStart = k + 1
        // "…; Hà Nội 118.560 tỷ đồng, bằng 71,3%; …": in a list cut by semicolons an amount may follow its place bare
        let bare = verbStart == q.tokens.lowerBound
        // ("Tiếp đến là Hà Nam, đạt hơn 12.904 tỷ đồng": a comma may set the place off from its verb)
        if !bare, doc.isPunct(k, ","), places.contains(where: { $0.tokens.upperBound == k && $0.name != nil && !$0.inParentheses }) { k -= 1 }
        guard !bare || q.unitClass == .money || q.perYear || endsListItem(q) else { return nil }
        // "(cũ)", "(mới)", "cũ", "(trước sáp nhập)" after the name (not the last word of one: "huyện Chợ Mới 16,85%")
        while k > range.lowerBound, doc.isPunct(k, ")") || doc.isPunct(k, "(") || doc.isWord(k, Lex.cu) || doc.isWord(k, Lex.moi),
              !places.contains(where: { $0.tokens.upperBound == k + 1 && $0.name != nil && !$0.inParentheses }) { k -= 1 }
        if doc.isWord(k, Lex.nhap), doc.isWord(k - 1, Lex.sap), doc.isWord(k - 2, Lex.truoc), doc.isPunct(k - 3, "(") {
            k -= 4
            while k > range.lowerBound, doc.isWord(k, Lex.cu) || doc.isWord(k, Lex.moi) { k -= 1 }
        }
        guard let place = places.last(where: { $0.tokens.upperBound == k + 1 && $0.name != nil && !$0.inParentheses }) else { return nil }
        var start = place.tokens.lowerBound
        if doc.matchesBefore(Lex.khuVuc, start) { start -= Lex.khuVuc.count }
        // (a rate per year may follow its place bare in a list cut by commas too: "A 6,1%/năm, B 7,1%/năm")
        // (so may a former unit's sum in a list cut by commas: "khu vực A cũ ước đạt 11.342,8 triệu USD, khu vực B cũ 9.826,5 triệu USD")
        // ("…; tiếp theo là huyện Ngân Sơn 34,41%; huyện Na Rì 25,11%;": a rate bare after its place in a list cut by
        // semicolons, the item nothing but the two)
        guard opensClauseOrList(start), !bare || doc.isPunct(start - 1, ";") || q.unitClass == .percent && opensRankedItem(start)
                || doc.isPunct(start - 1, ",") && (q.perYear || q.unitClass == .money && formerUnitScope(after: place) != nil) else { return nil }
        return (place, verbStart, isFall)
    }

    /// "GRDP tăng 11,5%, chỉ xếp sau Bắc Giang (13,85%), Khánh Hòa (12,1%)", "cao nhất là huyện Vị Thủy
    /// (3,85%)": a value in brackets right after a place's name is the sentence's figure for that place.
    private func bracketedPlaceValue(_ q: Quantity, after figures: [Figure]) -> Figure? {
        guard doc.isPunct(q.tokens.upperBound, ")"), q.unitClass == .percent || q.unitClass == .money else { return nil }
        var open = q.tokens.lowerBound - 1
        let approx = !doc.isPunct(open, "(") && hasQualifier(before: q.tokens.lowerBound, from: max(range.lowerBound, q.tokens.lowerBound - 2))
        if approx { open -= 1 }
        guard doc.isPunct(open, "("),
              let place = places.last(where: { $0.tokens.upperBound == open && $0.name != nil && !$0.inParentheses }),
              let template = figures.last(where: { f in
                  guard let end = f.source?.end, end <= doc.byteSpan(place.tokens).lowerBound, f.value != nil else { return false }
                  return q.unitClass == .percent ? f.unit == .percent : (f.unit?.isMoney ?? false)
              }),
              Jurisdiction(place.level, place.name!) != template.jurisdiction else { return nil }
        return restated(template, as: q.value, of: q, at: place, approx: approx,
                        quoting: place.tokens.lowerBound..<(q.tokens.upperBound + 1))
    }

    /// "GDP quý IV/2019 ước tính tăng 6,99%, cao hơn tốc độ tăng của quý I (6,82%) và quý II (6,73%)": a rate in
    /// brackets right after another period of the same year is the figure's rate over that period.
    private func bracketedPeriodValue(_ q: Quantity, after figures: [Figure]) -> Figure? {
        guard q.unitClass == .percent, !q.points, doc.isPunct(q.tokens.upperBound, ")"), doc.isPunct(q.tokens.lowerBound - 1, "("),
              let mention = timeline.mention(endingAt: q.tokens.lowerBound - 1), let period = timeline.resolved[mention],
              SentenceBinder.isPartOfYear(period) else { return nil }
        let start = timeline.mentions[mention].tokens.lowerBound
        guard let template = figures.last(where: { f in
            guard let end = f.source?.end, end <= doc.byteSpan(start..<start + 1).lowerBound else { return false }
            return f.unit == .percent && f.value != nil && f.period != period && f.period?.endYear == period.endYear
        }), catalogue.entries.contains(where: { $0.growthIndicator == template.indicator || $0.indicator == template.indicator && $0.changeIsValue }) else { return nil }
        return restated(template, as: q.value, over: period, quoting: start..<(q.tokens.upperBound + 1))
    }

    /// "tỷ lệ hộ nghèo … giảm xuống còn 18,22% (năm 2011); 14,51% (năm 2012); 11,58% (năm 2013)": an item of a list,
    /// a number alone with its year in brackets after it, restates the figure before (a value of its unit, in the
    /// sentence) for that year.
    private func valueBeforeItsYear(_ q: Quantity, after figures: [Figure]) -> Figure? {
        let open = q.tokens.upperBound
        guard doc.isPunct(q.tokens.lowerBound - 1, ";") || doc.isPunct(q.tokens.lowerBound - 1, ","), doc.isPunct(open, "("),
              let mention = timeline.anyMention(startingAt: open + 1), doc.isPunct(timeline.mentions[mention].tokens.upperBound, ")"),
              let period = timeline.resolved[mention], case .year = period.span else { return nil }
        let start = doc.byteSpan(q.tokens).lowerBound
        guard let template = figures.last(where: { f in
            guard let end = f.source?.end, end <= start, f.value != nil, let unit = f.unit, f.period != period,
                  f.source.map({ $0.start >= doc.byteSpan(range).lowerBound }) == true else { return false }
            return unit == q.unit
        }) else { return nil }
        return restated(template, as: q.value, over: period, quoting: q.tokens.lowerBound..<(timeline.mentions[mention].tokens.upperBound + 1))
    }

    /// `template` restated as an actual `value` over another `period`: no qualifier, change or plan share of the
    /// template's, the quote over the tokens `quoteRange`.
    func restated(_ template: Figure, as value: Double, over period: Period, quoting quoteRange: Range<Int>) -> Figure {
        var f = template
        f.value = value
        f.period = period
        f.kind = .actual
        f.qualifier = nil
        f.yoyPct = nil
        f.pctOfPlan = []
        f.quote = doc.original(quoteRange)
        let span = doc.byteSpan(quoteRange)
        f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
        return f
    }

    /// `template` restated for another place with the number `q` (`value`, its sign read): the place's
    /// own scope, no comparisons of the template's, the quote from the place to the number.
    func restated(_ template: Figure, as value: Double, of q: Quantity, at place: PlaceMention, approx: Bool,
                          quoting quoteRange: Range<Int>) -> Figure {
        var f = template
        f.value = value
        f.valueHigh = nil
        f.unit = q.unit
        f.jurisdiction = Jurisdiction(place.level, place.name!)
        f.yoyPct = nil
        f.yoyRatio = nil
        f.momPct = nil
        f.pctOfPlan = []
        f.qualifier = approx ? .approx : nil
        f.scope = formerUnitScope(after: place)
        f.quote = doc.original(quoteRange)
        let span = doc.byteSpan(quoteRange)
        f.source = SourceSpan(start: span.lowerBound, end: span.upperBound)
        return f
    }

    /// An approximation word ("gần", "hơn", "khoảng", "ước") between the verb and the number.
    func hasQualifier(before t: Int, from start: Int) -> Bool {
        (max(start, t - 3)..<t).contains { k in
            catalogue.qualifiers.longestMatch(in: doc.tokens, at: k, limit: t).map { $0.end == t } ?? false
        }
    }

    /// A clause start, or a list item after "và".
    /// The quantity ends its item: a semicolon, the sentence's end or its full stop right after it.
    private func endsListItem(_ q: Quantity) -> Bool {
        let k = q.tokens.upperBound
        return k >= range.upperBound || doc.isPunct(k, ";") || doc.isPunct(k, ".") && k + 1 >= range.upperBound
    }

    /// "; tiếp theo là huyện …", "; thấp nhất là thành phố …": a ranking's words between a semicolon and the place.
    private func opensRankedItem(_ k: Int) -> Bool {
        guard doc.isWord(k - 1, Lex.la) else { return false }
        var j = k - 2
        while j >= range.lowerBound, k - j <= 4, doc.tokens[j].kind == .word { j -= 1 }
        return j >= range.lowerBound && doc.isPunct(j, ";")
    }

    private func opensClauseOrList(_ k: Int) -> Bool {
        if k == range.lowerBound || doc.isPunct(k - 1, ",") || doc.isPunct(k - 1, ";") || doc.isPunct(k - 1, ":") { return true }
        // "dẫn đầu là Bắc Giang", "tiếp đến Khánh Hòa", "còn Bà Rịa - Vũng Tàu": a ranking's few words before the place
        if doc.isWord(k - 1, Lex.la) || doc.isWord(k - 1, Lex.den) || doc.isWord(k - 1, Lex.con) {
            var j = k - 2
            while j >= range.lowerBound, k - j <= 4, doc.tokens[j].kind == .word { j -= 1 }
            return j < range.lowerBound || doc.isPunct(j, ",") || doc.isPunct(j, ";")
        }
        // "Riêng khu vực tỉnh X cũ đạt …"
        if doc.isWord(k - 1, Lex.rieng) { return opensClauseOrList(k - 1) }
        // "…, trong khi của thành phố Y là 3,4 tỷ USD", "còn của Y": the same measure, of another place
        if doc.isWord(k - 1, Self.cua), doc.isWord(k - 2, Self.khi) || doc.isWord(k - 2, Lex.con) { return true }
        return doc.isWord(k - 1, Lex.va) || doc.matchesBefore(Lex.trongDo, k)
    }

    /// "tỉnh X (cũ)": figures of a unit merged away keep its name with a scope.
    func formerUnitScope(after place: PlaceMention) -> String? {
        var k = place.tokens.upperBound
        if doc.isPunct(k, "(") { k += 1 }
        guard doc.isWord(k, Lex.cu) else { return nil }
        return place.level == .province ? "former_province" : "former_city"
    }
}
