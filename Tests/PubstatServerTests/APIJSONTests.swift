import Foundation
import PubstatAPI
import PubstatModel
import Testing

/// The API's one key style survives a round trip through the server's encoder and the client's decoder.
@Suite struct APIJSONTests {
    @Test(arguments: [
        ("revenue_billion_vnd", "revenueBillionVND"), ("source_url", "sourceURL"), ("as_of", "asOf"),
        ("figure_count", "figureCount"), ("status", "status"), ("bulletin_id", "bulletinID"),
    ])
    func snakeKeysBecomeSwiftNames(key: String, name: String) {
        #expect(APIJSON.camelCase(key) == name)
    }

    @Test func reportsRoundTripInSnakeCase() throws {
        var summary = BulletinSummary(
            id: BulletinID(rawValue: String(repeating: "ab", count: 32)), fileName: "a.txt", published: nil,
            subject: nil, title: "T", figureCount: 2, sequence: 7, extractorVersion: "2.0.0"
        )
        summary.sourceURL = "https://example.gov.vn/x"
        let observation = BudgetObservation(
            quarter: 2, period: nil, revenueBillionVND: 12.5, kind: .actual, approximate: false, asOf: nil,
            yearElapsedPct: 50, estimates: [EstimateProgress(authority: .central, pct: 40, impliedEstimateBillionVND: 31.25, pace: .onPace)],
            yoyPct: 3, source: FigureSource(bulletin: summary.id, sequence: 7, quote: "q")
        )
        let data = try APIJSON.encoder().encode([BulletinList(bulletins: [summary])])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"file_name\"") && text.contains("\"source_url\"") && text.contains("\"extractor_version\""))
        #expect(try APIJSON.decoder().decode([BulletinList].self, from: data) == [BulletinList(bulletins: [summary])])
        let budget = try APIJSON.encoder().encode(observation)
        #expect(String(decoding: budget, as: UTF8.self).contains("\"implied_estimate_billion_vnd\""))
        #expect(try APIJSON.decoder().decode(BudgetObservation.self, from: budget) == observation)
    }
}
