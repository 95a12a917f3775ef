import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plays systemd's part in socket activation: owns a listening Unix socket across daemon
/// restarts and starts pubstatd with it as descriptor 3 (`LISTEN_FDS=1`, `LISTEN_PID`).
final class SocketHolder: @unchecked Sendable {
    let path: String
    let descriptor: CInt

    init(path: String) throws {
        unlink(path)
        let fd = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HolderError(what: "socket", code: errno) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8.prefix(raw.count - 1)) + [0]
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw HolderError(what: "bind/listen \(path)", code: errno)
        }
        self.descriptor = fd
        self.path = path
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// Spawns `executable` with the socket as fd 3; returns its pid.
    func spawn(_ executable: String, arguments: [String], environment: [String: String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptor, 3)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // The shell learns its own pid ($$) and execs pubstatd, which keeps that pid.
        let script = #"export LISTEN_PID=$$ LISTEN_FDS=1 LISTEN_FDNAMES=pubstatd.socket; exec "$0" "$@""#
        let argv = ["/bin/sh", "-c", script, executable] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let result = withCStrings(argv) { cArgv in
            withCStrings(envp) { cEnvp in posix_spawn(&pid, "/bin/sh", &actions, nil, cArgv, cEnvp) }
        }
        guard result == 0 else { throw HolderError(what: "posix_spawn", code: result) }
        return pid
    }

    struct HolderError: Error, CustomStringConvertible {
        let what: String
        let code: CInt
        var description: String { "\(what) failed: \(String(cString: strerror(code)))" }
    }
}

private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
