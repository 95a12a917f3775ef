/// Who asked for a change, as recorded in the event it appended (`uid`, `user`): the peer of the
/// API socket as the kernel vouches for it (`SO_PEERCRED`), with the user name as it was then,
/// since a uid may be renamed or reused later.
public struct Requester: Hashable, Sendable, Codable {
    /// The peer process's user id.
    public var uid: UInt32
    /// That user's name, or the uid in decimal when it has none.
    public var user: String

    public init(uid: UInt32, user: String) {
        self.uid = uid
        self.user = user
    }
}
