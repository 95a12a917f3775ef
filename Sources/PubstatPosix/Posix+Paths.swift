#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

extension Posix {
    /// `rename(2)`: atomically replaces `destination` if it exists.
    public static func rename(_ source: String, to destination: String) throws {
        try syscall("rename", path: source, destination: destination) { Glibc.rename(source, destination) }
    }

    /// Renames without ever replacing an existing `destination` (fails with `EEXIST`).
    ///
    /// Uses `renameat2(RENAME_NOREPLACE)`; where the kernel, libc or file system lacks it,
    /// falls back to `link(2)` + `unlink(2)`, which is equally safe against overwriting.
    public static func renameNoReplace(_ source: String, to destination: String) throws {
        if let renameat2 = RenameAt2.function {
            let result = renameat2(AT_FDCWD, source, AT_FDCWD, destination, RenameAt2.noReplace)
            if result == 0 { return }
            let err = errno
            if err == EINTR {
                // rename is atomic; on EINTR it either happened or not. Check and retry.
                if (try? stat(destination)) != nil, (try? stat(source)) == nil { return }
                return try renameNoReplace(source, to: destination)
            }
            if err != ENOSYS && err != EINVAL {
                throw PosixError(errno: err, call: "renameat2", path: source, destination: destination)
            }
        }
        try syscall("link", path: source, destination: destination) { Glibc.link(source, destination) }
        try unlink(source)
    }

    /// `unlink(2)`.
    public static func unlink(_ path: String) throws {
        try syscall("unlink", path: path) { Glibc.unlink(path) }
    }

    /// `unlink(2)`, doing nothing if the file does not exist; returns whether it existed.
    @discardableResult
    public static func unlinkIfExists(_ path: String) throws -> Bool {
        do {
            try unlink(path)
            return true
        } catch let error as PosixError where error.isNotFound {
            return false
        }
    }

    /// `mkdir(2)`.
    public static func mkdir(_ path: String, mode: mode_t = 0o755) throws {
        try syscall("mkdir", path: path) { Glibc.mkdir(path, mode) }
    }

    /// `mkdir -p`: creates `path` and any missing parents; an existing directory is fine.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws {
        if let status = try statIfExists(path) {
            if status.isDirectory { return }
            throw PosixError(errno: ENOTDIR, call: "mkdir", path: path)
        }
        let parent = parentDirectory(of: path)
        if parent != path { try makeDirectories(parent, mode: mode) }
        do {
            try mkdir(path, mode: mode)
        } catch let error as PosixError where error.isAlreadyExists {
            // Created concurrently; fine if it is a directory.
            if try stat(path).isDirectory == false { throw error }
        }
    }

    /// The names in a directory (without `.` and `..`), in the order `readdir(3)` returns them.
    public static func listDirectory(_ path: String) throws -> [String] {
        let dir = try syscallNonNil("opendir", path: path) { opendir(path) }
        defer { closedir(dir) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                let err = errno
                if err == 0 { break }
                if err == EINTR { continue }
                throw PosixError(errno: err, call: "readdir", path: path)
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// `fsync(2)` of a directory, making renames, creations and unlinks in it durable.
    public static func fsyncDirectory(_ path: String) throws {
        let fd = try open(path, .readOnly, options: .directory)
        defer { try? close(fd) }
        try fsync(fd, path: path)
    }

    /// The directory part of `path` (`dirname`): "a/b" → "a", "b" → ".", "/b" → "/".
    public static func parentDirectory(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// The last component of `path` (`basename`).
    public static func fileName(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}

/// `renameat2(2)` looked up at run time: Swift's Glibc module does not import it.
private enum RenameAt2 {
    typealias Function = @convention(c) (CInt, UnsafePointer<CChar>?, CInt, UnsafePointer<CChar>?, CUnsignedInt) -> CInt
    static let noReplace: CUnsignedInt = 1  // RENAME_NOREPLACE
    static let function: Function? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()
}
