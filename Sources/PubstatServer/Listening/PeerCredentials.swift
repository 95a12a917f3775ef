import CPeerCredentials
import Logging
import NIOCore
import PubstatModel
import PubstatPosix

#if canImport(Glibc)
import Glibc
#endif

/// Who is on the other end of an accepted connection, from `SO_PEERCRED`: read once, when the
/// connection is accepted (the kernel records the connecting process's credentials at
/// `connect(2)`; they do not change for the life of the connection).
enum PeerCredentials {
    /// The peer's uid, gid and pid, without a user name (that lookup may block: see ``named(_:logger:)``).
    /// Nil when the channel cannot say (not a socket channel, or `getsockopt` failed: logged);
    /// such a peer is refused every admin request.
    static func read(from channel: any Channel, logger: Logger) -> EventLoopFuture<Peer?> {
        guard let provider = channel as? any SocketOptionProvider else {
            logger.warning("connection without socket options: its peer is unknown and may not make admin requests")
            return channel.eventLoop.makeSucceededFuture(nil)
        }
        let credentials: EventLoopFuture<pubstat_ucred> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        return credentials
            .map { Optional(Peer(uid: UInt32($0.uid), gid: UInt32($0.gid), pid: Int32($0.pid), userName: nil)) }
            .recover { error in
                logger.warning("could not read the connection's peer credentials (SO_PEERCRED): it may not make admin requests",
                               metadata: ["error": "\(error)"])
                return nil
            }
    }

    /// `peer` with the login name of its uid, when the user database has one. Call it off the
    /// event loop: `getpwuid_r` may ask a directory service.
    static func named(_ peer: Peer?, logger: Logger) -> Peer? {
        guard var peer else { return nil }
        do {
            peer.userName = try Posix.userName(uid: peer.uid)
        } catch {
            logger.notice("could not look up the name of a peer's uid", metadata: ["peer.uid": "\(peer.uid)", "error": "\(error)"])
        }
        return peer
    }
}
