#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// Thin, typed wrappers over the system calls pubstat uses. Every call goes through
/// ``syscall(_:path:destination:_:)``: `EINTR` is retried, failures throw a
/// ``PosixError`` naming the call, the path and errno.
///
/// Descriptors are plain `CInt`s and always opened with `O_CLOEXEC`.
public enum Posix {}

extension Posix {
    /// How a file is opened for access (`O_RDONLY`, `O_WRONLY`, `O_RDWR`).
    public enum Access: Sendable {
        case readOnly, writeOnly, readWrite

        var flag: CInt {
            switch self {
            case .readOnly: O_RDONLY
            case .writeOnly: O_WRONLY
            case .readWrite: O_RDWR
            }
        }
    }

    /// Extra `open(2)` flags. `O_CLOEXEC` is always added.
    public struct OpenOptions: OptionSet, Sendable {
        public let rawValue: CInt
        public init(rawValue: CInt) { self.rawValue = rawValue }

        /// `O_CREAT`
        public static let create = OpenOptions(rawValue: O_CREAT)
        /// `O_EXCL` (with `.create`: fail if the file exists)
        public static let exclusive = OpenOptions(rawValue: O_EXCL)
        /// `O_TRUNC`
        public static let truncate = OpenOptions(rawValue: O_TRUNC)
        /// `O_APPEND`
        public static let append = OpenOptions(rawValue: O_APPEND)
        /// `O_DIRECTORY`
        public static let directory = OpenOptions(rawValue: O_DIRECTORY)
        /// `O_NOFOLLOW`
        public static let noFollow = OpenOptions(rawValue: O_NOFOLLOW)
        /// `O_NONBLOCK`
        public static let nonBlocking = OpenOptions(rawValue: O_NONBLOCK)
    }
}
