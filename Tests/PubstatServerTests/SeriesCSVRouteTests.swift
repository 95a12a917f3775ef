import PubstatAPI
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// `/v1/indicators`, `/v1/series` and `/v1/figures/{id}` as CSV, through the real server and client.
@Suite struct SeriesCSVRouteTests {
    let directory: TemporaryDirectory
    let socket: String
    let client: PubstatClient

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
        client = PubstatClient(socketPath: socket)
    }

    /// The records of a CSV answer, after checking its content type, file name and byte-order mark.
    private func records(_ reply: HTTPReply, file: String) -> [[String: String]] {
        #expect(reply.status == 200, "\(reply.text)")
        #expect(reply.contentType == "text/csv; charset=utf-8")
        #expect(reply.headers["content-disposition"] == "attachment; filename=\"\(file).csv\"")
        #expect(Array(reply.body.prefix(3)) == CSVWriter.byteOrderMark)
        let rows = RFC4180Reader.records(String(decoding: reply.body.dropFirst(3), as: UTF8.self))
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func indicatorsSeriesAndAFigureAnswerCSV() async throws {
        try await withServer(on: .path(socket), queries: SeriesStubQueries()) {
            let indicators = records(try await client.get("/v1/indicators?format=csv"), file: "indicators")
            #expect(indicators.map { $0["indicator"] } == ["grdp_growth"])
            #expect(indicators.first?["jurisdictions"] == "city:Hồ Chí Minh;province:Lai Châu")
            #expect(indicators.first?["figures"] == "2" && indicators.first?["first_year"] == "2021")

            let series = records(try await client.get("/v1/series?indicator=grdp_growth", accept: "text/csv"), file: "series-grdp_growth")
            #expect(series.count == 2)
            let laiChau = try #require(series.first { $0["jurisdiction"] == "province:Lai Châu" })
            #expect(laiChau["value"] == "6.2" && laiChau["unit"] == "percent" && laiChau["period"] == "2021")
            #expect(laiChau["status"] == "current" && laiChau["kind"] == "actual" && laiChau["measure"] == "outcome")
            #expect(laiChau["figure_id"] == SeriesStubQueries.figureID.rawValue && laiChau["bulletin"] == StubQueries.idA.rawValue)
            #expect(laiChau["published"] == "2022-01-10" && laiChau["quote"] == "GRDP tăng 6,2%")

            let id = SeriesStubQueries.figureID.rawValue
            let vintages = records(try await client.get("/v1/figures/\(id)?format=csv"), file: "figure-\(id)")
            #expect(vintages.count == 1)
            #expect(vintages.first?["jurisdiction"] == "province:Lai Châu" && vintages.first?["corrected"] == "false")
            #expect(try await client.get("/v1/figures/\(id)?format=xml").status == 400)
        }
    }
}
