/// The process on the other end of an API connection, as the kernel vouches for it
/// (`SO_PEERCRED` on the Unix socket, read once when the connection is accepted).
///
/// Admin requests are authorized by `uid`, and events written on a person's behalf (a
/// correction, a retraction) record `uid` and `userName`: the name as it was when the request
/// came, since a uid may be renamed or reused later.
public struct Peer: Hashable, Sendable, CustomStringConvertible {
    /// The peer's effective user id when it connected.
    public var uid: UInt32
    /// The peer's effective group id when it connected.
    public var gid: UInt32
    /// The peer's process id when it connected (it may have exited since).
    public var pid: Int32
    /// The login name of `uid` from the user database (`getpwuid_r`), nil when it has none.
    public var userName: String?

    public init(uid: UInt32, gid: UInt32, pid: Int32, userName: String?) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.userName = userName
    }

    /// The uid with its name, as messages show it: `uid 1000 (alice)`, or `uid 4242` without a name.
    public var userDescription: String {
        userName.map { "uid \(uid) (\($0))" } ?? "uid \(uid)"
    }

    /// `uid 1000 (alice), gid 1000, pid 4711`.
    public var description: String { "\(userDescription), gid \(gid), pid \(pid)" }
}
