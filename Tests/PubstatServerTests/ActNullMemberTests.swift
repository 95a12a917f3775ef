import Foundation
import PubstatClient
import Testing

/// A `null` member of an admin body is a 400 naming it, as the OpenAPI document's types say
/// (schemathesis's stateful phase sent `{"note": null}` once links let it reach a real figure).
@Suite struct ActNullMemberTests {
    let directory: TemporaryDirectory
    let socket: String
    let client: PubstatClient

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
        client = PubstatClient(socketPath: socket)
    }

    @Test(arguments: [
        ("confirm", #"{"note": null}"#, "note is null"),
        ("correct", #"{"value": null, "fields": {"unit": "percent"}, "reason": "x"}"#, "value is null"),
        ("correct", #"{"value": 6.3, "fields": {"unit": null}, "reason": "x"}"#, "fields.unit is null"),
    ])
    func nullMembersAre400(act: String, body: String, message: String) async throws {
        let queries = SeriesStubQueries()
        try await withServer(on: .path(socket), queries: queries) {
            let reply = try await client.request("POST", "/v1/figures/\(SeriesStubQueries.figureID)/\(act)", body: Array(body.utf8))
            #expect(reply.status == 400, "\(reply.text)")
            #expect(reply.text.contains(message), "\(reply.text)")
            #expect(queries.peers.isEmpty)
            let noted = try await client.request("POST", "/v1/figures/\(SeriesStubQueries.figureID)/confirm", body: Array(#"{"note": "ok"}"#.utf8))
            #expect(noted.status == 201)
        }
    }
}
