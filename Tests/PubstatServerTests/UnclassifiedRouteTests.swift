import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

@Suite struct UnclassifiedRouteTests {
    @Test func listsMentionsWithABulletinFilterAndALimit() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        let client = PubstatClient(socketPath: socket)
        try await withServer(on: .path(socket)) {
            let all = try await client.get("/v1/unclassified", as: UnclassifiedReport.self)
            #expect(all.total == 2)
            #expect(all.mentions.map(\.bulletin) == [StubQueries.idA, StubQueries.idC])
            #expect(all.mentions.first?.mention.quote == "toàn tỉnh có 320 doanh nghiệp thành lập mới")

            let one = try await client.get("/v1/unclassified?bulletin=01234567", as: UnclassifiedReport.self)
            #expect(one.mentions.map(\.bulletin) == [StubQueries.idC], "a unique prefix of 8 hex digits names a bulletin")
            let limited = try await client.get("/v1/unclassified?limit=1", as: UnclassifiedReport.self)
            #expect(limited.total == 2 && limited.mentions.count == 1)

            #expect(try await client.get("/v1/unclassified?limit=0").status == 400)
            #expect(try await client.get("/v1/unclassified?bulletin=abcdef01").status == 400, "an ambiguous prefix")
            #expect(try await client.get("/v1/unclassified?bulletin=fedcba98").status == 404)
        }
    }
}
