/// The full check of a prefix a start skipped: with a projection snapshot, pubstatd opens the log
/// after a header check of the sealed segments the snapshot covers (``VerifiedPrefix``), so start-up
/// does not grow with the log; this reads them all afterwards, in the background, so damage there
/// is still reported on the start that meets it, not only by `pubstatctl verify`.
public enum PrefixAudit {
    /// What the background check found.
    public enum Outcome: Hashable, Sendable {
        /// Every record checks out, and the record at the prefix's sequence has its chain hash.
        case intact(records: UInt64)
        /// The log checks out but its record at the prefix's sequence has another chain hash.
        case chainMismatch(found: String?)
        /// Damage (framing, CRC-32C, sequence, hash chain) before the head: the verifier's message.
        case damaged(String)
    }

    /// Reads the whole log in `directory` without a lock (a write in flight may look like a torn
    /// tail, which is not damage) and checks the chain hash at `prefix`.
    public static func run(directory: String, prefix: VerifiedPrefix) -> Outcome {
        do {
            let report = try LogVerifier.verify(directory: directory, chainHashAt: prefix.sequence)
            guard report.chainHashAt == prefix.chainHash else { return .chainMismatch(found: report.chainHashAt) }
            return .intact(records: report.records)
        } catch {
            return .damaged("\(error)")
        }
    }
}
