/// A failure talking to systemd, with the errno libsystemd reported.
public struct SystemdError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case notify
        case listenFDs
        case notAUnixListener(fd: Int32)
        case watchdog
    }

    private let code: Code
    /// The positive errno value, or 0 when the failure is not an errno.
    public let errno: Int32

    private init(_ code: Code, errno: Int32) {
        self.code = code
        self.errno = errno
    }

    /// `sd_notify` failed: systemd will not learn the daemon's state.
    static func notify(errno: Int32) -> SystemdError { SystemdError(.notify, errno: errno) }

    /// `sd_listen_fds` rejected the `LISTEN_PID`/`LISTEN_FDS` environment.
    static func listenFDs(errno: Int32) -> SystemdError { SystemdError(.listenFDs, errno: errno) }

    /// A passed descriptor is not a listening AF_UNIX stream socket.
    static func notAUnixListener(fd: Int32, errno: Int32 = 0) -> SystemdError {
        SystemdError(.notAUnixListener(fd: fd), errno: errno)
    }

    /// `sd_watchdog_enabled` rejected `WATCHDOG_USEC`/`WATCHDOG_PID`.
    static func watchdog(errno: Int32) -> SystemdError { SystemdError(.watchdog, errno: errno) }

    public var description: String {
        let reason = errno == 0 ? "" : " (\(ErrnoText.describe(errno)))"
        switch code {
        case .notify:
            return "cannot notify systemd through NOTIFY_SOCKET\(reason)"
        case .listenFDs:
            return "cannot take over the sockets passed by systemd (LISTEN_FDS/LISTEN_PID)\(reason)"
        case .notAUnixListener(let fd):
            return "descriptor \(fd) passed by systemd is not a listening AF_UNIX stream socket;"
                + " check ListenStream= in pubstatd.socket\(reason)"
        case .watchdog:
            return "invalid watchdog settings in WATCHDOG_USEC/WATCHDOG_PID\(reason)"
        }
    }
}
