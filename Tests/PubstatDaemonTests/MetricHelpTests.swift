import Foundation
import CoreMetrics
import Prometheus
@testable import PubstatDaemon
import Testing

/// `GET /metrics` carries a `# HELP` line for each of pubstat's metrics.
@Suite struct MetricHelpTests {
    @Test func pubstatMetricsAreExposedWithTheirHelpText() {
        let metrics = DaemonMetrics()
        Counter(label: "pubstat_bulletins_ingested_total", factory: metrics.factory).increment(by: 3)
        Counter(label: "pubstat_bulletins_rejected_total", dimensions: [("code", "empty_file")], factory: metrics.factory).increment()
        Counter(label: "pubstat_bulletins_rejected_total", dimensions: [("code", "binary_content")], factory: metrics.factory).increment()
        CoreMetrics.Timer(label: "pubstat_ingest_latency_seconds", dimensions: [("stage", "durable")], factory: metrics.factory)
            .recordNanoseconds(2_000_000)
        Gauge(label: "pubstat_log_bytes", factory: metrics.factory).record(4096)
        Counter(label: "library_thing_total", factory: metrics.factory).increment()
        let text = metrics.registry.emitToString()
        #expect(text.contains("# HELP pubstat_bulletins_ingested_total New bulletins whose events are in the log.\n# TYPE pubstat_bulletins_ingested_total counter\npubstat_bulletins_ingested_total 3\n"))
        // One HELP line per family, however many label sets.
        #expect(text.components(separatedBy: "# HELP pubstat_bulletins_rejected_total ").count == 2)
        #expect(text.contains(#"pubstat_bulletins_rejected_total{code="empty_file"} 1"#))
        #expect(text.contains("# HELP pubstat_ingest_latency_seconds Seconds from a file first seen"))
        // The latency histogram keeps its own buckets (10 ms first), not the default 5 ms.
        #expect(text.contains(#"pubstat_ingest_latency_seconds_bucket{stage="durable",le="0.01"} 1"#))
        #expect(text.contains("# HELP pubstat_log_bytes Bytes of the event log's segments.\n# TYPE pubstat_log_bytes gauge\npubstat_log_bytes 4096"))
        // A metric without help text (a library's) is exposed without a HELP line.
        #expect(text.contains("library_thing_total 1") && !text.contains("# HELP library_thing_total"))
    }

    @Test func everyMetricOfTheREADMEHasHelpText() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let documented = try String(contentsOf: readme, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("| `pubstat_") }
            .compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
        #expect(documented.count >= 15)
        #expect(Set(documented) == Set(MetricHelp.texts.keys))
        #expect(MetricHelp.texts.values.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
    }
}
