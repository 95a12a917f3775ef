import PubstatModel

/// A moment in UTC with microseconds, such as the time an event was appended to the log;
/// written `2026-11-28T08:00:00.123456Z`.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var micros: Int64

    public init(micros: Int64) { self.micros = micros }

    /// Midnight UTC at the start of `date`.
    public init(startOf date: CalendarDate) {
        self.init(micros: Int64(Self.days(from: date)) * 86_400_000_000)
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` (any number of fraction digits up to 6), or a bare
    /// `YYYY-MM-DD` (midnight UTC); nil for anything else.
    public init?(iso text: String) {
        if let date = CalendarDate(iso: text) {
            self.init(startOf: date)
            return
        }
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])), parts[1].hasSuffix("Z") else { return nil }
        let clock = parts[1].dropLast().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let hms = clock[0].split(separator: ":", omittingEmptySubsequences: false)
        guard hms.count == 3, hms.allSatisfy({ $0.count == 2 }), let h = Int(hms[0]), let m = Int(hms[1]), let s = Int(hms[2]),
              h < 24, m < 60, s < 60 else { return nil }
        var fraction: Int64 = 0
        if clock.count == 2 {
            let digits = clock[1]
            guard (1...6).contains(digits.count), digits.allSatisfy(\.isASCII), let value = Int64(digits) else { return nil }
            fraction = value * Int64([1, 100_000, 10_000, 1_000, 100, 10, 1][digits.count])
        }
        self.init(micros: Timestamp(startOf: date).micros + Int64(h * 3600 + m * 60 + s) * 1_000_000 + fraction)
    }

    /// The UTC date of this moment.
    public var date: CalendarDate {
        let day = micros >= 0 ? micros / 86_400_000_000 : (micros - 86_399_999_999) / 86_400_000_000
        return Self.civil(fromDays: Int(day))
    }

    public var description: String {
        let day = micros >= 0 ? micros / 86_400_000_000 : (micros - 86_399_999_999) / 86_400_000_000
        let within = micros - day * 86_400_000_000
        let seconds = Int(within / 1_000_000), fraction = Int(within % 1_000_000)
        return "\(date)T\((seconds / 3600).paddedDigits(2)):\((seconds / 60 % 60).paddedDigits(2)):"
            + "\((seconds % 60).paddedDigits(2)).\(fraction.paddedDigits(6))Z"
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.micros < b.micros }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Timestamp(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UTC time: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func days(from date: CalendarDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (civil_from_days).
    static func civil(fromDays days: Int) -> CalendarDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }
}
