import HummingbirdCore
import PubstatModel

/// One accepted API connection: Hummingbird's HTTP/1.1 channel and the peer's credentials, read
/// once when it was accepted.
struct AcceptedConnection: Sendable {
    let http: HTTP1Channel.Value
    /// Uid, gid and pid from `SO_PEERCRED` (no user name yet); nil when they could not be read.
    let peer: Peer?
}
