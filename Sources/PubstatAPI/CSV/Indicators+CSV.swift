import PubstatModel

extension IndicatorsReport: CSVRepresentable {
    /// One row per indicator: figures, points and bulletins in effect, its jurisdictions
    /// (`;`-separated, `level:Name`) and its first and last year.
    public var csvTable: CSVTable {
        var table = CSVTable(columns: ["indicator", "figures", "points", "bulletins", "jurisdictions", "first_year", "last_year"])
        for summary in indicators {
            table.append([
                "indicator": summary.indicator.rawValue, "figures": String(summary.figures), "points": String(summary.points),
                "bulletins": String(summary.bulletins), "jurisdictions": summary.jurisdictions.map(\.description).joined(separator: ";"),
                "first_year": CSVField.integer(summary.firstYear), "last_year": CSVField.integer(summary.lastYear),
            ])
        }
        return table
    }
}
