#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

extension Posix {
    /// `open(2)`; returns the descriptor.
    public static func open(
        _ path: String, _ access: Access, options: OpenOptions = [], mode: mode_t = 0o644
    ) throws -> CInt {
        let flags = access.flag | options.rawValue | O_CLOEXEC
        return try syscall("open", path: path) { Glibc.open(path, flags, mode) }
    }

    /// `close(2)`. Not retried on `EINTR`: on Linux the descriptor is gone either way.
    public static func close(_ fd: CInt) throws {
        if Glibc.close(fd) == -1 {
            let err = errno
            if err == EINTR { return }
            precondition(err != EBADF, "close(\(fd)): bad file descriptor, a pubstat bug")
            throw PosixError(errno: err, call: "close")
        }
    }

    /// `read(2)` into `buffer`; returns the count read, 0 at end of file.
    public static func read(_ fd: CInt, into buffer: UnsafeMutableRawBufferPointer, path: String? = nil) throws -> Int {
        try syscall("read", path: path) { Glibc.read(fd, buffer.baseAddress, buffer.count) }
    }

    /// `pread(2)` at `offset` into `buffer`; returns the count read, 0 at end of file.
    public static func pread(
        _ fd: CInt, into buffer: UnsafeMutableRawBufferPointer, offset: Int64, path: String? = nil
    ) throws -> Int {
        try syscall("pread", path: path) { Glibc.pread(fd, buffer.baseAddress, buffer.count, off_t(offset)) }
    }

    /// Reads until `buffer` is full or end of file, starting at `offset`; returns the count read.
    public static func preadFully(
        _ fd: CInt, into buffer: UnsafeMutableRawBufferPointer, offset: Int64, path: String? = nil
    ) throws -> Int {
        var done = 0
        while done < buffer.count {
            let n = try pread(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]),
                              offset: offset + Int64(done), path: path)
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// `write(2)` in a loop until every byte is written (short writes are continued).
    public static func writeAll(_ fd: CInt, _ bytes: UnsafeRawBufferPointer, path: String? = nil) throws {
        var done = 0
        while done < bytes.count {
            done += try syscall("write", path: path) {
                Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            }
        }
    }

    /// `write(2)` of all of `bytes`, continuing short writes.
    public static func writeAll(_ fd: CInt, _ bytes: [UInt8], path: String? = nil) throws {
        try bytes.withUnsafeBytes { try writeAll(fd, $0, path: path) }
    }

    /// `pwrite(2)` in a loop until every byte is written at `offset`.
    public static func pwriteAll(_ fd: CInt, _ bytes: UnsafeRawBufferPointer, offset: Int64, path: String? = nil) throws {
        var done = 0
        while done < bytes.count {
            done += try syscall("pwrite", path: path) {
                Glibc.pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + Int64(done)))
            }
        }
    }

    /// `pwrite(2)` of all of `bytes` at `offset`.
    public static func pwriteAll(_ fd: CInt, _ bytes: [UInt8], offset: Int64, path: String? = nil) throws {
        try bytes.withUnsafeBytes { try pwriteAll(fd, $0, offset: offset, path: path) }
    }

    /// `fsync(2)`: data and metadata reach the disk.
    public static func fsync(_ fd: CInt, path: String? = nil) throws {
        try syscall("fsync", path: path) { Glibc.fsync(fd) }
    }

    /// `fdatasync(2)`: data (and the size) reach the disk.
    public static func fdatasync(_ fd: CInt, path: String? = nil) throws {
        try syscall("fdatasync", path: path) { Glibc.fdatasync(fd) }
    }

    /// `ftruncate(2)`.
    public static func ftruncate(_ fd: CInt, to size: Int64, path: String? = nil) throws {
        try syscall("ftruncate", path: path) { Glibc.ftruncate(fd, off_t(size)) }
    }

    /// Where `lseek(2)` counts from.
    public enum Whence: Sendable {
        case start, current, end

        var raw: CInt {
            switch self {
            case .start: SEEK_SET
            case .current: SEEK_CUR
            case .end: SEEK_END
            }
        }
    }

    /// `lseek(2)`; returns the new offset.
    @discardableResult
    public static func lseek(_ fd: CInt, _ offset: Int64, from whence: Whence = .start, path: String? = nil) throws -> Int64 {
        Int64(try syscall("lseek", path: path) { Glibc.lseek(fd, off_t(offset), whence.raw) })
    }

    /// `poll(2)` for readability of one descriptor; returns false on timeout.
    /// A negative `timeoutMillis` waits forever.
    public static func waitReadable(_ fd: CInt, timeoutMillis: CInt) throws -> Bool {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let n = try syscall("poll") { Glibc.poll(&pfd, 1, timeoutMillis) }
        return n > 0
    }
}
