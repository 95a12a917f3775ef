import PubstatModel

/// An admin job that is running (a re-extraction, a rebuild): who asked for it, and when it started. A second request
/// for the same job while it runs is refused with this.
public struct AdminJobRun: Sendable {
    public var peer: Peer?
    public var since: ContinuousClock.Instant

    public init(peer: Peer?, since: ContinuousClock.Instant) {
        self.peer = peer
        self.since = since
    }

    /// "started for uid 0 (root) 12 s ago", as the refusals write it.
    var started: String {
        let who = peer.map { " for \($0.userDescription)" } ?? ""
        return "started\(who) \((ContinuousClock.now - since).components.seconds) s ago"
    }
}
