import PubstatModel
import Testing
@testable import PubstatProjections

/// Packed figures read back exactly what was packed, and the catalog and series keep one buffer.
@Suite struct PackedFiguresTests {
    /// A figure with every optional member set.
    static var full: Figure {
        var figure = Figure(indicator: Indicator("budget_revenue_on_territory"), value: 8_123.45, unit: .billionVND, kind: .estimate,
                            period: Period("2024-9M-target"), jurisdiction: Jurisdiction(.city, "Thành phố Hồ Chí Minh"),
                            quote: "thu ngân sách ước đạt 8.123,45 tỷ đồng, bằng 76,2% dự toán")
        figure.valueHigh = 9_000
        figure.per = "person/year"
        figure.qualifier = .approx
        figure.asOf = CalendarDate(year: 2024, month: 9, day: 10)
        figure.pctOfPlan = [PlanComparison(pct: 76.2, authority: .provincialCouncil), PlanComparison(pct: 101, authority: .central)]
        figure.yoyPct = -3.25
        figure.yoyRatio = 2
        figure.momPct = 0.1 + 0.2
        figure.captured = YearMonth(year: 2025, month: 1)
        figure.portal = "laichau.gov.vn"
        figure.sector = "nông nghiệp"
        figure.scope = "doanh nghiệp nhà nước"
        figure.outOf = 94
        figure.priceBasis = "giá so sánh 2010"
        figure.source = SourceSpan(start: 120, end: 190, original: 300..<420)
        return figure
    }

    /// Only the required members.
    static let bare = Figure(indicator: Indicator("cpi"), value: nil, unit: nil, kind: .plan, jurisdiction: Jurisdiction(.country, "Việt Nam"),
                             quote: "")

    @Test func roundTripsEveryMember() {
        let figures = [Self.full, Self.bare, Fixture.budget(500, period: "2024-Q1"), Self.full]
        let packed = PackedFigures(figures)
        #expect(packed.count == 4)
        #expect(packed.figures == figures)
        #expect(packed.figures.map { $0.momPct?.bitPattern } == figures.map { $0.momPct?.bitPattern })
        #expect(PackedFigures([]).figures.isEmpty)
        #expect(PackedFigures(figures) == packed)
    }

    /// The catalog and the series of both projection copies keep the one buffer the prepared
    /// event packed, and serve the figures as they were.
    @Test func catalogAndSeriesShareOnePacking() throws {
        let figures = [Self.full, Fixture.budget(500, period: "2024-Q1")]
        let prepared = PreparedEvent(UnclassifiedProjectionTests.ingested(1, bulletin: 1, figures: figures, mentions: []))
        var first = Projections()
        var second = Projections()
        try first.apply(prepared)
        try second.apply(prepared)
        let id = Fixture.id(1)
        let buffers = [first.catalog.entries[id]?.figures.bytes, first.series.bulletins[id]?.figures.bytes,
                       second.catalog.entries[id]?.figures.bytes, second.series.bulletins[id]?.figures.bytes]
        let addresses = Set(try buffers.map { try #require($0).withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } })
        #expect(addresses.count == 1)
        #expect(first.catalog.bulletins[id]?.figures == figures)
        #expect(first.catalog.detail(matching: String(id.rawValue.prefix(8)))?.figures == figures)
        #expect(first.series.effectiveFigures(of: id) == figures)
    }

    /// A packing made beforehand (on the intake threads) folds as one made at the fold, and is
    /// the buffer kept.
    @Test func packingMadeBeforehandIsTheOneKept() throws {
        let logged = UnclassifiedProjectionTests.ingested(1, bulletin: 1, figures: [Self.full], mentions: PackedMentionsTests.mentions)
        let packing = EventPacking(logged.event)
        var beforehand = Projections()
        var atFold = Projections()
        try beforehand.apply(PreparedEvent(logged, packing: packing))
        try atFold.apply(logged)
        #expect(beforehand == atFold)
        let kept = try #require(beforehand.catalog.entries[Fixture.id(1)]?.figures.bytes)
        #expect(PackedMentionsTests.address(kept) == PackedMentionsTests.address(packing.figures.bytes))
    }
}

