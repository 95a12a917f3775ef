/// Pipeline step 4a: periods (`năm 2020`, `quý I/2025`, `9 tháng đầu năm`, `tháng 8/2025`,
/// `giai đoạn 2016 - 2020`, `(29/4-3/5)`) and dates (`ngày 10/9/2021`, `Tính đến ngày 11/3`).
struct PeriodScanner {
    let doc: Document

    static func isYear(_ v: Int?) -> Bool { v.map { (1900...2100).contains($0) } ?? false }

    /// Month counts written as words ("Tám tháng năm 2024"). "năm" (five, also "year") is left out;
    /// "sáu" (six) folds like "sau" (after), so it counts only as "sáu tháng đầu năm" / "sáu tháng qua" or written with its accent.
    static let spelledCounts: [UInt64: Int] = [
        Lex.w("hai"): 2, Lex.w("ba"): 3, Lex.w("bốn"): 4, Lex.w("sáu"): 6, Lex.w("bảy"): 7, Lex.w("tám"): 8, Lex.w("chín"): 9,
        Lex.w("mười"): 10,
    ]

    /// Words after which a bare "N tháng" is the first N months of the year ("5 tháng ước đạt",
    /// a headline's "9 tháng đón 3,6 triệu lượt khách", "10 tháng thu ngân sách …").
    /// (Also an approximation before the number: "thu ngân sách 5 tháng hơn 282 ngàn tỉ đồng".)
    static let monthsVerbs = WordSet([Lex.tang, Lex.giam, Lex.dat, Lex.w("ước"), Lex.w("qua"), Lex.w("đón"), Lex.w("thu"),
                                      Lex.hon, Lex.w("gần"), Lex.w("khoảng"), Lex.w("đã")])

    /// Verbs after which a year written alone dates the figure before them ("GRDP 2024 đạt …").
    private static let yearVerbs = WordSet([Lex.tang, Lex.giam, Lex.dat, Lex.w("ước")])
    /// Words before a year that make it a base year of prices or a standard, not a period.
    private static let baseYearLeads = WordSet([Lex.w("sánh"), Lex.w("giá"), Lex.w("gốc"), Lex.w("chuẩn"), Lex.w("hiện"), Lex.w("hành")])

    /// A month count at `i`: digits 2–12, or an unambiguous word; `spelled` tells which.
    private func monthCount(at i: Int) -> (n: Int, spelled: Bool)? {
        if let n = doc.integer(i), (2...12).contains(n) { return (n, false) }
        guard i < doc.count, doc.tokens[i].kind == .word, let n = Self.spelledCounts[doc.tokens[i].hash] else { return nil }
        return (n, true)
    }

    /// Only numbers, brackets and these words can open a period or a date (in every catalogue's
    /// ``TokenFlagTable``, as ``TokenFlags/periodTrigger``).
    static let triggers = [Lex.nam, Lex.giaiDoan[0], Lex.nhiemKy[0], Lex.thoiKy[0], Lex.quy, Lex.thang,
                           Lex.den, Lex.hienNay[0], Lex.toiNay[0], Lex.ngay, Lex.tinh, Lex.tu, Lex.luyKe[0], Self.nuaDauNam[0], Self.qui]
        + Self.spelledCounts.keys + Self.holidayTriggers

    /// "năm ngoái", "năm trước": the year before, after "năm".
    private static let pastYearWords: Set<UInt64> = [Lex.w("ngoái"), Lex.w("trước")]

    /// A semicolon before token `i`, with three words at most between ("; tính chung 2 tháng đầu năm 2024").
    private func opensSemicolonClause(_ i: Int) -> Bool {
        var k = i - 1
        while k > 0, i - k <= 3, doc.tokens[k].kind == .word, !doc.tokens[k + 1].newlineBefore { k -= 1 }
        return k >= 0 && doc.isPunct(k, ";") && !doc.tokens[k + 1].newlineBefore
    }

    /// Whether the sentence holds a number from token `k` to its end, other than a year.
    private func statesAFigure(from k: Int) -> Bool {
        var t = k
        while t < doc.count, !doc.isPunct(t, "."), t == k || !doc.tokens[t].newlineBefore {
            if doc.isNumber(t), !(doc.bytes(t).count == 4 && doc.integer(t).map(Self.isYear) == true) { return true }
            t += 1
        }
        return false
    }

    func scan() -> (periods: [PeriodMention], dates: [DateMention]) {
        var periods: [PeriodMention] = []
        var dates: [DateMention] = []
        var i = 0
        var depth = 0
        var sentence = 0
        let open = UInt8(ascii: "("), close = UInt8(ascii: ")")
        var quoted = false
        while i < doc.count {
            // (the words that open no period, most tokens, are passed in a plain loop)
            let (next, newline) = doc.skipWords(notFlagged: .periodTrigger, from: i)
            // a quotation ends with its paragraph at the latest
            if newline { quoted = false }
            i = next
            guard i < doc.count else { break }
            let t = doc.tokens[i]
            if t.newlineBefore { quoted = false }
            if t.kind == .punct, t.first != open, t.first != close {
                if t.first == UInt8(ascii: "\"") {
                    quoted.toggle()
                } else if t.first == 0xE2, let opens = Self.quoteMark(doc.bytes(i)) {
                    quoted = opens
                }
                i += 1
                continue
            }
            while sentence < doc.sentences.count, doc.sentences[sentence].upperBound <= i { sentence += 1; depth = 0 }
            if doc.isPunct(i, ")") { depth = max(0, depth - 1) }
            if let (shape, end) = period(at: i) {
                var r = role(before: i)
                // "Dự toán thu ngân sách … năm 2021 Trung ương giao 4.740 tỷ đồng": a sentence about the
                // estimate names the estimate's year, not the period the report is at ("11 tháng")
                if r == .statement, case .year = shape, sentence < doc.sentences.count,
                   doc.matches(Lex.duToan, at: doc.sentences[sentence].lowerBound) {
                    r = .task
                }
                // "… đưa vào quy hoạch hệ thống du lịch quốc gia cho giai đoạn 2021-2030": a master plan's span sets goals
                // (in a sentence without figures: one that states goals over the span keeps it as their period)
                // "… hướng tới thành phố trực thuộc Trung ương năm 2030": the year something is to become so sets a goal
                if r == .statement, aimsTowards(i) { r = .task }
                if r == .statement, isPlanningSpan(i, shape), sentence < doc.sentences.count,
                   statesNoFigure(doc.sentences[sentence], besides: i..<end) { r = .task }
                // "(2016 - 2020)" right after "5 năm qua" restates the period; other brackets are asides
                let restates = doc.isPunct(i, "(") || doc.isPunct(i - 1, "(") && (doc.isWord(i - 2, Lex.qua) || doc.isWord(i - 2, Lex.nam)
                    || countsItsYears(before: i - 1, shape)) || restatesMonthCount(i, shape)
                let isWindow = shape.isDayWindow
                // ("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XIII (NHIỆM KỲ 2015 - 2020)": a heading's bracketed term frames its section)
                let aside = depth > 0 && !restates && !isWindow && !(isSpan(shape) && isHeadingLine(i)) || isEventDate(endingAt: end) || datesTheNumberBefore(i) || isSubPeriodClause(i) || isInCauseClause(i) || isSurveyPeriod(i) || namesPovertyStandard(i, shape) || namesCouncilTerm(i, shape)
                    || marksASince(i, end, shape) || isYearsEnd(i, shape) || isMeetingDays(i, shape) || isAnniversary(i)
                // "Năm 2021 là năm đầu triển khai Chương trình … giai đoạn 2021 - 2025": after the sentence's own
                // period, a programme's span names the programme, whatever verb comes before it (alone, as in
                // "Tổng kết Chương trình … giai đoạn 2016 - 2020", it is what the text reviews)
                let names = namesProgramme(i, shape) && periods.last.map { last in
                    last.role == .statement && sentence < doc.sentences.count && doc.sentences[sentence].contains(last.tokens.lowerBound)
                } == true
                let role: PeriodMention.Role = names || (aside || isPeakWindow(i, shape)) && r == .statement ? .aside : r
                periods.append(PeriodMention(tokens: i..<end, shape: shape, role: role, quoted: quoted,
                                             heading: role == .statement && isHeadingLine(i),
                                             singledOut: sentence < doc.sentences.count && (singlesOut(before: i, doc.sentences[sentence])
                                                || isSingledOutWindow(i, shape, sentence: doc.sentences[sentence])),
                                             datesOwnSentence: isProjectedYear(i, shape) || doc.isPunct(i, "("),
                                             runsUpTo: runsUpTo(i, shape),
                                             setsGoalAhead: sentence < doc.sentences.count && opensGoal(i, end, doc.sentences[sentence]),
                                             opensSemicolonClause: opensSemicolonClause(i)))
                if doc.isPunct(i, "(") { depth += 1 }
                // "từ đầu năm đến ngày 15/9/2021": the running total's cut-off is a date too
                if doc.isWord(i + 1, Lex.dau), doc.isWord(i + 2, Lex.nam), doc.isWord(i + 3, Lex.den), let date = date(at: i + 3),
                   date.tokens.upperBound <= end {
                    dates.append(date)
                }
                i = end
            } else if let span = spanReferredTo(at: i, periods: periods) {
                // "Giai đoạn 2020-2025, tỉnh đón 31,5 triệu lượt khách … Tổng lượt khách trong giai đoạn này …": the span
                // the text last named
                periods.append(PeriodMention(tokens: i..<(i + Self.giaiDoanNay.count), shape: span, role: role(before: i)))
                i += Self.giaiDoanNay.count
            } else if let date = date(at: i) {
                if !isAnniversary(i) { dates.append(date) }
                i = date.tokens.upperBound
            } else {
                if doc.isPunct(i, "(") { depth += 1 }
                i += 1
            }
        }
        // a text that writes a holiday's days out ("từ 28 tháng Chạp đến mùng 6 Tết") means its own window wherever it
        // names the holiday: the official schedule is for texts that give none
        // ("Tháng 4/2024, nhờ dịp lễ 30/4 - 1/5, lượng khách tăng …": a holiday named after its sentence's own period is
        // a reason, not the time of the figures)
        let writesWindows = periods.contains { $0.shape.isWrittenWindow }
        for k in periods.indices where periods[k].role == .statement {
            switch periods[k].shape {
            case .holiday, .holidayFirstDay: break
            default: continue
            }
            let start = periods[k].tokens.lowerBound
            let sentence = doc.sentences[doc.sentenceIndex(of: start)]
            let afterOwnPeriod = periods[..<k].contains { $0.role == .statement && sentence.contains($0.tokens.lowerBound) }
            if writesWindows && !countsOtherDays(periods[k], after: periods[..<k]) || afterOwnPeriod { periods[k].role = .aside }
        }
        return (periods, dates)
    }

    /// "Hà Nội: từ 14 đến 19/2 … Quảng Ninh: tính chung 5 ngày nghỉ Tết": days off counted unlike the window written
    /// out last, in a round-up of places, are their own (the first of the official days off).
    private func countsOtherDays(_ holiday: PeriodMention, after earlier: ArraySlice<PeriodMention>) -> Bool {
        guard case .holiday(_, let year, let days) = holiday.shape, let window = earlier.last(where: { $0.shape.isWrittenWindow }),
              let written = window.shape.resolve(year: window.shape.statedYear ?? year ?? earlier.last { $0.shape.statedYear != nil }?.shape.statedYear),
              case .days(let from, let to) = written.span
        else { return false }
        return from.days(through: to) != days
    }

    /// "tính đến tháng 10/2021", "đến hết tháng 11": months counted up to one, written with "đến" before the month.
    private func runsUpTo(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard case .firstMonths = shape, doc.isWord(i, Lex.thang) else { return false }
        return doc.isWord(i - 1, Lex.den) || (doc.isWord(i - 1, Lex.het) || doc.isWord(i - 1, Lex.cuoi) || doc.isWord(i - 1, Lex.dau))
            && doc.isWord(i - 2, Lex.den) || opensWithHet(i - 1) || reachesPartOfMonth(at: i)
    }

    /// "đến trung tuần tháng 12/2016", "đến giữa tháng 11": part of a month reached, counted with the months before it.
    private func reachesPartOfMonth(at i: Int) -> Bool {
        if doc.isWord(i - 1, Self.giua) { return doc.isWord(i - 2, Lex.den) }
        return doc.isWord(i - 1, Self.tuan) && Self.tenDays.contains(doc.hash(i - 2)) && doc.isWord(i - 3, Lex.den)
    }

    private static let giua = Lex.w("giữa"), tuan = Lex.w("tuần")
    private static let tenDays = WordSet([Lex.w("thượng"), Lex.w("trung"), Lex.w("hạ")])

    /// "Hết tháng 2/2024, kim ngạch …", "Cụ thể, hết tháng 2, …": "hết" opening its clause counts the months up to
    /// the end of that month, as "đến hết tháng" does. ("… date 2025-11-06 Hết tháng 10/2025, …": a capital opens a
    /// sentence, after an archive's date as well.)
    private func opensWithHet(_ k: Int) -> Bool {
        guard doc.isWord(k, Lex.het) else { return false }
        return k == 0 || doc.tokens[k].newlineBefore || doc.tokens[k - 1].kind == .punct || doc.isCapitalised(k)
    }

    /// "Sáu tháng năm 2025": six written with its accent, which "sau" (after) never has.
    private func writesSix(_ k: Int) -> Bool {
        doc.original(k..<(k + 1)).lowercased() == "sáu"
    }

    /// Words after a period that make it the date of an event ("hội nghị giao ban tháng 10-2025 vào
    /// chiều 22-10"), not the period of the figures that follow.
    static let eventWords = WordSet([Lex.w("vào"), Lex.w("chiều"), Lex.w("sáng"), Lex.w("tối"), Lex.w("tại")])

    /// "Kỳ họp thứ 17, HĐND tỉnh … diễn ra từ ngày 5 - 7/12": the days a meeting sits date the meeting, not figures.
    /// "kỷ niệm 49 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2024)": the years and days an anniversary counts are
    /// no time of a figure, nor a day the text is written on.
    private func isAnniversary(_ i: Int) -> Bool {
        (max(0, i - 24)..<i).contains { doc.matches(Self.kyNiem, at: $0) }
            && !(max(0, i - 24)..<i).contains { doc.tokens[$0].kind == .punct && (doc.tokens[$0].first == UInt8(ascii: ".") || doc.tokens[$0].first == UInt8(ascii: ";")) }
    }
    private static let kyNiem = Lex.p("kỷ niệm")

    private func isMeetingDays(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard shape.isDayWindow else { return false }
        let from = max(0, i - 14)
        guard let held = (from..<i).last(where: { doc.matches(Self.dienRa, at: $0) }), i - held <= 5 else { return false }
        return (from..<held).contains { k in Self.meetings.contains { doc.matches($0, at: k) } }
    }
    private static let dienRa = Lex.p("diễn ra"), amLich = Lex.p("âm lịch")
    private static let meetings = [Lex.p("kỳ họp"), Lex.p("phiên họp"), Lex.p("hội nghị"), Lex.p("đại hội")]

    private func isEventDate(endingAt end: Int) -> Bool {
        guard end < doc.count, doc.tokens[end].kind == .word, Self.eventWords.contains(doc.tokens[end].hash) else { return false }
        // "tổng mức bán lẻ … 6 tháng đầu năm 2023 tại TP.HCM ước đạt 561.000 tỷ đồng": the place a figure's period
        // is of, when the clause goes on to what the figure reached
        guard doc.isWord(end, Lex.tai) else { return true }
        var k = end + 1
        // (a dot inside a name, "TP.HCM", does not end the clause)
        while k < min(doc.count - 1, end + 10),
              doc.tokens[k].kind != .punct || doc.isPunct(k, ".") && doc.tokens[k].start == doc.tokens[k - 1].end && doc.tokens[k + 1].start == doc.tokens[k].end {
            if doc.tokens[k].kind == .word, Self.reachingWords.contains(doc.tokens[k].hash) { return false }
            // ("Tỷ lệ hộ nghèo năm 2011 tại 6 xã là 3,29%": or "là" and the value)
            if doc.isWord(k, Lex.la), doc.isNumber(k + 1) { return false }
            k += 1
        }
        return true
    }
    private static let reachingWords = WordSet([Lex.dat, Lex.w("ước"), Lex.tang, Lex.giam])
    private static let dauTien = Lex.p("đầu tiên")

    /// Comparisons ("so với cùng kỳ năm 2015") and future tasks ("nhiệm vụ trọng tâm quý II") do not
    /// set the period of what follows.
    private func role(before i: Int) -> PeriodMention.Role {
        // "đạt mức cao nhất trong 10 năm qua": the span a record is set in, not the period of the figure
        // ("thấp nhất trong vòng 4 năm qua"; "mức cao nhất của 6 tháng đầu năm trong giai đoạn 2011-2025";
        // "năm đầu tiên trong vòng 4 năm qua": the first time in a span)
        let inside = doc.isWord(i - 1, Self.vong) ? i - 1 : doc.matchesBefore(Lex.giaiDoan, i) ? i - Lex.giaiDoan.count : i
        // (the words before it within its own sentence)
        let sentence = doc.sentenceIndex(of: i)
        let wordsEnd = max(0, inside - 1)
        let words = min(wordsEnd, max(inside - 10, sentence < doc.sentences.count ? doc.sentences[sentence].lowerBound : 0))..<wordsEnd
        if doc.isWord(inside - 1, Lex.trong), words.contains(where: { doc.isWord($0, Self.nhat) || doc.matches(Self.dauTien, at: $0) }),
           !words.contains(where: { doc.tokens[$0].kind == .punct && !doc.isPunct($0, "%") }) { return .comparison }
        // "bằng 95% cùng kỳ năm 2017", "thấp hơn mức tăng cùng kỳ năm 2017 (8,76%)": the same months of an
        // earlier year, inside a clause, are what a figure is set against ("Cùng kỳ năm 2017, …" opening a
        // clause tells of that year)
        if doc.matchesBefore(Lex.cungKy, i) {
            let before = i - Lex.cungKy.count - 1
            if before >= 0, !doc.tokens[before + 1].newlineBefore,
               doc.tokens[before].kind == .word || doc.isPunct(before, "%") { return .comparison }
        }
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4 {
            let h = doc.hash(k)
            // "so với dịp lễ 2/9 năm 2024": a holiday's day and name sit between the comparison and its year
            if doc.isPunct(k, "/"), doc.isNumber(k - 1), doc.isNumber(k + 1) { k -= 2; continue }
            // "so với mức tăng 10,34% của năm 2023": a rate and "của" between the comparison and its year
            if doc.isPunct(k, "%"), doc.isNumber(k - 1), doc.isWord(k + 1, Lex.cua) { k -= 2; steps += 1; continue }
            // "bằng 98% năm 2019": the year a figure is measured against
            if doc.isPunct(k, "%"), k + 1 == i, doc.isNumber(k - 1), doc.isWord(k - 2, Lex.bang) { return .comparison }
            if doc.tokens[k].kind == .word, Self.holidayNames.contains(h) { k -= 1; continue }
            // "so với kết quả thực hiện năm 2024": what was achieved that year, named between the comparison and its year
            if doc.matchesBefore(Self.thucHien, k + 1) || doc.matchesBefore(Self.ketQua, k + 1) { k -= 2; continue }
            if doc.tokens[k].kind == .punct, doc.tokens[k].first != UInt8(ascii: "-") { break }
            // "theo giá so sánh (năm) 2010": the price basis's year is no period; a period after it
            // ("giá so sánh 2010 quý I/2024") is the statement's
            // ("So sánh giai đoạn năm 2016 đến cuối năm 2019, huyện … đã giảm …": a sentence opening "So sánh" tells of the span)
            if h == Lex.so, doc.isWord(k + 1, Self.sanh) {
                return k + 2 == i && k != doc.sentences[sentence].lowerBound ? .comparison : .statement
            }
            // "so (với) năm 2015", "gấp … năm 2015"; "với" alone is a preposition ("ổn định với kim ngạch 10 tháng")
            // ("đến cuối năm 2023" is a statement; "so với cuối năm 2022" a comparison)
            // ("cao hơn năm 2022", "thấp hơn năm trước": compared with that year)
            // ("chỉ thấp hơn tốc độ tăng của quý III/2022": the period a rate is set against, after "hơn … của")
            // (not a rate named with its own period, "mức tăng 10,34% của năm 2023", nor one given in brackets after it)
            if h == Lex.cua, steps == 0, let than = (max(0, k - 5)..<k).last(where: { doc.isWord($0, Lex.hon) || doc.isWord($0, Lex.so) }),
               !(than..<k).contains(where: { doc.isNumber($0) }), !bracketFollows(i) { return .comparison }
            // ("thấp hơn mức tăng năm 2017": the rate of that year)
            if h == Lex.so || h == Lex.voi && doc.isWord(k - 1, Lex.so) || h == Lex.gap || h == Lex.hon && steps == 0 && k + 1 == i
                || h == Lex.hon && k + 3 == i && doc.isWord(k + 1, Self.muc) && (doc.isWord(k + 2, Lex.tang) || doc.isWord(k + 2, Lex.giam))
                // ("thấp hơn thực hiện năm 2022": what was achieved that year)
                || h == Lex.hon && k + 3 == i && doc.matches(Self.thucHien, at: k + 1)
                || h == Lex.cuoi && steps == 0 && (doc.isWord(k - 1, Lex.so) || doc.isWord(k - 1, Lex.voi)) { return .comparison }
            if doc.matchesBefore(Lex.nhiemVu, k + 1) || doc.matchesBefore(Lex.trongTam, k + 1)
                || doc.matchesBefore(Lex.phuongHuong, k + 1) || doc.matchesBefore(Lex.keHoach, k + 1) && steps == 0
                // ("cao hơn dự toán năm 2021 là 4.000 tỷ đồng": the year of an estimate named in passing)
                || doc.matchesBefore(Lex.duToan, k + 1) && steps == 0 && setsAgainst(before: k + 1 - Lex.duToan.count)
                // ("giai đoạn 2019 - 2020, định hướng đến năm 2030", "tầm nhìn đến năm 2045": a programme's horizon)
                || doc.matchesBefore(Self.dinhHuong, k + 1) || doc.matchesBefore(Self.tamNhin, k + 1) {
                // "C. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019" on a line of its own heads the section of that year's goals
                // ("việc triển khai thực hiện nhiệm vụ trong 6 tháng đầu năm 2024 đã đạt được …": the tasks carried out
                // in a period are what was done in it)
                return isHeadingLine(i) || carriesOutTasks(before: k + 1 - Lex.nhiemVu.count) ? .statement : .task
            }
            k -= 1
            steps += 1
        }
        return .statement
    }

    /// "(việc) thực hiện nhiệm vụ", "triển khai nhiệm vụ" ending right before token `k` (the "nhiệm vụ" found), not
    /// in an aim ahead ("để thực hiện nhiệm vụ", "tiếp tục thực hiện nhiệm vụ").
    private func carriesOutTasks(before k: Int) -> Bool {
        guard doc.isWord(k, Lex.nhiemVu[0]) else { return false }
        let start = doc.matchesBefore(Self.thucHien, k) ? k - Self.thucHien.count
            : doc.matchesBefore(Self.trienKhai, k) ? k - Self.trienKhai.count : nil
        guard let start else { return false }
        return !doc.isWord(start - 1, Self.de) && !doc.matchesBefore(Self.tiepTuc, start) && !doc.isWord(start - 1, Self.se)
    }
    private static let trienKhai = Lex.p("triển khai"), tiepTuc = Lex.p("tiếp tục")
    private static let de = Lex.w("để"), se = Lex.w("sẽ")

    /// "cao hơn …", "so với …": a comparison word right before token `k`.
    private func setsAgainst(before k: Int) -> Bool {
        doc.isWord(k - 1, Lex.hon) || doc.isWord(k - 1, Lex.so) || doc.isWord(k - 1, Lex.voi) && doc.isWord(k - 2, Lex.so)
    }

    private static let thucHien = Lex.p("thực hiện")
    private static let ketQua = Lex.p("kết quả")
    private static let dinhHuong = Lex.p("định hướng"), tamNhin = Lex.p("tầm nhìn")

    /// "… được đưa vào quy hoạch hệ thống du lịch quốc gia cho giai đoạn 2021-2030": the span of a master plan or
    /// strategy named a few words before it is the plan's, not a period of results.
    /// ("quy hoạch chung xây dựng thị xã … đến năm 2035": so is the year a plan runs to)
    private func isPlanningSpan(_ i: Int, _ shape: PeriodShape) -> Bool {
        let horizon: Bool
        if case .year = shape { horizon = doc.isWord(i - 1, Lex.den) || doc.isWord(i, Lex.den) } else { horizon = false }
        guard isSpan(shape) || horizon else { return false }
        var k = i - 1
        while k >= max(0, i - 10), doc.tokens[k].kind == .word || doc.isPunct(k, "-") {
            if Self.planningWords.contains(where: { doc.matches($0, at: k) }) { return true }
            k -= 1
        }
        return false
    }
    /// No number in `sentence` but years and the tokens of `mention`.
    private func statesNoFigure(_ sentence: Range<Int>, besides mention: Range<Int>) -> Bool {
        sentence.allSatisfy { k in mention.contains(k) || !doc.isNumber(k) || Self.isYear(doc.integer(k)) }
    }
    private static let planningWords = [Lex.p("quy hoạch"), Lex.p("chiến lược")]
    private static let qui = Lex.w("quí")

    /// Token `k` opens `sentence`, or follows a "Chỉ" that does ("Chỉ riêng tháng 9/2023, …").
    /// "Riêng quý IV/2025, …", "Tính riêng trong quý III/2025, …": a part singled out at the sentence's start.
    private func singlesOut(before i: Int, _ sentence: Range<Int>) -> Bool {
        var k = i - 1
        if doc.isWord(k, Lex.trong) { k -= 1 }
        guard doc.isWord(k, Lex.rieng) else { return false }
        return opensSentence(k, sentence) || doc.isWord(k - 1, Self.tinh) && opensSentence(k - 1, sentence)
    }
    private static let tinh = Lex.w("tính")

    private func opensSentence(_ k: Int, _ sentence: Range<Int>) -> Bool {
        sentence.lowerBound == k || sentence.lowerBound == k - 1 && doc.isWord(k - 1, Self.chi)
    }

    private static let chi = Lex.w("chỉ"), nhat = Lex.w("nhất"), vong = Lex.w("vòng")

    /// "Riêng 4 ngày nghỉ lễ Quốc khánh (từ 30/8 đến 2/9/2025), …": a holiday window named early in a sentence that
    /// opens with "Riêng" is singled out of the running period, as "Riêng tháng 12" is.
    private func isSingledOutWindow(_ i: Int, _ shape: PeriodShape, sentence: Range<Int>) -> Bool {
        guard shape.isDayWindow else { return false }
        return doc.isWord(sentence.lowerBound, Lex.rieng) && i - sentence.lowerBound <= 12
    }

    /// A number token written `M.YYYY` ("5.2015"): a month of a year, not five thousand and fifteen.
    private func monthDotYear(_ j: Int) -> (month: Int, year: Int)? {
        guard j < doc.count, doc.tokens[j].kind == .number else { return nil }
        let bytes = Array(doc.bytes(j))
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), (1...2).contains(dot), bytes.count == dot + 5,
              bytes.allSatisfy({ $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let m = Int(String(decoding: bytes[..<dot], as: UTF8.self)), (1...12).contains(m),
              let y = Int(String(decoding: bytes[(dot + 1)...], as: UTF8.self)), Self.isYear(y) else { return nil }
        return (m, y)
    }

    /// "Sau 4 năm thực hiện chương trình (2016 - 2019)": a bracketed span whose count of years the clause
    /// has just given restates that count.
    private func countsItsYears(before open: Int, _ shape: PeriodShape) -> Bool {
        guard case .years(let from, let to) = shape else { return false }
        var k = open - 1
        while k > 0, open - k <= 8, doc.tokens[k].kind == .word {
            if doc.isWord(k, Lex.nam), doc.integer(k - 1) == to - from + 1 { return true }
            k -= 1
        }
        return false
    }

    /// A bracket within the few tokens after the period starting at `i` ("quý I (6,82%)").
    private func bracketFollows(_ i: Int) -> Bool {
        (i + 1..<min(doc.count, i + 5)).contains { doc.isPunct($0, "(") }
    }

    /// "…tăng 6,12%, trong đó quý II tăng 6,58%", "…; riêng tháng 6 đạt …": a part of the period written
    /// inside the sentence scopes its own clause, not the sentences after it.
    private func isSubPeriodClause(_ i: Int) -> Bool {
        var k = i
        if doc.isWord(k - 1, Lex.rieng) { k -= 1 } else if doc.matchesBefore(Lex.trongDo, k) { k -= Lex.trongDo.count } else { return false }
        return doc.isPunct(k - 1, ",") || doc.isPunct(k - 1, ";")
    }

    /// Words that open a clause giving a cause: "nhờ", "vì"; "do" too, a few words after a result ("tăng 21,3%
    /// so với tháng 4 do …"), since after a noun alone it names who did something ("lượt khách do cơ sở lưu trú phục vụ").
    private static let causeWords = WordSet([Lex.w("nhờ"), Lex.w("vì")]), doWord = Lex.w("do")

    /// "tăng 21,3% so với tháng 4 do trùng kỳ nghỉ lễ 30/4 - 1/5": a period inside a clause giving a
    /// cause (within a few words after the cause word, no punctuation between) dates the cause only.
    private func isInCauseClause(_ i: Int) -> Bool {
        // "…đạt khoảng 15 tỷ USD, trong khi năm 2020 mới đạt 10,9 tỷ USD": the year a contrast recalls
        if doc.matchesBefore(Self.trongKhi, i) { return true }
        var k = i - 1
        while k >= 0, i - k <= 8, doc.tokens[k].kind != .punct || doc.isPunct(k, "/") || doc.isPunct(k, "-") {
            // ("Vì ảnh hưởng dịch bệnh nên năm 2020, …": after "nên" the result, not the cause)
            if doc.isWord(k, Self.nen) { return false }
            if doc.tokens[k].kind == .word, Self.causeWords.contains(doc.tokens[k].hash) { return true }
            if doc.isWord(k, Self.doWord), resultBefore(k) { return true }
            k -= 1
        }
        return false
    }

    private static let nen = Lex.w("nên")

    /// "Kết quả điều tra xu hướng kinh doanh của các doanh nghiệp … trong quý II/2024 cho thấy": the quarter of the
    /// statistics office's business-trend survey, named in its clause, frames nothing after it. (A survey of living
    /// standards, "khảo sát mức sống dân cư năm 2022", dates the incomes it measures, and is not passed.)
    private func isSurveyPeriod(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 20, doc.tokens[k].kind != .punct || doc.isPunct(k, "/") || doc.isPunct(k, "-") || doc.isPunct(k, ",") {
            if doc.matches(Self.businessTrend, at: k) { return true }
            k -= 1
        }
        return false
    }

    private static let businessTrend = Lex.p("xu hướng kinh doanh")
    private static let muc = Lex.w("mức")
    private static let chuanNgheo = Lex.p("chuẩn nghèo"), trongKhi = Lex.p("trong khi"), mucTieu = Lex.p("mục tiêu")
    /// Words that may follow "chuẩn nghèo" before the standard's span: "đa chiều", "mới", "quốc gia", "tiếp cận".
    /// ("chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020": the span a standard applies to)
    private static let standardWords = WordSet(["đa", "chiều", "mới", "quốc", "gia", "tiếp", "cận", "của", "trung", "ương", "theo", "riêng", "tỉnh",
                                                "thành", "phố", "áp", "dụng", "cho"].map { Lex.w($0) })

    /// "tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 còn 2,16%": the span names the
    /// poverty standard in use, not the period of the rate. Standards are set for a five-year plan's
    /// span, which ends in a year divisible by five; "theo chuẩn nghèo đa chiều giai đoạn 2021 - 2024
    /// giảm bình quân 4,2%/năm" measures a span of its own.
    /// "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025": a span in a
    /// programme's name names the programme, not the period of the figures after it.
    private func namesProgramme(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard case .years = shape else { return false }
        // (the mention may start with "giai đoạn" or at the years after it)
        let phrase = doc.matches(Lex.giaiDoan, at: i) ? i : i - Lex.giaiDoan.count
        guard doc.matches(Lex.giaiDoan, at: phrase) else { return false }
        var k = phrase - 1
        while k >= 0, i - k <= 14, doc.tokens[k].kind == .word {
            if doc.matches(Self.chuongTrinh, at: k) { return true }
            k -= 1
        }
        return false
    }

    private static let chuongTrinh = Lex.p("chương trình")

    /// "HĐND tỉnh khóa XII, nhiệm kỳ 2021-2026": the term of a council named with its session, not a period of figures.
    private func namesCouncilTerm(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard case .years = shape else { return false }
        let term = doc.matches(Self.nhiemKy, at: i) ? i : i - Self.nhiemKy.count
        guard doc.matches(Self.nhiemKy, at: term) else { return false }
        return (max(0, term - 6)..<term).contains { doc.isWord($0, Self.khoa) }
    }

    private static let nhiemKy = Lex.p("nhiệm kỳ"), khoa = Lex.w("khóa")

    /// "Dự ước cả năm 2015", "ước cả năm 2024", "dự kiến cả năm 2019": a whole year after an estimate word.
    private func isProjectedYear(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard case .year = shape else { return false }
        // (the mention may start at "cả năm" or at "năm")
        var k = i - 1
        if doc.isWord(k, Lex.ca) { k -= 1 } else if !doc.isWord(i, Lex.ca) { return false }
        return doc.isWord(k, Self.uoc) || doc.matchesBefore(Self.duKien, k + 1)
    }

    private static let uoc = Lex.w("ước"), duKien = Lex.p("dự kiến")

    /// "Lượng khách tập trung cao điểm từ mùng 2 đến mùng 5 Tết": the busiest days of a holiday, not the window
    /// the text reports on (a peak season, "mùa cao điểm từ 1/6 đến 31/8", is one).
    private func isPeakWindow(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard shape.isDayWindow else { return false }
        return (max(0, i - 4)..<i).contains { doc.matches(Self.caoDiem, at: $0) && !doc.isWord($0 - 1, Self.mua) }
    }

    private static let caoDiem = Lex.p("cao điểm"), mua = Lex.w("mùa")
    private static let so = Lex.w("số"), t = Lex.w("t")
    private static let tet = Lex.w("tết"), mung = Lex.w("mùng"), mong = Lex.w("mồng")

    /// "sức mua phục hồi từ quý III": a quarter or month after "từ" (and no "đến" after it) says since
    /// when something happened, not the period of the figures after it.
    private func marksASince(_ i: Int, _ end: Int, _ shape: PeriodShape) -> Bool {
        // ("cao nhất từ năm 2014 đến nay": a record reaching back to a year, up to now)
        if doc.isWord(i - 1, Lex.tu), doc.matches(Lex.denNay, at: end), recordBefore(i - 1) { return true }
        guard doc.isWord(i - 1, Lex.tu), !doc.isWord(end, Lex.den), !doc.isPunct(end, "-"), !doc.isWord(end, Self.toi) else { return false }
        switch shape {
        case .quarter, .month: return true
        // "được UNESCO công nhận … từ năm 1999.": a year something has held since, with no figure after it
        // in its sentence, dates that fact, not the sentences that follow
        // ("mức cao nhất kể từ năm 2015": the year a record reaches back to)
        case .year: return !numberFollows(end) || (max(0, i - 6)..<i).contains { doc.isWord($0, Self.nhat) }
        default: return false
        }
    }

    /// "cao nhất | từ …", "thấp nhất kể | từ …": a record named within the few words before `k`.
    private func recordBefore(_ k: Int) -> Bool {
        (max(0, k - 6)..<k).contains { doc.isWord($0, Self.nhat) }
    }

    /// Whether a number stands between token `k` and the end of its sentence.
    /// "Năm 2026, tỉnh Tây Ninh quyết tâm tăng trưởng GRDP 10 - 10,5%": a period opening its sentence (past a
    /// comma) whose words before the first number set a goal.
    private func opensGoal(_ i: Int, _ end: Int, _ sentence: Range<Int>) -> Bool {
        var start = i
        if doc.isWord(start - 1, Lex.trong) { start -= 1 }
        // (a table cell or an image's caption may put marks before it: "| Năm 2026, …")
        guard start >= sentence.lowerBound, (sentence.lowerBound..<start).allSatisfy({ doc.tokens[$0].kind == .punct }),
              doc.isPunct(end, ",") else { return false }
        var k = end + 1
        while k < min(sentence.upperBound, end + 14), !doc.isNumber(k) {
            if Self.goalWords.contains(where: { doc.matches($0, at: k) }) { return true }
            k += 1
        }
        return false
    }
    private static let goalWords = ["quyết tâm", "phấn đấu", "đặt mục tiêu", "mục tiêu", "chỉ tiêu"].map(Lex.p)

    /// "hướng tới thành phố trực thuộc Trung ương năm 2030", "phấn đấu trở thành tỉnh khá vào năm 2025 và tỉnh phát
    /// triển vào năm 2030": a period after an aim's verb, in its clause.
    private func aimsTowards(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 20, doc.tokens[k].kind != .punct || doc.isPunct(k, "-") {
            if Self.aimWords.contains(where: { doc.matches($0, at: k) }) { return true }
            k -= 1
        }
        return false
    }
    private static let aimWords = ["hướng tới", "hướng đến", "phấn đấu trở thành"].map(Lex.p)

    private func numberFollows(_ k: Int) -> Bool {
        let s = doc.sentenceIndex(of: k)
        guard s < doc.sentences.count else { return false }
        return (k..<doc.sentences[s].upperBound).contains { doc.isNumber($0) }
    }

    private static let toi = Lex.w("tới"), cachMang = Lex.p("cách mạng")

    private func namesPovertyStandard(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard case .years(_, let to) = shape, to % 5 == 0 else { return false }
        var k = i
        while i - k < 8, doc.tokens.indices.contains(k - 1), doc.tokens[k - 1].kind == .word, Self.standardWords.contains(doc.tokens[k - 1].hash) { k -= 1 }
        // ("Huyện Trà Cú, huyện nghèo giai đoạn 2021 - 2025, có tỷ lệ …": the span a district is listed as poor for)
        // ("tỷ lệ hộ nghèo theo chuẩn riêng của tỉnh giai đoạn 2022 - 2025": a standard of the poor named just before)
        return doc.matchesBefore(Self.chuanNgheo, k) || doc.matchesBefore(Self.huyenNgheo, k) || doc.matchesBefore(Self.xaNgheo, k)
            || doc.isWord(k - 1, Self.chuan) && (max(0, k - 5)..<k - 1).contains { doc.isWord($0, Self.ngheo) }
    }

    private static let huyenNgheo = Lex.p("huyện nghèo"), xaNgheo = Lex.p("xã nghèo"), chuan = Lex.w("chuẩn"), ngheo = Lex.w("nghèo")

    /// A number within the few words before `k`, in its clause: "tăng 12% so với tháng trước | do".
    private func resultBefore(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 8, doc.tokens[j].kind != .punct || doc.isPunct(j, "%") {
            if doc.isNumber(j) { return true }
            j -= 1
        }
        return false
    }

    /// "mức tăng 10,34% của năm 2023", "7,2% của quý I/2012", "từ 12,4% cuối năm 2023": a period written
    /// right after a value dates that value only, not the sentences after it.
    private func datesTheNumberBefore(_ i: Int) -> Bool {
        // "thấp hơn mức tăng 7,2% của quý I/2012": any period after "của" and a rate
        // ("cao hơn mức tăng 8,1% của cùng kỳ năm 2017": the same months of that year)
        let cua = doc.matchesBefore(Lex.cungKy, i) ? i - 1 - Lex.cungKy.count : i - 1
        if doc.isWord(cua, Lex.cua), doc.isPunct(cua - 1, "%"), doc.isNumber(cua - 2) { return true }
        // ("vượt qua mức kỷ lục 53,1 tỷ USD của cả năm 2023": or after an amount and its unit)
        let ofAmount = doc.isWord(i - 1, Lex.ca) ? i - 2 : i - 1
        if doc.isWord(ofAmount, Lex.cua), let number = (max(0, ofAmount - 3)..<ofAmount).last(where: { doc.isNumber($0) }),
           number + 1 < ofAmount, ((number + 1)..<ofAmount).allSatisfy({ doc.tokens[$0].kind == .word }) { return true }
        guard doc.isWord(i, Lex.nam) else { return false }
        var k = i - 1
        // "từ 47,65% năm 2015 xuống còn 22,13%": the year of a value a change went from (or to)
        if doc.isPunct(k, "%"), doc.isNumber(k - 1),
           doc.isWord(k - 2, Lex.tu) || doc.isWord(k - 2, Lex.con) || doc.isWord(k - 2, Lex.len) { return true }
        if doc.isWord(k, Lex.cua) || doc.isWord(k, Lex.cuoi) || doc.isWord(k, Lex.dau) { k -= 1 } else { return false }
        return doc.isPunct(k, "%") && doc.isNumber(k - 1)
    }

    /// "cuối năm" without its year: the end of the running year, for its clause only.
    private func isYearsEnd(_ i: Int, _ shape: PeriodShape) -> Bool {
        guard case .wholeYear = shape else { return false }
        return doc.isWord(i - 1, Lex.cuoi)
    }

    /// "giai đoạn này" at token `i`: the span of years the last statement within the two sentences before named.
    private func spanReferredTo(at i: Int, periods: [PeriodMention]) -> PeriodShape? {
        guard doc.matches(Self.giaiDoanNay, at: i),
              let last = periods.last(where: { $0.role == .statement && isSpan($0.shape) }),
              doc.sentenceIndex(of: i) - doc.sentenceIndex(of: last.tokens.lowerBound) <= 2 else { return nil }
        return last.shape
    }
    private static let giaiDoanNay = Lex.p("giai đoạn này")

    private func isSpan(_ shape: PeriodShape) -> Bool {
        if case .years = shape { return true }
        return false
    }

    /// Token `i` stands in a heading: a line of at most 14 tokens, with no number but years and a list
    /// mark ("IV.", "2."), that no sentence punctuation ends.
    private func isHeadingLine(_ i: Int) -> Bool {
        // (a line far longer than a heading is given up on early: a 20 MB line holds many periods)
        var start = i
        while start > 0, !doc.tokens[start].newlineBefore {
            start -= 1
            if i - start > Self.headingScan { return false }
        }
        var end = i + 1
        while end < doc.count, !doc.tokens[end].newlineBefore {
            end += 1
            if end - i > Self.headingScan { return false }
        }
        // a remark in brackets ("(theo dự thảo báo cáo chính trị)") does not count
        var length = 0, depth = 0
        for k in start..<end {
            if doc.isPunct(k, "(") { depth += 1 } else if doc.isPunct(k, ")") { depth = max(0, depth - 1) } else if depth == 0 { length += 1 }
        }
        // ("Điều 2. Mục tiêu, chỉ tiêu chủ yếu kế hoạch 5 năm 2021 - 2025": a count of years naming its span)
        guard length <= 18, !doc.isPunct(end - 1, "."), !doc.isPunct(end - 1, ";"), !doc.isPunct(end - 1, ",") else { return false }
        // ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2014": a count of months is part of the heading's period)
        for k in start..<end where doc.isNumber(k) && k > start + 1 {
            guard Self.isYear(doc.integer(k)) || doc.isWord(k + 1, Lex.nam) && Self.isYear(doc.integer(k + 2))
                || doc.isWord(k + 1, Lex.thang) && monthCount(at: k) != nil else { return false }
        }
        return true
    }

    /// Tokens looked at on either side of a period for its heading line.
    private static let headingScan = 48

    /// `“` opens a quotation (true), `”` closes it (false); nil for other marks.
    private static func quoteMark(_ bytes: ArraySlice<UInt8>) -> Bool? {
        guard bytes.count == 3, bytes.first == 0xE2, bytes.dropFirst().first == 0x80 else { return nil }
        switch bytes.last {
        case 0x9C: return true
        case 0x9D: return false
        default: return nil
        }
    }

    static let nuaDauNam = Lex.p("nửa đầu năm")
    /// Verbs after "N năm" that make it the last N years' total ("5 năm đạt …").
    static let yearsVerbs = WordSet([Lex.dat, Lex.w("ước"), Lex.tang, Lex.giam])
    /// Words after "trong tháng" that make it another month ("trong tháng đầu năm", "trong tháng tới").
    static let monthQualifiers = WordSet([Lex.dau, Lex.cuoi, Lex.w("tới"), Lex.w("sau"), Lex.w("trước"), Lex.nam])

    /// Words of a holiday's name ("dịp lễ", "Tết", "kỳ nghỉ").
    private static let sanh = Lex.w("sánh")
    static let holidayNames = WordSet([Lex.w("dịp"), Lex.w("lễ"), Lex.w("tết"), Lex.w("kỳ"), Lex.w("nghỉ")])

    /// `/2025`, `năm 2025` or `năm nay` (no year: the running one) after a shape.
    private func trailingYear(_ j: Int) -> (Int?, Int) {
        if doc.isPunct(j, "/") || doc.isPunct(j, "-"), Self.isYear(doc.integer(j + 1)), doc.bytes(j + 1).count == 4 {
            return (doc.integer(j + 1), j + 2)
        }
        if doc.isWord(j, Lex.nam), Self.isYear(doc.integer(j + 1)) { return (doc.integer(j + 1), j + 2) }
        if Self.isYear(doc.integer(j)), doc.bytes(j).count == 4 { return (doc.integer(j), j + 1) }
        // "quý III năm nay": the quarter of the running year, not a second mention of the whole year
        if doc.isWord(j, Lex.nam), doc.isWord(j + 1, Lex.nay) { return (nil, j + 2) }
        return (nil, j)
    }

    /// "(giai đoạn) năm 2016 đến cuối năm 2019", "(giai đoạn) từ năm 2016 đến năm 2019": the years from one to another,
    /// written out with "đến".
    private func yearsFromTo(at j: Int) -> (PeriodShape, Int)? {
        var k = j
        if doc.isWord(k, Lex.tu) { k += 1 }
        if doc.isWord(k, Lex.nam) { k += 1 }
        guard let a = doc.integer(k), Self.isYear(a), doc.bytes(k).count == 4, doc.isWord(k + 1, Lex.den) else { return nil }
        var e = k + 2
        if doc.isWord(e, Lex.cuoi) || doc.isWord(e, Lex.het) { e += 1 }
        if doc.isWord(e, Lex.nam) { e += 1 }
        guard let b = doc.integer(e), Self.isYear(b), doc.bytes(e).count == 4, b > a, b - a <= 50 else { return nil }
        return (.years(a, b), e + 1)
    }

    private func yearSpan(at j: Int) -> (PeriodShape, Int)? {
        guard let a = doc.integer(j), Self.isYear(a), doc.isPunct(j + 1, "-"), let b = doc.integer(j + 2), Self.isYear(b),
              b > a, b - a <= 50 else { return nil }
        return (.years(a, b), j + 3)
    }

    func period(at i: Int) -> (PeriodShape, Int)? {
        let t = doc.tokens[i]
        // "Trong 2014, tỉnh đón …", "doanh thu du lịch trong 2014 ước tính …": a year written without "năm" after "trong"
        if t.kind == .number, doc.isWord(i - 1, Lex.trong), let y = doc.integer(i), Self.isYear(y), doc.bytes(i).count == 4,
           doc.isPunct(i + 1, ",") || i + 1 < doc.count && doc.tokens[i + 1].kind == .word && !doc.tokens[i + 1].newlineBefore {
            return (.year(y), i + 1)
        }
        // "thấp hơn mức tăng 7,8% của cùng kỳ 2018": a year written without "năm" after "cùng kỳ" (not a day's "cùng kỳ 2018/19")
        if t.kind == .number, doc.matchesBefore(Lex.cungKy, i), let y = doc.integer(i), Self.isYear(y), doc.bytes(i).count == 4,
           !doc.isPunct(i + 1, "/"), !doc.isPunct(i + 1, "-") {
            return (.year(y), i + 1)
        }
        // "Từ năm 2019 đến 2024, …": the year a span of years runs to, "năm" written only at its start
        if t.kind == .number, doc.isWord(i - 1, Lex.den), let y = doc.integer(i), Self.isYear(y), doc.bytes(i).count == 4,
           let a = doc.integer(i - 2), Self.isYear(a), a < y, doc.isWord(i - 3, Lex.nam) {
            return (.year(y), i + 1)
        }
        // "Ngày mùng 2 Tết (30/01/2025) là ngày cao điểm": a lunar holiday's day, its solar date in brackets
        if t.kind == .punct, doc.isPunct(i, "("), let day = dayMonth(at: i + 1), doc.isPunct(i + 4, "/"), let y = doc.integer(i + 5),
           Self.isYear(y), doc.isPunct(i + 6, ")"),
           doc.isWord(i - 1, Self.tet) || doc.isNumber(i - 1) && (doc.isWord(i - 2, Self.mung) || doc.isWord(i - 2, Self.mong)) {
            return (.days(from: day, to: day, year: y), i + 7)
        }
        if t.kind == .word, let holiday = holidayPeriod(at: i) ?? holidayFirstDay(at: i) { return holiday }
        if t.kind == .number, let span = yearSpan(at: i), !doc.isPunct(i - 1, "/") { return span }
        // N tháng đầu năm / N tháng qua / N tháng năm 2021 / Tám tháng năm 2024
        // (the word after first: reading a count of months looks up a spelled number)
        if doc.isWord(i + 1, Lex.thang), let (n, spelled) = monthCount(at: i) {
            var j = i + 2
            // ("sáu", six, folds like "sau", after: only its accented spelling counts on its own)
            let ambiguousSix = spelled && n == 6 && !writesSix(i)
            // "2 tháng cuối năm 2021", "3 tháng cuối năm 2022": the rest of that year, where its goals are the year's
            // ("6 tháng cuối năm 2025": its second half, a period of its own)
            if doc.isWord(j, Lex.cuoi) {
                guard !ambiguousSix, doc.isWord(j + 1, Lex.nam), let y = doc.integer(j + 2), Self.isYear(y) else { return nil }
                return (n == 6 ? .secondHalf(year: y) : .year(y), j + 3)
            }
            // "tính chung 10 tháng", "lũy kế 8 tháng": a running total from the start of the year
            // ("…, đưa tổng 6 tháng lên 27.300 tỷ đồng": the same)
            // ("tính chung trong 11 tháng": "trong" between)
            let lead = doc.isWord(i - 1, Lex.trong) ? i - 1 : i
            var qualified = doc.matchesBefore(Lex.tinhChung, lead) || doc.matchesBefore(Lex.luyKe, lead) || doc.matchesBefore(Lex.congDon, i)
                || Lex.runningTotalVerbs.contains { doc.matchesBefore($0, i) }
            if doc.isWord(j, Lex.dau) {
                j += 1
                qualified = true
                if doc.isWord(j, Lex.nam) { j += 1; if doc.isWord(j, Lex.nay) { j += 1 } }
            } else if doc.isWord(j, Lex.qua) { j += 1; qualified = true }
            // "Sau 5 tháng, kim ngạch nhập khẩu … ước đạt …": the months gone by, a running total (not "sau 5 tháng
            // triển khai", a duration of something else)
            if !qualified, doc.isWord(i - 1, Lex.sau), doc.isPunct(j, ",") { qualified = true }
            // "Trong 09 tháng, UBND thành phố đã tập trung chỉ đạo …": the months opening a sentence of no figures, set off
            // by a comma, are the year's first ones, and frame the report (not "Trong 11 tháng, xuất siêu 5 tỷ USD", whose
            // figure they may date alone)
            if !qualified, doc.isPunct(j, ","), (2...11).contains(n), lead == 0 || doc.tokens[lead].newlineBefore || doc.isPunct(lead - 1, "."),
               !statesAFigure(from: j) {
                qualified = true
            }
            // "trong 10 tháng của năm 2014": the year's first months, with "của"
            if doc.isWord(j, Lex.cua), doc.isWord(j + 1, Lex.nam), doc.integer(j + 2).map(Self.isYear) == true { j += 1 }
            if ambiguousSix, !qualified { return nil }
            let (year, end) = trailingYear(j)
            // ("nâng tổng số khách đến tỉnh trong 9 tháng là 11.367.238 lượt": the first months, restated with "là")
            if year == nil, !qualified, doc.isWord(i - 1, Lex.trong), doc.isWord(j, Lex.la), !spelled { qualified = true }
            if year == nil, !qualified {
                if doc.isWord(j, Lex.nam), !spelled { return (.firstMonths(n, year: nil), j + 1) }
                // "GRDP 9 tháng của tỉnh ước tăng 11,66%": the months of the place a figure is about
                // ("GRDP 6 tháng của Bà Rịa-Vũng Tàu": or a name)
                let ofPlace = doc.isWord(j, Lex.cua) && (PlaceScanner.levelWordList.contains(doc.hash(j + 1)) || doc.isCapitalised(j + 1))
                guard !spelled, j < doc.count, doc.tokens[j].kind == .word, Self.monthsVerbs.contains(doc.tokens[j].hash) || ofPlace else { return nil }
            }
            return (.firstMonths(n, year: year), end)
        }
        // (a count of years is read once for the three shapes below, and only before "năm")
        let years = doc.isWord(i + 1, Lex.nam) ? yearCount(at: i) : nil
        // "5 năm qua", "10 năm vừa qua"
        if let n = years, let end = pastEnd(i + 2) { return (.pastYears(n), end) }
        // "tổng thu 5 năm 2021 - 2025": a count of years naming its span
        if years != nil, let span = yearSpan(at: i + 2) { return span }
        // "Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 109.200 tỷ đồng": the last N years, summed
        if let n = years, i + 2 < doc.count, doc.tokens[i + 2].kind == .word,
           Self.yearsVerbs.contains(doc.tokens[i + 2].hash) { return (.pastYears(n), i + 2) }
        // "Trong tháng, các cơ sở lưu trú phục vụ …": the month of the report
        if t.kind == .word, t.hash == Lex.thang, doc.isWord(i - 1, Lex.trong), !doc.isNumber(i + 1), spelledMonth(at: i + 1) == nil,
           !(i + 1 < doc.count && doc.tokens[i + 1].kind == .word && Self.monthQualifiers.contains(doc.tokens[i + 1].hash)) {
            return (.thisMonth, i + 1)
        }
        // "dịp nghỉ lễ 30/4-1/5/2024": two days joined by a dash are a window wherever they stand
        if t.kind == .number, doc.isPunct(i + 3, "-"), doc.isPunct(i + 1, "/") || doc.isPunct(i + 1, "-"), dayMonth(at: i) != nil, dayMonth(at: i + 4) != nil,
           let window = dayWindow(at: i) { return window }
        // "MỤC TIÊU 2021: GRDP tăng 8%", "Kế hoạch 2025:": a year alone after the word for a goal
        if t.kind == .number, doc.isPunct(i + 1, ":"), doc.matchesBefore(Self.mucTieu, i) || doc.matchesBefore(Lex.keHoach, i),
           let y = doc.integer(i), Self.isYear(y), doc.bytes(i).count == 4 {
            return (.year(y), i + 1)
        }
        // "Doanh thu du lịch 2022: 1.260 tỷ đồng", a slide's or an infographic's label: a year alone between a
        // label's words and the value after a colon
        if t.kind == .number, doc.isPunct(i + 1, ":"), doc.isNumber(i + 2), i > 0, doc.tokens[i - 1].kind == .word, !doc.isWord(i - 1, Self.so),
           let y = doc.integer(i), Self.isYear(y), doc.bytes(i).count == 4 {
            return (.year(y), i + 1)
        }
        // "GRDP 2024 đạt 50.424 tỷ đồng": a year alone between a figure's words and its verb (not a base year of
        // prices, "theo giá so sánh 2010 đạt …")
        if t.kind == .number, i > 0, doc.tokens[i - 1].kind == .word, !Self.baseYearLeads.contains(doc.tokens[i - 1].hash),
           i + 1 < doc.count, doc.tokens[i + 1].kind == .word, Self.yearVerbs.contains(doc.tokens[i + 1].hash),
           let y = doc.integer(i), Self.isYear(y), doc.bytes(i).count == 4 {
            return (.year(y), i + 1)
        }
        // "6T/2023: 682 triệu USD": the first months, abbreviated
        if t.kind == .number, doc.isWord(i + 1, Self.t), let (n, _) = monthCount(at: i), doc.isPunct(i + 2, "/"),
           let y = doc.integer(i + 3), Self.isYear(y) {
            return (.firstMonths(n, year: y), i + 4)
        }
        if t.kind == .number { return nil }
        if doc.isPunct(i, "("), let window = dayWindow(at: i + 1) { return window }
        // "GRDP tỉnh X (2019)": a year alone in brackets
        if doc.isPunct(i, "("), let y = doc.integer(i + 1), Self.isYear(y), doc.bytes(i + 1).count == 4, doc.isPunct(i + 2, ")") {
            return (.year(y), i + 3)
        }
        guard t.kind == .word else { return nil }
        let h = t.hash
        // "Năm tháng đầu năm 2024": five months ("năm" alone is a year word, so only in this phrase)
        if h == Lex.nam, doc.isWord(i + 1, Lex.thang), doc.isWord(i + 2, Lex.dau), doc.isWord(i + 3, Lex.nam) {
            let (year, end) = trailingYear(i + 4)
            return (.firstMonths(5, year: year), year == nil ? i + 4 : end)
        }
        // "tháng Mười năm 2024", "tháng Giêng": a month named in words, capitalised as the statistics office writes it
        // ("Cách mạng tháng Tám", "Cách mạng Tháng Mười" name revolutions, not months)
        if h == Lex.thang, doc.isCapitalised(i + 1), !doc.matchesBefore(Self.cachMang, i), let m = spelledMonth(at: i + 1) {
            let (year, end) = trailingYear(m.end)
            return (.month(m.month, year: year), end)
        }
        // ("tổng lượt khách … tháng một ước tính đạt …": lower case too, when a verb or a mark follows the month, not
        // a number before it: "3 tháng một lần" is how often)
        if h == Lex.thang, !doc.isNumber(i - 1), !doc.matchesBefore(Self.cachMang, i), let m = spelledMonth(at: i + 1),
           m.end >= doc.count || doc.tokens[m.end].kind == .punct || Self.afterSpelledMonth.contains(doc.tokens[m.end].hash) {
            let (year, end) = trailingYear(m.end)
            return (.month(m.month, year: year), end)
        }
        if h == Lex.nam {
            if let span = yearSpan(at: i + 1) { return span }
            if let y = doc.integer(i + 1), Self.isYear(y), doc.bytes(i + 1).count == 4 { return (.year(y), i + 2) }
            // ("kỳ nghỉ lễ năm nay", "dịp Tết năm nay": this year's holiday, the window the text has named, not the year)
            if doc.isWord(i + 1, Lex.nay), !doc.isWord(i - 1, Lex.dau) {
                return doc.isWord(i - 1, Self.le) || doc.isWord(i - 1, Self.tet) ? nil : (.thisYear, i + 2)  // "năm nay"
            }
            if doc.isWord(i + 1, Self.toi), !doc.isWord(i - 1, Lex.dau), doc.tokens[i].newlineBefore || !doc.isNumber(i - 1), !doc.isWord(i - 1, Self.nhung), !doc.isWord(i - 1, Lex.cac) {
                return (.nextYear, i + 2)  // "năm tới" (not "5 năm tới", "những năm tới": years to come)
            }
            // "cả năm tổng mức bán lẻ có thể đạt …": the whole of the bulletin's year
            // ("đạt 100,1% dự toán giao cả năm": the plan's year, which the share measures against, not the figure's)
            if doc.isWord(i - 1, Lex.ca), !doc.isWord(i + 1, Lex.qua), !doc.isWord(i + 1, Lex.vua) {
                // (a plan stated for the whole year is the year's: "kế hoạch cả năm (tăng 9 - 9,5%)")
                let namesPlan = (max(1, i - 5)..<max(1, i - 1)).contains { k in
                    (doc.matches(Lex.duToan, at: k) || doc.matches(Lex.keHoach, at: k))
                        && (doc.isPunct(k - 1, "%") || doc.isWord(k - 1, Lex.voi) || doc.isWord(k - 1, Lex.so))
                }
                return namesPlan ? nil : (.wholeYear, i + 1)
            }
            // "tỷ lệ hộ nghèo dự kiến cuối năm còn 2,5%" in a report on nine months: the year's end, for its own clause
            if doc.isWord(i - 1, Lex.cuoi), !doc.isWord(i + 1, Lex.qua), !doc.isWord(i + 1, Lex.vua), !doc.isNumber(i + 1) { return (.wholeYear, i + 1) }
            if !doc.isWord(i - 1, Lex.dau), yearCount(at: i - 1) == nil, let end = pastEnd(i + 1) { return (.pastYears(1), end) }  // "năm qua"
            return nil
        }
        // "nửa đầu năm (2019)": the first half
        if doc.matches(Self.nuaDauNam, at: i) {
            let (year, end) = trailingYear(i + Self.nuaDauNam.count)
            return (.firstMonths(6, year: year), year == nil ? i + Self.nuaDauNam.count : end)
        }
        if doc.matches(Lex.giaiDoan, at: i) || doc.matches(Lex.nhiemKy, at: i) || doc.matches(Lex.thoiKy, at: i) {
            var j = i + 2
            if doc.integer(j) != nil, doc.isWord(j + 1, Lex.nam) { j += 2 }  // giai đoạn 5 năm 2016 - 2020
            if doc.isPunct(j, "(") { j += 1 }
            // "nhiệm kỳ 2015 - 2020": a Party congress's term (opened in a year ending in 0 or 5) carries
            // the five-year plan that starts the year after (2016–2020)
            if doc.matches(Lex.nhiemKy, at: i), let (span, end) = yearSpan(at: j), case .years(let a, let b) = span, a % 5 == 0, b - a == 5 {
                return (.years(a + 1, b), end)
            }
            return yearSpan(at: j) ?? yearsFromTo(at: j)
        }
        // ("quí I": the older spelling of "quý")
        if h == Lex.quy || h == Self.qui, let (q, end) = quarterNumber(i + 1) {
            let (year, stop) = trailingYear(end)
            return (.quarter(q, year: year), stop)
        }
        // "quý đầu năm 2022", "trong quý đầu năm nay": the year's first quarter ("quý cuối năm": its last)
        // ("so quý đầu năm ngoái": of the year before, read as a comparison by the words before it)
        // (not "hai quý đầu năm": the first two)
        if h == Lex.quy || h == Self.qui, doc.isWord(i + 1, Lex.dau) || doc.isWord(i + 1, Lex.cuoi), doc.isWord(i + 2, Lex.nam),
           !doc.isNumber(i - 1), Self.spelledCounts[doc.hash(i - 1)] == nil {
            let q = doc.isWord(i + 1, Lex.dau) ? 1 : 4
            if Self.pastYearWords.contains(doc.hash(i + 3)) { return (.quarter(q, year: nil), i + 4) }
            let (year, stop) = trailingYear(i + 2)
            return (.quarter(q, year: year), max(stop, i + 2))
        }
        // (a number ending the line before, "Cập nhật 05/11/2024⏎Tháng 10/2024, …", counts no months)
        if h == Lex.thang, !doc.isNumber(i - 1) || doc.tokens[i].newlineBefore, let m = doc.integer(i + 1), (1...12).contains(m),
           doc.bytes(i + 1).count <= 2 {
            // "(tính) đến hết tháng 11/2024": the months up to the end of November
            // ("từ đầu năm đến cuối tháng 11": the same)
            // ("Tính đến cuối tháng 4, … xuất khẩu đạt": the same)
            // ("Hết tháng 2/2024, …": the same, "hết" opening the clause)
            // ("tính tới hết tháng 9", "tính tới tháng 9": "tới" as "đến")
            // ("Thu NSNN ước thực hiện hết tháng 6/2022 đạt …": what was carried out by the end of the month)
            let upTo = m >= 2 && (doc.isWord(i - 1, Lex.het) && (doc.isWord(i - 2, Lex.den) || doc.isWord(i - 2, Self.toi)
                                                               || doc.matches(Self.thucHien, at: i - 3)) || opensWithHet(i - 1)
                || doc.isWord(i - 1, Lex.cuoi) && doc.isWord(i - 2, Lex.den)
                || (doc.isWord(i - 1, Lex.den) || doc.isWord(i - 1, Self.toi)) && doc.isWord(i - 2, Lex.tinh) || reachesPartOfMonth(at: i))
            // ("tính đến đầu tháng 7/2019, thu ngân sách …": the months before the one whose start is reached)
            if m >= 3, doc.isWord(i - 1, Lex.dau), doc.isWord(i - 2, Lex.den) || doc.isWord(i - 2, Self.toi) {
                let (year, end) = trailingYear(i + 2)
                return (.firstMonths(m - 1, year: year), end)
            }
            if doc.isPunct(i + 2, "/"), let y = doc.integer(i + 3), Self.isYear(y) {
                return (upTo ? .firstMonths(m, year: y) : .month(m, year: y), i + 4)
            }
            if upTo {
                let (year, end) = trailingYear(i + 2)
                return (.firstMonths(m, year: year), end)
            }
            if doc.isPunct(i + 2, "/") { return nil }
            // ("Tháng 5-7 là mùa thấp điểm", "tháng 6 - 8/2024": the months from one to another)
            if doc.isPunct(i + 2, "-") || doc.isPunct(i + 2, "–"), let m2 = doc.integer(i + 3), doc.bytes(i + 3).count <= 2,
               m2 > m, m2 <= 12 {
                let (year, end) = yearAfterMonths(i + 4)
                return (Self.monthsWindow(m, m2, year: year), end ?? i + 4)
            }
            let (year, end) = trailingYear(i + 2)
            return (.month(m, year: year), end)
        }
        // "trong tháng 5.2015": a newspaper's month and year joined by a dot
        if h == Lex.thang, !doc.isNumber(i - 1) || doc.tokens[i].newlineBefore, let (m, y) = monthDotYear(i + 1) {
            return (.month(m, year: y), i + 2)
        }
        // "cao nhất từ trước đến nay": ever, not the present
        if doc.matches(Lex.denNay, at: i) || doc.matches(Lex.toiNay, at: i), doc.isWord(i - 1, Lex.truoc), doc.isWord(i - 2, Lex.tu) { return nil }
        // "Đến thời điểm này, tỉnh đã có …": the time of writing, as "đến nay"
        if h == Lex.den, doc.matches(Self.thoiDiemNay, at: i + 1) { return (.now, i + 1 + Self.thoiDiemNay.count) }
        if doc.matches(Lex.denNay, at: i) || doc.matches(Lex.hienNay, at: i) || doc.matches(Lex.toiNay, at: i) {
            // "(tính) từ đầu năm đến nay": the year so far
            if doc.isWord(i - 1, Lex.nam), doc.isWord(i - 2, Lex.dau), doc.isWord(i - 3, Lex.tu) { return (.yearToDate, i + 2) }
            // ("từ đầu năm 2025 đến nay": the same, its year written)
            if let y = doc.integer(i - 1), Self.isYear(y), doc.isWord(i - 2, Lex.nam), doc.isWord(i - 3, Lex.dau), doc.isWord(i - 4, Lex.tu) {
                return (.yearToDate, i + 2)
            }
            // ("cao nhất từ năm 2014 đến nay": the end of a record's reach, not the time of the figures)
            if doc.integer(i - 1).map(Self.isYear) == true, doc.isWord(i - 2, Lex.nam), doc.isWord(i - 3, Lex.tu), recordBefore(i - 3) { return nil }
            return (.now, i + 2)
        }
        if h == Lex.ngay { return dayWindow(at: i + 1) ?? lunarDayFrame(at: i) ?? dayFrame(at: i) }
        // ("Lũy kế từ đầu năm, …", "Tính từ đầu năm, …": the year so far, its end unsaid; "từ đầu năm đến nay" is read at
        // "đến nay"; "mục tiêu … đề ra từ đầu năm" says when a goal was set)
        if h == Lex.tu, doc.isWord(i + 1, Lex.dau), doc.isWord(i + 2, Lex.nam), doc.isPunct(i + 3, ","),
           doc.matchesBefore(Lex.luyKe, i) || doc.isWord(i - 1, Lex.tinh) || i == 0 || doc.tokens[i].newlineBefore || doc.isPunct(i - 1, ".") {
            return (.yearToDate, i + 3)
        }
        if h == Lex.tu, let running = yearToDay(at: i) { return running }
        if h == Lex.tu, let months = monthsWindow(at: i) { return months }
        if h == Lex.tu, let lunar = lunarWindow(at: i + 1) { return lunar }
        if h == Lex.tu { return dayWindow(at: doc.isWord(i + 1, Lex.ngay) ? i + 2 : i + 1) }
        // "lũy kế đến tháng 10": the first ten months ("lũy kế hết tháng 10", "lũy kế tới hết tháng 10": the same)
        if doc.matches(Lex.luyKe, at: i) {
            var k = i + 2
            if doc.isWord(k, Lex.den) || doc.isWord(k, Self.toi) { k += 1 }
            if doc.isWord(k, Lex.het) { k += 1 }
            if k > i + 2, doc.isWord(k, Lex.thang), let m = doc.integer(k + 1), (2...12).contains(m) {
                if doc.isPunct(k + 2, "/") {
                    guard let y = doc.integer(k + 3), Self.isYear(y) else { return nil }
                    return (.firstMonths(m, year: y), k + 4)
                }
                let (year, end) = trailingYear(k + 2)
                return (.firstMonths(m, year: year), end)
            }
        }
        return nil
    }

    /// "từ đầu năm đến (hết) (ngày) 20/9/2019": the year's running total to a day, as the months it
    /// reaches (a month counts from its 20th on, as "từ đầu năm đến nay" written that day).
    private func yearToDay(at i: Int) -> (PeriodShape, Int)? {
        guard doc.isWord(i + 1, Lex.dau), doc.isWord(i + 2, Lex.nam), doc.isWord(i + 3, Lex.den) else { return nil }
        var k = i + 4
        if doc.isWord(k, Lex.het) { k += 1 }
        if doc.isWord(k, Lex.ngay) { k += 1 }
        guard let dm = dayMonth(at: k) else { return nil }
        let months = dm.month
        let (year, end) = doc.isPunct(k + 3, "/") || doc.isPunct(k + 3, "-") ? trailingYear(k + 3) : (nil, k + 3)
        // ("từ đầu năm đến hết ngày 14/02/2024", a Tết report's running total: the two months it reaches; a day in
        // January, too early in the year for months, the days themselves)
        guard months >= 2 else {
            if dm.month == 2 { return (.firstMonths(2, year: year), end) }
            return dm.month == 1 ? (.days(from: (1, 1), to: dm, year: year), end) : nil
        }
        return (.firstMonths(months, year: year), end)
    }

    /// A count of years ("5 năm qua"): 2–30 written plainly, not the end of a date ("2024-02").
    private func yearCount(at i: Int) -> Int? {
        guard let n = doc.integer(i), (2...30).contains(n), doc.bytes(i).first != UInt8(ascii: "0"),
              !doc.isPunct(i - 1, "-"), !doc.isPunct(i - 1, "/") else { return nil }
        return n
    }

    /// The end of "qua" / "vừa qua" at `j`.
    private func pastEnd(_ j: Int) -> Int? {
        if doc.isWord(j, Lex.qua) { return j + 1 }
        if doc.isWord(j, Lex.vua), doc.isWord(j + 1, Lex.qua) { return j + 2 }
        return nil
    }

    /// "(từ tháng 6 đến tháng 9)", "từ tháng 6 đến hết tháng 9/2024": the months from one to another, as a window of
    /// days (from the first month's first day to the last one's last); "từ tháng 1 đến tháng 10" is the year's first
    /// ten months. A year written after the last month, or right before the bracket the window stands in, is its year.
    private func monthsWindow(at i: Int) -> (PeriodShape, Int)? {
        guard doc.isWord(i + 1, Lex.thang), let m1 = doc.integer(i + 2), doc.bytes(i + 2).count <= 2, doc.isWord(i + 3, Lex.den) else { return nil }
        var k = i + 4
        if doc.isWord(k, Lex.het) { k += 1 }
        guard doc.isWord(k, Lex.thang), let m2 = doc.integer(k + 1), doc.bytes(k + 1).count <= 2,
              (1...12).contains(m1), (1...12).contains(m2), m2 > m1 else { return nil }
        let (writtenYear, end) = yearAfterMonths(k + 2)
        var year = writtenYear
        if end == nil, doc.isPunct(i - 1, "("), let y = doc.integer(i - 2), Self.isYear(y), doc.isWord(i - 3, Lex.nam) {
            // "mùa hè năm 2024 (từ tháng 6 đến tháng 9)"
            year = y
        }
        return (Self.monthsWindow(m1, m2, year: year), end ?? k + 2)
    }

    /// The year written at `j` after a run of months ("/2024", "-2024", "năm 2024") and the token after it; (nil, nil)
    /// when none is.
    private func yearAfterMonths(_ j: Int) -> (year: Int?, end: Int?) {
        if doc.isPunct(j, "/") || doc.isPunct(j, "-"), let y = doc.integer(j + 1), Self.isYear(y), doc.bytes(j + 1).count == 4 {
            return (y, j + 2)
        }
        if doc.isWord(j, Lex.nam), let y = doc.integer(j + 1), Self.isYear(y) { return (y, j + 2) }
        return (nil, nil)
    }

    /// The months `m1` to `m2` of `year`: the year's first months when `m1` is January, else a window of days from the
    /// first month's first day to the last one's last.
    private static func monthsWindow(_ m1: Int, _ m2: Int, year: Int?) -> PeriodShape {
        if m1 == 1 { return .firstMonths(m2, year: year) }
        let last = [31, year.map { $0 % 4 == 0 && ($0 % 100 != 0 || $0 % 400 == 0) ? 29 : 28 } ?? 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m2 - 1]
        return .days(from: (1, m1), to: (last, m2), year: year)
    }

    /// A day and month written with a dot as one number token, `31.8` or `3.9.2024` (not a decimal: the parts are a
    /// day and a month, the fraction has no leading zero dropped, and a window's dash or "đến" must pair it).
    func dottedDayMonth(at j: Int) -> (day: Int, month: Int, year: Int?)? {
        guard j < doc.count, doc.tokens[j].kind == .number else { return nil }
        let parts = doc.bytes(j).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
              let d = Int(String(decoding: parts[0], as: UTF8.self)), let m = Int(String(decoding: parts[1], as: UTF8.self)),
              (1...31).contains(d), (1...12).contains(m) else { return nil }
        if parts.count == 3 {
            guard let y = Int(String(decoding: parts[2], as: UTF8.self)), Self.isYear(y) else { return nil }
            return (d, m, y)
        }
        return (d, m, nil)
    }

    /// A day and month written `29/4` or `30-4`, ending before `j + 3`.
    func dayMonth(at j: Int) -> (day: Int, month: Int)? {
        guard let d = doc.integer(j), doc.isPunct(j + 1, "/") || doc.isPunct(j + 1, "-"), let m = doc.integer(j + 2),
              (1...31).contains(d), (1...12).contains(m), doc.bytes(j + 2).count <= 2 else { return nil }
        return (d, m)
    }

    /// "tính riêng trong ngày 18/2 (tức mồng 2 Tết), …": one day singled out before a comma or its gloss as the time of
    /// what follows, `i` at "ngày" after "riêng trong" (not a dateline's "Ngày 22/2, Sở … cho biết", nor "Trong ngày
    /// 8/2, cảng hàng không khai thác …", an event of the day).
    private func dayFrame(at i: Int) -> (PeriodShape, Int)? {
        guard doc.isWord(i - 1, Lex.trong), doc.isWord(i - 2, Lex.rieng), let day = dayMonth(at: i + 1), doc.isPunct(i + 2, "/") else { return nil }
        var end = i + 4
        var year: Int?
        if doc.isPunct(end, "/"), let y = doc.integer(end + 1), Self.isYear(y), doc.bytes(end + 1).count == 4 {
            year = y
            end += 2
        }
        guard doc.isPunct(end, ",") || doc.isPunct(end, "(") else { return nil }
        return (.days(from: day, to: day, year: year), end)
    }

    /// `29/4-3/5`, `30-4 - 03-5`, `20-1 đến ngày 26-1`, `9-10/7` or `31.8 - 3.9` (a newspaper's dots): a window of days.
    private func dayWindow(at j: Int) -> (PeriodShape, Int)? {
        if let a = dottedDayMonth(at: j) {
            var k = j + 1
            if doc.isPunct(k, "-") || doc.isPunct(k, "–") || doc.isWord(k, Lex.den) { k += 1 } else { return nil }
            if doc.isWord(k, Lex.ngay) { k += 1 }
            guard let b = dottedDayMonth(at: k) else { return nil }
            let year = b.year ?? holidayYear(before: j).map { b.month < a.month ? $0 - 1 : $0 }
            return (.days(from: (a.day, a.month), to: (b.day, b.month), year: b.year.map { b.month < a.month ? $0 - 1 : $0 } ?? year), k + 1)
        }
        // "(từ 29/4/2023 đến 3/5/2023)": both days written in full
        if let a = dayMonth(at: j), doc.isPunct(j + 3, "/"), let y1 = doc.integer(j + 4), Self.isYear(y1), doc.bytes(j + 4).count == 4 {
            var k = j + 5
            if doc.isPunct(k, "-") || doc.isPunct(k, "–") { k += 1 } else if doc.isWord(k, Lex.den) {
                k += 1
                if doc.isWord(k, Lex.het) { k += 1 }
                if doc.isWord(k, Lex.ngay) { k += 1 }
            } else { return nil }
            guard let b = dayMonth(at: k), doc.isPunct(k + 3, "/"), let y2 = doc.integer(k + 4), doc.bytes(k + 4).count == 4,
                  y2 == y1 || y2 == y1 + 1 && b.month < a.month,
                  // ("(tức từ ngày 29/12/2017 - 5/1/2018 âm lịch)": lunar days restating the window)
                  !doc.matches(Self.amLich, at: k + 5) else { return nil }
            return (.days(from: a, to: b, year: y1), k + 5)
        }
        // ("3 – 8/2/2019" is days 3 to 8 of February, not the 3rd of August)
        if let a = dayMonth(at: j), !doc.isPunct(j + 3, "/") {
            var k = lunarAside(after: j + 3) ?? j + 3
            if doc.isPunct(k, "-") { k += 1 }
            else if doc.isWord(k, Lex.den) {
                k += 1
                if doc.isWord(k, Lex.het) { k += 1 }  // "từ ngày 8/2 đến hết ngày 14/2"
                if doc.isWord(k, Lex.ngay) { k += 1 }
            }
            else { return nil }
            // "(từ 31/8 đến 4/9/2024)": a year may close the window
            if let b = dayMonth(at: k), doc.isPunct(k + 3, "/") || doc.isPunct(k + 3, "-"), let y = doc.integer(k + 4), Self.isYear(y),
               doc.bytes(k + 4).count == 4 {
                return (.days(from: a, to: b, year: b.month < a.month ? y - 1 : y), k + 5)
            }
            if let b = dayMonth(at: k), !doc.isPunct(k + 3, "/"), !doc.isPunct(k + 3, "-") || !doc.isNumber(k + 4) || b.month < a.month {
                let named = holidayYear(before: j)
                return (.days(from: a, to: b, year: named.map { b.month < a.month ? $0 - 1 : $0 }), k + 3)
            }
            return nil
        }
        // "(từ 14 đến 17/9)", "(từ ngày 10 đến 14/3/2023)": the first day written bare, the month once, a year may close it
        // ("từ ngày 14 đến ngày 19/2/2026": "ngày" may be written again before the last day)
        // ("từ ngày 14 đến 19-2-2026": dashes as the date's separators)
        let again = doc.isWord(j + 1, Lex.den) && doc.isWord(j + 2, Lex.ngay) ? 1 : 0
        // ("từ 16 đến 22.11", "từ 14 - 21.2": the last day and the month written with a newspaper's dot)
        let dash = doc.isPunct(j + 1, "-") || doc.isPunct(j + 1, "–")
        if let d1 = doc.integer(j), doc.bytes(j).count <= 2, doc.isWord(j + 1, Lex.den) || dash, let b = dottedDayMonth(at: j + 2 + again),
           (1...31).contains(d1), b.day > d1 {
            return (.days(from: (d1, b.month), to: (b.day, b.month), year: b.year ?? holidayYear(before: j)), j + 3 + again)
        }
        let separator: Unicode.Scalar = doc.isPunct(j + 3 + again, "-") ? "-" : "/"
        if let d1 = doc.integer(j), doc.isWord(j + 1, Lex.den), let d2 = doc.integer(j + 2 + again), doc.isPunct(j + 3 + again, separator),
           let m = doc.integer(j + 4 + again), (1...31).contains(d1), (1...31).contains(d2), d2 > d1,
           (1...12).contains(m), doc.bytes(j).count <= 2 {
            let k = j + again
            if !doc.isPunct(k + 5, separator) { return (.days(from: (d1, m), to: (d2, m), year: holidayYear(before: j)), k + 5) }
            if let y = doc.integer(k + 6), Self.isYear(y), doc.bytes(k + 6).count == 4 { return (.days(from: (d1, m), to: (d2, m), year: y), k + 7) }
        }
        if let d1 = doc.integer(j), doc.isPunct(j + 1, "-"), let d2 = doc.integer(j + 2), doc.isPunct(j + 3, "/"),
           let m = doc.integer(j + 4), (1...31).contains(d1), (1...31).contains(d2), d2 > d1,
           (1...12).contains(m), doc.bytes(j).count <= 2 {
            if !doc.isPunct(j + 5, "/") { return (.days(from: (d1, m), to: (d2, m), year: nil), j + 5) }
            // "từ ngày 14 – 20/2/2018": the year closes the window
            if let y = doc.integer(j + 6), Self.isYear(y), doc.bytes(j + 6).count == 4 { return (.days(from: (d1, m), to: (d2, m), year: y), j + 7) }
        }
        return nil
    }

    /// "Trong 9 tháng (từ tháng 1 đến tháng 9/2023)": a bracket that spells out the months just counted, with their year.
    private func restatesMonthCount(_ i: Int, _ shape: PeriodShape) -> Bool {
        let bracket = doc.isPunct(i, "(") ? i : i - 1
        guard doc.isPunct(bracket, "("), let n = shape.firstMonthCount, shape.statedYear != nil else { return false }
        return doc.isWord(bracket - 1, Lex.thang) && monthCount(at: bracket - 2)?.n == n
    }

    /// "từ ngày 20/1 (29 Tết) đến ngày 27/1": the lunar day a solar day of a window falls on, in brackets after it;
    /// the index after the closing bracket, or nil when no such aside stands at `k`.
    private func lunarAside(after k: Int) -> Int? {
        guard doc.isPunct(k, "(") else { return nil }
        var sawLunarWord = false
        for m in (k + 1)..<min(k + 8, doc.count) {
            if doc.isPunct(m, ")") { return sawLunarWord ? m + 1 : nil }
            if doc.isWord(m, Self.tet) || doc.isWord(m, Self.chapWord) || doc.isWord(m, Self.amWord) { sawLunarWord = true }
        }
        return nil
    }
    private static let thoiDiemNay = Lex.p("thời điểm này"), thoiDiem = Lex.p("thời điểm")
    private static let chapWord = Lex.w("chạp"), amWord = Lex.w("âm"), le = Lex.w("lễ")

    /// "Tết Nguyên đán Giáp Thìn 2024 (từ ngày 8/2 đến 14/2)": the year written with the holiday's name
    /// just before a window that states none (within the clause, after a holiday word).
    func holidayYear(before j: Int) -> Int? {
        var k = j - 1
        var sawYear: Int?
        // ("Dịp Tết Nguyên đán Ất Tỵ 2025, từ 26 tháng Chạp …": the comma closing the holiday's name may come first)
        if doc.isWord(k, Lex.ngay) { k -= 1 }
        if doc.isWord(k, Lex.tu) { k -= 1 }
        if doc.isPunct(k, ",") { k -= 1 }
        while k >= 0, j - k <= 12, !doc.isPunct(k, "."), !doc.isPunct(k, ";"), !doc.isPunct(k, ",") {
            if sawYear == nil, let y = doc.integer(k), Self.isYear(y), doc.bytes(k).count == 4 { sawYear = y }
            if sawYear != nil, doc.tokens[k].kind == .word, Self.holidayNames.contains(doc.tokens[k].hash) { return sawYear }
            k -= 1
        }
        return nil
    }

    private static let nhung = Lex.w("những")

    /// Months named in words: "Một", "Hai" … "Mười", "Mười Một", "Mười Hai". ("Giêng" and "Chạp" name
    /// lunar months: "mùng 5 tháng Giêng" is a Tết day, not January.)
    private static let monthNames: [UInt64: Int] = [
        Lex.w("một"): 1, Lex.w("hai"): 2, Lex.w("ba"): 3, Lex.w("tư"): 4, Lex.w("năm"): 5, Lex.w("sáu"): 6,
        Lex.w("bảy"): 7, Lex.w("tám"): 8, Lex.w("chín"): 9, Lex.w("mười"): 10,
    ]

    /// Words that follow a month named in lower case: its verb, an estimate's word, its year.
    private static let afterSpelledMonth = WordSet(["ước", "đạt", "năm", "tăng", "giảm", "có", "đã", "vừa", "qua"].map { Lex.w($0) })

    private func spelledMonth(at k: Int) -> (month: Int, end: Int)? {
        guard k < doc.count, doc.tokens[k].kind == .word, let m = Self.monthNames[doc.tokens[k].hash] else { return nil }
        if m == 10, doc.isCapitalised(k + 1), doc.isWord(k + 1, Lex.w("một")) { return (11, k + 2) }
        if m == 10, doc.isCapitalised(k + 1), doc.isWord(k + 1, Lex.w("hai")) { return (12, k + 2) }
        return (m, k + 1)
    }

    /// Roman (I–IV) or Arabic (1–4) quarter numbers.
    private func quarterNumber(_ j: Int) -> (Int, Int)? {
        if let n = doc.integer(j), (1...4).contains(n) { return (n, j + 1) }
        guard j < doc.count, doc.tokens[j].kind == .word else { return nil }
        switch Array(doc.bytes(j)) {
        case [105]: return (1, j + 1)
        case [105, 105]: return (2, j + 1)
        case [105, 105, 105]: return (3, j + 1)
        case [105, 118]: return (4, j + 1)
        default: return nil
        }
    }

    /// `16-10-2025`: a day, a month and a four-digit year joined by two dashes (no range of days ends in a year).
    private func dashedFullDate(at j: Int) -> Bool {
        j + 4 < doc.count && doc.isPunct(j + 1, "-") && doc.bytes(j + 2).count <= 2 && doc.isPunct(j + 3, "-") && doc.bytes(j + 4).count == 4
            && doc.integer(j + 4).map(Self.isYear) == true
    }

    /// `ngày 10/9/2021`, `đến ngày 11/3`, `ngày 24 tháng 3 năm 2023`, `17 tháng 10, 2018`, or a bare `10/9/2021` or
    /// `10-9-2021`.
    func date(at i: Int) -> DateMention? {
        var j = i
        var cutOff = false
        if doc.isWord(j, Lex.tinh), doc.isWord(j + 1, Lex.den) { j += 2; cutOff = true }
        else if doc.isWord(j, Lex.den) { j += 1; cutOff = true }
        if cutOff, doc.isWord(j, Lex.het) { j += 1 }
        var hasDay = doc.isWord(j, Lex.ngay)
        if hasDay { j += 1 }
        // ("Đến thời điểm 30-11, đã có …": the moment named for the day)
        else if cutOff, doc.matches(Self.thoiDiem, at: j), doc.isNumber(j + 2) { hasDay = true; j += 2 }
        guard let d = doc.integer(j), (1...31).contains(d) else { return nil }
        // ("ngày 31-5": a dash after "ngày", as newspapers write it; "chiều 16-10-2025": or two dashes before a year)
        if doc.isPunct(j + 1, "/") || doc.isPunct(j + 1, "-") && (hasDay || dashedFullDate(at: j)), let m = doc.integer(j + 2), (1...12).contains(m) {
            // ("đến 30/11/2025" needs no "ngày": day, month and year leave nothing else to read; "đến 30/11" may
            // be a range's end)
            guard hasDay || !cutOff || doc.isPunct(j + 3, "/") && doc.integer(j + 4).map(Self.isYear) == true else { return nil }
            if doc.isPunct(j + 3, "/") || doc.isPunct(j + 3, "-"), let y = doc.integer(j + 4), Self.isYear(y) {
                return DateMention(tokens: i..<(j + 5), day: d, month: m, year: y, isCutOff: cutOff)
            }
            guard hasDay else { return nil }
            return DateMention(tokens: i..<(j + 3), day: d, month: m, year: nil, isCutOff: cutOff)
        }
        // ("Thứ Tư, 17 tháng 10, 2018": a page's date line, the year after a comma, as English dates write it)
        if !hasDay, !cutOff, doc.isWord(j + 1, Lex.thang), let m = doc.integer(j + 2), (1...12).contains(m), doc.isPunct(j + 3, ","),
           doc.bytes(j + 4).count == 4, let y = doc.integer(j + 4), Self.isYear(y) {
            return DateMention(tokens: i..<(j + 5), day: d, month: m, year: y, isCutOff: false)
        }
        guard hasDay || !cutOff else { return nil }
        if hasDay, doc.isWord(j + 1, Lex.thang), let m = doc.integer(j + 2), (1...12).contains(m) {
            if doc.isWord(j + 3, Lex.nam), let y = doc.integer(j + 4), Self.isYear(y) {
                return DateMention(tokens: i..<(j + 5), day: d, month: m, year: y, isCutOff: cutOff)
            }
            return DateMention(tokens: i..<(j + 3), day: d, month: m, year: nil, isCutOff: cutOff)
        }
        return nil
    }
}
