/// The year of writing of an undated text, inferred from what it reports: a text that states the
/// results of a whole year as done was written after that year, so its "đến nay" is the next year.
struct WritingYear {
    let doc: Document
    let catalogue: Catalogue
    let periods: [PeriodMention]

    /// One year after the last whole year whose results are stated without a target, plan or
    /// estimate word in the same sentence; nil when the text reports no finished year, or reports
    /// part of a later year ("6 tháng đầu năm 2019": written during that year).
    func afterLastReportedYear() -> Int? {
        var latest: Int?
        var partial: Int?
        var ahead: Set<Int> = []
        var running: Int?
        var sentence = 0
        for m in periods where m.role == .statement || m.role == .aside || m.role == .task {
            switch m.shape {
            case .year(let y) where runsToNow(m):
                running = max(running ?? y, y)
            case .year(let y):
                while sentence < doc.sentences.count, doc.sentences[sentence].upperBound <= m.tokens.lowerBound { sentence += 1 }
                guard sentence < doc.sentences.count, !isForwardLooking(doc.sentences[sentence]),
                      !isPlanHorizon(m, in: doc.sentences[sentence]), !isTaskYear(m) else {
                    ahead.insert(y)
                    continue
                }
                if let latest, y <= latest { continue }
                // ("… năm 2017; quyết định chỉ tiêu, nhiệm vụ năm 2018": a year tasks are set for lies ahead)
                guard m.role != .task else {
                    ahead.insert(y)
                    continue
                }
                // ("Năm 2023 là năm đầu tiên thực hiện …": a year described, not its results reported)
                if doc.isWord(m.tokens.upperBound, Lex.la) { continue }
                latest = y
            case .month(_, let y?), .quarter(_, let y?), .firstMonths(_, let y?), .days(_, _, let y?):
                partial = max(partial ?? y, y)
            default:
                continue
            }
        }
        // ("từ đầu năm 2019 đến nay toàn tỉnh đã có 6 xã …": a year told running to the time of writing is that time's)
        if let running, running >= max(latest ?? running, partial ?? running) { return running }
        guard let latest else { return nil }
        if let partial, partial > latest { return nil }
        // "… đánh giá tình hình năm 2016 và thông qua mục tiêu, nhiệm vụ năm 2017": a year's review that sets the
        // next year's goals is written as the year closes
        if ahead.contains(latest + 1) { return latest }
        return latest + 1
    }

    /// The year before `year` when every mention of `year` sets goals or work for it ("… nhiệm vụ năm 2020", "Năm 2020,
    /// tỉnh sẽ …", "phấn đấu năm 2020 …") and the text tells no part of a year without its year: a review written
    /// before the year its goals are set for reports the year before. Nil otherwise.
    func yearBeforeGoals(_ year: Int) -> Int? {
        var sentence = 0
        var named = false
        for m in periods {
            // (nor one that tells a part or a day of that year, "30/4/2024", or says "năm 2024 này", this year)
            if SentenceBinder.isUndatedPart(m.shape) { return nil }
            // (a term ending in it, "giai đoạn 2016-2020", is no part of it)
            if case .years = m.shape { continue }
            guard case .year(let y) = m.shape else {
                if m.shape.statedYear == year { return nil }
                continue
            }
            guard y == year else { continue }
            // ("Trong 3 tháng cuối năm 2022, tỉnh phấn đấu …", "Cả năm 2023, tỉnh phấn đấu …": the rest or the whole of the
            // year in progress)
            if doc.isWord(m.tokens.upperBound, Self.nay) || m.tokens.contains(where: { doc.isWord($0, Lex.cuoi) })
                || doc.isWord(m.tokens.lowerBound - 1, Lex.ca) || doc.isWord(m.tokens.lowerBound, Lex.ca) { return nil }
            while sentence < doc.sentences.count, doc.sentences[sentence].upperBound <= m.tokens.lowerBound { sentence += 1 }
            guard m.role == .task || isTaskYear(m) || sentence < doc.sentences.count && aimsAheadOrWill(doc.sentences[sentence]) else { return nil }
            named = true
        }
        return named ? year - 1 : nil
    }

    /// The sentence sets a target or a plan, or says what "sẽ" (will) be done.
    private func aimsAheadOrWill(_ range: Range<Int>) -> Bool {
        range.contains { doc.isWord($0, Self.se) } || aimsAhead(range)
    }

    /// "(từ) đầu năm 2019 đến nay": a year from its start up to the time of writing.
    private func runsToNow(_ m: PeriodMention) -> Bool {
        let end = m.tokens.upperBound
        guard doc.matches(Lex.denNay, at: end) || doc.matches(Lex.toiNay, at: end) else { return false }
        return (m.tokens.lowerBound - 2..<end).contains { doc.isWord($0, Lex.dau) }
    }

    /// The year of an undated text that reports part of a year after every finished one ("8 tháng năm
    /// 2017": written during 2017); its "năm nay" is that year. Nil otherwise.
    func yearInProgress() -> Int? {
        var latest: Int?
        var partial: Int?
        for m in periods where m.role == .statement {
            switch m.shape {
            case .year(let y): latest = max(latest ?? y, y)
            case .month(_, let y?), .quarter(_, let y?), .firstMonths(_, let y?): partial = max(partial ?? y, y)
            default: continue
            }
        }
        guard let partial, partial > (latest ?? 0) else { return nil }
        return partial
    }

    /// The year of an undated text that sets work for the last months of a year ("Trong 2 tháng cuối
    /// năm 2021, tỉnh phấn đấu …", "những tháng cuối năm 2021 sẽ …"): written during that year. Only a
    /// forward-looking sentence counts; "những tháng cuối năm 2020, dịch bệnh …" is history.
    func yearOfRemainingMonths() -> Int? {
        var found: Int?
        for sentence in doc.sentences {
            for k in sentence where doc.isWord(k, Lex.cuoi) && doc.isWord(k - 1, Lex.thang) && doc.isWord(k + 1, Lex.nam) {
                guard let y = doc.integer(k + 2), PeriodScanner.isYear(y), isForwardLooking(sentence) else { continue }
                found = max(found ?? y, y)
            }
        }
        return found
    }

    /// The sentence sets a target or a plan (an estimate does not count: "ước đạt" reports the year so far).
    func aimsAhead(_ range: Range<Int>) -> Bool {
        for k in range {
            if catalogue.targetWords.longestMatch(in: doc.tokens, at: k, limit: range.upperBound)?.payload.contains(true) == true
                || catalogue.planWords.longestMatch(in: doc.tokens, at: k, limit: range.upperBound) != nil {
                return true
            }
        }
        return false
    }

    /// "lập quy hoạch đến năm 2030, tầm nhìn đến năm 2050": the horizon of a master plan, ahead of the writing.
    private func isPlanHorizon(_ m: PeriodMention, in sentence: Range<Int>) -> Bool {
        // (the mention starts at "năm", or at the year with "năm" before it)
        let start = doc.isWord(m.tokens.lowerBound, Lex.nam) ? m.tokens.lowerBound : m.tokens.lowerBound - 1
        guard doc.isWord(start - 1, Lex.den) else { return false }
        return sentence.contains { doc.matches(Self.quyHoach, at: $0) || doc.matches(Self.tamNhin, at: $0) }
    }

    /// "… thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2020": a year named by the goals or tasks
    /// set for it, within eight words before it in its clause.
    private func isTaskYear(_ m: PeriodMention) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k >= max(0, m.tokens.lowerBound - 8), !doc.isPunct(k, ".") && !doc.isPunct(k, ";") && !doc.isPunct(k, ":") {
            if doc.matches(Self.nhiemVu, at: k) || doc.matches(Self.mucTieu, at: k) { return true }
            k -= 1
        }
        return false
    }

    private static let nhiemVu = Lex.p("nhiệm vụ"), mucTieu = Lex.p("mục tiêu"), nay = Lex.w("này")
    private static let quyHoach = Lex.p("quy hoạch"), tamNhin = Lex.p("tầm nhìn"), se = Lex.w("sẽ")

    /// (The three tries are asked in turn, not gathered in an array per token: that array and its
    /// copies of the tries cost more than the look-ups.)
    private func isForwardLooking(_ range: Range<Int>) -> Bool {
        for k in range {
            // ("Năm 2020, tỉnh sẽ tiếp tục khai thác …": "sẽ", will, tells what is still to come)
            if doc.isWord(k, Self.se) { return true }
            if catalogue.targetWords.longestMatch(in: doc.tokens, at: k, limit: range.upperBound) != nil
                || catalogue.planWords.longestMatch(in: doc.tokens, at: k, limit: range.upperBound) != nil
                || catalogue.estimateWords.longestMatch(in: doc.tokens, at: k, limit: range.upperBound) != nil {
                return true
            }
        }
        return false
    }
}
