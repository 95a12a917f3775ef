import PubstatModel

extension SentenceBinder {
    /// Trailing cues: "có 158 sản phẩm được công nhận OCOP", "41,5% xã đạt chuẩn nông thôn mới".
    mutating func bindTrailing(_ cues: [Cue]) -> [Draft] {
        var drafts: [Draft] = []
        for i in quantities.indices where !bound[i] {
            let q = quantities[i]
            // "1,4 triệu lượt khách nội địa": a qualifier written right after the unit
            // ("176 xã (84,2% tổng số xã) đạt chuẩn nông thôn mới": or after an aside in brackets)
            let cueAt = afterBracket(q.tokens.upperBound)
            if case .level = role[i], let m = catalogue.trailingCues.longestMatch(in: doc.tokens, at: cueAt,
                                                                                   limit: min(range.upperBound, cueAt + 8)),
               let entry = m.payload.first(where: { compatible(q, $0) }) {
                bound[i] = true
                let start = clauseStart(q.tokens.lowerBound)
                var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                                  cueStart: start, cueEnd: start, end: m.end)
                // "…lượt khách nội địa, tăng 8,4%", "…, gấp 1,7 lần so với cùng kỳ": the change right after describes it
                if i + 1 < quantities.count, !bound[i + 1], case .change(let sign, let comparison) = role[i + 1],
                   quantities[i + 1].unitClass == .percent || quantities[i + 1].unitClass == .times,
                   quantities[i + 1].tokens.lowerBound <= m.end + 3 || describedAfterItsWords(quantities[i + 1], from: m.end) {
                    draft.changes.append((sign * quantities[i + 1].value, comparison, quantities[i + 1].unitClass == .times))
                    draft.end = quantities[i + 1].tokens.upperBound
                    bound[i + 1] = true
                }
                drafts.append(draft)
                continue
            }
            let rate = rateOfCount(i)
            if !rate.isEmpty {
                drafts += rate
                continue
            }
            if let draft = newRuralStandardCount(i) ?? allCriteriaCount(i) {
                drafts.append(draft)
                continue
            }
            // "bình quân toàn tỉnh đạt 12,6 tiêu chí/xã": a unit that is itself a cue names its indicator
            if case .level = role[i], q.unitClass == .count,
               let m = catalogue.cues.longestMatch(in: doc.tokens, at: q.tokens.lowerBound + 1, limit: q.tokens.upperBound),
               m.end == q.tokens.upperBound, let entry = m.payload.first(where: { compatible(q, $0) }) {
                bound[i] = true
                let start = clauseStart(q.tokens.lowerBound)
                drafts.append(Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                                    cueStart: start, cueEnd: start, end: q.tokens.upperBound))
                continue
            }
            // "trong đó có hơn 9.700 lượt là khách quốc tế": visitors counted first, who they are after "là"
            if case .level = role[i], q.unitClass == .arrivals, doc.isWord(q.tokens.upperBound, Lex.la),
               let m = catalogue.cues.longestMatch(in: doc.tokens, at: q.tokens.upperBound + 1, limit: min(range.upperBound, q.tokens.upperBound + 7)),
               let entry = m.payload.first(where: { compatible(q, $0) }) {
                bound[i] = true
                let start = clauseStart(q.tokens.lowerBound)
                drafts.append(Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                                    cueStart: start, cueEnd: start, end: m.end))
                continue
            }
            if let draft = tourismSubjectArrivals(i, cues: cues) {
                drafts.append(draft)
                continue
            }
            if let draft = starRatedProducts(i) {
                drafts.append(draft)
                continue
            }
            // "giảm 50% số hộ nghèo": a share of a count, not the rate's fall; unless the words after it name a
            // share of their own ("phấn đấu 100% số xã đạt chuẩn nông thôn mới")
            if q.unitClass == .percent, doc.isWord(q.tokens.upperBound, Self.soCount) {
                guard case .level = role[i], let m = catalogue.cues.longestMatch(in: doc.tokens, at: q.tokens.upperBound,
                                                                                  limit: min(range.upperBound, q.tokens.upperBound + 8)),
                      let entry = m.payload.first(where: { compatible(q, $0) }) else { continue }
                bound[i] = true
                let start = clauseStart(q.tokens.lowerBound)
                drafts.append(Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                                    cueStart: start, cueEnd: start, end: m.end))
                continue
            }
            let isChange: Bool
            switch role[i] {
            case .level: isChange = false
            case .change: isChange = q.unitClass == .percent || q.unitClass == .times
            default: continue
            }
            guard isChange || q.unitClass == .count || q.unitClass == .percent else { continue }
            var reach = q.unitClass == .percent && !isChange ? 2 : 10
            // "28/115 xã (24,3%) đạt chuẩn nông thôn mới": the count's share in brackets stands between it and its cue
            var after = i + 1
            if i + 1 < quantities.count, bracketedShare(of: q) == i + 1 {
                // (the bracket's own tokens do not count against the reach)
                after = i + 2
                reach += quantities[i + 1].tokens.upperBound + 1 - q.tokens.upperBound
            }
            var listed = false
            // "đã có 2 huyện, 55/85 xã hoàn thành …", "8 huyện, 330 xã, 869 thôn/bản đạt chuẩn": counts of other units
            // listed before one cue share it
            var itemEnd = q.tokens.upperBound
            while !isChange, q.unitClass == .count, after < quantities.count, quantities[after].unitClass == .count,
                  quantities[after].noun != q.noun, case .level = role[after],
                  doc.isPunct(itemEnd, ",") || doc.isWord(itemEnd, Lex.va),
                  quantities[after].tokens.lowerBound == itemEnd + 1 {
                listed = true
                reach += quantities[after].tokens.upperBound - itemEnd
                itemEnd = quantities[after].tokens.upperBound
                // ("869 thôn/bản": a second noun for the same count)
                if doc.isPunct(itemEnd, "/"), itemEnd + 1 < range.upperBound, doc.tokens[itemEnd + 1].kind == .word {
                    itemEnd += 2
                    reach += 2
                }
                after += 1
            }
            // ("3 huyện Mỹ Lộc, Ý Yên, Vụ Bản sẽ được công nhận huyện đạt chuẩn nông thôn mới": the units counted, named)
            if !isChange, q.unitClass == .count, let named = namedMembersEnd(after: itemEnd) { reach += named - itemEnd }
            // ("10/10 xã của thành phố đều đã được UBND tỉnh Hưng Yên công nhận đạt chuẩn NTM": the standard right after the
            // recognition, however long the words naming who recognised them)
            if !isChange, q.unitClass == .count,
               let recognised = (itemEnd..<min(range.upperBound, itemEnd + 16)).first(where: { doc.matches(Self.congNhan, at: $0) }),
               !(itemEnd..<recognised).contains(where: { doc.tokens[$0].kind != .word }) {
                reach = max(reach, recognised + Self.congNhan.count + 2 - q.tokens.upperBound)
            }
            let next = after < quantities.count ? quantities[after].tokens.lowerBound : range.upperBound
            guard let cue = cues.first(where: { $0.sector == nil && $0.start >= q.tokens.upperBound
                    && $0.start <= q.tokens.upperBound + reach && $0.start < next && !hasStop(q.tokens.upperBound, $0.start)
                    && !givesCause(q.tokens.upperBound, $0.start)
                    && (!listed || $0.entries.contains { compatible(q, $0) }) }) else { continue }
            if isChange {
                guard case .change(let sign, let comparison) = role[i], let entry = cue.entries.first,
                      // ("Tổng vốn đầu tư phát triển tăng 36%, giá trị sản xuất công nghiệp …": a change its own clause gives a
                      // subject is that subject's, not the next clause's)
                      !namesOwnSubject(before: q) else { continue }
                // ("thu hơn 11.200 tỷ đồng, tăng 20,17% so với cùng kỳ, GRDP tỉnh tăng đều": a cue that opens the next
                // clause is no subject of a change before it, but for a rate's fall: see below)
                let fallOfRate = sign < 0 && q.unitClass == .percent && catalogue.entry(entry).rateVariant != nil
                let cueOpensClause = (q.tokens.upperBound..<cue.start).contains { doc.isPunct($0, ",") }
                if cueOpensClause, !fallOfRate { continue }
                // "phấn đấu giảm 4%, tỷ lệ hộ nghèo còn …": the fall of a rate named after it
                if sign < 0, q.unitClass == .percent, let variant = catalogue.entry(entry).rateVariant,
                   let variantEntry = catalogue.entries.firstIndex(where: { $0.indicator == variant }) {
                    bound[i] = true
                    let start = clauseStart(q.tokens.lowerBound)
                    drafts.append(Draft(indicator: variant, entry: variantEntry, quantity: q, value: q.value,
                                        cueStart: start, cueEnd: start, end: q.tokens.upperBound))
                    continue
                }
                // (points, or a change against no period: "tăng gấp 10 lần so với những ngày bình thường")
                if q.points || comparison == .unrelated { continue }
                var d = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: nil, value: nil,
                              cueStart: clauseStart(q.tokens.lowerBound), cueEnd: q.tokens.lowerBound, end: cue.end)
                d.changes.append((sign * q.value, comparison, q.unitClass == .times))
                d.anchor = q
                bound[i] = true
                drafts.append(d)
            } else if let entry = cue.entries.first(where: { compatible(q, $0) }) {
                bound[i] = true
                let start = clauseStart(q.tokens.lowerBound)
                drafts.append(Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                                    cueStart: start, cueEnd: start, end: cue.end))
            }
        }
        return drafts
    }

    /// "Du lịch phục hồi mạnh với 9,6 triệu lượt khách, tăng 17%": in a sentence whose subject is
    /// tourism ("Du lịch …", "Ngành du lịch …", after its opening period), a count of visitors no cue
    /// precedes is its arrivals, and money it brought in ("thu về", "mang về") its revenue.
    private mutating func tourismSubjectArrivals(_ i: Int, cues: [Cue]) -> Draft? {
        let q = quantities[i]
        guard case .level = role[i] else { return nil }
        guard q.unitClass == .arrivals || q.unitClass == .money else { return nil }
        var subject = range.lowerBound
        if let own = timeline.ownMention(at: subject) {
            subject = timeline.mentions[own].tokens.upperBound
            if doc.isPunct(subject, ",") { subject += 1 }
        }
        if doc.isWord(subject, Lex.nganh) { subject += 1 }
        // "có 1,2 triệu lượt khách du lịch đến …", "đón 300 nghìn lượt du khách": a unit that names tourists
        // ("riêng tham quan du lịch núi Bà Đen là 456.000 lượt khách": visitors in a clause about tourism)
        // (not travellers going abroad: "khách Việt Nam đi du lịch nước ngoài đạt 31 nghìn lượt")
        let clause = q.unitClass == .arrivals ? clauseStart(q.tokens.lowerBound)..<q.tokens.upperBound : q.tokens
        let touristUnit = q.unitClass == .arrivals && clause.contains { doc.matches(Lex.duLich, at: $0) || doc.matches(Lex.duKhach, at: $0) }
            && !clause.contains { doc.matches(Self.nuocNgoai, at: $0) }
        let visits = touristUnit || visitsAPlace(q)
        guard visits || subject < q.tokens.lowerBound && doc.matches(Lex.duLich, at: subject)
              || placeHostsVisitors(q) || visitorsBreakDown(after: q) else { return nil }
        let indicator: Indicator
        if q.unitClass == .arrivals {
            indicator = .touristArrivals
        } else if (subject..<q.tokens.lowerBound).contains(where: { k in Self.earningVerbs.contains { doc.matches($0, at: k) } })
                    || namesRevenue(before: q) {
            // "du lịch mang về cho tỉnh 47.000 tỷ đồng", "Du lịch … với 512.400 lượt khách, tăng 18,6%, doanh thu đạt 296 tỷ đồng"
            indicator = Self.tourismRevenue
        } else {
            return nil
        }
        // (a cue earlier in the sentence names its own figure; one in the clause names this one)
        let since = visits ? clause.lowerBound : range.lowerBound
        guard !cues.contains(where: { $0.start >= since && $0.start < q.tokens.lowerBound }),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == indicator }) else { return nil }
        bound[i] = true
        let start = clauseStart(q.tokens.lowerBound)
        var draft = Draft(indicator: indicator, entry: entry, quantity: q, value: q.value,
                          cueStart: start, cueEnd: start, end: q.tokens.upperBound)
        if touristUnit { draft.scope = siteScope(in: clause, before: q) }
        if i + 1 < quantities.count, !bound[i + 1], case .change(let sign, let comparison) = role[i + 1],
           quantities[i + 1].unitClass == .percent || quantities[i + 1].unitClass == .times,
           quantities[i + 1].tokens.lowerBound <= q.tokens.upperBound + 3 || describedAfterItsWords(quantities[i + 1], from: q.tokens.upperBound) {
            draft.changes.append((sign * quantities[i + 1].value, comparison, quantities[i + 1].unitClass == .times))
            draft.end = quantities[i + 1].tokens.upperBound
            bound[i + 1] = true
        }
        return draft
    }

    /// Whether the clause of change `q` names a subject of its own before the verb: three words or more, not just words
    /// of aim or estimate ("phấn đấu giảm 4%, tỷ lệ hộ nghèo còn …" names none).
    private func namesOwnSubject(before q: Quantity) -> Bool {
        let verb = q.tokens.lowerBound - 1
        let start = clauseStart(q.tokens.lowerBound)
        guard start < verb else { return false }
        // (a place is where, not what: "tỉnh Bắc Kạn phấn đấu giảm từ 3 - 4% hộ nghèo")
        let words = (start..<verb).filter { k in
            doc.tokens[k].kind == .word && !Self.aimWords.contains(doc.tokens[k].hash) && !places.contains { $0.tokens.contains(k) }
        }
        return words.count >= 3
    }
    private static let aimWords = WordSet(["phấn", "đấu", "dự", "kiến", "ước", "tính", "đạt", "mục", "tiêu", "quyết", "tâm", "cố", "gắng",
                                           "tiếp", "tục", "sẽ", "có", "thể", "khoảng", "trên", "hơn", "gần", "và", "năm", "nay", "trong",
                                           "tháng", "quý", "đầu", "cuối"].map(Lex.w))

    /// "có hơn 207.500 lượt khách tham quan các khu, điểm du lịch, tăng 80,5% so với cùng kỳ": a change after the words
    /// that say what a count is (no number among them, at most ten), past the comma that closes them.
    private func describedAfterItsWords(_ change: Quantity, from end: Int) -> Bool {
        let verb = change.tokens.lowerBound - 1
        guard verb - 1 >= end, verb - end <= 11, doc.isPunct(verb - 1, ","), doc.isWord(verb, Lex.tang) || doc.isWord(verb, Lex.giam) || doc.isWord(verb, Lex.gap)
        else { return false }
        return (end..<(verb - 1)).allSatisfy { doc.tokens[$0].kind == .word || doc.isPunct($0, ",") }
    }

    /// Whether the clause of `q` names the revenue of tourism's visitors ("doanh thu", "tổng thu": the catalogue's
    /// context cues of tourism revenue) before it.
    private func namesRevenue(before q: Quantity) -> Bool {
        guard let revenue = catalogue.entryIndex(of: Self.tourismRevenue) else { return false }
        let start = clauseStart(q.tokens.lowerBound)
        return (start..<q.tokens.lowerBound).contains { k in
            guard let m = catalogue.contextCues.longestMatch(in: doc.tokens, at: k, limit: q.tokens.lowerBound) else { return false }
            return m.payload.contains(revenue) && !Self.narrowedServices.contains { doc.matches($0, at: m.end) }
        }
    }

    /// "Thành phố Hội An tiếp tục là trọng điểm với khoảng 4,98 triệu lượt khách", "Phường Cửa Lò là điểm đến
    /// hút khách nhất với 235.000 lượt": a sentence that opens with a place and speaks of visitors gives the
    /// count it has "với" as the place's arrivals.
    private func placeHostsVisitors(_ q: Quantity) -> Bool {
        guard q.unitClass == .arrivals, let subjectEnd = openingPlaceEnd(), subjectEnd < q.tokens.lowerBound else { return false }
        var k = q.tokens.lowerBound - 1
        while k > subjectEnd, doc.tokens[k].kind == .word,
              RoleReader.qualifierWords.contains(doc.tokens[k].hash) || doc.isWord(k, Self.uoc) { k -= 1 }
        // ("Hội An với 1,2 triệu lượt khách", "7 tháng đầu năm, Phú Quốc có 5,2 triệu lượt khách": the place has them)
        guard doc.isWord(k, Lex.voi) && !doc.isWord(k - 1, Lex.so) || doc.isWord(k, Lex.co) && k == subjectEnd else { return false }
        return (range.lowerBound..<q.tokens.upperBound + 1).contains { doc.isWord($0, Lex.khach) }
            && !(subjectEnd..<k).contains { doc.tokens[$0].kind == .punct || doc.isNumber($0) }
    }

    /// "ước có 1.470 ngàn lượt người đến Cửa Lò", "2 triệu lượt khách tới huyện Mộc Châu": visits counted to a place
    /// named right after them (or a city or town written alone) are its visitors.
    private func visitsAPlace(_ q: Quantity) -> Bool {
        let k = q.tokens.upperBound
        guard q.unitClass == .arrivals, doc.isWord(k, Lex.den) || doc.isWord(k, Self.toi), k + 1 < range.upperBound else { return false }
        return places.contains { $0.tokens.lowerBound == k + 1 && $0.name != nil }
            || doc.isCapitalised(k + 1) && catalogue.gazetteer.cityHints.longestMatch(in: doc.tokens, at: k + 1, limit: range.upperBound) != nil
    }
    private static let toi = Lex.w("tới")

    /// The end of the places named one after another from token `k` ("Mỹ Lộc, Ý Yên và Vụ Bản"; the first may take the
    /// count's noun as its level word, "huyện Mỹ Lộc"), nil when none starts there.
    private func namedMembersEnd(after k: Int) -> Int? {
        var end: Int?
        var at = k
        while let m = places.first(where: { $0.name != nil && ($0.tokens.lowerBound == at
                                                               || end == nil && $0.tokens.lowerBound == at - 1 && $0.tokens.upperBound > at) }) {
            end = m.tokens.upperBound
            guard doc.isPunct(m.tokens.upperBound, ",") || doc.isWord(m.tokens.upperBound, Lex.va) else { break }
            at = m.tokens.upperBound + 1
        }
        return end
    }

    /// The token after a bracket opening at `k` and closing within a few words, else `k`.
    private func afterBracket(_ k: Int) -> Int {
        guard doc.isPunct(k, "("), k + 1 < range.upperBound,
              let close = (k + 1..<min(range.upperBound, k + 12)).first(where: { doc.isPunct($0, ")") || doc.isPunct($0, "(") }),
              doc.isPunct(close, ")") else { return k }
        return close + 1
    }

    /// "đã có 1,53 triệu lượt người (tăng 30%), trong đó có hơn 27 nghìn lượt khách quốc tế": a count of visits
    /// that "trong đó" breaks down into foreign or domestic visitors counts tourists.
    private func visitorsBreakDown(after q: Quantity) -> Bool {
        guard q.unitClass == .arrivals else { return false }
        let k = afterBracket(q.tokens.upperBound)
        // ("…, trong⏎ đó …": the words may run past the sentence's end, which then holds no breakdown)
        guard doc.isPunct(k, ","), doc.matches(Lex.trongDo, at: k + 1), k + 3 < range.upperBound else { return false }
        let breakdown = (k + 3)..<min(range.upperBound, k + 14)
        return breakdown.contains { j in Self.visitorGroups.contains { doc.matches($0, at: j) } }
    }

    private static let visitorGroups = [Lex.p("khách quốc tế"), Lex.p("khách nội địa"), Lex.p("khách trong nước")]

    /// The end of the place the sentence opens with: a known one, or a ward or commune of the new local
    /// level ("Phường Cửa Lò", "Xã Mường Phăng"), which the gazetteer does not list.
    private func openingPlaceEnd() -> Int? {
        let start = subjectStart
        if let first = places.first, first.name != nil, first.tokens.lowerBound == start { return first.tokens.upperBound }
        guard doc.isWord(start, Lex.phuong) || doc.isWord(start, Lex.xa), doc.isCapitalised(start), doc.isCapitalised(start + 1) else { return nil }
        var end = start + 1
        while end < range.upperBound, end - start <= 4, doc.tokens[end].kind == .word, doc.isCapitalised(end) { end += 1 }
        return end
    }

    /// Where the sentence's subject may stand: its first token, or the one after an opening period and its comma
    /// ("7 tháng đầu năm, Phú Quốc …").
    /// ("Đến hết năm 2021, cả nước …": words that lead up to the period may open it)
    var subjectStart: Int {
        var start = range.lowerBound
        while start < range.lowerBound + 2, doc.tokens.indices.contains(start), Self.periodLeads.contains(doc.tokens[start].hash),
              timeline.anyMention(startingAt: start) == nil {
            start += 1
        }
        guard let own = timeline.ownMention(at: start), doc.isPunct(timeline.mentions[own].tokens.upperBound, ",") else {
            return range.lowerBound
        }
        return timeline.mentions[own].tokens.upperBound + 1
    }
    private static let periodLeads = WordSet([Lex.den, Lex.w("hết"), Lex.w("tính"), Lex.w("tới"), Lex.w("vào")])

    private static let uoc = Lex.w("ước")
    private static let congNhan = Lex.p("công nhận")

    /// "riêng tham quan du lịch núi Bà Đen là 456.277 lượt khách": the named site a part of the visitors went to,
    /// kept apart from the whole as `site:<name>`.
    private func siteScope(in clause: Range<Int>, before q: Quantity) -> String? {
        let part = doc.isWord(clause.lowerBound, Lex.rieng) || doc.matches(Lex.trongDo, at: clause.lowerBound)
            || doc.matchesBefore(Lex.trongDo, clause.lowerBound)
        guard part, let tourism = (clause.lowerBound..<q.tokens.lowerBound).last(where: { doc.matches(Lex.duLich, at: $0) }) else { return nil }
        let first = tourism + Lex.duLich.count
        var end = q.tokens.lowerBound
        while end > first, doc.tokens[end - 1].kind == .word, Self.siteVerbs.contains(doc.tokens[end - 1].hash) { end -= 1 }
        guard (1...5).contains(end - first), (first..<end).allSatisfy({ doc.tokens[$0].kind == .word }),
              (first..<end).contains(where: { doc.isCapitalised($0) }) else { return nil }
        let name = doc.original(first..<end)
        return "site:" + name.prefix(1).uppercased() + name.dropFirst()
    }

    private static let siteVerbs = WordSet([Lex.la, Lex.dat, Lex.w("đón"), Lex.w("ước"), Lex.w("khoảng"), Lex.w("gần"),
                                            Lex.w("trên"), Lex.hon, Lex.w("có")])
    /// "TP. Cần Thơ có 36/36 xã đạt chuẩn.": "đạt chuẩn" alone closing the clause after a count, in a text about
    /// new rural areas, is that standard (not "xã đạt chuẩn quốc gia về y tế", not "… nông thôn mới nâng cao").
    private mutating func newRuralStandardCount(_ i: Int) -> Draft? {
        let q = quantities[i]
        let at = afterBracket(q.tokens.upperBound)
        guard speaksOfNewRuralAreas, case .level = role[i], q.unitClass == .count, doc.matches(Self.datChuan, at: at) else { return nil }
        var end = at + Self.datChuan.count
        // ("… đạt chuẩn NTM": the standard named by its letters)
        if doc.isWord(end, Self.ntm) { end += 1 }
        // (not a flow: "phấn đấu có thêm 3 đơn vị cấp huyện đạt chuẩn")
        guard end >= range.upperBound || doc.tokens[end].kind == .punct, !doc.isWord(q.tokens.lowerBound - 1, Self.them) else { return nil }
        var found: Int?
        for phrase in Self.newRuralStandard {
            guard let m = catalogue.cues.longestMatch(in: phrase, at: 0, limit: phrase.count) else { continue }
            if let entry = m.payload.first(where: { compatible(q, $0) }) { found = entry; break }
        }
        guard let entry = found else { return nil }
        bound[i] = true
        let start = clauseStart(q.tokens.lowerBound)
        return Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                     cueStart: start, cueEnd: start, end: end)
    }

    /// "huyện có 17/17 xã đạt 19/19 tiêu chí NTM", "8 xã hoàn thành 19 tiêu chí": communes that meet all 19 criteria of
    /// the new-rural standard are the communes that meet the standard.
    private mutating func allCriteriaCount(_ i: Int) -> Draft? {
        let q = quantities[i]
        guard case .level = role[i], q.unitClass == .count, q.noun == Lex.xa, i + 1 < quantities.count else { return nil }
        var k = afterBracket(q.tokens.upperBound)
        guard doc.isWord(k, Lex.dat) || doc.matches(Self.hoanThanh, at: k) else { return nil }
        k += doc.isWord(k, Lex.dat) ? 1 : Self.hoanThanh.count
        if doc.isWord(k, Self.du) { k += 1 }
        let criteria = quantities[i + 1]
        guard criteria.tokens.lowerBound == k, criteria.value == Self.criteriaCount, criteria.outOf ?? Self.criteriaCount == Self.criteriaCount,
              let named = (criteria.tokens.lowerBound..<min(range.upperBound, criteria.tokens.upperBound + 1)).first(where: { doc.matches(Self.tieuChi, at: $0) }),
              // (the standard named in the text, or right after: "đạt 19/19 tiêu chí NTM")
              speaksOfNewRuralAreas || doc.isWord(named + Self.tieuChi.count, Self.ntm),
              !doc.isWord(q.tokens.lowerBound - 1, Self.them),
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == Self.newRuralCommunes }) else { return nil }
        bound[i] = true
        bound[i + 1] = true
        let start = clauseStart(q.tokens.lowerBound)
        return Draft(indicator: Self.newRuralCommunes, entry: entry, quantity: q, value: q.value, cueStart: start, cueEnd: start,
                     end: criteria.tokens.upperBound)
    }
    private static let criteriaCount = 19.0, hoanThanh = Lex.p("hoàn thành"), du = Lex.w("đủ"), tieuChi = Lex.p("tiêu chí")
    private static let newRuralCommunes = Indicator("ntm_communes")

    /// The phrases whose catalogue cues name the new-rural standard's counts, tokenised once.
    private static let newRuralStandard = ["xã đạt chuẩn nông thôn mới", "huyện đạt chuẩn nông thôn mới"].map {
        Tokenizer.tokenize(FoldedText(utf8: Array($0.precomposedUTF8)))
    }
    private static let datChuan = Lex.p("đạt chuẩn"), them = Lex.w("thêm"), ntm = Lex.w("ntm")
    private static let soCount = Lex.w("số"), nuocNgoai = Lex.p("nước ngoài")
    private static let earningVerbs = [Lex.p("thu về"), Lex.p("mang về"), Lex.p("mang lại")]
    private static let tourismRevenue = Indicator("tourism_revenue")

    /// "giảm 78% do tạm dừng đón khách du lịch": a cue after "do" / "vì" / "nhờ" names the cause of the change,
    /// not what changed.
    /// Whether a clause giving a cause ("do", "nhờ") or what the figure is mostly made of ("tăng 15,2%, chủ yếu là
    /// nguyên liệu phục vụ sản xuất") stands between `a` and `b`: a cue inside it names no figure.
    private func givesCause(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { doc.tokens[$0].kind == .word && Self.causeWords.contains(doc.tokens[$0].hash) || doc.matches(Self.chuYeu, at: $0) }
    }

    private static let causeWords = WordSet([Lex.w("do"), Lex.w("vì"), Lex.w("nhờ"), Lex.w("bởi")]), chuYeu = Lex.p("chủ yếu")

    func hasStop(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { doc.isPunct($0, ";") || doc.isPunct($0, ".") || doc.isPunct($0, ":") }
    }

    /// The token after the last `;` or `,` before `t` in the sentence.
    func clauseStart(_ t: Int) -> Int {
        var k = t - 1
        while k > range.lowerBound {
            if doc.isPunct(k, ";") || doc.isPunct(k, ",") || doc.isPunct(k, ":") { return k + 1 }
            k -= 1
        }
        return range.lowerBound
    }
}

extension SentenceBinder {
    /// "đón 7,8 triệu lượt khách quốc tế", "5 triệu lượt khách du lịch nội địa": a qualifier written right
    /// after the unit names the part of the family the number counts, whatever verb cue took it
    /// ("đón" alone says arrivals, not whose). Only a cue that itself reads qualifiers after the unit
    /// (one with trailing cues of its own) gives way.
    func refineByQualifier(_ d: inout Draft) {
        guard let q = d.quantity, let own = d.entry, catalogue.entry(own).hasTrailingCues else { return }
        var at = q.tokens.upperBound
        if doc.matches(Self.duLich, at: at) { at += Self.duLich.count }
        guard let m = catalogue.trailingCues.longestMatch(in: doc.tokens, at: at, limit: min(range.upperBound, at + 4)),
              let entry = m.payload.first(where: { $0 != own && compatible(q, $0) }),
              catalogue.entry(entry).indicator != d.indicator else { return }
        // ("đón 270.000 lượt khách du lịch trong nước và quốc tế": both parts named are the whole)
        if doc.isWord(m.end, Lex.va),
           let other = catalogue.trailingCues.longestMatch(in: doc.tokens, at: m.end + 1, limit: min(range.upperBound, m.end + 5)),
           !other.payload.contains(entry) { return }
        d.entry = entry
        d.indicator = catalogue.entry(entry).indicator
        d.end = max(d.end, m.end)
    }

    private static let duLich = Lex.p("du lịch")

    /// "28/115 xã (24,3%)": the index of a percentage written in brackets right after a count of a whole.
    func bracketedShare(of q: Quantity) -> Int? {
        guard q.unitClass == .count, doc.isPunct(q.tokens.upperBound, "("),
              let i = quantities.firstIndex(where: { $0.tokens.lowerBound == q.tokens.upperBound + 1 }),
              quantities[i].unitClass == .percent, !quantities[i].points, doc.isPunct(quantities[i].tokens.upperBound, ")") else { return nil }
        return i
    }

    /// "có 181/216 xã đạt chuẩn nông thôn mới, chiếm 83,8%": the share a count makes of the whole,
    /// written right after it, is the count's share indicator (catalogue `share_variant`).
    mutating func shareAfter(_ d: Draft) -> Draft? {
        // (a flow that adds up to a stock, "nâng tổng số xã đạt chuẩn lên 53/177 xã, chiếm 29,9%": the stock's share)
        guard let q = d.quantity, let own = d.entry,
              let share = catalogue.entry(own).shareVariant ?? catalogue.entry(own).totalVariant.flatMap({ total in
                  catalogue.entryIndex(of: total).flatMap { catalogue.entry($0).shareVariant }
              }),
              let shareEntry = catalogue.entryIndex(of: share) else { return nil }
        if let i = bracketedShare(of: q), !bound[i] {
            bound[i] = true
            let p = quantities[i]
            var draft = Draft(indicator: share, entry: shareEntry, quantity: p, value: p.value, cueStart: d.cueStart, cueEnd: d.cueEnd,
                              end: p.tokens.upperBound + 1)
            draft.kind = d.kind
            return draft
        }
        var k = max(d.end, q.tokens.upperBound)
        // past the count's own cue ("xã đạt chuẩn nông thôn mới") to the comma
        while k < range.upperBound, k - d.end < 8, doc.tokens[k].kind == .word { k += 1 }
        // ", chiếm 83,8%", " (đạt 98,8%)", " (chiếm 72,5%)", ", chiếm hơn 50%"
        let bracket = doc.isPunct(k, "(")
        guard doc.isPunct(k, ",") || bracket, doc.isWord(k + 1, Lex.chiem) || doc.isWord(k + 1, Lex.dat) else { return nil }
        var start = k + 2
        while start < range.upperBound, start - k < 5, doc.tokens[start].kind == .word, RoleReader.qualifierWords.contains(doc.tokens[start].hash) { start += 1 }
        guard let i = quantities.firstIndex(where: { $0.tokens.lowerBound == start }), !bound[i], quantities[i].unitClass == .percent,
              !quantities[i].points, !bracket || doc.isPunct(quantities[i].tokens.upperBound, ")") else { return nil }
        bound[i] = true
        let p = quantities[i]
        var draft = Draft(indicator: share, entry: shareEntry, quantity: p, value: p.value, cueStart: d.cueStart, cueEnd: d.cueEnd,
                          end: p.tokens.upperBound)
        draft.kind = d.kind
        return draft
    }
}

extension SentenceBinder {
    /// Counts left over after a count figure of the sentence: "có 139 sản phẩm được công nhận, trong đó 21
    /// sản phẩm đạt 4 sao" (a part, after "trong đó", of what the figure counts: the same indicator, told
    /// by its stars) and
    /// "…, của 98 chủ thể", "… với 158 chủ thể" (what another indicator of the figure's cue counts).
    mutating func countsAfter(_ drafts: [Draft]) -> [Draft] {
        var found: [Draft] = []
        for i in quantities.indices where !bound[i] && quantities[i].unitClass == .count {
            let q = quantities[i]
            guard case .level = role[i],
                  let template = drafts.last(where: { d in d.quantity.map { $0.unitClass == .count && $0.tokens.upperBound <= q.tokens.lowerBound } ?? false }),
                  let own = template.entry, let cue = cues.first(where: { $0.entries.contains(own) && $0.start < q.tokens.lowerBound }) else { continue }
            let entry: Int
            // (only a part told by its star rating or by nothing more: "trong đó 21 xã đạt chuẩn nâng cao" is another kind)
            let partLead = doc.matchesBefore(Lex.trongDo, q.tokens.lowerBound) ? Lex.trongDo.count
                : doc.isWord(q.tokens.lowerBound - 1, Lex.co) && doc.matchesBefore(Lex.trongDo, q.tokens.lowerBound - 1) ? Lex.trongDo.count + 1 : 0
            // ("có thêm 5 xã đạt chuẩn, trong đó có 01 xã thuộc huyện nghèo": or by where they are)
            if partLead > 0, template.quantity?.noun == q.noun, compatible(q, own),
               starRating(after: q) != nil || doc.tokens[min(q.tokens.upperBound, doc.count - 1)].kind == .punct
                || doc.isWord(q.tokens.upperBound, Self.thuoc) {
                entry = own
            } else if doc.isWord(q.tokens.lowerBound - 1, Lex.cua) || doc.isWord(q.tokens.lowerBound - 1, Lex.voi),
                      let other = cue.entries.first(where: { e in e != own && compatible(q, e) && !drafts.contains(where: { $0.entry == e }) }) {
                entry = other
            } else {
                continue
            }
            bound[i] = true
            let start = q.tokens.lowerBound - (entry == own ? partLead : 1)
            var draft = Draft(indicator: catalogue.entry(entry).indicator, entry: entry, quantity: q, value: q.value,
                              cueStart: start, cueEnd: start, end: q.tokens.upperBound)
            draft.kind = template.kind
            found.append(draft)
        }
        return found
    }

    /// "có 10 sản phẩm đạt chuẩn 4 sao", "sản phẩm đạt hạng 3 sao có 10 sản phẩm": products counted by their
    /// star rating are OCOP products (the programme's rating scale), whether or not the clause names OCOP.
    mutating func starRatedProducts(_ i: Int) -> Draft? {
        let q = quantities[i]
        guard case .level = role[i], q.unitClass == .count, starsAfter(q) != nil || starsBefore(q) != nil,
              let entry = catalogue.entries.firstIndex(where: { $0.indicator == Self.ocopProducts }), compatible(q, entry) else { return nil }
        bound[i] = true
        let start = clauseStart(q.tokens.lowerBound)
        var draft = Draft(indicator: Self.ocopProducts, entry: entry, quantity: q, value: q.value,
                          cueStart: start, cueEnd: start, end: q.tokens.upperBound)
        draft.scope = (starsAfter(q) ?? starsBefore(q)).flatMap(Self.starScope)
        return draft
    }

    /// The rating written after a count: "[được công nhận] [đạt] [chuẩn | hạng] [OCOP] K sao".
    func starsAfter(_ q: Quantity) -> Int? {
        var k = q.tokens.upperBound
        let end = min(range.upperBound, k + 7)
        while k < end, doc.tokens[k].kind == .word, Self.ratingWords.contains(doc.tokens[k].hash) { k += 1 }
        // ("3 sao trở lên": every rating from three up, no single one)
        guard let stars = doc.integer(k), doc.isWord(k + 1, Lex.sao), (1...5).contains(stars), !doc.isWord(k + 2, Lex.tro) else { return nil }
        return stars
    }

    /// The rating written before "có" and the count: "sản phẩm đạt hạng 4 sao có 1 sản phẩm".
    func starsBefore(_ q: Quantity) -> Int? {
        let p = q.tokens.lowerBound
        guard doc.isWord(p - 1, Lex.co), doc.isWord(p - 2, Lex.sao), let stars = doc.integer(p - 3), (1...5).contains(stars) else { return nil }
        return stars
    }

    static func starScope(_ stars: Int) -> String? {
        switch stars {
        case 3: "three_star"
        case 4: "four_star"
        case 5: "five_star"
        default: nil
        }
    }

    private static let ocopProducts = Indicator("ocop_products")
    /// Words between a count of products and its star rating.
    private static let ratingWords = WordSet([Lex.dat, Lex.hang, Lex.w("chuẩn"), Lex.w("ocop"), Lex.w("được"), Lex.w("công"), Lex.w("nhận"), Lex.w("gắn")])
}
