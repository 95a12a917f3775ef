import PubstatPosix
import PubstatProjections
import Synchronization

/// The daemon's ``PackedRecordSpill``: an append-only scratch file under the state folder that
/// keeps the projections' packed figures and mentions out of memory.
///
/// It holds nothing the log and the snapshot do not: every start opens it anew, empty, and the
/// snapshot load and the log replay write it again as they fold. Its name is unlinked as soon as
/// it is open, so the file lives exactly as long as the process and a crash leaves nothing to
/// trust or clean (a name left by a crash between the open and the unlink is truncated and
/// unlinked by the next start). Nothing points into it from disk, so it needs no `fsync` and no
/// ordering against the log's appends: the log, never this file, is what a restart reads.
/// Written pages go to the page cache and on to the disk as the kernel pleases; the process's
/// memory keeps only each record's offset and length. Records of superseded events (a revision,
/// a re-extraction) are not reclaimed until the next start.
public final class PackedRecordFile: PackedRecordSpill {
    /// The name the file is opened under in the state folder, unlinked at once.
    public static let name = "packed-records.scratch"

    private let fd: CInt
    private let path: String
    /// Where the next record goes.
    private let end = Mutex<Int64>(0)

    /// Opens the scratch file in `directory` (the state folder), empty.
    public init(directory: String) throws {
        path = directory + "/" + Self.name
        fd = try Posix.open(path, .readWrite, options: [.create, .truncate], mode: 0o600)
        do {
            try Posix.unlink(path)
        } catch {
            try? Posix.close(fd)
            throw error
        }
    }

    deinit {
        try? Posix.close(fd)
    }

    /// Bytes written so far (records and any holes left by failed writes).
    public var size: Int64 { end.withLock { $0 } }

    public func keep(_ bytes: [UInt8]) -> Int64? {
        let offset = end.withLock { end in
            defer { end += Int64(bytes.count) }
            return end
        }
        do {
            try Posix.pwriteAll(fd, bytes, offset: offset, path: path)
            return offset
        } catch {
            return nil  // the hole stays unread; the caller keeps the record in memory
        }
    }

    public func bytes(at offset: Int64, count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            do {
                let read = try Posix.preadFully(fd, into: UnsafeMutableRawBufferPointer(buffer), offset: offset, path: path)
                precondition(read == count, "\(path) (unlinked): \(read) of \(count) bytes at \(offset)")
            } catch {
                preconditionFailure("\(path) (unlinked): cannot read back a packed record: \(error)")
            }
            initialized = count
        }
    }
}
