import PubstatModel

/// What became of one file taken from the inbox.
public enum IngestOutcome: Hashable, Sendable {
    /// New bulletin: its event is in the log and the file is in `processed/`.
    case ingested(BulletinID, figures: Int, sequence: UInt64)
    /// Not a bulletin (the rejection is in the log), or a bulletin with a malformed sidecar
    /// (nothing logged): the file is in `failed/` with its reason.
    case rejected(BulletinID?, code: RejectionCode)
    /// Content already in the log: moved out without new events.
    case duplicate(BulletinID)
    /// The file disappeared before it could be read.
    case vanished
    /// Not pubstatd's to take (a directory): left where it is.
    case ignored(reason: String)
    /// Could not be finished now (the log could not be written, out of file descriptors or
    /// memory …); the file stays in the inbox and is retried.
    case deferred(reason: String)
}
