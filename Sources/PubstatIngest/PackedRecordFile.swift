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
///
/// Records are gathered in memory and written a block (``blockSize``) at a time: one `pwrite`
/// for ~40 bulletins' records instead of two for each. A record not yet written is read back
/// from the block; a block that cannot be written stays in memory (its records were promised).
public final class PackedRecordFile: PackedRecordSpill {
    /// The name the file is opened under in the state folder, unlinked at once.
    public static let name = "packed-records.scratch"

    /// How many bytes of records are gathered before one `pwrite`.
    public let blockSize: Int

    private struct State {
        /// Where the next record goes.
        var end: Int64 = 0
        /// Bytes before this offset are in the file (or in `unwritten`); from it on, in `pending`.
        var written: Int64 = 0
        /// Records kept since the last write, in order, starting at `written`.
        var pending: [UInt8] = []
        /// Blocks whose write failed, by offset: kept in memory for good.
        var unwritten: [(offset: Int64, bytes: [UInt8])] = []
    }

    private let fd: CInt
    private let path: String
    private let state = Mutex(State())

    /// Opens the scratch file in `directory` (the state folder), empty.
    public init(directory: String, blockSize: Int = 256 << 10) throws {
        path = directory + "/" + Self.name
        self.blockSize = max(1, blockSize)
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

    /// Bytes kept so far (written or still gathered).
    public var size: Int64 { state.withLock { $0.end } }

    /// Bytes gathered and not yet written (tests).
    var pendingCount: Int { state.withLock { $0.pending.count } }

    public func keep(_ bytes: [UInt8]) -> Int64? {
        state.withLock { state in
            let offset = state.end
            if state.pending.isEmpty { state.pending.reserveCapacity(max(blockSize, bytes.count)) }
            state.pending += bytes
            state.end += Int64(bytes.count)
            if state.pending.count >= blockSize { write(&state) }
            return offset
        }
    }

    /// Writes the gathered records now (tests; the daemon leaves them to the next full block).
    func flush() {
        state.withLock { write(&$0) }
    }

    /// Writes `pending` at `written`, under the lock (the writes are in order, with no holes).
    private func write(_ state: inout State) {
        guard !state.pending.isEmpty else { return }
        do {
            try Posix.pwriteAll(fd, state.pending, offset: state.written, path: path)
            state.pending.removeAll(keepingCapacity: true)
        } catch {
            state.unwritten.append((state.written, state.pending))  // read back from memory from now on
            state.pending = []
        }
        state.written = state.end
    }

    public func bytes(at offset: Int64, count: Int) -> [UInt8] {
        let held: [UInt8]? = state.withLock { state in
            if offset >= state.written {
                let start = Int(offset - state.written)
                return Array(state.pending[start..<start + count])
            }
            guard !state.unwritten.isEmpty,
                  let block = state.unwritten.last(where: { $0.offset <= offset }),
                  offset - block.offset < Int64(block.bytes.count) else { return nil }
            let start = Int(offset - block.offset)
            return Array(block.bytes[start..<start + count])
        }
        if let held { return held }
        // written: the file's bytes below `written` never change, so no lock is needed to read them
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
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
