import Testing

@testable import PubstatSystemd

@Suite struct NotifyMessageTests {
    @Test func joinsAssignmentsWithNewlines() {
        var message = NotifyMessage(("READY", "1"))
        message.append("STATUS", "ingested 0 bulletins")
        #expect(message.text == "READY=1\nSTATUS=ingested 0 bulletins")
    }

    @Test func keepsValuesOnOneLine() {
        let message = NotifyMessage(("STATUS", "line one\nREADY=1\r\nthree"))
        #expect(message.text == "STATUS=line one READY=1 three")
    }

    @Test func convertsDurationsToMicroseconds() {
        #expect(SystemdNotifier.microseconds(.seconds(30)) == 30_000_000)
        #expect(SystemdNotifier.microseconds(.milliseconds(1_500)) == 1_500_000)
        #expect(SystemdNotifier.microseconds(.seconds(-1)) == 0)
    }
}
