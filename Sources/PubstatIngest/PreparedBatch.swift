/// A batch of inbox files read, hashed, extracted and encoded, the raw copies of its bulletins
/// written (not yet durable): all of a batch that does not depend on the log. Made by
/// ``IngestPipeline/prepare(_:seen:lane:)`` and committed by ``IngestPipeline/ingest(_:)-(PreparedBatch)``,
/// which decides against the log what is new and what is a duplicate.
public struct PreparedBatch: Sendable {
    /// The files, in the order they were taken.
    let names: [String]
    /// When each file was first seen in the inbox, for the latency histogram.
    let seen: [String: ContinuousClock.Instant]
    /// When the batch was taken from the inbox.
    let taken: ContinuousClock.Instant
    /// What each file turned out to be.
    let decisions: [IntakeDecision]
    /// The lane it was taken in: a fresh batch is published at once, a backlog batch as paced.
    let lane: IntakeLane

    /// The number of files in the batch.
    public var count: Int { names.count }
}
