import PubstatModel
import PubstatProjections
import Testing

/// Every budget and tourism number names the figure it is, and explain knows that id, also
/// after a person corrected the figure's period (which changes what it observes).
@Suite struct FigureSourceIDTests {
    @Test func budgetAndTourismSourcesNameFiguresThatExplainKnows() throws {
        var arrivals = Figure(indicator: .touristArrivals, value: 120_000, unit: .arrivals, period: Period("2021-9M"),
                              jurisdiction: Fixture.province, quote: "120 nghìn lượt khách")
        arrivals.yoyPct = 5
        let revenue = Fixture.budget(900, period: "2021-9M", pct: [(60, .central)])
        var projections = try SeriesFixture.fold([SeriesFixture.ingested(1, bulletin: 1, published: "2021-10-05", [arrivals, revenue])])
        let budgetID = try #require(projections.budget.report().years.first?.observations.first?.source.figureID)
        let tourismID = try #require(projections.visitors.report().tourism.first?.source.figureID)
        #expect(budgetID != tourismID)
        #expect(projections.series.explain(budgetID)?.figure.value == 900)
        #expect(projections.series.explain(tourismID)?.figure.value == 120_000)

        // A correction of the period: the budget figure moves to Q2 and keeps its id.
        var moved = revenue
        moved.period = Period("2021-6M")
        var amendment = FigureAmendment()
        amendment.period = Period("2021-6M")
        try projections.apply(LoggedEvent(sequence: 2, timestampMicros: 0, event: .figureCorrected(FigureCorrected(
            bulletinID: Fixture.id(1), figureID: budgetID, value: nil, fields: amendment, figure: moved, reason: "6 tháng, not 9",
            peer: SeriesFixture.alice))))
        let corrected = try #require(projections.budget.report().years.first?.observations.first)
        #expect(corrected.quarter == 2)
        #expect(corrected.source.figureID == budgetID)
        #expect(projections.series.explain(budgetID)?.figure.period == Period("2021-6M"))
    }
}
