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

/// Issue 9 items 10–11: `POST /v1/rebuild` folds the whole log again into new projections and
/// publishes them. Here with the real pipeline and log: bulletins ingested from the inbox, a
/// person's correction and a retraction, then the rebuild.
@Suite struct RebuildTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-rebuild")
    }

    static let alice = Requester(uid: 1000, user: "alice")

    /// Drops one bulletin per province in the inbox and ingests them as one batch.
    func ingest(_ provinces: [String], into pipeline: IngestPipeline) async throws {
        var names: [String] = []
        for province in provinces {
            let name = "\(province).txt"
            try Posix.writeFileAtomically("\(layout.inbox)/\(name)", Array(ReextractConcurrencyTests.report(province).utf8))
            names.append(name)
        }
        let outcomes = await pipeline.ingest(names)
        for outcome in outcomes {
            guard case .ingested = outcome else { Issue.record("not ingested: \(outcomes)"); return }
        }
    }

    @Test func aRebuildGivesTheSameProjectionsAndIntakeGoesOnFoldingIntoThem() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: Logger(label: "test"))
        try await ingest(["Sơn La", "Lai Châu", "Điện Biên"], into: pipeline)
        let laiChau = try #require(await pipeline.projections.catalog.list.bulletins.first { $0.fileName == "Lai Châu.txt" }?.id)
        let detail = try #require(await pipeline.projections.catalog.detail(matching: laiChau.rawValue))
        let figure = try #require(detail.figures.first)
        var corrected = figure
        corrected.value = 815
        _ = try await pipeline.appendAct(.figureCorrected(FigureCorrected(
            bulletinID: laiChau, figureID: detail.figureIDs[0], value: 815, fields: nil, figure: corrected, reason: "typo", peer: Self.alice)))
        let sonLa = try #require(await pipeline.projections.catalog.list.bulletins.first { $0.fileName == "Sơn La.txt" }?.id)
        _ = try await pipeline.appendAct(.bulletinRetracted(BulletinRetracted(id: sonLa, reason: "a mistake", peer: Self.alice)))

        let before = await pipeline.projections
        let stampBefore = pipeline.readModel.current().stamp(of: .everything)
        #expect(before.lastSequence == 5)
        #expect(before.budget.report().years.contains { $0.quarters.contains { $0.revenueBillionVND == 815 } })
        let report = try await pipeline.rebuild(requestedBy: Peer(uid: 0, gid: 0, pid: 1, userName: "root"))
        #expect(report.eventsRead == 5)
        #expect(report.eventsCaughtUp == 0)
        #expect(report.headSequence == 5)
        #expect(report.seconds >= 0)
        #expect(await pipeline.projections == before)
        #expect(pipeline.readModel.current().projections == before)
        #expect(await pipeline.rebuildConflict == nil)
        // Same sequences, but a cached answer from before the rebuild no longer stands.
        let stampAfter = pipeline.readModel.current().stamp(of: .everything)
        #expect(stampAfter.head == stampBefore.head && stampAfter.version == stampBefore.version)
        #expect(!stampAfter.answersAlike(stampBefore) && stampBefore.precedes(stampAfter))

        // Intake folds into the rebuilt projections, and publishes them.
        try await ingest(["Lào Cai"], into: pipeline)
        #expect(await pipeline.projections.lastSequence == 6)
        #expect(pipeline.readModel.current().sequence == 6)
        #expect(pipeline.readModel.current().projections.catalog.bulletins.count == 4)
    }

    /// Paused once it has folded the log: reads answer from the projections in place, intake goes
    /// on, a second rebuild is refused; released, it folds what intake appended meanwhile.
    @Test func aRunningRebuildHoldsUpNeitherReadsNorIntakeAndCatchesUp() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: Logger(label: "test"))
        try await ingest(["Sơn La", "Lai Châu"], into: pipeline)
        let paused = DispatchSemaphore(value: 0)
        let reached = Mutex(false)
        await pipeline.setRebuildProbe {
            reached.withLock { $0 = true }
            paused.wait()
        }
        let running = Task { try await pipeline.rebuild() }
        // frees the rebuild if the test cannot (it then fails on the expectations below)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(60))
            paused.signal()
        }
        let deadline = ContinuousClock.now + .seconds(30)
        while !reached.withLock({ $0 }), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(reached.withLock { $0 }, "the rebuild never folded the log")

        #expect(pipeline.readModel.current().sequence == 2, "reads answer from the projections in place")
        try await ingest(["Lào Cai"], into: pipeline)
        #expect(pipeline.readModel.current().sequence == 3, "intake went on and was published")
        let second = await #expect(throws: RebuildInProgress.self) { try await pipeline.rebuild() }
        #expect(second?.description.contains("already running") == true)

        paused.signal()
        let report = try await running.value
        watchdog.cancel()
        #expect(report.eventsRead == 3 && report.eventsCaughtUp == 1 && report.headSequence == 3, "\(report)")
        #expect(await pipeline.projections.catalog.bulletins.count == 3)
        #expect(pipeline.readModel.current().projections == (await pipeline.projections))
    }

    @Test func aRebuildOfAnEmptyLogPublishesEmptyProjections() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: Logger(label: "test"))
        let report = try await pipeline.rebuild()
        #expect(report.eventsRead == 0 && report.headSequence == 0)
        #expect(pipeline.readModel.current().projections == Projections())
    }
}
