import PubstatModel
import PubstatPosix

/// Who may make admin requests (re-extraction, corrections, retractions, rebuilds): root
/// (uid 0) and the user pubstatd itself runs as, identified by their `SO_PEERCRED` uid.
///
/// Anyone who can connect to the socket (mode 0660: the service's user and group) may read;
/// only these two may change what the log says. Under systemd the service's user is `pubstat`,
/// so `sudo pubstatctl reextract` or `sudo -u pubstat pubstatctl reextract` pass, and a member
/// of the `pubstat` group gets a 403 that says so.
public struct AdminPolicy: Hashable, Sendable {
    /// The uid pubstatd runs as.
    public var serviceUID: UInt32
    /// That uid's login name (`pubstat` under systemd), nil when the user database has none.
    public var serviceUserName: String?

    public init(serviceUID: UInt32, serviceUserName: String?) {
        self.serviceUID = serviceUID
        self.serviceUserName = serviceUserName
    }

    /// Root and the uid of this process.
    public static func rootAndThisProcess() -> AdminPolicy {
        let uid = Posix.currentUserID()
        return AdminPolicy(serviceUID: uid, serviceUserName: try? Posix.userName(uid: uid))
    }

    /// True when `peer` is root or the service's user; an unknown peer never is.
    public func allows(_ peer: Peer?) -> Bool {
        guard let peer else { return false }
        return peer.uid == 0 || peer.uid == serviceUID
    }

    /// Who may, in words: `root or the pubstat user (uid 998)`, or `root (uid 0, the user pubstatd runs as)`.
    public var whoMay: String {
        guard serviceUID != 0 else { return "root (uid 0, the user pubstatd runs as)" }
        let name = serviceUserName.map { "the \($0) user" } ?? "the user pubstatd runs as"
        return "root or \(name) (uid \(serviceUID))"
    }

    /// The 403's message for `peer`, who may not `action` (`re-extract the stored bulletins`)
    /// through `request` (`POST /v1/reextract`).
    public func refusal(of peer: Peer?, action: String, request: String) -> String {
        let who = peer.map { "you are \($0.userDescription)" }
            ?? "pubstatd could not tell who you are (SO_PEERCRED failed on your connection)"
        return "only \(whoMay) may \(action) (\(request)); \(who). Run the command as one of them, e.g. with sudo"
    }
}
