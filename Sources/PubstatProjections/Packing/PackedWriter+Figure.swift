import PubstatModel

extension PackedWriter {
    /// A figure: a presence mask of its optional members, then its members, the present
    /// optional ones in the mask's order.
    mutating func figure(_ figure: Figure) {
        varint(figure.presenceMask)
        text(figure.indicator.rawValue)
        position(figure.kind)
        position(figure.jurisdiction.level)
        text(figure.jurisdiction.name)
        text(figure.quote)
        if let value = figure.value { double(value) }
        if let value = figure.valueHigh { double(value) }
        if let unit = figure.unit { position(unit) }
        if let per = figure.per { text(per) }
        if let qualifier = figure.qualifier { text(qualifier.rawValue) }
        if let period = figure.period { self.period(period) }
        if let asOf = figure.asOf { date(asOf) }
        if let value = figure.yoyPct { double(value) }
        if let value = figure.yoyRatio { double(value) }
        if let value = figure.momPct { double(value) }
        if let captured = figure.captured { yearMonth(captured) }
        if let portal = figure.portal { text(portal) }
        if let sector = figure.sector { text(sector) }
        if let scope = figure.scope { text(scope) }
        if let value = figure.outOf { double(value) }
        if let basis = figure.priceBasis { text(basis) }
        if let source = figure.source { span(source) }
        if !figure.pctOfPlan.isEmpty {
            varint(UInt64(figure.pctOfPlan.count))
            for comparison in figure.pctOfPlan {
                double(comparison.pct)
                position(comparison.authority)
            }
        }
    }
}
