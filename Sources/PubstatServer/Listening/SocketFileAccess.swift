import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may connect to a socket systemd passed in: the file's mode and owner, as the socket unit
/// set them (`SocketMode=`, `SocketUser=`, `SocketGroup=`). pubstatd does not change them; it logs
/// them, and warns when users outside the owner and group may connect.
struct SocketFileAccess: Equatable {
    let path: String
    let mode: mode_t
    let uid: uid_t
    let gid: gid_t

    /// The file the listening socket `fd` is bound to; nil for an abstract or unnamed socket.
    init?(boundTo fd: Int32) {
        var address = sockaddr_un()
        var length = socklen_t(MemoryLayout<sockaddr_un>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0, address.sun_family == sa_family_t(AF_UNIX) else { return nil }
        let path = withUnsafeBytes(of: address.sun_path) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        var info = stat()
        guard !path.isEmpty, lstat(path, &info) == 0 else { return nil }
        self.path = path
        mode = info.st_mode & 0o7777
        uid = info.st_uid
        gid = info.st_gid
    }

    /// True when users other than the owner and the group may connect (connecting needs write permission).
    var othersMayConnect: Bool { mode & 0o002 != 0 }

    /// Logs the mode and owner, with a warning when others may connect.
    func log(to logger: Logger) {
        let metadata: Logger.Metadata = [
            "socket.path": "\(path)", "socket.mode": "\(String(mode, radix: 8))", "socket.uid": "\(uid)", "socket.gid": "\(gid)",
        ]
        if othersMayConnect {
            logger.warning(
                "every local user may connect to the inherited API socket and read the API (admin routes stay for root and the service's user); set SocketMode=0660 in pubstatd.socket",
                metadata: metadata)
        } else {
            logger.info("inherited API socket", metadata: metadata)
        }
    }
}
