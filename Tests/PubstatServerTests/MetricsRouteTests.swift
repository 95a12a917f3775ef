import Prometheus
import PubstatClient
import PubstatServer
import Testing

/// `GET /metrics` and the request metrics, recorded into a registry of the test's own.
@Suite struct MetricsRouteTests {
    let directory: TemporaryDirectory
    let socket: String
    let client: PubstatClient

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
        client = PubstatClient(socketPath: socket)
    }

    /// The value of the `pubstat_http_requests_total` sample whose labels include every one of `labels`.
    static func requests(_ text: String, _ labels: [String]) -> Double? {
        text.split(separator: "\n")
            .first { $0.hasPrefix("pubstat_http_requests_total{") && labels.allSatisfy($0.contains) }
            .flatMap { $0.split(separator: " ").last.flatMap { Double($0) } }
    }

    @Test func requestsAreCountedByRoutePatternMethodAndStatus() async throws {
        let registry = PrometheusCollectorRegistry()
        let metrics = ServerMetrics(factory: PrometheusMetricsFactory(registry: registry)) { registry.emitToBuffer() }
        try await withServer(on: .path(socket), metrics: metrics) {
            let id = StubQueries.idA.rawValue
            _ = try await client.get("/v1/bulletins/\(id)")
            _ = try await client.get("/v1/bulletins/\(StubQueries.idB.rawValue)")
            _ = try await client.get("/no/such/\(id)")
            _ = try await client.request("POST", "/v1/status")
            _ = try await client.get("/v1/bulletins?figures=some")
            let reply = try await client.get("/metrics")
            #expect(reply.status == 200)
            #expect(reply.contentType == "text/plain; version=0.0.4; charset=utf-8")
            let text = reply.text
            #expect(Self.requests(text, [#"route="/v1/bulletins/:id""#, #"method="GET""#, #"status="200""#]) == 2)
            #expect(Self.requests(text, [#"route="unmatched""#, #"status="404""#]) == 1)
            #expect(Self.requests(text, [#"route="/v1/status""#, #"method="POST""#, #"status="405""#]) == 1)
            #expect(Self.requests(text, [#"route="/v1/bulletins""#, #"status="400""#]) == 1)
            #expect(text.contains(#"pubstat_http_request_duration_seconds_count{route="/v1/bulletins/:id""#))
            // Raw paths never become labels.
            #expect(!text.contains(id))
            // The scrape itself is counted once it is answered.
            let again = try await client.get("/metrics").text
            #expect(Self.requests(again, [#"route="/metrics""#, #"status="200""#]) == 1)
        }
    }

    @Test func withoutMetricsTheRouteIs404() async throws {
        try await withServer(on: .path(socket)) {
            let reply = try await client.get("/metrics")
            #expect(reply.status == 404)
            #expect(reply.text.contains("keeps no metrics"))
        }
    }
}
