import PubstatModel
@testable import PubstatProjections
import Testing

@Suite("Series: corrections, retractions, figure ids")
struct SeriesCorrectionTests {
    typealias F = SeriesFixture

    @Test func aCorrectionWinsAndSurvivesARevisionThatReadsAnotherValue() throws {
        let figure = F.growth(6.2)
        var events = [
            F.ingested(1, bulletin: 1, published: "2022-01-10", [figure]),
            F.ingested(2, bulletin: 2, published: "2022-02-10", [F.growth(6.3)]),
            F.corrected(3, bulletin: 1, figure: figure, value: 6.25),
        ]
        let corrected = try #require(F.point(try F.fold(events)))
        #expect(corrected.current?.value == 6.25)
        #expect(corrected.current?.correction?.user == "alice")
        #expect(corrected.current?.bulletin == Fixture.id(1))
        #expect(!corrected.disagreement)

        // A later re-extraction reads 6.8 for the same observation: the correction stays current, flagged.
        events.append(F.revised(4, bulletin: 1, [F.growth(6.8)]))
        let projections = try F.fold(events)
        let point = try #require(F.point(projections))
        #expect(point.current?.value == 6.25)
        #expect(point.disagreement)
        #expect(point.disagreementReason?.contains("reads 6.8") == true)
        let id = FigureID.assign(bulletin: Fixture.id(1), figures: [figure])[0]
        let explained = try #require(projections.series.explain(id))
        #expect(explained.figure.value == 6.25)
        #expect(explained.extracted?.value == 6.8)
        #expect(explained.corrections.map(\.reason) == ["typo in the bulletin"])
        #expect(explained.vintages.count == 2)
        // Budget and visitors see the corrected figures too; the snapshot keeps it all.
        let restored = Projections(restoring: projections.snapshotEvents(), lastSequence: projections.lastSequence)
        #expect(restored == projections)
    }

    @Test func figureIDsStayWhenTheSameObservationIsFoundAgain() {
        let first = FigureID.assign(bulletin: Fixture.id(1), figures: [F.growth(6.2), F.growth(5.0, period: "2020")])
        let again = FigureID.assign(bulletin: Fixture.id(1), figures: [F.growth(9.9, period: "2019"), F.growth(5.1, period: "2020"), F.growth(6.3)])
        #expect(again[2] == first[0])
        #expect(again[1] == first[1])
        #expect(again[0] != first[0])
        #expect(FigureID.isWellFormed(first[0].rawValue))
        let twice = FigureID.assign(bulletin: Fixture.id(1), figures: [F.growth(6.2), F.growth(6.2)])
        #expect(twice[1].rawValue == twice[0].rawValue + "-2")
    }

    @Test func aRetractedBulletinLeavesTheProjectionsButNotTheHistory() throws {
        let budget = Fixture.budget(812.4, period: "2021-H1")
        let projections = try F.fold([
            F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.2), budget]),
            F.ingested(2, bulletin: 2, published: "2021-12-20", [F.growth(6.0, kind: .estimate)]),
            F.retracted(3, bulletin: 1, at: "2026-11-04"),
        ])
        let point = try #require(F.point(projections))
        #expect(point.current?.bulletin == Fixture.id(2))
        #expect(point.vintageCount == 1)
        #expect(point.vintages?.last?.status == .retracted)
        #expect(F.point(projections, history: false)?.vintages == nil)
        #expect(projections.budget.report().years.isEmpty)
        #expect(projections.catalog.bulletins[Fixture.id(1)]?.bulletin.retracted?.reason == "published by mistake")
        // Before the retraction was made, the bulletin's figures were believed.
        #expect(F.point(projections, asOf: "2026-11-03")?.current?.bulletin == Fixture.id(1))
        let restored = Projections(restoring: projections.snapshotEvents(), lastSequence: projections.lastSequence)
        #expect(restored == projections)
    }

    @Test func theBudgetFoldsTheCorrectedValue() throws {
        let figure = Fixture.budget(812.4, period: "2021-H1")
        let projections = try F.fold([
            F.ingested(1, bulletin: 1, published: "2021-07-05", [figure]),
            F.corrected(2, bulletin: 1, figure: figure, value: 821.4),
        ])
        let year = try #require(projections.budget.report().years.first)
        #expect(year.quarters.first?.revenueBillionVND == 821.4)
    }

    @Test func indicatorsCountFiguresPointsAndPlaces() throws {
        let projections = try F.fold([
            F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.2), F.growth(5.0, period: "2020")]),
            F.ingested(2, bulletin: 2, published: "2022-02-10", [F.growth(6.3), F.growth(7.1, place: Fixture.city)]),
        ])
        let report = projections.series.indicators(catalogue: [Indicator("cpi")])
        let growth = try #require(report.indicators.first { $0.indicator == F.indicator })
        #expect(growth.figures == 4)
        #expect(growth.points == 3)
        #expect(growth.bulletins == 2)
        #expect(growth.jurisdictions == [Fixture.city, Fixture.province])
        #expect(growth.firstYear == 2020 && growth.lastYear == 2021)
        #expect(report.indicators.first { $0.indicator == Indicator("cpi") }?.figures == 0)
    }
}
