#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// An exclusive `flock(2)` on a lock file, held until this object is released.
///
/// Used to keep a second pubstatd off a state directory. The kernel drops the lock when the
/// process dies, so a stale lock file never blocks a restart.
public final class FileLock: Sendable {
    /// The lock file.
    public let path: String
    private let fd: CInt

    /// Creates `path` if needed and locks it without waiting. A lock held elsewhere throws a
    /// ``PosixError`` whose ``PosixError/isWouldBlock`` is true.
    public init(exclusive path: String) throws {
        let fd = try Posix.open(path, .readWrite, options: .create, mode: 0o644)
        do {
            try syscall("flock", path: path) { flock(fd, LOCK_EX | LOCK_NB) }
        } catch {
            try? Posix.close(fd)
            throw error
        }
        self.path = path
        self.fd = fd
    }

    deinit {
        try? Posix.close(fd)  // closing the descriptor releases the lock
    }
}
