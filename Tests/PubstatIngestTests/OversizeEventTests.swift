import Foundation
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Testing
@testable import PubstatIngest

/// Issue 10: a bulletin whose event exceeded the log's 16 MiB record limit was "deferred" and
/// retried at every rescan, forever, at full CPU, and never left the inbox. It is a property of
/// the bytes, not of the moment: the file is rejected, logged, and the rest of its batch goes on.
@Suite struct OversizeEventTests {
    @Test func anEventTooLargeForTheLogIsARejectionNotARetry() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-oversize-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let layout = InboxLayout(inbox: root + "/inbox", processed: root + "/processed", failed: root + "/failed", state: root + "/state")
        try layout.createFolders()
        // One clause of 15,000 areas: each unclassified number carries the whole clause as its quote.
        let clause = "Năm 2024, diện tích gieo trồng các xã lần lượt là " + (1...15_000).map { "\($0) ha" }.joined(separator: ", ") + "."
        try Posix.writeFileAtomically("\(layout.inbox)/many.txt", Array(clause.utf8))
        try Posix.writeFileAtomically("\(layout.inbox)/fine.txt", Array("Năm 2024, tổng lượt khách du lịch đến tỉnh Lào Cai đạt 1,2 triệu lượt.".utf8))
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let pipeline = IngestPipeline(layout: layout, log: log, projections: Projections(), logger: LogRecords().logger)
        let outcomes = await pipeline.ingest(["many.txt", "fine.txt"])
        guard case .rejected(_, code: .tooManyFigures) = outcomes[0] else {
            Issue.record("expected a too_many_figures rejection, got \(outcomes[0])")
            return
        }
        guard case .ingested = outcomes[1] else {
            Issue.record("the rest of the batch must go on, got \(outcomes[1])")
            return
        }
        #expect(try Set(Posix.listDirectory(layout.inbox)).isEmpty)
        let note = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: layout.failed + "/many.txt.reason.json"))) as? [String: Any]
        #expect(note?["code"] as? String == "too_many_figures")
        #expect((note?["reason"] as? String)?.contains("16 MiB") == true)
        #expect(log.head.lastSequence == 2)
    }
}
