/// What one client, or many, may hold of the server: connections and time.
///
/// Every connection costs a file descriptor, which intake needs too. Connections beyond
/// `maxConnections` are not accepted until one closes (they wait in the socket's backlog), a
/// connection that does not deliver a request head within `headerTimeout` is closed, and one
/// that stays idle for `idleTimeout` is closed. pubstatd takes the values from its configuration
/// (`max-connections`, `header-timeout`, `idle-timeout`), whose defaults are in `DaemonConfiguration`.
public struct ServerLimits: Hashable, Sendable {
    public var maxConnections: Int
    public var headerTimeout: Duration
    public var idleTimeout: Duration

    public init(maxConnections: Int, headerTimeout: Duration, idleTimeout: Duration) {
        self.maxConnections = maxConnections
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
    }

    /// Generous limits for tests that do not exercise them.
    public static let lenient = ServerLimits(maxConnections: 4096, headerTimeout: .seconds(60), idleTimeout: .seconds(60))
}
