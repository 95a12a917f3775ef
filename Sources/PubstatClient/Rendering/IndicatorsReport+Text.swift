import PubstatModel
import PubstatProjections

extension IndicatorsReport {
    /// A row per indicator: counts, years and jurisdictions (the first three, then how many more).
    public func renderedText() -> String {
        guard !indicators.isEmpty else { return "No indicators.\n" }
        var table = TextTable([
            .init("INDICATOR"), .init("FIGURES", .right), .init("POINTS", .right), .init("BULLETINS", .right), .init("YEARS"),
            .init("JURISDICTIONS"),
        ])
        for summary in indicators {
            let years = summary.firstYear.map { first in summary.lastYear.map { $0 == first ? "\(first)" : "\(first)–\($0)" } ?? "\(first)" } ?? "-"
            let places = summary.jurisdictions.prefix(3).map(\.description).joined(separator: ", ")
                + (summary.jurisdictions.count > 3 ? " (+\(summary.jurisdictions.count - 3))" : "")
            table.append([summary.indicator.rawValue, String(summary.figures), String(summary.points), String(summary.bulletins), years,
                          places.isEmpty ? "-" : places])
        }
        return table.render()
    }
}
