#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// A failed system call: which call, on which path(s), and the `errno` it set.
///
/// `description` reads like a sysadmin's diagnostic, e.g.
/// `rename(var/inbox/a.txt → var/processed/a.txt) failed: No space left on device (errno 28)`.
public struct PosixError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The `errno` value the call set.
    public let errno: CInt
    /// The name of the call, e.g. `open` or `renameat2`.
    public let call: String
    /// The path the call was about, if any.
    public let path: String?
    /// The second path of a two-path call (the rename destination), if any.
    public let destination: String?

    public init(errno: CInt, call: String, path: String? = nil, destination: String? = nil) {
        self.errno = errno
        self.call = call
        self.path = path
        self.destination = destination
    }

    /// `strerror(errno)`, e.g. "No such file or directory".
    public var message: String { String(cString: strerror(errno)) }

    /// The file or directory does not exist (`ENOENT`).
    public var isNotFound: Bool { errno == ENOENT }
    /// The file or directory already exists (`EEXIST`).
    public var isAlreadyExists: Bool { errno == EEXIST }
    /// The lock is held by someone else (`EWOULDBLOCK`).
    public var isWouldBlock: Bool { errno == EWOULDBLOCK || errno == EAGAIN }

    /// A condition of the moment rather than of the file: out of descriptors (`EMFILE`,
    /// `ENFILE`), memory (`ENOMEM`, `ENOBUFS`), an I/O error (`EIO`) or a resource busy for now
    /// (`EAGAIN`). Worth trying again later; never a reason to give up on a file.
    public var isTransient: Bool {
        [EMFILE, ENFILE, ENOMEM, ENOBUFS, EIO, EAGAIN, EWOULDBLOCK].contains(errno)
    }

    public var description: String {
        var subject = ""
        switch (path, destination) {
        case (let p?, let d?): subject = "\(p) → \(d)"
        case (let p?, nil): subject = p
        case (nil, let d?): subject = d
        case (nil, nil): break
        }
        return "\(call)(\(subject)) failed: \(message) (errno \(errno))"
    }
}
