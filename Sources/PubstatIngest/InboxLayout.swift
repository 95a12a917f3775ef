import PubstatPosix

/// The folders pubstatd works in.
///
/// Files are dropped into `inbox`, leave it for `processed` or `failed`, and the `state`
/// folder holds the event log, the raw bulletins and the projection snapshots.
public struct InboxLayout: Hashable, Sendable {
    public var inbox: String
    public var processed: String
    public var failed: String
    public var state: String

    public init(inbox: String, processed: String, failed: String, state: String) {
        self.inbox = inbox
        self.processed = processed
        self.failed = failed
        self.state = state
    }

    /// The event log's segment directory.
    public var logDirectory: String { state + "/log" }
    /// Raw bulletins, content-addressed by SHA-256.
    public var bulletinStore: String { state + "/bulletins" }
    /// Projection snapshots.
    public var snapshotDirectory: String { state + "/snapshots" }

    /// Creates every folder that does not exist yet.
    public func createFolders() throws {
        for folder in [inbox, processed, failed, state, logDirectory, bulletinStore, snapshotDirectory] {
            try Posix.makeDirectories(folder, mode: 0o750)
        }
    }
}
