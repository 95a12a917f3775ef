/// A prefix of the log whose hash chain was checked before: the records up to ``sequence``,
/// the last of which had chain hash ``chainHash`` (lowercase hex). A projection snapshot
/// records one, since it was folded from those records.
///
/// Given to ``EventLog/open(directory:options:)`` (``EventLog/Options/verifiedPrefix``), it
/// lets a start skip what the prefix covers: sealed segments that end at or before
/// ``sequence`` get a header check instead of a full read, and the SHA-256 chain is verified
/// only after ``sequence``. When the log's record at ``sequence`` does not have
/// ``chainHash`` (the log was replaced or restored), the whole log is checked as without a prefix.
public struct VerifiedPrefix: Hashable, Sendable {
    public var sequence: UInt64
    public var chainHash: String

    public init(sequence: UInt64, chainHash: String) {
        self.sequence = sequence
        self.chainHash = chainHash
    }
}
