import PubstatModel
import Testing
@testable import PubstatProjections

/// Unclassified mentions have their own list and never reach a figure projection.
@Suite struct UnclassifiedProjectionTests {
    /// Mentions that would count as budget revenue or tourist arrivals if they were figures.
    static let revenue = UnclassifiedMention(value: 1_100, unit: .billionVND, text: "1.100 tỷ đồng", period: Period("2024"),
                                             quote: "nguồn thu khác đạt 1.100 tỷ đồng", source: SourceSpan(start: 0, end: 40))
    static let arrivals = UnclassifiedMention(value: 1_200_000, unit: .arrivals, text: "1,2 triệu lượt", period: Period("2024"),
                                              quote: "lượng du khách ghé thăm đạt 1,2 triệu lượt", source: SourceSpan(start: 41, end: 90))

    static func ingested(_ seq: UInt64, bulletin n: Int, figures: [Figure], mentions: [UnclassifiedMention]) -> LoggedEvent {
        LoggedEvent(sequence: seq, timestampMicros: 0, event: .bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(id: Fixture.id(n), fileName: "b\(n).txt", byteCount: 100, published: nil,
                                   subject: Fixture.province, title: nil, extractorVersion: "test"),
            figures: figures, unclassified: mentions)))
    }

    @Test func mentionsNeverAppearInProjections() throws {
        var withMentions = Projections()
        var without = Projections()
        let figure = Fixture.budget(500, period: "2024-Q1")
        try withMentions.apply(Self.ingested(1, bulletin: 1, figures: [figure], mentions: [Self.revenue, Self.arrivals]))
        try without.apply(Self.ingested(1, bulletin: 1, figures: [figure], mentions: []))

        #expect(withMentions.budget.report() == without.budget.report())
        #expect(withMentions.visitors.report() == without.visitors.report())
        #expect(withMentions.catalog.list.bulletins.first?.figureCount == 1)
        #expect(withMentions.catalog.bulletins[Fixture.id(1)]?.figures == [figure])
        #expect(withMentions.unclassified.mentions(of: Fixture.id(1)) == [Self.revenue, Self.arrivals])
        #expect(without.unclassified.report(UnclassifiedFilter()).total == 0)
    }

    @Test func aRevisionReplacesTheMentionsAndSnapshotsKeepThem() throws {
        var projections = Projections()
        try projections.apply(Self.ingested(1, bulletin: 1, figures: [], mentions: [Self.revenue, Self.arrivals]))
        try projections.apply(Self.ingested(2, bulletin: 2, figures: [], mentions: [Self.arrivals]))
        let revised = FiguresRevised(id: Fixture.id(1), extractorVersion: "test+cat.1", figures: [], unclassified: [Self.arrivals])
        try projections.apply(LoggedEvent(sequence: 3, timestampMicros: 0, event: .figuresRevised(revised)))

        let report = projections.unclassified.report(UnclassifiedFilter())
        #expect(report.total == 2)
        #expect(report.mentions.map(\.bulletin) == [Fixture.id(1), Fixture.id(2)], "bulletins in the order they were ingested")
        #expect(projections.unclassified.report(UnclassifiedFilter(bulletin: Fixture.id(2), limit: 5)).mentions.map(\.fileName) == ["b2.txt"])
        #expect(projections.unclassified.report(UnclassifiedFilter(limit: 1)).mentions.count == 1)

        let restored = Projections(restoring: projections.snapshotEvents(), lastSequence: projections.lastSequence)
        #expect(restored == projections)
    }
}
