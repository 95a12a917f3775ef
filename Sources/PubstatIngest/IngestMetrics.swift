import CoreMetrics
import PubstatModel

/// What intake counts, through swift-metrics: the daemon backs it with Prometheus
/// (`GET /metrics`), a test with a registry of its own; nothing is recorded when the factory is a
/// no-op. Every label takes a bounded set of values (rejection codes, catalogue indicators,
/// latency stages, rescan reasons).
public struct IngestMetrics: Sendable {
    /// The stages of the ingest latency histogram, each measured from the moment the file was
    /// first seen in the inbox (inotify or a rescan).
    public enum Stage: String, Sendable, CaseIterable {
        /// Taken for reading: the settle wait and the queue before the batch.
        case settled
        /// Its events appended and `fdatasync`ed.
        case durable
        /// Folded and published to the read model: queries see it.
        case visible
    }

    /// The name of the ingest latency histogram (the daemon gives it buckets of its own).
    public static let latencyName = "pubstat_ingest_latency_seconds"

    private let factory: any MetricsFactory
    private let ingested: Counter
    private let duplicates: Counter
    private let unclassified: Counter
    private let latency: [Stage: Timer]

    /// Metrics made by `factory`; by default the one `MetricsSystem.bootstrap` installed (a no-op if none).
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
        ingested = Counter(label: "pubstat_bulletins_ingested_total", factory: factory)
        duplicates = Counter(label: "pubstat_bulletins_duplicate_total", factory: factory)
        unclassified = Counter(label: "pubstat_unclassified_mentions_total", factory: factory)
        var latency: [Stage: Timer] = [:]
        for stage in Stage.allCases {
            latency[stage] = Timer(label: Self.latencyName, dimensions: [("stage", stage.rawValue)], factory: factory)
        }
        self.latency = latency
    }

    /// A new bulletin whose events are in the log: its figures by indicator, its unclassified mentions.
    package func ingested(_ event: BulletinIngested) {
        ingested.increment()
        unclassified.increment(by: event.unclassified?.count ?? 0)
        var perIndicator: [Indicator: Int] = [:]
        for figure in event.figures { perIndicator[figure.indicator, default: 0] += 1 }
        for (indicator, count) in perIndicator {
            Counter(label: "pubstat_figures_total", dimensions: [("indicator", indicator.rawValue)], factory: factory)
                .increment(by: count)
        }
    }

    /// A file moved to failed/, logged or not.
    func rejected(_ code: RejectionCode) {
        Counter(label: "pubstat_bulletins_rejected_total", dimensions: [("code", code.rawValue)], factory: factory).increment()
    }

    /// A file whose content the log already held.
    func duplicate() {
        duplicates.increment()
    }

    /// A full look at the inbox; `reason` is one of `start`, `periodic`, `overflow`.
    func rescan(_ reason: String) {
        Counter(label: "pubstat_rescans_total", dimensions: [("reason", reason)], factory: factory).increment()
    }

    /// Records that a file first seen at `seen` reached `stage` now.
    package func reached(_ stage: Stage, seen: ContinuousClock.Instant, now: ContinuousClock.Instant = .now) {
        latency[stage]?.recordNanoseconds((now - seen).nanoseconds)
    }
}

extension Duration {
    /// The duration in whole nanoseconds (negative durations are 0).
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
