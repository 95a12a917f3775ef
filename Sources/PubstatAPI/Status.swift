import PubstatModel

/// `GET /v1/health`.
public struct HealthReport: Hashable, Sendable, Codable {
    public var status: String
    public var version: String

    public init(status: String = "ok", version: String) {
        self.status = status
        self.version = version
    }
}

/// `GET /v1/status`: the state of the log and of intake.
public struct StatusReport: Hashable, Sendable, Codable {
    /// Records in the log.
    public var logRecords: UInt64
    /// Sequence number of the last record, 0 for an empty log.
    public var lastSequence: UInt64
    /// Hex SHA-256 chain hash of the last record.
    public var headHash: String
    /// Bytes of the log on disk.
    public var logBytes: UInt64
    public var bulletinsIngested: Int
    public var bulletinsRejected: Int
    /// Ingested bulletins from which no figure was extracted (`GET /v1/bulletins?figures=none`).
    public var bulletinsWithoutFigures: Int
    /// Files dropped again with content already in the log, since the daemon started.
    public var duplicatesDropped: Int
    /// Files moved to failed/ since the daemon started without a log record: too large, unreadable,
    /// not a regular file (a link, a pipe …), a name that is not UTF-8, an unusable sidecar.
    public var rejectedUnlogged: Int
    /// Files waiting in the inbox.
    public var inboxPending: Int
    /// What start-up recovery did, e.g. "cut a torn record of 120 bytes at offset 4096 of segment 1".
    public var recovery: String?
    public var version: String

    public init(
        logRecords: UInt64, lastSequence: UInt64, headHash: String, logBytes: UInt64, bulletinsIngested: Int,
        bulletinsRejected: Int, duplicatesDropped: Int, rejectedUnlogged: Int = 0, inboxPending: Int, recovery: String?,
        version: String, bulletinsWithoutFigures: Int = 0
    ) {
        self.rejectedUnlogged = rejectedUnlogged
        self.bulletinsWithoutFigures = bulletinsWithoutFigures
        self.logRecords = logRecords
        self.lastSequence = lastSequence
        self.headHash = headHash
        self.logBytes = logBytes
        self.bulletinsIngested = bulletinsIngested
        self.bulletinsRejected = bulletinsRejected
        self.duplicatesDropped = duplicatesDropped
        self.inboxPending = inboxPending
        self.recovery = recovery
        self.version = version
    }
}
