import Foundation
import PubstatModel

/// The solar date of Tết Nguyên đán, the first day of the lunar year, for 1990–2060 in Vietnam's
/// time zone: `lunar-new-year.json`, computed by `scripts/gen-lunar-new-year.py`. Holiday bulletins
/// name days by the lunar calendar ("mùng 4 Tết"); this turns them into calendar days.
enum LunarNewYear {
    private struct Table: Decodable {
        var lunar_new_year: [String: CalendarDate]
    }

    private static let firstDays: [Int: CalendarDate] = {
        do {
            let table = try JSONDecoder().decode(Table.self, from: Data(EmbeddedLunarNewYear.json.utf8))
            return Dictionary(uniqueKeysWithValues: table.lunar_new_year.compactMap { key, date in Int(key).map { ($0, date) } })
        } catch {
            preconditionFailure("the embedded lunar new year table does not decode: \(error)")
        }
    }()

    /// The `n`-th day of the first lunar month of the lunar year that starts in `year` (`mùng 1` is
    /// Tết itself); nil outside the table or for a day past the tenth.
    static func day(_ n: Int, ofYear year: Int) -> CalendarDate? {
        guard (1...10).contains(n), var date = firstDays[year] else { return nil }
        for _ in 1..<n {
            let next = CalendarDate(year: date.year, month: date.month, day: date.day + 1)
            date = next ?? CalendarDate(year: date.year, month: date.month + 1, day: 1)!
        }
        return date
    }
}
