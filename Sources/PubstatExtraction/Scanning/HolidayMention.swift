/// "4 ngày nghỉ lễ Quốc khánh 2/9", "5 ngày nghỉ lễ 30/4 - 1/5", "3 ngày nghỉ Tết Dương lịch": a public holiday
/// named with its count of days off as the time of the figures, the days taken from the official schedules.
/// (Named without the count, "dịp lễ Quốc khánh 2/9/2024", a holiday's figures may be over the text's own window
/// written elsewhere, or over other days: measured on unseen text, the schedule was then wrong as often as right. The
/// days off named as such with their year, "những ngày nghỉ Tết Nguyên đán 2025", "kỳ nghỉ lễ 2/9/2025", are the schedule's.)
extension PeriodScanner {
    static let holidayTriggers = [Lex.w("nghỉ")]

    /// A holiday named after "N ngày nghỉ (lễ)" at `i`; the count must agree with the schedule.
    func holidayPeriod(at i: Int) -> (PeriodShape, Int)? {
        guard doc.isWord(i, Self.nghi) else { return nil }
        // ("3 ngày ngày nghỉ Tết Dương lịch": the word doubled by a slip)
        let count = doc.isWord(i - 2, Lex.ngay) ? i - 3 : i - 2
        let before = doc.isWord(i - 1, Lex.ngay) ? doc.integer(count) : nil
        var k = i + 1
        if doc.isWord(k, Self.le) { k += 1 }
        guard let (holiday, afterName, written) = holidayName(at: k) else { return nil }
        var end = afterName
        var year = written
        if year == nil, doc.isWord(end, Lex.nam), let y = doc.integer(end + 1), Self.isYear(y) { year = y; end += 2 }
        else if year == nil, let y = doc.integer(end), Self.isYear(y), doc.bytes(end).count == 4 { year = y; end += 1 }
        // ("Dịp nghỉ lễ 30/4 và 1/5 kéo dài 4 ngày": the count after the name)
        let after = doc.matches(Self.keoDai, at: end) && doc.isWord(end + 3, Lex.ngay) ? doc.integer(end + 2) : nil
        // ("trong những ngày nghỉ Tết Nguyên đán 2025", "kỳ nghỉ lễ 30/4 - 1/5/2024": the days off themselves, named with
        // their year, are the schedule's, whatever their count; "dịp lễ", an occasion, is not)
        let daysOff = doc.isWord(i - 1, Lex.ky) || doc.isWord(i - 1, Lex.ngay) && (doc.isWord(i - 2, Self.nhung) || doc.isWord(i - 2, Self.cac))
        let scheduled = daysOff ? year.flatMap { OfficialHolidays.length(holiday, year: $0) } : nil
        guard let days = before ?? after ?? scheduled, (1...12).contains(days) else { return nil }
        return (.holiday(holiday, year: year, days: days), end)
    }

    /// "(trong) ngày đầu tiên của dịp lễ Quốc khánh 2/9", "ngày đầu kỳ nghỉ Tết Dương lịch": the first of a holiday's
    /// days off, named at `i` ("ngày"), by its schedule.
    func holidayFirstDay(at i: Int) -> (PeriodShape, Int)? {
        guard doc.isWord(i, Lex.ngay), doc.isWord(i + 1, Lex.dau) else { return nil }
        var k = i + 2
        if doc.isWord(k, Self.tien) { k += 1 }
        if doc.isWord(k, Lex.cua) { k += 1 }
        if doc.isWord(k, Self.dip) || doc.isWord(k, Lex.ky) { k += 1 }
        if doc.isWord(k, Self.nghi) { k += 1 }
        if doc.isWord(k, Self.le) { k += 1 }
        guard k > i + 2, let (holiday, afterName, written) = holidayName(at: k) else { return nil }
        var end = afterName
        var year = written
        if year == nil, doc.isWord(end, Lex.nam), let y = doc.integer(end + 1), Self.isYear(y) { year = y; end += 2 }
        return (.holidayFirstDay(holiday, year: year), end)
    }

    /// The holiday named at `k`, the token after its name, and a year written within it ("2/9/2024", "2.9.2024").
    private func holidayName(at k: Int) -> (OfficialHolidays.Holiday, Int, Int?)? {
        if doc.matches(Self.quocKhanh, at: k) || doc.matches(Self.tetDocLap, at: k) {
            let after = k + 2
            if let (day, month, year, end) = writtenDay(at: after), day == 2, month == 9 { return (.nationalDay, end, year) }
            return (.nationalDay, after, nil)
        }
        if doc.matches(Self.tetDuongLich, at: k) { return (.solarNewYear, k + 3, nil) }
        if doc.matches(Self.tetNguyenDan, at: k) {
            let after = k + 3
            return (.lunarNewYear, LunarYearName.starts(at: after, in: doc) ? after + 2 : after, nil)
        }
        if doc.isWord(k, Lex.tet), LunarYearName.starts(at: k + 1, in: doc) { return (.lunarNewYear, k + 3, nil) }
        // ("5 ngày nghỉ Tết": the days off of Tết alone are the lunar new year's)
        if doc.isWord(k, Lex.tet), doc.isWord(k - 1, Self.nghi) { return (.lunarNewYear, k + 1, nil) }
        guard let (day, month, year, end) = writtenDay(at: k) else { return nil }
        if day == 2, month == 9 { return (.nationalDay, end, year) }
        guard day == 30, month == 4 else { return nil }
        // "30/4 - 1/5", "30/4 và 1/5", "30-4 và 1-5": the two holidays taken together
        var j = end
        if doc.isPunct(j, "-") || doc.isPunct(j, "–") || doc.isWord(j, Lex.va) { j += 1 }
        if let (d2, m2, y2, after) = writtenDay(at: j), d2 == 1, m2 == 5 { return (.reunificationAndLabourDay, after, y2 ?? year) }
        return (.reunificationAndLabourDay, end, year)
    }

    /// A day and month written "2/9", "2-9" or "2.9" (one number token), perhaps with its year ("2/9/2024", "2.9.2024").
    private func writtenDay(at k: Int) -> (day: Int, month: Int, year: Int?, end: Int)? {
        if let dotted = dottedDayMonth(at: k) { return (dotted.day, dotted.month, dotted.year, k + 1) }
        guard let (day, month) = dayMonth(at: k) else { return nil }
        if doc.isPunct(k + 3, "/"), let y = doc.integer(k + 4), Self.isYear(y) { return (day, month, y, k + 5) }
        return (day, month, nil, k + 3)
    }

    private static let nghi = Lex.w("nghỉ"), le = Lex.w("lễ"), keoDai = Lex.p("kéo dài")
    private static let tien = Lex.w("tiên"), dip = Lex.w("dịp"), nhung = Lex.w("những"), cac = Lex.w("các")
    private static let quocKhanh = Lex.p("quốc khánh"), tetDocLap = Lex.p("tết độc lập")
    private static let tetDuongLich = Lex.p("tết dương lịch"), tetNguyenDan = Lex.p("tết nguyên đán")
}
