#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks on a descriptor handed over by systemd before SwiftNIO adopts it.
enum InheritedSocket {
    /// Throws unless `fd` is an open stream socket that is listening.
    static func validate(_ fd: Int32) throws(PubstatServerError) {
        guard fd >= 0 else { throw .badInheritedSocket(fd: fd, reason: "negative descriptor") }
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        guard let type = option(fd, SO_TYPE) else {
            throw .badInheritedSocket(fd: fd, reason: "not an open socket (\(String(cString: strerror(errno))))")
        }
        guard type == stream else { throw .badInheritedSocket(fd: fd, reason: "not a stream socket") }
        #if canImport(Glibc)
        guard option(fd, SO_ACCEPTCONN) == 1 else {
            throw .badInheritedSocket(fd: fd, reason: "not listening; check ListenStream= in the .socket unit")
        }
        #endif
    }

    private static func option(_ fd: Int32, _ name: Int32) -> Int32? {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(fd, SOL_SOCKET, name, &value, &length) == 0 ? value : nil
    }
}
