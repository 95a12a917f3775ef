import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import PubstatServer
import Testing

/// Every route, through the real server and the real client.
@Suite struct RouteTests {
    let directory: TemporaryDirectory
    let socket: String
    let client: PubstatClient

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
        client = PubstatClient(socketPath: socket)
    }

    @Test func healthAndStatus() async throws {
        try await withServer(on: .path(socket)) {
            let health = try await client.get("/v1/health", as: HealthReport.self)
            #expect(health == HealthReport(version: "test-1"))
            let status = try await client.get("/v1/status", as: StatusReport.self)
            #expect(status == (await StubQueries().status()))
        }
    }

    @Test func bulletinsWithoutFiguresAreListedApart() async throws {
        try await withServer(on: .path(socket)) {
            let all = try await client.get("/v1/bulletins", as: BulletinList.self)
            #expect(all.bulletins.count == 3)
            let none = try await client.get("/v1/bulletins?figures=none", as: BulletinList.self)
            #expect(none.bulletins.map(\.id) == [StubQueries.idC])
            let wrong = try await client.get("/v1/bulletins?figures=some")
            #expect(wrong.status == 400)
            #expect(wrong.text.contains("figures must be 'none'"))
        }
    }

    /// One key style for the whole API: snake_case, sorted, indented.
    @Test func jsonIsSnakeCaseSortedIndentedAndTyped() async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get("/v1/status")
            #expect(reply.status == 200)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let text = reply.text
            let keys = ["bulletins_ingested", "bulletins_rejected", "duplicates_dropped", "head_hash"]
            let offsets = keys.compactMap { text.range(of: "\"\($0)\"")?.lowerBound }
            #expect(offsets.count == keys.count && offsets == offsets.sorted())
            #expect(text.contains("\n  \"log_bytes\" : 4096"))
            #expect(!text.contains("logBytes"))
            #expect(text.hasSuffix("}\n"))
        }
    }

    @Test(arguments: [
        ([(String, String?)](), 3),
        ([("year", "2021")], 2),
        ([("jurisdiction", "province:Lai Châu")], 2),
        ([("jurisdiction", "lai châu"), ("year", "2021")], 1),
        ([("jurisdiction", "ĐIỆN BIÊN")], 1),
        ([("jurisdiction", "province:Hà Nội")], 0),
        ([("jurisdiction", "Lai Chau")], 2),
        ([("jurisdiction", "province:lai chau"), ("year", "2021")], 1),
        ([("jurisdiction", "city:Lai Chau")], 0),
        ([("jurisdiction", "DIEN BIEN")], 1),
        ([("jurisdiction", "tinh Dien Bien")], 1),
        ([("jurisdiction", "Dien Bienn")], 0),
    ])
    func budgetFilters(query: [(String, String?)], expected: Int) async throws {
        try await withServer(on: .path(socket)) {
            let path = PubstatClient.path("/v1/projections/budget", query: query)
            let report = try await client.get(path, as: BudgetReport.self)
            #expect(report.years.count == expected, "\(path)")
        }
    }

    @Test func plusInQueryMeansSpace() async throws {
        try await withServer(on: .path(socket)) {
            let report = try await client.get("/v1/projections/budget?jurisdiction=Lai+Ch%C3%A2u", as: BudgetReport.self)
            #expect(report.years.map(\.jurisdiction) == [StubQueries.laiChau, StubQueries.laiChau])
        }
    }

    @Test(arguments: ["year=20x1", "year=", "jurisdiction=planet:Mars"])
    func badBudgetFiltersAre400(query: String) async throws {
        try await withServer(on: .path(socket)) {
            let error = await #expect(throws: ClientError.self) {
                try await client.get("/v1/projections/budget?\(query)", as: BudgetReport.self)
            }
            guard case .server(400, let message) = error else { Issue.record("got \(String(describing: error))"); return }
            #expect(message.contains(query.hasPrefix("year") ? "year" : "jurisdiction"))
        }
    }

    @Test func visitors() async throws {
        try await withServer(on: .path(socket)) {
            let report = try await client.get("/v1/projections/visitors", as: VisitorReport.self)
            #expect(report == StubQueries.visitorReport)
        }
    }

    @Test func bulletinsAndDetail() async throws {
        try await withServer(on: .path(socket)) {
            let list = try await client.get("/v1/bulletins", as: BulletinList.self)
            #expect(list.bulletins.map(\.id) == [StubQueries.idA, StubQueries.idB, StubQueries.idC])
            let full = try await client.get("/v1/bulletins/\(StubQueries.idB)", as: BulletinDetail.self)
            #expect(full.bulletin.id == StubQueries.idB)
            #expect(full.figures.first?.quote.contains("1.234,5 tỷ đồng") == true)
            let byPrefix = try await client.get("/v1/bulletins/0123456789", as: BulletinDetail.self)
            #expect(byPrefix.bulletin.id == StubQueries.idC)
            let upper = try await client.get("/v1/bulletins/" + StubQueries.idC.short.uppercased(), as: BulletinDetail.self)
            #expect(upper.bulletin.id == StubQueries.idC)
        }
    }

    @Test(arguments: [
        ("/v1/bulletins/" + String(repeating: "9", count: 64), 404, "no bulletin with id"),
        ("/v1/bulletins/99999999", 404, "no bulletin with id"),
        ("/v1/bulletins/abcdef01", 400, "matches 2 bulletins"),
        ("/v1/bulletins/abc", 404, "no bulletin with id or file name 'abc'"),
        ("/v1/bulletins/not-hex-at-all", 404, "pubstatctl bulletins"),
        ("/v1/nothing", 404, "no such endpoint"),
        ("/", 404, "no such endpoint"),
    ])
    func errorsAreJSON(path: String, status: Int, message: String) async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get(path)
            #expect(reply.status == status)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let body = try JSONDecoder().decode(ErrorBody.self, from: Data(reply.body))
            #expect(body.error.status == status)
            #expect(body.error.message.contains(message), "\(body.error.message)")
        }
    }

    @Test func wrongMethodIs405() async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.request("POST", "/v1/status")
            #expect(reply.status == 405)
            let body = try JSONDecoder().decode(ErrorBody.self, from: Data(reply.body))
            #expect(body.error.status == 405)
            #expect(body.error.message.contains("POST"))
            let deleteDetail = try await client.request("DELETE", "/v1/bulletins/\(StubQueries.idA)")
            #expect(deleteDetail.status == 405)
            let head = try await client.request("HEAD", "/v1/health")
            #expect(head.status == 200)
        }
    }

    @Test(arguments: [
        ("POST", "/v1/status", "GET, HEAD", "use GET"),
        ("DELETE", "/v1/bulletins/abcdef011111", "GET, HEAD", "use GET"),
        ("GET", "/v1/reextract", "POST", "use POST"),
        ("HEAD", "/v1/reextract", "POST", "use POST"),
    ])
    func wrongMethodNamesTheRightOne(method: String, path: String, allow: String, advice: String) async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.request(method, path)
            #expect(reply.status == 405)
            #expect(reply.headers["allow"] == allow)
            guard method != "HEAD" else { return }
            let body = try JSONDecoder().decode(ErrorBody.self, from: Data(reply.body))
            #expect(body.error.message.contains("\(method) is not allowed on \(path)"))
            #expect(body.error.message.contains(advice), "\(body.error.message)")
        }
    }

    @Test(arguments: [
        ("/v1/projections/budget?yaer=2021", "'yaer'", "did you mean 'year'"),
        ("/v1/projections/budget?year=2021&juridiction=x", "'juridiction'", "takes only 'jurisdiction', 'year'"),
        ("/v1/bulletins?figure=none", "'figure'", "did you mean 'figures'"),
        ("/v1/unclassified?limits=5", "'limits'", "did you mean 'limit'"),
        ("/v1/status?verbose=1", "'verbose'", "takes no query parameters"),
        ("/v1/bulletins/abcdef011111?x=1", "'x'", "takes only 'format'"),
    ])
    func unknownQueryParametersAre400(path: String, named: String, hint: String) async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get(path)
            #expect(reply.status == 400)
            let body = try JSONDecoder().decode(ErrorBody.self, from: Data(reply.body))
            #expect(body.error.status == 400)
            #expect(body.error.message.contains("unknown query parameter \(named)"), "\(body.error.message)")
            #expect(body.error.message.contains(hint), "\(body.error.message)")
        }
    }

    @Test(arguments: ["/v1/projections/budget?jurisdiction=", "/v1/unclassified?bulletin", "/v1/events?after="])
    func emptyQueryValuesAre400(path: String) async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get(path)
            #expect(reply.status == 400)
            #expect(reply.text.contains("has no value"), "\(reply.text)")
        }
    }

    @Test func aBulletinIsFoundByItsInboxFileName() async throws {
        let queries = StubQueries(fileNames: [StubQueries.idC: "Báo cáo 9 tháng.txt"])
        try await withServer(on: .path(socket), queries: queries) {
            let byName = try await client.get("/v1/bulletins/\(StubQueries.idB.short).txt", as: BulletinDetail.self)
            #expect(byName.bulletin.id == StubQueries.idB)
            let spaced = try await client.get("/v1/bulletins/" + PubstatClient.percentEncoded("Báo cáo 9 tháng.txt"), as: BulletinDetail.self)
            #expect(spaced.bulletin.id == StubQueries.idC)
            let unclassified = try await client.get("/v1/unclassified?bulletin=\(StubQueries.idA.short).txt", as: UnclassifiedReport.self)
            #expect(unclassified.mentions.map(\.bulletin) == [StubQueries.idA])
        }
        let reused = StubQueries(fileNames: [StubQueries.idA: "same.txt", StubQueries.idC: "same.txt"])
        try await withServer(on: .path(socket), queries: reused) {
            let twice = try await client.get("/v1/bulletins/same.txt")
            #expect(twice.status == 400)
            #expect(twice.text.contains("'same.txt' was used by 2 bulletins"), "\(twice.text)")
        }
        // a name that itself holds a percent sign is not decoded twice
        let percent = StubQueries(fileNames: [StubQueries.idA: "a%41.txt"])
        try await withServer(on: .path(socket), queries: percent) {
            let path = "/v1/unclassified?bulletin=" + PubstatClient.percentEncoded("a%41.txt")
            let report = try await client.get(path, as: UnclassifiedReport.self)
            #expect(report.mentions.map(\.bulletin) == [StubQueries.idA])
            let detail = try await client.get("/v1/bulletins/" + PubstatClient.percentEncoded("a%41.txt"), as: BulletinDetail.self)
            #expect(detail.bulletin.id == StubQueries.idA)
        }
    }

    struct ErrorBody: Decodable {
        struct Detail: Decodable { var status: Int; var message: String }
        var error: Detail
    }
}
