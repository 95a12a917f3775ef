#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where ``PubstatHTTPServer`` listens.
public enum ServerSocket: Sendable, Hashable, CustomStringConvertible {
    /// Bind a Unix socket at this path and give the file this mode (0660 by default: owner and group may connect).
    ///
    /// A stale socket file is removed first, but only when nothing answers on it; when another
    /// server is listening there, starting fails with ``PubstatServerError/alreadyListening(path:)``.
    case path(String, mode: mode_t = 0o660)
    /// Adopt a listening socket passed in by systemd socket activation (usually descriptor 3).
    case inherited(fd: Int32)

    public var description: String {
        switch self {
        case .path(let path, let mode): "\(path) (mode \(String(mode, radix: 8)))"
        case .inherited(let fd): "inherited socket fd \(fd)"
        }
    }
}
