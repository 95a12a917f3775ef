import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Sockets passed by systemd socket activation (`pubstatd.socket`, or `systemd-socket-activate` in tests).
public enum SocketActivation {
    /// The listening AF_UNIX stream sockets passed to this process, starting at `SD_LISTEN_FDS_START` (3).
    ///
    /// Empty when the process was not socket-activated: the daemon then binds its own socket.
    /// Unsets `LISTEN_PID`/`LISTEN_FDS`/`LISTEN_FDNAMES` so child processes do not inherit them;
    /// the descriptors are close-on-exec. Call it once, early.
    public static func listeners() throws(SystemdError) -> [Int32] {
        let count = sd_listen_fds(1)
        if count < 0 { throw .listenFDs(errno: -count) }
        let first = Int32(SD_LISTEN_FDS_START)
        let descriptors = (0..<count).map { first + $0 }
        for fd in descriptors {
            let isListener = sd_is_socket_unix(fd, Int32(SOCK_STREAM.rawValue), 1, nil, 0)
            if isListener < 0 { throw .notAUnixListener(fd: fd, errno: -isListener) }
            if isListener == 0 { throw .notAUnixListener(fd: fd) }
        }
        return descriptors
    }
}
