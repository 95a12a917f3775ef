import Glibc
import Logging
import Testing

@testable import PubstatSystemd

@Suite struct PubstatLoggingTests {
    @Test func parsesJournalStream() throws {
        let parsed = try #require(PubstatLogging.parseJournalStream("8:123456"))
        #expect(parsed.device == 8 && parsed.inode == 123_456)
        #expect(PubstatLogging.parseJournalStream("") == nil)
        #expect(PubstatLogging.parseJournalStream("8") == nil)
        #expect(PubstatLogging.parseJournalStream("8:x") == nil)
        #expect(PubstatLogging.parseJournalStream("8:1:2") == nil)
    }

    @Test func handlersKeepMetadataAndLevel() {
        var journal = JournalLogHandler(label: "pubstatd")
        journal[metadataKey: "file.name"] = "a.txt"
        journal.logLevel = .debug
        #expect(journal[metadataKey: "file.name"] == "a.txt")
        #expect(journal.logLevel == .debug)
        #expect(journal.identifier == "pubstatd")

        var plain = StderrLogHandler(label: "pubstatd")
        plain.metadata = ["event.seq": "1"]
        #expect(plain[metadataKey: "event.seq"] == "1")
    }

    @Test func handlersFollowTheSharedLevelUntilSetExplicitly() {
        let setting = LogLevelSetting(.info)
        var journal = JournalLogHandler(label: "pubstatd", level: setting)
        let plain = StderrLogHandler(label: "pubstatd", level: setting)
        #expect(journal.logLevel == .info && plain.logLevel == .info)
        setting.level = .trace
        #expect(journal.logLevel == .trace && plain.logLevel == .trace)
        journal.logLevel = .error
        setting.level = .warning
        #expect(journal.logLevel == .error && plain.logLevel == .warning)
    }

    @Test func mergesMetadataWithCallSiteWinning() {
        struct Failure: Error, CustomStringConvertible { var description: String { "disk full" } }
        let provider = Logger.MetadataProvider { ["request": "7", "file.name": "provider"] }
        let event = LogEvent(
            level: .error, message: "x", error: Failure(), metadata: ["file.name": "call"],
            source: nil, file: #fileID, function: #function, line: #line
        )
        let merged = HandlerMetadata.merged(handler: ["file.name": "handler", "unit": "u"], provider: provider, event: event)
        #expect(merged == ["file.name": "call", "request": "7", "unit": "u", "error": "disk full"])
    }

    /// Best effort: when journald is reachable, an entry goes through `sd_journal_sendv` without error.
    @Test(.enabled(if: access(PubstatLogging.journalSocketPath, W_OK) == 0, "journald socket not reachable"))
    func sendsToJournald() {
        let fields = JournalFields.entry(
            level: .debug, message: "pubstat test entry\nsecond line", metadata: ["bulletin.sha256": "test"],
            file: #fileID, function: #function, line: #line, identifier: "pubstat-tests"
        )
        #expect(JournalSender.send(fields) == 0)
    }
}
