import Foundation

/// How many files wait in the inbox, as `/v1/status` and `/metrics` report it: counted by
/// listing the folder, at most once per ``maxAge``. With 20,000 files waiting and dozens of
/// clients asking, listing on every request took a fifth of the daemon's CPU from intake.
public final class InboxBacklog: Sendable {
    /// How old a count may be when it is answered.
    public static let maxAge = Duration.seconds(1)

    private struct Count {
        var value: Int
        var at: ContinuousClock.Instant
    }

    private let inbox: String
    private let now: @Sendable () -> ContinuousClock.Instant
    private let counter: @Sendable (String) -> Int
    private let latest = LockedState<Count?>(nil)

    /// `now` and `counter` are for tests; the daemon lists the folder with
    /// ``InboxEntries/pendingCount(in:)``.
    public init(
        inbox: String, now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now },
        counter: @escaping @Sendable (String) -> Int = InboxEntries.pendingCount(in:)
    ) {
        self.inbox = inbox
        self.now = now
        self.counter = counter
    }

    /// The files waiting, counted at most ``maxAge`` ago. Callers arriving while it is counted
    /// wait for that count instead of listing the folder again.
    public func count() -> Int {
        latest.withLock { latest in
            let time = now()
            if let known = latest, time - known.at < Self.maxAge { return known.value }
            let value = counter(inbox)
            latest = Count(value: value, at: time)
            return value
        }
    }
}
