import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// `/v1/indicators`, `/v1/series`, `/v1/figures/{id}`, the admin acts and `since=`, through the
/// real server and client.
@Suite struct SeriesRouteTests {
    let directory: TemporaryDirectory
    let socket: String
    let client: PubstatClient

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
        client = PubstatClient(socketPath: socket)
    }

    func message(_ reply: HTTPReply) -> String {
        let body = try? JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any]
        return (body?["error"] as? [String: Any])?["message"] as? String ?? ""
    }

    @Test func seriesAndIndicatorsAnswerWithJurisdictionsMatchedAsTheBudgetFilterDoes() async throws {
        try await withServer(on: .path(socket), queries: SeriesStubQueries()) {
            let indicators = try await client.get("/v1/indicators", as: IndicatorsReport.self)
            #expect(indicators.indicators.map(\.indicator) == [SeriesStubQueries.growth])
            #expect(indicators.indicators.first?.jurisdictions.count == 2)
            let all = try await client.get("/v1/series?indicator=grdp_growth", as: SeriesReport.self)
            #expect(all.series.count == 2)
            let laiChau = try await client.get("/v1/series?indicator=grdp_growth&jurisdiction=lai%20chau", as: SeriesReport.self)
            #expect(laiChau.series.map(\.jurisdiction) == [StubQueries.laiChau])
            #expect(laiChau.series.first?.points.first?.current?.figureID == SeriesStubQueries.figureID)
            let alias = try await client.get("/v1/series?indicator=grdp_growth&jurisdiction=TP.HCM", as: SeriesReport.self)
            #expect(alias.series.map(\.jurisdiction) == [SeriesStubQueries.hcm])
            let before = try await client.get("/v1/series?indicator=grdp_growth&asOf=2022-01-09", as: SeriesReport.self)
            #expect(before.series.isEmpty)
            let history = try await client.get("/v1/series?indicator=grdp_growth&history=true&from=2021&to=2021", as: SeriesReport.self)
            #expect(history.series.first?.points.first?.vintages?.count == 1)
        }
    }

    @Test(arguments: [
        ("", "indicator"), ("indicator=grdp%20growth", "indicator"), ("indicator=grdp_growth&asOf=2021-13-01", "asOf"),
        ("indicator=grdp_growth&from=21", "from"), ("indicator=grdp_growth&to=x", "to"), ("indicator=grdp_growth&history=maybe", "history"),
("indicator=grdp_growth&jurisdiction=planet:Mars", "jurisdiction"),
        ("indicator=grdp_growth&asof=2021-01-01", "unknown query parameter 'asof'"),
    ])
    func malformedSeriesParametersAre400NamingThem(query: String, parameter: String) async throws {
        try await withServer(on: .path(socket), queries: SeriesStubQueries()) {
            let reply = try await client.get("/v1/series?" + query)
            #expect(reply.status == 400, "\(query)")
            #expect(message(reply).hasPrefix(parameter), "\(query): \(message(reply))")
        }
    }

    @Test func aFigureIsExplainedAndACorrectionRecordsThePeer() async throws {
        let queries = SeriesStubQueries()
        let id = SeriesStubQueries.figureID
        try await withServer(on: .path(socket), queries: queries) {
            #expect(try await client.get("/v1/figures/nothex").status == 400)
            #expect(try await client.get("/v1/figures/\(id.bulletinPrefix)-0000000000000000").status == 404)
            let explained = try await client.get("/v1/figures/\(id)", as: FigureExplanation.self)
            #expect(explained.figure.value == 6.2)
            #expect(explained.bulletin.fileName == "a.txt")

            let noReason = try await client.request("POST", "/v1/figures/\(id)/correct", body: Array(#"{"value": 6.25}"#.utf8))
            #expect(noReason.status == 400)
            #expect(message(noReason).hasPrefix("reason"))
            let nothing = try await client.request("POST", "/v1/figures/\(id)/correct", body: Array(#"{"reason": "x"}"#.utf8))
            #expect(message(nothing).hasPrefix("value or fields"))
            let wrongType = try await client.request("POST", "/v1/figures/\(id)/correct", body: Array(#"{"value": "six", "reason": "x"}"#.utf8))
            #expect(message(wrongType).hasPrefix("value"))
            let extra = try await client.request("POST", "/v1/figures/\(id)/correct", body: Array(#"{"value": 6.25, "reason": "x", "vaule": 1}"#.utf8))
            #expect(message(extra).hasPrefix("vaule is not a member"))
            let done = try await client.request("POST", "/v1/figures/\(id)/correct", body: Array(#"{"value": 6.25, "reason": "typo"}"#.utf8))
            #expect(done.status == 201)
            let receipt = try APIJSON.decoder().decode(ActReceipt.self, from: Data(done.body))
            #expect(receipt.event == "figure.corrected" && receipt.figure == id)
            // The answer cache is per published sequence: the stub has none, so the next answer is fresh.
            let after = try await client.get("/v1/figures/\(id)", as: FigureExplanation.self)
            #expect(after.figure.value == 6.25)
            #expect(after.corrections.map(\.reason) == ["typo"])
            #expect(queries.peers.count == 1)

            let get = try await client.get("/v1/figures/\(id)/correct")
            #expect(get.status == 405)
            #expect(get.headers["allow"] == "POST")
            #expect(try await client.request("POST", "/v1/figures/\(id)/confirm").status == 201)
        }
    }

    @Test func retractionTakesAReasonAndAKnownBulletin() async throws {
        try await withServer(on: .path(socket), queries: SeriesStubQueries()) {
            let unknown = try await client.request("POST", "/v1/bulletins/ffffffff/retract", body: Array(#"{"reason": "x"}"#.utf8))
            #expect(unknown.status == 404)
            let noBody = try await client.request("POST", "/v1/bulletins/a.txt/retract")
            #expect(noBody.status == 400)
            let done = try await client.request("POST", "/v1/bulletins/a.txt/retract", body: Array(#"{"reason": "draft"}"#.utf8))
            #expect(done.status == 201)
            let list = try await client.get("/v1/bulletins", as: BulletinList.self)
            #expect(list.bulletins.first?.retracted?.reason == "draft")
            let series = try await client.get("/v1/series?indicator=grdp_growth", as: SeriesReport.self)
            #expect(series.series.isEmpty)
        }
    }

    @Test func bulletinsSinceAnIngestionTime() async throws {
        try await withServer(on: .path(socket), queries: SeriesStubQueries()) {
            // The stub's bulletin was ingested at 2025-11-28T08:00:00Z.
            let list = try await client.get("/v1/bulletins?since=2025-11-28", as: BulletinList.self)
            #expect(list.bulletins.count == 1)
            #expect(list.bulletins.first?.ingestedAt?.description == "2025-11-28T08:00:00.000000Z")
            #expect(try await client.get("/v1/bulletins?since=2025-11-28T08:00:00.000001Z", as: BulletinList.self).bulletins.isEmpty)
            let bad = try await client.get("/v1/bulletins?since=yesterday")
            #expect(bad.status == 400)
            #expect(message(bad).hasPrefix("since"))
        }
    }

    @Test func timestampsReadWhatTheyWrite() throws {
        let time = try #require(Timestamp(iso: "2026-11-28T08:00:00.123456Z"))
        #expect(time.description == "2026-11-28T08:00:00.123456Z")
        #expect(Timestamp(iso: "2026-11-28T08:00:00Z")?.micros == Timestamp(iso: "2026-11-28")!.micros + 8 * 3_600_000_000)
        #expect(Timestamp(iso: "1969-12-31T23:59:59.5Z")?.date == CalendarDate(year: 1969, month: 12, day: 31))
        #expect(Timestamp(iso: "2026-11-28T25:00:00Z") == nil)
        #expect(Timestamp(iso: "2026-11-28T15:00:00.1234567+07:00")?.description == "2026-11-28T08:00:00.123456Z")
        #expect(Timestamp(iso: "2026-11-28T08:00:00") == nil)
        #expect(Timestamp(startOf: CalendarDate(year: 2000, month: 3, day: 1)!).description == "2000-03-01T00:00:00.000000Z")
    }
}
