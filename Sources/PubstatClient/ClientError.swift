/// Why a request to pubstatd failed, worded for the person at the terminal.
public enum ClientError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Absence: Hashable, Sendable {
        /// No file at the socket path.
        case noSocket
        /// A socket file nobody listens on (left over from a crash).
        case refused
    }

    /// Nothing answers on the socket.
    case notRunning(socketPath: String, Absence)
    /// The socket exists but this user may not connect to it.
    case permissionDenied(socketPath: String)
    /// No complete answer within the time limit.
    case timeout(socketPath: String, seconds: Double)
    /// The connection failed in another way.
    case connectionFailed(socketPath: String, reason: String)
    /// The daemon's answer was not the HTTP/JSON expected.
    case badResponse(String)
    /// The daemon answered with an error status and message.
    case server(status: Int, message: String)

    public var description: String {
        switch self {
        case .notRunning(let path, .noSocket):
            "pubstatd is not running (no socket at \(path)); start it with `swift run pubstatd` or `systemctl start pubstatd`"
        case .notRunning(let path, .refused):
            "pubstatd is not running (nothing listens on \(path), a stale socket file); start it with `swift run pubstatd` or `systemctl start pubstatd`"
        case .permissionDenied(let path):
            "permission denied on \(path): the socket is mode 0660, so join its group (e.g. `usermod -aG pubstat $USER`) or run as its owner"
        case .timeout(let path, let seconds):
            "pubstatd did not answer on \(path) within \(seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) s"
        case .connectionFailed(let path, let reason):
            "cannot talk to pubstatd on \(path): \(reason)"
        case .badResponse(let reason):
            "unexpected answer from pubstatd: \(reason)"
        case .server(let status, let message):
            "pubstatd answered \(status): \(message)"
        }
    }

    /// A sysexits(3) code for command-line tools: 69 (unavailable) when the daemon is not running.
    public var exitCode: Int32 {
        switch self {
        case .notRunning: 69  // EX_UNAVAILABLE
        case .permissionDenied: 77  // EX_NOPERM
        case .timeout: 75  // EX_TEMPFAIL
        case .connectionFailed: 69
        case .badResponse: 76  // EX_PROTOCOL
        case .server(403, _): 77  // an admin request from someone who is neither root nor the service user
        case .server(let status, _): status >= 500 ? 70 : 65  // EX_SOFTWARE, EX_DATAERR
        }
    }
}
