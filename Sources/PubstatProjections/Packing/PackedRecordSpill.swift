/// Somewhere packed records can be kept out of memory: the daemon's is an unnamed scratch file
/// under the state folder (`PackedRecordFile`), rebuilt at every start from the snapshot and
/// the log, never read by another process.
///
/// A bulletin's packed mentions (~3.7 kB on the generated corpus, mostly quotes) and figures
/// (~2.2 kB) were most of a back-fill's heap; kept here, the projections hold where they are
/// (~40 bytes) and read them back when an answer or a snapshot needs them.
public protocol PackedRecordSpill: AnyObject, Sendable {
    /// Keeps `bytes`; returns the offset to read them back at, or nil when they could not be kept
    /// (the caller then keeps them in memory).
    func keep(_ bytes: [UInt8]) -> Int64?
    /// The `count` bytes ``keep(_:)`` kept at `offset`. An error reading them back traps: the
    /// projections cannot answer without them (a restart rebuilds the spill).
    func bytes(at offset: Int64, count: Int) -> [UInt8]
}

/// A packed record's bytes: in memory, or kept by a ``PackedRecordSpill``. Equal and hashed by
/// the bytes, wherever they are.
struct PackedBytes: Hashable, Sendable {
    private enum Storage: Sendable {
        case inline([UInt8])
        case spilled(any PackedRecordSpill, offset: Int64, count: Int)
    }

    private let storage: Storage

    /// Keeps `bytes` in `spill` when there is one (and they are not empty), else in memory.
    init(_ bytes: [UInt8], spill: (any PackedRecordSpill)?) {
        if let spill, !bytes.isEmpty, let offset = spill.keep(bytes) {
            storage = .spilled(spill, offset: offset, count: bytes.count)
        } else {
            storage = .inline(bytes)
        }
    }

    /// The bytes (read back from the spill when they are there).
    var bytes: [UInt8] {
        switch storage {
        case .inline(let bytes): bytes
        case .spilled(let spill, let offset, let count): spill.bytes(at: offset, count: count)
        }
    }

    /// True when the bytes are kept by a spill, not in memory.
    var isSpilled: Bool {
        if case .spilled = storage { return true }
        return false
    }

    static func == (a: PackedBytes, b: PackedBytes) -> Bool {
        switch (a.storage, b.storage) {
        case let (.spilled(x, p, n), .spilled(y, q, m)) where x === y && p == q && n == m: true
        default: a.bytes == b.bytes
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
    }
}
