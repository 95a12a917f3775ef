/// What a rebuild of the projections did (`POST /v1/rebuild`).
public struct RebuildReport: Hashable, Sendable, Codable {
    /// Events read from the log and folded into the new projections, from sequence 1 on
    /// (events appended while it ran included).
    public var eventsRead: Int
    /// Of ``eventsRead``, those appended while the rebuild ran, folded at the end while intake
    /// waited (its only wait).
    public var eventsCaughtUp: Int
    /// The last sequence of the rebuilt projections, now published: what queries answer from.
    public var headSequence: UInt64
    /// From the request to the new projections' publication, in seconds.
    public var seconds: Double

    public init(eventsRead: Int, eventsCaughtUp: Int, headSequence: UInt64, seconds: Double) {
        self.eventsRead = eventsRead
        self.eventsCaughtUp = eventsCaughtUp
        self.headSequence = headSequence
        self.seconds = seconds
    }
}
