import Logging
import ServiceLifecycle

/// Sends `WATCHDOG=1` every half interval, but only while the liveness probe says the daemon's loops work.
///
/// When the ingest loop or the server's event loop hangs, the pings stop and systemd restarts
/// the unit after `WatchdogSec=` (with `Restart=on-failure`). Returns on graceful shutdown.
public struct WatchdogService: Service {
    /// The outcome of one liveness check.
    enum Verdict: Sendable, Equatable {
        case alive
        case stalled(String)
    }

    /// How often it checks and pings: half of systemd's interval.
    let period: Duration
    private let check: @Sendable () async -> Verdict
    private let ping: @Sendable () throws -> Void
    private let logger: Logger

    /// Pings every `interval / 2` while `probe` returns true.
    ///
    /// - Parameters:
    ///   - interval: systemd's watchdog interval, from ``SystemdNotifier/watchdogInterval()``.
    ///   - probe: true when every loop of the daemon is alive. A probe that hangs also stops the pings.
    public init(
        interval: Duration,
        notifier: SystemdNotifier = SystemdNotifier(),
        logger: Logger,
        probe: @escaping @Sendable () async -> Bool
    ) {
        self.init(
            period: interval / 2,
            logger: logger,
            check: { await probe() ? .alive : .stalled("liveness probe failed") },
            ping: { try notifier.watchdogPing() }
        )
    }

    /// Pings every `interval / 2` while every heartbeat is fresh; logs the names of stale ones.
    public init(
        interval: Duration,
        heartbeats: [Heartbeat],
        notifier: SystemdNotifier = SystemdNotifier(),
        logger: Logger
    ) {
        self.init(
            period: interval / 2,
            logger: logger,
            check: { Self.verdict(heartbeats) },
            ping: { try notifier.watchdogPing() }
        )
    }

    init(
        period: Duration,
        logger: Logger,
        check: @escaping @Sendable () async -> Verdict,
        ping: @escaping @Sendable () throws -> Void
    ) {
        self.period = period
        self.logger = logger
        self.check = check
        self.ping = ping
    }

    public func run() async throws {
        var stalled = false
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            switch await check() {
            case .alive:
                if stalled {
                    logger.notice("daemon loops alive again, resuming watchdog pings")
                    stalled = false
                }
                do {
                    try ping()
                } catch {
                    logger.error("watchdog ping failed: \(error)")
                }
            case .stalled(let reason):
                if !stalled {
                    logger.critical(
                        "withholding watchdog pings: \(reason); systemd will restart pubstatd if this persists"
                    )
                    stalled = true
                }
            }
            // Sleeps until the next ping, or returns early on cancellation or graceful shutdown.
            try? await cancelWhenGracefulShutdown {
                try await Task.sleep(for: period)
            }
        }
    }

    static func verdict(_ heartbeats: [Heartbeat]) -> Verdict {
        let stale = heartbeats.filter { !$0.isFresh }.map(\.name)
        return stale.isEmpty ? .alive : .stalled("no progress from " + stale.joined(separator: ", "))
    }
}
