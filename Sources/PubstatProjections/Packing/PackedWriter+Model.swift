import PubstatModel

/// The model values of packed records. Enumerations are written by raw value; every optional
/// member is one bit of a presence mask written before the members that are present.
extension PackedWriter {
    mutating func date(_ date: CalendarDate) {
        int(date.year)
        byte(UInt8(date.month))
        byte(UInt8(date.day))
    }

    mutating func yearMonth(_ month: YearMonth) {
        int(month.year)
        byte(UInt8(month.month))
    }

    mutating func period(_ period: Period) {
        switch period.span {
        case .year(let year):
            byte(0); int(year)
        case .month(let month):
            byte(1); yearMonth(month)
        case .quarter(let year, let quarter):
            byte(2); int(year); int(quarter)
        case .half(let year, let half):
            byte(3); int(year); int(half)
        case .firstMonths(let year, let months):
            byte(4); int(year); int(months)
        case .years(let from, let to):
            byte(5); int(from); int(to)
        case .days(let from, let to):
            byte(6); date(from); date(to)
        }
        byte(period.isTarget ? 1 : 0)
    }

    mutating func span(_ span: SourceSpan) {
        int(span.start)
        int(span.end)
        byte((span.originalStart != nil ? 1 : 0) | (span.originalEnd != nil ? 2 : 0))
        if let start = span.originalStart { int(start) }
        if let end = span.originalEnd { int(end) }
    }

    mutating func mention(_ mention: UnclassifiedMention) {
        byte((mention.valueHigh != nil ? 1 : 0) | (mention.period != nil ? 2 : 0) | (mention.indicator != nil ? 4 : 0))
        double(mention.value)
        string(mention.unit.rawValue)
        string(mention.text)
        string(mention.quote)
        span(mention.source)
        if let high = mention.valueHigh { double(high) }
        if let period = mention.period { self.period(period) }
        if let indicator = mention.indicator { string(indicator.rawValue) }
    }
}
