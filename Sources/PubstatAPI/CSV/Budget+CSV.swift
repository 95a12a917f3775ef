import PubstatModel

extension BudgetReport: CSVRepresentable {
    /// One row per quarter observation, full-year outcome, plan and target of each jurisdiction
    /// and year (`row`), values in billion VND, with the percentage of each authority's estimate
    /// and the pace against it in columns of their own (`pct_of_central`, `pace_vs_central` …).
    public var csvTable: CSVTable {
        let authorities = Authority.allCases.map(\.rawValue)
        var table = CSVTable(columns: [
            "jurisdiction", "year", "row", "quarter", "period", "as_of", "value", "unit", "kind", "approximate",
            "year_elapsed_pct", "yoy_pct",
        ] + authorities.map { "pct_of_\($0)" } + authorities.map { "pace_vs_\($0)" } + ["bulletin", "sequence", "quote"])
        for year in years {
            for observation in year.quarters { table.rows.append(row(year, observation, in: table)) }
            if let fullYear = year.fullYear { table.rows.append(row(year, fullYear, in: table)) }
            for (name, amounts) in [("plan", year.plans), ("target", year.targets)] {
                for amount in amounts {
                    table.append([
                        "jurisdiction": year.jurisdiction.description, "year": String(year.year), "row": name,
                        "period": CSVField.text(amount.period), "value": CSVField.number(amount.amountBillionVND),
                        "unit": MeasureUnit.billionVND.rawValue, "kind": amount.kind.rawValue,
                        "bulletin": amount.source.bulletin.rawValue, "sequence": String(amount.source.sequence),
                        "quote": amount.source.quote,
                    ])
                }
            }
        }
        return table
    }

    private func row(_ year: BudgetYear, _ observation: BudgetObservation, in table: CSVTable) -> [String] {
        var row = table.row([
            "jurisdiction": year.jurisdiction.description, "year": String(year.year),
            "row": observation.quarter == nil ? "full_year" : "quarter", "quarter": CSVField.integer(observation.quarter),
            "period": CSVField.text(observation.period), "as_of": CSVField.text(observation.asOf),
            "value": CSVField.number(observation.revenueBillionVND), "unit": MeasureUnit.billionVND.rawValue,
            "kind": observation.kind.rawValue, "approximate": CSVField.flag(observation.approximate),
            "year_elapsed_pct": CSVField.number(observation.yearElapsedPct), "yoy_pct": CSVField.number(observation.yoyPct),
            "bulletin": observation.source.bulletin.rawValue, "sequence": String(observation.source.sequence),
            "quote": observation.source.quote,
        ])
        for estimate in observation.estimates {
            if let index = table.columns.firstIndex(of: "pct_of_\(estimate.authority.rawValue)") {
                row[index] = CSVField.number(estimate.pct)
            }
            if let index = table.columns.firstIndex(of: "pace_vs_\(estimate.authority.rawValue)") {
                row[index] = CSVField.code(estimate.pace)
            }
        }
        return row
    }
}
