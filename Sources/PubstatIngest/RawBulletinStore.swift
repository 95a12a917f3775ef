import PubstatModel
import PubstatPosix

/// Keeps every bulletin's bytes, named by their SHA-256, so a newer extractor can read them
/// again (`pubstatctl reextract`). Written atomically and durably before the log records it.
public struct RawBulletinStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `<store>/<first two hex digits>/<sha256>`.
    public func path(of id: BulletinID) -> String {
        "\(directory)/\(id.rawValue.prefix(2))/\(id.rawValue)"
    }

    /// Stores the bytes unless a copy is already there. With `durable: false` the copy is
    /// complete when visible but may not survive a power cut until ``syncAll()``; with `durable`
    /// it is durable on return, whether written now or before (by a batch not yet synced), and
    /// so is the folder holding it.
    public func store(_ bytes: [UInt8], as id: BulletinID, durable: Bool = true) throws {
        let path = path(of: id)
        let folder = Posix.parentDirectory(of: path)
        if try Posix.statIfExists(path) != nil {
            if durable {
                let fd = try Posix.open(path, .readOnly)
                defer { try? Posix.close(fd) }
                try Posix.fsync(fd, path: path)
                try Posix.fsyncDirectory(folder)
                try Posix.fsyncDirectory(directory)
            }
            return
        }
        let created = try Posix.statIfExists(folder) == nil
        try Posix.makeDirectories(folder, mode: 0o750)
        try Posix.writeFileAtomically(path, bytes, mode: 0o640, durable: durable)
        if durable && created { try Posix.fsyncDirectory(directory) }
    }

    /// Makes every copy stored so far durable (one `syncfs` for the batch).
    public func syncAll() throws {
        try Posix.syncFileSystem(containing: directory)
    }

    public func load(_ id: BulletinID) throws -> [UInt8] {
        try Posix.readFile(path(of: id), maxBytes: Int.max)
    }
}
