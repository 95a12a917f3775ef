import Hummingbird
import Logging
import PubstatModel

/// What a request context is made from: the request's logger and the connection's peer.
public struct PubstatRequestContextSource: RequestContextSource {
    public let logger: Logger
    /// Who sent the request (`SO_PEERCRED` of its connection); nil when unknown.
    public let peer: Peer?

    public init(logger: Logger, peer: Peer?) {
        self.logger = logger
        self.peer = peer
    }
}

/// The request context of every pubstat route: Hummingbird's core context plus the peer.
///
/// `peer` says who is asking; it is what the admin gate checks (see ``AdminGateMiddleware``)
/// and what an admin route records in the events it appends (`context.peer`, never nil once
/// the gate has let the request through).
public struct PubstatRequestContext: RequestContext {
    public typealias Source = PubstatRequestContextSource

    public var coreContext: CoreRequestContextStorage
    /// The process that sent the request, with its user name; nil when the server could not read it.
    public let peer: Peer?
    /// Set by ``AdminGateMiddleware`` when it let an admin request through; read by ``admin()``.
    var admitted = false

    public init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
        peer = source.peer
    }
}
