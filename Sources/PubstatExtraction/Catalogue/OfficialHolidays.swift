import Foundation
import PubstatModel

/// The days off of Vietnam's public holidays, year by year, from the official schedules (`holidays.json`, edited
/// by hand as data): the window a holiday bulletin means by "dịp lễ Quốc khánh 2/9" when it gives no dates.
enum OfficialHolidays {
    /// A holiday with days off in a row.
    enum Holiday: String, Sendable, CaseIterable {
        /// Quốc khánh, 2 September.
        case nationalDay = "national_day"
        /// Giải phóng miền Nam 30 April and Quốc tế Lao động 1 May, taken together.
        case reunificationAndLabourDay = "reunification_and_labour_day"
        /// Tết Dương lịch, 1 January.
        case solarNewYear = "solar_new_year"
        /// Tết Nguyên đán.
        case lunarNewYear = "lunar_new_year"
    }

    private static let windows: [Holiday: [Int: (CalendarDate, CalendarDate)]] = {
        do {
            let object = try JSONSerialization.jsonObject(with: Data(EmbeddedHolidays.json.utf8)) as? [String: Any] ?? [:]
            var table: [Holiday: [Int: (CalendarDate, CalendarDate)]] = [:]
            for holiday in Holiday.allCases {
                let years = object[holiday.rawValue] as? [String: [String]] ?? [:]
                table[holiday] = Dictionary(uniqueKeysWithValues: try years.map { key, days in
                    guard let year = Int(key), days.count == 2, let first = CalendarDate(iso: days[0]), let last = CalendarDate(iso: days[1]),
                          first <= last else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(holiday.rawValue) \(key)")) }
                    return (year, (first, last))
                })
            }
            return table
        } catch {
            preconditionFailure("the embedded holiday table does not decode: \(error)")
        }
    }()

    /// The first and last day off of `holiday` named for `year`; nil for a year the table does not hold.
    static func window(_ holiday: Holiday, year: Int) -> (first: CalendarDate, last: CalendarDate)? {
        windows[holiday]?[year]
    }

    /// The number of days off in that window.
    static func length(_ holiday: Holiday, year: Int) -> Int? {
        guard let (first, last) = window(holiday, year: year) else { return nil }
        return first.days(through: last)
    }
}
