import PubstatModel
@testable import PubstatProjections
import Testing

/// An answer's version moves with the events that change what it reads, and only with them.
@Suite("Answer versions: per place and year, per indicator and place")
struct AnswerVersionTests {
    typealias F = SeriesFixture
    static let other = Jurisdiction(.province, "Quảng Ninh")

    static func only(_ place: Jurisdiction) -> PlaceSelection { PlaceSelection { $0 == place } }

    @Test func aBudgetAnswerKeepsItsVersionAcrossEventsAboutOtherPlacesAndYears() throws {
        let laiChau = Self.only(Fixture.province)
        var projections = try F.fold([Fixture.ingested(1, bulletin: 1, [Fixture.budget(1_000, period: "2021-Q1")])])
        let before = projections.version(of: .budget(year: 2021, places: laiChau))
        #expect(before == 1)
        // another province, and the same province in another year: the 2021 answer for Lai Châu stays
        try projections.apply(Fixture.ingested(2, bulletin: 2, [Fixture.budget(900, period: "2021-Q1", in: Self.other)]))
        try projections.apply(Fixture.ingested(3, bulletin: 3, [Fixture.budget(1_100, period: "2022-Q1")]))
        try projections.apply(Fixture.ingested(4, bulletin: 4, [F.growth(6.2)]))
        #expect(projections.version(of: .budget(year: 2021, places: laiChau)) == before)
        #expect(projections.version(of: .budget(year: nil, places: laiChau)) == 3)
        #expect(projections.version(of: .budget(year: nil, places: nil)) == 3)
        #expect(projections.version(of: .everything) == 4)
        // a bulletin about Lai Châu's 2021: moved
        try projections.apply(Fixture.ingested(5, bulletin: 5, [Fixture.budget(2_000, period: "2021-6M")]))
        #expect(projections.version(of: .budget(year: 2021, places: laiChau)) == 5)
    }

    @Test func aRevisionThatTakesAFigureAwayMovesThePlaceItLeaves() throws {
        let quangNinh = Self.only(Self.other)
        var projections = try F.fold([
            Fixture.ingested(1, bulletin: 1, [Fixture.budget(900, period: "2021-Q1", in: Self.other), Fixture.budget(1_000, period: "2021-Q1")]),
        ])
        #expect(projections.version(of: .budget(year: 2021, places: quangNinh)) == 1)
        // re-extracted: only Lai Châu's figure is left
        try projections.apply(LoggedEvent(sequence: 2, timestampMicros: 0, event: .figuresRevised(FiguresRevised(
            id: Fixture.id(1), extractorVersion: "test-2", figures: [Fixture.budget(1_000, period: "2021-Q1")]))))
        #expect(projections.version(of: .budget(year: 2021, places: quangNinh)) == 2)
        #expect(projections.budget.report(BudgetFilter(year: 2021)).years.map(\.jurisdiction) == [Fixture.province])
    }

    @Test func aSeriesAnswerMovesWithItsIndicatorAndPlaceOnly() throws {
        let laiChau = Self.only(Fixture.province)
        let figure = F.growth(6.2)
        var projections = try F.fold([F.ingested(1, bulletin: 1, published: "2022-01-10", [figure])])
        #expect(projections.version(of: .series(F.indicator, places: laiChau)) == 1)
        try projections.apply(F.ingested(2, bulletin: 2, published: "2022-01-11", [F.growth(7.0, place: Self.other)]))
        try projections.apply(Fixture.ingested(3, bulletin: 3, [Fixture.budget(1_000, period: "2021-Q1")]))
        #expect(projections.version(of: .series(F.indicator, places: laiChau)) == 1)
        #expect(projections.version(of: .series(F.indicator, places: nil)) == 2)
        #expect(projections.version(of: .series(.budgetRevenueOnTerritory, places: nil)) == 3)
        // people's acts on Lai Châu's figure move its line: a correction, a confirmation, a retraction
        try projections.apply(F.corrected(4, bulletin: 1, figure: figure, value: 6.25))
        #expect(projections.version(of: .series(F.indicator, places: laiChau)) == 4)
        let id = FigureID.assign(bulletin: Fixture.id(1), figures: [figure])[0]
        try projections.apply(LoggedEvent(sequence: 5, timestampMicros: F.micros("2026-11-05"), event: .figureConfirmed(
            FigureConfirmed(bulletinID: Fixture.id(1), figureID: id, note: nil, peer: F.alice))))
        #expect(projections.version(of: .series(F.indicator, places: laiChau)) == 5)
        try projections.apply(F.retracted(6, bulletin: 1))
        #expect(projections.version(of: .series(F.indicator, places: laiChau)) == 6)
        #expect(projections.version(of: .series(F.indicator, places: Self.only(Self.other))) == 2)
    }

    @Test func aSelectionSeesPlacesFirstMetAfterItWasResolved() throws {
        let quangNinh = Self.only(Self.other)
        var projections = try F.fold([F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.2)])])
        #expect(projections.version(of: .series(F.indicator, places: quangNinh)) == 0)
        try projections.apply(F.ingested(2, bulletin: 2, published: "2022-01-11", [F.growth(7.0, place: Self.other)]))
        #expect(projections.version(of: .series(F.indicator, places: quangNinh)) == 2)
    }

    @Test func versionsAreNotPartOfTheProjectionsValue() throws {
        let events = [
            F.ingested(1, bulletin: 1, published: "2022-01-10", [F.growth(6.2), Fixture.budget(900, period: "2021-Q1", in: Self.other)]),
            F.revised(2, bulletin: 1, [F.growth(6.2)]),
        ]
        let projections = try F.fold(events)
        let restored = Projections(restoring: projections.snapshotEvents(), lastSequence: projections.lastSequence)
        #expect(restored == projections)
    }
}
