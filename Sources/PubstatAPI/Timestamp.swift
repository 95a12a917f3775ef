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

    /// Reads an RFC 3339 time (`2026-11-28T08:00:00Z`, `2026-11-28T15:00:00.5+07:00`; digits
    /// after the sixth decimal are dropped, a leap second counts as the second before), or a bare
    /// `YYYY-MM-DD` (midnight UTC); nil for anything else.
    public init?(iso text: String) {
        if let date = CalendarDate(iso: text) {
            self.init(startOf: date)
            return
        }
        let chars = Array(text.utf8)
        guard chars.count >= 20, chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t"),
              let date = CalendarDate(iso: String(decoding: chars[0..<10], as: UTF8.self)) else { return nil }
        let clock = Array(chars[11...])
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= clock.count, clock[range].allSatisfy({ (48...57).contains($0) }) else { return nil }
            return Int(String(decoding: clock[range], as: UTF8.self))
        }
        guard let h = number(0..<2), let m = number(3..<5), let s = number(6..<8), clock[2] == UInt8(ascii: ":"),
              clock[5] == UInt8(ascii: ":"), h < 24, m < 60, s <= 60 else { return nil }
        var index = 8
        var fraction: Int64 = 0
        if index < clock.count, clock[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < clock.count, (48...57).contains(clock[index]) {
                if digits < 6 { fraction = fraction * 10 + Int64(clock[index] - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in min(digits, 6)..<6 { fraction *= 10 }
        }
        let offset: Int
        let zone = Array(clock[index...])
        if zone == [UInt8(ascii: "Z")] || zone == [UInt8(ascii: "z")] {
            offset = 0
        } else if zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"), zone[3] == UInt8(ascii: ":"),
                  let oh = Int(String(decoding: zone[1..<3], as: UTF8.self)), let om = Int(String(decoding: zone[4..<6], as: UTF8.self)),
                  oh < 24, om < 60 {
            offset = (oh * 3600 + om * 60) * (zone[0] == UInt8(ascii: "+") ? 1 : -1)
        } else {
            return nil
        }
        let seconds = Int64(h * 3600 + m * 60 + min(s, 59) - offset)
        self.init(micros: Timestamp(startOf: date).micros + seconds * 1_000_000 + fraction)
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
