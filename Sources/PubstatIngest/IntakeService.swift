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
    /// Why the intake loop wakes.
    enum Trigger: Sendable {
        case watcher([InboxWatcher.Signal])
        case rescan(reason: String)
        case recheck
        /// A batch handed out by the schedule is prepared: its commit may start.
        case prepared(IntakeSchedule.Batch, PreparedBatch)
        /// A batch is committed (and `onBatch` has seen its outcomes).
        case committed(IntakeSchedule.Batch)
        /// Graceful shutdown: the batches handed out are finished, no further one is started.
        case stop
    }

    public struct Options: Sendable {
        public var settle: Duration
        public var rescanInterval: Duration
        /// Files taken from the inbox per batch (one durable append per batch).
        public var batchSize: Int
        /// Bytes of files per batch: a batch holds its files' bytes until its append, so this
        /// bounds memory however large the dropped files are. A larger file is a batch alone.
        public var batchBytes: Int64

        /// The most files in a batch of fresh files (``IntakeLane/fresh``: dropped while intake
        /// works on a backlog), all of which wait in front of the backlog.
        public var freshBatchSize: Int

        /// 32 MiB: two batches in flight and a few extractions stay far below the 256 MB aim.
        /// The daemon's `intake-batch-bytes` defaults to it.
        public static let defaultBatchBytes: Int64 = 32 << 20

        public init(settle: Duration = .seconds(1), rescanInterval: Duration = .seconds(30), batchSize: Int = 256,
                    batchBytes: Int64 = Options.defaultBatchBytes, freshBatchSize: Int = 16) {
            self.settle = settle
            self.rescanInterval = rescanInterval
            self.batchSize = batchSize
            self.batchBytes = batchBytes
            self.freshBatchSize = freshBatchSize
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

    /// Runs until graceful shutdown. The backlog's batches are prepared and committed on the
    /// pipeline's ``IngestPipeline/intakeExecutor`` when it has one (threads of lower priority);
    /// the loop, which only hands out work, and the small batches of fresh files run at the
    /// daemon's own priority, so that a busy machine does not hold a drop back behind a back-fill.
    public func run() async throws {
        try await loop()
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
        var schedule = IntakeSchedule(maxFiles: options.batchSize, maxBytes: options.batchBytes, freshFiles: options.freshBatchSize)
        var steps = IntakeSteps(pipeline: pipeline, mailbox: mailbox, onBatch: onBatch)
        var stopping = false
        var recheckPending = false
        var recheckTask: Task<Void, Never>? = nil
        var entries = InboxEntries(path: inbox)
        // When each waiting file was first seen, for the ingest latency histogram.
        var firstSeen: [String: ContinuousClock.Instant] = [:]
        defer { recheckTask?.cancel() }
        activity(false)
        // The loop never waits for a batch: preparations and commits run as tasks that post
        // their end here, so a file dropped while a back-fill's batch is prepared or committed
        // is taken at once (``IntakeSchedule``). Every trigger that arrived meanwhile is taken
        // in one go: a back-fill renamed in becomes full batches, not one small batch per trigger.
        await withGracefulShutdownHandler {
            for await _ in mailbox.wakeups {
                // A wake-up with batches in flight beats the watchdog only when one of them
                // progressed: a periodic rescan must not hide a hung commit.
                let wasWorking = schedule.isWorking
                var progressed = false
                var noticed = false
                for trigger in mailbox.takeAll() {
                    switch trigger {
                    case .prepared(let batch, let prepared):
                        schedule.prepared(batch)
                        steps.prepared(batch, prepared)
                        progressed = true
                    case .committed(let batch):
                        schedule.committed(batch)
                        steps.committed(batch)
                        progressed = true
                    case .stop:
                        stopping = true
                    case .recheck:
                        recheckPending = false
                        noticed = true
                    case .watcher, .rescan:
                        note(trigger, in: &queue, entries: &entries)
                        noticed = true
                    }
                }
                if progressed || !wasWorking { activity(true) }
                if noticed && !stopping {
                    let now = ContinuousClock.now
                    for name in queue.names where firstSeen[name] == nil { firstSeen[name] = now }
                    for entry in entries.takeUnusableNames() {
                        await onBatch([await pipeline.rejectUnusableName(entry)])
                    }
                    let path = self.inbox
                    // (one `lstat` a file: the state the queue judged it by gives its size too)
                    var sizes: [String: Int64] = [:]
                    let (ready, wait) = queue.takeReady(nowNanos: IntakeService.monotonicNanos()) { name in
                        let state = (try? Posix.lstat("\(path)/\(name)")).map(SettleQueue.FileState.init)
                        sizes[name] = state?.size
                        return state
                    }
                    schedule.arrive(ready.map { name in (name: name, bytes: sizes[name] ?? 0) })
                    // Files still settling are looked at again when they may be quiet enough.
                    if let wait, !recheckPending {
                        recheckPending = true
                        recheckTask = Task {
                            try? await Task.sleep(for: .nanoseconds(wait))
                            mailbox.post(.recheck)
                        }
                    }
                }
                for step in schedule.steps(stopping: stopping) {
                    steps.start(step, firstSeen: &firstSeen)
                }
                if stopping && !schedule.isWorking { break }
                if schedule.isIdle {
                    // Out of work: what waits for a paced publication is published now, so an
                    // inbox that has emptied is what queries see. While more keeps arriving,
                    // pacing holds.
                    if mailbox.isEmpty { await pipeline.publishPending() }
                    firstSeen = firstSeen.filter { queue.contains($0.key) }
                    activity(false)
                }
            }
        } onGracefulShutdown: {
            mailbox.post(.stop)
        }
        // Cancelled rather than shut down: the steps started still end before the service does.
        await steps.finish()
    }

    /// Notes the files a watcher signal or a rescan names in `queue`; other triggers name none.
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
        case .recheck, .prepared, .committed, .stop:
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

    static func monotonicNanos() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
