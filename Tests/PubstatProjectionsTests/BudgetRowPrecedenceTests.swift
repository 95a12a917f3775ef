import Testing
import PubstatModel
@testable import PubstatProjections

/// The budget view's rows (each quarter's latest cumulative figure, the full year's outcome) follow
/// the series' precedence, never the order the bulletins were ingested in (issue 9, item 12).
@Suite struct BudgetRowPrecedenceTests {
    /// Lai Châu's revenue for the first half of 2024: an estimate published on 5 July and the
    /// actual figure published on 15 July.
    static let estimate = Fixture.budget(900, kind: .estimate, period: "2024-6M")
    static let actual = Fixture.budget(950, period: "2024-6M")

    static func early(_ seq: UInt64) -> LoggedEvent {
        SeriesFixture.ingested(seq, bulletin: 1, published: "2024-07-05", [estimate])
    }

    static func late(_ seq: UInt64) -> LoggedEvent {
        SeriesFixture.ingested(seq, bulletin: 2, published: "2024-07-15", [actual])
    }

    static func secondQuarter(_ projections: Projections) -> BudgetObservation? {
        projections.budget.report().years.first { $0.year == 2024 }?.quarters.first { $0.quarter == 2 }
    }

    @Test func backFilledOlderBulletinDoesNotBecomeTheRow() throws {
        // the newer bulletin first, then the back-filled older one
        let backFilled = try SeriesFixture.fold([Self.late(1), Self.early(2)])
        let row = try #require(Self.secondQuarter(backFilled))
        #expect(row.revenueBillionVND == 950)
        #expect(row.source.bulletin == Fixture.id(2))
        // both figures stay among the year's observations
        #expect(backFilled.budget.report().years.first?.observations.count == 2)
        // ingested in publication order, the report is the same
        let inOrder = try SeriesFixture.fold([Self.early(1), Self.late(2)])
        #expect(Self.secondQuarter(inOrder)?.source.bulletin == Fixture.id(2))
    }

    @Test func rowIsTheSeriesCurrentVintage() throws {
        for events in [[Self.late(1), Self.early(2)], [Self.early(1), Self.late(2)]] {
            let projections = try SeriesFixture.fold(events)
            let line = projections.series.series(SeriesFilter(indicator: BudgetProjection.indicator)).series
                .first { $0.jurisdiction == Fixture.province }
            let current = try #require(line?.points.first { $0.period == Period("2024-6M") }?.current)
            #expect(Self.secondQuarter(projections)?.source.figureID == current.figureID)
        }
    }

    @Test func sameDayActualOverEstimateWhateverTheIngestionOrder() throws {
        let estimate = SeriesFixture.ingested(2, bulletin: 1, published: "2024-07-15", [Self.estimate])
        let actual = SeriesFixture.ingested(1, bulletin: 2, published: "2024-07-15", [Self.actual])
        let projections = try SeriesFixture.fold([actual, estimate])
        #expect(Self.secondQuarter(projections)?.kind == .actual)
        #expect(Self.secondQuarter(projections)?.revenueBillionVND == 950)
    }

    @Test func correctionOutranksALaterPublication() throws {
        let correction = SeriesFixture.corrected(3, bulletin: 1, figure: Self.estimate, value: 960)
        let projections = try SeriesFixture.fold([Self.late(1), Self.early(2), correction])
        let row = try #require(Self.secondQuarter(projections))
        #expect(row.revenueBillionVND == 960)
        #expect(row.source.bulletin == Fixture.id(1))
        // a bulletin published later still does not displace the correction
        let later = SeriesFixture.ingested(4, bulletin: 3, published: "2024-08-01", [Fixture.budget(970, period: "2024-6M")])
        var more = projections
        try more.apply(later)
        #expect(Self.secondQuarter(more)?.revenueBillionVND == 960)
    }

    @Test func fullYearOutcomeFollowsPublicationToo() throws {
        let december = SeriesFixture.ingested(2, bulletin: 1, published: "2024-12-20", [Fixture.budget(1800, kind: .estimate, period: "2024")])
        let march = SeriesFixture.ingested(1, bulletin: 2, published: "2025-03-01", [Fixture.budget(1862, period: "2024")])
        let projections = try SeriesFixture.fold([march, december])
        #expect(projections.budget.report().years.first { $0.year == 2024 }?.fullYear?.revenueBillionVND == 1862)
    }

    @Test func laterCutoffInTheQuarterStillWinsOverALaterPublication() throws {
        // the row is the quarter's latest cumulative figure: through 30 September beats through
        // 10 September, even when the 10 September figure was published later
        let through30 = SeriesFixture.ingested(1, bulletin: 1, published: "2024-10-02", [Fixture.budget(1300, period: "2024-9M")])
        let through10 = SeriesFixture.ingested(2, bulletin: 2, published: "2024-10-20", [
            Fixture.budget(1200, period: "2024-9M", asOf: CalendarDate(year: 2024, month: 9, day: 10)),
        ])
        let projections = try SeriesFixture.fold([through30, through10])
        let q3 = projections.budget.report().years.first?.quarters.first { $0.quarter == 3 }
        #expect(q3?.revenueBillionVND == 1300)
    }
}
