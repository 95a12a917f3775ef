import Logging
import Testing

@testable import PubstatSystemd

@Suite struct LogLineTests {
    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"),
        (1_795_255_200, "2026-11-21T10:00:00Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (4_107_542_399, "2100-02-28T23:59:59Z"),
        (-1, "1969-12-31T23:59:59Z"),
    ])
    func formatsTimestamps(seconds: Int64, expected: String) {
        #expect(LogLine.timestamp(unixSeconds: seconds) == expected)
    }

    @Test func formatsTheExampleLine() {
        let line = LogLine.format(
            unixSeconds: 1_795_255_200,
            level: .info,
            label: "pubstatd",
            message: "message",
            metadata: ["key": "value"]
        )
        #expect(line == "2026-11-21T10:00:00Z info pubstatd: message key=value")
    }

    @Test func quotesAndEscapesValues() {
        let line = LogLine.format(
            unixSeconds: 0,
            level: .error,
            label: "pubstatd",
            message: "two\nlines",
            metadata: ["b": "has space", "a": "", "c": "say \"hi\"", "d": "x=y", "e": .stringConvertible(3)]
        )
        #expect(
            line == #"1970-01-01T00:00:00Z error pubstatd: two\nlines a="" b="has space" c="say \"hi\"" d="x=y" e=3"#
        )
    }
}
