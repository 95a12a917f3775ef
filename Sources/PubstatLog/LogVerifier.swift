import PubstatPosix

/// The outcome of ``LogVerifier/verify(directory:)`` on a sound log.
public struct VerifyReport: Hashable, Sendable {
    public var records: UInt64
    public var segments: Int
    public var byteCount: Int64
    /// Lowercase hex SHA-256 at the head of the chain (after any torn tail).
    public var headHash: String
    public var lastSequence: UInt64
    /// Damage or an interrupted write in the last group commit, and what the next open will
    /// do about it (cut, keep, append again, lose); nil if none.
    public var tornTail: RecoveryReport?
    /// The stored chain hash (hex) of the record asked for with `chainHashAt`, if the log keeps it.
    public var chainHashAt: String?
}

/// Checks a log directory end to end without changing it: every segment header, record
/// framing and CRC-32C, sequence continuity across segments, and the SHA-256 hash chain.
/// Needs no lock, so it can run beside pubstatd (a write in flight may show as a torn tail).
public enum LogVerifier {
    /// Throws ``EventLogError`` (code ``EventLogError/Code/corrupted``) naming the segment file,
    /// byte offset and what mismatched at the first damage that is not a torn tail.
    ///
    /// `chainHashAt`: also return the chain hash of the record with this sequence (to check a
    /// projection snapshot against the log).
    public static func verify(directory: String, chainHashAt wanted: UInt64? = nil) throws -> VerifyReport {
        let status: FileStatus?
        do {
            status = try Posix.statIfExists(directory)
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot examine the log directory")
        }
        guard let status, status.isDirectory else {
            throw EventLogError(.io, "event log: \(directory) is not a directory (no log there?)")
        }
        let walk = try LogWalker.walk(directory: directory, verifyHashes: true, hashAt: wanted)
        return VerifyReport(
            records: walk.lastSequence, segments: walk.segments.count, byteCount: Int64(walk.byteCount),
            headHash: hexString(walk.lastHash), lastSequence: walk.lastSequence, tornTail: walk.tail?.report(firstNewSequence: walk.lastSequence + 1),
            chainHashAt: walk.hashAt.map(hexString)
        )
    }
}
