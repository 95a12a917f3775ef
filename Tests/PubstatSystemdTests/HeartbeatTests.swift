import Synchronization
import Testing

@testable import PubstatSystemd

/// A settable monotonic clock in nanoseconds.
final class FakeClock: Sendable {
    private let nanoseconds = Atomic<Int64>(1_000_000_000)
    func advance(by duration: Duration) { nanoseconds.add(Heartbeat.nanoseconds(duration), ordering: .relaxed) }
    var now: @Sendable () -> Int64 { { [self] in nanoseconds.load(ordering: .relaxed) } }
}

@Suite struct HeartbeatTests {
    @Test func freshUntilMaxAgePasses() {
        let clock = FakeClock()
        let heartbeat = Heartbeat(name: "ingest", maxAge: .seconds(15), now: clock.now)
        #expect(heartbeat.isFresh)
        clock.advance(by: .seconds(15))
        #expect(heartbeat.isFresh)
        clock.advance(by: .milliseconds(1))
        #expect(!heartbeat.isFresh)
        heartbeat.beat()
        #expect(heartbeat.isFresh)
    }

    @Test func idleLoopsStayFreshUntilTheyWorkAgain() {
        let clock = FakeClock()
        let heartbeat = Heartbeat(name: "ingest", maxAge: .seconds(15), now: clock.now)
        heartbeat.idle()
        clock.advance(by: .seconds(3_600))
        #expect(heartbeat.isFresh)
        heartbeat.beat()
        clock.advance(by: .seconds(16))
        #expect(!heartbeat.isFresh)
    }

    @Test func verdictNamesStaleHeartbeats() {
        let clock = FakeClock()
        let ingest = Heartbeat(name: "ingest", maxAge: .seconds(10), now: clock.now)
        let server = Heartbeat(name: "event-loop", maxAge: .seconds(20), now: clock.now)
        #expect(WatchdogService.verdict([ingest, server]) == .alive)
        clock.advance(by: .seconds(11))
        #expect(WatchdogService.verdict([ingest, server]) == .stalled("no progress from ingest"))
        clock.advance(by: .seconds(10))
        #expect(WatchdogService.verdict([ingest, server]) == .stalled("no progress from ingest, event-loop"))
        #expect(WatchdogService.verdict([]) == .alive)
    }
}
