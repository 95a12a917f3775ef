import PubstatModel

/// A rebuild of the projections was asked for while another one runs: refused at once (the API
/// answers 409), since the running one already folds the whole log.
public struct RebuildInProgress: Error, Sendable, CustomStringConvertible {
    /// Who asked for the running one, and when it started.
    public typealias Running = AdminJobRun

    public var running: Running

    public var description: String {
        "a rebuild of the projections is already running (\(running.started)); it folds the whole log "
            + "and logs its counts when done (journalctl -u pubstatd): ask again only after it, if at all"
    }
}
