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
///
/// Recovery keeps every record that checks out (see `Events/README.md`, *Recovery on open*):
/// the intact records before the damage stay where they are; intact records after it cannot
/// keep their place (sequences have no gaps and each hash links to the record before), so
/// those whose chain link verifies are appended again, payload byte for byte, and the others
/// are lost. Only the damaged (or unverifiable) records are lost, and they are listed.
public struct RecoveryReport: Hashable, Sendable, CustomStringConvertible {
    /// A record that recovery could not keep.
    public struct LostRecord: Hashable, Sendable {
        /// The sequence the record had.
        public var sequence: UInt64
        /// Its byte offset in ``RecoveryReport/segment``, when known.
        public var offset: Int?
        /// The bytes that stood where its payload should be (possibly damaged or incomplete;
        /// empty when unknown). Good enough to name the bulletin it was about, never to serve.
        public var damagedPayload: [UInt8]
        /// Why it was lost.
        public var why: String
    }

    /// An intact record after the damage, appended again at a new sequence.
    public struct ReappendedRecord: Hashable, Sendable {
        public var oldSequence: UInt64
        public var newSequence: UInt64
    }

    /// The segment that was cut (full path).
    public var segment: String
    /// The new end of the segment: everything from here was removed.
    public var cutOffset: Int
    /// Bytes removed.
    public var bytesRemoved: Int
    /// Records removed from their place: ``lost`` plus ``reappended``.
    public var recordsRemoved: Int { lost.count + reappended.count }
    /// What was found at the cut.
    public var reason: String
    /// Records removed and not kept, in sequence order.
    public var lost: [LostRecord] = []
    /// Intact records after the damage, appended again after the kept ones.
    public var reappended: [ReappendedRecord] = []
    /// The number of intact records kept of a group commit that was incomplete on disk (its
    /// framing was rewritten to end with them); 0 when the last kept commit was complete.
    public var keptOfIncompleteCommit = 0

    public var description: String {
        var text = "cut \(bytesRemoved) bytes at byte \(cutOffset) of \(segment): \(reason)"
        text += "; \(recordsRemoved) record(s) removed"
        if !lost.isEmpty {
            text += ", \(lost.count) lost (" + lost.map { "record \($0.sequence): \($0.why)" }.joined(separator: "; ") + ")"
        }
        if !reappended.isEmpty {
            text += ", \(reappended.count) intact after the damage appended again ("
                + reappended.map { "record \($0.oldSequence) is now \($0.newSequence)" }.joined(separator: ", ") + ")"
        }
        if keptOfIncompleteCommit > 0 {
            text += "; the \(keptOfIncompleteCommit) intact record(s) before the damage were kept, closing their group commit"
        }
        text += ". Every record before the cut is intact"
        if !lost.isEmpty {
            text += "; a lost record may have been acknowledged (its file already moved to processed/), so its bulletin must be ingested again"
        }
        return text + "."
    }
}
