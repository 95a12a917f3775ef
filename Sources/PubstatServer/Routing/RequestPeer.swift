import Hummingbird
import PubstatModel

/// The peer of a request, recorded in the events people's acts append.
enum RequestPeer {
    // ACCESS: the access-control helper adds a request context carrying the peer's SO_PEERCRED
    // uid and user name, and an admin gate (403 for other peers). Until it is merged, the acts
    // record an unknown peer and are not gated: wire `peer(of:)` to that context and put the
    // admin routes behind its gate.
    static func peer(of context: BasicRequestContext) -> Requester {
        Requester(uid: UInt32.max, user: "unknown")
    }
}
