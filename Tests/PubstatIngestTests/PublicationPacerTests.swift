import PubstatProjections
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

/// Issue 9: during a back-fill every 50 ms publication made the budget report (hundreds of
/// milliseconds to encode at 20,000 bulletins) be encoded again; publications are spaced by
/// what answers cost lately.
@Suite struct AnswerCostPacingTests {
    @Test func theIntervalGrowsWithTheCostOfAnswersUpToASecond() {
        let base = Duration.milliseconds(50)
        #expect(PublicationPacer.interval(base: base, answerCost: .zero) == base)
        #expect(PublicationPacer.interval(base: base, answerCost: .milliseconds(5)) == base)
        #expect(PublicationPacer.interval(base: base, answerCost: .milliseconds(100)) == .milliseconds(400))
        #expect(PublicationPacer.interval(base: base, answerCost: .seconds(3)) == PublicationPacer.longestInterval)
        #expect(PublicationPacer.interval(base: .zero, answerCost: .seconds(3)) == .zero)
    }

    @Test func theCostIsTheLongestOfThisSecondAndTheLast() {
        let start = ContinuousClock.now
        var cost = AnswerCost()
        cost.note(.milliseconds(200), at: start)
        cost.note(.milliseconds(20), at: start + .milliseconds(500))
        #expect(cost.recent(at: start + .milliseconds(900)) == .milliseconds(200))
        #expect(cost.recent(at: start + .milliseconds(1_500)) == .milliseconds(200))  // the last second's
        #expect(cost.recent(at: start + .milliseconds(2_600)) == .zero)  // forgotten after two quiet seconds
    }

    @Test func theReadModelKeepsWhatTheAPIReports() {
        let model = ReadModel(ReadModelView(projections: Projections()))
        let now = ContinuousClock.now
        model.noteAnswerProduced(in: .milliseconds(120), at: now)
        #expect(model.recentAnswerCost(at: now) == .milliseconds(120))
    }
}
