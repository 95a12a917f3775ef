import PubstatIngest
import Synchronization
import Testing

/// The inbox is listed at most once a second however many clients ask for the backlog.
@Suite struct InboxBacklogTests {
    @Test func theCountIsReusedForASecondThenTakenAgain() {
        let clock = Mutex(ContinuousClock.now)
        let listings = Mutex(0)
        let backlog = InboxBacklog(inbox: "/nowhere", now: { clock.withLock { $0 } }, counter: { _ in
            listings.withLock { $0 += 1; return $0 * 10 }
        })
        #expect(backlog.count() == 10)
        for _ in 0..<100 { #expect(backlog.count() == 10) }
        clock.withLock { $0 += .milliseconds(999) }
        #expect(backlog.count() == 10)
        clock.withLock { $0 += .milliseconds(2) }
        #expect(backlog.count() == 20)
        #expect(listings.withLock { $0 } == 2)
    }
}
