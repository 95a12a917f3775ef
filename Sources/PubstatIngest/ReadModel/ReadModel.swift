import Foundation
import PubstatModel
import PubstatProjections

/// The read side of pubstatd: the latest published ``ReadModelView`` behind a lock, the most
/// recent events for the event feed, and the feed's followers.
///
/// The ingest pipeline publishes after each durable append and fold (and when its counters
/// move); readers take the current view with ``current()``, which only takes the lock for the
/// time of a copy, so a query never waits on extraction, `syncfs` or `fdatasync`. Publishing
/// never blocks either: each follower is told "the head moved" through a stream that keeps
/// at most one pending signal, and reads the events itself.
public final class ReadModel: Sendable {
    /// How many of the latest events are kept in memory for followers; older ones are read from the log.
    public static let recentCapacity = 512

    private struct State {
        var view: ReadModelView
        /// The latest events, oldest first, at most ``ReadModel/recentCapacity``.
        var recent: [LoggedEvent] = []
        var followers: [UInt64: AsyncStream<Void>.Continuation] = [:]
        var nextFollower: UInt64 = 0
        var closed = false
        var answerCost = AnswerCost()
    }

    private let state: LockedState<State>

    public init(_ view: ReadModelView) {
        state = LockedState(State(view: view))
    }

    /// The latest published view.
    public func current() -> ReadModelView {
        state.withLock { $0.view }
    }

    /// `body`'s answer about the latest published view, read under the lock without copying the view
    /// (keep it short: publications wait for it).
    public func read<Result>(_ body: (ReadModelView) -> Result) -> Result {
        state.withLock { body($0.view) }
    }

    /// Publishes `view`, with the events appended since the previous view, and wakes the followers.
    public func publish(_ view: ReadModelView, appended: [LoggedEvent] = []) {
        let followers: [AsyncStream<Void>.Continuation] = state.withLock { state in
            state.view = view
            guard !appended.isEmpty else { return [] }
            state.recent.append(contentsOf: appended)
            if state.recent.count > Self.recentCapacity {
                state.recent.removeFirst(state.recent.count - Self.recentCapacity)
            }
            return Array(state.followers.values)
        }
        for follower in followers { follower.yield() }
    }

    /// Notes that the API took `duration` to build and encode an answer (``AnswerCost``).
    public func noteAnswerProduced(in duration: Duration, at now: ContinuousClock.Instant = .now) {
        state.withLock { $0.answerCost.note(duration, at: now) }
    }

    /// The longest the API took lately to build and encode one answer (``AnswerCost``).
    public func recentAnswerCost(at now: ContinuousClock.Instant = .now) -> Duration {
        state.withLock { $0.answerCost.recent(at: now) }
    }

    /// Up to `limit` events after `sequence` from memory, or nil when memory does not reach
    /// back that far (read them from the log then).
    public func recentEvents(after sequence: UInt64, limit: Int) -> [LoggedEvent]? {
        state.withLock { state in
            let head = state.view.sequence
            guard sequence < head else { return [] }
            guard let first = state.recent.first?.sequence, first <= sequence + 1 else { return nil }
            let start = Int(sequence + 1 - first)
            guard start < state.recent.count else { return [] }
            return Array(state.recent[start..<min(state.recent.count, start + limit)])
        }
    }

    /// A stream that yields whenever events are published (several publications may be
    /// coalesced into one signal), until ``unfollow(_:)`` or ``closeFeeds()``.
    public func follow() -> (id: UInt64, signals: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id: UInt64? = state.withLock { state in
            guard !state.closed else { return nil }
            state.nextFollower += 1
            state.followers[state.nextFollower] = continuation
            return state.nextFollower
        }
        guard let id else {
            continuation.finish()
            return (0, stream)
        }
        continuation.onTermination = { [weak self] _ in self?.unfollow(id) }
        return (id, stream)
    }

    /// Ends one follower's stream.
    public func unfollow(_ id: UInt64) {
        state.withLock { $0.followers.removeValue(forKey: id) }?.finish()
    }

    /// The number of followers now.
    public var followerCount: Int { state.withLock { $0.followers.count } }

    /// Ends every follower's stream, and refuses new ones: on shutdown, so that open
    /// `follow=true` requests end and the server can stop.
    public func closeFeeds() {
        let followers = state.withLock { state in
            state.closed = true
            defer { state.followers.removeAll() }
            return Array(state.followers.values)
        }
        for follower in followers { follower.finish() }
    }

    /// True once ``closeFeeds()`` ran.
    public var isClosed: Bool { state.withLock { $0.closed } }
}
