import CoreMetrics
import Foundation
import Hummingbird

/// Counts every request by route pattern (`/v1/bulletins/:id`, never the raw path: the label
/// takes as many values as there are routes, plus `unmatched`), method and status, and times
/// it. Outermost middleware, so it sees the status of JSON errors too.
struct HTTPMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: RequestMetricsCache

    init(factory: any MetricsFactory) {
        cache = RequestMetricsCache(factory: factory)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let route = Route.pattern(of: request.uri.path) ?? "unmatched"
        let method = Self.knownMethods.contains(request.method.rawValue) ? request.method.rawValue : "other"
        let status: Int
        do {
            let response = try await next(request, context)
            status = response.status.code
            record(route, method, status, since: start)
            return response
        } catch {
            record(route, method, (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    /// Methods counted by name; any other is `other`, so a client cannot grow the label set.
    static var knownMethods: Set<String> { ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"] }

    private func record(_ route: String, _ method: String, _ status: Int, since start: ContinuousClock.Instant) {
        let metrics = cache.metrics(route: route, method: method, status: status)
        metrics.requests.increment()
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        metrics.duration.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// The counters and timers of each (route, method, status), made once: a request looks them
/// up in a dictionary instead of asking the factory (and its registry's lock) every time.
final class RequestMetricsCache: @unchecked Sendable {
    struct Key: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    struct Metrics {
        var requests: Counter
        var duration: CoreMetrics.Timer
    }

    /// The name of the request duration histogram.
    static let durationName = "pubstat_http_request_duration_seconds"

    private let factory: any MetricsFactory
    private let lock = NSLock()
    private var made: [Key: Metrics] = [:]

    init(factory: any MetricsFactory) {
        self.factory = factory
    }

    func metrics(route: String, method: String, status: Int) -> Metrics {
        let key = Key(route: route, method: method, status: status)
        lock.lock()
        defer { lock.unlock() }
        if let metrics = made[key] { return metrics }
        let dimensions = [("route", route), ("method", method), ("status", String(status))]
        let metrics = Metrics(
            requests: Counter(label: "pubstat_http_requests_total", dimensions: dimensions, factory: factory),
            duration: CoreMetrics.Timer(label: Self.durationName, dimensions: dimensions, factory: factory)
        )
        made[key] = metrics
        return metrics
    }
}
