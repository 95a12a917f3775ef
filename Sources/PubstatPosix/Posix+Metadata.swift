#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// What `stat(2)` says about a file, reduced to what pubstat needs.
public struct FileStatus: Hashable, Sendable {
    /// Size in bytes.
    public var size: Int64
    /// Last modification, nanoseconds since 1970-01-01T00:00:00Z.
    public var modificationTimeNanos: Int64
    public var isRegular: Bool
    public var isDirectory: Bool
    /// Permission bits (`st_mode & 0o7777`).
    public var permissions: mode_t
    public var device: UInt64
    public var inode: UInt64

    init(_ st: stat) {
        size = Int64(st.st_size)
        modificationTimeNanos = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        isRegular = (st.st_mode & S_IFMT) == S_IFREG
        isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
        permissions = st.st_mode & 0o7777
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

extension Posix {
    /// `stat(2)` (follows symlinks).
    public static func stat(_ path: String) throws -> FileStatus {
        var st = Glibc.stat()
        try syscall("stat", path: path) { systemStat(path, &st) }
        return FileStatus(st)
    }

    /// `stat(2)`, or nil if nothing exists at `path`.
    public static func statIfExists(_ path: String) throws -> FileStatus? {
        do {
            return try stat(path)
        } catch let error as PosixError where error.isNotFound {
            return nil
        }
    }

    /// `fstat(2)`.
    public static func fstat(_ fd: CInt, path: String? = nil) throws -> FileStatus {
        var st = Glibc.stat()
        try syscall("fstat", path: path) { Glibc.fstat(fd, &st) }
        return FileStatus(st)
    }
}

/// `stat(2)` itself; inside `Posix` the name means the struct or ``Posix/stat(_:)``.
private func systemStat(_ path: String, _ buffer: UnsafeMutablePointer<stat>) -> CInt {
    stat(path, buffer)
}
