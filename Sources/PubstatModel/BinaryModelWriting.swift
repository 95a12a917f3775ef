/// The encodings pubstat's binary formats share (the projection snapshot, the packed records of the
/// read model): LEB128 varints, zig-zag signed integers, doubles by their little-endian bit pattern,
/// dates and periods. A writer supplies ``byte(_:)``; the rest is written the same way by every one.
public protocol BinaryModelWriting {
    mutating func byte(_ value: UInt8)
}

extension BinaryModelWriting {
    public mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            byte(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        byte(UInt8(rest))
    }

    /// A signed integer, zig-zag encoded so that small negative numbers stay short.
    public mutating func int(_ value: Int) {
        let wide = Int64(value)
        varint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    public mutating func double(_ value: Double) {
        var rest = value.bitPattern
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }

    public mutating func date(_ date: CalendarDate) {
        int(date.year)
        byte(UInt8(date.month))
        byte(UInt8(date.day))
    }

    public mutating func yearMonth(_ month: YearMonth) {
        int(month.year)
        byte(UInt8(month.month))
    }

    public mutating func period(_ period: Period) {
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
}
