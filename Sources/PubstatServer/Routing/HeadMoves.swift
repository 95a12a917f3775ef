/// The published sequences the answer cache has seen, with when it first saw each, for the last
/// ``ResponseCache/staleLimit``: how long ago the head moved on from a given sequence.
///
/// Heads only move forward in one process (there is one read model); a lower head is an older
/// view read by a slower request, and is not a move.
struct HeadMoves {
    private let limit: Duration
    /// Heads first seen within ``limit``, oldest first.
    private var moves: [(sequence: UInt64, seen: ContinuousClock.Instant)] = []
    /// The highest head seen.
    private(set) var latest: UInt64 = 0
    /// The highest head dropped from ``moves`` (seen longer than ``limit`` ago).
    private var forgotten: UInt64 = 0

    init(limit: Duration) {
        self.limit = limit
    }

    /// Notes that a request saw `head` at `now`.
    mutating func saw(_ head: UInt64, at now: ContinuousClock.Instant = .now) {
        guard head > latest else { return }
        latest = head
        moves.append((head, now))
        let old = moves.prefix { now - $0.seen > limit }
        if let last = old.last {
            forgotten = last.sequence
            moves.removeFirst(old.count)
        }
    }

    /// True when the head moved on from `sequence` at most ``limit`` before `now`.
    func movedOn(from sequence: UInt64, at now: ContinuousClock.Instant = .now) -> Bool {
        guard forgotten <= sequence, let next = moves.first(where: { $0.sequence > sequence }) else { return false }
        return now - next.seen <= limit
    }
}
