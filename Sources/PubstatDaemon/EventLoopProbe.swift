import NIOCore
import NIOPosix
import PubstatSystemd
import ServiceLifecycle

/// Proves the server's event loops still run: every `period` it asks each loop to stamp its
/// own heartbeat. A loop that hangs never stamps, its heartbeat goes stale, and the watchdog
/// stops pinging systemd.
struct EventLoopProbe: Service {
    let heartbeats: [Heartbeat]
    private let loops: [any EventLoop]
    let period: Duration

    init(group: MultiThreadedEventLoopGroup = .singleton, maxAge: Duration, period: Duration) {
        loops = Array(group.makeIterator())
        heartbeats = loops.indices.map { Heartbeat(name: "event-loop-\($0)", maxAge: maxAge) }
        self.period = period
    }

    func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            for (loop, heartbeat) in zip(loops, heartbeats) {
                loop.execute { heartbeat.beat() }
            }
            try? await Task.sleep(for: period)
        }
    }
}
