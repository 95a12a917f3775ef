import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// pubstatctl's tables for series, indicators and explain, from a real fold.
@Suite struct SeriesRenderingTests {
    static func projections() throws -> Projections {
        let figure = Figure(indicator: Indicator("grdp_growth"), value: 6.25, unit: .percent, period: Period("2021"),
                            jurisdiction: StubQueries.laiChau, quote: "GRDP tăng 6,25%")
        var later = figure
        later.value = 6.5
        func ingest(_ seq: UInt64, _ id: BulletinID, _ name: String, day: Int, _ figures: [Figure]) -> LoggedEvent {
            LoggedEvent(sequence: seq, timestampMicros: 1_764_316_800_000_000, event: .bulletinIngested(BulletinIngested(
                bulletin: BulletinInfo(id: id, fileName: name, byteCount: 1, published: CalendarDate(year: 2022, month: 1, day: day),
                                       subject: nil, title: "Báo cáo", extractorVersion: "x"), figures: figures)))
        }
        var projections = Projections()
        try projections.apply(ingest(1, StubQueries.idA, "a.txt", day: 10, [figure]))
        try projections.apply(ingest(2, StubQueries.idB, "b.txt", day: 20, [later]))
        let id = FigureID.assign(bulletin: StubQueries.idB, figures: [later])[0]
        var corrected = later
        corrected.value = 6.55
        try projections.apply(LoggedEvent(sequence: 3, timestampMicros: 1_764_320_400_000_000, event: .figureCorrected(FigureCorrected(
            bulletinID: StubQueries.idB, figureID: id, value: 6.55, fields: nil, figure: corrected, reason: "table", peer: Requester(uid: 1000, user: "alice")))))
        return projections
    }

    @Test func seriesTablesShowValuesAsPublishedAndEveryVintageWithHistory() throws {
        let report = try Self.projections().series.series(SeriesFilter(indicator: Indicator("grdp_growth"), history: true))
        let text = report.renderedText()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "grdp_growth  province:Lai Châu  (outcome)")
        #expect(lines[1].hasPrefix("PERIOD  VALUE  UNIT"))
        #expect(lines[2].hasPrefix("2021     6.55  percent  actual  2022-01-20"))
        #expect(lines[2].hasSuffix("2 vintages, revised, corrected by alice"))
        #expect(lines[3].hasPrefix("  ↳      6.25  percent  actual  2022-01-10"))
        #expect(lines[3].hasSuffix("superseded"))
        // Columns line up: the value column ends at the same offset on every row.
        let ends = lines[1...3].map { $0.range(of: "percent")?.lowerBound.utf16Offset(in: $0) ?? (($0.range(of: "UNIT")?.lowerBound.utf16Offset(in: $0)) ?? -1) }
        #expect(Set(ends).count == 1)
    }

    @Test func explainNamesTheCorrectionAndTheVintages() throws {
        let id = FigureID.assign(bulletin: StubQueries.idB, figures: [Figure(indicator: Indicator("grdp_growth"), value: 6.5, unit: .percent,
            period: Period("2021"), jurisdiction: StubQueries.laiChau, quote: "")])[0]
        let text = try #require(try Self.projections().series.explain(id)).renderedText()
        #expect(text.contains("Corrected  2025-11-28T09:00:00.000000Z by alice (uid 1000, event 3): value 6.55 — table"))
        #expect(text.contains("As read    grdp_growth  6.5 percent  2021  province:Lai Châu"))
        #expect(text.contains("current (corrected)"))
        #expect(text.contains("superseded"))
    }

    @Test func indicatorsListCountsYearsAndPlaces() throws {
        let text = try Self.projections().series.indicators().renderedText()
        #expect(text == """
            INDICATOR    FIGURES  POINTS  BULLETINS  YEARS  JURISDICTIONS
            grdp_growth        2       1          2  2021   province:Lai Châu

            """)
    }
}
