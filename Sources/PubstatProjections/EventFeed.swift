import PubstatModel

/// One event of the log as the event feed serves it: its sequence, the time it was appended
/// and its payload in the log's own JSON coding (`{"data":…,"type":…,"v":N}`).
public struct FeedEntry: Sendable, Hashable {
    public var sequence: UInt64
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var timestampMicros: Int64
    /// The event's JSON, as `EventCoding.encode` writes it.
    public var payload: [UInt8]

    public init(sequence: UInt64, timestampMicros: Int64, payload: [UInt8]) {
        self.sequence = sequence
        self.timestampMicros = timestampMicros
        self.payload = payload
    }
}

/// A follower's wake-ups: ``signals`` yields whenever events were published (several may be
/// coalesced into one) and finishes when the daemon shuts down; ``cancel`` stops it.
public struct FeedSubscription: Sendable {
    public let signals: AsyncStream<Void>
    public let cancel: @Sendable () -> Void

    public init(signals: AsyncStream<Void>, cancel: @escaping @Sendable () -> Void) {
        self.signals = signals
        self.cancel = cancel
    }
}

/// The events of the log, for `GET /v1/events`: read from the published read model (recent
/// events) or the log on disk, never through the ingest pipeline, so followers cannot slow intake.
public protocol EventFeed: Sendable {
    /// Up to `limit` events after `sequence`, oldest first; empty when there are none yet.
    func events(after sequence: UInt64, limit: Int) async throws -> [FeedEntry]
    /// The sequence of the last published event (0 for an empty log).
    func headSequence() -> UInt64
    /// Wake-ups for a follower; subscribe before reading the backlog, so nothing is missed.
    func follow() -> FeedSubscription
}
