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

/// Issue 10: a valid bulletin read while the daemon was out of descriptors was moved to failed/
/// as "unreadable: Too many open files", with no log line. A condition of the moment must leave
/// the file in the inbox, with a journal line; a real failure to read is rejected, logged and counted.
@Suite struct TransientReadTests {
    let root: String
    let layout: InboxLayout

    init() throws {
        (root, layout) = try InboxLayout.temporary("pubstat-transient")
        try Posix.writeFileAtomically("\(layout.inbox)/a.txt", Array("Năm 2024, tổng lượt khách du lịch đến tỉnh ước đạt 1,2 triệu lượt.".utf8))
    }

    @Test(arguments: [EMFILE, ENFILE, ENOMEM, EIO, EAGAIN])
    func transientErrorLeavesTheFileInTheInboxWithALogLine(errno code: Int32) async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let records = LogRecords()
        let pipeline = IngestPipeline(
            layout: layout, log: log, projections: Projections(), logger: records.logger,
            read: { path, _ in throw PosixError(errno: code, call: "open", path: path) })
        let outcomes = await pipeline.ingest(["a.txt"])
        guard case .deferred = outcomes.first else { Issue.record("a.txt: \(outcomes)"); return }
        #expect(try Posix.listDirectory(layout.inbox) == ["a.txt"])
        #expect(try Posix.listDirectory(layout.failed).isEmpty)
        #expect(log.head.lastSequence == 0)
        #expect(await pipeline.rejectedUnlogged == 0)
        #expect(records.messages.contains { $0.level == .warning && $0.text.contains("stays in the inbox") && $0.fileName == "a.txt" })
    }

    @Test func unreadableFileIsRejectedLoggedAndCounted() async throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let log = try EventLog.open(directory: layout.logDirectory)
        defer { log.close() }
        let records = LogRecords()
        let pipeline = IngestPipeline(
            layout: layout, log: log, projections: Projections(), logger: records.logger,
            read: { path, _ in throw PosixError(errno: EACCES, call: "open", path: path) })
        let outcomes = await pipeline.ingest(["a.txt"])
        #expect(outcomes == [.rejected(nil, code: .unreadable)])
        #expect(try Set(Posix.listDirectory(layout.failed)) == ["a.txt", "a.txt.reason.json"])
        #expect(await pipeline.rejectedUnlogged == 1)
        #expect(records.messages.contains { $0.level == .warning && $0.fileName == "a.txt" && $0.code == "unreadable" })
    }
}

/// Collects what a logger logs.
final class LogRecords: Sendable {
    struct Message: Sendable {
        var level: Logger.Level
        var text: String
        var fileName: String?
        var code: String?
    }

    private let stored = Mutex<[Message]>([])
    var messages: [Message] { stored.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(records: self) }
    }

    fileprivate func append(_ message: Message) { stored.withLock { $0.append(message) } }

    private struct Handler: LogHandler {
        let records: LogRecords
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = event.metadata ?? [:]
            records.append(Message(level: event.level, text: "\(event.message)", fileName: fields["file.name"].map { "\($0)" },
                                   code: fields["code"].map { "\($0)" }))
        }
    }
}
