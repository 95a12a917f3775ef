import Logging
import NIOPosix
import PubstatExtraction
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import PubstatServer
import PubstatSystemd
import ServiceLifecycle

/// pubstatd: replays the log, then runs intake, the API server and the watchdog until
/// SIGTERM or SIGINT, and re-reads its configuration on SIGHUP.
public struct Daemon: Sendable {
    public let configuration: DaemonConfiguration
    /// Re-reads the configuration from its sources (on SIGHUP).
    let reloadConfiguration: @Sendable () throws -> DaemonConfiguration
    /// The level every logger follows; a reload may change it.
    let logLevel: LogLevelSetting?
    /// What `GET /metrics` exposes.
    let metrics: DaemonMetrics
    private let notifier = SystemdNotifier()

    public init(
        configuration: DaemonConfiguration, logLevel: LogLevelSetting? = nil, metrics: DaemonMetrics = DaemonMetrics(),
        reloadConfiguration: @escaping @Sendable () throws -> DaemonConfiguration
    ) {
        self.metrics = metrics
        self.configuration = configuration
        self.logLevel = logLevel
        self.reloadConfiguration = reloadConfiguration
    }

    public func run() async throws {
        let logger = Logger(label: "pubstatd")
        let layout = InboxLayout(
            inbox: configuration.inbox, processed: configuration.processed,
            failed: configuration.failed, state: configuration.state
        )
        try layout.createFolders()
        let limits = Self.serverLimits(configuration, descriptors: Self.raiseDescriptorLimit(logger: logger), logger: logger)
        // A bad indicator file stops the start: figures extracted without it would be silently incomplete.
        let extractor = try CatalogueSource.extractor(folder: configuration.indicators)
        logger.info("indicator catalogue loaded", metadata: CatalogueSource.metadata(extractor, folder: configuration.indicators))

        // the log's lock first: a second pubstatd on this state stops now, not after loading the snapshot
        let lock = try EventLog.lock(directory: layout.logDirectory)
        // the projections' packed figures and mentions go to a scratch file, rebuilt at every start
        let spill = try PackedRecordFile(directory: layout.state)
        let snapshots = ProjectionSnapshotStore(directory: layout.snapshotDirectory, spill: spill)
        let stored = snapshots.load()
        let (log, openRecovery) = try openLog(layout, lock: lock, after: try? stored.get(), logger: logger)
        var recovery = openRecovery
        let projections = try Self.restore(log, snapshots: snapshots, stored: stored, logger: logger)
        if let report = log.recovery, !report.lost.isEmpty {
            let lost = LostRecords.handle(report, projections: projections, layout: layout, logger: logger)
            recovery = ([recovery ?? report.description] + lost).joined(separator: "; ")
        }
        // Requests and intake on threads of their own, intake's at a lower priority; the API's and
        // NIO's event loops are started first, from this thread, so they keep the process's nice
        // value (a thread inherits its creator's, and NIO's group would start on first use).
        _ = MultiThreadedEventLoopGroup.singleton.next()
        let apiExecutor = ThreadPoolExecutor(name: "pubstat-api", threads: DaemonConfiguration.Defaults.apiThreads)
        let intakeExecutor = ThreadPoolExecutor(
            name: "pubstat-intake", threads: DaemonConfiguration.Defaults.intakeThreads, niceIncrement: configuration.intakeNice)
        if let error = intakeExecutor.priorityError {
            logger.warning("could not lower intake's scheduling priority; queries may slow down while files are ingested",
                           metadata: ["error": "\(error)", "intake.nice": "\(configuration.intakeNice)"])
        }
        let pipeline = IngestPipeline(
            layout: layout, log: log, projections: projections, extractor: extractor,
            metrics: IngestMetrics(factory: metrics.factory), publishInterval: DaemonConfiguration.Defaults.publishInterval,
            intakeExecutor: intakeExecutor, spill: spill, logger: logger)
        let catalogue = CatalogueSource(folder: configuration.indicators, pipeline: pipeline, logger: logger)
        let queries = DaemonQueries(pipeline: pipeline, catalogue: catalogue, log: log, inbox: layout.inbox, recovery: recovery,
                                    backlog: InboxBacklog(inbox: layout.inbox))
        let gauges = ScrapeGauges(queries: queries, factory: metrics.factory)
        let registry = metrics.registry
        let serverMetrics = ServerMetrics(factory: metrics.factory) {
            gauges.sample()
            return registry.emitToBuffer()
        }

        let status = StatusReporter(queries: queries, notifier: notifier)
        // a start from a snapshot skipped reading the sealed segments it covers: read them once READY
        let audit = log.prefixMatched == true ? (try? stored.get()).map {
            BackgroundPrefixAudit(directory: layout.logDirectory,
                                  prefix: VerifiedPrefix(sequence: $0.lastSequence, chainHash: $0.chainHash), logger: logger)
        } : nil
        let gate = ReadinessGate(waitingFor: [.watcher, .listener]) {
            await status.ready(logger: logger)
            audit?.start(on: intakeExecutor)
        }
        let ingestBeat = Heartbeat(name: "ingest", maxAge: .seconds(120))
        let intake = IntakeService(
            pipeline: pipeline, inbox: layout.inbox,
            options: IntakeService.Options(settle: configuration.settle, rescanInterval: configuration.rescanInterval,
                                           batchBytes: configuration.intakeBatchBytes),
            logger: logger,
            onEstablished: { await gate.mark(.watcher) },
            onBatch: { _ in await status.update() },
            activity: { busy in busy ? ingestBeat.beat() : ingestBeat.idle() }
        )
        let server = PubstatHTTPServer(
            queries: queries, socket: try Self.serverSocket(configuration), logger: logger, limits: limits,
            metrics: serverMetrics, executor: apiExecutor, onListening: { await gate.mark(.listener) }
        )
        var services: [any Service] = [server, intake]
        if let interval = try? notifier.watchdogInterval() {
            let probe = EventLoopProbe(maxAge: interval / 2, period: interval / 8)
            services.append(probe)
            services.append(WatchdogService(interval: interval, heartbeats: [ingestBeat] + probe.heartbeats, notifier: notifier, logger: logger))
            logger.info("systemd watchdog enabled", metadata: ["interval": "\(interval)"])
        }
        services.append(ReloadService(daemon: self, catalogue: catalogue, notifier: notifier, logger: logger))

        var entries = services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) }
        entries.append(.init(service: FeedCloser(readModel: pipeline.readModel), successTerminationBehavior: .ignore))
        entries.append(.init(service: StoppingNotifier(notifier: notifier), successTerminationBehavior: .ignore))
        let group = ServiceGroup(configuration: .init(
            services: entries, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger
        ))
        try await group.run()
        await pipeline.publishPending()
        await pipeline.checkpoint()
        log.close()
        logger.info("pubstatd stopped")
    }

    /// Opens the log, verifying the SHA-256 chain in the same pass: after the record the
    /// projection `snapshot` was folded up to when its chain hash is the log's (sealed segments
    /// before it get a header check: start-up does not grow with the log), else the whole
    /// chain. A record altered there, even with a recomputed checksum, stops the start before
    /// anything is served; a torn tail is left for open to cut, and the cut is returned for `/v1/status`.
    private func openLog(
        _ layout: InboxLayout, lock: FileLock, after snapshot: ProjectionSnapshotStore.Snapshot?, logger: Logger
    ) throws -> (EventLog, recovery: String?) {
        if notifier.isSupervised {
            // A long log takes a while to verify and replay: keep systemd's start timeout at bay.
            try? notifier.extendTimeout(by: .seconds(300))
        }
        let log = try EventLog.open(
            directory: layout.logDirectory,
            options: EventLog.Options(
                segmentSize: configuration.segmentSize, verifyHashChain: true,
                verifiedPrefix: snapshot.map { VerifiedPrefix(sequence: $0.lastSequence, chainHash: $0.chainHash) }),
            lock: lock
        )
        let verifiedFrom = log.prefixMatched == true ? snapshot.map { $0.lastSequence + 1 } ?? 1 : 1
        logger.info("event log verified", metadata: [
            "records": "\(log.head.recordCount)", "head": "\(log.head.headHash)", "chain.verified_from": "\(verifiedFrom)",
        ])
        let recovery = log.recovery?.description
        if let recovery { logger.warning("log recovery: \(recovery)") }
        return (log, recovery)
    }

    /// Takes the projection snapshot `stored` (as ``ProjectionSnapshotStore/load()`` gave it) if
    /// it fits this log, then folds the log's tail into it.
    ///
    /// A snapshot that fails its checksum, is malformed, or whose chain hash is not the log's
    /// record at its sequence is never used: it is set aside as `projections.snapshot.damaged`
    /// with a warning, the projections are rebuilt from the whole log, and a fresh snapshot is
    /// written at once (so a damaged value is never carried on into later snapshots). One of
    /// another format or version (an older pubstatd's) is rebuilt and replaced at once too.
    static func restore(
        _ log: EventLog, snapshots: ProjectionSnapshotStore, stored: Result<ProjectionSnapshotStore.Snapshot, SnapshotUnusable>,
        logger: Logger
    ) throws -> Projections {
        var projections = Projections()
        var discarded: SnapshotUnusable?
        var replace = false
        switch stored {
        case .success(let snapshot):
            // open compared the snapshot's chain hash with the log's when it was given as the verified prefix
            let logHash = log.prefixMatched == true ? snapshot.chainHash : try? log.chainHash(at: snapshot.lastSequence)
            if logHash == snapshot.chainHash {
                projections = snapshot.projections
            } else {
                discarded = .notOfThisLog(
                    path: snapshots.path, sequence: snapshot.lastSequence, snapshotHash: snapshot.chainHash, logHash: logHash)
            }
        case .failure(let why) where why.isDamage:
            discarded = why
        case .failure(let why):
            logger.info("rebuilding projections from the log: \(why)")
            replace = why.code == .otherVersion
        }
        if let discarded {
            let aside = try? snapshots.setAside()
            // After a repair of the log's last group commit, a snapshot of the old head no longer matches: expected.
            let repaired = log.recovery != nil && discarded.code == .notOfThisLog
                ? " (expected: the log's last group commit was repaired on this start)" : ""
            logger.warning("projection snapshot discarded, rebuilding projections from the log: \(discarded)\(repaired)", metadata: [
                "snapshot.path": "\(snapshots.path)", "snapshot.kept_as": "\(aside ?? "(could not be moved aside)")",
            ])
        }
        let fromSnapshot = projections.lastSequence
        try log.replay(from: fromSnapshot + 1) { logged in
            try projections.apply(logged, spill: snapshots.spill)
        }
        if discarded != nil || replace, projections.lastSequence > 0 {
            do {
                try snapshots.save(projections, chainHash: log.head.headHash)
            } catch {
                logger.error("could not write a fresh projection snapshot", metadata: ["error": "\(error)"])
            }
        }
        logger.info("projections ready", metadata: [
            "snapshot.seq": "\(fromSnapshot)", "replayed": "\(projections.lastSequence - fromSnapshot)",
            "event.seq": "\(projections.lastSequence)",
        ])
        return projections
    }

    /// Descriptors intake, the log and the runtime keep for themselves, out of the API's reach.
    static let reservedDescriptors: UInt64 = 128

    /// Raises the soft descriptor limit to the hard one; returns the limit in force (nil if unknown).
    static func raiseDescriptorLimit(logger: Logger) -> UInt64? {
        do {
            let limit = try Posix.raiseDescriptorLimit()
            logger.info("file descriptor limit", metadata: ["soft": "\(limit.soft)", "hard": "\(limit.hard)"])
            return limit.soft
        } catch {
            // e.g. EPERM under a system call filter without @resources; LimitNOFILE= sets it there.
            let soft = try? Posix.descriptorLimit().soft
            logger.notice("could not raise the file descriptor limit; set LimitNOFILE= in the unit",
                          metadata: ["error": "\(error)", "soft": "\(soft.map(String.init) ?? "unknown")"])
            return soft
        }
    }

    /// The API's limits: the configured ones, with the connection cap lowered to what the
    /// descriptor limit leaves after intake's share.
    static func serverLimits(_ configuration: DaemonConfiguration, descriptors: UInt64?, logger: Logger) -> ServerLimits {
        var limits = ServerLimits(
            maxConnections: configuration.maxConnections, headerTimeout: configuration.headerTimeout,
            idleTimeout: configuration.idleTimeout)
        if let descriptors {
            let room = Int(clamping: descriptors > reservedDescriptors * 2 ? descriptors - reservedDescriptors : descriptors / 2)
            if limits.maxConnections > room {
                logger.warning("max-connections lowered to fit the file descriptor limit; raise LimitNOFILE= (or ulimit -n) to allow more",
                               metadata: ["configured": "\(limits.maxConnections)", "used": "\(room)", "descriptor.limit": "\(descriptors)"])
                limits.maxConnections = max(room, 1)
            }
        }
        return limits
    }

    /// The socket systemd passed in, or a socket file of our own.
    static func serverSocket(_ configuration: DaemonConfiguration) throws -> ServerSocket {
        if let fd = try SocketActivation.listeners().first { return .inherited(fd: fd) }
        try Posix.makeDirectories(Posix.parentDirectory(of: configuration.socket), mode: 0o755)
        return .path(configuration.socket, mode: 0o660)
    }
}
