import Testing
import PubstatModel
import PubstatProjections

@Suite struct BudgetProjectionTests {
    @Test func quarterObservationCarriesPaceAndImpliedEstimates() throws {
        var projections = Projections()
        let cutoff = CalendarDate(year: 2021, month: 9, day: 10)
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.budget(1208.8, period: "2021-9M", asOf: cutoff, pct: [(82, .central), (63, .provincialCouncil)], yoy: 1.9),
        ]))
        let year = try #require(projections.budget.report().years.first)
        #expect(year.jurisdiction == Fixture.province && year.year == 2021)
        let q3 = try #require(year.quarters.first)
        #expect(q3.quarter == 3)
        #expect(q3.asOf == cutoff)
        #expect(abs(try #require(q3.yearElapsedPct) - 69.32) < 0.01)
        let central = try #require(q3.estimates.first { $0.authority == .central })
        #expect(abs(central.impliedEstimateBillionVND - 1474.15) < 0.01)
        #expect(central.pace == .ahead)
        let council = try #require(q3.estimates.first { $0.authority == .provincialCouncil })
        #expect(abs(council.impliedEstimateBillionVND - 1918.73) < 0.01)
        #expect(council.pace == .behind)
        #expect(q3.yoyPct == 1.9)
    }

    @Test func fullYearOutcomeGetsShareOfStatedPlan() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.budget(1862, period: "2016"),
            Fixture.budget(1500, kind: .plan, period: "2016"),
            Fixture.budget(3000, kind: .target, period: "2025-target"),
        ]))
        let report = projections.budget.report()
        let y2016 = try #require(report.years.first { $0.year == 2016 })
        let outcome = try #require(y2016.fullYear)
        #expect(outcome.revenueBillionVND == 1862)
        let share = try #require(outcome.estimates.first { $0.authority == .plan })
        #expect(share.pct == 124.13 && share.computed)
        #expect(y2016.plans.map(\.amountBillionVND) == [1500])
        let y2025 = try #require(report.years.first { $0.year == 2025 })
        #expect(y2025.targets.map(\.amountBillionVND) == [3000])
    }

    @Test func millionsAreConvertedAndJurisdictionsKeptApart() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.budget(220_863, .millionVND, kind: .estimate, period: "2016", in: Fixture.city, pct: [(127.54, .plan)], yoy: 61.69),
            Fixture.budget(1862, period: "2016"),
        ]))
        let city = projections.budget.report(BudgetFilter(jurisdiction: Fixture.city))
        #expect(city.years.count == 1)
        let outcome = try #require(city.years.first?.fullYear)
        #expect(abs(outcome.revenueBillionVND - 220.863) < 1e-9)
        #expect(outcome.kind == .estimate)
        #expect(projections.budget.report(BudgetFilter(year: 2017)).years.isEmpty)
    }

    @Test func oneBulletinsTwoFiguresForARowGiveTheSameRowInEitherOrder() throws {
        let partial = Fixture.budget(1200, period: "2022", asOf: CalendarDate(year: 2022, month: 11, day: 30))
        let whole = Fixture.budget(1350, kind: .estimate, period: "2022")
        var rows: [Double?] = []
        for figures in [[partial, whole], [whole, partial]] {
            var projections = Projections()
            try projections.apply(Fixture.ingested(1, bulletin: 1, figures))
            rows.append(projections.budget.report().years.first?.fullYear?.revenueBillionVND)
        }
        // the whole year reaches later than a cut-off inside it, whichever came first
        #expect(rows == [1350, 1350])
    }

    @Test func laterCutoffWinsTheQuarterAndRevisionReplaces() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.budget(900, period: "2021-9M", asOf: CalendarDate(year: 2021, month: 8, day: 1)),
        ]))
        try projections.apply(Fixture.ingested(2, bulletin: 2, [
            Fixture.budget(1000, period: "2021-9M", asOf: CalendarDate(year: 2021, month: 9, day: 20)),
        ]))
        #expect(projections.budget.report().years.first?.quarters.first?.revenueBillionVND == 1000)
        try projections.apply(LoggedEvent(sequence: 3, timestampMicros: 0, event: .figuresRevised(FiguresRevised(
            id: Fixture.id(2), extractorVersion: "t2", figures: []))))
        #expect(projections.budget.report().years.first?.quarters.first?.revenueBillionVND == 900)
    }

    @Test func gapsAreErrors() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, []))
        #expect(throws: ProjectionError.gap(expected: 2, got: 3)) {
            try projections.apply(Fixture.ingested(3, bulletin: 2, []))
        }
        #expect(projections.lastSequence == 1)
    }
}
