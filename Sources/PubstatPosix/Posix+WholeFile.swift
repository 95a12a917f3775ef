#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

extension Posix {
    /// Reads a whole file. Throws `EFBIG` ("File too large") if it is larger than `maxBytes`.
    public static func readFile(_ path: String, maxBytes: Int = 64 << 20) throws -> [UInt8] {
        let fd = try open(path, .readOnly)
        defer { try? close(fd) }
        return try readAll(fd, path: path, maxBytes: maxBytes)
    }

    /// Reads everything from the current offset of the open file `fd` to its end. Throws `EFBIG`
    /// ("File too large") if that is more than `maxBytes`. `path` only names the file in errors.
    public static func readAll(_ fd: CInt, path: String? = nil, maxBytes: Int = 64 << 20) throws -> [UInt8] {
        let size = Int(try fstat(fd, path: path).size)
        if size > maxBytes { throw PosixError(errno: EFBIG, call: "read", path: path) }
        var bytes = [UInt8](repeating: 0, count: size + 1)  // +1 notices growth since fstat
        var count = 0
        while true {
            if count == bytes.count {
                if count > maxBytes { throw PosixError(errno: EFBIG, call: "read", path: path) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let n = try bytes.withUnsafeMutableBytes {
                try read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[count...]), path: path)
            }
            if n == 0 { break }
            count += n
        }
        if count > maxBytes { throw PosixError(errno: EFBIG, call: "read", path: path) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Reads a whole file into `buffer`, reusing its storage: reading many large files one
    /// after another then costs no fresh allocation (and no page faults) per file.
    public static func readFile(_ path: String, into buffer: inout [UInt8], maxBytes: Int = 64 << 20) throws {
        let fd = try open(path, .readOnly)
        defer { try? close(fd) }
        let size = Int(try fstat(fd, path: path).size)
        if size > maxBytes { throw PosixError(errno: EFBIG, call: "read", path: path) }
        if buffer.count < size {
            buffer.append(contentsOf: repeatElement(0, count: size - buffer.count))
        } else {
            buffer.removeLast(buffer.count - size)
        }
        var count = 0
        while count < size {
            let n = try buffer.withUnsafeMutableBytes {
                try read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[count...]), path: path)
            }
            if n == 0 { break }
            count += n
        }
        buffer.removeLast(size - count)  // the file shrank since fstat
    }

    /// Writes `bytes` to `path` so that readers and crashes see either the old file or the new
    /// one, never a mix: writes a temporary file beside it, fsyncs it, renames it over `path`,
    /// and fsyncs the directory.
    ///
    /// With `durable: false` the fsyncs are left out: readers still see the old or the new file,
    /// and the caller makes many such writes durable at once with ``syncFileSystem(containing:)``.
    public static func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644, durable: Bool = true) throws {
        try writeFileAtomically(path, mode: mode, durable: durable) { write in try write(bytes) }
    }

    /// As ``writeFileAtomically(_:_:mode:durable:)``, with the content handed over piece by
    /// piece: `produce` calls its argument with each piece, in order, so that a large file is
    /// never held whole in memory.
    public static func writeFileAtomically(
        _ path: String, mode: mode_t = 0o644, durable: Bool = true, producing produce: (_ write: ([UInt8]) throws -> Void) throws -> Void
    ) throws {
        let directory = parentDirectory(of: path)
        let temporary = "\(directory)/\(temporaryName(for: fileName(of: path)))"
        let fd = try open(temporary, .writeOnly, options: [.create, .exclusive], mode: mode)
        do {
            try produce { piece in try writeAll(fd, piece, path: temporary) }
            if durable { try fsync(fd, path: temporary) }
            try close(fd)
        } catch {
            try? close(fd)
            try? unlink(temporary)
            throw error
        }
        do {
            try rename(temporary, to: path)
        } catch {
            try? unlink(temporary)
            throw error
        }
        if durable { try fsyncDirectory(directory) }
    }

    /// A free name to write `name` under before renaming it: `.<name>.tmp-<pid>-<random>`, with
    /// `name` cut short (at a character boundary) so that the whole stays within `NAME_MAX`.
    static func temporaryName(for name: String) -> String {
        let suffix = ".tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        return "." + name.prefix(utf8Bytes: Int(NAME_MAX) - 1 - suffix.utf8.count) + suffix
    }

    /// `syncfs(2)`: makes everything written to the file system holding `path` durable, in one
    /// call, so a batch of files costs one flush instead of two fsyncs each.
    /// Falls back to `sync(2)` where libc has no `syncfs`.
    public static func syncFileSystem(containing path: String) throws {
        let fd = try open(path, .readOnly, options: .directory)
        defer { try? close(fd) }
        guard let syncfs = SyncFS.function else {
            Glibc.sync()
            return
        }
        try syscall("syncfs", path: path) { syncfs(fd) }
    }
}

/// `syncfs(2)`, which Swift's Glibc module does not import (it needs `_GNU_SOURCE`).
private enum SyncFS {
    typealias Function = @convention(c) (CInt) -> CInt
    static let function: Function? = {
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()
}

extension String {
    /// The longest prefix of at most `limit` UTF-8 bytes that ends on a character boundary.
    public func prefix(utf8Bytes limit: Int) -> String {
        guard utf8.count > limit else { return self }
        var result = ""
        var used = 0
        for character in self {
            let size = character.utf8.count
            if used + size > limit { break }
            result.append(character)
            used += size
        }
        return result
    }
}
