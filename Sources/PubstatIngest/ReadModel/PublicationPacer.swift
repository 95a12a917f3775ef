/// Decides when the ingest pipeline publishes its projections to the read model: at once when
/// the last publication is at least ``interval`` old, otherwise once, when it will be.
///
/// Every publication moves the head the API answers from: each report asked for afterwards is
/// built and encoded again, and the pipeline's next fold copies the projections the published
/// view still shares. During a back-fill of many small batches that cost grows with the archive
/// at every batch; paced, it is paid at most once per interval. An idle daemon publishes a new
/// bulletin at once. Pure: the caller passes the time of its clock.
struct PublicationPacer: Sendable {
    /// What the caller must do after offering a publication.
    enum Decision: Equatable, Sendable {
        /// Publish now.
        case now
        /// Publish at this instant (call ``due(at:)`` then); nothing was pending before.
        case at(ContinuousClock.Instant)
        /// A publication is already due later and will carry this one.
        case coalesced
    }

    /// The interval to pace by when answers took `answerCost` to produce lately: `base`, or
    /// ``answerCostFactor`` times the cost when that is longer (so that re-encoding answers
    /// after each publication takes at most about a fifth of the API's time), but never more
    /// than ``longestInterval``. A zero `base` (publish every offer) stays zero.
    static func interval(base: Duration, answerCost: Duration) -> Duration {
        guard base > .zero else { return .zero }
        return max(base, min(longestInterval, answerCost * answerCostFactor))
    }

    /// How many times an answer's production cost apart publications are spaced at least.
    static let answerCostFactor = 4
    /// The longest a paced publication waits, however costly answers are: what a back-fill
    /// may hold back from queries.
    static let longestInterval = Duration.seconds(1)

    /// Where the pacer is.
    enum State: Equatable, Sendable {
        /// Nothing waits; the last publication was at `last` (nil: never).
        case idle(last: ContinuousClock.Instant?)
        /// A publication waits until `due`.
        case pending(due: ContinuousClock.Instant)
    }

    /// The shortest time between two publications; zero publishes every offer at once.
    var interval: Duration
    private(set) var state: State = .idle(last: nil)

    init(interval: Duration) {
        self.interval = interval
    }

    /// Offers a new state of the projections for publication at `now`.
    mutating func offer(at now: ContinuousClock.Instant) -> Decision {
        switch state {
        case .pending:
            return .coalesced
        case .idle(let last):
            guard let last, now < last + interval else {
                state = .idle(last: now)
                return .now
            }
            state = .pending(due: last + interval)
            return .at(last + interval)
        }
    }

    /// Called when a pending publication falls due (a timer may fire early or late): true when
    /// the caller must publish now; false when nothing waits, or it is not due yet (then
    /// ``state`` still says when).
    mutating func due(at now: ContinuousClock.Instant) -> Bool {
        guard case .pending(let due) = state, now >= due else { return false }
        state = .idle(last: now)
        return true
    }

    /// Records a publication made now whatever the pacing (people's acts, whose result is read
    /// next; shutdown): true when a paced one was pending (this one carries it).
    @discardableResult
    mutating func flush(at now: ContinuousClock.Instant) -> Bool {
        defer { state = .idle(last: now) }
        if case .pending = state { return true }
        return false
    }

    /// True when a publication waits.
    var isPending: Bool {
        if case .pending = state { true } else { false }
    }
}
