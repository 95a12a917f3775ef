import Foundation
import Logging
import PubstatExtraction
import PubstatIngest
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Testing

/// The ingest pipeline on real folders and a real event log.
@Suite struct PipelineTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-pipeline")
    }

    private func drop(_ text: String, as name: String) throws {
        try Posix.writeFileAtomically("\(layout.inbox)/\(name)", Array(text.utf8))
    }

    private let bulletin = """
    (Ngày đăng :03/04/2024 10:00:00 SA)
    Quý I/2024, thu ngân sách nhà nước trên địa bàn tỉnh Sơn La đạt 812,4 tỷ đồng, bằng 28% dự toán Trung ương giao.
    """

    @Test func ingestMovesFilesAfterAppendingAndRecognisesDuplicates() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: Logger(label: "test"))
        try drop(bulletin, as: "a.txt")
        try drop(bulletin, as: "b.txt")
        try drop("", as: "empty.txt")
        let outcomes = await pipeline.ingest(["a.txt", "b.txt", "empty.txt"])
        guard case .ingested(let id, _, let sequence) = outcomes[0] else { Issue.record("a.txt: \(outcomes[0])"); return }
        #expect(sequence == 1)
        #expect(outcomes[1] == .duplicate(id))
        guard case .rejected(_, let code) = outcomes[2] else { Issue.record("empty.txt: \(outcomes[2])"); return }
        #expect(code == .emptyFile)
        #expect(log.head.lastSequence == 2)
        #expect(try Posix.listDirectory(layout.inbox).isEmpty)
        #expect(try Set(Posix.listDirectory(layout.processed)) == ["a.txt", "b.txt"])
        #expect(try Set(Posix.listDirectory(layout.failed)) == ["empty.txt", "empty.txt.reason.json"])
        // The raw bytes are kept by their SHA-256.
        #expect(try RawBulletinStore(directory: layout.bulletinStore).load(id) == Array(bulletin.utf8))
        #expect(await pipeline.projections.lastSequence == 2)
    }

    @Test func reextractAppendsRevisionsOnlyForChangedFigures() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        // As if an older extractor had found nothing in this bulletin.
        let bytes = Array(bulletin.utf8)
        let id = BulletinID(rawValue: "5a" + String(repeating: "0", count: 62))
        try RawBulletinStore(directory: layout.bulletinStore).store(bytes, as: id)
        let info = BulletinInfo(id: id, fileName: "old.txt", byteCount: bytes.count, published: nil, subject: nil, title: nil, extractorVersion: "0.0.0")
        var projections = Projections()
        for entry in try await log.append([.bulletinIngested(BulletinIngested(bulletin: info, figures: []))]) {
            try projections.apply(entry)
        }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: projections, logger: Logger(label: "test"))
        let report = try await pipeline.reextract()
        #expect(report.examined == 1)
        #expect(report.revised == 1)
        #expect(report.figuresAdded >= 1)
        #expect(report.lastSequence == 2)
        let figures = await pipeline.projections.catalog.bulletins[id]?.figures ?? []
        #expect(figures.contains { $0.indicator == .budgetRevenueOnTerritory && $0.value == 812.4 })
        // A second run finds nothing new.
        #expect(try await pipeline.reextract().revised == 0)
        #expect(log.head.lastSequence == 2)
    }
}

extension PipelineTests {
    @Test func aCopyOfARejectedFileInTheSameBatchGoesToFailedToo() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: Logger(label: "test"))
        try Posix.writeFileAtomically("\(layout.inbox)/blob.bin", [0, 1, 2, 0])
        try Posix.writeFileAtomically("\(layout.inbox)/blob-copy.bin", [0, 1, 2, 0])
        let outcomes = await pipeline.ingest(["blob.bin", "blob-copy.bin"])
        guard case .rejected(let id?, _) = outcomes[0] else { Issue.record("blob.bin: \(outcomes[0])"); return }
        #expect(outcomes[1] == .duplicate(id))
        #expect(try Set(Posix.listDirectory(layout.failed)) == ["blob.bin", "blob.bin.reason.json", "blob-copy.bin", "blob-copy.bin.reason.json"])
        #expect(try Posix.listDirectory(layout.processed).isEmpty)
        #expect(log.head.lastSequence == 1)
    }
}
