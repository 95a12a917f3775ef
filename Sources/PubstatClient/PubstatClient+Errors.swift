import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PubstatClient {
    /// Fails early, with the clearest message, when there is no socket file at all.
    func checkSocketFile() throws(ClientError) {
        var info = stat()
        guard lstat(socketPath, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notRunning(socketPath: socketPath, .noSocket) }
            if errno == EACCES { throw .permissionDenied(socketPath: socketPath) }
            throw .connectionFailed(socketPath: socketPath, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFSOCK else {
            throw .connectionFailed(socketPath: socketPath, reason: "the file there is not a socket")
        }
    }

    /// Maps SwiftNIO's errors to what the user needs to know.
    func classify(_ error: any Error, elapsed: Duration) -> ClientError {
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return .notRunning(socketPath: socketPath, .refused)
            case ENOENT: return .notRunning(socketPath: socketPath, .noSocket)
            case EACCES, EPERM: return .permissionDenied(socketPath: socketPath)
            default: break
            }
        }
        if case UnixHTTPExchange.ExchangeFailure.deadline = error {
            return .timeout(socketPath: socketPath, seconds: timeout.secondsValue)
        }
        if case ChannelError.connectTimeout = error {
            return .timeout(socketPath: socketPath, seconds: timeout.secondsValue)
        }
        if elapsed >= timeout {
            return .timeout(socketPath: socketPath, seconds: timeout.secondsValue)
        }
        if error is UnixHTTPExchange.ExchangeFailure {
            return .badResponse("the connection closed before the whole answer arrived")
        }
        if let socketError = error as? SocketAddressError {
            return .connectionFailed(socketPath: socketPath, reason: "\(socketError)")
        }
        return .connectionFailed(socketPath: socketPath, reason: "\(error)")
    }
}
