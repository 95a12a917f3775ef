import PubstatModel
import PubstatPosix
import PubstatProjections

/// Checkpoints of the projections, so a start folds only the log's tail.
///
/// A snapshot restates each bulletin's current state as the fewest events that fold into it
/// (see `Projections.snapshotEvents()`), in the binary format of ``SnapshotFile``: a header
/// with the projection version and the sequence number and chain hash of the log record the
/// projections were folded up to, a string table (indicators, places, units, versions: each
/// stored once and shared by every figure that reads it back), then the records in blocks of
/// about 1 MiB, each block with its CRC-32C. Loading costs a read, a checksum pass and a fold
/// over one or two events per bulletin, however long the log is.
///
/// A snapshot is used only when every block checks out, its format and projection version are
/// the running ones, and its chain hash matches the log's record at that sequence; otherwise
/// the projections are rebuilt from the log. A JSON snapshot of an older pubstatd is reported
/// as of another version (rebuilt and replaced, not an error). Written atomically: temporary
/// file, fsync, rename, fsync of the folder.
public struct ProjectionSnapshotStore: Sendable {
    /// A stored checkpoint.
    public struct Snapshot: Sendable {
        public var lastSequence: UInt64
        /// The chain hash of the log record at `lastSequence`.
        public var chainHash: String
        public var projections: Projections
    }

    public let directory: String
    public var path: String { directory + "/projections.snapshot" }
    /// Where projections loaded from a snapshot keep their packed records (nil: in memory).
    public let spill: (any PackedRecordSpill)?

    public init(directory: String, spill: (any PackedRecordSpill)? = nil) {
        self.directory = directory
        self.spill = spill
    }

    /// Writes a snapshot of `projections`, whose last folded record has `chainHash`.
    ///
    /// In two passes over the restated events, so that at most one record block is in memory:
    /// the first only counts records and blocks and collects the string table (which the file
    /// holds before the records); the second, with that table, writes each block as it fills.
    /// Both encode the same events with the same table, so their blocks are the same.
    public func save(_ projections: Projections, chainHash: String) throws {
        var counting = SnapshotWriter(reservingCapacity: SnapshotFile.blockSize + (64 << 10))
        var records = 0
        var blocks = 0
        projections.forEachSnapshotEvent { logged in
            SnapshotRecordCoding.write(logged, to: &counting)
            records += 1
            if counting.bytes.count >= SnapshotFile.blockSize {
                blocks += 1
                _ = counting.takeBytes()
            }
        }
        if !counting.bytes.isEmpty { blocks += 1 }
        let header = SnapshotFile.Header(
            projectionVersion: Projections.version, lastSequence: projections.lastSequence, chainHash: chainHash,
            records: records, recordBlocks: blocks
        )
        try Posix.writeFileAtomically(path, mode: 0o640) { write in
            try write(SnapshotFile.start(header: header, table: counting.table))
            var writer = SnapshotWriter(table: counting.table, reservingCapacity: SnapshotFile.blockSize + (64 << 10))
            var written = 0
            try projections.forEachSnapshotEvent { logged in
                SnapshotRecordCoding.write(logged, to: &writer)
                if writer.bytes.count >= SnapshotFile.blockSize {
                    try write(SnapshotFile.framed(writer.takeBytes()))
                    written += 1
                }
            }
            if !writer.bytes.isEmpty {
                try write(SnapshotFile.framed(writer.takeBytes()))
                written += 1
            }
            precondition(written == blocks && writer.table == counting.table, "the snapshot's two passes differ")
        }
    }

    /// The stored snapshot, or why there is none to use. Does not compare it with the log:
    /// the caller checks ``Snapshot/chainHash`` against the log's record at ``Snapshot/lastSequence``.
    public func load() -> Result<Snapshot, SnapshotUnusable> {
        let bytes: [UInt8]
        do {
            bytes = try Posix.readFile(path, maxBytes: Int.max)
        } catch let error as PosixError where error.isNotFound {
            return .failure(SnapshotUnusable(.missing, path: path, "no snapshot yet"))
        } catch {
            return .failure(SnapshotUnusable(.unreadable, path: path, "the snapshot could not be read (\(error))"))
        }
        return bytes.withUnsafeBytes { raw in
            let problem: LoadProblem
            do {
                return .success(try decode(raw))
            } catch let error as LoadProblem {
                problem = error
            } catch {
                problem = .damaged("\(error)")
            }
            switch problem {
            case .otherFormat(let what):
                return .failure(SnapshotUnusable(
                    .otherVersion, path: path,
                    "the snapshot is \(what); this pubstatd writes binary format \(SnapshotFile.format) and replaces it after the rebuild"))
            case .damaged(let what):
                return .failure(SnapshotUnusable(.damaged, path: path, "the snapshot \(path) is damaged: \(what)"))
            case .otherVersion(let version):
                return .failure(SnapshotUnusable(
                    .otherVersion, path: path,
                    "the snapshot is of projection version \(version); this pubstatd folds projection version \(Projections.version)"))
            }
        }
    }

    private enum LoadProblem: Error {
        case otherFormat(String), damaged(String), otherVersion(Int)
    }

    private func decode(_ raw: UnsafeRawBufferPointer) throws -> Snapshot {
        let blocks: [Range<Int>]
        do {
            try SnapshotFile.checkFormat(raw)
            blocks = try SnapshotFile.blocks(raw)
        } catch .otherFormat(let what) {
            throw LoadProblem.otherFormat(what)
        } catch .damaged(let what) {
            throw LoadProblem.damaged(what)
        }
        func block(_ index: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: raw[blocks[index]]) }
        guard blocks.count >= 2 else { throw LoadProblem.damaged("\(blocks.count) blocks, at least a header and a string table expected (cut short?)") }
        let header: SnapshotFile.Header
        let table: [String]
        do {
            header = try SnapshotFile.header(block(0))
            guard header.projectionVersion == Projections.version else { throw LoadProblem.otherVersion(header.projectionVersion) }
            guard blocks.count == 2 + header.recordBlocks else {
                throw LoadProblem.damaged("\(blocks.count - 2) record blocks, the header says \(header.recordBlocks) (cut short?)")
            }
            table = try SnapshotFile.table(block(1))
        } catch let problem as LoadProblem {
            throw problem
        } catch {
            throw LoadProblem.damaged("its header or string table does not decode: \(error)")
        }
        var count = 0
        var previous: UInt64 = 0
        do {
            let projections = try Projections(lastSequence: header.lastSequence, expectedEvents: header.records, spill: spill) { fold in
                for index in 2..<blocks.count {
                    var reader = SnapshotReader(block(index), table: table)
                    while !reader.isAtEnd {
                        let logged = try SnapshotRecordCoding.read(from: &reader)
                        guard logged.sequence > previous, logged.sequence <= header.lastSequence else {
                            throw SnapshotReader.Malformed(
                                offset: reader.offset,
                                what: "record \(count + 1) has sequence \(logged.sequence), after \(previous), in a snapshot up to \(header.lastSequence)")
                        }
                        previous = logged.sequence
                        count += 1
                        fold(logged)
                    }
                }
            }
            guard count == header.records else { throw LoadProblem.damaged("\(count) records, the header says \(header.records)") }
            return Snapshot(lastSequence: header.lastSequence, chainHash: header.chainHash, projections: projections)
        } catch let problem as LoadProblem {
            throw problem
        } catch {
            throw LoadProblem.damaged("record \(count + 1) does not decode: \(error)")
        }
    }

    /// Moves a snapshot that must not be used to `projections.snapshot.damaged` (replacing an
    /// older one), kept for analysis; returns that path.
    @discardableResult
    public func setAside() throws -> String {
        let aside = path + ".damaged"
        try Posix.rename(path, to: aside)
        return aside
    }
}
