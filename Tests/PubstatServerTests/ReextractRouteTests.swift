import PubstatClient
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
}
