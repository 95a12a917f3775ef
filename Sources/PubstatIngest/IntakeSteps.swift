/// Runs the steps ``IntakeSchedule`` hands out, each as a task that posts its end to the intake
/// loop's mailbox, so that the loop never waits for a batch; keeps each prepared batch until its
/// commit is started. A backlog batch's steps run on the pipeline's intake executor (lower
/// priority), a fresh batch's on Swift's global pool (``IntakeLane/fresh``).
struct IntakeSteps {
    private let pipeline: IngestPipeline
    private let mailbox: TriggerMailbox<IntakeService.Trigger>
    private let onBatch: @Sendable ([IngestOutcome]) async -> Void
    /// Prepared batches waiting for their commit, by number.
    private var prepared: [Int: PreparedBatch] = [:]
    /// The steps started and not yet reported ended, by batch number.
    private var running: [Int: Task<Void, Never>] = [:]

    /// `onBatch` sees each batch's outcomes once it is committed, before the commit is reported.
    init(pipeline: IngestPipeline, mailbox: TriggerMailbox<IntakeService.Trigger>,
         onBatch: @escaping @Sendable ([IngestOutcome]) async -> Void) {
        self.pipeline = pipeline
        self.mailbox = mailbox
        self.onBatch = onBatch
    }

    /// Starts `step`. A preparation takes its files' entries out of `firstSeen` (when each was
    /// first seen in the inbox, for the latency histogram).
    mutating func start(_ step: IntakeSchedule.Step, firstSeen: inout [String: ContinuousClock.Instant]) {
        let pipeline = self.pipeline, mailbox = self.mailbox
        switch step {
        case .prepare(let batch):
            var seen: [String: ContinuousClock.Instant] = [:]
            seen.reserveCapacity(batch.names.count)
            for name in batch.names { seen[name] = firstSeen.removeValue(forKey: name) }
            running[batch.number] = Task(executorPreference: Self.executor(for: batch, of: pipeline)) {
                let prepared = await pipeline.prepare(batch.names, seen: seen, lane: batch.lane)
                mailbox.post(.prepared(batch, prepared))
            }
        case .commit(let batch):
            guard let ready = prepared.removeValue(forKey: batch.number) else {
                preconditionFailure("batch \(batch.number) is committed before it is prepared")
            }
            let onBatch = self.onBatch
            running[batch.number] = Task(executorPreference: Self.executor(for: batch, of: pipeline)) {
                await onBatch(await pipeline.ingest(ready))
                mailbox.post(.committed(batch))
            }
        }
    }

    /// Where a batch's steps run: a backlog batch's on the intake executor, a fresh batch's
    /// (a few files) on the global pool, at the daemon's own priority.
    private static func executor(for batch: IntakeSchedule.Batch, of pipeline: IngestPipeline) -> (any TaskExecutor)? {
        batch.lane == .backlog ? pipeline.intakeExecutor : nil
    }

    /// Keeps a batch whose preparation has ended, for its commit.
    mutating func prepared(_ batch: IntakeSchedule.Batch, _ prepared: PreparedBatch) {
        running[batch.number] = nil
        self.prepared[batch.number] = prepared
    }

    /// Notes that a batch's commit has ended.
    mutating func committed(_ batch: IntakeSchedule.Batch) {
        running[batch.number] = nil
    }

    /// Waits for every step started and not yet reported ended (a preparation that ends now is
    /// not committed: its files stay in the inbox).
    func finish() async {
        for task in running.values { await task.value }
    }
}
