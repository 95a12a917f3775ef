import Testing

@testable import PubstatSystemd

@Suite struct StatusLineTests {
    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (56_789, "56,789"),
        (123_456, "123,456"), (1_234_567, "1,234,567"), (-1_234, "-1,234"),
    ])
    func groupsThousands(value: Int, expected: String) {
        #expect(StatusLine.grouped(value) == expected)
    }

    @Test func groupsLargeUnsignedValues() {
        #expect(StatusLine.grouped(UInt64.max) == "18,446,744,073,709,551,615")
    }

    @Test func formatsTheExampleLine() {
        let line = StatusLine.format(ingested: 1_234, inInbox: 0, headSequence: 56_789)
        #expect(line == "ingested 1,234 bulletins, 0 in inbox, head seq 56,789")
    }

    @Test func singularEmptyLogAndFailures() {
        #expect(StatusLine.format(ingested: 1, inInbox: 2, headSequence: nil) == "ingested 1 bulletin, 2 in inbox, log empty")
        #expect(
            StatusLine.format(ingested: 10, inInbox: 0, headSequence: 3, failed: 1_001)
                == "ingested 10 bulletins, 0 in inbox, 1,001 failed, head seq 3"
        )
    }
}
