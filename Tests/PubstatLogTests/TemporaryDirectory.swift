import Glibc
import PubstatPosix

/// A fresh directory under $TMPDIR (mkdtemp), removed with everything in it by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(base)/pubstat-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard let made else { throw PosixError(errno: errno, call: "mkdtemp", path: base) }
        path = String(cString: made)
    }

    func file(_ name: String) -> String { "\(path)/\(name)" }

    /// `rm -r`.
    func remove() {
        Self.removeTree(path)
    }

    private static func removeTree(_ path: String) {
        if let status = try? Posix.stat(path), status.isDirectory {
            for name in (try? Posix.listDirectory(path)) ?? [] { removeTree("\(path)/\(name)") }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// Runs `body` with a temporary directory that is removed afterwards.
func withTemporaryDirectory<T>(_ body: (TemporaryDirectory) async throws -> T) async throws -> T {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    return try await body(directory)
}
