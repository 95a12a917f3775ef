import Foundation
import PubstatClient
@testable import PubstatServer
import Testing

/// The OpenAPI document in the repository is the one the server serves, and it names every route
/// with exactly the query parameters the route takes. (`scripts/check-openapi.sh` checks the real
/// answers against it.)
@Suite struct OpenAPIDocumentTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PubstatServer/OpenAPI/openapi.json")

    private func document() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.file))
        return try #require(object as? [String: Any])
    }

    @Test func theEmbeddedCopyIsTheFile() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(EmbeddedOpenAPI.json + "\n" == text, "run scripts/gen-openapi.sh after editing openapi.json")
    }

    @Test func everyRouteIsDocumentedWithItsParameters() throws {
        let document = try document()
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for route in Route.all {
            let documentedPath = route.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                .joined(separator: "/")
            let operations = try #require(paths["/" + documentedPath], "\(route) is not in openapi.json")
            let methods = Route.allowedMethods(route).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                .filter { $0 != "head" }
            #expect(Set(operations.keys).subtracting(["parameters"]) == Set(methods), "\(route)")
            for method in methods {
                let operation = try #require(operations[method] as? [String: Any])
                let query = (operation["parameters"] as? [[String: Any]] ?? []).filter { $0["in"] as? String == "query" }
                    .compactMap { $0["name"] as? String }
                #expect(Set(query) == Set(Route.parameters[route] ?? []), "\(method) \(route)")
            }
        }
        #expect(paths.count == Route.all.count, "openapi.json documents a path the server does not have")
    }

    @Test func theServerServesIt() async throws {
        let directory = try TemporaryDirectory()
        let socket = directory.file("api.sock")
        try await withServer(on: .path(socket)) {
            let reply = try await PubstatClient(socketPath: socket).get("/v1/openapi.json")
            #expect(reply.status == 200)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            #expect(reply.text == (try String(contentsOf: Self.file, encoding: .utf8)))
        }
    }
}
