#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// What kind of file a directory entry is (`st_mode & S_IFMT`, or a `d_type`).
public enum FileKind: String, Hashable, Sendable {
    case regular = "regular file"
    case directory
    case symbolicLink = "symbolic link"
    case fifo = "named pipe (FIFO)"
    case socket = "socket"
    case characterDevice = "character device"
    case blockDevice = "block device"
    case unknown = "file of unknown type"

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        default: self = .unknown
        }
    }

    /// The kind named by a `readdir(3)` `d_type`; nil for `DT_UNKNOWN` (the file system does not say).
    init?(directoryEntryType type: UInt8) {
        switch Int(type) {
        case Int(DT_REG): self = .regular
        case Int(DT_DIR): self = .directory
        case Int(DT_LNK): self = .symbolicLink
        case Int(DT_FIFO): self = .fifo
        case Int(DT_SOCK): self = .socket
        case Int(DT_CHR): self = .characterDevice
        case Int(DT_BLK): self = .blockDevice
        default: return nil
        }
    }
}

/// What `stat(2)` says about a file, reduced to what pubstat needs.
public struct FileStatus: Hashable, Sendable {
    /// Size in bytes.
    public var size: Int64
    /// Last modification, nanoseconds since 1970-01-01T00:00:00Z.
    public var modificationTimeNanos: Int64
    /// Last status change (every write, `utimes` and `chmod` moves it; no writer can set it back),
    /// nanoseconds since 1970-01-01T00:00:00Z.
    public var changeTimeNanos: Int64
    public var kind: FileKind
    public var isRegular: Bool
    public var isDirectory: Bool
    /// Permission bits (`st_mode & 0o7777`).
    public var permissions: mode_t
    public var device: UInt64
    public var inode: UInt64

    init(_ st: stat) {
        size = Int64(st.st_size)
        modificationTimeNanos = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changeTimeNanos = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        kind = FileKind(mode: st.st_mode)
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

    /// `lstat(2)`: a symbolic link itself, not what it points to.
    public static func lstat(_ path: String) throws -> FileStatus {
        var st = Glibc.stat()
        try syscall("lstat", path: path) { systemLstat(path, &st) }
        return FileStatus(st)
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

/// `lstat(2)` itself, for the same reason.
private func systemLstat(_ path: String, _ buffer: UnsafeMutablePointer<stat>) -> CInt {
    lstat(path, buffer)
}
