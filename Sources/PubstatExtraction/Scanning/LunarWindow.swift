import PubstatModel

/// A day of the lunar calendar around Tết as a holiday bulletin writes it: "26 tháng Chạp" (the last
/// month before the new year) or "mùng 4 Tết" (the first month of the new year).
struct LunarDay: Sendable, Equatable {
    var day: Int
    /// In the last lunar month before Tết (tháng Chạp), not the first month of the new year.
    var beforeNewYear: Bool

    /// Whether `other` is this day or a later one around the same Tết.
    func precedes(_ other: LunarDay) -> Bool {
        beforeNewYear == other.beforeNewYear ? day <= other.day : beforeNewYear
    }

    /// The solar date of this day around Tết of `year` (the solar year Tết falls in).
    func date(aroundNewYearOf year: Int) -> CalendarDate? {
        beforeNewYear ? LunarNewYear.lastMonthDay(day, beforeNewYearOf: year) : LunarNewYear.day(day, ofYear: year)
    }
}

extension PeriodScanner {
    /// "từ 26 tháng Chạp đến mùng 4 Tết", "từ 29 Tết đến hết mùng 5 Tết", "từ mùng 1 đến mùng 6 tháng Giêng
    /// (năm) Ất Tỵ 2025": a holiday window in lunar days, starting at the word after "từ". Its year is the
    /// one written after it or with the holiday's name before it, else the text's.
    func lunarWindow(at j: Int) -> (PeriodShape, Int)? {
        guard let (from, middle, fromNamed) = lunarDay(at: j) else { return nil }
        var k = middle
        if doc.isWord(k, Lex.den) { k += 1 } else if doc.isPunct(k, "-") { k += 1 } else { return nil }
        if doc.isWord(k, Lex.het) { k += 1 }
        guard let (to, end, toNamed) = lunarDay(at: k), fromNamed || toNamed else { return nil }
        // (a window runs forward: "từ mùng 5 đến 27 tháng Chạp" names no window around one Tết)
        guard from.precedes(to) else { return nil }
        var year = holidayYear(before: j)
        var stop = end
        // "… mùng 4 Tết Nguyên đán Ất Tỵ 2025", "… tháng Giêng năm 2025": a year may close it
        var y = end
        while y < end + 5, y < doc.count, doc.tokens[y].kind == .word, !doc.isWord(y, Lex.den) { y += 1 }
        if let written = doc.integer(y), Self.isYear(written), doc.bytes(y).count == 4 {
            year = written
            stop = y + 1
        }
        return (.lunarDays(from: from, to: to, year: year), stop)
    }

    /// "Cụ thể, trong ngày mùng 3 Tết, tổng lượng khách …", "Ngày mùng 3 Tết, …": one day of Tết set before a comma as
    /// the time of what follows, `i` at "ngày" (not the peak day a sentence names: "ngày mùng 3 Tết là ngày cao điểm").
    func lunarDayFrame(at i: Int) -> (PeriodShape, Int)? {
        guard doc.isWord(i, Lex.ngay), doc.isWord(i - 1, Lex.trong) || i == 0 || doc.tokens[i].newlineBefore || doc.isPunct(i - 1, "."),
              let (day, end, named) = lunarDay(at: i), named, doc.isPunct(end, ",") else { return nil }
        return (.lunarDays(from: day, to: day, year: nil), end)
    }

    /// One lunar day at `k` ("ngày" may open it): the day, the token after it, and whether the month was
    /// named ("Tết", "tháng Chạp", "tháng Giêng") or only implied ("mùng 1").
    private func lunarDay(at k: Int) -> (LunarDay, Int, Bool)? {
        var k = k
        if doc.isWord(k, Lex.ngay) { k += 1 }
        let mung = doc.isWord(k, Self.mungWord) || doc.isWord(k, Self.mongWord)
        if mung { k += 1 }
        guard let n = doc.integer(k), (1...30).contains(n), doc.bytes(k).count <= 2, !doc.isPunct(k + 1, "/") else { return nil }
        k += 1
        if doc.isWord(k, Lex.thang), doc.isWord(k + 1, Self.chap) || doc.isWord(k + 1, Lex.gieng) {
            let last = doc.isWord(k + 1, Self.chap)
            guard !mung || !last else { return nil }
            // ("27 tháng Chạp năm Ất Tỵ": the lunar year named after its month)
            let named = doc.isWord(k + 2, Lex.nam) && LunarYearName.starts(at: k + 3, in: doc) ? 3 : 0
            return (LunarDay(day: n, beforeNewYear: last), k + 2 + named, true)
        }
        if doc.isWord(k, Self.chap) { return mung ? nil : (LunarDay(day: n, beforeNewYear: true), k + 1, true) }
        // "29 Tết", "30 Tết": the last days of the old year; "mùng 4 Tết", "4 Tết": the new year's
        if doc.isWord(k, Lex.tet) {
            if !mung, n >= 20 { return (LunarDay(day: n, beforeNewYear: true), k + 1, true) }
            return n <= 10 ? (LunarDay(day: n, beforeNewYear: false), k + 1, true) : nil
        }
        guard mung, n <= 10 else { return nil }
        return (LunarDay(day: n, beforeNewYear: false), k, false)
    }

    private static let chap = Lex.w("chạp"), mungWord = Lex.w("mùng"), mongWord = Lex.w("mồng")
}
