import Foundation
import Logging
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Testing

/// The pipeline's publications, paced: the first batch of an idle pipeline is visible at once,
/// a batch right after it waits for the interval (or a flush), and people's acts never wait.
@Suite struct PacedPublicationTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-paced")
    }

    private func drop(_ text: String, as name: String) throws {
        try Posix.writeFileAtomically("\(layout.inbox)/\(name)", Array(text.utf8))
    }

    private static func bulletin(_ amount: Int) -> String {
        """
        (Ngày đăng :03/04/2024 10:00:00 SA)
        Quý I/2024, thu ngân sách nhà nước trên địa bàn tỉnh Sơn La đạt \(amount),4 tỷ đồng, bằng 28% dự toán Trung ương giao.
        """
    }

    @Test func aBatchRightAfterAnotherWaitsForTheIntervalAndActsDoNot() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), publishInterval: .seconds(30),
                                      logger: Logger(label: "test"))
        try drop(Self.bulletin(812), as: "a.txt")
        _ = await pipeline.ingest(["a.txt"])
        #expect(pipeline.readModel.current().sequence == 1)  // idle: at once
        try drop(Self.bulletin(813), as: "b.txt")
        _ = await pipeline.ingest(["b.txt"])
        #expect(await pipeline.projections.lastSequence == 2)
        #expect(pipeline.readModel.current().sequence == 1)  // within the interval: waits
        #expect(pipeline.readModel.recentEvents(after: 0, limit: 10)?.map(\.sequence) == [1])
        await pipeline.publishPending()
        #expect(pipeline.readModel.current().sequence == 2)
        #expect(pipeline.readModel.recentEvents(after: 0, limit: 10)?.map(\.sequence) == [1, 2])

        // A batch waits again; an act right after it publishes both at once.
        try drop(Self.bulletin(814), as: "c.txt")
        guard case .ingested(let id, _, _) = await pipeline.ingest(["c.txt"])[0] else {
            Issue.record("c.txt was not ingested")
            return
        }
        #expect(pipeline.readModel.current().sequence == 2)
        _ = try await pipeline.appendAct(.bulletinRetracted(BulletinRetracted(id: id, reason: "test", peer: Requester(uid: 0, user: "root"))))
        #expect(pipeline.readModel.current().sequence == 4)
    }

    /// Issue 11: a batch of files dropped during a back-fill is visible at once, with the backlog
    /// batch that waited; the backlog's next batch waits for the interval again.
    @Test func aFreshBatchIsPublishedAtOnceAndTheBacklogStaysPaced() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), publishInterval: .seconds(30),
                                      logger: Logger(label: "test"))
        try drop(Self.bulletin(821), as: "a.txt")
        _ = await pipeline.ingest(["a.txt"])
        try drop(Self.bulletin(822), as: "b.txt")
        _ = await pipeline.ingest(["b.txt"])
        #expect(pipeline.readModel.current().sequence == 1)  // the backlog's batch waits
        try drop(Self.bulletin(823), as: "fresh.txt")
        _ = await pipeline.ingest(await pipeline.prepare(["fresh.txt"], lane: .fresh))
        #expect(pipeline.readModel.current().sequence == 3)
        #expect(pipeline.readModel.recentEvents(after: 0, limit: 10)?.map(\.sequence) == [1, 2, 3])
        try drop(Self.bulletin(824), as: "c.txt")
        _ = await pipeline.ingest(["c.txt"])
        #expect(pipeline.readModel.current().sequence == 3)
    }

    @Test func withoutAnIntervalEveryBatchIsVisibleAtOnce() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: Logger(label: "test"))
        for amount in 1...3 {
            try drop(Self.bulletin(amount), as: "\(amount).txt")
            _ = await pipeline.ingest(["\(amount).txt"])
            #expect(pipeline.readModel.current().sequence == UInt64(amount))
        }
    }
}
