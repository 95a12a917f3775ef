import Dispatch
import Foundation
import Logging
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Synchronization
import Testing
@testable import PubstatIngest

/// Issue 10 defect 9: a re-extraction held intake and status for seconds, and several piled up.
/// Here one is paused half-way (on its own thread) while intake, reads and a second request go on.
@Suite struct ReextractConcurrencyTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-reextract")
    }

    static func report(_ province: String) -> String {
        """
        (Ngày đăng :03/04/2024 10:00:00 SA)
        Quý I/2024, thu ngân sách nhà nước trên địa bàn tỉnh \(province) đạt 812,4 tỷ đồng, bằng 28% dự toán Trung ương giao.
        """
    }

    @Test func aRunningReextractionHoldsUpNeitherIntakeNorReadsAndASecondIsRefused() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let projections = try await Self.staleBulletins(["Sơn La", "Lai Châu", "Điện Biên"], log: log, store: layout.bulletinStore)
        let pipeline = IngestPipeline(layout: layout, log: log, projections: projections, logger: Logger(label: "test"))

        let paused = DispatchSemaphore(value: 0)
        let reachedFirst = Mutex(false), watchdogFired = Mutex(false)
        await pipeline.setReextractProbe { examined in
            // pauses the first run only, at its first bulletin
            guard examined == 1, !reachedFirst.withLock({ $0 }) else { return }
            reachedFirst.withLock { $0 = true }
            paused.wait()
        }
        let root = Peer(uid: 0, gid: 0, pid: 1, userName: "root")
        let running = Task { try await pipeline.reextract(requestedBy: root) }
        // Were intake to wait behind the paused re-extraction, this would free it after a while and the test fails.
        // (Generous: on a loaded 2-core machine, with the other suites running in parallel, its start took over 20 s.)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(90))
            watchdogFired.withLock { $0 = true }
            paused.signal()
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while !reachedFirst.withLock({ $0 }), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(reachedFirst.withLock { $0 }, "the re-extraction never started")

        try Posix.writeFileAtomically("\(layout.inbox)/new.txt", Array(Self.report("Lào Cai").utf8))
        let outcomes = await pipeline.ingest(["new.txt"])
        guard case .ingested(let id, _, _) = outcomes.first else { Issue.record("new.txt: \(outcomes)"); return }
        #expect(!watchdogFired.withLock { $0 }, "intake waited for the re-extraction")
        #expect(pipeline.readModel.current().projections.catalog.bulletins[id] != nil, "the read model shows the new bulletin")

        let second = await #expect(throws: ReextractionInProgress.self) { try await pipeline.reextract() }
        #expect(second?.description.contains("already running (started for uid 0 (root)") == true, "\(String(describing: second))")
        #expect(await pipeline.reextractionConflict != nil)

        paused.signal()
        let report = try await running.value
        watchdog.cancel()
        #expect(report.examined == 3 && report.revised == 3, "\(report)")
        #expect(await pipeline.reextractionConflict == nil)
        // Three revisions and the new bulletin, in the order they were appended.
        #expect(log.head.lastSequence == 3 + 1 + 3)
        #expect(report.lastSequence == 7)
        #expect(try await pipeline.reextract().revised == 0, "a later run finds nothing left to revise")
    }

    @Test func manyRevisionsAreAppendedInSeveralBatches() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let count = IngestPipeline.reextractAppendBatch + 10
        let projections = try await Self.staleBulletins((0..<count).map { "Sơn La \($0)" }, log: log, store: layout.bulletinStore)
        let pipeline = IngestPipeline(layout: layout, log: log, projections: projections, logger: Logger(label: "test"))
        let report = try await pipeline.reextract()
        #expect(report.revised == count)
        #expect(report.lastSequence == UInt64(2 * count))
        #expect(pipeline.readModel.current().sequence == UInt64(2 * count))
    }

    /// Bulletins in the log with no figures, as an older extractor would have left them, and their raw copies.
    static func staleBulletins(_ provinces: [String], log: EventLog, store: String) async throws -> Projections {
        var projections = Projections()
        var events: [Event] = []
        for (index, province) in provinces.enumerated() {
            let bytes = Array(report(province).utf8)
            let id = BulletinID(rawValue: String(format: "5a%062x", index + 1))
            try RawBulletinStore(directory: store).store(bytes, as: id)
            let info = BulletinInfo(id: id, fileName: "old-\(index).txt", byteCount: bytes.count, published: nil, subject: nil, title: nil,
                                    extractorVersion: "0.0.0")
            events.append(.bulletinIngested(BulletinIngested(bulletin: info, figures: [])))
        }
        for entry in try await log.append(events) { try projections.apply(entry) }
        return projections
    }
}
