import Testing
@testable import PubstatIngest

/// When the pipeline publishes to the read model: at once when idle, at most once per interval
/// during a back-fill.
@Suite struct PublicationPacerTests {
    let start = ContinuousClock.now

    @Test func anIdlePacerPublishesAtOnceAndABusyOneOncePerInterval() {
        var pacer = PublicationPacer(interval: .milliseconds(50))
        let decision11 = pacer.offer(at: start)
        #expect(decision11 == .now)
        // 10 ms later: deferred to 50 ms after the last publication, then carried along.
        let decision12 = pacer.offer(at: start + .milliseconds(10))
        #expect(decision12 == .at(start + .milliseconds(50)))
        let decision13 = pacer.offer(at: start + .milliseconds(20))
        #expect(decision13 == .coalesced)
        let decision14 = pacer.offer(at: start + .milliseconds(49))
        #expect(decision14 == .coalesced)
        // A timer that fires early publishes nothing; on time, once.
        let step1 = pacer.due(at: start + .milliseconds(40))
        #expect(!step1)
        #expect(pacer.state == .pending(due: start + .milliseconds(50)))
        let step2 = pacer.due(at: start + .milliseconds(51))
        #expect(step2)
        let step3 = pacer.due(at: start + .milliseconds(52))
        #expect(!step3)
        // Idle for longer than the interval: at once again.
        let decision15 = pacer.offer(at: start + .milliseconds(200))
        #expect(decision15 == .now)
    }

    @Test func zeroIntervalPublishesEveryOffer() {
        var pacer = PublicationPacer(interval: .zero)
        for step in 0..<5 {
            let decision16 = pacer.offer(at: start + .milliseconds(step))
            #expect(decision16 == .now)
        }
    }

    @Test func aFlushCarriesWhatWaitedAndCountsAsAPublication() {
        var pacer = PublicationPacer(interval: .milliseconds(50))
        let decision17 = pacer.offer(at: start)
        #expect(decision17 == .now)
        let decision18 = pacer.offer(at: start + .milliseconds(5))
        #expect(decision18 == .at(start + .milliseconds(50)))
        let step4 = pacer.flush(at: start + .milliseconds(6))
        #expect(step4)
        #expect(!pacer.isPending)
        let step5 = pacer.due(at: start + .milliseconds(50))
        #expect(!step5)  // the timer finds nothing left
        let decision19 = pacer.offer(at: start + .milliseconds(7))
        #expect(decision19 == .at(start + .milliseconds(56)))
        #expect(!PublicationPacer(interval: .milliseconds(50)).isPending)
    }
}
