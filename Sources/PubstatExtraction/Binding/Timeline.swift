import PubstatModel

/// Periods and cut-off dates in document order, resolved against the bulletin's own year:
/// a period without a year takes the year of the last period that stated one.
struct Timeline: Sendable {
    let mentions: [PeriodMention]
    /// Resolved period of each mention (nil when it cannot be resolved).
    let resolved: [Period?]
    /// Indices of statement mentions, in order.
    let statements: [Int]
    let dates: [DateMention]
    /// For each statement position, the last span mention at or before it.
    let spanUpTo: [Int?]
    let referenceYear: Int?
    /// For a statement that looks back to a year before the running period ("Năm 2024, hai địa phương
    /// đón …" in a report on 2025), or singles out a part of it ("Riêng quý IV/2025, GRDP …" in a report
    /// on 2025), the statement whose period it interrupts: the sentences after the
    /// look-back's own go back to that period. A running period is one stated with figures and over
    /// when the text was written (a headline's "bước vào năm mới 2021" frames nothing to go back to).
    let resumes: [Int: Int]

    /// - Parameter referenceMonth: the month of writing, when known: "năm qua" written in the first half of
    ///   a year is the year before.
    /// - Parameter figureless: whether the sentence of a token states no number; there a year that only
    ///   contains the running period ("Năm 2023, du lịch … hứa hẹn khởi sắc" after a holiday week of
    ///   2023) does not replace it.
    /// - Parameter afterSamePeriod: whether the mention starting at a token follows "cùng kỳ" ("so với cùng
    ///   kỳ năm 2024"): the year an undated part of a year is compared with is the one before its own.
    /// - Parameter sameSentence: whether two tokens stand in one sentence.
    /// - Parameter figurelessAfter: whether no number follows a token in its sentence.
    /// - Parameter yearInProgress: the year an undated text reports part of (its "năm nay").
    /// - Parameter aimsAhead: given when the year of writing is inferred, not dated: whether the sentence
    ///   of a token sets a target or a plan (its "năm nay" is the year of writing; elsewhere the year reported).
    /// - Parameter referenceDay: the day of writing, when known: "từ đầu năm đến nay" written late in a
    ///   month (from the 20th) covers that month too.
    init(mentions: [PeriodMention], dates: [DateMention], referenceYear: Int?, publishedYear: Int?, referenceMonth: Int? = nil,
         referenceDay: Int? = nil,
         figureless: (Int) -> Bool = { _ in false }, afterSamePeriod: (Int) -> Bool = { _ in false },
         sameSentence: (Int, Int) -> Bool = { _, _ in false }, figurelessAfter: (Int) -> Bool = { _ in false },
         yearInProgress: Int? = nil, aimsAhead: ((Int) -> Bool)? = nil, estimatesWholeYear: (Int) -> Bool = { _ in false }) {
        self.mentions = mentions
        self.dates = dates
        self.referenceYear = referenceYear
        var resolved: [Period?] = []
        var statements: [Int] = []
        var year = referenceYear ?? Self.leadYear(of: mentions, afterSamePeriod: afterSamePeriod, estimatesWholeYear: estimatesWholeYear)
        var resumes: [Int: Int] = [:]
        var lookBack: (mention: Int, year: Int?)?
        for (k, m) in mentions.enumerated() {
            // past the look-back's sentence, an undated month or quarter takes the running period's year again
            if let back = lookBack, !sameSentence(mentions[back.mention].tokens.lowerBound, m.tokens.lowerBound) {
                year = back.year
                lookBack = nil
            }
            let p: Period?
            switch m.shape {
            // (an undated text's "đến nay": the year of its first full date, else unknown)
            // ("Năm qua … Lũy kế đến nay có 127 xã" early in a year: the stock as the year just reviewed ended)
            case .now:
                let writing = publishedYear ?? referenceYear
                if let writing, let month = referenceMonth, month <= 3, let last = statements.last.flatMap({ resolved[$0] }),
                   case .year(let y) = last.span, y == writing - 1 {
                    p = Period(.year(y))
                } else if aimsAhead != nil, let writing, let last = statements.last, resolved[last]?.span == .year(writing - 1),
                          sameSentence(mentions[last].tokens.lowerBound, m.tokens.lowerBound) {
                    // "Với 39 sản phẩm được công nhận năm 2023, đến nay, tỉnh có 153 sản phẩm" in an undated text whose year
                    // of writing is inferred from that year's results: the stock as that year closed
                    p = Period(.year(writing - 1))
                } else {
                    p = writing.map { Period(.year($0)) }
                }
            case .yearToDate:
                // "Tính từ đầu năm đến nay" written on 2 September: the first eight months; on 29 October, ten
                let through = (referenceMonth ?? 0) - ((referenceDay ?? 1) >= 20 ? 0 : 1)
                // ("tình hình 6 tháng đầu năm … Từ đầu năm đến nay, …" dated only by its month, June: the text's own
                // first months, when they end within the month the day would decide)
                if referenceDay == nil, let y = publishedYear, let last = statements.last.flatMap({ resolved[$0] }),
                   let n = Self.firstMonthsCount(of: last, in: y), n == through || n == through + 1 {
                    p = last
                } else if let y = publishedYear, through >= 2 {
                    p = PeriodShape.firstMonths(through, year: y).resolve(year: y)
                } else if referenceMonth == nil, let y = publishedYear, let part = Self.lastFirstMonths(in: y, statements: statements,
                                                                                                    resolved: resolved, before: m.tokens.lowerBound - 3,
                                                                                                    mentions: mentions) {
                    // ("Qua 3 tháng đầu năm, … trong tháng 3 … đưa doanh thu tính từ đầu năm 2016 đến nay ước đạt …" in an
                    // undated text: the year so far is the first months it reported last)
                    p = part
                } else if referenceMonth == nil, let last = statements.last.flatMap({ resolved[$0] }), case .month(let month) = last.span,
                          month.month >= 2 {
                    // ("Trong tháng 8-2024, … Lũy kế từ đầu năm tới nay, …" in an undated text: the year so far runs to the end
                    // of the month it reported last)
                    p = Period(.firstMonths(year: month.year, months: month.month))
                } else {
                    p = publishedYear.map { Period(.year($0)) }
                }
            // (an undated text's "năm nay" is the year it was written in, when what it reports tells)
            case .thisYear:
                // "HĐND huyện … đánh giá tình hình năm 2023 … Báo cáo cho biết, năm nay … ước đạt …" in a text
                // whose year of writing is only inferred: results told of "năm nay" are the year under review
                if referenceYear == nil, let aimsAhead, let year, !aimsAhead(m.tokens.lowerBound) {
                    p = m.shape.resolve(year: year)
                } else {
                    p = m.shape.resolve(year: referenceYear ?? publishedYear ?? yearInProgress ?? year)
                }
            case .nextYear:
                p = m.shape.resolve(year: referenceYear ?? publishedYear ?? yearInProgress ?? year)
            // ("cả năm" in a January bulletin about the year before is that year: the last period stated first)
            case .wholeYear: p = m.shape.resolve(year: statements.last.flatMap { resolved[$0]?.endYear } ?? year ?? referenceYear)
            // "Trong tháng, …" after "Tính chung 10 tháng" or "tháng 10": the last month of the running period
            case .thisMonth:
                if let last = statements.last.flatMap({ resolved[$0] }), let month = Self.lastMonth(of: last) {
                    p = Period(.month(month))
                } else if let y = referenceYear ?? publishedYear, let m = referenceMonth, let ym = YearMonth(year: y, month: m) {
                    p = Period(.month(ym))
                } else {
                    p = nil
                }
            case .pastYears(let n):
                // "(3) Tổng kim ngạch xuất khẩu 5 năm đạt 5 tỷ USD" under "MỤC TIÊU … NHIỆM KỲ 2020 - 2025": the coming
                // span of that many years the section is about
                if let last = statements.last.flatMap({ resolved[$0] }), case .years(let from, let to) = last.span,
                   to - from + 1 == n, let writing = referenceYear, from > writing {
                    p = last
                } else if n == 1, let compared = mentions[(k + 1)...].prefix(while: { sameSentence(m.tokens.lowerBound, $0.tokens.lowerBound) })
                            .first(where: { $0.role == .comparison }), case .year(let y) = compared.shape,
                          referenceYear.map({ (($0 - 1)...$0).contains(y + 1) }) ?? true {
                    // "Năm qua, tỉnh đã đón hơn 6,4 triệu lượt khách, tăng 11,39% so với năm 2018": the year after the one
                    // the sentence compares with
                    p = Period(.year(y + 1))
                } else {
                    let last = referenceYear.map { y in (referenceMonth ?? 12) <= 6 ? y - 1 : y } ?? year
                    p = m.shape.resolve(year: last)
                }
            default:
                // "tình hình 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024": a part of the year told
                // without its year takes the year the same sentence gives a later period (not one set against)
                let told = m.shape.statedYear == nil && SentenceBinder.isUndatedPart(m.shape)
                    ? mentions[(k + 1)...].prefix { sameSentence(m.tokens.lowerBound, $0.tokens.lowerBound) }
                        .first { ($0.role == .statement || $0.role == .task) && $0.shape.statedYear != nil }?.shape.statedYear
                    : nil
                // "… top 10 điểm du lịch nổi bật nhất năm 2023 … lũy kế 10 tháng, tỉnh đã đón …" written in November 2024:
                // a year's first months, told without their year, that had all passed in the year of writing are that
                // year's, not those of the year before that an earlier sentence named
                // ("… năm 2025, tổng vốn đầu tư công … Tăng trưởng kinh tế tháng 1 đạt hơn 7,2%" written in February 2026: so is a
                // month told without its year)
                if told == nil, let n = Self.monthsToldWithoutYear(m.shape), let writing = publishedYear, let month = referenceMonth,
                   year == writing - 1, n < month {
                    p = m.shape.resolve(year: writing)
                } else {
                    p = m.shape.resolve(year: told ?? year)
                }
            }
            resolved.append(p)
            // (a heading's year frames its section: "II. KẾT QUẢ NĂM 2025" after a half-year told as background)
            if m.role == .statement, !m.heading, let p, let last = statements.last.flatMap({ resolved[$0] }),
               case .year(let y) = p.span, last.endYear == y, last.span != p.span, figureless(m.tokens.lowerBound) {
                continue
            }
            // "(từ 30/8 đến 2/9/2025) … phục vụ 5,5 triệu lượt khách … mở đầu cho mùa cao điểm cuối năm 2025 và đầu năm
            // 2026": a later year told without figures after a holiday's days looks ahead; the days still frame what follows
            if m.role == .statement, !m.heading, let p, let last = statements.last, let frame = resolved[last], Self.isDays(frame),
               !figureless(mentions[last].tokens.lowerBound), p.startYear > frame.endYear, figureless(m.tokens.lowerBound) {
                continue
            }
            // the speaker's year in a quotation without figures ("Năm 2011, cả thôn chỉ có đường đất") dates
            // the memory, not the report around it
            if m.role == .statement, m.quoted, figurelessAfter(m.tokens.lowerBound) { continue }
            // "Festival … dự kiến diễn ra vào tháng 12/2026" in a report written in February 2026: a date
            // still ahead, told without figures, schedules an event; it frames nothing after it
            // ("… khuyến mãi diễn ra từ 14-18/1 tới" written on 12 January: so do days still ahead)
            if m.role == .statement, !m.heading, let p, let y = publishedYear, let month = referenceMonth,
               SentenceBinder.isPartOfYear(p), (p.startYear, Self.firstMonth(of: p)) > (y, month)
                || Self.startsAfter(p, year: y, month: month, day: referenceDay), figureless(m.tokens.lowerBound) {
                continue
            }
            // "Năm 2016, … giá hải sản giảm mạnh trong quý II, song …": a part of the year told in a sentence
            // without figures, after that year, is part of the story, not the period of what follows
            if m.role == .statement, let p, SentenceBinder.isPartOfYear(p), let last = statements.last,
               sameSentence(mentions[last].tokens.lowerBound, m.tokens.lowerBound), resolved[last]?.span == .year(p.endYear),
               figureless(m.tokens.lowerBound) {
                continue
            }
            if m.role == .statement, let p {
                // a look-back or a part singled out interrupts the running period for its own sentence
                if !m.heading, let running = Self.running(statements.last, resumes: resumes), let frame = resolved[running],
                   !sameSentence(mentions[running].tokens.lowerBound, m.tokens.lowerBound),
                   Self.canResume(frame, stated: !figureless(mentions[running].tokens.lowerBound),
                                  writtenIn: publishedYear ?? referenceYear, month: referenceMonth)
                    && (p.endYear < frame.startYear || m.singledOut && (Self.holds(frame, p) || Self.isDays(p) && Self.isYearOf(frame, p))
                        || m.datesOwnSentence && (Self.holds(p, frame) || Self.isDays(p) && Self.isDays(frame))
                        // ("Trong quý I/2024, … Nuôi tôm … lũy kế đến nay đạt 81,33% … Tổng mức bán lẻ … tăng 9,81%": a stock
                        // told "đến nay" dates its own sentence, not the quarter's figures after it)
                        || m.tellsNow && Self.holds(p, frame) && p != frame)
                    || m.setsGoalAhead && !frame.isTarget && p.startYear > frame.endYear {
                    resumes[k] = running
                    // ("quý I năm 2020 tăng 0,42%, năm 2021 tăng 4,58%, …": a run of look-backs in one sentence goes back
                    // to the year before the first)
                    lookBack = (k, lookBack?.year ?? year)
                }
                // "Khách du lịch năm 2023 … đạt 2,5 triệu lượt …; 2 tháng đầu năm 2024 đạt trên 310.000 lượt": the next
                // year's first months told after a semicolon in the sentence of a whole year's result bring it up to date;
                // the year still frames the sentences after
                if resumes[k] == nil, !m.heading, m.opensSemicolonClause, SentenceBinder.isPartOfYear(p), let last = statements.last,
                   sameSentence(mentions[last].tokens.lowerBound, m.tokens.lowerBound),
                   let running = Self.running(last, resumes: resumes), let frame = resolved[running],
                   !SentenceBinder.isPartOfYear(frame), p.startYear > frame.endYear, !figureless(m.tokens.lowerBound) {
                    resumes[k] = running
                }
                statements.append(k)
                if m.shape.statedYear != nil, case .years = m.shape {} else if let y = m.shape.statedYear { year = y }
                // ("Năm 2016, … chỉ đạt 2,7 triệu lượt. Năm nay …": "năm nay" brings the running year back)
                if case .thisYear = m.shape { year = p.startYear }
            }
        }
        self.resolved = resolved
        self.statements = statements
        self.resumes = resumes
        var spans: [Int?] = []
        var last: Int?
        for k in statements {
            if case .years = mentions[k].shape { last = k }
            spans.append(last)
        }
        spanUpTo = spans
    }

    /// The first month a part of a year covers (1 for a year or a span).
    private static func firstMonth(of p: Period) -> Int {
        switch p.span {
        case .month(let m): m.month
        case .quarter(_, let q): q * 3 - 2
        case .half(_, let h): h * 6 - 5
        default: 1
        }
    }

    /// Whether `whole` is the single year `part` falls in ("Riêng 4 ngày nghỉ lễ (từ 30/8 đến 2/9/2025)" of 2025).
    private static func isYearOf(_ whole: Period, _ part: Period) -> Bool {
        if case .year(let y) = whole.span { return part.startYear == y && part.endYear == y }
        return false
    }

    /// Whether `p` is a window of days that starts after the given day of writing.
    private static func startsAfter(_ p: Period, year: Int, month: Int, day: Int?) -> Bool {
        guard case .days(let from, _) = p.span, let day, let writing = CalendarDate(year: year, month: month, day: day) else { return false }
        return from > writing
    }

    private static func isDays(_ p: Period) -> Bool {
        if case .days = p.span { true } else { false }
    }

    /// Whether `part` is a part of the year `whole` is, up to its last month ("quý IV/2025" of 2025 or of 2025-9M … not).
    private static func holds(_ whole: Period, _ part: Period) -> Bool {
        guard SentenceBinder.isPartOfYear(part), part.endYear == whole.endYear, whole.startYear == whole.endYear,
              let partEnd = part.endMonth, let wholeEnd = whole.endMonth else { return false }
        return partEnd <= wholeEnd && part != whole
    }

    /// Whether a running period can be gone back to after a look-back: no target, stated with figures, and
    /// over by the month of writing (by the year's end when the month is unknown) — a year still running
    /// ("Năm 2017, tỉnh sẽ …" in February 2017) frames plans, not results to go back to.
    private static func canResume(_ frame: Period, stated: Bool, writtenIn year: Int?, month: Int?) -> Bool {
        guard !frame.isTarget, stated, let year else { return false }
        guard let month else { return frame.endYear < year }
        return (frame.endYear, frame.endMonth ?? 12) <= (year, month)
    }

    /// The last month of "tháng 5", "5 tháng đầu năm" told without a year.
    private static func monthsToldWithoutYear(_ shape: PeriodShape) -> Int? {
        switch shape {
        case .firstMonths(let n, nil), .month(let n, nil): n
        default: nil
        }
    }

    /// The first months of `year` stated last before token `end`, passing over the single months stated since.
    private static func lastFirstMonths(in year: Int, statements: [Int], resolved: [Period?], before end: Int,
                                        mentions: [PeriodMention]) -> Period? {
        for k in statements.reversed() where mentions[k].tokens.upperBound < end {
            guard let p = resolved[k] else { return nil }
            if case .month = p.span { continue }
            return firstMonthsCount(of: p, in: year) != nil ? p : nil
        }
        return nil
    }

    /// How many months from January a period covers when it is the first months of `year` (a half's six).
    private static func firstMonthsCount(of p: Period, in year: Int) -> Int? {
        switch p.span {
        case .firstMonths(let y, let n) where y == year: n
        case .half(let y, 1) where y == year: 6
        case .quarter(let y, 1) where y == year: 3
        default: nil
        }
    }

    /// The statement that frames the text at statement `k`: `k` itself, or the one a look-back interrupts.
    private static func running(_ k: Int?, resumes: [Int: Int]) -> Int? {
        guard let k else { return nil }
        return resumes[k] ?? k
    }

    /// The year of an undated text's opening months: "Trong tháng 3 … ước đạt 1,3 triệu lượt. Tính chung
    /// 3 tháng đầu năm 2024 …" — months that state no year before the first statement that does take its
    /// year when that statement is part of a year reaching every one of them (months up to its last).
    /// "8 tháng qua … bằng 126,4% so với cùng kỳ năm 2024" dates the months 2025 the same way.
    /// "… 9 tháng đầu năm đạt gần 35.000 tỷ đồng. Ước tính cả năm 2020, …": the estimate for the whole year right
    /// after the months dates them too (`estimatesWholeYear` tells a mention opening such an estimate).
    static func leadYear(of mentions: [PeriodMention], afterSamePeriod: (Int) -> Bool = { _ in false },
                         estimatesWholeYear: (Int) -> Bool = { _ in false }) -> Int? {
        var latestMonth = 0
        for m in mentions {
            if m.role == .comparison, latestMonth > 0, case .year(let y) = m.shape, afterSamePeriod(m.tokens.lowerBound) { return y + 1 }
            guard m.role == .statement else { continue }
            switch m.shape {
            case .month(let month, nil): latestMonth = max(latestMonth, month)
            case .firstMonths(let n, nil): latestMonth = max(latestMonth, n)
            case .quarter(let q, nil): latestMonth = max(latestMonth, q * 3)
            case .month(let month, let y?): return latestMonth > 0 && month >= latestMonth ? y : nil
            case .firstMonths(let n, let y?): return latestMonth > 0 && n >= latestMonth ? y : nil
            case .quarter(let q, let y?): return latestMonth > 0 && q * 3 >= latestMonth ? y : nil
            case .year(let y): return latestMonth > 0 && estimatesWholeYear(m.tokens.lowerBound) ? y : nil
            // ("… tăng cao trong năm nay. Cụ thể, trong 10 tháng đầu năm nay …": "năm nay" dates nothing by itself)
            case .thisYear, .now: continue
            default: return nil
            }
        }
        return nil
    }

    /// The year of an undated text that names one year only: a plan-against-result list ("GRDP 9,4% (KH
    /// 10-11%) … trong đó năm 2023 chỉ đạt 01/02 xã") speaks of that year throughout, even where its
    /// items state no period. A second year anywhere — a comparison base, a span ending in another year, a
    /// target — or a part of a year with its year leaves it unknown, and the figures without a period are held back.
    static func loneYear(of mentions: [PeriodMention]) -> Int? {
        var year: Int?
        var stated = false
        var spanEnds: Set<Int> = []
        for m in mentions {
            guard let y = m.shape.statedYear else { continue }
            // ("giai đoạn 2021-2025" in a text on 2025: a term ending in the one year leaves it the text's)
            if case .years = m.shape {
                spanEnds.insert(y)
                continue
            }
            // a part of a year ("2 tháng đầu năm 2023") or a span dates its own months only
            guard case .year = m.shape, year == nil || year == y else { return nil }
            year = y
            if m.role != .comparison { stated = true }
        }
        guard stated, spanEnds.allSatisfy({ $0 == year }) else { return nil }
        return year
    }

    /// "Tổng giá trị sản xuất ước tăng 11,07% so với năm 2021 …; thu nhập … tăng 3,1 triệu đồng so với năm 2021" in a
    /// text that states no year of its own: the year after the one every comparison names, when at least two do
    /// ("so với cùng kỳ năm 2022" names one too).
    /// (A text that also states the year after, "… so với cùng kỳ năm 2022 … kế hoạch năm 2023", would be dated the
    /// same; tried on a blind set, that brought out six figures of one text, dated right and placed wrong.)
    static func yearAfterComparisons(of mentions: [PeriodMention], in doc: Document) -> Int? {
        var year: Int?
        var count = 0
        for m in mentions {
            // (an aside or a price basis, "theo giá so sánh năm 2010", states no year of the text)
            guard m.shape.statedYear != nil, m.role != .aside, !doc.matchesBefore(Lex.price, m.tokens.lowerBound),
                  !doc.matchesBefore(Lex.price, m.tokens.lowerBound - 1) else { continue }
            let compares = m.role == .comparison || doc.matchesBefore(Lex.cungKy, m.tokens.lowerBound)
            guard compares, case .year(let y) = m.shape, year == nil || year == y else { return nil }
            year = y
            count += 1
        }
        // ("Trong kỳ nghỉ lễ Quốc khánh 2/9 năm nay, … tăng gần 19,64% so với cùng kỳ năm 2024": or one, where the text
        // speaks of "năm nay")
        let saysThisYear = mentions.contains { if case .thisYear = $0.shape { true } else { false } }
        return count >= 2 || count == 1 && saysThisYear ? year.map { $0 + 1 } : nil
    }

    /// The last month of a part of a year (`2021-9M` → September 2021); nil for a year or a span.
    static func lastMonth(of p: Period) -> YearMonth? {
        switch p.span {
        case .month(let ym): ym
        case .firstMonths(let y, let n): YearMonth(year: y, month: n)
        case .quarter(let y, let q): YearMonth(year: y, month: q * 3)
        case .half(let y, let h): YearMonth(year: y, month: h * 6)
        default: nil
        }
    }

    /// The latest year any statement before token `t` names (its end year; targets aside).
    func latestYearStated(before t: Int) -> Int? {
        var latest: Int?
        for k in statements {
            guard mentions[k].tokens.upperBound <= t else { break }
            if let p = resolved[k], !p.isTarget { latest = max(latest ?? p.endYear, p.endYear) }
        }
        return latest
    }

    /// The last statement mention ending at or before token `t`.
    func lastStatement(before t: Int, from lower: Int = 0) -> Int? {
        let lo = Self.partitionPoint(statements.count) { mentions[statements[$0]].tokens.upperBound <= t }
        guard lo > 0 else { return nil }
        let k = statements[lo - 1]
        return mentions[k].tokens.lowerBound >= lower ? k : nil
    }

    /// Whether a part of a year told without its year, and left unresolved (no year known), opens the clause
    /// `range` ("Quý I, tốc độ tăng trưởng … đạt 6,98%" in a text that never writes the quarter's year).
    func leavesPartUndated(_ range: Range<Int>) -> Bool {
        var k = Self.partitionPoint(mentions.count) { mentions[$0].tokens.lowerBound < range.lowerBound }
        while k < mentions.count, mentions[k].tokens.upperBound <= range.upperBound {
            if mentions[k].role == .statement, resolved[k] == nil, SentenceBinder.isUndatedPart(mentions[k].shape) { return true }
            k += 1
        }
        return false
    }

    /// The statement framing a sentence that starts at token `t`: the last one before it, or the period a
    /// look-back before it interrupted.
    func framingStatement(beforeSentenceAt t: Int) -> Int? {
        lastStatement(before: t).map { resumes[$0] ?? $0 }
    }

    /// The statement mentions before mention `k`, nearest first.
    func statements(before k: Int) -> UnfoldSequence<Int, Int> {
        sequence(state: mentions[k].tokens.lowerBound) { t in
            guard let j = lastStatement(before: t) else { return nil }
            t = mentions[j].tokens.lowerBound
            return j
        }
    }

    /// The first statement mention that starts at or after token `t`.
    func firstStatement(from t: Int) -> Int? {
        let lo = Self.partitionPoint(statements.count) { mentions[statements[$0]].tokens.lowerBound < t }
        return lo < statements.count ? statements[lo] : nil
    }

    /// The last multi-year span stated before token `t`.
    func lastSpan(before t: Int) -> Period? {
        let lo = Self.partitionPoint(statements.count) { mentions[statements[$0]].tokens.upperBound <= t }
        guard lo > 0, let k = spanUpTo[lo - 1] else { return nil }
        return resolved[k]
    }

    /// The first comparison mention ("so với năm 2022") that starts within `range`.
    func firstComparison(in range: Range<Int>) -> PeriodMention? {
        var k = Self.partitionPoint(mentions.count) { mentions[$0].tokens.lowerBound < range.lowerBound }
        while k < mentions.count, mentions[k].tokens.lowerBound < range.upperBound {
            if mentions[k].role == .comparison { return mentions[k] }
            k += 1
        }
        return nil
    }

    /// A statement mention starting exactly at token `t`.
    func statement(at t: Int) -> Int? {
        let lo = Self.partitionPoint(statements.count) { mentions[statements[$0]].tokens.lowerBound < t }
        guard lo < statements.count, mentions[statements[lo]].tokens.lowerBound == t else { return nil }
        return statements[lo]
    }

    /// The year's end written without its year inside `range` ("dự kiến cuối năm còn 2,5%"): the running year.
    func yearsEnd(in range: Range<Int>) -> Period? {
        var k = Self.partitionPoint(mentions.count) { mentions[$0].tokens.lowerBound < range.lowerBound }
        while k < mentions.count, mentions[k].tokens.upperBound <= range.upperBound {
            if case .wholeYear = mentions[k].shape, mentions[k].role == .aside { return resolved[k] }
            k += 1
        }
        return nil
    }

    /// A statement or aside mention starting exactly at token `t`.
    func ownMention(at t: Int) -> Int? {
        let lo = Self.partitionPoint(mentions.count) { mentions[$0].tokens.lowerBound < t }
        guard lo < mentions.count, mentions[lo].tokens.lowerBound == t,
              mentions[lo].role == .statement || mentions[lo].role == .aside else { return nil }
        return lo
    }

    /// The mention of any role starting exactly at token `t`.
    func anyMention(startingAt t: Int) -> Int? {
        let k = Self.partitionPoint(mentions.count) { mentions[$0].tokens.lowerBound < t }
        return k < mentions.count && mentions[k].tokens.lowerBound == t ? k : nil
    }

    /// The mention of any role ending exactly at token `t`.
    func anyMention(endingAt t: Int) -> Int? {
        let k = Self.partitionPoint(mentions.count) { mentions[$0].tokens.upperBound < t }
        return k < mentions.count && mentions[k].tokens.upperBound == t ? k : nil
    }

    /// A statement or aside mention ending exactly at token `t` ("6 tháng | tăng 11,29%").
    func mention(endingAt t: Int) -> Int? {
        let lo = Self.partitionPoint(mentions.count) { mentions[$0].tokens.upperBound < t }
        guard lo < mentions.count, mentions[lo].tokens.upperBound == t,
              mentions[lo].role == .statement || mentions[lo].role == .aside else { return nil }
        return lo
    }

    /// The months a running total to `cutOff` is reported for: up to its month from the middle of the month on
    /// ("đến ngày 31/10", "đến hết ngày 16/9": the first ten, the first nine months), up to the month before in
    /// its first days ("đến ngày 2/10": the first nine); nil in between, and for January.
    static func monthsUpTo(_ cutOff: CalendarDate) -> Period? {
        let month = cutOff.day >= 15 ? cutOff.month : cutOff.day <= 5 ? cutOff.month - 1 : 0
        guard month >= 2 else { return nil }
        return PeriodShape.firstMonths(month, year: cutOff.year).resolve(year: cutOff.year)
    }

    /// The last cut-off date ("đến ngày 10/9/2021") in tokens `range`.
    func cutOff(in range: Range<Int>, year fallback: Int?) -> CalendarDate? {
        lastCutOff(in: range, year: fallback)?.date
    }

    /// The last cut-off date in `range`, and the token after it.
    func lastCutOff(in range: Range<Int>, year fallback: Int?) -> (date: CalendarDate, end: Int)? {
        let lo = Self.partitionPoint(dates.count) { dates[$0].tokens.lowerBound < range.upperBound }
        var found: DateMention?
        var k = lo - 1
        while k >= 0, dates[k].tokens.lowerBound >= range.lowerBound {
            if dates[k].isCutOff { found = dates[k]; break }
            k -= 1
        }
        guard let d = found, let y = d.year ?? fallback ?? referenceYear, let date = CalendarDate(year: y, month: d.month, day: d.day)
        else { return nil }
        return (date, d.tokens.upperBound)
    }
}

extension Timeline {
    /// The first index in `0..<count` for which `isBefore` is false, by binary search;
    /// `isBefore` must be true for a prefix of the indices and false after it.
    static func partitionPoint(_ count: Int, _ isBefore: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
