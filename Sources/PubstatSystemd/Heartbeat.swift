import Synchronization

/// A liveness stamp for one long-running loop, checked by ``WatchdogService``.
///
/// The loop calls ``beat()`` whenever it makes progress and ``idle()`` just before it waits for
/// new work (an inotify event, a connection). A heartbeat is fresh while its loop is idle or beat
/// within ``maxAge``; a loop stuck on one piece of work longer than that makes the watchdog stop pinging.
public final class Heartbeat: Sendable {
    /// Shown in the log when this heartbeat goes stale, e.g. `ingest` or `event-loop`.
    public let name: String
    /// How long the loop may work without beating.
    public let maxAge: Duration

    private static let idleMarker = Int64.min
    private let lastBeat: Atomic<Int64>
    private let now: @Sendable () -> Int64

    /// Creates a heartbeat that starts fresh.
    public convenience init(name: String, maxAge: Duration) {
        self.init(name: name, maxAge: maxAge, now: MonotonicClock.nanoseconds)
    }

    /// `now` returns monotonic nanoseconds; tests pass a fake clock.
    init(name: String, maxAge: Duration, now: @escaping @Sendable () -> Int64) {
        self.name = name
        self.maxAge = maxAge
        self.now = now
        self.lastBeat = Atomic(now())
    }

    /// The loop made progress.
    public func beat() {
        lastBeat.store(now(), ordering: .relaxed)
    }

    /// The loop is about to wait for work; it counts as fresh until its next ``beat()``.
    public func idle() {
        lastBeat.store(Self.idleMarker, ordering: .relaxed)
    }

    /// True when the loop is idle or beat within ``maxAge``.
    public var isFresh: Bool {
        let stamp = lastBeat.load(ordering: .relaxed)
        if stamp == Self.idleMarker { return true }
        return now() - stamp <= Self.nanoseconds(maxAge)
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds.multipliedReportingOverflow(by: 1_000_000_000).overflow
            ? Int64.max : seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
