import PubstatModel
import PubstatPosix

/// The durable, verifiable, append-only event log: the single source of truth of pubstat.
///
/// A directory of segment files holding checksummed, hash-chained records (format in
/// `Events/README.md`). ``open(directory:options:)`` takes an exclusive lock on the directory
/// and recovers from an interrupted write; ``append(_:)`` returns once the events are on disk,
/// sharing one `fdatasync` among concurrent callers; ``replay(from:_:)`` reads them back.
public final class EventLog: Sendable {
    /// Tuning of an open log.
    public struct Options: Sendable {
        /// A new segment is started when the next group commit would grow the current one
        /// past this many bytes (a single larger group commit still goes into one segment).
        public var segmentSize: Int
        /// A group commit takes pending appends until it holds this many bytes (at least one append).
        public var maxBatchBytes: Int
        /// The clock for record times (microseconds since the epoch); the system clock if nil.
        /// Record times never go backwards, whatever the clock does.
        public var clock: (@Sendable () -> Int64)?
        /// Also check the SHA-256 chain while opening (as `pubstatctl verify` does): a record
        /// altered before the tail, even with a recomputed checksum, makes open throw.
        public var verifyHashChain: Bool
        /// Records checked before (the prefix a projection snapshot was folded from): when the
        /// log's record at its sequence has its chain hash, open reads only the segments after
        /// it and verifies the chain only after it (see ``VerifiedPrefix``); ``EventLog/prefixMatched`` tells.
        public var verifiedPrefix: VerifiedPrefix?

        public init(
            segmentSize: Int = 64 << 20, maxBatchBytes: Int = 16 << 20, clock: (@Sendable () -> Int64)? = nil,
            verifyHashChain: Bool = false, verifiedPrefix: VerifiedPrefix? = nil
        ) {
            self.segmentSize = segmentSize
            self.maxBatchBytes = maxBatchBytes
            self.clock = clock
            self.verifyHashChain = verifyHashChain
            self.verifiedPrefix = verifiedPrefix
        }
    }

    /// The log directory.
    public let directory: String
    /// What open repaired at the end of the log (damage or an interrupted write in the last
    /// group commit); nil if nothing.
    public let recovery: RecoveryReport?
    /// Whether the log's record at ``Options/verifiedPrefix``'s sequence has its chain hash: nil
    /// when no prefix was given; false when it does not (the whole log was checked then).
    public let prefixMatched: Bool?

    let core: LogCore
    private let writer: WriterThread

    private init(directory: String, recovery: RecoveryReport?, prefixMatched: Bool?, core: LogCore, lock: FileLock) {
        self.directory = directory
        self.recovery = recovery
        self.prefixMatched = prefixMatched
        self.core = core
        core.shared.withLock { $0.lock = lock }
        writer = WriterThread { [core] in core.runWriter() }
    }

    deinit {
        close()
    }

    /// Creates the log directory and takes its exclusive lock, so a second pubstatd stops at once with
    /// ``EventLogError/Code/locked`` instead of after reading the state.
    public static func lock(directory: String) throws -> FileLock {
        do {
            try Posix.makeDirectories(directory)
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot create the log directory")
        }
        let lockPath = "\(directory)/\(LogFormat.lockFileName)"
        do {
            return try FileLock(exclusive: lockPath)
        } catch let error as PosixError where error.isWouldBlock {
            throw EventLogError(
                .locked,
                "another pubstatd is using \(directory) (\(lockPath) is locked by a running process); "
                    + "stop it first, or give this one a different state directory",
                underlying: error
            )
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot lock the log directory")
        }
    }

    /// Opens (creating if needed) the log in `directory`.
    ///
    /// Takes the directory's lock, checks every segment (headers, framing, CRC-32C, sequence
    /// continuity, and the hash chain if ``Options/verifyHashChain``) and repairs a damaged or
    /// torn last group commit, keeping every record that checks out and reporting what was
    /// lost or appended again in ``recovery``. Damage
    /// anywhere else throws ``EventLogError/Code/corrupted`` naming the segment and offset.
    ///
    /// - Parameter lock: the directory's lock, when the caller took it first (``lock(directory:)``, before
    ///   reading anything else of the state); else open takes it.
    public static func open(directory: String, options: Options = Options(), lock: FileLock? = nil) throws -> EventLog {
        let lock = try lock ?? Self.lock(directory: directory)
        try removeLeftoverTemporaries(in: directory)
        var (walk, prefixMatched) = try walk(directory: directory, options: options)
        var recovery: RecoveryReport?
        if let tail = walk.tail {
            let report = tail.report(firstNewSequence: walk.lastSequence + 1)
            do {
                try repairTail(tail, walk: &walk)
            } catch let error as PosixError {
                throw EventLogError.io(error, "cannot repair the damaged tail of the log (\(report))")
            }
            recovery = report
        }
        let core = try LogCore(directory: directory, options: options, walk: walk)
        return EventLog(directory: directory, recovery: recovery, prefixMatched: prefixMatched, core: core, lock: lock)
    }

    /// Checks every segment, or with a matching verified prefix only what it does not cover;
    /// a prefix that does not match the log (or leaves the head's time unknown) is ignored.
    private static func walk(directory: String, options: Options) throws -> (LogWalk, prefixMatched: Bool?) {
        guard let prefix = options.verifiedPrefix, prefix.sequence > 0 else {
            return (try LogWalker.walk(directory: directory, verifyHashes: options.verifyHashChain), nil)
        }
        let trusting = try LogWalker.walk(
            directory: directory, verifyHashes: options.verifyHashChain, hashAt: prefix.sequence, trusting: prefix.sequence)
        let matched = trusting.hashAt.map(hexString) == prefix.chainHash
        // A last segment without records after skipped ones leaves the head's time unknown: rare, read them all.
        let timeKnown = trusting.skippedSegments == 0 || trusting.lastTimestampMicros != 0
        if matched && timeKnown { return (trusting, true) }
        return (try LogWalker.walk(directory: directory, verifyHashes: options.verifyHashChain), matched)
    }

    /// Where the log ends now.
    public var head: LogHead { core.shared.withLock { $0.head } }

    /// Counters of appends, group commits and fdatasyncs since open.
    public var stats: LogStats { core.shared.withLock { $0.stats } }

    /// Appends `events`, contiguously and in order, and returns them with their sequences and
    /// time once they are durable (written and fdatasync'ed).
    ///
    /// Concurrent calls are batched into one write and one fdatasync. If this throws, none of
    /// the events were acknowledged. After a crash the next open keeps every record of an
    /// interrupted group commit that checks out, so some of an unanswered caller's events may
    /// be in the log: callers must be idempotent (intake is, by SHA-256).
    public func append(_ events: [Event]) async throws -> [LoggedEvent] {
        try await append(encoded: events.map(EncodedEvent.init))
    }

    /// Appends events encoded beforehand; otherwise the same as ``append(_:)``.
    public func append(encoded events: [EncodedEvent]) async throws -> [LoggedEvent] {
        if events.isEmpty { return [] }
        let byteCount = events.reduce(0) { $0 + LogFormat.recordHeaderSize + $1.payload.count }
        return try await withCheckedThrowingContinuation { continuation in
            let request = AppendRequest(events: events, byteCount: byteCount, continuation: continuation)
            let refusal: EventLogError? = core.shared.withLockThenSignal { shared in
                if let failure = shared.failure { return failure }
                guard shared.state == .running else {
                    return EventLogError(.closed, "the event log in \(directory) is closed")
                }
                shared.pending.append(request)
                return nil
            }
            if let refusal { continuation.resume(throwing: refusal) }
        }
    }

    /// Finishes pending appends, stops the writer thread and releases the directory lock.
    /// Appends after close throw ``EventLogError/Code/closed``. Idempotent; also done on deinit.
    public func close() {
        let wasRunning = core.shared.withLockThenSignal { shared -> Bool in
            guard shared.state == .running else { return false }
            shared.state = .stopping
            return true
        }
        if wasRunning {
            writer.join()
            core.shared.withLock { $0.lock = nil }
        }
    }

    /// Cuts the last segment at the damage and keeps what checks out: the framing of an
    /// incomplete last commit is closed after its intact records (the group-commit fields are
    /// covered by the CRC, not by the hash, so the chain is unchanged), and the intact records
    /// found after the damage are appended again as one group commit, chained from the last
    /// kept record. Everything is written with one `pwrite` (zeros up to the old end, so that a
    /// crash before the truncation leaves a tail of zeros), then `fdatasync`, `ftruncate`, `fsync`.
    private static func repairTail(_ tail: TailCut, walk: inout LogWalk) throws {
        let fd = try Posix.open(tail.segment, .readWrite)
        defer { try? Posix.close(fd) }
        guard !tail.keptOfIncompleteCommit.isEmpty || !tail.salvaged.isEmpty else {
            try Posix.ftruncate(fd, to: Int64(tail.cutOffset), path: tail.segment)
            try Posix.fsync(fd, path: tail.segment)
            return
        }
        let start = tail.keptOfIncompleteCommit.first?.offset ?? tail.cutOffset
        var bytes = try Posix.readFile(tail.segment, maxBytes: Int(Int32.max))
        let kept = UInt32(tail.keptOfIncompleteCommit.count)
        for record in tail.keptOfIncompleteCommit {
            let end = record.payload.upperBound
            withUnsafeBytes(of: kept.littleEndian) { bytes.replaceSubrange((record.offset + 28)..<(record.offset + 32), with: $0) }
            let crc = bytes[(record.offset + 8)..<end].withUnsafeBytes { CRC32C.checksum($0) }
            withUnsafeBytes(of: crc.littleEndian) { bytes.replaceSubrange((record.offset + 4)..<(record.offset + 8), with: $0) }
        }
        var out = Array(bytes[start..<tail.cutOffset])
        var hash = walk.lastHash
        var sequence = walk.lastSequence
        var time = walk.lastTimestampMicros
        let count = UInt32(tail.salvaged.count)
        for (index, record) in tail.salvaged.enumerated() {
            sequence += 1
            time = max(time, record.timestampMicros)
            var encoded = [UInt8](repeating: 0, count: LogFormat.recordHeaderSize + record.payload.count)
            encoded.withUnsafeMutableBytes { buffer in
                RecordEncoder.encode(
                    into: buffer, payload: record.payload, sequence: sequence, timestampMicros: time,
                    batchIndex: UInt32(index), batchCount: count, previousHash: &hash
                )
            }
            out += encoded
        }
        let newEnd = start + out.count
        if out.count < bytes.count - start { out += [UInt8](repeating: 0, count: bytes.count - start - out.count) }
        try Posix.pwriteAll(fd, out, offset: Int64(start), path: tail.segment)
        try Posix.fdatasync(fd, path: tail.segment)
        try Posix.ftruncate(fd, to: Int64(newEnd), path: tail.segment)
        try Posix.fsync(fd, path: tail.segment)
        walk.byteCount += newEnd - tail.cutOffset
        walk.segments[walk.segments.count - 1].size = newEnd
        if !tail.salvaged.isEmpty {
            walk.lastSequence = sequence
            walk.lastHash = hash
            walk.lastTimestampMicros = time
        }
    }

    private static func removeLeftoverTemporaries(in directory: String) throws {
        do {
            for name in try Posix.listDirectory(directory) where name.hasSuffix(LogFormat.segmentSuffix + ".tmp") {
                try Posix.unlinkIfExists("\(directory)/\(name)")
            }
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot remove a half-created segment")
        }
    }
}
