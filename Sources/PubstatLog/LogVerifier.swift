import PubstatPosix

/// The outcome of ``LogVerifier/verify(directory:)`` on a sound log.
public struct VerifyReport: Hashable, Sendable {
    public var records: UInt64
    public var segments: Int
    public var byteCount: Int64
    /// Lowercase hex SHA-256 at the head of the chain (after any torn tail).
    public var headHash: String
    public var lastSequence: UInt64
    /// An interrupted write at the end, which the next open will cut; nil if none.
    public var tornTail: RecoveryReport?
}

/// Checks a log directory end to end without changing it: every segment header, record
/// framing and CRC-32C, sequence continuity across segments, and the SHA-256 hash chain.
/// Needs no lock, so it can run beside pubstatd (a write in flight may show as a torn tail).
public enum LogVerifier {
    /// Throws ``EventLogError`` (code ``EventLogError/Code/corrupted``) naming the segment file,
    /// byte offset and what mismatched at the first damage that is not a torn tail.
    public static func verify(directory: String) throws -> VerifyReport {
        let status: FileStatus?
        do {
            status = try Posix.statIfExists(directory)
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot examine the log directory")
        }
        guard let status, status.isDirectory else {
            throw EventLogError(.io, "event log: \(directory) is not a directory (no log there?)")
        }
        let walk = try LogWalker.walk(directory: directory, verifyHashes: true)
        return VerifyReport(
            records: walk.lastSequence, segments: walk.segments.count, byteCount: Int64(walk.byteCount),
            headHash: hexString(walk.lastHash), lastSequence: walk.lastSequence, tornTail: walk.tail?.report
        )
    }
}
