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
        try source.withCString { try renameNoReplace($0, named: source, to: destination) }
    }

    /// ``renameNoReplace(_:to:)`` for a source named by raw bytes (a name that is not UTF-8,
    /// which a `String` cannot carry); `directory` is the folder it is in.
    public static func renameNoReplace(_ entry: DirectoryEntry, in directory: String, to destination: String) throws {
        let path = Array(directory.utf8) + [UInt8(ascii: "/")] + entry.rawName + [0]
        try path.withUnsafeBufferPointer { bytes in
            try bytes.withMemoryRebound(to: CChar.self) {
                try renameNoReplace($0.baseAddress!, named: "\(directory)/\(entry.displayName)", to: destination)
            }
        }
    }

    private static func renameNoReplace(_ sourcePath: UnsafePointer<CChar>, named source: String, to destination: String) throws {
        if let renameat2 = RenameAt2.function {
            let result = renameat2(AT_FDCWD, sourcePath, AT_FDCWD, destination, RenameAt2.noReplace)
            if result == 0 { return }
            let err = errno
            if err == EINTR {
                // rename is atomic; on EINTR it either happened or not. Check and retry.
                if (try? lstat(destination)) != nil, Glibc.access(sourcePath, F_OK) != 0 { return }
                return try renameNoReplace(sourcePath, named: source, to: destination)
            }
            if err != ENOSYS && err != EINVAL {
                throw PosixError(errno: err, call: "renameat2", path: source, destination: destination)
            }
        }
        try syscall("link", path: source, destination: destination) { Glibc.link(sourcePath, destination) }
        try syscall("unlink", path: source) { Glibc.unlink(sourcePath) }
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
        try listDirectoryEntries(path).map { String(decoding: $0.rawName, as: UTF8.self) }
    }

    /// The entries of a directory (without `.` and `..`) with their raw names and, where the
    /// file system says, their kind: unlike ``listDirectory(_:)``, a name that is not UTF-8 is kept
    /// as it is rather than repaired into a name that does not exist.
    public static func listDirectoryEntries(_ path: String) throws -> [DirectoryEntry] {
        let dir = try syscallNonNil("opendir", path: path) { opendir(path) }
        defer { closedir(dir) }
        var entries: [DirectoryEntry] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                let err = errno
                if err == 0 { break }
                if err == EINTR { continue }
                throw PosixError(errno: err, call: "readdir", path: path)
            }
            let raw = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)))) }
            }
            if raw == [0x2E] || raw == [0x2E, 0x2E] { continue }
            entries.append(DirectoryEntry(rawName: raw, kind: FileKind(directoryEntryType: entry.pointee.d_type)))
        }
        return entries
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

/// One entry of a directory as `readdir(3)` returns it.
public struct DirectoryEntry: Hashable, Sendable {
    /// The name's bytes, exactly as stored.
    public var rawName: [UInt8]
    /// The kind of file, when the file system says (`d_type`); nil when it must be asked with `lstat`.
    public var kind: FileKind?

    public init(rawName: [UInt8], kind: FileKind?) {
        self.rawName = rawName
        self.kind = kind
    }

    /// The name, or nil when its bytes are not valid UTF-8.
    public var name: String? { String(validating: rawName, as: UTF8.self) }

    /// The name for people: invalid bytes shown as `\xNN`.
    public var displayName: String {
        if let name { return name }
        var text = ""
        var rest = rawName[...]
        while !rest.isEmpty {
            // the longest valid prefix, then one invalid byte
            var length = rest.count
            while length > 0, String(validating: rest.prefix(length), as: UTF8.self) == nil { length -= 1 }
            if length > 0 {
                text += String(decoding: rest.prefix(length), as: UTF8.self)
                rest = rest.dropFirst(length)
            } else {
                text += "\\x" + String(rest.first!, radix: 16, uppercase: true).leftPadded(to: 2)
                rest = rest.dropFirst()
            }
        }
        return text
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
