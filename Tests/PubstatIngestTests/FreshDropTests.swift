import Foundation
import Logging
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Synchronization
import Testing
@testable import PubstatIngest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 11: a bulletin renamed into the inbox while intake works on a backlog is committed and
/// published ahead of it, through the real intake service and pipeline; the backlog is still
/// taken in full, each file once.
@Suite struct FreshDropTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-fresh")
    }

    private static func bulletin(_ amount: Int) -> [UInt8] {
        Array("""
        (Ngày đăng :03/04/2024 10:00:00 SA)
        Quý I/2024, thu ngân sách nhà nước trên địa bàn tỉnh Sơn La đạt \(amount),4 tỷ đồng, bằng 28% dự toán Trung ương giao.
        """.utf8)
    }

    private var quiet: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .error
        return logger
    }

    /// What the test's reader and `onBatch` share.
    private final class Probe: Sendable {
        /// Set once the fresh file's outcome has been handed to `onBatch`.
        let freshCommitted = Atomic<Bool>(false)
        let dropped = Atomic<Bool>(false)
        /// The outcomes of each batch, in the order they were committed.
        let batches = Mutex<[[IngestOutcome]]>([])
    }

    /// The backlog's first batch is being read when the drop is renamed in; its other files are
    /// held until the drop is committed (at most 20 s, so that a regression fails rather than hangs).
    /// Before issue 11 the loop looked at the inbox again only after the whole backlog.
    @Test func aFileDroppedDuringABackfillIsCommittedAndPublishedBeforeTheRestOfTheBacklog() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        for index in 0..<12 {
            try Posix.writeFileAtomically("\(layout.inbox)/b\(index + 10).txt", Self.bulletin(100 + index))
        }
        let staged = "\(root)/drop.txt"
        try Posix.writeFileAtomically(staged, Self.bulletin(999))
        let freshID = BulletinID.of(Self.bulletin(999))
        let inbox = layout.inbox
        let executor = ThreadPoolExecutor(name: "test-intake", threads: 4)
        defer { executor.shutdown() }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let probe = Probe()
        let pipeline = IngestPipeline(
            layout: layout, log: log, projections: Projections(), publishInterval: .seconds(30), intakeExecutor: executor,
            logger: quiet,
            read: { path, limit in
                if path.hasSuffix("/b10.txt"), !probe.dropped.exchange(true, ordering: .sequentiallyConsistent) {
                    try Posix.rename(staged, to: "\(inbox)/drop.txt")
                } else if !path.hasSuffix("/drop.txt") {
                    for _ in 0..<20_000 where !probe.freshCommitted.load(ordering: .sequentiallyConsistent) { usleep(1_000) }
                }
                return try InboxFile.read(path, maxBytes: limit)
            })
        let service = IntakeService(
            pipeline: pipeline, inbox: inbox, options: .init(settle: .zero, rescanInterval: .seconds(60), batchSize: 4),
            logger: quiet,
            onBatch: { outcomes in
                if outcomes.contains(where: { if case .ingested(freshID, _, _) = $0 { true } else { false } }) {
                    // published at once, though a backlog batch waits 30 s for its paced publication
                    #expect(pipeline.readModel.current().projections.catalog.intake(of: freshID) != nil)
                    probe.freshCommitted.store(true, ordering: .sequentiallyConsistent)
                }
                probe.batches.withLock { $0.append(outcomes) }
            })
        let running = Task { try await service.run() }
        for _ in 0..<3_000 where probe.batches.withLock({ $0.flatMap { $0 }.count }) < 13 {
            try await Task.sleep(for: .milliseconds(10))
        }
        running.cancel()
        _ = try? await running.value

        let batches = probe.batches.withLock { $0 }
        let ids = batches.flatMap { $0 }.compactMap { if case .ingested(let id, _, _) = $0 { id } else { nil } }
        #expect(ids.count == 13 && Set(ids).count == 13)
        #expect(batches.first?.count == 1 && ids.first == freshID)
        #expect(try Posix.listDirectory(inbox).isEmpty)
    }
}
