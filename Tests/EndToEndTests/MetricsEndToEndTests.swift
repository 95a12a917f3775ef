import Foundation
import PubstatClient
import Testing

/// `GET /metrics` against the real daemon.
@Suite(.serialized) struct MetricsEndToEndTests {
    /// The value of the first sample line of `text` that starts with `prefix`.
    static func sample(_ text: String, _ prefix: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix) }.flatMap { $0.split(separator: " ").last.flatMap { Double($0) } }
    }

    @Test func metricsMoveWhenABulletinIsDroppedAndNameRoutes() async throws {
        let root = try temporaryFolder("metrics")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let before = try await daemon.client.get("/metrics")
        #expect(before.status == 200)
        #expect(before.contentType?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(Self.sample(before.text, "pubstat_bulletins_ingested_total ") == 0)
        #expect(Self.sample(before.text, #"pubstat_rescans_total{reason="start"}"#) == 1)

        try daemon.dropByRename(Data(CommandLineTests.detailedReport.utf8), as: "lao-cai.txt")
        try await daemon.waitForEmptyInbox()
        _ = try await daemon.client.get("/v1/bulletins/lao-cai.txt")
        let text = try await daemon.client.get("/metrics").text
        #expect(Self.sample(text, "pubstat_bulletins_ingested_total ") == 1, "\(text)")
        #expect(Self.sample(text, #"pubstat_ingest_latency_seconds_count{stage="visible"}"#) == 1, "\(text)")
        #expect(Self.sample(text, #"pubstat_figures_total{indicator="budget_revenue_on_territory"}"#) == 1, "\(text)")
        #expect(Self.sample(text, "pubstat_log_head_sequence ") == 1, "\(text)")
        #expect(Self.sample(text, "pubstat_projection_lag_events ") == 0, "\(text)")
        #expect(Self.sample(text, "pubstat_inbox_backlog_files ") == 0, "\(text)")
        #expect((Self.sample(text, "pubstat_log_bytes ") ?? 0) > 0, "\(text)")
        // The route pattern, never the file name asked for.
        #expect(text.contains(#"route="/v1/bulletins/:id""#), "\(text)")
        #expect(text.contains(#"route="/metrics""#), "\(text)")
        #expect(!text.contains("lao-cai"), "\(text)")
        try await daemon.stop()
    }
}
