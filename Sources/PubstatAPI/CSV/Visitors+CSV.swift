import PubstatModel

extension VisitorReport: CSVRepresentable {
    /// One row per value, in long form (`row` says which): each counter of each portal capture
    /// (`portal_capture`, the `counter` column naming it: today, yesterday, month, year, total),
    /// the visits between two captures (`portal_interval`, period `from/to`, `counter` `visits`,
    /// then `daily_average_low`, `daily_average_high` and `daily_average` when known), each tourist
    /// arrivals figure (`tourist_arrivals`) and each tourism revenue figure (`tourism_revenue`, in
    /// billion VND). `flags` holds the codes of the checks a capture or interval fails (`;`-separated).
    public var csvTable: CSVTable {
        var table = CSVTable(columns: [
            "row", "portal", "indicator", "jurisdiction", "period", "counter", "value", "unit", "approximate", "kind",
            "yoy_pct", "consistent", "flags", "bulletin", "figure_id", "sequence", "quote",
        ])
        let visits = MeasureUnit.visits.rawValue
        for series in portals {
            for capture in series.captures {
                let counters = [
                    ("today", capture.today), ("yesterday", capture.yesterday), ("month", capture.month),
                    ("year", capture.year), ("total", capture.total),
                ]
                for (counter, value) in counters {
                    guard let value else { continue }
                    table.append([
                        "row": "portal_capture", "portal": series.portal, "period": capture.captured.description,
                        "counter": counter, "value": CSVField.number(value), "unit": visits, "bulletin": capture.bulletin.rawValue,
                        "flags": Self.codes(capture.flags),
                    ])
                }
            }
            for interval in series.intervals {
                let values = [
                    ("visits", interval.visits), ("daily_average_low", interval.dailyAverageLow),
                    ("daily_average_high", interval.dailyAverageHigh), ("daily_average", interval.dailyAverage),
                ]
                for (counter, value) in values where counter == "visits" || value != nil {
                    table.append([
                        "row": "portal_interval", "portal": series.portal, "period": "\(interval.from)/\(interval.to)",
                        "counter": counter, "value": CSVField.number(value), "unit": counter == "visits" ? visits : "visits_per_day",
                        "consistent": CSVField.flag(interval.consistent), "flags": Self.codes(interval.flags),
                    ])
                }
            }
        }
        for entry in tourism {
            table.append([
                "row": "tourist_arrivals", "indicator": entry.indicator.rawValue, "jurisdiction": entry.jurisdiction.description,
                "period": CSVField.text(entry.period), "value": CSVField.number(entry.arrivals),
                "unit": MeasureUnit.arrivals.rawValue, "approximate": CSVField.flag(entry.approximate),
                "kind": entry.kind.rawValue, "yoy_pct": CSVField.number(entry.yoyPct),
                "bulletin": entry.source.bulletin.rawValue, "figure_id": CSVField.text(entry.source.figureID),
                "sequence": String(entry.source.sequence), "quote": entry.source.quote,
            ])
        }
        for entry in tourismRevenue {
            table.append([
                "row": "tourism_revenue", "indicator": Indicator.tourismRevenue.rawValue, "jurisdiction": entry.jurisdiction.description,
                "period": CSVField.text(entry.period), "value": CSVField.number(entry.revenueBillionVND),
                "unit": MeasureUnit.billionVND.rawValue, "approximate": CSVField.flag(entry.approximate),
                "kind": entry.kind.rawValue, "yoy_pct": CSVField.number(entry.yoyPct),
                "bulletin": entry.source.bulletin.rawValue, "figure_id": CSVField.text(entry.source.figureID),
                "sequence": String(entry.source.sequence), "quote": entry.source.quote,
            ])
        }
        return table
    }

    private static func codes(_ flags: [PortalFlag]) -> String {
        flags.map(\.code.rawValue).joined(separator: ";")
    }
}
