/// Who asked for a change: the peer of the API socket, as the kernel reports it (`SO_PEERCRED`).
public struct Peer: Hashable, Sendable, Codable {
    /// The peer process's user id.
    public var uid: UInt32
    /// That user's name, or the uid in decimal when it has none.
    public var user: String

    public init(uid: UInt32, user: String) {
        self.uid = uid
        self.user = user
    }
}
