import Testing
@testable import PubstatIngest

/// Triggers that arrive while intake is busy are taken together, in order, after one wake-up.
@Suite struct TriggerMailboxTests {
    @Test func triggersPostedWhileBusyAreTakenTogetherAfterOneWakeup() async {
        let mailbox = TriggerMailbox<Int>()
        for trigger in 1...5 { mailbox.post(trigger) }
        mailbox.finish()
        var wakeups = 0
        var taken: [[Int]] = []
        for await _ in mailbox.wakeups {
            wakeups += 1
            taken.append(mailbox.takeAll())
        }
        #expect(wakeups == 1)
        #expect(taken == [[1, 2, 3, 4, 5]])
        #expect(mailbox.takeAll().isEmpty)
    }
}
