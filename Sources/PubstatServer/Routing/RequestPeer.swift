import PubstatModel

/// The requester an admin act records: the peer the admin gate let through (`SO_PEERCRED`),
/// with its user name as it is now, or its uid in decimal when it has none.
enum RequestPeer {
    static func requester(of context: PubstatRequestContext) throws -> Requester {
        let peer = try context.admin()
        return Requester(uid: peer.uid, user: peer.userName ?? String(peer.uid))
    }
}
