import Foundation
import PubstatAPI
import PubstatClient
import PubstatModel
import PubstatProjections
import PubstatServer
import Testing

/// List routes answer CSV on `format=csv` or `Accept: text/csv`, JSON otherwise.
@Suite struct CSVRouteTests {
    let directory: TemporaryDirectory
    let socket: String
    let client: PubstatClient

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
        client = PubstatClient(socketPath: socket)
    }

    /// The records of a CSV answer, after checking it is one: content type, byte-order mark, CRLF.
    private func records(_ reply: HTTPReply) -> [[String]] {
        #expect(reply.status == 200, "\(reply.text)")
        #expect(reply.contentType == "text/csv; charset=utf-8")
        #expect(Array(reply.body.prefix(3)) == CSVWriter.byteOrderMark)
        let text = String(decoding: reply.body.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        return RFC4180Reader.records(text)
    }

    @Test func formatParameterAndAcceptHeaderBothGiveCSV() async throws {
        try await withServer(on: .path(socket)) {
            let byParameter = try await client.get("/v1/bulletins?format=csv")
            let byAccept = try await client.get("/v1/bulletins", accept: "text/csv")
            #expect(byParameter.body == byAccept.body)
            #expect(byAccept.headers["content-disposition"] == "attachment; filename=\"bulletins.csv\"")
            let rows = records(byAccept)
            #expect(rows.first?.prefix(3) == ["id", "file_name", "published"])
            #expect(rows.count == 4)
            #expect(rows.dropFirst().map { $0[0] } == [StubQueries.idA, StubQueries.idB, StubQueries.idC].map(\.rawValue))
        }
    }

    @Test(arguments: ["application/json", "*/*", "text/html", "text/csv;q=0.5, application/json"])
    func otherAcceptsGetJSON(accept: String) async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get("/v1/bulletins", accept: accept)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            #expect(reply.text.hasPrefix("{"))
        }
    }

    @Test func formatJSONWinsOverAccept() async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get("/v1/bulletins?format=json", accept: "text/csv")
            #expect(reply.contentType?.hasPrefix("application/json") == true)
        }
    }

    @Test func badFormatIs400NamingIt() async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get("/v1/projections/budget?format=xml")
            #expect(reply.status == 400)
            #expect(reply.text.contains("format must be 'json' or 'csv', got 'xml'"))
            // Not a list route: `format` is an unknown parameter there.
            let status = try await client.get("/v1/status?format=csv")
            #expect(status.status == 400)
            #expect(status.text.contains("unknown query parameter 'format'"))
        }
    }

    @Test func budgetRowsCarryEstimatesPaceUnitAndSource() async throws {
        try await withServer(on: .path(socket)) {
            let rows = records(try await client.get("/v1/projections/budget?year=2021&format=csv"))
            let header = rows[0]
            let quarter = try #require(rows.first { $0[header.firstIndex(of: "row")!] == "quarter" })
            func field(_ name: String) -> String { quarter[header.firstIndex(of: name)!] }
            #expect(field("jurisdiction") == "province:Lai Châu")
            #expect(field("value") == "1234.5")
            #expect(field("unit") == "billion_vnd")
            #expect(field("kind") == "estimate")
            #expect(field("period") == "2021-9M")
            #expect(field("as_of") == "2021-09-30")
            #expect(field("pct_of_central") == "82")
            #expect(field("pace_vs_central") == "ahead")
            #expect(field("pct_of_provincial_council") == "70.1")
            #expect(field("bulletin") == StubQueries.idA.rawValue)
            #expect(field("quote") == "ước đạt 1.234,5 tỷ đồng")
        }
    }

    @Test func bulletinFiguresVisitorsAndUnclassifiedAsCSV() async throws {
        try await withServer(on: .path(socket)) {
            let detail = try await client.get("/v1/bulletins/\(StubQueries.idA.short)", accept: "text/csv")
            let figures = records(detail)
            #expect(figures.count == 2)
            #expect(figures[1][figures[0].firstIndex(of: "quote")!] == "Tổng thu ngân sách trên địa bàn ước đạt 1.234,5 tỷ đồng")
            #expect(figures[1][figures[0].firstIndex(of: "indicator")!] == "budget_revenue_on_territory")
            let visitors = records(try await client.get("/v1/projections/visitors?format=csv"))
            let kinds = visitors.dropFirst().map { $0[0] }
            #expect(kinds.filter { $0 == "portal_capture" }.count == 10)
            #expect(kinds.contains("portal_interval") && kinds.contains("tourist_arrivals"))
            let unclassified = records(try await client.get("/v1/unclassified?limit=1&format=csv"))
            #expect(unclassified.count == 2)
            #expect(unclassified[1].contains("320 doanh nghiệp"))
        }
    }

    @Test func csvAndJSONAreCachedApart() async throws {
        let queries = CountingQueries()
        try await withServer(on: .path(socket), queries: queries) {
            let json = try await client.get("/v1/bulletins")
            let csv = try await client.get("/v1/bulletins", accept: "text/csv")
            let jsonAgain = try await client.get("/v1/bulletins")
            let csvAgain = try await client.get("/v1/bulletins", accept: "text/csv")
            #expect(json.body == jsonAgain.body && json.contentType == jsonAgain.contentType)
            #expect(csv.body == csvAgain.body && csvAgain.contentType == "text/csv; charset=utf-8")
            #expect(queries.bulletinCalls == 2)  // one per format, then both from the cache
        }
    }
}

/// ``StubQueries`` with a published sequence (so answers are cached), counting bulletin list requests.
final class CountingQueries: PubstatQueries, @unchecked Sendable {
    let stub = StubQueries()
    private let lock = NSLock()
    private var calls = 0
    var bulletinCalls: Int { lock.withLock { calls } }

    func publishedSequence() -> UInt64? { 7 }
    func health() async -> HealthReport { await stub.health() }
    func status() async -> StatusReport { await stub.status() }
    func budget(_ filter: BudgetFilter) async -> BudgetReport { await stub.budget(filter) }
    func visitors() async -> VisitorReport { await stub.visitors() }
    func bulletins() async -> BulletinList {
        lock.withLock { calls += 1 }
        return await stub.bulletins()
    }
    func bulletin(_ id: BulletinID) async -> BulletinDetail? { await stub.bulletin(id) }
    func reextract(requestedBy peer: Peer) async throws -> ReextractReport { try await stub.reextract(requestedBy: peer) }
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport { await stub.unclassified(filter) }
}
