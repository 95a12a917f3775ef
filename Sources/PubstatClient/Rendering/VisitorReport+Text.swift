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
                .init("FROM"), .init("TO"), .init("VISITS", .right), .init("DAYS", .right), .init("PER DAY", .right),
                .init("YEAR COUNTER", .right), .init("CONSISTENT"),
            ])
            for interval in series.intervals {
                intervals.append([
                    interval.from.description, interval.to.description,
                    interval.visits == nil ? "reset" : NumberText.count(interval.visits), interval.daysText, interval.perDayText,
                    NumberText.count(interval.yearCounterGrowth), interval.consistent.map { $0 ? "yes" : "NO" } ?? "n/a",
                ])
            }
            var section = "Portal \(series.portal)\n" + captures.render()
            if !series.intervals.isEmpty { section += "\n" + intervals.render() }
            let flags = series.captures.flatMap(\.flags) + series.intervals.flatMap(\.flags)
            if !flags.isEmpty { section += "\nChecks\n" + flags.map { "  \($0.code.rawValue): \($0.message)\n" }.joined() }
            sections.append(section)
        }
        if !tourism.isEmpty { sections.append("Tourist arrivals\n" + tourismTable().render()) }
        if !tourismRevenue.isEmpty { sections.append("Tourism revenue\n" + revenueTable().render()) }
        return sections.isEmpty ? "No visitor figures yet.\n" : sections.joined(separator: "\n")
    }

    private func revenueTable() -> TextTable {
        var table = TextTable([
            .init("JURISDICTION"), .init("PERIOD"), .init("REVENUE bn VND", .right), .init("KIND"), .init("YOY", .right),
            .init("BULLETIN"),
        ])
        for entry in tourismRevenue {
            table.append([
                entry.jurisdiction.description, entry.period?.description ?? "-",
                (entry.approximate ? "~" : "") + NumberText.grouped(entry.revenueBillionVND), entry.kind.rawValue,
                NumberText.change(entry.yoyPct), entry.source.bulletin.short,
            ])
        }
        return table
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

extension PortalInterval {
    /// `214` when the captures' months fix the days to within ±10%, else `1–60`; `-` within a month.
    var daysText: String {
        guard let daysMin, let daysMax else { return "-" }
        return dailyAverage != nil ? String((daysMin + daysMax) / 2) : "\(daysMin)–\(daysMax)"
    }

    /// The daily average, or its range when the days are not known closely enough.
    var perDayText: String {
        if let dailyAverage { return NumberText.grouped(dailyAverage, fractionDigits: 0) }
        guard let low = dailyAverageLow, let high = dailyAverageHigh else { return "-" }
        return NumberText.grouped(low, fractionDigits: 0) + "–" + NumberText.grouped(high, fractionDigits: 0)
    }
}
