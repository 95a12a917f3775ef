import PubstatModel
@testable import PubstatProjections
import Testing

@Suite("Series: precedence and as-of")
struct SeriesPrecedenceTests {
    typealias F = SeriesFixture

    @Test func laterPublicationWinsWhateverTheIngestionOrder() throws {
        // The newer bulletin is ingested first: the older one, back-filled, must not become current.
        let projections = try F.fold([
            F.ingested(1, bulletin: 2, published: "2022-01-10", [F.growth(6.5)]),
            F.ingested(2, bulletin: 1, published: "2021-12-20", [F.growth(6.2, kind: .estimate)]),
        ])
        let point = try #require(F.point(projections))
        #expect(point.current?.value == 6.5)
        #expect(point.current?.bulletin == Fixture.id(2))
        #expect(point.vintageCount == 2)
        #expect(point.revised)
        #expect(!point.disagreement)
        #expect(point.vintages?.map(\.value) == [6.5, 6.2])
        #expect(point.vintages?.map(\.status) == [.current, .superseded])
    }

    @Test func actualOverEstimateOnTheSameDayThenLaterIngestion() throws {
        let sameDay = try F.fold([
            F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.4)]),
            F.ingested(2, bulletin: 2, published: "2022-01-10", [F.growth(6.4, kind: .estimate)]),
        ])
        #expect(F.point(sameDay)?.current?.bulletin == Fixture.id(1))
        let tie = try F.fold([
            F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.4)]),
            F.ingested(2, bulletin: 2, published: "2022-01-10", [F.growth(6.4)]),
        ])
        #expect(F.point(tie)?.current?.bulletin == Fixture.id(2))
        #expect(F.point(tie)?.disagreement == false)
    }

    @Test func asOfSeesOnlyWhatWasPublishedByThatDay() throws {
        let projections = try F.fold([
            F.ingested(1, bulletin: 1, published: "2021-12-20", [F.growth(6.2, kind: .estimate)]),
            F.ingested(2, bulletin: 2, published: "2022-01-10", [F.growth(6.5)]),
        ])
        #expect(F.point(projections, asOf: "2021-12-19") == nil)
        let december = try #require(F.point(projections, asOf: "2021-12-31"))
        #expect(december.current?.value == 6.2)
        #expect(december.vintageCount == 1)
        #expect(F.point(projections, asOf: "2022-01-10")?.current?.value == 6.5)
    }

    @Test func aBulletinWithoutPublicationDateIsKnownFromItsIngestionDay() throws {
        let projections = try F.fold([F.ingested(1, bulletin: 1, published: nil, at: "2026-11-01", [F.growth(6.2)])])
        #expect(F.point(projections)?.current?.knownFrom == F.date("2026-11-01"))
        #expect(F.point(projections, asOf: "2026-10-31") == nil)
        #expect(F.point(projections, asOf: "2026-11-01")?.current?.value == 6.2)
    }

    @Test func sourcesKnownFromTheSameDayThatDisagreeAreFlaggedAndBothKept() throws {
        let projections = try F.fold([
            F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.4)]),
            F.ingested(2, bulletin: 2, published: "2022-01-10", [F.growth(6.9)]),
        ])
        let point = try #require(F.point(projections))
        #expect(point.disagreement)
        #expect(point.disagreementReason?.contains("b1.txt") == true)
        #expect(Set(point.vintages?.compactMap(\.value) ?? []) == [6.4, 6.9])
    }

    @Test func fromAndToKeepThePointsOfThoseYears() throws {
        let projections = try F.fold([
            F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.4), F.growth(5.1, period: "2020"), F.growth(7.0, period: "2022")]),
        ])
        let report = projections.series.series(SeriesFilter(indicator: F.indicator, from: 2021, to: 2022))
        #expect(report.series.first?.points.compactMap(\.period?.description) == ["2021", "2022"])
    }
}
