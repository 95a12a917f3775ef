/// Byte-level readers for the model's string-encoded values. Each fast path accepts only the
/// canonical form and builds the same value the type's `String` parser would; anything else
/// (escapes, unusual forms) goes through that parser, so results never differ.
extension JSONReader {
    mutating func readPeriod() throws -> Period {
        try readParsed("a period", Period.init) { PeriodBytes.parse($0) }
    }

    mutating func readJurisdiction() throws -> Jurisdiction {
        try readParsed("a jurisdiction", Jurisdiction.init) { Self.jurisdiction($0) }
    }

    mutating func readDate() throws -> CalendarDate {
        try readParsed("a YYYY-MM-DD date", CalendarDate.init(iso:)) { PeriodBytes.date($0[...]) }
    }

    mutating func readYearMonth() throws -> YearMonth {
        try readParsed("a YYYY-MM month", YearMonth.init(iso:)) { bytes in
            guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
                  let year = PeriodBytes.digits(bytes[0..<4]), let month = PeriodBytes.digits(bytes[5..<7]) else { return nil }
            return YearMonth(year: year, month: month)
        }
    }

    mutating func readUnit() throws -> MeasureUnit {
        try readEnum { key in
            switch key {
            case "vnd": .vnd
            case "thousand_vnd": .thousandVND
            case "million_vnd": .millionVND
            case "billion_vnd": .billionVND
            case "trillion_vnd": .trillionVND
            case "usd": .usd
            case "thousand_usd": .thousandUSD
            case "million_usd": .millionUSD
            case "billion_usd": .billionUSD
            case "percent": .percent
            case "arrivals": .arrivals
            case "visits": .visits
            case "count": .count
            case "hectare": .hectare
            case "tonne": .tonne
            default: nil
            }
        }
    }

    mutating func readKind() throws -> FigureKind {
        try readEnum { key in
            switch key {
            case "actual": .actual
            case "estimate": .estimate
            case "plan": .plan
            case "target": .target
            default: nil
            }
        }
    }

    mutating func readAuthority() throws -> Authority {
        try readEnum { key in
            switch key {
            case "central": .central
            case "provincial_council": .provincialCouncil
            case "city_council": .cityCouncil
            case "province_assigned": .provinceAssigned
            case "plan": .plan
            default: nil
            }
        }
    }

    /// A string-backed enum: raw bytes matched by `match`, else `T(rawValue:)` on the decoded string.
    private mutating func readEnum<T: RawRepresentable<String>>(_ match: (JSONKey) -> T?) throws -> T {
        let start = position
        let key = try readRawString()
        if case .raw = key, let value = match(key) { return value }
        guard let value = T(rawValue: key.text) else { throw mismatch("not a valid \(T.self): \"\(key.text)\"", at: start) }
        return value
    }

    /// Tries `fast` on the raw bytes, then `parse` on the string.
    private mutating func readParsed<T>(_ what: String, _ parse: (String) -> T?, fast: (UnsafeBufferPointer<UInt8>) -> T?) throws -> T {
        let start = position
        let key = try readRawString()
        if case .raw(let bytes) = key, let value = fast(bytes) { return value }
        let text = key.text
        guard let value = parse(text) else { throw mismatch("not \(what): \"\(text)\"", at: start) }
        return value
    }

    /// `level:Name` when the level is exact and the name starts with a character that cannot
    /// join the colon into one grapheme (ASCII or a precomposed Latin letter), so the split
    /// is the one `Jurisdiction(_:)` makes with `firstIndex(of: ":")`.
    private static func jurisdiction(_ bytes: UnsafeBufferPointer<UInt8>) -> Jurisdiction? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 1 < bytes.count else { return nil }
        let level: Jurisdiction.Level
        switch JSONKey.raw(UnsafeBufferPointer(rebasing: bytes[..<colon])) {
        case "province": level = .province
        case "city": level = .city
        case "district": level = .district
        case "town": level = .town
        case "commune": level = .commune
        case "ward": level = .ward
        case "special_zone": level = .specialZone
        case "country": level = .country
        default: return nil
        }
        let name = UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])
        var scalars = name.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let first) = decoder.decode(&scalars) else { return nil }
        switch first.value {
        case 0x21..<0x80, 0xC0...0x24F, 0x1E00...0x1EFF: break
        default: return nil
        }
        return Jurisdiction(level, String(decoding: name, as: UTF8.self))
    }
}

/// Canonical period and date forms, digit by digit.
enum PeriodBytes {
    /// `YYYY`, `YYYY-MM`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-nM`, `YYYY-nnM`, `YYYY/YYYY`,
    /// `YYYY-MM-DD/YYYY-MM-DD`, each optionally followed by `-target`.
    static func parse(_ all: UnsafeBufferPointer<UInt8>) -> Period? {
        var bytes = all[...]
        let suffix = Array("-target".utf8)
        let isTarget = bytes.count > suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
        if isTarget { bytes = bytes.dropLast(suffix.count) }
        let s = bytes.startIndex
        guard bytes.count >= 4, let year = digits(bytes[s..<s + 4]) else { return nil }
        let rest = bytes[(s + 4)...]
        let span: Period.Span
        switch rest.count {
        case 0:
            span = .year(year)
        case 3 where rest.first == UInt8(ascii: "-"):
            let r = rest.startIndex
            if let month = digits(rest[(r + 1)...]), let ym = YearMonth(year: year, month: month) {
                span = .month(ym)
            } else if let n = digits(rest[(r + 2)...]) {
                switch rest[r + 1] {
                case UInt8(ascii: "Q") where (1...4).contains(n): span = .quarter(year: year, quarter: n)
                case UInt8(ascii: "H") where (1...2).contains(n): span = .half(year: year, half: n)
                default:
                    guard rest[r + 2] == UInt8(ascii: "M"), let m = digits(rest[(r + 1)..<(r + 2)]), (1...12).contains(m) else { return nil }
                    span = .firstMonths(year: year, months: m)
                }
            } else if rest[r + 2] == UInt8(ascii: "M"), let m = digits(rest[(r + 1)..<(r + 2)]), (1...12).contains(m) {
                span = .firstMonths(year: year, months: m)
            } else {
                return nil
            }
        case 4 where rest.first == UInt8(ascii: "-") && rest.last == UInt8(ascii: "M"):
            let r = rest.startIndex
            guard let m = digits(rest[(r + 1)..<(r + 3)]), (1...12).contains(m) else { return nil }
            span = .firstMonths(year: year, months: m)
        case 5 where rest.first == UInt8(ascii: "/"):
            guard let to = digits(rest.dropFirst()) else { return nil }
            span = .years(from: year, to: to)
        case 17 where bytes.count == 21 && bytes[s + 10] == UInt8(ascii: "/"):
            guard let from = date(bytes[s..<(s + 10)]), let to = date(bytes[(s + 11)...]) else { return nil }
            span = .days(from: from, to: to)
        default:
            return nil
        }
        return Period(span, isTarget: isTarget)
    }

    /// `YYYY-MM-DD` with exactly those digits.
    static func date(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> CalendarDate? {
        let s = bytes.startIndex
        guard bytes.count == 10, bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-"),
              let year = digits(bytes[s..<(s + 4)]), let month = digits(bytes[(s + 5)..<(s + 7)]),
              let day = digits(bytes[(s + 8)...]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// A run of 1 to 4 ASCII digits as an integer.
    static func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard (1...4).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard byte &- UInt8(ascii: "0") < 10 else { return nil }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return value
    }
}
