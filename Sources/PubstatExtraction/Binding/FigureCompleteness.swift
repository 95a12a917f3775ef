import PubstatModel

/// A figure is complete when it has a period (a portal counter: its portal, or the month the page was
/// captured in) and a named jurisdiction;
/// only complete figures reach projections.
enum FigureCompleteness {
    /// The jurisdiction of a figure whose place the bulletin never names.
    static let unknownPlace = Jurisdiction(.province, "unknown")
    /// The country, for national figures.
    static let country = Jurisdiction(.country, "Việt Nam")

    static func isComplete(_ figure: Figure) -> Bool {
        (figure.period != nil || figure.portal != nil || figure.captured != nil) && figure.jurisdiction != unknownPlace
            && !averagesOverPastYears(figure)
    }

    /// "bình quân mỗi năm từ 1997-2016, kim ngạch xuất khẩu … tăng 42%": a change alone over years gone by is an
    /// average, no year's change of its own (a goal for years ahead, "tăng bình quân 7%/năm" to 2030, is kept).
    private static func averagesOverPastYears(_ figure: Figure) -> Bool {
        guard figure.value == nil, let period = figure.period, case .years = period.span else { return false }
        return !period.isTarget && figure.kind == .actual
    }

    /// Complete figures, and the rest held back, both in document order.
    /// (Most bulletins hold none back: then the figures are returned as they are, not copied one by one.)
    static func partition(_ figures: [Figure]) -> (complete: [Figure], held: [Figure]) {
        guard let firstHeld = figures.indices.first(where: { !isComplete(figures[$0]) }) else { return (figures, []) }
        var complete = Array(figures[..<firstHeld]), held: [Figure] = []
        for i in firstHeld..<figures.count {
            if isComplete(figures[i]) { complete.append(figures[i]) } else { held.append(figures[i]) }
        }
        return (complete, held)
    }

    /// A held figure as an unclassified mention that names the indicator it would be.
    static func mention(_ figure: Figure) -> UnclassifiedMention? {
        guard let value = figure.value, let unit = figure.unit, let source = figure.source else { return nil }
        return UnclassifiedMention(value: value, valueHigh: figure.valueHigh, unit: unit, text: figure.quote, period: figure.period,
                                   quote: figure.quote, source: source, indicator: figure.indicator)
    }
}
