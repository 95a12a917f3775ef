import CoreMetrics

/// What the server needs for `GET /metrics`: a swift-metrics factory for its own request
/// metrics, and the exposition of every metric in the Prometheus text format.
public struct ServerMetrics: Sendable {
    /// Where the request counters and timers are made (the daemon's Prometheus factory).
    public let factory: any MetricsFactory
    /// The body of `GET /metrics`, produced at each request (so sampled gauges are current).
    public let exposition: @Sendable () async -> [UInt8]

    /// The content type of the Prometheus text exposition format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Request metrics made by `factory`; `exposition` renders every metric for `GET /metrics`.
    public init(factory: any MetricsFactory, exposition: @escaping @Sendable () async -> [UInt8]) {
        self.factory = factory
        self.exposition = exposition
    }
}
