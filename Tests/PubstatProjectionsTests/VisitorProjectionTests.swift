import Testing
import PubstatModel
import PubstatProjections

@Suite struct VisitorProjectionTests {
    @Test func intervalsBetweenCapturesAndConsistency() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.counter(.portalVisitsMonth, 73_840, captured: "2021-03", period: "2021-03"),
            Fixture.counter(.portalVisitsYear, 997_293, captured: "2021-03", period: "2021"),
            Fixture.counter(.portalVisitsTotal, 60_588_677, captured: "2021-03"),
        ]))
        try projections.apply(Fixture.ingested(2, bulletin: 2, [
            Fixture.counter(.portalVisitsYear, 4_504_474, captured: "2021-10", period: "2021"),
            Fixture.counter(.portalVisitsTotal, 64_095_858, captured: "2021-10"),
            Fixture.counter(.portalVisitsToday, 2_375, captured: "2021-10"),
        ]))
        let series = try #require(projections.visitors.report().portals.first)
        #expect(series.portal == "portal.example.vn")
        #expect(series.captures.map(\.captured.description) == ["2021-03", "2021-10"])
        #expect(series.captures[0].month == 73_840)
        #expect(series.captures[1].today == 2_375)
        let interval = try #require(series.intervals.first)
        #expect(interval.visits == 3_507_181)
        #expect(interval.yearCounterGrowth == 3_507_181)
        #expect(interval.consistent == true)
    }

    @Test func inconsistentCountersAreFlagged() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.counter(.portalVisitsYear, 100, captured: "2022-01"),
            Fixture.counter(.portalVisitsTotal, 1_000, captured: "2022-01"),
            Fixture.counter(.portalVisitsYear, 300, captured: "2022-05"),
            Fixture.counter(.portalVisitsTotal, 1_500, captured: "2022-05"),
        ]))
        #expect(projections.visitors.report().portals.first?.intervals.first?.consistent == false)
    }

    @Test func touristArrivalsKeepApproximation() throws {
        var projections = Projections()
        var arrivals = Figure(indicator: .touristArrivals, value: 2_000_000, unit: .arrivals, period: Period("2021/2023"),
                              jurisdiction: Fixture.province, quote: "arrivals")
        arrivals.qualifier = .approx
        arrivals.yoyPct = 33.2
        try projections.apply(Fixture.ingested(1, bulletin: 1, [arrivals]))
        let entry = try #require(projections.visitors.report().tourism.first)
        #expect(entry.arrivals == 2_000_000 && entry.approximate && entry.yoyPct == 33.2)
        #expect(entry.period?.description == "2021/2023")
    }
}

@Suite struct BulletinCatalogTests {
    @Test func intakeKnowsIngestedAndRejected() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, []))
        try projections.apply(LoggedEvent(sequence: 2, timestampMicros: 0, event: .bulletinRejected(BulletinRejected(
            id: Fixture.id(2), fileName: "x.bin", byteCount: 3, code: .binaryContent, reason: "binary"))))
        #expect(projections.catalog.intake(of: Fixture.id(1)) == .ingested)
        #expect(projections.catalog.intake(of: Fixture.id(2)) == .rejected)
        #expect(projections.catalog.intake(of: Fixture.id(3)) == nil)
        #expect(projections.catalog.detail(matching: "11111111")?.bulletin.fileName == "b1.txt")
        #expect(projections.catalog.detail(matching: "1111") == nil)
    }
}
