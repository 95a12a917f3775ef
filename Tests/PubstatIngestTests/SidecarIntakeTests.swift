import Foundation
import Logging
import PubstatExtraction
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Testing

/// `<name>.meta.json` sidecars in the inbox: read with their bulletin, moved with it, never alone.
@Suite struct SidecarIntakeTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-sidecar")
    }

    /// Names no province and no year: only the sidecar gives them.
    private let bulletin = "6 tháng đầu năm, thu ngân sách nhà nước trên địa bàn tỉnh đạt 812,4 tỷ đồng, tăng 5% so với cùng kỳ.\n"

    private func drop(_ text: String, as name: String) throws {
        try Posix.writeFileAtomically("\(layout.inbox)/\(name)", Array(text.utf8))
    }

    private func pipeline(_ log: EventLog, _ projections: Projections = Projections()) -> IngestPipeline {
        IngestPipeline(layout: layout, log: log, projections: projections, logger: Logger(label: "test"))
    }

    @Test func aSidecarIsReadWithItsBulletinRecordedAndMovedBesideIt() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = pipeline(log)
        try drop(#"{"source_url": "https://sonla.gov.vn/tin/1", "published": "2024-07-05", "publisher": "Cổng TTĐT"}"#, as: "a.txt.meta.json")
        try drop(bulletin, as: "a.txt")
        // the sidecar itself is never a candidate for intake
        #expect(!InboxNames.isCandidate("a.txt.meta.json"))
        let outcomes = await pipeline.ingest(["a.txt"])
        guard case .ingested(let id, let count, _) = outcomes[0] else { Issue.record("a.txt: \(outcomes[0])"); return }
        #expect(count >= 1)
        #expect(try Posix.listDirectory(layout.inbox).isEmpty)
        #expect(try Set(Posix.listDirectory(layout.processed)) == ["a.txt", "a.txt.meta.json"])
        var logged: [LoggedEvent] = []
        try log.replay { logged.append($0) }
        guard case .bulletinIngested(let event) = logged.first?.event else { Issue.record("not bulletin.ingested"); return }
        #expect(event.context.sourceURL == "https://sonla.gov.vn/tin/1")
        #expect(event.context.publisher == "Cổng TTĐT")
        #expect(event.bulletin.subject == Jurisdiction(.province, "Sơn La"))
        #expect(event.bulletin.published == CalendarDate(year: 2024, month: 7, day: 5))
        let figure = try #require(event.figures.first { $0.indicator == .budgetRevenueOnTerritory })
        #expect(figure.jurisdiction == Jurisdiction(.province, "Sơn La"))
        #expect(figure.period?.description == "2024-H1")
        let detail = await pipeline.projections.catalog.bulletins[id]
        #expect(detail?.context?.sourceURL == "https://sonla.gov.vn/tin/1")
        #expect(detail?.bulletin.sourceURL == "https://sonla.gov.vn/tin/1")
    }

    @Test func aMalformedSidecarSendsTheBulletinToFailedWithItsReasonAndLogsNothing() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = pipeline(log)
        try drop(#"{"jurisdiction": "Sơn La"}"#, as: "b.txt.meta.json")
        try drop(bulletin, as: "b.txt")
        let outcomes = await pipeline.ingest(["b.txt"])
        guard case .rejected(let id?, let code) = outcomes[0] else { Issue.record("b.txt: \(outcomes[0])"); return }
        #expect(code == .malformedSidecar)
        #expect(id == BulletinID.of(Array(bulletin.utf8)))
        #expect(log.head.lastSequence == 0)
        #expect(try Posix.listDirectory(layout.inbox).isEmpty)
        #expect(try Set(Posix.listDirectory(layout.failed)) == ["b.txt", "b.txt.reason.json", "b.txt.meta.json"])
        let note = try JSONSerialization.jsonObject(with: Data(Posix.readFile("\(layout.failed)/b.txt.reason.json"))) as? [String: Any]
        #expect(note?["code"] as? String == "malformed_sidecar")
        #expect((note?["reason"] as? String)?.contains("b.txt.meta.json") == true)
        #expect((note?["reason"] as? String)?.contains("level:Name") == true)

        // fixed and dropped again, the same bytes are ingested: the failure was not logged
        try drop(#"{"jurisdiction": "province:Sơn La"}"#, as: "b.txt.meta.json")
        try drop(bulletin, as: "b.txt")
        guard case .ingested = await pipeline.ingest(["b.txt"])[0] else { Issue.record("not ingested on the second drop"); return }
        #expect(try Set(Posix.listDirectory(layout.processed)) == ["b.txt", "b.txt.meta.json"])
    }

    @Test func aSidecarWithoutItsBulletinWaits() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try drop("{}", as: "later.html.meta.json")
        var queue = SettleQueue(settleNanos: 0)
        queue.note("later.html.meta.json", complete: true)
        #expect(queue.isEmpty)
        #expect(try Posix.listDirectory(layout.inbox).filter(InboxNames.isCandidate).isEmpty)
        #expect(InboxNames.isCandidate("later.html"))
        #expect(!InboxNames.isCandidate(".meta.json") && InboxNames.isCandidate("meta.json"))
    }

    @Test func reextractGivesTheStoredContextAgain() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        // As if an older extractor had found nothing in this bulletin, ingested with a sidecar.
        let bytes = Array(bulletin.utf8)
        let id = BulletinID.of(bytes)
        try RawBulletinStore(directory: layout.bulletinStore).store(bytes, as: id)
        let info = BulletinInfo(id: id, fileName: "old.txt", byteCount: bytes.count, published: nil, subject: nil, title: nil, extractorVersion: "0.0.0")
        let context = DocumentContext(published: CalendarDate(year: 2023, month: 7, day: 1), jurisdiction: Jurisdiction(.province, "Lai Châu"))
        var projections = Projections()
        for entry in try await log.append([.bulletinIngested(BulletinIngested(bulletin: info, figures: [], context: context))]) {
            try projections.apply(entry)
        }
        let pipeline = pipeline(log, projections)
        #expect(try await pipeline.reextract().revised == 1)
        let figure = try #require(await pipeline.projections.catalog.bulletins[id]?.figures.first { $0.indicator == .budgetRevenueOnTerritory })
        #expect(figure.jurisdiction == Jurisdiction(.province, "Lai Châu"))
        #expect(figure.period?.description == "2023-H1")
    }

    @Test func snapshotsKeepTheContext() throws {
        let info = BulletinInfo(id: BulletinID.of([1]), fileName: "s.txt", byteCount: 1, published: nil, subject: nil, title: nil, extractorVersion: "1")
        let context = DocumentContext(sourceURL: "https://sonla.gov.vn/s")
        var projections = Projections()
        try projections.apply(LoggedEvent(sequence: 1, timestampMicros: 0, event: .bulletinIngested(
            BulletinIngested(bulletin: info, figures: [], context: context))))
        let restored = Projections(restoring: projections.snapshotEvents(), lastSequence: 1)
        #expect(restored.catalog.contexts[info.id] == context)
        #expect(restored.catalog.withoutFiguresCount == 1)
        #expect(restored == projections)
    }
}
