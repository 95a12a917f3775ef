import Logging
import PubstatExtraction
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
#if canImport(Glibc)
import Glibc
#endif

/// Takes files out of the inbox: file → bulletin → figures → events → log → projections.
///
/// The order makes intake crash-safe: the raw bytes are stored, the events are appended and
/// made durable, the projections fold them, and only then does the file leave the inbox. A
/// crash before the move leaves the file in the inbox; when it is seen again its SHA-256 is
/// already in the log (the intake state is the catalog projection, derived from the log), so
/// it is moved out with no new events.
///
/// It serves no query itself: after each durable append and fold it publishes the projections
/// to its ``readModel``, which the API reads — at once, or during a back-fill at most once per
/// `publishInterval` (see ``PublicationPacer``); a batch of files dropped during a back-fill
/// (``IntakeLane/fresh``) at once.
public actor IngestPipeline {
    private let layout: InboxLayout
    let log: EventLog
    private var extractor: BulletinExtractor
    private let rawStore: RawBulletinStore
    let logger: Logger
    /// The intake state (which bulletins the log holds) and what re-extraction compares with;
    /// queries read the published copy in ``readModel`` instead.
    public var projections: Projections { folded.current }
    /// The projections, kept twice so that a publication costs no copy (``ProjectionPair``).
    private var folded: ProjectionPair
    /// Files dropped again with content already in the log, since start.
    public private(set) var duplicates = 0 {
        didSet { publish() }
    }
    /// Files moved to failed/ without a log record since start (too large, unreadable, not a
    /// regular file, an unusable name, an unusable sidecar).
    public private(set) var rejectedUnlogged = 0 {
        didSet { publish() }
    }
    /// Where the pipeline publishes its projections after every durable append and fold; the
    /// API reads it without waiting on this actor.
    public nonisolated let readModel: ReadModel
    private let read: IntakeDecision.Reader
    private let snapshots: ProjectionSnapshotStore
    /// A snapshot is written after this many new events (and on shutdown).
    private let snapshotEvery: UInt64
    private var snapshotSequence: UInt64
    private let appendGate = AsyncGate()
    /// What intake counts (`GET /metrics`).
    public nonisolated let metrics: IngestMetrics
    /// When the last ``appendAndFold(_:)`` made its events durable, and when they are (or will
    /// be, once a paced publication falls due) visible.
    private var lastAppend: (durable: ContinuousClock.Instant, visible: ContinuousClock.Instant)?
    /// When the projections are next published to ``readModel``.
    private var pacer: PublicationPacer
    /// The shortest time between two paced publications; longer while answers are costly to
    /// produce (``PublicationPacer/interval(base:answerCost:)``).
    private let publishInterval: Duration
    /// Events folded since the last publication, oldest first: the read model's feed gets them with it.
    private var unpublished: [LoggedEvent] = []
    /// The clock publications are paced by.
    private let clock: @Sendable () -> ContinuousClock.Instant
    /// The re-extraction running now, if any (one at a time).
    var reextraction: ReextractionInProgress.Running?
    /// The rebuild of the projections running now, if any (one at a time).
    var rebuilding: RebuildInProgress.Running?
    /// How many rebuilds were adopted since start: published with each view, so that cached answers from before one are dropped.
    private var generation: UInt64 = 0
    /// Called on a rebuild's thread once it has folded the log, before it catches up (tests pause it there).
    var rebuildProbe: (@Sendable () -> Void)?
    /// Called after each bulletin a re-extraction examines (tests pause it there).
    var reextractProbe: (@Sendable (Int) -> Void)?
    /// Where the backlog's files are read, hashed and extracted (nil: Swift's global pool); the
    /// intake service runs the rest of the backlog's batches there too. Fresh batches
    /// (``IntakeLane/fresh``) run on the global pool.
    public nonisolated let intakeExecutor: (any TaskExecutor)?

    /// `projections` must already hold every event of `log` (replayed on start).
    /// `publishInterval` is the shortest time between two publications of intake's batches
    /// (zero: after every batch); people's acts and re-extractions are published at once.
    /// `intakeExecutor` runs the reading and extraction of files (pubstatd gives it threads of
    /// lower priority than the API's; nil: Swift's global pool).
    public init(
        layout: InboxLayout, log: EventLog, projections: Projections, extractor: BulletinExtractor = BulletinExtractor(),
        snapshotEvery: UInt64 = 10_000, metrics: IngestMetrics = IngestMetrics(), publishInterval: Duration = .zero,
        intakeExecutor: (any TaskExecutor)? = nil, spill: (any PackedRecordSpill)? = nil, logger: Logger
    ) {
        self.init(layout: layout, log: log, projections: projections, extractor: extractor, snapshotEvery: snapshotEvery,
                  metrics: metrics, publishInterval: publishInterval, intakeExecutor: intakeExecutor, spill: spill, logger: logger,
                  read: { try InboxFile.read($0, maxBytes: $1) })
    }

    /// As above, reading inbox files with `read` (tests stand in failures with it), and pacing
    /// publications by `clock`.
    init(
        layout: InboxLayout, log: EventLog, projections: Projections, extractor: BulletinExtractor = BulletinExtractor(),
        snapshotEvery: UInt64 = 10_000, metrics: IngestMetrics = IngestMetrics(), publishInterval: Duration = .zero,
        intakeExecutor: (any TaskExecutor)? = nil, spill: (any PackedRecordSpill)? = nil, logger: Logger,
        read: @escaping IntakeDecision.Reader,
        clock: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }
    ) {
        self.intakeExecutor = intakeExecutor
        self.pacer = PublicationPacer(interval: publishInterval)
        self.publishInterval = publishInterval
        self.clock = clock
        self.metrics = metrics
        self.read = read
        self.layout = layout
        self.snapshots = ProjectionSnapshotStore(directory: layout.snapshotDirectory)
        self.snapshotEvery = snapshotEvery
        self.snapshotSequence = projections.lastSequence
        self.log = log
        self.folded = ProjectionPair(projections, spill: spill)
        self.readModel = ReadModel(ReadModelView(projections: projections))
        self.extractor = extractor
        self.rawStore = RawBulletinStore(directory: layout.bulletinStore)
        self.logger = logger
    }

    /// Ingests the named inbox files as one batch: one durable append for all of them. `seen`
    /// holds when each file was first seen in the inbox, for the latency histogram (a file
    /// missing there counts from now).
    public func ingest(_ names: [String], seen: [String: ContinuousClock.Instant] = [:]) async -> [IngestOutcome] {
        await ingest(await prepare(names, seen: seen))
    }

    /// Reads, hashes, extracts and encodes the named inbox files, and writes the raw copies of
    /// the bulletins among them: everything of a batch that does not depend on the log. The
    /// actor is free while it runs, so the intake service prepares the next batch while this
    /// one's syncs and moves run (``ingest(_:)-(PreparedBatch)``). A ``IntakeLane/fresh``
    /// batch is published at once when committed; a backlog one as the pacer allows.
    public func prepare(_ names: [String], seen: [String: ContinuousClock.Instant] = [:], lane: IntakeLane = .backlog) async -> PreparedBatch {
        let taken = ContinuousClock.now
        for name in names { metrics.reached(.settled, seen: seen[name] ?? taken, now: taken) }
        return PreparedBatch(names: names, seen: seen, taken: taken, decisions: await decide(names, lane: lane), lane: lane)
    }

    /// Commits a prepared batch: one `syncfs` for its raw copies (a fresh batch's are durable
    /// already), one durable append, the fold, then the moves out of the inbox. One commit at a time (the caller's duty), in any order:
    /// what is new is decided here against the catalog, so a batch taken later and committed
    /// first only makes an earlier batch's copy of the same content a duplicate.
    public func ingest(_ prepared: PreparedBatch) async -> [IngestOutcome] {
        var batch = IntakeBatch()
        for decision in prepared.decisions {
            sort(decision, into: &batch)
        }
        if prepared.lane == .backlog { await makeRawCopiesDurable(&batch) }
        await commit(batch.fresh, into: &batch.outcomes, paced: prepared.lane == .backlog, seen: prepared.seen, taken: prepared.taken)
        for copy in batch.copies {
            batch.outcomes[copy.name] = projections.catalog.intake(of: copy.id) != nil
                ? finishDuplicate(copy.name, id: copy.id)
                : .deferred(reason: "its first copy in the same batch could not be committed")
        }
        syncFolders()
        return prepared.names.map { batch.outcomes[$0] ?? .vanished }
    }

    /// Records when the files just appended became durable and visible, from when each was seen
    /// (`taken`, for a file missing from `seen`). Recorded before they leave the inbox, so that
    /// whoever sees the inbox empty sees them counted.
    private func recordLatency(of names: [String], seen: [String: ContinuousClock.Instant], taken: ContinuousClock.Instant) {
        guard let lastAppend else { return }
        for name in names {
            let first = seen[name] ?? taken
            metrics.reached(.durable, seen: first, now: lastAppend.durable)
            metrics.reached(.visible, seen: first, now: lastAppend.visible)
        }
    }

    /// Finishes what needs no log write at once (vanished, unreadable, duplicates of logged
    /// content); keeps new content, with its raw copy stored, for the batch's append.
    private func sort(_ decision: IntakeDecision, into batch: inout IntakeBatch) {
        let name = decision.name
        let event: Event
        switch decision.verdict {
        case .vanished:
            batch.outcomes[name] = .vanished
            return
        case .unlogged(let id, let code, let reason):
            logger.warning("file not ingested; moved to failed/ with its reason, nothing logged",
                           metadata: ["file.name": "\(name)", "code": "\(code.rawValue)", "reason": "\(reason)"])
            batch.outcomes[name] = moveToFailed(name, sha: id?.rawValue, code: code, reason: reason)
            if case .rejected = batch.outcomes[name] {
                rejectedUnlogged += 1
                metrics.rejected(code)
            }
            return
        case .deferred(let reason):
            logger.warning("file cannot be read for now; it stays in the inbox and is retried at the next rescan",
                           metadata: ["file.name": "\(name)", "reason": "\(reason)"])
            batch.outcomes[name] = .deferred(reason: reason)
            return
        case .ignored(let reason):
            logger.notice("inbox entry ignored", metadata: ["file.name": "\(name)", "reason": "\(reason)"])
            batch.outcomes[name] = .ignored(reason: reason)
            return
        case .rejection(let rejected):
            event = .bulletinRejected(rejected)
        case .bulletin(let ingested, _):
            event = .bulletinIngested(ingested)
        }
        let id = event.bulletinID
        if projections.catalog.intake(of: id) != nil {
            batch.outcomes[name] = finishDuplicate(name, id: id)
        } else if batch.seen.contains(id) {
            batch.copies.append((name, id))  // finished once its first copy is committed
        } else {
            if case .failure(let error) = decision.rawCopy {
                logger.error("could not store raw bulletin; the file stays in the inbox", metadata: ["file.name": "\(name)", "error": "\(error)"])
                batch.outcomes[name] = .deferred(reason: "could not keep a copy of the bulletin: \(error)")
                return
            }
            guard let encoded = decision.encoded ?? (try? EncodedEvent(event)) else {
                batch.outcomes[name] = .deferred(reason: "its event could not be encoded")
                return
            }
            batch.seen.insert(id)
            batch.fresh.append((name, encoded, decision.encoded == nil ? nil : decision.packing))
        }
    }

    /// The raw copies become durable together (one `syncfs`, off the actor), before the log refers to them.
    private func makeRawCopiesDurable(_ batch: inout IntakeBatch) async {
        guard !batch.fresh.isEmpty else { return }
        do {
            try await Self.syncRawCopies(rawStore)
        } catch {
            logger.error("could not make the raw bulletin copies durable; the files stay in the inbox", metadata: ["error": "\(error)"])
            for item in batch.fresh { batch.outcomes[item.name] = .deferred(reason: "could not sync the raw copies: \(error)") }
            batch.fresh.removeAll()
        }
    }

    /// `syncfs` on a thread of the global pool, so that the actor can start preparing the next batch meanwhile.
    private nonisolated static func syncRawCopies(_ store: RawBulletinStore) async throws {
        try store.syncAll()
    }

    /// Reads, hashes, extracts and encodes the files concurrently (the CPU-bound part), and
    /// writes the raw copies of new bulletins, on ``intakeExecutor``. At most one file per core
    /// is read and extracted at a time, so memory holds a few files' working sets, not a whole
    /// batch's; a file's bytes are let go as soon as its raw copy is written. A fresh batch (a
    /// few files, ``IntakeLane/fresh``) is read on the global pool, at the daemon's priority,
    /// and its copies are made durable one by one (a `syncfs` during a back-fill would write out
    /// the backlog's copies too); a backlog batch's by the commit's `syncfs`.
    private func decide(_ names: [String], lane: IntakeLane) async -> [IntakeDecision] {
        let inbox = layout.inbox, durableCopies = lane == .fresh
        let extractor = self.extractor, read = self.read, store = self.rawStore
        let executor = lane == .backlog ? intakeExecutor : nil
        let spill = folded.spill
        let width = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        return await withTaskGroup(of: (Int, IntakeDecision).self) { group in
            var results = [IntakeDecision?](repeating: nil, count: names.count)
            for (index, name) in names.enumerated() {
                if index >= width, let (done, decision) = await group.next() { results[done] = decision }
                group.addTask(executorPreference: executor) {
                    var decision = IntakeDecision.decide(name: name, path: "\(inbox)/\(name)", extractor: extractor, read: read,
                                                          spill: spill)
                    decision.keepRawCopy(in: store, durable: durableCopies)
                    return (index, decision)
                }
            }
            for await (index, decision) in group { results[index] = decision }
            return results.compactMap { $0 }
        }
    }

    /// Appends the batch's events durably, folds them, records their latency (`seen`, `taken`:
    /// ``recordLatency(of:seen:taken:)``), then moves the files out of the inbox; `paced`
    /// publishes them as the pacer allows, else at once.
    private func commit(
        _ fresh: [(name: String, event: EncodedEvent, packing: EventPacking?)], into outcomes: inout [String: IngestOutcome], paced: Bool,
        seen: [String: ContinuousClock.Instant], taken: ContinuousClock.Instant
    ) async {
        guard !fresh.isEmpty else { return }
        let logged: [LoggedEvent]
        do {
            logged = try await appendAndFold(encoded: fresh.map(\.event), packings: fresh.map(\.packing), paced: paced)
        } catch {
            logger.error("could not append to the event log; the files stay in the inbox and are retried", metadata: ["error": "\(error)"])
            for item in fresh { outcomes[item.name] = .deferred(reason: "the event log could not be written: \(error)") }
            return
        }
        recordLatency(of: fresh.map(\.name), seen: seen, taken: taken)
        for (item, entry) in zip(fresh, logged) {
            let name = item.name
            var metadata: Logger.Metadata = ["file.name": "\(name)", "bulletin.sha256": "\(entry.event.bulletinID)", "event.seq": "\(entry.sequence)"]
            switch entry.event {
            case .bulletinIngested(let e):
                outcomes[name] = moveToProcessed(name, id: e.bulletin.id) ?? .ingested(e.bulletin.id, figures: e.figures.count, sequence: entry.sequence)
                metadata["figures"] = "\(e.figures.count)"
                metrics.ingested(e)
                if let source = e.context.sourceURL { metadata["source.url"] = "\(source)" }
                if e.figures.isEmpty {
                    logger.warning("ingested bulletin yielded no figures; listed by GET /v1/bulletins?figures=none", metadata: metadata)
                } else {
                    logger.info("ingested bulletin", metadata: metadata)
                }
            case .bulletinRejected(let e):
                outcomes[name] = moveToFailed(name, sha: e.id.rawValue, code: e.code, reason: e.reason)
                metadata["reason"] = "\(e.reason)"
                metrics.rejected(e.code)
                logger.warning("rejected file", metadata: metadata)
            case .figuresRevised, .figureCorrected, .figureConfirmed, .bulletinRetracted:
                break
            }
        }
        syncFolders()
        if projections.lastSequence - snapshotSequence >= snapshotEvery { checkpoint() }
    }

    /// The raw bulletin store, for re-extraction.
    var rawBulletins: RawBulletinStore { rawStore }
    /// The extractor this pipeline runs.
    public var extractorInUse: BulletinExtractor { extractor }

    /// Calls `probe` after each bulletin a re-extraction examines, on its thread.
    func setReextractProbe(_ probe: (@Sendable (Int) -> Void)?) {
        reextractProbe = probe
    }

    /// What a re-extraction asked for now would be refused with; nil when none runs.
    public var reextractionConflict: ReextractionInProgress? {
        reextraction.map { ReextractionInProgress(running: $0) }
    }

    /// Runs `extractor` from now on (a reloaded indicator catalogue); files already ingested
    /// keep their figures until ``reextract(requestedBy:)``.
    public func use(_ extractor: BulletinExtractor) {
        self.extractor = extractor
    }

    /// Appends events durably and folds them, and publishes them at once (people's acts and
    /// re-extractions: whoever asked reads the result next). One append at a time: the actor
    /// may interleave callers at the `await`, and events must be folded in sequence order.
    func appendAndFold(_ events: [Event]) async throws -> [LoggedEvent] {
        try await appendAndFold(encoded: events.map(EncodedEvent.init), paced: false)
    }

    /// As ``appendAndFold(_:)``, for events already encoded (and packed: `packings`, one per
    /// event or none); `paced` publishes them as the pacer allows (intake's batches).
    func appendAndFold(encoded events: [EncodedEvent], packings: [EventPacking?] = [], paced: Bool) async throws -> [LoggedEvent] {
        await appendGate.acquire()
        defer { appendGate.release() }
        let logged = try await log.append(encoded: events)
        let durable = ContinuousClock.now
        for (index, entry) in logged.enumerated() {
            do {
                try folded.apply(entry, packing: index < packings.count ? packings[index] : nil)
            } catch {
                // The log hands out gapless sequences; a gap here is a pubstat bug.
                preconditionFailure("\(error)")
            }
        }
        lastAppend = (durable, publish(appended: logged, paced: paced))
        return logged
    }

    /// Publishes the projections and counters as they are now to ``readModel``: at once, or
    /// (`paced`) when the pacer allows. Returns when they are, or will be, visible.
    @discardableResult
    private func publish(appended: [LoggedEvent] = [], paced: Bool = true) -> ContinuousClock.Instant {
        unpublished.append(contentsOf: appended)
        let now = clock()
        guard paced else {
            pacer.flush(at: now)
            publishNow()
            return now
        }
        pacer.interval = PublicationPacer.interval(base: publishInterval, answerCost: readModel.recentAnswerCost(at: now))
        switch pacer.offer(at: now) {
        case .now:
            publishNow()
            return now
        case .at(let due):
            Task { [weak self] in
                try? await Task.sleep(until: due, clock: .continuous)
                await self?.publicationDue()
            }
            return due
        case .coalesced:
            if case .pending(let due) = pacer.state { return due }
            return now
        }
    }

    /// A paced publication's time came (its timer may fire a little early: then it waits again).
    private func publicationDue() {
        if pacer.due(at: clock()) {
            publishNow()
        } else if case .pending(let due) = pacer.state {
            Task { [weak self] in
                try? await Task.sleep(until: due, clock: .continuous)
                await self?.publicationDue()
            }
        }
    }

    /// Publishes whatever waits for a paced publication now (tests; shutdown).
    public func publishPending() {
        guard pacer.isPending else { return }
        pacer.flush(at: clock())
        publishNow()
    }

    private func publishNow() {
        readModel.publish(
            ReadModelView(
                projections: projections, duplicates: duplicates, rejectedUnlogged: rejectedUnlogged, generation: generation),
            appended: unpublished)
        folded.published()
        unpublished.removeAll()
    }

    /// Where the projections keep their packed records (nil: in memory); a rebuild keeps its own there too.
    var projectionSpill: (any PackedRecordSpill)? { folded.spill }

    /// Makes `rebuilt` (the log folded up to some sequence) the projections intake folds into
    /// and queries read, and publishes it at once. Under the append gate, so that no append or
    /// fold interleaves: it first folds the events appended since `rebuilt`'s last one — the only
    /// time intake waits for a rebuild. Returns how many events that was and the sequence now
    /// published. Throws, keeping the projections in place, when the log cannot be read or the
    /// caught-up copy does not end where the projections do.
    func adopt(_ rebuilt: Projections) async throws -> (caughtUp: Int, sequence: UInt64) {
        await appendGate.acquire()
        defer { appendGate.release() }
        var next = rebuilt
        var caughtUp = 0
        let spill = folded.spill
        try log.replay(from: next.lastSequence + 1) { logged in
            try next.apply(logged, spill: spill)
            caughtUp += 1
        }
        guard next.lastSequence == projections.lastSequence else {
            throw RebuildMismatch(rebuilt: next.lastSequence, running: projections.lastSequence)
        }
        folded = ProjectionPair(next, spill: spill)
        generation += 1
        pacer.flush(at: clock())
        publishNow()
        return (caughtUp, next.lastSequence)
    }

    /// Writes a snapshot of the projections, if they moved since the last one.
    public func checkpoint() {
        let head = log.head
        guard projections.lastSequence != snapshotSequence, head.lastSequence == projections.lastSequence else { return }
        do {
            try snapshots.save(projections, chainHash: head.headHash)
            snapshotSequence = projections.lastSequence
            logger.debug("projection snapshot written", metadata: ["event.seq": "\(snapshotSequence)"])
        } catch {
            logger.error("could not write the projection snapshot; the next start replays more of the log", metadata: ["error": "\(error)"])
        }
    }

    /// A second copy of content already in the log: moved out, nothing appended.
    private func finishDuplicate(_ name: String, id: BulletinID) -> IngestOutcome {
        duplicates += 1
        metrics.duplicate()
        logger.notice("duplicate of a bulletin already in the log; moved out without new events", metadata: ["file.name": "\(name)", "bulletin.sha256": "\(id)"])
        if let rejection = projections.catalog.rejections[id] {
            _ = moveToFailed(name, sha: id.rawValue, code: rejection.code, reason: rejection.reason)
        } else {
            _ = moveToProcessed(name, id: id)
        }
        // The folders are synced once for the batch: a move lost in a crash leaves a duplicate
        // in the inbox, moved out again on the next look.
        return .duplicate(id)
    }

    /// Moves a file to processed/, its sidecar first (the log already holds what it said, so a
    /// crash between the two leaves only the bulletin, a duplicate, in the inbox); returns
    /// `.deferred` if it cannot.
    private func moveToProcessed(_ name: String, id: BulletinID) -> IngestOutcome? {
        do {
            // Room for the sidecar's suffix, if the name is short enough to have had a sidecar.
            let sidecarRoom = InboxNames.sidecar(of: name).utf8.count <= Int(NAME_MAX) ? InboxNames.sidecarSuffix.utf8.count : 0
            try FolderMove.move(name, from: layout.inbox, to: layout.processed, tag: id.short, reserve: sidecarRoom) { finalName in
                moveSidecar(of: name, to: layout.processed, as: finalName, tag: id.short)
            }
            movedInto.insert(layout.processed)
            return nil
        } catch {
            logger.error("could not move the file to processed/", metadata: ["file.name": "\(name)", "error": "\(error)"])
            return .deferred(reason: "could not move the file to processed/: \(error)")
        }
    }

    /// Writes `<name>.reason.json` in failed/ and moves the file beside it, then its sidecar.
    private func moveToFailed(_ name: String, sha: String?, code: RejectionCode, reason: String) -> IngestOutcome {
        let note = RejectionNote(file: name, sha256: sha, code: code, reason: reason, hint: RejectionNote.hint(for: code))
        let tag = sha.map { String($0.prefix(12)) }
        do {
            // The reason is written first, so a file in failed/ always has one beside it. The
            // sidecar follows the bulletin: were it moved first, a crash would leave the
            // bulletin in the inbox to be ingested without it (nothing is logged for a failed one).
            let finalName = try FolderMove.move(name, from: layout.inbox, to: layout.failed, tag: tag, reserve: Self.besideFailed) { finalName in
                try Posix.writeFileAtomically("\(layout.failed)/\(finalName)\(Self.reasonSuffix)", note.encoded())
            }
            moveSidecar(of: name, to: layout.failed, as: finalName, tag: tag)
            movedInto.insert(layout.failed)
        } catch {
            logger.error("could not move the rejected file to failed/", metadata: ["file.name": "\(name)", "error": "\(error)"])
            return .deferred(reason: "could not move the file to failed/: \(error)")
        }
        return .rejected(sha.flatMap { BulletinID(hex: $0) }, code: code)
    }

    /// `<name>.reason.json` beside a file in failed/.
    static let reasonSuffix = ".reason.json"
    /// The bytes a name in failed/ leaves free for the files beside it (reason, sidecar).
    static let besideFailed = max(reasonSuffix.utf8.count, InboxNames.sidecarSuffix.utf8.count)

    /// Moves an inbox entry whose name is not UTF-8 to failed/, under that name with the invalid
    /// bytes written as `\xNN`, with its reason and a warning; no event is logged.
    public func rejectUnusableName(_ entry: DirectoryEntry) -> IngestOutcome {
        let reason = "its name is not valid UTF-8 (it was stored as \"\(entry.displayName)\", each invalid byte written as \\xNN); pubstatd records, lists and moves files by UTF-8 names"
        let note = RejectionNote(file: entry.displayName, sha256: nil, code: .unusableName, reason: reason, hint: RejectionNote.hint(for: .unusableName))
        logger.warning("file not ingested; moved to failed/ with its reason, nothing logged",
                       metadata: ["file.name": "\(entry.displayName)", "code": "\(RejectionCode.unusableName.rawValue)", "reason": "\(reason)"])
        do {
            try FolderMove.move(entry, from: layout.inbox, to: layout.failed, reserve: Self.besideFailed) { finalName in
                try Posix.writeFileAtomically("\(layout.failed)/\(finalName)\(Self.reasonSuffix)", note.encoded())
            }
        } catch {
            logger.error("could not move the file to failed/", metadata: ["file.name": "\(entry.displayName)", "error": "\(error)"])
            return .deferred(reason: "could not move the file to failed/: \(error)")
        }
        movedInto.insert(layout.failed)
        rejectedUnlogged += 1
        metrics.rejected(.unusableName)
        syncFolders()
        return .rejected(nil, code: .unusableName)
    }

    /// Moves `<name>.meta.json`, if there is one, to `<folder>/<finalName>.meta.json` (or a
    /// free name beside it). A sidecar that cannot be moved stays in the inbox, where it waits
    /// harmlessly; the failure is logged.
    private func moveSidecar(of name: String, to folder: String, as finalName: String, tag: String?) {
        let sidecar = InboxNames.sidecar(of: name)
        guard sidecar.utf8.count <= Int(NAME_MAX) else { return }  // a name this long has none
        do {
            guard try Posix.statIfExists("\(layout.inbox)/\(sidecar)") != nil else { return }
            do {
                try Posix.renameNoReplace("\(layout.inbox)/\(sidecar)", to: "\(folder)/\(InboxNames.sidecar(of: finalName))")
            } catch let error as PosixError where error.isAlreadyExists {
                try FolderMove.move(sidecar, from: layout.inbox, to: folder, tag: tag)
            }
        } catch {
            logger.error("could not move the sidecar with its bulletin; it stays in the inbox",
                         metadata: ["file.name": "\(sidecar)", "error": "\(error)"])
        }
    }

    /// The folders files were moved into since the folders were last synced.
    private var movedInto: Set<String> = []

    /// Makes the moves since the last call durable: fsyncs the inbox and each folder a file was
    /// moved into (not a folder nothing entered: each fsync of a folder is a journal commit,
    /// 5–20 ms on this machine's disk, three per batch before).
    private func syncFolders() {
        guard !movedInto.isEmpty else { return }
        let folders = [layout.inbox] + [layout.processed, layout.failed].filter(movedInto.contains)
        movedInto.removeAll()
        for folder in folders {
            do { try Posix.fsyncDirectory(folder) } catch {
                logger.error("could not fsync a folder", metadata: ["folder": "\(folder)", "error": "\(error)"])
            }
        }
    }
}
