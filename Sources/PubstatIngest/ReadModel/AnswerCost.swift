/// How long the API took lately to build and encode one answer after the head moved: the
/// longest of this second and the one before. Pure: the caller passes the time.
///
/// Every publication of the read model makes each report asked for afterwards be built and
/// encoded again, at a cost that grows with the archive (the budget report of 20,000 bulletins
/// takes hundreds of milliseconds). The ingest pipeline spaces its paced publications by it.
struct AnswerCost: Sendable {
    /// Where the current one-second window began.
    private var windowStart: ContinuousClock.Instant?
    private var current: Duration = .zero
    private var previous: Duration = .zero

    /// Notes that an answer took `duration` to produce, at `now`.
    mutating func note(_ duration: Duration, at now: ContinuousClock.Instant) {
        roll(to: now)
        current = max(current, duration)
    }

    /// The longest answer production of this second and the last, at `now`.
    mutating func recent(at now: ContinuousClock.Instant) -> Duration {
        roll(to: now)
        return max(current, previous)
    }

    private mutating func roll(to now: ContinuousClock.Instant) {
        guard let start = windowStart else {
            windowStart = now
            return
        }
        let elapsed = now - start
        guard elapsed >= .seconds(1) else { return }
        previous = elapsed >= .seconds(2) ? .zero : current
        current = .zero
        windowStart = now
    }
}
