import Logging
import PubstatPosix
import ServiceLifecycle
#if canImport(Glibc)
import Glibc
#endif

/// Runs intake: watches the inbox, rescans it, waits for files to settle, and feeds the
/// pipeline in batches. The watcher is an accelerator; rescans on start, on inotify queue
/// overflow and every `rescanInterval` make sure no file is ever left behind.
public struct IntakeService: Service {
    /// Why the service looks at the inbox.
    enum Trigger: Sendable {
        case watcher([InboxWatcher.Signal])
        case rescan(reason: String)
        case recheck
    }

    public struct Options: Sendable {
        public var settle: Duration
        public var rescanInterval: Duration
        /// Files taken from the inbox per batch (one durable append per batch).
        public var batchSize: Int
        /// Bytes of files per batch: a batch holds its files' bytes until its append, so this
        /// bounds memory however large the dropped files are. A larger file is a batch alone.
        public var batchBytes: Int64

        /// 32 MiB: two batches in flight and a few extractions stay far below the 256 MB aim.
        /// The daemon's `intake-batch-bytes` defaults to it.
        public static let defaultBatchBytes: Int64 = 32 << 20

        public init(settle: Duration = .seconds(1), rescanInterval: Duration = .seconds(30), batchSize: Int = 256,
                    batchBytes: Int64 = Options.defaultBatchBytes) {
            self.settle = settle
            self.rescanInterval = rescanInterval
            self.batchSize = batchSize
            self.batchBytes = batchBytes
        }
    }

    private let pipeline: IngestPipeline
    private let inbox: String
    private let options: Options
    private let logger: Logger
    private let onEstablished: @Sendable () async -> Void
    private let onBatch: @Sendable ([IngestOutcome]) async -> Void
    private let activity: @Sendable (_ busy: Bool) -> Void

    /// `onEstablished` runs once the inotify watch is in place; `onBatch` after every batch;
    /// `activity(true)` before the loop works on something and `activity(false)` before it
    /// waits, so a watchdog can tell a hung loop from an idle one.
    public init(
        pipeline: IngestPipeline, inbox: String, options: Options, logger: Logger,
        onEstablished: @escaping @Sendable () async -> Void = {},
        onBatch: @escaping @Sendable ([IngestOutcome]) async -> Void = { _ in },
        activity: @escaping @Sendable (_ busy: Bool) -> Void = { _ in }
    ) {
        self.pipeline = pipeline
        self.inbox = inbox
        self.options = options
        self.logger = logger
        self.onEstablished = onEstablished
        self.onBatch = onBatch
        self.activity = activity
    }

    /// Runs until graceful shutdown, on the pipeline's ``IngestPipeline/intakeExecutor`` when it
    /// has one: the loop, the batches it prepares and commits, and the pipeline's work for them.
    public func run() async throws {
        try await withTaskExecutorPreference(pipeline.intakeExecutor) {
            try await loop()
        }
    }

    private func loop() async throws {
        let mailbox = TriggerMailbox<Trigger>()
        let watcher = try InboxWatcher(directory: inbox) { mailbox.post(.watcher($0)) }
        defer { watcher.stop() }
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: options.rescanInterval)
                mailbox.post(.rescan(reason: "periodic"))
            }
        }
        defer { ticker.cancel() }
        mailbox.post(.rescan(reason: "start"))
        await onEstablished()

        var queue = SettleQueue(settleNanos: Int64(options.settle.components.seconds) * 1_000_000_000
            + options.settle.components.attoseconds / 1_000_000_000)
        var recheckPending = false
        var recheckTask: Task<Void, Never>? = nil
        var entries = InboxEntries(path: inbox)
        // When each waiting file was first seen, for the ingest latency histogram.
        var firstSeen: [String: ContinuousClock.Instant] = [:]
        defer { recheckTask?.cancel() }
        activity(false)
        // Every trigger that arrived while the loop was busy is taken in one go: a back-fill
        // renamed in while a batch runs becomes full batches, not one small batch per trigger.
        for await _ in mailbox.wakeups.cancelOnGracefulShutdown() {
            activity(true)
            defer { activity(false) }
            for trigger in mailbox.takeAll() {
                if case .recheck = trigger { recheckPending = false }
                note(trigger, in: &queue, entries: &entries)
            }
            let now = ContinuousClock.now
            for name in queue.names where firstSeen[name] == nil { firstSeen[name] = now }
            for entry in entries.takeUnusableNames() {
                await onBatch([await pipeline.rejectUnusableName(entry)])
            }
            let path = self.inbox
            let (ready, wait) = queue.takeReady(nowNanos: IntakeService.monotonicNanos()) { name in
                (try? Posix.lstat("\(path)/\(name)")).map(SettleQueue.FileState.init)
            }
            let sized = ready.map { name in (name: name, bytes: (try? Posix.lstat("\(path)/\(name)"))?.size ?? 0) }
            let batches = IntakeBatchPlan.batches(sized, maxFiles: options.batchSize, maxBytes: options.batchBytes)
            // Shielded from cancellation: a batch in progress is always finished. The next batch
            // is read and extracted while this one's syncs, append and moves run (two in flight).
            let pipeline = self.pipeline
            var next: Task<PreparedBatch, Never>? = batches.first.map { first in
                let seen = Self.seen(first, in: firstSeen)
                return Task(executorPreference: pipeline.intakeExecutor) { await pipeline.prepare(first, seen: seen) }
            }
            for index in batches.indices {
                guard let prepared = await next?.value else { break }
                next = batches.indices.contains(index + 1) ? {
                    let following = batches[index + 1]
                    let seen = Self.seen(following, in: firstSeen)
                    return Task(executorPreference: pipeline.intakeExecutor) { await pipeline.prepare(following, seen: seen) }
                }() : nil
                let outcomes = await Task(executorPreference: pipeline.intakeExecutor) { await pipeline.ingest(prepared) }.value
                await onBatch(outcomes)
            }
            // Out of work: what waits for a paced publication is published now, so an inbox
            // that has emptied is what queries see. While more keeps arriving, pacing holds.
            if mailbox.isEmpty { await pipeline.publishPending() }
            firstSeen = firstSeen.filter { queue.contains($0.key) }
            // Files still settling are looked at again when they may be quiet enough.
            if let wait, !recheckPending {
                recheckPending = true
                recheckTask = Task {
                    try? await Task.sleep(for: .nanoseconds(wait))
                    mailbox.post(.recheck)
                }
            }
        }
    }

    private func note(_ trigger: Trigger, in queue: inout SettleQueue, entries: inout InboxEntries) {
        switch trigger {
        case .watcher(let signals):
            for signal in signals {
                switch signal {
                case .renamedIn(let name): queue.note(name, complete: true)
                case .closedAfterWrite(let name): queue.note(name, complete: false)
                case .overflow: rescan(into: &queue, entries: &entries, reason: "overflow")
                case .inboxGone: logger.critical("the inbox folder was deleted or moved; recreate it and restart pubstatd", metadata: ["folder": "\(inbox)"])
                }
            }
        case .rescan(let reason):
            rescan(into: &queue, entries: &entries, reason: reason)
        case .recheck:
            break
        }
    }

    /// Lists the inbox in full; `reason` (`start`, `periodic`, `overflow`) is a metrics label.
    private func rescan(into queue: inout SettleQueue, entries: inout InboxEntries, reason: String) {
        pipeline.metrics.rescan(reason)
        do {
            let names = try entries.rescan(logger: logger)
            if !names.isEmpty { logger.debug("rescan found files", metadata: ["reason": "\(reason)", "count": "\(names.count)"]) }
            for name in names { queue.note(name, complete: false) }
        } catch {
            logger.error("could not list the inbox", metadata: ["folder": "\(inbox)", "error": "\(error)"])
        }
    }

    /// When each file of `batch` was first seen (a look-up per file, not a search of the batch per waiting file).
    static func seen(_ batch: [String], in firstSeen: [String: ContinuousClock.Instant]) -> [String: ContinuousClock.Instant] {
        var seen: [String: ContinuousClock.Instant] = [:]
        seen.reserveCapacity(batch.count)
        for name in batch { seen[name] = firstSeen[name] }
        return seen
    }

    static func monotonicNanos() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
