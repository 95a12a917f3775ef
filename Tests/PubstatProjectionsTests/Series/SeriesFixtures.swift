import PubstatModel
@testable import PubstatProjections

/// Events for the series tests: GRDP growth of Lai Châu in 2021, from several bulletins.
enum SeriesFixture {
    static let indicator = Indicator("grdp_growth")
    static let alice = Requester(uid: 1000, user: "alice")

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Midday UTC of `day`, in microseconds.
    static func micros(_ day: String) -> Int64 { Timestamp(startOf: date(day)).micros + 43_200_000_000 }

    static func growth(_ value: Double, kind: FigureKind = .actual, period: String = "2021", place: Jurisdiction = Fixture.province) -> Figure {
        Figure(indicator: indicator, value: value, unit: .percent, kind: kind, period: Period(period), jurisdiction: place,
               quote: "GRDP tăng \(value)%")
    }

    static func ingested(_ seq: UInt64, bulletin n: Int, published: String?, at day: String = "2026-11-01", _ figures: [Figure]) -> LoggedEvent {
        var event = Fixture.ingested(seq, bulletin: n, published: published.map(date), figures)
        event.timestampMicros = micros(day)
        return event
    }

    static func revised(_ seq: UInt64, bulletin n: Int, at day: String = "2026-11-02", _ figures: [Figure]) -> LoggedEvent {
        LoggedEvent(sequence: seq, timestampMicros: micros(day), event: .figuresRevised(FiguresRevised(
            id: Fixture.id(n), extractorVersion: "test-2", figures: figures)))
    }

    static func corrected(_ seq: UInt64, bulletin n: Int, figure: Figure, value: Double, at day: String = "2026-11-03") -> LoggedEvent {
        let id = FigureID.assign(bulletin: Fixture.id(n), figures: [figure])[0]
        var result = figure
        result.value = value
        return LoggedEvent(sequence: seq, timestampMicros: micros(day), event: .figureCorrected(FigureCorrected(
            bulletinID: Fixture.id(n), figureID: id, value: value, fields: nil, figure: result, reason: "typo in the bulletin", peer: alice)))
    }

    static func retracted(_ seq: UInt64, bulletin n: Int, at day: String = "2026-11-04") -> LoggedEvent {
        LoggedEvent(sequence: seq, timestampMicros: micros(day), event: .bulletinRetracted(BulletinRetracted(
            id: Fixture.id(n), reason: "published by mistake", peer: alice)))
    }

    static func fold(_ events: [LoggedEvent]) throws -> Projections {
        var projections = Projections()
        for event in events { try projections.apply(event) }
        return projections
    }

    /// The one point of Lai Châu's 2021 growth.
    static func point(_ projections: Projections, asOf: String? = nil, history: Bool = true) -> SeriesPoint? {
        let report = projections.series.series(SeriesFilter(indicator: indicator, asOf: asOf.map(date), history: history))
        return report.series.first { $0.jurisdiction == Fixture.province }?.points.first { $0.period == Period("2021") }
    }
}
