import PubstatModel

extension BudgetReport: CSVRepresentable {
    /// One row per cumulative figure of each jurisdiction and year (`row` `quarter` or
    /// `full_year`; `latest` true for the quarter rows and full-year outcome the JSON answer
    /// picks, false for earlier cut-offs and other bulletins), then plans and targets; values in
    /// billion VND, with the percentage of each authority's estimate, the estimate it implies and
    /// the pace against it in columns of their own (`pct_of_central`, `implied_central`,
    /// `pace_vs_central` …), and the codes of the checks a figure fails in `flags` (`;`-separated).
    public var csvTable: CSVTable {
        let authorities = Authority.allCases.map(\.rawValue)
        var table = CSVTable(columns: [
            "jurisdiction", "year", "row", "quarter", "period", "as_of", "value", "unit", "kind", "approximate",
            "year_elapsed_pct", "yoy_pct", "latest",
        ] + authorities.map { "pct_of_\($0)" } + authorities.map { "implied_\($0)" } + authorities.map { "pace_vs_\($0)" }
            + ["flags", "bulletin", "figure_id", "sequence", "quote"])
        for year in years {
            let latest = year.quarters + (year.fullYear.map { [$0] } ?? [])
            for observation in year.observations {
                table.rows.append(row(year, observation, latest: latest.contains { $0.sameFigure(as: observation) }, in: table))
            }
            for (name, amounts) in [("plan", year.plans), ("target", year.targets)] {
                for amount in amounts {
                    table.append([
                        "jurisdiction": year.jurisdiction.description, "year": String(year.year), "row": name,
                        "period": CSVField.text(amount.period), "value": CSVField.number(amount.amountBillionVND),
                        "unit": MeasureUnit.billionVND.rawValue, "kind": amount.kind.rawValue,
                        "bulletin": amount.source.bulletin.rawValue, "figure_id": CSVField.text(amount.source.figureID),
                        "sequence": String(amount.source.sequence),
                        "quote": amount.source.quote,
                    ])
                }
            }
        }
        return table
    }

    private func row(_ year: BudgetYear, _ observation: BudgetObservation, latest: Bool, in table: CSVTable) -> [String] {
        var row = table.row([
            "jurisdiction": year.jurisdiction.description, "year": String(year.year),
            "row": observation.quarter == nil ? "full_year" : "quarter", "quarter": CSVField.integer(observation.quarter),
            "period": CSVField.text(observation.period), "as_of": CSVField.text(observation.asOf),
            "value": CSVField.number(observation.revenueBillionVND), "unit": MeasureUnit.billionVND.rawValue,
            "kind": observation.kind.rawValue, "approximate": CSVField.flag(observation.approximate),
            "year_elapsed_pct": CSVField.number(observation.yearElapsedPct), "yoy_pct": CSVField.number(observation.yoyPct),
            "latest": CSVField.flag(latest), "flags": observation.flags.map(\.code.rawValue).joined(separator: ";"),
            "bulletin": observation.source.bulletin.rawValue, "figure_id": CSVField.text(observation.source.figureID),
            "sequence": String(observation.source.sequence),
            "quote": observation.source.quote,
        ])
        for estimate in observation.estimates {
            if let index = table.columns.firstIndex(of: "pct_of_\(estimate.authority.rawValue)") {
                row[index] = CSVField.number(estimate.pct)
            }
            if let index = table.columns.firstIndex(of: "implied_\(estimate.authority.rawValue)") {
                row[index] = CSVField.number(estimate.impliedEstimateBillionVND)
            }
            if let index = table.columns.firstIndex(of: "pace_vs_\(estimate.authority.rawValue)") {
                row[index] = CSVField.code(estimate.pace)
            }
        }
        return row
    }
}

extension BudgetObservation {
    /// The same figure (source, period, cut-off, value), whatever was added to it since (flags, a computed share).
    func sameFigure(as other: BudgetObservation) -> Bool {
        source == other.source && quarter == other.quarter && period == other.period && asOf == other.asOf
            && revenueBillionVND == other.revenueBillionVND && kind == other.kind
    }
}
