#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import PubstatModel
import PubstatPosix

/// One caller's events waiting for the writer.
struct AppendRequest: Sendable {
    var events: [EncodedEvent]
    var byteCount: Int
    var continuation: CheckedContinuation<[LoggedEvent], any Error>
}

/// The log's shared state and its group-commit writer.
///
/// Callers enqueue ``AppendRequest``s under `shared`; one dedicated thread takes everything
/// pending (up to `maxBatchBytes`), writes it with one `pwrite` and one `fdatasync`, then
/// resumes the callers. Appends that arrive while a batch is being made durable form the next
/// batch, so concurrent callers share `fdatasync`s without anyone waiting on a timer.
///
/// Thread safety: `shared` is guarded by its lock; the `writer…` properties are touched only
/// by the writer thread (and by open before it starts and close after it ends).
final class LogCore: @unchecked Sendable {
    enum State {
        case running, stopping, stopped
    }

    struct Shared {
        var state = State.running
        /// A write or fdatasync failed in a way that leaves the file state unknown: every
        /// later append is refused with this error.
        var failure: EventLogError?
        var pending: [AppendRequest] = []
        var head: LogHead
        var segments: [SegmentFile]
        var stats = LogStats()
        /// The directory lock; released (set to nil) by close.
        var lock: FileLock?
    }

    let directory: String
    let options: EventLog.Options
    let shared: ConditionLock<Shared>

    private var writerFD: CInt = -1
    private var writerSegmentPath = ""
    private var writerSegmentSize = 0
    private var writerLastSequence: UInt64
    private var writerLastHash: [UInt8]
    private var writerLastTime: Int64

    init(directory: String, options: EventLog.Options, walk: LogWalk) throws {
        self.directory = directory
        self.options = options
        writerLastSequence = walk.lastSequence
        writerLastHash = walk.lastHash
        writerLastTime = walk.lastTimestampMicros
        shared = ConditionLock(Shared(
            head: LogHead(
                lastSequence: walk.lastSequence, recordCount: walk.lastSequence, headHash: hexString(walk.lastHash),
                byteCount: Int64(walk.byteCount), segmentCount: walk.segments.count,
                lastTimestampMicros: walk.lastTimestampMicros
            ),
            segments: walk.segments
        ))
        if let last = walk.segments.last {
            do {
                writerFD = try Posix.open(last.path, .readWrite)
            } catch let error as PosixError {
                throw EventLogError.io(error, "cannot open the last segment for appending")
            }
            writerSegmentPath = last.path
            writerSegmentSize = last.size
        } else {
            try startSegment()
        }
    }

    // MARK: Writer thread

    /// The writer thread's loop: runs until close, draining what is pending first.
    func runWriter() {
        while true {
            let batch: [AppendRequest]? = shared.wait(until: { !$0.pending.isEmpty || $0.isStopping }) { shared in
                if shared.pending.isEmpty { return nil }
                var taken = 0
                var bytes = 0
                while taken < shared.pending.count && (taken == 0 || bytes + shared.pending[taken].byteCount <= options.maxBatchBytes) {
                    bytes += shared.pending[taken].byteCount
                    taken += 1
                }
                let batch = Array(shared.pending[..<taken])
                shared.pending.removeFirst(taken)
                return batch
            }
            guard let batch else { break }
            commit(batch)
        }
        if writerFD >= 0 { try? Posix.close(writerFD) }
        writerFD = -1
        shared.withLockThenSignal { $0.state = .stopped }
    }

    private func commit(_ batch: [AppendRequest]) {
        if let error = shared.withLock({ $0.failure }) {
            return batch.forEach { $0.continuation.resume(throwing: error) }
        }
        let count = batch.reduce(0) { $0 + $1.events.count }
        let byteCount = batch.reduce(0) { $0 + $1.byteCount }
        do {
            if writerSegmentSize > LogFormat.segmentHeaderSize && writerSegmentSize + byteCount > options.segmentSize {
                try startSegment()
            }
        } catch {
            return batch.forEach { $0.continuation.resume(throwing: error) }
        }

        let time = max(options.clock?() ?? Self.now(), writerLastTime)
        var results: [[LoggedEvent]] = []
        results.reserveCapacity(batch.count)
        var buffer = [UInt8](repeating: 0, count: byteCount)
        var sequence = writerLastSequence
        var hash = writerLastHash
        buffer.withUnsafeMutableBytes { out in
            var offset = 0
            var index: UInt32 = 0
            for request in batch {
                var logged: [LoggedEvent] = []
                logged.reserveCapacity(request.events.count)
                for encoded in request.events {
                    let payload = encoded.payload
                    sequence += 1
                    RecordEncoder.encode(
                        into: UnsafeMutableRawBufferPointer(rebasing: out[offset...]), payload: payload,
                        sequence: sequence, timestampMicros: time, batchIndex: index, batchCount: UInt32(count),
                        previousHash: &hash
                    )
                    offset += LogFormat.recordHeaderSize + payload.count
                    index += 1
                    logged.append(LoggedEvent(sequence: sequence, timestampMicros: time, event: encoded.event))
                }
                results.append(logged)
            }
        }

        do {
            try Posix.pwriteAll(writerFD, buffer, offset: Int64(writerSegmentSize), path: writerSegmentPath)
        } catch let error as PosixError {
            let failure = EventLogError.io(error, "cannot append \(count) event(s)")
            do {
                try Posix.ftruncate(writerFD, to: Int64(writerSegmentSize), path: writerSegmentPath)
            } catch {
                shared.withLock { $0.failure = failure }
            }
            return batch.forEach { $0.continuation.resume(throwing: failure) }
        } catch {
            preconditionFailure("pwriteAll throws only PosixError")
        }
        do {
            try Posix.fdatasync(writerFD, path: writerSegmentPath)
        } catch let error as PosixError {
            // After a failed fdatasync the kernel may have dropped the dirty pages: nothing
            // about the file can be trusted until it is reopened and recovered.
            let failure = EventLogError(
                .failed, "event log: fdatasync of \(writerSegmentPath) failed: \(error). Appends are refused until "
                    + "pubstatd restarts and recovers the log.", underlying: error
            )
            shared.withLock { $0.failure = failure }
            return batch.forEach { $0.continuation.resume(throwing: failure) }
        } catch {
            preconditionFailure("fdatasync throws only PosixError")
        }

        writerSegmentSize += byteCount
        writerLastSequence = sequence
        writerLastHash = hash
        writerLastTime = time
        let headHash = hexString(hash)
        shared.withLock { shared in
            shared.head.lastSequence = sequence
            shared.head.recordCount = sequence
            shared.head.headHash = headHash
            shared.head.byteCount += Int64(byteCount)
            shared.head.lastTimestampMicros = time
            shared.segments[shared.segments.count - 1].size = writerSegmentSize
            shared.stats.appendCalls += UInt64(batch.count)
            shared.stats.appendedEvents += UInt64(count)
            shared.stats.batches += 1
            shared.stats.fdatasyncs += 1
            shared.stats.bytesWritten += UInt64(byteCount)
        }
        for (request, logged) in zip(batch, results) { request.continuation.resume(returning: logged) }
    }

    /// Creates the next segment atomically (temporary name, header, fdatasync, rename without
    /// replacing, fsync of the directory) and makes it the one appended to.
    private func startSegment() throws {
        let first = writerLastSequence + 1
        let path = "\(directory)/\(LogFormat.segmentName(firstSequence: first))"
        let temporary = path + ".tmp"
        let header = SegmentHeader(firstSequence: first, previousHash: writerLastHash).encoded()
        let fd: CInt
        do {
            fd = try Posix.open(temporary, .readWrite, options: [.create, .truncate])
            do {
                try Posix.writeAll(fd, header, path: temporary)
                try Posix.fdatasync(fd, path: temporary)
                try Posix.renameNoReplace(temporary, to: path)
                try Posix.fsyncDirectory(directory)
            } catch {
                try? Posix.close(fd)
                _ = try? Posix.unlinkIfExists(temporary)
                throw error
            }
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot create segment \(path)")
        }
        if writerFD >= 0 { try? Posix.close(writerFD) }
        writerFD = fd
        writerSegmentPath = path
        writerSegmentSize = header.count
        shared.withLock { shared in
            shared.segments.append(SegmentFile(firstSequence: first, path: path, size: header.count))
            shared.head.segmentCount = shared.segments.count
            shared.head.byteCount += Int64(header.count)
            shared.stats.segmentsCreated += 1
        }
    }

    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000
    }
}

extension LogCore.Shared {
    var isStopping: Bool { state == .stopping }
}
