import PubstatModel

extension SeriesReport: CSVRepresentable {
    /// One row per point with its current vintage, or, with `history=true`, one row per vintage
    /// (`status` current, superseded or retracted): the series' keys (indicator, jurisdiction,
    /// measure, sector, scope, price basis, portal), the point's period, cut-off (`as_of`) and
    /// capture month, its revision and disagreement, then the vintage (see ``VintageRows``).
    public var csvTable: CSVTable {
        var table = CSVTable(columns: [
            "indicator", "jurisdiction", "measure", "sector", "scope", "price_basis", "portal", "period", "as_of", "captured",
            "vintage_count", "revised", "disagreement", "disagreement_reason",
        ] + VintageRows.columns)
        for line in series {
            for point in line.points {
                let lead: [(String, String)] = [
                    ("indicator", line.indicator.rawValue), ("jurisdiction", line.jurisdiction.description),
                    ("measure", line.measure.rawValue), ("sector", line.sector ?? ""), ("scope", line.scope ?? ""),
                    ("price_basis", line.priceBasis ?? ""), ("portal", line.portal ?? ""), ("period", CSVField.text(point.period)),
                    ("as_of", CSVField.text(point.cutoff)), ("captured", CSVField.text(point.captured)),
                    ("vintage_count", String(point.vintageCount)), ("revised", CSVField.flag(point.revised)),
                    ("disagreement", CSVField.flag(point.disagreement)), ("disagreement_reason", point.disagreementReason ?? ""),
                ]
                let listed: [Vintage?] = point.vintages.map { $0.map(Optional.some) } ?? [point.current]
                let vintages = listed.isEmpty ? [nil] : listed
                for vintage in vintages { table.append(pairs: lead + VintageRows.fields(vintage)) }
            }
        }
        return table
    }
}

extension FigureExplanation: CSVRepresentable {
    /// One row per vintage of the figure's observation, current first: the observation's
    /// indicator, jurisdiction, period and cut-off (`as_of`), then the vintage (see ``VintageRows``).
    public var csvTable: CSVTable {
        var table = CSVTable(columns: ["indicator", "jurisdiction", "period", "as_of"] + VintageRows.columns)
        let lead: [(String, String)] = [
            ("indicator", figure.indicator.rawValue), ("jurisdiction", figure.jurisdiction.description),
            ("period", CSVField.text(figure.period)), ("as_of", CSVField.text(figure.asOf)),
        ]
        for vintage in vintages { table.append(pairs: lead + VintageRows.fields(vintage)) }
        return table
    }
}
