import Foundation
import PubstatModel

/// The solar date of Tết Nguyên đán, the first day of the lunar year, for 1990–2060 in Vietnam's
/// time zone: `lunar-new-year.json`, computed by `scripts/gen-lunar-new-year.py`. Holiday bulletins
/// name days by the lunar calendar ("mùng 4 Tết"); this turns them into calendar days.
enum LunarNewYear {
    private struct Table: Decodable {
        var lunar_new_year: [String: CalendarDate]
        var last_month: [String: CalendarDate]
    }

    private static let table: Table = {
        do {
            return try JSONDecoder().decode(Table.self, from: Data(EmbeddedLunarNewYear.json.utf8))
        } catch {
            preconditionFailure("the embedded lunar new year table does not decode: \(error)")
        }
    }()

    private static let firstDays = byYear(table.lunar_new_year)
    private static let lastMonthFirstDays = byYear(table.last_month)

    private static func byYear(_ dates: [String: CalendarDate]) -> [Int: CalendarDate] {
        Dictionary(uniqueKeysWithValues: dates.compactMap { key, date in Int(key).map { ($0, date) } })
    }

    /// The `n`-th day of the first lunar month of the lunar year that starts in `year` (`mùng 1` is
    /// Tết itself); nil outside the table or for a day past the tenth.
    static func day(_ n: Int, ofYear year: Int) -> CalendarDate? {
        guard (1...10).contains(n), let date = firstDays[year] else { return nil }
        return date.adding(days: n - 1)
    }

    /// The `n`-th day of the last lunar month (tháng Chạp) before Tết of `year`: "26 tháng Chạp" of the
    /// lunar year that ends early in `year`; nil outside the table or past the month's last day.
    static func lastMonthDay(_ n: Int, beforeNewYearOf year: Int) -> CalendarDate? {
        guard n >= 1, let first = lastMonthFirstDays[year], let newYear = firstDays[year] else { return nil }
        let date = first.adding(days: n - 1)
        return date < newYear ? date : nil
    }
}
