#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the server could not start listening.
public enum PubstatServerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another process accepts connections on the socket path.
    case alreadyListening(path: String)
    /// The path exists and is not a socket; it is left alone.
    case notASocket(path: String)
    /// A system call on the socket path failed.
    case socketPath(path: String, operation: String, errno: Int32)
    /// The inherited descriptor is not a listening stream socket.
    case badInheritedSocket(fd: Int32, reason: String)
    /// Binding or adopting the socket failed in SwiftNIO.
    case listen(socket: String, reason: String)

    public var description: String {
        switch self {
        case .alreadyListening(let path):
            "another pubstatd is already listening on \(path); stop it first or choose another --socket path"
        case .notASocket(let path):
            "\(path) exists and is not a socket; refusing to replace it"
        case .socketPath(let path, let operation, let code):
            "\(operation) \(path) failed: \(String(cString: strerror(code))) (errno \(code))"
        case .badInheritedSocket(let fd, let reason):
            "inherited descriptor \(fd) is not usable: \(reason)"
        case .listen(let socket, let reason):
            "cannot listen on \(socket): \(reason)"
        }
    }
}
