import PubstatModel
import PubstatProjections

extension VisitorReport {
    /// Per portal: its captures and the intervals between them; then tourist arrivals.
    public func renderedText() -> String {
        var sections: [String] = []
        for series in portals {
            var captures = TextTable([
                .init("CAPTURED"), .init("TODAY", .right), .init("YESTERDAY", .right), .init("MONTH", .right),
                .init("YEAR", .right), .init("TOTAL", .right), .init("BULLETIN"),
            ])
            for capture in series.captures {
                captures.append([
                    capture.captured.description, NumberText.count(capture.today), NumberText.count(capture.yesterday),
                    NumberText.count(capture.month), NumberText.count(capture.year), NumberText.count(capture.total),
                    capture.bulletin.short,
                ])
            }
            var intervals = TextTable([
                .init("FROM"), .init("TO"), .init("VISITS", .right), .init("YEAR COUNTER", .right), .init("CONSISTENT"),
            ])
            for interval in series.intervals {
                intervals.append([
                    interval.from.description, interval.to.description, NumberText.count(interval.visits),
                    NumberText.count(interval.yearCounterGrowth), interval.consistent.map { $0 ? "yes" : "NO" } ?? "n/a",
                ])
            }
            var section = "Portal \(series.portal)\n" + captures.render()
            if !series.intervals.isEmpty { section += "\n" + intervals.render() }
            sections.append(section)
        }
        if !tourism.isEmpty { sections.append("Tourist arrivals\n" + tourismTable().render()) }
        return sections.isEmpty ? "No visitor figures yet.\n" : sections.joined(separator: "\n")
    }

    private func tourismTable() -> TextTable {
        var table = TextTable([
            .init("JURISDICTION"), .init("PERIOD"), .init("ARRIVALS", .right), .init("KIND"), .init("YOY", .right),
            .init("INDICATOR"), .init("BULLETIN"),
        ])
        for entry in tourism {
            table.append([
                entry.jurisdiction.description, entry.period?.description ?? "-",
                (entry.approximate ? "~" : "") + NumberText.count(entry.arrivals), entry.kind.rawValue,
                NumberText.change(entry.yoyPct), entry.indicator.rawValue, entry.source.bulletin.short,
            ])
        }
        return table
    }
}
