#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The socket file this server created, so that shutdown removes it and never a successor's.
struct SocketFileIdentity {
    let path: String
    let device: UInt64
    let inode: UInt64

    /// Records the file behind a `.path` socket; nil for an inherited socket (systemd owns that file).
    init?(_ socket: ServerSocket) {
        guard case .path(let path, _) = socket, let info = Self.fileStatus(path) else { return nil }
        self.path = path
        self.device = UInt64(info.st_dev)
        self.inode = UInt64(info.st_ino)
    }

    /// Unlinks the socket file if it is still the one this server bound.
    func removeIfUnchanged() {
        guard let info = Self.fileStatus(path), UInt64(info.st_dev) == device, UInt64(info.st_ino) == inode else { return }
        unlink(path)
    }

    private static func fileStatus(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }
}
