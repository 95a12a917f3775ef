import PubstatModel

/// Reads the model values ``PackedWriter`` wrote (see `PackedWriter+Model.swift`).
extension PackedReader {
    mutating func date() -> CalendarDate {
        let year = int()
        let month = Int(byte())
        let day = Int(byte())
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("a packed record holds an impossible date")
        }
        return date
    }

    mutating func yearMonth() -> YearMonth {
        let year = int()
        guard let month = YearMonth(year: year, month: Int(byte())) else {
            preconditionFailure("a packed record holds an impossible month")
        }
        return month
    }

    mutating func period() -> Period {
        let span: Period.Span
        switch byte() {
        case 0: span = .year(int())
        case 1: span = .month(yearMonth())
        case 2: span = .quarter(year: int(), quarter: int())
        case 3: span = .half(year: int(), half: int())
        case 4: span = .firstMonths(year: int(), months: int())
        case 5: span = .years(from: int(), to: int())
        case 6: span = .days(from: date(), to: date())
        default: preconditionFailure("a packed record holds an unknown period form")
        }
        return Period(span, isTarget: byte() == 1)
    }

    mutating func span() -> SourceSpan {
        var span = SourceSpan(start: int(), end: int())
        let present = byte()
        if present & 1 != 0 { span.originalStart = int() }
        if present & 2 != 0 { span.originalEnd = int() }
        return span
    }

    mutating func mention() -> UnclassifiedMention {
        let present = byte()
        let value = double()
        let unit = position(MeasureUnit.self)
        let quote = text()
        let text: String
        if present & 8 != 0 {
            let start = Int(varint())
            let count = Int(varint())
            text = String(decoding: quote.utf8.dropFirst(start).prefix(count), as: UTF8.self)
        } else {
            text = self.text()
        }
        let source = span()
        let high = present & 1 != 0 ? double() : nil
        let period = present & 2 != 0 ? period() : nil
        let indicator = present & 4 != 0 ? Indicator(self.text()) : nil
        return UnclassifiedMention(value: value, valueHigh: high, unit: unit, text: text, period: period, quote: quote,
                                   source: source, indicator: indicator)
    }
}
