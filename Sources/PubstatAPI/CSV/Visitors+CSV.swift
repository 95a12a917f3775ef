import PubstatModel

extension VisitorReport: CSVRepresentable {
    /// One row per value, in long form (`row` says which): each counter of each portal capture
    /// (`portal_capture`, the `counter` column naming it: today, yesterday, month, year, total),
    /// the visits between two captures (`portal_interval`, period `from/to`), and each tourist
    /// arrivals figure (`tourist_arrivals`).
    public var csvTable: CSVTable {
        var table = CSVTable(columns: [
            "row", "portal", "indicator", "jurisdiction", "period", "counter", "value", "unit", "approximate", "kind",
            "yoy_pct", "consistent", "bulletin", "sequence", "quote",
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
                    ])
                }
            }
            for interval in series.intervals {
                table.append([
                    "row": "portal_interval", "portal": series.portal, "period": "\(interval.from)/\(interval.to)",
                    "counter": "visits", "value": CSVField.number(interval.visits), "unit": visits,
                    "consistent": CSVField.flag(interval.consistent),
                ])
            }
        }
        for entry in tourism {
            table.append([
                "row": "tourist_arrivals", "indicator": entry.indicator.rawValue, "jurisdiction": entry.jurisdiction.description,
                "period": CSVField.text(entry.period), "value": CSVField.number(entry.arrivals),
                "unit": MeasureUnit.arrivals.rawValue, "approximate": CSVField.flag(entry.approximate),
                "kind": entry.kind.rawValue, "yoy_pct": CSVField.number(entry.yoyPct),
                "bulletin": entry.source.bulletin.rawValue, "sequence": String(entry.source.sequence), "quote": entry.source.quote,
            ])
        }
        return table
    }
}
