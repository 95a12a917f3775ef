import PubstatModel

/// A period as written, possibly without its year (`9 tháng đầu năm`, `quý III`, `tháng 7`).
enum PeriodShape: Sendable {
    case year(Int)
    case month(Int, year: Int?)
    case quarter(Int, year: Int?)
    case firstMonths(Int, year: Int?)
    /// "6 tháng cuối năm 2025": the second half of a year.
    case secondHalf(year: Int?)
    case years(Int, Int)
    case days(from: (day: Int, month: Int), to: (day: Int, month: Int), year: Int?)
    /// "từ 26 tháng Chạp đến mùng 4 Tết": lunar days around Tết of `year` (the solar year Tết falls in).
    case lunarDays(from: LunarDay, to: LunarDay, year: Int?)
    /// "4 ngày nghỉ lễ Quốc khánh 2/9": the first `days` of a public holiday's official days off in `year` (all of them, or fewer).
    case holiday(OfficialHolidays.Holiday, year: Int?, days: Int)
    /// "ngày đầu tiên của dịp lễ Quốc khánh 2/9": the first of a public holiday's official days off in `year`.
    case holidayFirstDay(OfficialHolidays.Holiday, year: Int?)
    /// "đến nay", "hiện nay": the time of writing.
    case now
    /// "năm nay": the bulletin's own year.
    case thisYear
    /// "năm tới": the year after the bulletin's.
    case nextYear
    /// "năm qua" (1), "5 năm qua" (5): the last completed years before the time of writing.
    case pastYears(Int)
    /// "từ đầu năm đến nay": the year so far, up to the month before the time of writing.
    case yearToDate
    /// "cả năm" alone: the whole of the year the text is about.
    case wholeYear
    /// "trong tháng" alone: the month the report is about (the last month of its running period).
    case thisMonth

    /// A window of days, solar or lunar ("từ 29/4 đến 3/5", "từ 26 tháng Chạp đến mùng 4 Tết").
    var isDayWindow: Bool {
        switch self {
        case .days, .lunarDays, .holiday, .holidayFirstDay: true
        default: false
        }
    }

    /// A window of several days written out in the text (not a holiday's official days off, not a single day).
    var isWrittenWindow: Bool {
        switch self {
        case .days(let from, let to, _): from.day != to.day || from.month != to.month
        case .lunarDays(let from, let to, _): from != to
        default: false
        }
    }

    /// The count of a year's first months (`9 tháng`), if that is what the shape is.
    var firstMonthCount: Int? {
        if case .firstMonths(let n, _) = self { return n }
        return nil
    }

    var isNow: Bool {
        if case .now = self { return true }
        return false
    }

    /// The year written in the text, if any.
    var statedYear: Int? {
        switch self {
        case .year(let y): y
        case .month(_, let y), .quarter(_, let y), .firstMonths(_, let y), .days(_, _, let y), .lunarDays(_, _, let y), .holiday(_, let y, _),
             .holidayFirstDay(_, let y), .secondHalf(let y): y
        case .years(_, let b): b
        case .now, .thisYear, .nextYear, .pastYears, .yearToDate, .wholeYear, .thisMonth: nil
        }
    }

    /// The period, taking `year` for a shape that states none.
    func resolve(year: Int?) -> Period? {
        switch self {
        case .year(let y): return Period(.year(y))
        case .month(let m, let y):
            guard let y = y ?? year, let ym = YearMonth(year: y, month: m) else { return nil }
            return Period(.month(ym))
        case .quarter(let q, let y):
            guard let y = y ?? year else { return nil }
            return Period(.quarter(year: y, quarter: q))
        case .firstMonths(let n, let y):
            guard let y = y ?? year else { return nil }
            switch n {
            case 3: return Period(.quarter(year: y, quarter: 1))
            case 6: return Period(.half(year: y, half: 1))
            case 12: return Period(.year(y))
            default: return Period(.firstMonths(year: y, months: n))
            }
        case .secondHalf(let y):
            guard let y = y ?? year else { return nil }
            return Period(.half(year: y, half: 2))
        case .years(let a, let b): return Period(.years(from: a, to: b))
        case .days(let from, let to, let y):
            guard let y = y ?? year,
                  let a = CalendarDate(year: y, month: from.month, day: from.day),
                  let b = CalendarDate(year: to.month < from.month ? y + 1 : y, month: to.month, day: to.day) else { return nil }
            return Period(.days(from: a, to: b))
        case .lunarDays(let from, let to, let y):
            guard let y = y ?? year, let a = from.date(aroundNewYearOf: y), let b = to.date(aroundNewYearOf: y) else { return nil }
            return Period(.days(from: a, to: b))
        case .holiday(let holiday, let y, let days):
            guard let y = y ?? year, let (first, last) = OfficialHolidays.window(holiday, year: y),
                  let length = OfficialHolidays.length(holiday, year: y), days <= length else { return nil }
            // ("5 ngày nghỉ Tết" of nine days off: the first five, as the reports counting them say)
            return Period(.days(from: first, to: days == length ? last : first.adding(days: days - 1)))
        case .holidayFirstDay(let holiday, let y):
            guard let y = y ?? year, let (first, _) = OfficialHolidays.window(holiday, year: y) else { return nil }
            return Period(.days(from: first, to: first))
        case .pastYears(let n):
            guard let year else { return nil }
            return n <= 1 ? Period(.year(year)) : Period(.years(from: year - n + 1, to: year))
        case .now, .thisYear, .yearToDate, .wholeYear, .thisMonth:
            guard let year else { return nil }
            return Period(.year(year))
        case .nextYear:
            guard let year else { return nil }
            return Period(.year(year + 1))
        }
    }
}

/// Where a period is written and how it is used.
struct PeriodMention: Sendable {
    enum Role: Sendable { case statement, comparison, task, aside }
    var tokens: Range<Int>
    var shape: PeriodShape
    /// statement: sets the period of what follows; comparison ("so với năm 2015"), task
    /// ("nhiệm vụ quý II") and aside (in parentheses) do not, though an aside can still be a
    /// number's own period.
    var role: Role
    /// Inside quotation marks: the speaker's words ("Năm 2011, cả thôn chỉ có đường đất").
    var quoted = false
    /// On a heading line of its own ("II. KẾT QUẢ NĂM 2025"): it frames the section under it.
    var heading = false
    /// Opens its sentence after "Riêng" ("Riêng quý IV/2025, GRDP ước tăng 9,31%"): a part singled out.
    var singledOut = false
    /// Dates its own sentence only, and the running period resumes after it: a whole year looked ahead to
    /// after an estimate word ("Dự ước cả năm 2015 tăng trưởng đạt 8,5%" in a report on nine months), or a
    /// holiday's peak day ("Ngày mùng 2 Tết (30/01/2025) là ngày cao điểm" in a report on the holiday).
    var datesOwnSentence = false
    /// Months counted up to one ("tính đến tháng 10/2021", "đến hết tháng 11"): a running total for a flow, the
    /// month itself for a stock (communes that meet a standard, products certified).
    var runsUpTo = false
    /// "đến nay", "hiện nay": the time of writing, for a stock.
    var tellsNow: Bool { if case .now = shape { true } else { false } }
    /// Opens a sentence that sets a goal before any number ("Năm 2026, tỉnh quyết tâm tăng trưởng GRDP 10%"): a
    /// year ahead of the running one dates that goal only, and the running period resumes after it.
    var setsGoalAhead = false
    /// Opens a clause after a semicolon ("…; 2 tháng đầu năm 2024 đạt trên 310.000 lượt"), a few words at most between.
    var opensSemicolonClause = false
}

/// A calendar date as written; the year may be missing (`ngày 13/12`).
struct DateMention: Sendable {
    var tokens: Range<Int>
    var day: Int
    var month: Int
    var year: Int?
    /// Introduced by "đến ngày", "tính đến", "đến hết ngày": a cut-off.
    var isCutOff: Bool
}
