/// Where the log ends.
public struct LogHead: Hashable, Sendable {
    /// The sequence of the last record; 0 for an empty log.
    public var lastSequence: UInt64
    /// Records in the log (equals ``lastSequence``: sequences start at 1 without gaps).
    public var recordCount: UInt64
    /// Lowercase hex SHA-256 of the last record (the hash-chain head); 64 zeros when empty.
    public var headHash: String
    /// Bytes in all segment files.
    public var byteCount: Int64
    public var segmentCount: Int
    /// The time of the last record, microseconds since the epoch; 0 when empty.
    public var lastTimestampMicros: Int64
}

/// Counters of the writer, for tests, benchmarks and status output.
public struct LogStats: Hashable, Sendable {
    /// `append` calls that wrote events.
    public var appendCalls: UInt64 = 0
    public var appendedEvents: UInt64 = 0
    /// Group commits written; each ended with one `fdatasync`.
    public var batches: UInt64 = 0
    public var fdatasyncs: UInt64 = 0
    /// Bytes written to segments since open.
    public var bytesWritten: UInt64 = 0
    /// Segments created since open.
    public var segmentsCreated: UInt64 = 0
}

/// What ``EventLog/open(directory:options:)`` repaired, if anything.
public struct RecoveryReport: Hashable, Sendable, CustomStringConvertible {
    /// The segment that was cut (full path).
    public var segment: String
    /// The new end of the segment: everything from here was removed.
    public var cutOffset: Int
    /// Bytes removed.
    public var bytesRemoved: Int
    /// The intact records removed because their group commit was incomplete (never acknowledged).
    public var recordsRemoved: Int
    /// What was found at the cut.
    public var reason: String

    public var description: String {
        var text = "cut \(bytesRemoved) bytes at byte \(cutOffset) of \(segment): \(reason)"
        if recordsRemoved > 0 {
            text += "; \(recordsRemoved) intact record(s) of the same unfinished group commit were removed too"
        }
        return text + ". These records were never acknowledged as durable; the log before them is intact."
    }
}
