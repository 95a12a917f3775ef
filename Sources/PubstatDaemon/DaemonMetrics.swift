import CoreMetrics
import PubstatIngest
import Prometheus

/// The daemon's Prometheus registry and the swift-metrics factory that records into it, with
/// the histogram buckets pubstat's timers need and the `# HELP` text of pubstat's metrics
/// (``MetricHelp``). The daemon hands ``factory`` to intake and the server explicitly;
/// `pubstatd` also bootstraps `MetricsSystem` with it.
public struct DaemonMetrics: Sendable {
    /// Everything `GET /metrics` shows.
    public let registry: PrometheusCollectorRegistry
    /// Records into ``registry``, with help text for pubstat's metrics.
    public let factory: any MetricsFactory

    /// A factory recording into `registry` (a fresh one by default).
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        // From the moment a file is seen: the settle interval (1 s by default) dominates.
        factory.durationHistogramBuckets[IngestMetrics.latencyName] = [
            .milliseconds(10), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .milliseconds(1_500), .seconds(2), .seconds(5), .seconds(10), .seconds(30), .seconds(60),
        ]
        // Cached answers take tens of microseconds.
        factory.durationHistogramBuckets["pubstat_http_request_duration_seconds"] = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(50), .milliseconds(250), .seconds(1),
        ]
        self.factory = HelpTextMetricsFactory(base: factory, help: MetricHelp.texts)
    }

    /// Makes ``factory`` the process's swift-metrics backend (once per process: `pubstatd` does it
    /// at start), so that libraries recording through `MetricsSystem` land in ``registry`` too.
    public func bootstrapMetricsSystem() {
        MetricsSystem.bootstrap(factory)
    }
}

/// The gauges read at each scrape of `/metrics` rather than kept up to date: the log's size and
/// head, the published sequence and the projections' lag behind the head, the inbox backlog and
/// the event feed's followers.
struct ScrapeGauges: Sendable {
    let queries: DaemonQueries
    private let logBytes, headSequence, publishedSequence, projectionLag, inboxBacklog, followers: CoreMetrics.Gauge

    init(queries: DaemonQueries, factory: any MetricsFactory) {
        self.queries = queries
        logBytes = CoreMetrics.Gauge(label: "pubstat_log_bytes", factory: factory)
        headSequence = CoreMetrics.Gauge(label: "pubstat_log_head_sequence", factory: factory)
        publishedSequence = CoreMetrics.Gauge(label: "pubstat_published_sequence", factory: factory)
        projectionLag = CoreMetrics.Gauge(label: "pubstat_projection_lag_events", factory: factory)
        inboxBacklog = CoreMetrics.Gauge(label: "pubstat_inbox_backlog_files", factory: factory)
        followers = CoreMetrics.Gauge(label: "pubstat_event_feed_followers", factory: factory)
    }

    /// Reads every gauge's value now.
    func sample() {
        let head = queries.log.head
        let published = queries.readModel.current().sequence
        logBytes.record(max(head.byteCount, 0))
        headSequence.record(head.lastSequence)
        publishedSequence.record(published)
        projectionLag.record(head.lastSequence > published ? head.lastSequence - published : 0)
        inboxBacklog.record(queries.backlog.count())
        followers.record(queries.readModel.followerCount)
    }
}
