import Foundation
import Logging
import Prometheus
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Testing

/// Intake's metrics, recorded into a registry of the test's own (no global bootstrap), read back
/// as the Prometheus text `GET /metrics` serves.
@Suite struct IngestMetricsTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-metrics")
    }

    private let bulletin = """
    (Ngày đăng :03/04/2024 10:00:00 SA)
    Quý I/2024, thu ngân sách nhà nước trên địa bàn tỉnh Sơn La đạt 812,4 tỷ đồng, bằng 28% dự toán Trung ương giao.
    """

    private func drop(_ text: String, as name: String) throws {
        try Posix.writeFileAtomically("\(layout.inbox)/\(name)", Array(text.utf8))
    }

    @Test func expositionCountsIngestedRejectedDuplicatesFiguresAndLatency() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let registry = PrometheusCollectorRegistry()
        let metrics = IngestMetrics(factory: PrometheusMetricsFactory(registry: registry))
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), metrics: metrics, logger: Logger(label: "test"))
        try drop(bulletin, as: "a.txt")
        try drop("", as: "empty.txt")
        try drop("\u{0}\u{1}\u{2}binary\u{0}", as: "blob.txt")
        let seen = ContinuousClock.now - .milliseconds(300)
        let first = await pipeline.ingest(["a.txt", "empty.txt", "blob.txt"], seen: ["a.txt": seen])
        try drop(bulletin, as: "again.txt")
        let second = await pipeline.ingest(["again.txt"])
        guard case .ingested(let id, let figures, _) = first[0] else { Issue.record("a.txt: \(first[0])"); return }
        #expect(second == [.duplicate(id)])

        let text = registry.emitToString()
        #expect(text.contains("pubstat_bulletins_ingested_total 1\n"))
        #expect(text.contains("pubstat_bulletins_duplicate_total 1\n"))
        #expect(text.contains(#"pubstat_bulletins_rejected_total{code="empty_file"} 1"#))
        #expect(text.contains(#"pubstat_bulletins_rejected_total{code="binary_content"} 1"#))
        // Every figure is counted under its indicator.
        let perIndicator = Self.samples(of: "pubstat_figures_total", in: text)
        #expect(perIndicator.values.reduce(0, +) == Double(figures))
        #expect(perIndicator.keys.contains(#"indicator="budget_revenue_on_territory""#))
        // Each stage saw one observation per appended file (3 in the first batch: the bulletin
        // and the two logged rejections); the bulletin seen 300 ms before took at least that long.
        for stage in ["durable", "visible"] {
            #expect(text.contains(#"pubstat_ingest_latency_seconds_count{stage="\#(stage)"} 3"#))
        }
        #expect(text.contains(#"pubstat_ingest_latency_seconds_count{stage="settled"} 4"#))
        let durableSum = Self.samples(of: "pubstat_ingest_latency_seconds_sum", in: text)[#"stage="durable""#] ?? 0
        #expect(durableSum >= 0.3)
    }

    @Test func withoutAFactoryNothingIsRecordedAndIntakeWorks() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: Logger(label: "test"))
        try drop(bulletin, as: "a.txt")
        let outcomes = await pipeline.ingest(["a.txt"])
        guard case .ingested = outcomes[0] else { Issue.record("a.txt: \(outcomes[0])"); return }
    }

    /// The samples of metric `name` by their label text (`code="empty_file"`; empty for none).
    static func samples(of name: String, in text: String) -> [String: Double] {
        var samples: [String: Double] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix(name + "{") || line.hasPrefix(name + " ") {
            let parts = line.split(separator: " ")
            guard let value = parts.last.flatMap({ Double($0) }) else { continue }
            var labels = String(parts[0].dropFirst(name.count))
            if labels.hasPrefix("{") { labels = String(labels.dropFirst().dropLast()) }
            samples[labels] = value
        }
        return samples
    }
}
