import PubstatModel

/// What a number does in its clause.
enum QuantityRole: Sendable {
    /// A level: "đạt 1.208,8 tỷ đồng".
    case level
    /// A change: "tăng 1,9% so với cùng kỳ", "giảm 2,77%", "tăng 1,3 lần".
    case change(sign: Double, comparison: Comparison)
    /// A share of a plan or estimate: "bằng 82% dự toán Trung ương giao" (82), "vượt 5,3% dự toán" (105.3,
    /// `exceeds`: of a rate it is points above the plan, no share).
    case planShare(Authority, pct: Double, end: Int, exceeds: Bool)
    /// An index on a base of 100 that states a change: "bằng 95% so với cùng kỳ" (−5), "tốc độ phát
    /// triển 108,84%" (+8.84). The binder reads it as a change of `value − 100`.
    case index(comparison: Comparison)
    /// A plan value in parentheses: "(kế hoạch 1.500 tỷ đồng)".
    case planValue
    /// A share of a total or a margin over a target: "chiếm 63%", "vượt 13,2%": not a figure.
    case aside

    enum Comparison: Sendable, Equatable {
        case previousYear, previousMonth
        /// Compared with a named year, or a named month of it ("so với năm 2019", "so với tháng 12/2016").
        case other(year: Int, month: Int? = nil)
        /// Compared with something that is not a period ("so với trung bình cả nước", "so với dự toán").
        case unrelated

        /// The named year is the one before the figure's `period`, and a named month is the same month of it.
        func namesYearBefore(_ period: Period?) -> Bool {
            guard case .other(let year, let month) = self, let period, year == period.endYear - 1 else { return false }
            return month == nil || month == period.endMonth
        }

        /// "so với tháng 12/2016" for a figure of January 2017: the named month is the one before the figure's.
        func namesMonthBefore(_ period: Period?) -> Bool {
            guard case .other(let year, let month?) = self, case .month(let m)? = period?.span else { return false }
            return year * 12 + month == m.year * 12 + m.month - 1
        }
    }
}

/// Reads a quantity's role from the words around it.
struct RoleReader {
    let doc: Document
    let catalogue: Catalogue

    /// Words allowed between "tăng"/"giảm" and its number.
    static let fillers = WordSet([
        Lex.hon, Lex.gap, Lex.w("khoảng"), Lex.w("gần"), Lex.w("trên"), Lex.w("bình"), Lex.w("quân"), Lex.w("trung"),
        Lex.w("nhẹ"), Lex.w("mạnh"), Lex.w("ước"), Lex.w("đạt"), Lex.w("thêm"), Lex.w("lên"), Lex.w("khá"), Lex.w("nhanh"),
        Lex.w("nhiều"), Lex.w("nhất"), Lex.w("cao"),
        // ("giảm được 4,44% hộ nghèo": what a year achieved)
        Lex.w("được"),
    ])

    private static let capacityLeads = [Lex.p("công suất"), Lex.p("công suất thiết kế")]

    func role(of q: Quantity) -> QuantityRole {
        // "giảm 3,58 điểm phần trăm": a change in points is no relative change and no share of a plan
        if q.points {
            if case .change(let sign, _) = percentRole(of: q) { return .change(sign: sign, comparison: .unrelated) }
            return .aside
        }
        return percentRole(of: q)
    }

    private func percentRole(of q: Quantity) -> QuantityRole {
        let p = q.tokens.lowerBound
        // "(kế hoạch 2023 tăng 8% trở lên)": a year written without "năm" after a plan's word names the plan's year
        if q.unitClass == .none, q.tokens.count == 1, namesPlansYear(at: p),
           doc.isWord(p + 1, Lex.tang) || doc.isWord(p + 1, Lex.giam) || doc.isWord(p + 1, Lex.la) || doc.isWord(p + 1, Lex.dat) {
            return .aside
        }
        // "GRDP quý I (ước): +8,74%", "46.280 tỷ (+12,9%)": a signed rate is a change
        if q.unitClass == .percent, doc.isPunct(p - 1, "+") { return .change(sign: 1, comparison: comparison(after: q.tokens.upperBound)) }
        // ("tăng trưởng GRDP -15,31%": a minus glued to the rate, after a word, not a range "5-7%")
        if q.unitClass == .percent, isGluedMinus(before: p) { return .change(sign: -1, comparison: comparison(after: q.tokens.upperBound)) }
        let exceeds = doc.isWord(p - 1, Lex.vuot) || doc.isWord(p - 2, Lex.vuot) && !doc.isWord(p - 1, Lex.dat)
        // "bằng 24,17% (so với) kế hoạch": the authority may follow "so với"
        var planAt = q.tokens.upperBound
        if doc.isWord(planAt, Lex.so) { planAt += doc.isWord(planAt + 1, Lex.voi) ? 2 : 1 }
        if q.unitClass == .percent, !doc.isWord(p - 1, Lex.chiem), !doc.matchesBefore(Lex.dongGop, p),
           let m = catalogue.authorities.longestMatch(in: doc.tokens, at: planAt, limit: min(doc.count, planAt + 8)) {
            // "tăng 11% so với dự toán": 111 % of the estimate; "giảm 4% so với dự toán": 96 %
            // ("tăng trên 90% so với kế hoạch tỉnh giao": a qualifier between)
            let compared = planAt > q.tokens.upperBound
            let verb = p > 1 && Self.qualifierWords.contains(doc.tokens[p - 1].hash) ? p - 2 : p - 1
            if compared, doc.isWord(verb, Lex.tang) || doc.isWord(verb, Lex.giam) {
                let fall = doc.isWord(verb, Lex.giam)
                return .planShare(m.payload[0], pct: fall ? 100 - q.value : 100 + q.value, end: m.end, exceeds: true)
            }
            return .planShare(m.payload[0], pct: exceeds ? 100 + q.value : q.value, end: m.end, exceeds: exceeds)
        }
        // ("bằng 95% kịch bản": a share of a growth scenario, which is no estimate set by an authority)
        if q.unitClass == .percent, doc.matches(Self.kichBan, at: q.tokens.upperBound) { return .aside }
        // ("tỷ trọng khu vực nông nghiệp giảm xuống 13,96% GDP": a percent of the product is a share of it, no growth)
        if q.unitClass == .percent, q.tokens.upperBound < doc.count, !doc.tokens[q.tokens.upperBound].newlineBefore,
           Self.productNames.contains(doc.hash(q.tokens.upperBound)) { return .aside }
        if q.unitClass == .percent, goalSetThenSaid(before: p) { return .planValue }
        if q.unitClass == .money, estimateInBrackets(before: p) || overTheResult(before: p) { return .planValue }
        // "vượt chỉ tiêu Quốc hội giao 5%": the authority written between "vượt" and the number
        if q.unitClass == .percent, let (authority, _) = authorityBefore(p), doc.tokens[p - 1].kind == .word {
            return .planShare(authority, pct: 100 + q.value, end: q.tokens.upperBound, exceeds: true)
        }
        // "thu nội địa vượt mục tiêu 13.955 tỷ đồng": an amount after the plan it passes is by how much, not a level
        if q.unitClass != .percent, p > 0, doc.tokens[p - 1].kind == .word, authorityBefore(p) != nil
            || doc.matchesBefore(Self.mucTieu, p) && doc.isWord(p - 1 - Self.mucTieu.count, Lex.vuot) { return .aside }
        // ("lượng khách du lịch vượt 5,2 triệu lượt": an amount passed is the level reached, unless it is set against a
        // plan or a period, "vượt 2.000 tỷ đồng so với dự toán", by how much)
        if exceeds, !(passesAnAmount(q) && doc.isWord(p - 1, Lex.vuot)) { return .aside }
        // "chiếm 63%", "đóng góp hơn 32.000 tỷ đồng", "tương đương 1,2 tỷ USD": a share or a restatement
        var lead = p
        if lead > 0, doc.tokens[lead - 1].kind == .word, Self.qualifierWords.contains(doc.tokens[lead - 1].hash) { lead -= 1 }
        // ("chiếm tỷ trọng 13,55% GDP": the word for a share between)
        if let share = Self.shareWords.first(where: { doc.matchesBefore($0, lead) }), doc.isWord(lead - share.count - 1, Lex.chiem) { return .aside }
        // ("trong đó khách quốc tế chiếm hơn 10.500 lượt": a number of people or visits a part accounts for is its level)
        if doc.isWord(lead - 1, Lex.chiem), q.unitClass != .arrivals && q.unitClass != .visits || q.bareScale { return .aside }
        if doc.matchesBefore(Lex.dongGop, lead) || doc.matchesBefore(Lex.tuongDuong, lead) { return .aside }
        // "đón trung bình 60.000 - 70.000 lượt khách/ngày": visitors a day, a rate, not the period's count
        if q.unitClass == .arrivals || q.unitClass == .visits, countsPerDay(after: q) { return .aside }
        // "số khách … ‘chênh’ hơn 1,6 triệu lượt": the gap between two counts, no count
        if gap(before: lead) { return .aside }
        // "Trong tổng số 119 sản phẩm OCOP của tỉnh, có …": the whole a breakdown is taken from, restated
        if Self.wholeLeads.contains(where: { doc.matchesBefore($0, lead) }) { return .aside }
        // "nhà ga công suất 5 triệu hành khách/năm", "công suất thiết kế 300 phòng": what a facility can take, not a figure
        if Self.capacityLeads.contains(where: { doc.matchesBefore($0, lead) }) { return .aside }
        if isThreshold(q) || movesBetweenRatings(q) { return .aside }
        // "tăng trưởng của các tỉnh này dao động từ 10,02% đến 11,89%": a spread over several units or years, no figure
        if spreadsOverUnits(before: lead) { return .aside }
        // "thu nhập của người dân tại 6 xã đạt chuẩn …", "(còn 4 xã chưa đạt chuẩn)": units a phrase places something in,
        // or that have not yet met a standard, are no count of those that have
        if q.unitClass == .count, doc.isWord(lead - 1, Lex.tai) || notYetMet(after: q) { return .aside }
        // "tăng 3.488 tỷ đồng so với dự toán (tăng 38%)": the bracketed change restates one against the estimate
        if q.unitClass == .percent, doc.isPunct(q.tokens.upperBound, ")"), let authority = restatedPlanChange(before: p) {
            let fall = doc.isWord(p - 1, Lex.giam)
            return .planShare(authority, pct: fall ? 100 - q.value : 100 + q.value, end: q.tokens.upperBound, exceeds: true)
        }
        // "tăng từ 3 triệu đồng trở lên": a floor for an increase, not a level
        // ("GRDP tăng từ 11% trở lên" is a growth's floor, the growth itself)
        if q.unitClass != .percent, doc.isWord(p - 1, Lex.tu), doc.isWord(p - 2, Lex.tang), doc.isWord(q.tokens.upperBound, Lex.tro) { return .aside }
        if q.unitClass == .percent, let index = index(q) { return index }
        // "bằng 31,5% tổng số xã", "chiếm tỷ lệ 94,52% so với tổng số hộ nghèo": a share of a total named after it
        let after = q.tokens.upperBound
        // ("còn 31.502 hộ nghèo, chiếm tỷ lệ 8,11% tổng số hộ dân": but the share of all households the poor make is the
        // poverty rate)
        if q.unitClass == .percent, doc.isWord(after, Lex.tong) || doc.isWord(after, Lex.so) && doc.isWord(after + 1, Lex.voi) && doc.isWord(after + 2, Lex.tong),
           !sharesAllHouseholds(from: doc.isWord(after, Lex.tong) ? after : after + 2) {
            return .aside
        }
        // (or, unbracketed, after a comparison with it: "thấp hơn kế hoạch đề ra là 8 - 8,5%")
        // ("đạt 9,08%/KH 8,5-9,5%": or after a slash, a table's result over its plan)
        if let open = planOpening(before: p), doc.isPunct(open - 1, "(") || doc.isPunct(open - 1, "/") && doc.isWord(open, Lex.kh)
            || doc.isWord(open - 1, Lex.hon) && doc.matches(Lex.keHoach, at: open) && doc.isWord(p - 1, Lex.la) { return .planValue }
        // ("vượt chỉ tiêu 54 - 55 tỷ USD mà Thủ tướng giao": an amount too)
        if comparedGoal(before: p, after: q.tokens.upperBound) != nil { return .planValue }
        // "tổng mức bán lẻ … tăng khá (13,5%) so với năm 2024": a rate alone in brackets after a rise and its manner
        if q.unitClass == .percent, doc.isPunct(p - 1, "("), doc.isPunct(q.tokens.upperBound, ")"), Self.manners.contains(doc.hash(p - 2)),
           doc.isWord(p - 3, Lex.tang) || doc.isWord(p - 3, Lex.giam) {
            return .change(sign: doc.isWord(p - 3, Lex.giam) ? -1 : 1, comparison: comparison(after: q.tokens.upperBound + 1))
        }
        // walk back over fillers to tăng / giảm / gấp
        var k = p - 1
        var steps = 0
        // "có mức tăng cao nhất với 9,36%": "với" joins a rise to its value only after "mức tăng"
        var withRate = false
        while k >= 0, steps < 4, doc.tokens[k].kind == .word {
            var h = doc.tokens[k].hash
            // "đạt 200.000 tỷ đồng, tăng trưởng 13,85%": growth is a rise
            if h == Self.truong, doc.isWord(k - 1, Lex.tang), q.unitClass == .percent { k -= 1; h = Lex.tang }
            if h == Lex.tu, steps == 0, q.unitClass == .percent, doc.isWord(k - 1, Lex.giam),
               q.valueHigh != nil || doc.matches(Self.troLen, at: q.tokens.upperBound) {
                k -= 1
                steps += 1
                continue
            }
            if h == Lex.voi, steps == 0, q.unitClass == .percent {
                withRate = true
                k -= 1
                steps += 1
                continue
            }
            if withRate, h == Lex.tang || h == Lex.giam, !doc.isWord(k - 1, Self.muc) { break }
            if h == Lex.tang || h == Lex.giam || (h == Lex.gap && q.unitClass == .times) {
                // ("giảm từ 3 - 4% hộ nghèo", "giảm từ 3% trở lên": "từ" before a range or a floor is by how much, not
                // the level a fall starts from)
                let byHowMuch = doc.isWord(k + 1, Lex.tu) && k + 2 == p && (q.valueHigh != nil || doc.matches(Self.troLen, at: q.tokens.upperBound))
                if doc.isWord(k + 1, Lex.xuong) || doc.isWord(k + 1, Lex.tu) && !byHowMuch || doc.isWord(k + 1, Lex.con) { return .level }
                // ("số khách tăng lên 1,5 triệu lượt": an amount a rise goes up to is the level reached; a rate after
                // "tăng lên" may be either, and stays a change)
                if doc.isWord(k + 1, Lex.len), !doc.isWord(k + 2, Self.them), q.unitClass != .percent { return .level }
                let compared = q.unitClass == .times ? timesComparison(after: q.tokens.upperBound) : comparison(after: q.tokens.upperBound)
                return .change(sign: h == Lex.giam ? -1 : 1, comparison: compared)
            }
            guard Self.fillers.contains(h) else { break }
            k -= 1
            steps += 1
        }
        if q.unitClass == .times { return .change(sign: 1, comparison: timesComparison(after: q.tokens.upperBound)) }
        return .level
    }

    /// A "-" written against the number at `p` and apart from a word before it ("GRDP -15,31%"), or opening a bracket
    /// ("giảm sâu (-5,7%)").
    private func isGluedMinus(before p: Int) -> Bool {
        guard p >= 2, doc.isPunct(p - 1, "-"), doc.tokens[p - 1].end == doc.tokens[p].start else { return false }
        return doc.tokens[p - 2].kind == .word && doc.tokens[p - 2].end < doc.tokens[p - 1].start || doc.isPunct(p - 2, "(")
    }

    private static let truong = Lex.w("trưởng"), them = Lex.w("thêm"), ck = Lex.w("ck"), gap = Lex.w("gấp"), lan = Lex.w("lần")
    /// How a rise or fall went ("tăng khá", "giảm nhẹ"), before its rate in brackets.
    private static let manners = WordSet([Lex.w("khá"), Lex.w("mạnh"), Lex.w("nhẹ"), Lex.w("cao"), Lex.w("nhanh")])
    /// "tổng số hộ dân", "tổng số hộ trên địa bàn" from `k` (not "tổng số hộ nghèo"), after "chiếm" and a count of poor
    /// households earlier in the sentence's last few words.
    private func sharesAllHouseholds(from k: Int) -> Bool {
        guard doc.matches(Self.tongSoHo, at: k), !doc.isWord(k + Self.tongSoHo.count, Self.ngheo),
              let chiem = (max(0, k - 6)..<k).last(where: { doc.isWord($0, Lex.chiem) }) else { return false }
        return (max(0, chiem - 15)..<chiem).contains { doc.matches(Self.hoNgheo, at: $0) && doc.isNumber($0 - 1) }
    }

    private static let tongSoHo = Lex.p("tổng số hộ"), hoNgheo = Lex.p("hộ nghèo"), ngheo = Lex.w("nghèo")
    private static let productNames = WordSet([Lex.w("gdp"), Lex.w("grdp")])
    static let mucTieu = Lex.p("mục tiêu"), chiTieu = Lex.p("chỉ tiêu"), deRa = Lex.p("đề ra"), kichBan = Lex.p("kịch bản")
    private static let daoDong = Lex.p("dao động")

    /// "4 xã chưa đạt chuẩn": "chưa" within the two words after the count, before any punctuation.
    private func notYetMet(after q: Quantity) -> Bool {
        for k in q.tokens.upperBound..<min(doc.count, q.tokens.upperBound + 3) {
            if doc.tokens[k].kind == .punct { return false }
            if doc.isWord(k, Self.chua) { return true }
        }
        return false
    }

    /// "dao động từ 10,02% đến 11,89%": either end of a spread, "dao động" within a few words before, no comma between.
    private func spreadsOverUnits(before lead: Int) -> Bool {
        var k = lead - 1
        while k >= max(0, lead - 8) {
            if doc.matches(Self.daoDong, at: k) { return true }
            if doc.isPunct(k, ",") || doc.isPunct(k, ".") || doc.isPunct(k, ";") { return false }
            k -= 1
        }
        return false
    }

    /// "(kịch bản tăng trưởng: 7,87%)", "(kịch bản tăng trưởng (KBTT): 7,87%)", "(KBTT: 5,44%)": the growth scenario
    /// set for the figure, named (or abbreviated) right after the bracket opens and before the colon at `k`.
    private func scenarioOpening(before k: Int) -> Int? {
        var s = k
        if doc.isPunct(s - 1, ")"), doc.isWord(s - 2, Self.kbtt), doc.isPunct(s - 3, "(") { s -= 3 }
        if doc.isWord(s - 1, Self.kbtt), doc.isPunct(s - 2, "(") { return s - 1 }
        if doc.isWord(s - 1, Self.truong), doc.isWord(s - 2, Lex.tang) { s -= 2 }
        guard doc.matchesBefore(Self.kichBan, s), doc.isPunct(s - Self.kichBan.count - 1, "(") else { return nil }
        return s - Self.kichBan.count
    }

    private static let kbtt = Lex.w("KBTT")

    /// Where the goal a rate is measured against opens, when its value follows it unbracketed: "vượt chỉ
    /// tiêu 8,2% mà Nghị quyết … đề ra", "thấp hơn mục tiêu 9% đề ra", "vượt kịch bản tăng trưởng 8,5% đề
    /// ra", "tuy chưa đạt kế hoạch 12%". After "vượt" the goal's value must be named as set ("đề ra", "mà",
    /// "của"): "vượt kế hoạch 5%" exceeds the plan by 5 %.
    func comparedGoal(before p: Int, after end: Int) -> Int? {
        var k = p
        if doc.isWord(k - 1, Self.truong), doc.isWord(k - 2, Lex.tang) { k -= 2 } else if doc.isWord(k - 1, Lex.tang) { k -= 1 }
        // ("vượt mục tiêu đề ra 6,7%": the goal named as set before its value)
        let setBefore = doc.matchesBefore(Self.deRa, k)
        if setBefore { k -= Self.deRa.count }
        guard let goal = [Self.mucTieu, Self.chiTieu, Self.kichBan, Lex.keHoach].first(where: { doc.matchesBefore($0, k) }) else { return nil }
        let open = k - goal.count
        let named = setBefore || doc.matches(Self.deRa, at: end) || doc.isWord(end, Self.ma) || doc.isWord(end, Lex.cua)
        let clauseEnds = end >= doc.count || doc.isPunct(end, ",") || doc.isPunct(end, ".") || doc.isPunct(end, ";") || doc.isWord(end, Self.nhung)
        // ("vượt mức kế hoạch đề ra 10%": the goal's "level")
        let lead = doc.isWord(open - 1, Self.muc) ? open - 1 : open
        if doc.isWord(lead - 1, Lex.vuot) { return named ? open : nil }
        let compared = doc.isWord(lead - 1, Lex.hon) || doc.isWord(lead - 1, Lex.dat) && doc.isWord(lead - 2, Self.chua)
            || doc.isWord(lead - 1, Lex.voi) && doc.isWord(lead - 2, Lex.so)
        return compared && (named || clauseEnds) ? open : nil
    }

    private static let ca = Lex.w("cả"), ma = Lex.w("mà"), chua = Lex.w("chưa"), nhung = Lex.w("nhưng"), muc = Lex.w("mức")
    private static let khoang = Lex.w("khoảng")

    /// "vượt chỉ tiêu Nghị quyết HĐND tỉnh giao là giảm 3,5%", "so với kế hoạch đề ra là tăng 7%": a goal
    /// named as set ("giao", "đề ra") and set against a figure before it, then its value after "là".
    private func goalSetThenSaid(before p: Int) -> Bool {
        var said = p
        if doc.isWord(said - 1, Lex.tang) || doc.isWord(said - 1, Lex.giam) { said -= 1 }
        // ("vượt chỉ tiêu Quốc hội giao trong khoảng 6,6-6,8%", "… giao từ 6,5%": or a range or an approximation said after it)
        guard doc.isWord(said - 1, Lex.la) || doc.isWord(said - 1, Lex.tu) || doc.isWord(said - 1, Self.khoang) else { return false }
        if doc.isWord(said - 1, Self.khoang), doc.isWord(said - 2, Lex.trong) { said -= 1 }
        let set = doc.isWord(said - 2, Lex.giao) ? said - 2 : doc.matchesBefore(Self.deRa, said - 1) ? said - 1 - Self.deRa.count : nil
        guard let set, let goal = (max(0, set - 10)..<set).last(where: { k in
            [Self.chiTieu, Lex.keHoach, Self.mucTieu].contains { doc.matches($0, at: k) } }) else { return false }
        // (set against a figure stated before it: "Chỉ tiêu … được HĐND tỉnh giao là 7%" opening a sentence is the plan itself)
        let compared = doc.isWord(goal - 1, Lex.vuot) || doc.isWord(goal - 1, Lex.hon) || doc.isWord(goal - 1, Lex.dat)
            || doc.isWord(goal - 1, Lex.voi) && doc.isWord(goal - 2, Lex.so)
        return compared && !(goal..<set).contains { doc.isNumber($0) && !PeriodScanner.isYear(doc.integer($0)) || doc.tokens[$0].kind == .punct }
    }

    /// Whether "so" follows the number at `p` before its bracket closes: "(tăng 53% so cùng kỳ)".
    private func comparedInBracket(after p: Int) -> Bool {
        var k = p + 1
        while k < doc.count, k - p <= 8, !doc.isPunct(k, ")") {
            if doc.isWord(k, Lex.so) { return true }
            k += 1
        }
        return false
    }

    /// A four-digit year right after "kế hoạch" or "KH", at `k`: the plan's year, written without "năm".
    private func namesPlansYear(at k: Int) -> Bool {
        PeriodScanner.isYear(doc.integer(k)) && doc.bytes(k).count == 4 && (doc.matchesBefore(Lex.keHoach, k) || doc.isWord(k - 1, Lex.kh))
    }

    /// Where "kế hoạch" / "KH" opens a bracketed plan value ending at `p`: "(kế hoạch là 1.500 tỷ đồng)",
    /// "(KH 87-88 triệu đồng)", "(KH tăng 10-11%)", "(kịch bản là 9%)".
    private func planOpening(before p: Int) -> Int? {
        var k = p
        if doc.isWord(k - 1, Lex.tang) || doc.isWord(k - 1, Lex.giam) || doc.isWord(k - 1, Lex.la) || doc.isWord(k - 1, Lex.dat) { k -= 1 }
        // "(kế hoạch năm 2023 đạt 195.855 tỷ đồng)": the plan's year between
        if PeriodScanner.isYear(doc.integer(k - 1)), doc.isWord(k - 2, Lex.nam) { k -= 2 }
        // ("(kế hoạch 2023 tăng 8% trở lên)": the year written without "năm")
        else if namesPlansYear(at: k - 1) { k -= 1 }
        // "(kế hoạch năm tăng 11%)": the year's plan, its year unsaid
        else if doc.isWord(k - 1, Lex.nam), doc.matchesBefore(Lex.keHoach, k - 1) { k -= 1 }
        // "(KH cả năm 8,3%)", "(kế hoạch cả năm tăng 8,5%)": the whole year's
        else if doc.isWord(k - 1, Lex.nam), doc.isWord(k - 2, Lex.ca),
                doc.matchesBefore(Lex.keHoach, k - 2) || doc.isWord(k - 3, Lex.kh) { k -= 2 }
        // "(KH: 10%)", "(NQ HĐND tỉnh: 8,5%)": a colon after the plan's name
        let colon = doc.isPunct(k - 1, ":")
        if colon { k -= 1 }
        if colon, let scenario = scenarioOpening(before: k) { return scenario }
        if doc.matchesBefore(Lex.keHoach, k) { return k - Lex.keHoach.count }
        if doc.isWord(k - 1, Lex.kh) { return k - 1 }
        // "thấp hơn kế hoạch đề ra là 8 - 8,5%": the plan set, then its value
        if doc.matchesBefore(Self.deRa, k), doc.matchesBefore(Lex.keHoach, k - Self.deRa.count) {
            return k - Self.deRa.count - Lex.keHoach.count
        }
        // "thấp hơn nhiều so với kế hoạch (8 - 8,5%)": the plan's value in brackets right after its name
        // (the bracket may say the change: "chưa đạt kế hoạch cả năm (tăng 8,5 - 9%)")
        let changeSaid = doc.isWord(p - 1, Lex.tang) || doc.isWord(p - 1, Lex.giam)
        // (not a change set against another period: "đạt 111% kế hoạch năm (tăng 53% so cùng kỳ năm 2021)")
        // ("thấp hơn chỉ tiêu đề ra (khoảng 8-8,5%)": or how near it is)
        let qualified = p >= 2 && doc.tokens[p - 1].kind == .word && Self.qualifierWords.contains(doc.tokens[p - 1].hash)
        let bracket = (changeSaid && !comparedInBracket(after: p) || qualified) && doc.isPunct(p - 2, "(") ? p - 2 : p - 1
        if doc.isPunct(bracket, "("), doc.matchesBefore(Lex.keHoach, bracket) { return bracket + 1 }
        // "(mục tiêu 7%/năm)", "(mục tiêu Nghị quyết 7%/năm)", "(mục tiêu NQ HĐND tỉnh: 8%)": the goal set for it
        var goal = k
        if doc.isWord(goal - 1, Lex.tinhWord), doc.isWord(goal - 2, Lex.hdnd) { goal -= 2 }
        if doc.isWord(goal - 1, Lex.nq) { goal -= 1 } else if doc.matchesBefore(Lex.nghiQuyet, goal) { goal -= Lex.nghiQuyet.count }
        if doc.matchesBefore(Self.mucTieu, goal), doc.isPunct(goal - Self.mucTieu.count - 1, "(") { return goal - Self.mucTieu.count }
        // "(Nghị quyết 8 - 8,5%)", "(NQ HĐND tỉnh 28 xã)": the resolution's value, in brackets after its name
        if goal < k, !colon, doc.isPunct(goal - 1, "("), doc.isWord(goal, Lex.nq) || doc.matches(Lex.nghiQuyet, at: goal) { return goal }
        // "bằng 72% kế hoạch năm (15,5 triệu lượt)": the plan named right before the bracket
        if doc.isPunct(bracket, "("), doc.isWord(bracket - 1, Lex.nam) {
            let year = doc.isWord(bracket - 2, Self.ca) ? bracket - 2 : bracket - 1
            if doc.matchesBefore(Lex.keHoach, year) { return bracket + 1 }
        }
        // "thấp hơn chỉ tiêu Nghị quyết HĐND tỉnh đề ra (8,5 - 9%)", "vượt kế hoạch đề ra (34 triệu đồng)": the
        // value of the goal just named, in brackets after "đề ra"
        if doc.isPunct(bracket, "("), doc.matchesBefore(Self.deRa, bracket) {
            let named = max(0, bracket - 11)..<(bracket - Self.deRa.count)
            // ("thấp hơn kịch bản tăng trưởng 9 tháng đề ra (6,5%)": a growth scenario set for it)
            // ("thấp hơn mục tiêu Nghị quyết HĐND tỉnh đề ra (6,5%)": a goal set for it)
            if named.contains(where: { doc.matches(Self.chiTieu, at: $0) || doc.matches(Lex.keHoach, at: $0) || doc.matches(Self.kichBan, at: $0)
                || doc.matches(Self.mucTieu, at: $0) }) { return bracket + 1 }
        }
        // "bằng 37,6% dự toán HĐND thành phố giao (83.846 tỷ đồng)", "cao hơn mức Trung ương giao (14.280 tỷ đồng)":
        // the estimate an authority set, in brackets right after it is named
        // ("vượt chỉ tiêu Nghị quyết HĐND tỉnh giao (giảm 4%)": the change set)
        // ("bằng 38,7% dự toán (1.000 tỷ đồng)": the estimate named right before its bracket)
        if doc.isPunct(bracket, "("), doc.matchesBefore(Lex.duToan, bracket), !changeSaid { return bracket + 1 }
        if doc.isPunct(bracket, "("), doc.isWord(bracket - 1, Lex.giao),
           let named = (max(0, bracket - 9)..<(bracket - 1)).last(where: { doc.matches(Lex.duToan, at: $0) || doc.isWord($0, Self.muc) || doc.matches(Self.chiTieu, at: $0) }),
           !(named..<(bracket - 1)).contains(where: { doc.isNumber($0) && !PeriodScanner.isYear(doc.integer($0)) || doc.tokens[$0].kind == .punct }) {
            return bracket + 1
        }
        // "(Nghị quyết đề ra 12 - 13%/năm)": the resolution's goal
        if doc.matchesBefore(Self.deRa, k), doc.matchesBefore(Lex.nghiQuyet, k - Self.deRa.count) || doc.isWord(k - Self.deRa.count - 1, Lex.nq),
           let open = (max(0, k - 12)..<k).last(where: { doc.isPunct($0, "(") }), !(open..<k).contains(where: { doc.isPunct($0, ")") }) {
            return open + 1
        }
        // "thấp hơn kịch bản tăng trưởng 6 tháng của thành phố (8,7%)": the value of a goal named, and set against,
        // right before its bracket (its words may count months, not values)
        if doc.isPunct(p - 1, "("), let goal = (max(0, p - 12)..<(p - 1)).last(where: { k in
               [Self.kichBan, Self.chiTieu, Lex.keHoach].contains { doc.matches($0, at: k) } }),
           doc.isWord(goal - 1, Lex.hon) || doc.isWord(goal - 1, Lex.vuot) || doc.isWord(goal - 1, Lex.voi) && doc.isWord(goal - 2, Lex.so),
           !(goal..<(p - 1)).contains(where: { doc.isNumber($0) && !doc.isWord($0 + 1, Lex.thang) || doc.isPunct($0, ")") }) {
            return p
        }
        // "(chỉ tiêu giảm 3%)": the figure set for it; "(kịch bản là 9%)": the growth scenario set for it
        if doc.matchesBefore(Self.chiTieu, k), doc.isPunct(k - Self.chiTieu.count - 1, "(") { return k - Self.chiTieu.count }
        if doc.matchesBefore(Self.kichBan, k), doc.isPunct(k - Self.kichBan.count - 1, "(") { return k - Self.kichBan.count }
        // "(NQ: 31 triệu đồng)", "(Nghị quyết HĐND tỉnh: 8,5%)": the council's resolution sets the plan
        guard colon else { return nil }
        if doc.isWord(k - 1, Lex.tinhWord) || doc.matchesBefore(Lex.thanhPho, k) { k -= doc.isWord(k - 1, Lex.tinhWord) ? 1 : 2 }
        if doc.isWord(k - 1, Lex.hdnd) { k -= 1 }
        if doc.isWord(k - 1, Lex.nq) { return k - 1 }
        if doc.matchesBefore(Lex.nghiQuyet, k) { return k - Lex.nghiQuyet.count }
        return nil
    }

    /// "(Trung ương giao: 13.400 tỷ đồng; HĐND tỉnh giao 16.300 tỷ đồng)": an amount an authority assigned, each an item of
    /// a bracket (the item's few words end in "giao"), is that authority's estimate.
    /// "ước đạt 45 tỷ đồng/90 tỷ đồng (kế hoạch)": an amount written after a slash that closes another amount is the
    /// plan the result is set over, as a table's "thực hiện/kế hoạch" column writes it.
    private func overTheResult(before p: Int) -> Bool {
        guard doc.isPunct(p - 1, "/"), p >= 3, doc.tokens[p - 2].kind == .word, !doc.tokens[p - 1].newlineBefore else { return false }
        return doc.isNumber(p - 3) || doc.isNumber(p - 4) && doc.tokens[p - 3].kind == .word
    }

    private func estimateInBrackets(before p: Int) -> Bool {
        var k = p
        if doc.isPunct(k - 1, ":") { k -= 1 }
        guard doc.isWord(k - 1, Lex.giao) else { return false }
        var j = k - 2
        while j >= 0, k - j <= 8, doc.tokens[j].kind == .word { j -= 1 }
        guard j >= 0, j < k - 2, doc.isPunct(j, "(") || doc.isPunct(j, ";") else { return false }
        // (an item after a semicolon, inside a bracket still open)
        var d = j
        while d >= 0, j - d <= 40, !doc.isPunct(d, ")") {
            if doc.isPunct(d, "(") { return true }
            d -= 1
        }
        return false
    }

    /// "bằng 95% so với cùng kỳ", "tốc độ phát triển ... đạt 108,84%": an index on a base of 100.
    private func index(_ q: Quantity) -> QuantityRole? {
        let p = q.tokens.lowerBound
        var k = p - 1
        while k >= 0, p - k <= 3, doc.tokens[k].kind == .word, Self.fillers.contains(doc.tokens[k].hash) { k -= 1 }
        if doc.isWord(k, Lex.bang), doc.isWord(after(q), Lex.so) { return .index(comparison: comparison(after: q.tokens.upperBound)) }
        // ("bằng 96% cùng kỳ 2020": the same period named without "so với")
        if doc.isWord(k, Lex.bang), doc.matches(Lex.cungKy, at: q.tokens.upperBound) { return .index(comparison: .previousYear) }
        guard q.value >= 50 && q.value <= 300 else { return nil }
        var j = p - 1
        while j >= 0, p - j <= 30 {  // ("tốc độ phát triển tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2023 ước đạt 105,62%")
            if doc.tokens[j].kind == .punct, doc.tokens[j].first != UInt8(ascii: "("), doc.tokens[j].first != UInt8(ascii: ")") { break }
            if doc.matches(Lex.tocDoPhatTrien, at: j) || doc.matches(Lex.chiSoPhatTrien, at: j) {
                return .index(comparison: comparison(after: q.tokens.upperBound))
            }
            j -= 1
        }
        return nil
    }

    /// The token after a quantity, past one comma.
    private func after(_ q: Quantity) -> Int {
        doc.isPunct(q.tokens.upperBound, ",") ? q.tokens.upperBound + 1 : q.tokens.upperBound
    }

    /// "… so với dự toán (tăng|giảm X%)": the authority of the comparison the bracket restates.
    private func restatedPlanChange(before p: Int) -> Authority? {
        guard doc.isWord(p - 1, Lex.tang) || doc.isWord(p - 1, Lex.giam), doc.isPunct(p - 2, "(") else { return nil }
        var k = p - 3
        while k > 0, p - k <= 10 {
            if doc.isWord(k, Lex.voi) || doc.isWord(k, Lex.so), let m = catalogue.authorities.longestMatch(in: doc.tokens, at: k + 1, limit: p - 2),
               m.end == p - 2 {
                return m.payload[0]
            }
            k -= 1
        }
        return nil
    }

    /// An authority phrase ending right before `p` that "vượt" opens.
    private func authorityBefore(_ p: Int) -> (Authority, Int)? {
        var k = p - 1
        while k > 0, p - k <= 8 {
            if doc.isWord(k - 1, Lex.vuot), let m = catalogue.authorities.longestMatch(in: doc.tokens, at: k, limit: p), m.end == p {
                return (m.payload[0], k)
            }
            k -= 1
        }
        return nil
    }

    /// Approximation words between a verb and its number ("khoảng", "gần", "hơn", "trên", "xấp xỉ").
    static let qualifierWords = WordSet([Lex.hon, Lex.w("khoảng"), Lex.w("gần"), Lex.w("trên"), Lex.w("xấp"), Lex.w("xỉ")])

    /// Nouns that count places: "12 địa phương", "5 tỉnh", "8 huyện".
    private static let placeNouns = [Lex.p("địa phương"), Lex.p("tỉnh"), Lex.p("huyện"), Lex.p("thành phố"), Lex.p("xã")]

    private static let deu = Lex.w("đều")

    /// "có 20 tỉnh, thành phố có 100% số xã đạt chuẩn": a share that a number of places each have, not a place's figure.
    private func countedPlacesHave(before p: Int) -> Bool {
        for k in max(0, p - 10)..<p where doc.tokens[k].kind == .number && !PeriodScanner.isYear(doc.integer(k)) {
            guard let noun = Self.placeNouns.first(where: { doc.matches($0, at: k + 1) }) else { continue }
            var j = k + 1 + noun.count
            if doc.isPunct(j, ","), let second = Self.placeNouns.first(where: { doc.matches($0, at: j + 1) }) { j += 1 + second.count }
            if j < p, doc.isWord(j, Lex.co) { return true }
        }
        return false
    }
    /// Words that stand for a number of places: "các", "một số", "nhiều" ("một số địa phương có mức tăng trưởng trên 10%").
    private static let severalWords = [[Lex.cac], Lex.p("một số"), [Lex.w("nhiều")]]

    /// An amount of visitors, money or things with nothing after it that sets it against a plan or a period.
    private func passesAnAmount(_ q: Quantity) -> Bool {
        guard q.unitClass == .arrivals || q.unitClass == .money || q.unitClass == .count || q.unitClass == .visits else { return false }
        let k = q.tokens.upperBound
        return !doc.isWord(k, Lex.so) && !doc.isWord(k, Lex.hon)
            && catalogue.authorities.longestMatch(in: doc.tokens, at: k, limit: min(doc.count, k + 8)) == nil
    }

    private static let thanh = Lex.w("thành")
    private static let shareWords = [Lex.p("tỷ trọng"), Lex.p("tỉ trọng"), Lex.p("tỷ lệ"), Lex.p("tỉ lệ")]
    private static let wholeLeads = [Lex.p("trong tổng số"), Lex.p("trong số"), Lex.p("trên tổng số")]

    /// Bound words that make a number a threshold when counted subjects pass it.
    private static let bounds = WordSet([Lex.w("trên"), Lex.w("dưới"), Lex.hon, Lex.tu])

    private static let can = Lex.w("cán"), cham = Lex.w("chạm")
    /// What a year achieved, before the year a change is set against ("so với (ước) thực hiện năm 2017"), longest first.
    private static let achievedIn = [Lex.p("ước thực hiện"), Lex.p("thực hiện")]

    /// A value of at most two significant digits (8, 100.000, 1,5): a mark more often than a measurement.
    static func isRound(_ value: Double) -> Bool {
        guard value > 0, value.isFinite else { return true }
        var v = value
        while v >= 100 { v /= 10 }
        while v < 10 { v *= 10 }
        return abs(v - v.rounded()) < 1e-6
    }

    /// "nâng 1 sản phẩm 4 sao lên 5 sao", "5 sản phẩm từ 3 sao lên 4 sao": things moved from one rating to
    /// another, no count of those at either.
    func movesBetweenRatings(_ q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        if doc.isWord(k, Lex.tu) { k += 1 }
        return q.unitClass == .count && doc.integer(k) != nil && doc.isWord(k + 1, Lex.sao) && doc.isWord(k + 2, Lex.len)
    }

    /// ", đạt 142% dự toán", " bằng 104% kế hoạch": a share of an estimate or a plan right after the quantity.
    private func sharesOfPlanFollow(_ q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        if doc.isPunct(k, ",") { k += 1 }
        guard doc.isWord(k, Lex.dat) || doc.isWord(k, Lex.bang), doc.isNumber(k + 1), doc.isPunct(k + 2, "%") else { return false }
        return doc.matches(Lex.duToan, at: k + 3) || doc.matches(Lex.keHoach, at: k + 3)
    }

    /// "… lượt khách/ngày", "… lượt/ngày đêm": a count per day right after the quantity.
    private func countsPerDay(after q: Quantity) -> Bool {
        var k = q.tokens.upperBound
        if doc.isWord(k, Lex.khach) { k += 1 }
        return doc.isPunct(k, "/") && (doc.isWord(k + 1, Lex.ngay) || doc.isWord(k + 1, Self.dem) || doc.isWord(k + 1, Self.tuan))
    }

    /// "chênh (lệch)" right before token `lead` (past a closing quotation mark): a difference.
    private func gap(before lead: Int) -> Bool {
        var k = lead - 1
        if k >= 0, doc.tokens[k].kind == .punct, Self.closingQuotes.contains(doc.original(k..<(k + 1))) { k -= 1 }
        return doc.isWord(k, Self.chenh) || doc.isWord(k, Self.lech) && doc.isWord(k - 1, Self.chenh)
    }

    private static let dem = Lex.w("đêm"), tuan = Lex.w("tuần"), chenh = Lex.w("chênh"), lech = Lex.w("lệch")
    private static let closingQuotes: Set<String> = ["’", "”", "\"", "'"]

    /// "có 8 huyện đạt tỷ lệ ... trên 70%": a bound that a number of places or units pass, not a
    /// figure. The clause counts its subjects ("có N ...") and the value follows a bound word.
    func isThreshold(_ q: Quantity) -> Bool {
        let p = q.tokens.lowerBound
        // "tiến sát mốc 8%", "vượt ngưỡng 10%": a mark passed or neared, no figure
        // ("đã cán mốc 103.619 tỷ đồng": a mark reached, written to the unit, is the level reached)
        if doc.isWord(p - 1, Self.moc), doc.isWord(p - 2, Self.can) || doc.isWord(p - 2, Self.cham), !Self.isRound(q.value) { return false }
        // ("dự kiến đạt mốc 100.000 tỷ đồng, đạt 142% dự toán Thủ tướng Chính phủ giao": a mark reached, set against the
        // estimate right after it, is the level reached, however round)
        if doc.isWord(p - 1, Self.moc), doc.isWord(p - 2, Lex.dat), q.unitClass == .money, sharesOfPlanFollow(q) { return false }
        if doc.isWord(p - 1, Self.moc) || doc.isWord(p - 1, Self.nguong) { return true }
        if q.unitClass == .percent, countedPlacesHave(before: p) { return true }
        // ("20 xã đạt từ 10 – 14 tiêu chí": or the count of criteria a number of communes reach)
        guard q.unitClass == .percent || q.unitClass == .money || q.unitClass == .count, p > 0, doc.tokens[p - 1].kind == .word,
              Self.bounds.contains(doc.tokens[p - 1].hash) else { return false }
        var k = p - 2
        var has = false
        // ("có 16/34 địa phương trong cả nước có mức tăng trưởng GRDP đạt từ 8% trở lên": the count may stand far back)
        while k > 0, p - k <= 18 {
            let t = doc.tokens[k]
            if doc.isWord(k, Lex.co) { has = true }
            // ("51/63 địa phương có tốc độ tăng GRDP … từ 7% trở lên": a count of places before "có")
            if t.kind == .punct, t.first == UInt8(ascii: "/"), doc.isNumber(k - 1), doc.isNumber(k + 1) { k -= 1; continue }
            // ("có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 1 tỷ USD": two kinds of place counted together)
            // ("nhóm 16 tỉnh, thành có số thu ngân sách từ 10.000-20.000 tỷ đồng": "thành" short for "thành phố")
            if doc.isPunct(k, ","), Self.placeNouns.contains(where: { doc.matches($0, at: k + 1) }) || doc.isWord(k + 1, Self.thanh) { k -= 1; continue }
            if t.kind == .punct, t.first != UInt8(ascii: "(") && t.first != UInt8(ascii: ")") { return false }
            if t.kind == .number, doc.isWord(k - 1, Lex.co) || has && doc.isPunct(k + 1, "/"), doc.tokens[k + 1].kind == .word || doc.isPunct(k + 1, "/"),
               !PeriodScanner.isYear(doc.integer(k)) {
                return true
            }
            // ("12 địa phương tăng trên 9%", "14 huyện có tỷ lệ hộ nghèo trên 50%": a number of places whose rates pass it)
            // ("các địa phương (18 địa phương) có mức tăng trưởng … trên 8%", "các địa phương … đều đạt … từ 8% trở lên":
            // places counted in brackets, or all of them)
            if t.kind == .number || Self.severalWords.contains(where: { doc.matchesBefore($0, k + 1) }), let noun = Self.placeNouns.first(where: { doc.matches($0, at: k + 1) }),
               t.kind == .word || !PeriodScanner.isYear(doc.integer(k)) {
                var verb = k + 1 + noun.count
                // ("còn 13 tỉnh, thành phố có kim ngạch xuất khẩu từ 1 tỷ USD trở lên": two kinds of place counted together)
                if doc.isPunct(verb, ","), let other = Self.placeNouns.first(where: { doc.matches($0, at: verb + 1) }) {
                    verb += 1 + other.count
                } else if doc.isPunct(verb, ","), doc.isWord(verb + 1, Self.thanh) {
                    verb += 2
                }
                if doc.isPunct(verb, ")") { verb += 1 }
                if doc.isWord(verb, Lex.tang) || doc.isWord(verb, Lex.giam) || doc.isWord(verb, Lex.co) || doc.isWord(verb, Lex.dat) && verb + 1 == p - 1
                    || t.kind == .word && (verb..<min(p, verb + 5)).contains(where: { doc.isWord($0, Self.deu) || doc.isPunct($0, "(") }) { return true }
            }
            k -= 1
        }
        return false
    }

    /// "gấp 3 lần mục tiêu", "gấp 2 lần năm 2015", "gấp 1,5 lần so với cùng kỳ": what a ratio compares with
    /// is written straight after it; a noun there that is no period is no year-on-year comparison.
    private func timesComparison(after j: Int) -> QuantityRole.Comparison {
        // ("tăng 6,6 lần (về) tổng lượt khách": the indicator it multiplies, not what it compares with)
        let named = doc.isWord(j, Lex.ve) ? j + 1 : j
        if j < doc.count, doc.tokens[j].kind == .word, !doc.isWord(j, Lex.so), !doc.isWord(j, Lex.nam), !doc.matches(Lex.cungKy, at: j),
           catalogue.cues.longestMatch(in: doc.tokens, at: named, limit: min(doc.count, named + 8)) == nil {
            return .unrelated
        }
        return comparison(after: j)
    }

    /// The year written right after a month's or quarter's number at `k` ("I/2019", "3 năm 2019", "3-2019").
    private func yearClosingPeriod(after k: Int) -> Int? {
        guard k < doc.count, doc.tokens[k].kind == .number || doc.tokens[k].kind == .word else { return nil }
        var j = k + 1
        if doc.isPunct(j, "/") || doc.isPunct(j, "-") { j += 1 } else if doc.isWord(j, Lex.nam) { j += 1 } else { return nil }
        guard let y = doc.integer(j), PeriodScanner.isYear(y), doc.bytes(j).count == 4 else { return nil }
        return y
    }

    private static let moc = Lex.w("mốc"), nguong = Lex.w("ngưỡng"), troLen = Lex.p("trở lên")

    /// "So với quý I-2023, tổng mức bán lẻ … quý II đã tăng 13%": the comparison a sentence opens with, for a change
    /// at `j` with none of its own.
    private func frontedComparison(before j: Int) -> QuantityRole.Comparison? {
        let index = doc.sentenceIndex(of: max(0, j - 1))
        guard index < doc.sentences.count else { return nil }
        let start = doc.sentences[index].lowerBound
        guard start < j, doc.isWord(start, Lex.so), doc.isWord(start + 1, Lex.voi) else { return nil }
        return comparison(after: start)
    }

    /// "so với cùng kỳ (năm trước)", "so tháng trước", "so với năm 2015".
    /// "… tăng 8% so với quý trước và tăng 24,3% so với cùng kỳ năm trước, trong đó doanh thu bán lẻ hàng hóa tăng 2,3%
    /// và tăng 12,8%": the first of two bare changes joined by "và" (the change ending before `j`) takes the first of
    /// two comparisons the sentence wrote out in that order, against the period before.
    private func pairsComparisonsBefore(_ j: Int) -> Bool {
        guard doc.isWord(j, Lex.va), doc.isWord(j + 1, Lex.tang) || doc.isWord(j + 1, Lex.giam) || doc.isWord(j + 1, Self.gap) else { return false }
        var k = j - 1
        var yearBefore = false
        while k >= max(0, j - 80), !doc.isPunct(k, ".") {
            if doc.isWord(k, Lex.so), doc.isWord(k + 1, Lex.voi) {
                if doc.matches(Lex.cungKy, at: k + 2) { yearBefore = true }
                if yearBefore, doc.isWord(k + 2, Lex.thang) || doc.isWord(k + 2, Lex.quy), doc.isWord(k + 3, Lex.truoc) { return true }
            }
            k -= 1
        }
        return false
    }

    func comparison(after j: Int) -> QuantityRole.Comparison {
        var k = j
        // "tăng 1,18 lần (tương đương 17,5 nghìn tỷ) so với năm 2019": an aside in brackets between the change
        // and what it compares with
        if doc.isPunct(k, "("), !doc.isWord(k + 1, Lex.so),
           let close = (k + 1..<min(doc.count, k + 15)).first(where: { doc.isPunct($0, ")") || doc.isPunct($0, "(") }),
           doc.isPunct(close, ")"), doc.isWord(close + 1, Lex.so) {
            k = close + 1
        }
        // "tăng gấp 1,7 lần, thu ngân sách gấp 2,8 lần so với đầu nhiệm kỳ": multiples listed together share the
        // comparison written after the last
        if doc.isPunct(k, ","), let next = (k + 1..<min(doc.count, k + 8)).first(where: { doc.isWord($0, Self.gap) }),
           !(k + 1..<next).contains(where: { doc.tokens[$0].kind == .punct || doc.isNumber($0) }),
           doc.isNumber(next + 1), doc.isWord(next + 2, Self.lan), doc.isWord(next + 3, Lex.so) {
            return comparison(after: next + 3)
        }
        if doc.isPunct(k, ",") || doc.isPunct(k, "(") { k += 1 }
        // "gấp 2 lần năm 2015": a year named straight after the change
        if doc.isWord(k, Lex.nam), let y = doc.integer(k + 1), PeriodScanner.isYear(y) { return .other(year: y) }
        guard doc.isWord(k, Lex.so) else {
            if pairsComparisonsBefore(j) { return .previousMonth }
            return frontedComparison(before: j) ?? .previousYear
        }
        k += 1
        if doc.isWord(k, Lex.voi) { k += 1 }
        if doc.isWord(k, Lex.so) { k += 1 }  // "so với so cùng kỳ": a typo'd repeat
        // "so với thực hiện năm 2017", "so với ước thực hiện năm 2013": what was achieved in that year
        if let achieved = Self.achievedIn.first(where: { doc.matches($0, at: k) }) { k += achieved.count }
        // "so với dịp Tết năm trước", "so với dịp lễ 2/9 năm 2024": the same holiday, named
        while doc.tokens.indices.contains(k), doc.tokens[k].kind == .word, PeriodScanner.holidayNames.contains(doc.tokens[k].hash) { k += 1 }
        // "so với Tết Mậu Tuất 2018": the lunar year named before its number
        if doc.isWord(k - 1, Lex.tet), LunarYearName.starts(at: k, in: doc) { k += 2 }
        if doc.isNumber(k), doc.isPunct(k + 1, "/"), doc.isNumber(k + 2), doc.isWord(k + 3, Lex.nam) { k += 3 }
        // "so với tháng cùng kỳ năm trước" is the same month a year before
        if doc.isWord(k, Lex.thang), doc.matches(Lex.cungKy, at: k + 1) { return .previousYear }
        // ("so với quý I/2019", "so với tháng 3 năm 2019": that period of a named year)
        if doc.isWord(k, Lex.thang) || doc.isWord(k, Lex.quy) {
            if let y = yearClosingPeriod(after: k + 1) { return .other(year: y, month: doc.isWord(k, Lex.thang) ? doc.integer(k + 1) : nil) }
            return .previousMonth
        }
        // ("so CK": the same period, abbreviated)
        if doc.matches(Lex.cungKy, at: k) || doc.isWord(k, Lex.ky) || doc.isWord(k, Self.ck) { return .previousYear }
        if doc.isWord(k, Lex.cuoi) { return .other(year: 0) }
        if doc.isWord(k, Lex.nam) {
            if let y = doc.integer(k + 1), PeriodScanner.isYear(y) { return .other(year: y) }
            return .previousYear
        }
        if doc.isNumber(k), let y = doc.integer(k), PeriodScanner.isYear(y) { return .other(year: y) }
        // "so với 6 tháng đầu năm 2024", "so với hai quý đầu năm 2024": the same part of the year before
        if doc.isNumber(k) || PeriodScanner.spelledCounts[doc.hash(k)] != nil || doc.isWord(k, Lex.sau),
           doc.isWord(k + 1, Lex.thang) || doc.isWord(k + 1, Lex.quy) { return .previousYear }
        // a text cut off after "so với" most often meant the same period a year before
        return k >= doc.count || doc.tokens[k].kind == .punct ? .previousYear : .unrelated
    }
}
