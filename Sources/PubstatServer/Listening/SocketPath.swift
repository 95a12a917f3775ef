#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system side of listening on a socket path: clearing a stale file and setting the mode.
enum SocketPath {
    /// Makes `path` free to bind: nothing there, or a stale socket nobody answers on (removed).
    static func prepare(_ path: String) throws(PubstatServerError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw .socketPath(path: path, operation: "lstat", errno: errno)
        }
        guard info.st_mode & S_IFMT == S_IFSOCK else { throw .notASocket(path: path) }
        if try isAnswering(path) { throw .alreadyListening(path: path) }
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .socketPath(path: path, operation: "remove stale socket", errno: errno)
        }
    }

    /// Sets the socket file's permission bits (bind honours the umask, so they need setting afterwards).
    static func setMode(_ path: String, _ mode: mode_t) throws(PubstatServerError) {
        guard chmod(path, mode) == 0 else { throw .socketPath(path: path, operation: "chmod", errno: errno) }
    }

    /// True when a connect to the socket succeeds; false when it is refused (a stale file).
    static func isAnswering(_ path: String) throws(PubstatServerError) -> Bool {
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw .socketPath(path: path, operation: "socket() to probe", errno: errno) }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.utf8.count < capacity else {
            throw .socketPath(path: path, operation: "bind (path longer than \(capacity - 1) bytes)", errno: ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: path.utf8)
            buffer[path.utf8.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if result == 0 { return true }
        switch errno {
        case ECONNREFUSED, ENOENT: return false
        case let code: throw .socketPath(path: path, operation: "probe (connect to)", errno: code)
        }
    }
}
