import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import PubstatServer
import Testing

/// An answer about one place stays cached while bulletins about other places come in, and is
/// built again, with the new figure, once one about its place does.
@Suite struct AnswerCacheRouteTests {
    static let laiChau = Jurisdiction(.province, "Lai Châu")
    static let quangNinh = Jurisdiction(.province, "Quảng Ninh")
    static let growth = Indicator("grdp_growth")

    static func id(_ n: Int) -> BulletinID { BulletinID(hex: String(repeating: String(n % 10), count: 64))! }

    static func ingested(_ n: Int, _ figures: [Figure]) -> Event {
        .bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(id: id(n), fileName: "b\(n).txt", byteCount: 100, published: CalendarDate(year: 2022, month: 1, day: n),
                                   subject: figures[0].jurisdiction, title: nil, extractorVersion: "test"),
            figures: figures))
    }

    static func revenue(_ value: Double, in place: Jurisdiction) -> Figure {
        Figure(indicator: .budgetRevenueOnTerritory, value: value, unit: .billionVND, kind: .actual, period: Period("2021-Q1"),
               jurisdiction: place, quote: "thu ngân sách")
    }

    static func growth(_ value: Double, in place: Jurisdiction) -> Figure {
        Figure(indicator: growth, value: value, unit: .percent, period: Period("2021"), jurisdiction: place, quote: "GRDP tăng")
    }

    @Test func aFilteredAnswerOutlivesBulletinsAboutOtherPlaces() async throws {
        let directory = try TemporaryDirectory()
        let client = PubstatClient(socketPath: directory.file("api.sock"))
        let queries = FoldedQueries()
        queries.append(Self.ingested(1, [Self.revenue(900, in: Self.quangNinh), Self.growth(7.0, in: Self.quangNinh)]))
        let budget = "/v1/projections/budget?jurisdiction=Quang%20Ninh&year=2021"
        let series = "/v1/series?indicator=grdp_growth&jurisdiction=province:Qu%E1%BA%A3ng%20Ninh"
        try await withServer(on: .path(directory.file("api.sock")), queries: queries) {
            let firstBudget = try await client.get(budget).text
            let firstSeries = try await client.get(series).text
            #expect(queries.reportsBuilt == 2)
            // bulletins about Lai Châu move the head, not these answers' inputs
            queries.append(Self.ingested(2, [Self.revenue(1_000, in: Self.laiChau), Self.growth(6.2, in: Self.laiChau)]))
            queries.append(Self.ingested(3, [Self.revenue(1_100, in: Self.laiChau)]))
            #expect(try await client.get(budget).text == firstBudget)
            #expect(try await client.get(series).text == firstSeries)
            #expect(queries.reportsBuilt == 2)
            // the unfiltered answer reads everything: built again
            _ = try await client.get("/v1/projections/budget")
            #expect(queries.reportsBuilt == 3)
            // a bulletin about Quảng Ninh: both built again, with its figures
            queries.append(Self.ingested(4, [Self.revenue(2_000, in: Self.quangNinh), Self.growth(7.5, in: Self.quangNinh)]))
            let newBudget = try await client.get(budget).text
            let newSeries = try await client.get(series).text
            #expect(queries.reportsBuilt == 5)
            #expect(newBudget != firstBudget && newBudget.contains("2000"))
            #expect(newSeries != firstSeries && newSeries.contains("7.5"))
        }
    }
}
