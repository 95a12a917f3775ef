import Hummingbird
import HummingbirdCore
import Logging
import PubstatProjections
import ServiceLifecycle

/// The daemon's HTTP/1.1 + JSON API on a Unix socket, as a swift-service-lifecycle `Service`.
///
/// `run()` binds (or adopts) the socket, calls `onListening` once connections are accepted (send
/// `READY=1` there), and serves until graceful shutdown, after which it lets open requests finish.
public struct PubstatHTTPServer: Service {
    public let queries: any PubstatQueries
    public let socket: ServerSocket
    public let logger: Logger
    public let limits: ServerLimits
    /// Request metrics and `GET /metrics`; without them `/metrics` answers 404.
    public let metrics: ServerMetrics?
    /// Who may make admin requests: by default root and the uid this process runs as.
    public let admins: AdminPolicy
    public let onListening: @Sendable () async -> Void
    /// Where requests are answered (nil: Swift's global pool). pubstatd gives the API threads
    /// of its own, so that intake's work, on threads of lower priority, never holds a request up.
    public let executor: (any TaskExecutor)?

    public init(
        queries: any PubstatQueries, socket: ServerSocket, logger: Logger, limits: ServerLimits = .lenient,
        admins: AdminPolicy = .rootAndThisProcess(), metrics: ServerMetrics? = nil, executor: (any TaskExecutor)? = nil,
        onListening: @escaping @Sendable () async -> Void = {}
    ) {
        self.executor = executor
        self.metrics = metrics
        self.limits = limits
        self.admins = admins
        self.queries = queries
        self.socket = socket
        self.logger = logger
        self.onListening = onListening
    }

    /// Serves until graceful shutdown or cancellation; throws ``PubstatServerError`` when it cannot listen.
    public func run() async throws {
        let application = PubstatHTTPApplication(queries: queries, admins: admins, metrics: metrics, limits: limits, logger: logger)
        let listener = HTTPListener(application: application, maxConnections: limits.maxConnections, executor: executor, logger: logger)
        let server = try await listener.listen(on: socket)
        let boundFile = SocketFileIdentity(socket)
        if case .inherited(let fd) = socket { SocketFileAccess(boundTo: fd)?.log(to: logger) }
        logger.info("pubstatd API listening", metadata: [
            "socket": "\(socket)", "max.connections": "\(limits.maxConnections)",
            "header.timeout": "\(limits.headerTimeout)", "idle.timeout": "\(limits.idleTimeout)",
            "admins": "\(admins.whoMay)",
        ])
        await listener.serve(server, onListening: onListening)
        boundFile?.removeIfUnchanged()
        logger.info("pubstatd API stopped", metadata: ["socket": "\(socket)"])
    }
}
