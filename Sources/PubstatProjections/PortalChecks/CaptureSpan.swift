import PubstatModel

/// The days that can lie between two page captures known only to the month, and the daily
/// averages of the visits counted between them.
struct CaptureSpan: Hashable, Sendable {
    /// From the last day of the earlier month to the first day of the later one.
    var daysMin: Int
    /// From the first day of the earlier month to the last day of the later one.
    var daysMax: Int

    /// The span from a capture in `from` to one in `to`; nil unless `to` is a later month.
    init?(from: YearMonth, to: YearMonth) {
        guard from < to else { return nil }
        let lastOfFrom = CalendarDate.daysIn(month: from.month, year: from.year)
        daysMin = Self.dayNumber(to.year, to.month, 1) - Self.dayNumber(from.year, from.month, lastOfFrom)
        daysMax = Self.dayNumber(to.year, to.month, CalendarDate.daysIn(month: to.month, year: to.year))
            - Self.dayNumber(from.year, from.month, 1)
    }

    /// The middle of the span, in days.
    var middle: Double { Double(daysMin + daysMax) / 2 }

    /// True when the middle is within ±10% of every possible span: then one daily average is meaningful.
    var isNarrow: Bool { Double(daysMax - daysMin) / 2 <= 0.1 * middle }

    /// Visits per day over the most days (low), the fewest (high) and, when the span is narrow, its middle.
    func dailyAverages(of visits: Double) -> (low: Double, high: Double, middle: Double?) {
        (Self.round2(visits / Double(daysMax)), Self.round2(visits / Double(daysMin)), isNarrow ? Self.round2(visits / middle) : nil)
    }

    /// Days since a fixed origin (proleptic Gregorian), for differences between dates.
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let before = year - 1
        let ordinal = CalendarDate(year: year, month: month, day: day)?.ordinal ?? 0
        return before * 365 + before / 4 - before / 100 + before / 400 + ordinal
    }

    private static func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
