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

        public init(
            segmentSize: Int = 64 << 20, maxBatchBytes: Int = 16 << 20, clock: (@Sendable () -> Int64)? = nil,
            verifyHashChain: Bool = false
        ) {
            self.segmentSize = segmentSize
            self.maxBatchBytes = maxBatchBytes
            self.clock = clock
            self.verifyHashChain = verifyHashChain
        }
    }

    /// The log directory.
    public let directory: String
    /// What open cut from the end of the log after an interrupted write; nil if nothing.
    public let recovery: RecoveryReport?

    let core: LogCore
    private let writer: WriterThread

    private init(directory: String, recovery: RecoveryReport?, core: LogCore, lock: FileLock) {
        self.directory = directory
        self.recovery = recovery
        self.core = core
        core.shared.withLock { $0.lock = lock }
        writer = WriterThread { [core] in core.runWriter() }
    }

    deinit {
        close()
    }

    /// Opens (creating if needed) the log in `directory`.
    ///
    /// Takes the directory's lock, checks every segment (headers, framing, CRC-32C, sequence
    /// continuity, and the hash chain if ``Options/verifyHashChain``) and cuts a torn tail left by a crash, reporting it in ``recovery``. Damage
    /// anywhere else throws ``EventLogError/Code/corrupted`` naming the segment and offset.
    public static func open(directory: String, options: Options = Options()) throws -> EventLog {
        do {
            try Posix.makeDirectories(directory)
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot create the log directory")
        }
        let lockPath = "\(directory)/\(LogFormat.lockFileName)"
        let lock: FileLock
        do {
            lock = try FileLock(exclusive: lockPath)
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
        try removeLeftoverTemporaries(in: directory)
        let walk = try LogWalker.walk(directory: directory, verifyHashes: options.verifyHashChain)
        var recovery: RecoveryReport?
        if let tail = walk.tail {
            do {
                let fd = try Posix.open(tail.segment, .readWrite)
                defer { try? Posix.close(fd) }
                try Posix.ftruncate(fd, to: Int64(tail.cutOffset), path: tail.segment)
                try Posix.fsync(fd, path: tail.segment)
            } catch let error as PosixError {
                throw EventLogError.io(error, "cannot cut the torn tail of the log (\(tail.report))")
            }
            recovery = tail.report
        }
        let core = try LogCore(directory: directory, options: options, walk: walk)
        return EventLog(directory: directory, recovery: recovery, core: core, lock: lock)
    }

    /// Where the log ends now.
    public var head: LogHead { core.shared.withLock { $0.head } }

    /// Counters of appends, group commits and fdatasyncs since open.
    public var stats: LogStats { core.shared.withLock { $0.stats } }

    /// Appends `events`, contiguously and in order, and returns them with their sequences and
    /// time once they are durable (written and fdatasync'ed).
    ///
    /// Concurrent calls are batched into one write and one fdatasync. If this throws, none of
    /// the events were acknowledged; after a crash, an unacknowledged group commit is cut whole
    /// on the next open, so a caller's events are either all in the log or none.
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
