import PubstatModel

extension PackedReader {
    /// A figure as ``PackedWriter/figure(_:)`` wrote it.
    mutating func figure() -> Figure {
        let mask = varint()
        func has(_ bit: UInt64) -> Bool { mask & (1 << bit) != 0 }
        let indicator = Indicator(text())
        let kind = position(FigureKind.self)
        let level = position(Jurisdiction.Level.self)
        var figure = Figure(indicator: indicator, value: nil, unit: nil, kind: kind, jurisdiction: Jurisdiction(level, text()),
                            quote: text())
        if has(0) { figure.value = double() }
        if has(1) { figure.valueHigh = double() }
        if has(2) { figure.unit = position(MeasureUnit.self) }
        if has(3) { figure.per = text() }
        if has(4) { figure.qualifier = enumeration(Qualifier.self) }
        if has(5) { figure.period = period() }
        if has(6) { figure.asOf = date() }
        if has(7) { figure.yoyPct = double() }
        if has(8) { figure.yoyRatio = double() }
        if has(9) { figure.momPct = double() }
        if has(10) { figure.captured = yearMonth() }
        if has(11) { figure.portal = text() }
        if has(12) { figure.sector = text() }
        if has(13) { figure.scope = text() }
        if has(14) { figure.outOf = double() }
        if has(15) { figure.priceBasis = text() }
        if has(16) { figure.source = span() }
        if has(17) {
            let count = Int(varint())
            figure.pctOfPlan = (0..<count).map { _ in PlanComparison(pct: double(), authority: position(Authority.self)) }
        }
        return figure
    }

    /// An enumeration written by raw value with ``PackedWriter/text(_:)``.
    mutating func enumeration<Value: RawRepresentable<String>>(_ type: Value.Type) -> Value {
        guard let value = Value(rawValue: text()) else { preconditionFailure("a packed record holds an unknown \(type)") }
        return value
    }
}
