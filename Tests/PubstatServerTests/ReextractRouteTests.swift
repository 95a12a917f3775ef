import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

@Suite struct ReextractRouteTests {
    @Test func postRunsReextractionAndGetIsNotAllowed() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        let client = PubstatClient(socketPath: socket)
        try await withServer(on: .path(socket)) {
            let reply = try await client.request("POST", "/v1/reextract")
            #expect(reply.status == 200)
            #expect(reply.text.contains("\"revised\" : 1"))
            #expect(try await client.get("/v1/reextract").status == 405)
        }
    }

    @Test func aReextractionAlreadyRunningIsA409WithItsMessage() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        let reply = try await withServer(on: .path(socket), queries: BusyReextraction()) {
            try await PubstatClient(socketPath: socket).request("POST", "/v1/reextract")
        }
        #expect(reply.status == 409)
        #expect(reply.text.contains("a re-extraction is already running"), "\(reply.text)")
    }
}

/// Stub answers, with a re-extraction that is always already running.
struct BusyReextraction: PubstatQueries {
    let stub = StubQueries()
    func health() async -> HealthReport { await stub.health() }
    func status() async -> StatusReport { await stub.status() }
    func budget(_ filter: BudgetFilter) async -> BudgetReport { await stub.budget(filter) }
    func visitors() async -> VisitorReport { await stub.visitors() }
    func bulletins() async -> BulletinList { await stub.bulletins() }
    func bulletin(_ id: BulletinID) async -> BulletinDetail? { await stub.bulletin(id) }
    func reextract(requestedBy peer: Peer) async throws -> ReextractReport {
        throw QueryConflict("a re-extraction is already running (started for uid 0 (root) 3 s ago)")
    }
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport { await stub.unclassified(filter) }
}
