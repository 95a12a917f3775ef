import PubstatModel
@testable import PubstatProjections
import Testing

/// Portal counters on invented captures: the days between captures known to the month, daily
/// averages, counter resets and counters out of order.
@Suite struct PortalChecksTests {
    static func capture(_ month: String, year: Double? = nil, total: Double? = nil, monthCounter: Double? = nil, today: Double? = nil) -> PortalCapture {
        PortalCapture(captured: YearMonth(iso: month)!, today: today, yesterday: nil, month: monthCounter, year: year, total: total,
                      bulletin: Fixture.id(1))
    }

    @Test func daysBetweenCapturesKnownToTheMonth() throws {
        let span = try #require(CaptureSpan(from: YearMonth(year: 2021, month: 3)!, to: YearMonth(year: 2021, month: 10)!))
        #expect(span.daysMin == 184 && span.daysMax == 244)  // 31 March → 1 October; 1 March → 31 October
        #expect(!span.isNarrow)
        let acrossNewYear = try #require(CaptureSpan(from: YearMonth(year: 2020, month: 12)!, to: YearMonth(year: 2021, month: 1)!))
        #expect(acrossNewYear.daysMin == 1 && acrossNewYear.daysMax == 61)
        let yearApart = try #require(CaptureSpan(from: YearMonth(year: 2023, month: 3)!, to: YearMonth(year: 2024, month: 3)!))
        #expect(yearApart.daysMin == 336 && yearApart.daysMax == 396 && yearApart.isNarrow)  // 29 February 2024 between
        #expect(CaptureSpan(from: YearMonth(year: 2021, month: 3)!, to: YearMonth(year: 2021, month: 3)!) == nil)
    }

    @Test func dailyAverageOnlyWhenTheSpanIsKnownClosely() {
        let close = PortalInterval.interval(earlier: Self.capture("2021-03", total: 1_000_000), later: Self.capture("2021-10", total: 1_244_000))
        #expect(close.visits == 244_000)
        #expect(close.dailyAverageLow == 1_000 && close.dailyAverageHigh == 1_326.09)
        #expect(close.dailyAverage == nil)
        let apart = PortalInterval.interval(earlier: Self.capture("2022-03", total: 1_000_000), later: Self.capture("2023-03", total: 1_365_000))
        #expect(apart.daysMin == 335 && apart.daysMax == 395)
        #expect(apart.dailyAverage == 1_000)  // 365,000 visits over the middle, 365 days
    }

    @Test func aFallingTotalIsAResetWithUnknownVisits() throws {
        let interval = PortalInterval.interval(earlier: Self.capture("2021-03", year: 900, total: 60_000), later: Self.capture("2021-10", year: 4_000, total: 3_100))
        #expect(interval.visits == nil && interval.consistent == nil && interval.dailyAverageLow == nil)
        #expect(interval.daysMin == 184)
        let flag = try #require(interval.flags.first)
        #expect(interval.flags.map(\.code) == [.totalReset])
        #expect(flag.message.hasPrefix("the total fell from 60000 to 3100 (2021-03 to 2021-10)"))
    }

    @Test func aFallingYearCounterWithinAYearIsAReset() {
        let reset = PortalInterval.flags(earlier: Self.capture("2022-02", year: 300, total: 1_300), later: Self.capture("2022-06", year: 100, total: 1_600))
        #expect(reset.map(\.code) == [.yearCounterReset])
        let newYear = PortalInterval.flags(earlier: Self.capture("2021-11", year: 3_000, total: 5_000), later: Self.capture("2022-02", year: 200, total: 5_300))
        #expect(newYear.isEmpty)  // the year counter starts again each January
        let mismatch = PortalInterval.flags(earlier: Self.capture("2022-01", year: 100, total: 1_000), later: Self.capture("2022-05", year: 300, total: 1_500))
        #expect(mismatch.map(\.code) == [.yearCounterMismatch])
        #expect(mismatch.first?.message == "the total grew by 500 but the year counter by 200 (2022-01 to 2022-05)")
    }

    @Test func countersOutOfOrderWithinACapture() {
        let flags = CounterOrderCheck.flags(Self.capture("2021-03", year: 5_000, total: 4_000, monthCounter: 6_000, today: 10))
        #expect(flags.map(\.code) == [.counterOrder, .counterOrder])
        #expect(flags.first?.message == "the month counter (6000) is above the year counter (5000) in the capture of 2021-03")
        #expect(CounterOrderCheck.flags(Self.capture("2021-03", year: 5_000, total: 9_000, monthCounter: 600, today: 10)).isEmpty)
    }

    @Test func theProjectionFlagsResetsAndKeepsTourismRevenue() throws {
        var projections = Projections()
        var revenue = Figure(indicator: .tourismRevenue, value: 350_500, unit: .millionVND, period: Period("2023"),
                             jurisdiction: Fixture.province, quote: "doanh thu du lịch")
        revenue.yoyPct = 12
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.counter(.portalVisitsTotal, 60_000, captured: "2021-03"),
            Fixture.counter(.portalVisitsMonth, 900, captured: "2021-03"),
            Fixture.counter(.portalVisitsYear, 800, captured: "2021-03"),
            revenue,
        ]))
        try projections.apply(Fixture.ingested(2, bulletin: 2, [Fixture.counter(.portalVisitsTotal, 1_000, captured: "2021-06")]))
        let report = projections.visitors.report()
        let series = try #require(report.portals.first)
        #expect(series.captures[0].flags.map(\.code) == [.counterOrder])
        #expect(series.intervals.first?.flags.map(\.code) == [.totalReset])
        let entry = try #require(report.tourismRevenue.first)
        #expect(abs(entry.revenueBillionVND - 350.5) < 1e-9 && entry.yoyPct == 12 && entry.period?.description == "2023")
        let csv = report.csvTable
        let row = try #require(csv.rows.first { $0.first == "tourism_revenue" })
        #expect(row[try #require(csv.columns.firstIndex(of: "unit"))] == "billion_vnd")
    }
}
