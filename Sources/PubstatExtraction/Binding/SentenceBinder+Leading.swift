import PubstatModel

/// Leading cues: "thu ngân sách … đạt 1.208,8 tỷ đồng, bằng 82% dự toán …" — a cue takes the first
/// number of its clause that its indicator expects, and the numbers after it describe that figure.
extension SentenceBinder {
    /// The number a cue states, the catalogue entry it binds to, and the figure's value.
    struct MainValue {
        var index: Int
        var entry: Int
        var value: Double
    }

    private static let chuan = Lex.w("chuẩn")
    private static let them = Lex.w("thêm")
    private static let uoc = Lex.w("ước")
    private static let higherStandards = [Lex.p("nâng cao"), Lex.p("kiểu mẫu")]

    /// "nông thôn mới nâng cao", "NTM kiểu mẫu" within the next few words: a standard above the plain one.
    private func namesHigherStandard(from k: Int) -> Bool {
        (k..<max(k, min(range.upperBound, k + 5))).contains { j in Self.higherStandards.contains { doc.matches($0, at: j) } }
    }

    mutating func bindLeading(_ cue: Cue) -> [Draft] {
        if let named = valueNamedAfter(cue) { return [named] }
        let candidates = quantityIndices(in: cue.end..<cue.scopeEnd).filter { !bound[$0] }
        guard !candidates.isEmpty else { return [] }
        if let main = mainValue(of: cue, among: candidates) {
            return bindWithValue(cue, main: main, candidates: candidates)
        }
        let changed = bindChangeOnly(cue, candidates: candidates)
        return changed.isEmpty ? bindSharesOnly(cue, candidates: candidates) : changed
    }

    /// "Với kết quả này, thu ngân sách của tỉnh đã đạt 94,5% dự toán Bộ Tài chính giao và đạt 81% dự toán HĐND tỉnh":
    /// a level's cue followed by shares of plan alone, no value and no change, names the figure of the sentence before
    /// again. A figure with no value carries the shares; it joins that one (``ChangeRestatement``) or is dropped.
    private mutating func bindSharesOnly(_ cue: Cue, candidates: [Int]) -> [Draft] {
        guard let entryIndex = cue.entries.first, case let entry = catalogue.entry(entryIndex), !entry.changeIsValue,
              !entry.units.contains(where: { $0.unitClass == .percent }),
              let first = candidates.first, !newSubject(between: cue.end, quantities[first].tokens.lowerBound) else { return [] }
        var shares: [PlanComparison] = []
        var end = cue.end
        for k in candidates {
            guard case .planShare(let authority, let pct, let shareEnd, _) = role[k] else { return [] }
            shares.append(PlanComparison(pct: pct, authority: authority))
            end = max(end, shareEnd)
        }
        for k in candidates { bound[k] = true }
        var figure = Draft(indicator: entry.indicator, entry: entryIndex, quantity: nil, value: nil,
                           cueStart: cue.start, cueEnd: cue.end, end: end)
        figure.pctOfPlan = shares
        return [figure]
    }

    /// "Trên 422.000 lượt là tổng lượng khách du lịch đến Lào Cai trong tháng 7": a value that opens its sentence
    /// and is then named by "là" and the cue.
    private mutating func valueNamedAfter(_ cue: Cue) -> Draft? {
        // ("… là tổng lượng khách …": "tổng" before a cue that does not take it in)
        let la = doc.isWord(cue.start - 1, Self.tong) ? cue.start - 2 : cue.start - 1
        guard doc.isWord(la, Lex.la), let i = quantities.firstIndex(where: { $0.tokens.upperBound == la }), !bound[i],
              case .level = role[i], valueOpensClause(quantities[i]),
              let entry = cue.entries.first(where: { compatible(quantities[i], $0) }) else { return nil }
        bound[i] = true
        let q = quantities[i]
        // (the cue after the value: the draft's cue is where the value opens, as the rules that read a cue's words
        // before its number expect; the quote runs on to the cue's end)
        // (the text's first token has none before it)
        let start = q.tokens.lowerBound > range.lowerBound && doc.tokens[q.tokens.lowerBound - 1].kind == .word
            ? q.tokens.lowerBound - 1 : q.tokens.lowerBound
        var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                          cueStart: start, cueEnd: start, end: cue.end)
        // ("… đến Lào Cai trong tháng 7/2019 vừa qua": the period the sentence names after the cue is the value's)
        if let m = timeline.firstStatement(from: cue.end), timeline.mentions[m].tokens.upperBound <= range.upperBound {
            draft.period = timeline.resolved[m]
        }
        return draft
    }

    /// The value opens its clause: after punctuation or the sentence's start, a word of degree ("Trên", "Gần") apart.
    private func valueOpensClause(_ q: Quantity) -> Bool {
        var k = q.tokens.lowerBound - 1
        if k >= range.lowerBound, Self.degreeWords.contains(doc.hash(k)) { k -= 1 }
        return k < range.lowerBound || doc.tokens[k].kind == .punct
    }

    private static let tong = Lex.w("tổng")
    private static let degreeWords = WordSet(["trên", "hơn", "gần", "khoảng"].map(Lex.w))

    /// "GRDP năm 2024 đạt 11,01%": a rate that a level's cue "reaches" is that level's growth, when the
    /// growth is a figure of its own (GRDP); not a share of it ("tỷ trọng công nghiệp trong GRDP đạt 35%").
    /// ("GRDP ước tính 5,27%", "GRDP 6 tháng ước 7,5%": an estimate's word alone stands for "đạt".)
    func growthReached(by quantity: Quantity, after cue: Cue) -> Int? {
        let p = quantity.tokens.lowerBound
        guard quantity.unitClass == .percent, doc.isWord(p - 1, Lex.dat) || doc.isWord(p - 1, Self.uoc) || doc.matchesBefore(Self.uocTinh, p),
              !(max(range.lowerBound, cue.start - 4)..<cue.start).contains(where: { doc.isWord($0, Lex.trong) || doc.isWord($0, Lex.chiem) || doc.isPunct($0, "%") }),
              let growth = cue.entries.lazy.compactMap({ self.catalogue.entry($0).growthIndicator }).first,
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == growth && $0.changeIsValue }) else { return nil }
        return entry
    }

    /// "(cao | thấp) hơn (mức | tốc độ) tăng X% của <period>", "so với mức tăng X% của <period>": the period whose
    /// growth the rate is, when the text states it.
    private func comparedRatePeriod(_ q: Quantity) -> Period? {
        let verb = q.tokens.lowerBound - 1
        guard doc.isWord(verb, Lex.tang), doc.isWord(q.tokens.upperBound, Lex.cua) else { return nil }
        let lead = doc.isWord(verb - 1, Self.mucWord) ? verb - 1 : doc.matchesBefore(Self.tocDo, verb) ? verb - Self.tocDo.count : verb
        // ("thấp hơn mức tăng 7,8% của cùng kỳ năm 2018": the months of the statement before it, in that year)
        let sameMonths = doc.matches(Lex.cungKy, at: q.tokens.upperBound + 1)
        guard lead < verb, doc.isWord(lead - 1, Lex.hon) || doc.isWord(lead - 1, Lex.voi) && doc.isWord(lead - 2, Lex.so),
              let m = timeline.anyMention(startingAt: q.tokens.upperBound + 1 + (sameMonths ? Lex.cungKy.count : 0)),
              let period = timeline.resolved[m], !period.isTarget else { return nil }
        guard sameMonths else { return period }
        guard case .year(let y) = period.span, let own = timeline.lastStatement(before: lead).flatMap({ timeline.resolved[$0] }),
              !own.isTarget, own.endYear > y else { return nil }
        if case .year = own.span { return period }
        return Self.sameSpan(own, inYear: y)
    }

    private static let mucWord = Lex.w("mức"), canNgheo = Lex.p("cận nghèo")
    private static let uocTinh = Lex.p("ước tính")

    /// "(sau tỉnh Bắc Giang tăng trưởng 13,85%)", "(chỉ sau Hải Phòng với 10,2%)": a province or city named at the
    /// head of the bracket the rate closes, with only words of growth between them.
    /// ("(sau Trà Vinh tăng 10% và Hậu Giang tăng 8,76%)": and one named after such a rate, past "và" or a comma.)
    private func placeInBracket(before q: Quantity) -> Jurisdiction? {
        guard let open = openingBracket(before: q.tokens.lowerBound),
              let m = places.last(where: { $0.name != nil && $0.tokens.lowerBound > open && $0.tokens.upperBound < q.tokens.lowerBound }),
              let name = m.name, m.level == .province || m.level == .city,
              (m.tokens.upperBound..<q.tokens.lowerBound).allSatisfy({ doc.tokens[$0].kind == .word && Self.growthLinkWords.contains(doc.tokens[$0].hash) })
        else { return nil }
        let start = m.tokens.lowerBound
        let headsBracket = start <= open + 3
            && (open + 1..<start).allSatisfy({ doc.tokens[$0].kind == .word && Self.rankWords.contains(doc.tokens[$0].hash) })
        let followsRate = (doc.isWord(start - 1, Lex.va) || doc.isPunct(start - 1, ","))
            && quantities.contains { $0.unitClass == .percent && $0.tokens.upperBound == start - 1 && $0.tokens.lowerBound > open }
        guard headsBracket || followsRate else { return nil }
        return Jurisdiction(m.level, name)
    }

    private static let rankWords = WordSet([Lex.w("sau"), Lex.w("chỉ"), Lex.w("đứng"), Lex.w("trước"), Lex.w("là")])
    private static let growthLinkWords = WordSet([Lex.tang, Lex.w("trưởng"), Lex.dat, Lex.w("với"), Lex.w("là"), Lex.w("ước")])

    /// A growth figure for `number` beside the figure being bound: the indicator's own when its value is a growth,
    /// else its level's growth indicator (GRDP's); nil when it has neither. Quoted from `start`.
    private func growthDraft(_ number: Quantity, sign: Double, entry: Catalogue.Entry, of figure: Draft, from start: Int) -> Draft? {
        guard let growth = entry.changeIsValue ? entry.indicator : entry.growthIndicator else { return nil }
        return Draft(indicator: growth, entry: entry.changeIsValue ? figure.entry : nil, quantity: number, value: sign * number.value,
                     cueStart: start, cueEnd: start, end: number.tokens.upperBound)
    }

    /// The period of any role written right before the change's "tăng"/"giảm" ("quý I tăng 9,42%").
    private func periodBeforeChange(_ q: Quantity) -> Int? {
        let verb = q.tokens.lowerBound - 1
        guard doc.isWord(verb, Lex.tang) || doc.isWord(verb, Lex.giam) else { return nil }
        return timeline.anyMention(endingAt: verb)
    }

    /// A quarter, month, half or first months, without a year.
    static func isUndatedPart(_ shape: PeriodShape) -> Bool {
        switch shape {
        case .quarter(_, nil), .month(_, nil), .firstMonths(_, nil): true
        default: false
        }
    }

    /// "như" (such as) opening an example, or "mặt hàng" naming one goods item, between tokens `a` and `b`.
    private func namesAPartBetween(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { k in
            // (not "như sau:", as follows, nor places named as examples: "các tỉnh như Bình Định (13.900 tỷ đồng)")
            doc.isWord(k, Self.nhuWord) && doc.tokens.indices.contains(k + 1) && doc.tokens[k + 1].kind == .word
                && !doc.isWord(k + 1, Self.sau) && !places.contains { $0.tokens.lowerBound == k + 1 }
                || doc.matches(Self.matHang, at: k)
        }
    }
    private static let nhuWord = Lex.w("như"), matHang = Lex.p("mặt hàng"), sau = Lex.w("sau")

    /// "tăng thêm 0,2-0,3%": a rise on top of a rate already stated.
    func addsToARate(_ q: Quantity) -> Bool {
        doc.isWord(q.tokens.lowerBound - 1, Self.them) && doc.isWord(q.tokens.lowerBound - 2, Lex.tang)
    }

    /// Whether a clause between tokens `a` and `b` opens (after "," or ";") with a named place.
    func namedPlaceOpensClause(between a: Int, _ b: Int) -> Bool {
        places.contains { m in
            let k = m.tokens.lowerBound
            // ("(sau Trà Vinh tăng 10% và Hậu Giang tăng 8,76%)": or "và")
            return m.name != nil && !m.inParentheses && k > a && k < b
                && (doc.isPunct(k - 1, ",") || doc.isPunct(k - 1, ";") || doc.isWord(k - 1, Lex.va))
        }
    }

    /// The first candidate the cue's indicator expects: a level in its unit, or a change that is the
    /// value itself ("tăng trưởng GRDP tăng 7%", "tỷ lệ hộ nghèo giảm 1,72%").
    private func mainValue(of cue: Cue, among candidates: [Int]) -> MainValue? {
        var pastAside = false
        var pastChange = false
        for index in candidates {
            let quantity = quantities[index]
            switch role[index] {
            case .aside:
                pastAside = true
            case .level:
                // ("có thêm 5 trường đạt chuẩn quốc gia, đưa tổng số … lên 50 xã": a count of other things right after a
                // cue of things added is what the cue's words count, and it reaches no further)
                if quantity.unitClass == .count, quantity.tokens.lowerBound == cue.end, doc.isWord(cue.end - 1, Self.them),
                   !cue.entries.contains(where: { compatible(quantity, $0) }) { return nil }
                // "thu nội địa, khối doanh nghiệp đóng góp 32.000 tỷ đồng, …": past another subject's
                // number, a later level is that subject's too
                // ("xuất khẩu năm 2021 tăng khoảng 6%, cán cân thương mại xuất siêu 3 tỷ USD": so past the cue's change)
                if pastAside || pastChange && quantity.unitClass != .percent, newSubject(between: cue.end, quantity.tokens.lowerBound) { continue }
                // "12 xã đạt chuẩn NTM và 6 xã NTM nâng cao", "60 xã đạt chuẩn nông thôn mới nâng cao": a cue
                // written right after the number (within its clause) names it
                // ("… kiểu mẫu và 30 xã đạt chuẩn nông thôn mới nâng cao": a list item past "đạt chuẩn")
                // ("có thêm 3 xã đạt chuẩn nông thôn mới nâng cao": a higher standard named after it)
                var after = quantity.tokens.upperBound
                let p = quantity.tokens.lowerBound
                if doc.isWord(after, Lex.dat), doc.isWord(after + 1, Self.chuan),
                   doc.isWord(p - 1, Lex.va) || doc.isPunct(p - 1, ",") || doc.isPunct(p - 1, ";") || namesHigherStandard(from: after + 2) {
                    after += 2
                }
                if let next = catalogue.cues.longestMatch(in: doc.tokens, at: after, limit: min(range.upperBound, after + 8)),
                   !next.payload.contains(where: cue.entries.contains), next.payload.contains(where: { compatible(quantity, $0) }) { continue }
                if quantity.unitClass == .count, (cue.end..<quantity.tokens.lowerBound).contains(where: { doc.isPunct($0, ",") }),
                   let next = cues.first(where: { $0.start >= quantity.tokens.upperBound }),
                   next.start <= quantity.tokens.upperBound + 3, !hasStop(quantity.tokens.upperBound, next.start),
                   !next.entries.contains(where: cue.entries.contains), next.entries.contains(where: { compatible(quantity, $0) }) { continue }
                // ("thu nội địa như thu từ doanh nghiệp nhà nước đạt 1.118 tỷ đồng", "xuất khẩu …, trong đó mặt hàng tôm ước đạt
                // 973,6 triệu USD": a value after an example or an item of the cue's whole is that part's)
                if namesAPartBetween(cue.end, quantity.tokens.lowerBound) { return nil }
                // "gạo xuất khẩu 812.000 tấn, trị giá 498,2 triệu USD": money after a tonnage in the cue's clause is what
                // those goods are worth, not the cue's total
                if quantity.unitClass == .money, quantities.contains(where: { $0.unitClass == .mass && $0.tokens.lowerBound >= cue.end
                    && $0.tokens.upperBound <= quantity.tokens.lowerBound }), !hasStop(cue.end, quantity.tokens.lowerBound) { return nil }
                // ("GDP cả nước năm 2025 tăng trưởng khá, đạt 8,02%": the growth named between the cue and its rate)
                let entry = cue.entries.first { compatible(quantity, $0) && (!catalogue.entry($0).changeIsValue || speaksOfGrowth(cue) || cue.carriesGrowth
                    || (cue.end..<quantity.tokens.lowerBound).contains { doc.matches(Self.tangTruong, at: $0) }) }
                if let entry { return MainValue(index: index, entry: entry, value: quantity.value) }
                if let growth = growthReached(by: quantity, after: cue) { return MainValue(index: index, entry: growth, value: quantity.value) }
            case .change(let sign, _):
                if newSubject(between: cue.end, quantity.tokens.lowerBound) || quantity.unitClass != .percent { continue }
                pastChange = true
                // ("GDP 6 tháng có thể tăng thêm 0,2-0,3%": what a growth rate may still gain is no growth rate)
                if addsToARate(quantity) { return nil }
                if let entry = cue.entries.first(where: { catalogue.entry($0).changeIsValue && compatible(quantity, $0) }) {
                    let value = catalogue.entry(entry).decreaseIsPositive ? quantity.value : sign * quantity.value
                    return MainValue(index: index, entry: entry, value: value)
                }
                // "giảm 20,65%, từ 32,21% xuống còn 11,56%": the total fall restated by its two ends is no figure
                if sign < 0, fromToFollows(quantity) { continue }
                // "Giai đoạn 2016 - 2019, tỷ lệ hộ nghèo giảm 20,65%": a fall over a span, not averaged, is its total
                if sign < 0, !quantity.perYear, !averages(in: cue.end..<quantity.tokens.lowerBound),
                   let k = timeline.lastStatement(before: quantity.tokens.lowerBound), let p = timeline.resolved[k],
                   case .years = p.span { continue }
                if sign < 0, let variant = fallVariant(of: cue.entries) {
                    // "tỷ lệ hộ nghèo giảm 1,72%": the fall of a rate is a reduction figure
                    return MainValue(index: index, entry: variant, value: quantity.value)
                }
            default:
                continue
            }
        }
        return nil
    }

    /// A figure with a value, and what follows it in the clause: plan shares, changes, plan values,
    /// continuations ("lũy kế 9 tháng đạt …") and respective values ("lần lượt đạt A và B").
    private mutating func bindWithValue(_ cue: Cue, main: MainValue, candidates: [Int]) -> [Draft] {
        var entry = main.entry
        let quantity = quantities[main.index]
        // "giảm bình quân 3%/năm" of a rate: its average reduction; "phấn đấu giảm tỷ lệ hộ nghèo 1%": the rate
        // as the object of "giảm", and a number right after it (not "giảm tỷ lệ hộ nghèo xuống còn 3%", nor the rate it
        // fell from in "giảm tỷ lệ hộ nghèo từ 58,2% xuống còn 27,9%"), is the reduction
        // ("tỷ lệ hộ nghèo giảm ít nhất là 0,52%": or the rate as the subject of "giảm", the number read in words after it)
        let reducedRate = (doc.isWord(cue.start - 1, Lex.giam) || doc.isWord(cue.end, Lex.giam)) && quantity.unitClass == .percent
            && (cue.end..<quantity.tokens.lowerBound).allSatisfy {
                doc.tokens[$0].kind == .word && !doc.isWord($0, Lex.con) && !doc.isWord($0, Lex.xuong)
            } && !(doc.isWord(quantity.tokens.lowerBound - 1, Lex.tu) && fallsTo(after: quantity))
        if quantity.perYear && isFall(before: quantity.tokens.lowerBound) || reducedRate, let variant = catalogue.entry(entry).rateVariant,
           let variantEntry = catalogue.entries.firstIndex(where: { $0.indicator == variant }) {
            entry = variantEntry
        }
        bound[main.index] = true
        var figure = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: quantity, value: main.value,
                           cueStart: cue.start, cueEnd: cue.end, end: quantity.tokens.upperBound)
        // ("tương ứng là 410 tỷ đồng và 485 tỷ đồng": correspondingly)
        let respective = doc.matchesBefore(Lex.lanLuot, quantity.tokens.lowerBound)
            || doc.matchesBefore(Lex.lanLuot, quantity.tokens.lowerBound - 1)
            || doc.matchesBefore(Self.tuongUng, quantity.tokens.lowerBound - 1)
        var following: [Draft] = []
        for index in candidates where index > main.index && !bound[index] {
            // ("…, thấp hơn mức tăng cùng kỳ năm 2017 (8,76%) và chưa đạt kế hoạch …": the rate of a period set
            // against is its own figure, read after; what follows it may still be this one's)
            if valuesComparedPeriod(quantities[index]) { continue }
            // ("tăng 7,31% so với năm 2018 (năm 2018 tăng 6,87%)": a rate's change is no change of a rate)
            // ("đạt 260.317 tỷ đồng, tăng 7,64% (cùng kỳ tăng 7,46%)": nor, once a level has its change, another period's)
            if catalogue.entry(entry).changeIsValue ? changeOfBracketedPeriod(quantities[index])
                : !figure.changes.isEmpty && changeOfSameMonthsBefore(quantities[index]) { continue }
            if let recalled = recalledValue(index, of: figure, entry: entry) {
                following.append(recalled)
                bound[index] = true
                continue
            }
            // ("Tp.HCM tăng 7,82%, Hà Nội tăng 7,63%, …": past a clause that opens with another named place, the
            // numbers are that place's, read as a series)
            if namedPlaceOpensClause(between: quantity.tokens.upperBound, quantities[index].tokens.lowerBound) { break }
            // ("đón 2,5 triệu lượt khách (khách quốc tế 60.000 lượt), tăng 40%": a bracket that names a part is the part's;
            // what follows it is still this figure's)
            if namesAPartInBrackets(quantities[index], after: quantity) { continue }
            guard attach(index, to: &figure, following: &following, entry: entry, respective: respective) else { break }
            bound[index] = true
        }
        if respective { assignRespective(&figure, &following, before: cue.start) }
        // "giảm bình quân 4,2%/năm, đến cuối năm 2024 còn 17,35%": the level the rate fell to is the rate's
        let fallen = catalogue.entry(entry).indicator
        if let rate = cue.entries.first(where: { catalogue.entry($0).rateVariant == fallen }) {
            for i in following.indices where following[i].entry == entry {
                guard let q = following[i].quantity, !q.perYear, doc.isWord(q.tokens.lowerBound - 1, Lex.con) else { continue }
                following[i].indicator = catalogue.entry(rate).indicator
                following[i].entry = rate
            }
        }
        return [figure] + following
    }

    /// The number stands in brackets opened after the figure's value that name a part of their own, by its cue.
    private func namesAPartInBrackets(_ number: Quantity, after main: Quantity) -> Bool {
        guard let open = openBracket(before: number.tokens.lowerBound), open >= main.tokens.upperBound else { return false }
        return cues.contains { $0.start > open && $0.start < number.tokens.lowerBound }
    }

    /// Attaches the number at `index` to the figure (or adds the figure it starts); false when the
    /// number ends the figure's attributes.
    private func attach(_ index: Int, to figure: inout Draft, following: inout [Draft], entry: Int, respective: Bool) -> Bool {
        let number = quantities[index]
        switch role[index] {
        case .planShare(let authority, let pct, let end, let exceeds):
            // "đạt 12,6%, vượt 0,6% kế hoạch": points above a planned rate, not a share of it
            guard !(exceeds && figure.quantity?.unitClass == .percent) else { break }
            // "tháng 10 ước đạt 402 triệu USD; lũy kế 10 tháng đạt 3,91 tỷ USD, …, đạt 85,1% kế hoạch năm": the share
            // of the year's plan is the running total's, the level it follows
            // (not a level recalled in brackets that closed before the share: "(6 tháng năm 2016 đạt 7.523,6 triệu USD), bằng
            // 49,9% kế hoạch năm")
            if let last = following.indices.last, following[last].kind != .plan, following[last].entry == figure.entry,
               let level = following[last].quantity, level.unitClass == figure.quantity?.unitClass, level.unitClass != .percent,
               !(level.tokens.upperBound..<number.tokens.lowerBound).contains(where: { doc.isPunct($0, ")") }) {
                following[last].pctOfPlan.append(PlanComparison(pct: pct, authority: authority))
                following[last].end = max(following[last].end, end)
                break
            }
            figure.pctOfPlan.append(PlanComparison(pct: pct, authority: authority))
            figure.end = max(figure.end, end)
        case .change(let sign, let comparison):
            attachChange(number, sign: sign, comparison: comparison, to: &figure, following: &following, entry: catalogue.entry(entry))
        case .planValue:
            // "đạt 21.450 tỷ đồng, tăng 8,3% … (kế hoạch tăng 8 - 8,5%)": a planned rise of a level is its
            // growth's plan, never a level in percent
            if number.unitClass == .percent, let level = figure.quantity, level.unitClass != .percent {
                guard let growth = catalogue.entry(entry).growthIndicator else { break }
                var rise = figure
                rise.indicator = growth
                rise.entry = nil
                following.append(planValue(number, of: rise))
            } else if number.unitClass == .percent, doc.isWord(number.tokens.lowerBound - 1, Lex.giam),
                      let variant = catalogue.entry(entry).rateVariant,
                      let variantEntry = catalogue.entries.firstIndex(where: { $0.indicator == variant }) {
                // "tỷ lệ hộ nghèo còn 22,13%, … vượt chỉ tiêu giao (giảm 3,5%)": a planned fall of a rate is its
                // reduction's plan
                var fall = figure
                fall.indicator = variant
                fall.entry = variantEntry
                following.append(planValue(number, of: fall))
            } else {
                following.append(planValue(number, of: figure))
            }
        case .level:
            // another level that does not continue this figure ends its attributes
            guard compatible(number, entry), respective || isContinuation(before: number.tokens.lowerBound) || isStarListItem(number, of: figure) else {
                return number.unitClass == .none
            }
            // ("tỷ lệ hộ nghèo giảm còn 7,16%, hộ cận nghèo còn 16,96%": the near-poor are another rate)
            if (max(range.lowerBound, number.tokens.lowerBound - 5)..<number.tokens.lowerBound).contains(where: { doc.matches(Self.canNgheo, at: $0) }) {
                return true
            }
            var continued = restated(figure, with: number, value: number.value)
            // "Tỷ lệ hộ nghèo giảm bình quân 1,8%/năm, đến cuối năm 2015 còn 4,6%": what a rate's fall leaves is the rate
            if doc.isWord(number.tokens.lowerBound - 1, Lex.con), catalogue.isRateFall(figure.indicator),
               let rate = catalogue.entries.firstIndex(where: { $0.rateVariant == figure.indicator }) {
                continued.indicator = catalogue.entry(rate).indicator
                continued.entry = rate
            }
            following.append(continued)
        case .aside, .index:
            break
        }
        return true
    }

    private func attachChange(_ number: Quantity, sign: Double, comparison: QuantityRole.Comparison, to figure: inout Draft,
                              following: inout [Draft], entry: Catalogue.Entry) {
        // "GRDP ước tăng 7,4% (cả nước tăng 5,2%)": the country's growth set beside the province's, in brackets
        // ("(cả nước ước tăng 4,24%)": an estimate word may come between)
        let verb = number.tokens.lowerBound - 1
        let subjectEnd = doc.isWord(verb - 1, Self.uoc) ? verb - 1 : verb
        if number.unitClass == .percent, doc.isWord(verb, Lex.tang),
           doc.matchesBefore(Lex.caNuoc, subjectEnd), openingBracket(before: number.tokens.lowerBound) != nil,
           let growth = entry.changeIsValue ? entry.indicator : entry.growthIndicator, let national = catalogue.nationalCounterpart(of: growth),
           let nationalEntry = catalogue.entries.firstIndex(where: { $0.indicator == national }) {
            let start = subjectEnd - Lex.caNuoc.count
            var country = Draft(indicator: national, entry: nationalEntry, quantity: number, value: sign * number.value,
                                cueStart: start, cueEnd: start, end: number.tokens.upperBound)
            country.jurisdiction = FigureCompleteness.country
            following.append(country)
            return
        }
        // "đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%)": the growth of the place ranked beside it
        if number.unitClass == .percent, let place = placeInBracket(before: number),
           var other = growthDraft(number, sign: sign, entry: entry, of: figure, from: number.tokens.lowerBound) {
            other.jurisdiction = place
            following.append(other)
            return
        }
        // "chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022": the growth of the period set against, a figure of its own
        if number.unitClass == .percent, let period = comparedRatePeriod(number),
           var compared = growthDraft(number, sign: sign, entry: entry, of: figure, from: number.tokens.lowerBound) {
            compared.period = period
            compared.jurisdiction = figure.jurisdiction
            following.append(compared)
            return
        }
        // "…, bình quân mỗi năm giảm 5,16%": the average fall of a rate is its own figure; so is the fall
        // written after the rate itself ("tỷ lệ hộ nghèo còn 13,5%, giảm 2,05% so với năm 2020": points, not a change of 2 %)
        if number.unitClass == .percent, sign < 0, !entry.changeIsValue, let variant = entry.rateVariant,
           number.perYear || number.points || averages(in: max(range.lowerBound, number.tokens.lowerBound - 5)..<number.tokens.lowerBound)
            || figure.quantity?.unitClass == .percent,
           let variantEntry = catalogue.entries.firstIndex(where: { $0.indicator == variant }) {
            following.append(Draft(indicator: variant, entry: variantEntry, quantity: number, value: number.value,
                                   cueStart: number.tokens.lowerBound, cueEnd: number.tokens.lowerBound, end: number.tokens.upperBound))
            return
        }
        // (points describe no other figure: "tỷ trọng dịch vụ 51,3%, tăng 0,8 điểm phần trăm")
        if number.points { return }
        if number.unitClass == .percent, entry.changeIsValue, isContinuation(before: number.tokens.lowerBound) {
            following.append(restated(figure, with: number, value: entry.decreaseIsPositive ? number.value : sign * number.value))
        } else if number.unitClass == .percent, let growth = entry.changeIsValue ? entry.indicator : entry.growthIndicator,
                  let sub = subPeriod(before: number.tokens.lowerBound) {
            // "(6 tháng tăng 11,29%, quý III tăng 9,09%)": growth over a sub-period
            // (a growth figure's own entry goes along: it may fix the jurisdiction, as national GDP's does)
            var subFigure = Draft(indicator: growth, entry: entry.changeIsValue ? figure.entry : nil, quantity: number, value: sign * number.value,
                                  cueStart: sub.start, cueEnd: sub.start, end: number.tokens.upperBound)
            subFigure.period = sub.period
            subFigure.jurisdiction = figure.jurisdiction
            following.append(subFigure)
        } else if number.unitClass == .percent, subPeriod(before: number.tokens.lowerBound) == nil, let m = periodBeforeChange(number) {
            // "(quý I tăng 9,42%, …)" when the quarter's year is not written: another period's change, not this figure's;
            // a growth of a part of the year takes the year the figure is read in
            let shape = timeline.mentions[m].shape
            guard Self.isUndatedPart(shape),
                  var subFigure = growthDraft(number, sign: sign, entry: entry, of: figure, from: timeline.mentions[m].tokens.lowerBound) else { return }
            subFigure.undatedPart = shape
            subFigure.jurisdiction = figure.jurisdiction
            following.append(subFigure)
        } else if number.unitClass == .percent || number.unitClass == .times {
            // a change describes the value it follows: a continuation's, else the figure's
            let change = (sign * number.value, comparison, number.unitClass == .times)
            if let last = following.indices.last, following[last].kind != .plan, following[last].period == nil {
                following[last].changes.append(change)
                following[last].end = max(following[last].end, number.tokens.upperBound)
            } else {
                figure.changes.append(change)
                figure.end = max(figure.end, number.tokens.upperBound)
            }
        }
    }

    /// "15 sản phẩm 4 sao và 1 sản phẩm 5 sao": a count of the same noun and of another star rating, after "và"
    /// or a comma, lists the figure's next rating.
    private func isStarListItem(_ number: Quantity, of figure: Draft) -> Bool {
        guard number.unitClass == .count, let first = figure.quantity, first.unitClass == .count, first.noun == number.noun,
              doc.isWord(number.tokens.lowerBound - 1, Lex.va) || doc.isPunct(number.tokens.lowerBound - 1, ","),
              let rating = starRating(after: number), let firstRating = starRating(after: first) else { return false }
        return rating != firstRating
    }

    /// The same figure with another number: a continuation or a respective value.
    /// "ước đạt 8.486,7 triệu USD, tăng 12,8% (6 tháng năm 2016 đạt 7.523,6 triệu USD), bằng 49,9% kế hoạch năm": a
    /// value recalled in brackets that open with their own period is that period's figure; what follows the bracket
    /// is still the figure's.
    private func recalledValue(_ index: Int, of figure: Draft, entry: Int) -> Draft? {
        let number = quantities[index]
        guard case .level = role[index], compatible(number, entry), let main = figure.quantity,
              let open = openingBracket(before: number.tokens.lowerBound), open >= main.tokens.upperBound,
              // ("(riêng tháng 6 đạt 90 triệu USD)", "(trong đó tháng 6 …)": the period's part singled out)
              case let first = doc.isWord(open + 1, Lex.rieng) ? open + 2 : doc.matches(Lex.trongDo, at: open + 1) ? open + 1 + Lex.trongDo.count : open + 1,
              let period = ownPeriod(at: first) ?? sameTimeYearBefore(openingAt: first, bracket: open) else { return nil }
        var recalled = restated(figure, with: number, value: number.value)
        recalled.period = period
        recalled.cueStart = open + 1
        recalled.cueEnd = open + 1
        return recalled
    }

    private func ownPeriod(at k: Int) -> Period? {
        guard let mention = timeline.ownMention(at: k), let period = timeline.resolved[mention], !period.isTarget else { return nil }
        return period
    }

    /// "tăng 9,1% so với cùng kỳ (cùng kỳ đạt khoảng 25.080 tỷ đồng)": the same time a year before the period the
    /// sentence runs in.
    private func sameTimeYearBefore(openingAt k: Int, bracket open: Int) -> Period? {
        guard doc.matches(Lex.cungKy, at: k), let m = timeline.lastStatement(before: open), let current = timeline.resolved[m],
              !current.isTarget else { return nil }
        return Self.sameTimeYearBefore(current)
    }

    private func restated(_ figure: Draft, with number: Quantity, value: Double) -> Draft {
        var copy = figure
        copy.quantity = number
        copy.value = value
        copy.pctOfPlan = []
        copy.changes = []
        copy.end = number.tokens.upperBound
        return copy
    }

    /// "(kế hoạch 1.500 tỷ đồng)", "(KH tăng 10-11%)": the plan for the figure, in its unit.
    func planValue(_ number: Quantity, of figure: Draft) -> Draft {
        var plan = figure
        var value = number
        if value.unitClass == .none, let unitOf = figure.quantity {
            value.unitClass = unitOf.unitClass
            value.unit = unitOf.unit
            value.per = unitOf.per
        }
        plan.quantity = value
        plan.value = value.value
        plan.kind = .plan
        // "thấp hơn mục tiêu 9% đề ra": a goal named unbracketed is a target; its words, not the result's
        // ("ước tăng 8,62%"), say whether it is approximate
        if let goal = RoleReader(doc: doc, catalogue: catalogue).comparedGoal(before: number.tokens.lowerBound, after: number.tokens.upperBound) {
            if doc.matches(RoleReader.mucTieu, at: goal) { plan.kind = .target }
            plan.cueStart = goal
            plan.cueEnd = goal
        }
        // "(kế hoạch năm 2023 đạt …)": a period written inside the brackets is the plan's
        let start = number.tokens.lowerBound
        if let open = (max(range.lowerBound, start - 8)..<start).last(where: { doc.isPunct($0, "(") }) {
            // "(mục tiêu Nghị quyết 7%/năm)": a goal is a target
            if doc.matches(RoleReader.mucTieu, at: open + 1) { plan.kind = .target }
            // "mục tiêu Nghị quyết HĐND tỉnh đề ra (6,5%)": so is the value of a goal named right before the bracket
            // (the goal word nearest the bracket decides: "kế hoạch", "chỉ tiêu", "kịch bản" are plans)
            let goalWords = [RoleReader.mucTieu, RoleReader.chiTieu, RoleReader.kichBan, Lex.keHoach]
            if doc.matchesBefore(RoleReader.deRa, open),
               let nearest = (max(range.lowerBound, open - 10)..<open).last(where: { k in goalWords.contains { doc.matches($0, at: k) } }),
               doc.matches(RoleReader.mucTieu, at: nearest) {
                plan.kind = .target
            }
            // "(Nghị quyết đề ra 12 - 13%/năm)": a resolution's goal is a target
            if doc.matches(Lex.nghiQuyet, at: open + 1), (open + 1..<start).contains(where: { doc.matches(RoleReader.deRa, at: $0) }) {
                plan.kind = .target
            }
            // "kế hoạch năm (15,5 triệu lượt)": the year's plan
            // ("(kế hoạch năm tăng 11%)": the same, inside the brackets)
            let yearsPlan = open == start - 1 && doc.isWord(open - 1, Lex.nam) && doc.matchesBefore(Lex.keHoach, open - 1)
                || (open + 1..<start).contains { doc.isWord($0, Lex.nam) && doc.matchesBefore(Lex.keHoach, $0) && !doc.isNumber($0 + 1) }
            // ("… bằng 37,6% dự toán HĐND thành phố giao (83.846 tỷ đồng)": an estimate is set for the year)
            // ("bằng 38,7% dự toán (1.000 tỷ đồng)": the same, its authority unsaid)
            let estimateNamed = open == start - 1 && (doc.isWord(open - 1, Lex.giao)
                && (max(range.lowerBound, open - 10)..<open).contains { doc.matches(Lex.duToan, at: $0) } || doc.matchesBefore(Lex.duToan, open))
            // ("đạt 69% kế hoạch (chỉ tiêu 3,95 triệu)": the plan a share was taken of, named right before the bracket, is
            // the year's unless the bracket says its own period)
            let planNamed = doc.matchesBefore(Lex.keHoach, open) || doc.isWord(open - 1, Lex.kh)
            if yearsPlan || estimateNamed || planNamed, let year = (figure.period ?? timeline.lastStatement(before: start).flatMap { timeline.resolved[$0] })?.endYear {
                plan.period = Period(.year(year))
            }
            let own = Timeline.partitionPoint(timeline.mentions.count) { timeline.mentions[$0].tokens.lowerBound <= open }
            if own < timeline.mentions.count, timeline.mentions[own].tokens.upperBound <= start, let period = timeline.resolved[own] {
                plan.period = period
            }
        }
        // ("(Trung ương giao: 13.400 tỷ đồng; HĐND tỉnh giao …)": an amount assigned is the year's estimate)
        if doc.isWord(start - 1, Lex.giao) || doc.isPunct(start - 1, ":") && doc.isWord(start - 2, Lex.giao),
           let year = (figure.period ?? timeline.lastStatement(before: start).flatMap { timeline.resolved[$0] })?.endYear {
            plan.period = Period(.year(year))
            // (quoted from the item's first word)
            var item = start - 1
            while item > range.lowerBound, start - item <= 9, doc.tokens[item - 1].kind == .word || doc.isPunct(item - 1, ":") { item -= 1 }
            if doc.isPunct(item - 1, "(") || doc.isPunct(item - 1, ";") {
                plan.cueStart = item
                plan.cueEnd = item
            }
        }
        plan.pctOfPlan = []
        plan.changes = []
        plan.end = number.tokens.upperBound + (doc.isPunct(number.tokens.upperBound, ")") ? 1 : 0)
        return plan
    }

    /// "thu hút khoảng 1,42 tỷ USD vốn FDI trong quý I/2025, tăng 49,5%": a few words naming a level, its period, and
    /// the change after one comma, with nothing else between `from` and `to`.
    private func namedAndDated(from: Int, to: Int) -> Bool {
        var words = 0
        var k = from
        while k < to {
            if let m = timeline.anyMention(startingAt: k) {
                k = max(k + 1, timeline.mentions[m].tokens.upperBound)
                continue
            }
            if doc.tokens[k].kind == .word {
                words += 1
            } else if !(doc.isPunct(k, ",") && k == to - 2 && doc.tokens[to - 1].kind == .word) {
                return false
            }
            k += 1
        }
        return words <= 8
    }

    /// "34 dự án FDI với tổng vốn đăng ký hơn 363 triệu USD, đạt gần 91% kế hoạch, tăng gần 40%": an amount (a level or
    /// an aside) in a unit the cue's entry does not take, then only its plan share before the change, within one clause.
    private func sharesOnlyBetween(_ level: Quantity, _ change: Quantity, notTakenBy entry: Int) -> Bool {
        guard level.unitClass != .percent, level.tokens.upperBound <= change.tokens.lowerBound, !compatible(level, entry),
              change.tokens.lowerBound - level.tokens.upperBound <= 16 else { return false }
        let between = level.tokens.upperBound..<change.tokens.lowerBound
        guard !between.contains(where: { doc.isPunct($0, ".") || doc.isPunct($0, ";") }) else { return false }
        return quantities.indices.allSatisfy { k in
            guard between.contains(quantities[k].tokens.lowerBound) else { return true }
            if case .planShare = role[k] { return true }
            return false
        }
    }

    /// The rates listed right after the one at `index`, joined by commas or "và" alone ("tăng 11,89% và 11,81%"), as
    /// figures like `template`; they are marked bound.
    private mutating func respectiveRates(after index: Int, like template: Draft) -> [Draft] {
        var out: [Draft] = []
        let sign: Double = (template.value ?? 0) < 0 ? -1 : 1
        var k = index + 1
        while k < quantities.count, !bound[k], quantities[k].unitClass == .percent, !quantities[k].points,
              range.contains(quantities[k].tokens.lowerBound) {
            let gap = quantities[k - 1].tokens.upperBound..<quantities[k].tokens.lowerBound
            guard gap.count == 1, doc.isPunct(gap.lowerBound, ",") || doc.isWord(gap.lowerBound, Lex.va) else { break }
            var next = template
            next.quantity = quantities[k]
            next.value = sign * quantities[k].value
            next.end = quantities[k].tokens.upperBound
            out.append(next)
            bound[k] = true
            k += 1
        }
        return out
    }

    /// Verbs a cue may be that take visitors in ("đón", "thu hút", "phục vụ"), not name them.
    private static let receivingVerbs = [Lex.p("đón"), Lex.p("thu hút"), Lex.p("phục vụ")], dauTu = Lex.p("đầu tư")

    /// A cue with no value of its own but a change: "GRDP tăng 11,72%" (a growth figure), or
    /// "thu ngân sách vượt 22%, tăng 10%" (a figure that states only its change and plan shares).
    private mutating func bindChangeOnly(_ cue: Cue, candidates: [Int]) -> [Draft] {
        guard let entryIndex = cue.entries.first, let index = candidates.first(where: { candidate in
            // (points are no change of a level: "tỷ trọng dịch vụ chiếm 51,3% GRDP, tăng 0,8 điểm phần trăm")
            guard case .change = role[candidate], !quantities[candidate].points,
                  quantities[candidate].unitClass == .percent || quantities[candidate].unitClass == .times else {
                return false
            }
            return !cueFollows(quantities[candidate]) && !newSubject(between: cue.end, quantities[candidate].tokens.lowerBound)
        }), case .change(let sign, let comparison) = role[index] else { return [] }
        let change = quantities[index]
        let entry = catalogue.entry(entryIndex)
        if change.unitClass == .percent, entry.growthIndicator != nil || entry.changeIsValue, addsToARate(change) { return [] }
        // "xuất khẩu bình quân 10 tháng chỉ khoảng 412 USD/tấn, giảm gần 18%": a change right after a level the cue
        // does not take (a price) describes that level
        if quantities.indices.contains(where: { j in
            guard quantities[j].unitClass != .none, quantities[j].tokens.lowerBound >= cue.end else { return false }
            if sharesOnlyBetween(quantities[j], change, notTakenBy: entryIndex) { return true }
            guard case .level = role[j] else { return false }
            let gap = change.tokens.lowerBound - quantities[j].tokens.upperBound
            // ("thu hút được 63.420 tỷ đồng vốn đăng ký kinh doanh (tăng 32,7%)": the words naming that level may come
            // between, up to the bracket)
            guard gap >= 0 else { return false }
            let named = gap <= 8 && (quantities[j].tokens.upperBound..<change.tokens.lowerBound).allSatisfy { k in
                doc.tokens[k].kind == .word || k == change.tokens.lowerBound - 1 && doc.isPunct(k, "(")
                    || k == change.tokens.lowerBound - 2 && doc.isPunct(k, "(") && doc.tokens[k + 1].kind == .word
            }
            return gap <= 3 || named || namedAndDated(from: quantities[j].tokens.upperBound, to: change.tokens.lowerBound)
        }) { return [] }
        // ("Thu hút đầu tư: số doanh nghiệp thành lập mới tăng 59%": a verb that takes in visitors, followed by investment
        // or by a heading's colon, states no change of theirs unless the visitors are named between it and the change)
        if Self.receivingVerbs.contains(where: { $0.count == cue.end - cue.start && doc.matches($0, at: cue.start) }),
           doc.matches(Self.dauTu, at: cue.end) || (cue.end..<change.tokens.lowerBound).contains(where: { doc.isPunct($0, ":") }),
           !(cue.end..<change.tokens.lowerBound).contains(where: { doc.isWord($0, Lex.khach) }) { return [] }
        // a rate's total change over a span ("giai đoạn 2016-2019 … giảm 20,65%") is no year-on-year change
        if entry.rateVariant != nil, !change.perYear, let k = timeline.lastStatement(before: change.tokens.lowerBound),
           let p = timeline.resolved[k], case .years = p.span { return [] }
        bound[index] = true
        if change.unitClass == .percent, let growth = entry.growthIndicator {
            // "GRDP tăng 11,72%": the change of a level is its growth
            let figure = Draft(indicator: growth, entry: nil, quantity: change, value: sign * change.value,
                               cueStart: cue.start, cueEnd: cue.end, end: change.tokens.upperBound)
            // "…ước tăng 8,06%, đạt kế hoạch đề ra (kế hoạch tăng 7,5 - 8%)": the growth's plan in brackets
            // (past an earlier year's rate: "…, cao hơn mức tăng 7,15% của năm 2024 nhưng thấp hơn mục tiêu 9% đề ra")
            if let plan = candidates.first(where: { k in
                guard k > index, !bound[k], quantities[k].unitClass == .percent, case .planValue = role[k] else { return false }
                return true
            }) {
                bound[plan] = true
                return [figure, planValue(quantities[plan], of: figure)]
            }
            // "GRDP của Quảng Ninh và Hải Phòng lần lượt tăng 11,89% và 11,81%": the rates listed after "lần lượt", one
            // for each place named before them
            if doc.matchesBefore(Lex.lanLuot, change.tokens.lowerBound - 1) {
                var first = figure, rest = respectiveRates(after: index, like: figure)
                guard !rest.isEmpty else { return [figure] }
                assignRespective(&first, &rest, before: change.tokens.lowerBound)
                return [first] + rest
            }
            return [figure]
        }
        // ("lượng khách tăng gấp hơn 10 lần so với những ngày bình thường": a change against no period states no figure)
        guard comparison != .unrelated else {
            bound[index] = false
            return []
        }
        var figure = Draft(indicator: entry.indicator, entry: entryIndex, quantity: nil, value: nil,
                           cueStart: cue.start, cueEnd: cue.end, end: change.tokens.upperBound)
        figure.changes.append((sign * change.value, comparison, change.unitClass == .times))
        figure.anchor = change
        // "lượng khách tăng 1,3% so với tháng trước, tăng gần 95% so với cùng kỳ": the same figure against another time
        if let next = secondChange(after: index, comparedOtherwiseThan: comparison), case .change(let sign2, let comparison2) = role[next] {
            figure.changes.append((sign2 * quantities[next].value, comparison2, quantities[next].unitClass == .times))
            figure.end = quantities[next].tokens.upperBound
            bound[next] = true
        }
        // "vượt gần 8% kế hoạch, tăng 13%": plan shares in the clause describe the same figure
        for candidate in candidates where !bound[candidate] {
            guard case .planShare(let authority, let pct, let end, _) = role[candidate] else { continue }
            figure.pctOfPlan.append(PlanComparison(pct: pct, authority: authority))
            figure.cueStart = min(figure.cueStart, quantities[candidate].tokens.lowerBound)
            figure.end = max(figure.end, end)
            bound[candidate] = true
        }
        return [figure]
    }

    /// The change right after the change at `first`, in the next comma's clause with no other number between, set
    /// against another time than `comparison`; nil when there is none.
    private func secondChange(after first: Int, comparedOtherwiseThan comparison: QuantityRole.Comparison) -> Int? {
        let next = first + 1
        guard next < quantities.count, !bound[next], case .change(_, let other) = role[next], other != comparison,
              !quantities[next].points, quantities[next].unitClass == .percent || quantities[next].unitClass == .times,
              quantities[first].tokens.upperBound <= quantities[next].tokens.lowerBound else { return nil }
        let between = quantities[first].tokens.upperBound..<quantities[next].tokens.lowerBound
        // ("tăng 2,3% và tăng 12,8%": or joined by "và" straight after it)
        let joined = doc.isWord(between.lowerBound, Lex.va) && between.count <= 3
        guard between.count <= 10, joined || between.filter({ doc.isPunct($0, ",") }).count == 1,
              between.allSatisfy({ doc.tokens[$0].kind == .word || doc.isPunct($0, ",") }) else { return nil }
        return next
    }

    /// "từ 58,2% năm 2006 xuống còn 27,9%": "xuống" or "còn" within a few words after the value, in its clause.
    private func fallsTo(after q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        while k < min(range.upperBound, q.tokens.upperBound + 6), !doc.isPunct(k, ";"), !doc.isPunct(k, ",") {
            if doc.isWord(k, Lex.xuong) || doc.isWord(k, Lex.con) { return true }
            k += 1
        }
        return false
    }

    /// ", từ 32,21% …" right after a change: the change is restated by the values it went between.
    func fromToFollows(_ q: Quantity) -> Bool {
        let k = doc.isPunct(q.tokens.upperBound, ",") ? q.tokens.upperBound + 1 : q.tokens.upperBound
        return doc.isWord(k, Lex.tu) && doc.isNumber(k + 1)
    }

    /// The entry that states the fall of a rate ("rate_variant" in the catalogue), for the first cue entry that has one.
    func fallVariant(of entries: [Int]) -> Int? {
        for e in entries {
            if let variant = catalogue.entry(e).rateVariant, let v = catalogue.entries.firstIndex(where: { $0.indicator == variant }) {
                return v
            }
        }
        return nil
    }

    private static let tuongUng = Lex.p("tương ứng")
}
