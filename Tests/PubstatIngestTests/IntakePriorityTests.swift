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

/// Issue 9: a back-fill's extraction ran on Swift's global pool, the threads that also answer
/// queries, at the same priority; queries fell to 0.04× nginx's rate. Intake's files must be
/// read and extracted on the intake executor's threads, whose nice value is raised.
@Suite struct IntakePriorityTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-priority")
        for index in 0..<8 {
            try Posix.writeFileAtomically("\(layout.inbox)/\(index).txt",
                                          Array("Năm 2024, tổng lượt khách du lịch đến tỉnh ước đạt 1,\(index) triệu lượt.".utf8))
        }
    }

    /// Where each file was read, and at which nice value.
    private final class Readers: Sendable {
        let seen = Mutex<[(thread: pthread_t, nice: Int32)]>([])
    }

    private var quiet: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .error
        return logger
    }

    /// A pipeline on `executor` that notes in `readers` on which thread, at which nice value, each file is read.
    private func makePipeline(log: EventLog, executor: ThreadPoolExecutor, readers: Readers) -> IngestPipeline {
        IngestPipeline(
            layout: layout, log: log, projections: Projections(), intakeExecutor: executor, logger: quiet,
            read: { path, limit in
                let nice = (try? Posix.threadNiceness()) ?? -100
                readers.seen.withLock { $0.append((Posix.currentThread(), nice)) }
                return try InboxFile.read(path, maxBytes: limit)
            })
    }

    @Test func filesAreReadAndExtractedOnTheIntakeExecutorAtItsLowerPriority() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let base = try Posix.threadNiceness()
        let executor = ThreadPoolExecutor(name: "test-intake", threads: 2, niceIncrement: 10)
        defer { executor.shutdown() }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let readers = Readers()
        let pipeline = makePipeline(log: log, executor: executor, readers: readers)
        let outcomes = await pipeline.ingest((0..<8).map { "\($0).txt" })
        #expect(outcomes.allSatisfy { if case .ingested = $0 { true } else { false } })
        let seen = readers.seen.withLock { $0 }
        #expect(seen.count == 8)
        #expect(seen.allSatisfy { executor.threads.contains($0.thread) })
        #expect(seen.allSatisfy { $0.nice == min(maxNiceness, base + 10) })
    }

    @Test func theIntakeServiceRunsItsBatchesOnTheIntakeExecutor() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let executor = ThreadPoolExecutor(name: "test-intake", threads: 2, niceIncrement: 10)
        defer { executor.shutdown() }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let readers = Readers()
        let pipeline = makePipeline(log: log, executor: executor, readers: readers)
        let batches = Mutex<[pthread_t]>([])
        let service = IntakeService(
            pipeline: pipeline, inbox: layout.inbox, options: .init(settle: .zero, rescanInterval: .seconds(60)),
            logger: quiet,
            onBatch: { _ in batches.withLock { $0.append(Posix.currentThread()) } })
        let running = Task { try await service.run() }
        for _ in 0..<500 where batches.withLock({ $0.isEmpty }) || (try? Posix.listDirectory(layout.inbox))?.isEmpty == false {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(readers.seen.withLock { $0.count } == 8)
        #expect(readers.seen.withLock { $0 }.allSatisfy { executor.threads.contains($0.thread) })
        #expect(!batches.withLock { $0 }.isEmpty)
        #expect(batches.withLock { $0 }.allSatisfy { executor.threads.contains($0) })
        running.cancel()
        _ = try? await running.value
    }
}
