import PubstatModel

/// The series a figure belongs to: indicator, place, measure, and what narrows it.
struct LineKey: Hashable, Sendable, Comparable {
    var indicator: Indicator
    var jurisdiction: Jurisdiction
    var measure: SeriesMeasure
    var sector: String?
    var scope: String?
    var priceBasis: String?
    var portal: String?

    private var order: [String] {
        [indicator.rawValue, jurisdiction.description, measure.rawValue, sector ?? "", scope ?? "", priceBasis ?? "", portal ?? ""]
    }

    static func < (a: LineKey, b: LineKey) -> Bool { a.order.lexicographicallyPrecedes(b.order) }
}

/// The point of a series a figure observes: its line and period (with cut-off and capture).
struct PointKey: Hashable, Sendable, Comparable {
    var line: LineKey
    var period: Period?
    var cutoff: CalendarDate?
    var captured: YearMonth?

    init(_ figure: Figure) {
        line = LineKey(indicator: figure.indicator, jurisdiction: figure.jurisdiction, measure: SeriesMeasure(figure.kind),
                       sector: figure.sector, scope: figure.scope, priceBasis: figure.priceBasis, portal: figure.portal)
        period = figure.period
        cutoff = figure.asOf
        captured = figure.captured
    }

    private var chronology: [Int] {
        let last = cutoff ?? period.flatMap(BudgetEntry.cutoff(of:))
        return [period?.endYear ?? cutoff?.year ?? captured?.year ?? 0, last?.month ?? captured?.month ?? 13, last?.day ?? 32]
    }

    static func < (a: PointKey, b: PointKey) -> Bool {
        if a.line != b.line { return a.line < b.line }
        if a.chronology != b.chronology { return a.chronology.lexicographicallyPrecedes(b.chronology) }
        return (a.period?.description ?? "", a.captured?.description ?? "") < (b.period?.description ?? "", b.captured?.description ?? "")
    }
}

/// One figure as the series see it at an as-of date: its figure with the correction in effect,
/// its bulletin, and what people did to it.
struct Observation: Sendable {
    var id: FigureID
    var bulletin: SeriesBulletin
    /// With the correction in effect applied.
    var figure: Figure
    /// As the extractor read it; nil when the extractor no longer finds it (a held correction).
    var extracted: Figure?
    var correction: Stamped<FigureCorrected>?
    var confirmations: Int
    var retracted: Bool
    /// Why this figure's correction is contested, if it is.
    var contested: String?

    var key: PointKey { PointKey(figure) }
    var knownFrom: CalendarDate { bulletin.knownFrom }
}

extension SeriesProjection {
    /// Every figure of the bulletins known by the end of `asOf` (all without a date), retracted
    /// ones included and marked; only those of `indicator` when given (after corrections).
    func observations(by asOf: CalendarDate?, indicator: Indicator? = nil) -> [Observation] {
        var out: [Observation] = []
        for record in bulletins.values where asOf.map({ record.knownFrom <= $0 }) ?? true {
            out += observations(of: record, by: asOf).filter { indicator == nil || $0.figure.indicator == indicator }
        }
        return out
    }

    func observations(of record: SeriesBulletin, by asOf: CalendarDate?) -> [Observation] {
        let retracted = acts.retraction(of: record.info.id, by: asOf) != nil
        var out = record.identified.map { id, figure in
            let correction = acts.correction(of: id, by: asOf)
            return Observation(
                id: id, bulletin: record, figure: correction.map { $0.event.applied(to: figure) } ?? figure,
                extracted: figure, correction: correction, confirmations: acts.confirmationCount(of: id, by: asOf),
                retracted: retracted, contested: correction.flatMap { Self.contest($0, extracted: figure, record: record) }
            )
        }
        for held in acts.heldFigures(of: record.info.id, besides: Set(record.figureIDs), by: asOf) {
            out.append(Observation(
                id: held.event.figureID, bulletin: record, figure: held.event.figure, extracted: nil, correction: held,
                confirmations: acts.confirmationCount(of: held.event.figureID, by: asOf), retracted: retracted,
                contested: Self.contest(held, extracted: nil, record: record)
            ))
        }
        return out
    }

    /// Why an extraction after `correction` disagrees with it: it gives another value or fields,
    /// or no longer finds the figure. Nil when no extraction came after the correction, or it agrees.
    static func contest(_ correction: Stamped<FigureCorrected>, extracted: Figure?, record: SeriesBulletin) -> String? {
        guard record.extraction.sequence > correction.sequence else { return nil }
        let by = "the correction (event \(correction.sequence), by \(correction.event.peer.user))"
        guard let extracted else {
            return "re-extraction (event \(record.extraction.sequence)) no longer finds this figure; \(by) is kept"
        }
        guard correction.event.applied(to: extracted) != extracted else { return nil }
        let read = extracted.value.map { NumberFormat.plain($0) } ?? "no value"
        let said = correction.event.figure.value.map { NumberFormat.plain($0) } ?? "no value"
        return "re-extraction (event \(record.extraction.sequence)) reads \(read); \(by) says \(said) and is kept"
    }
}

/// Numbers in messages: as Swift prints the shortest form that reads back, without `.0`.
enum NumberFormat {
    static func plain(_ value: Double) -> String {
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
