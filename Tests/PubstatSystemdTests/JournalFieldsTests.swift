import Logging
import Testing

@testable import PubstatSystemd

@Suite struct JournalFieldsTests {
    @Test(arguments: [
        ("bulletin.sha256", "BULLETIN_SHA256"),
        ("file.name", "FILE_NAME"),
        ("event.seq", "EVENT_SEQ"),
        ("FILE_NAME", "FILE_NAME"),
        ("http-status code", "HTTP_STATUS_CODE"),
        ("_private", "PRIVATE"),
        ("__systemd_unit", "SYSTEMD_UNIT"),
        (".hidden", "HIDDEN"),
        ("größe", "GR_SSE"),
        ("2fa", "META_2FA"),
        ("message", "META_MESSAGE"),
        ("priority", "META_PRIORITY"),
        ("syslog.identifier", "META_SYSLOG_IDENTIFIER"),
        ("message.id", "MESSAGE_ID"),
    ])
    func mapsMetadataKeys(key: String, expected: String) {
        #expect(JournalFields.fieldName(forMetadataKey: key) == expected)
    }

    @Test(arguments: ["", "_", "___", "..."])
    func dropsKeysWithNothingLeft(key: String) {
        #expect(JournalFields.fieldName(forMetadataKey: key) == nil)
    }

    @Test func trimsTo64Characters() throws {
        let name = try #require(JournalFields.fieldName(forMetadataKey: String(repeating: "a.", count: 50)))
        #expect(name.count == 64)
        #expect(name.hasPrefix("A_A_"))
        let prefixed = try #require(JournalFields.fieldName(forMetadataKey: String(repeating: "9", count: 80)))
        #expect(prefixed.count == 64)
        #expect(prefixed.hasPrefix("META_9"))
    }

    @Test func everyMappedNameIsValidForJournald() {
        let keys = ["a", "bulletin.sha256", "_x", "9", "ünïcödé.key", "with space", String(repeating: "k", count: 100), "MESSAGE"]
        for key in keys {
            guard let name = JournalFields.fieldName(forMetadataKey: key) else { continue }
            #expect(Self.isValidJournalField(name), "\(key) → \(name)")
        }
    }

    @Test(arguments: [
        (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2),
    ])
    func mapsLevelsToSyslogPriorities(level: Logger.Level, priority: Int) {
        #expect(JournalFields.priority(for: level) == priority)
    }

    @Test func buildsAnEntry() {
        let fields = JournalFields.entry(
            level: .warning,
            message: "bulletin moved to failed",
            metadata: [
                "file.name": "cpi-2026-10.txt",
                "bulletin.sha256": "ab12",
                "event.seq": .stringConvertible(42),
                "figures": ["1", "2"],
                "": "dropped",
            ],
            file: "PubstatIngest/Pipeline.swift",
            function: "ingest(_:)",
            line: 17,
            identifier: "pubstatd"
        )
        let pairs = fields.map { "\($0.name)=\($0.value)" }
        #expect(
            pairs == [
                "MESSAGE=bulletin moved to failed",
                "PRIORITY=4",
                "CODE_FILE=PubstatIngest/Pipeline.swift",
                "CODE_LINE=17",
                "CODE_FUNC=ingest(_:)",
                "SYSLOG_IDENTIFIER=pubstatd",
                "BULLETIN_SHA256=ab12",
                "EVENT_SEQ=42",
                "FIGURES=[\"1\", \"2\"]",
                "FILE_NAME=cpi-2026-10.txt",
            ]
        )
    }

    /// systemd's `journal_field_valid`, restated.
    static func isValidJournalField(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64 else { return false }
        guard first != "_", !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
