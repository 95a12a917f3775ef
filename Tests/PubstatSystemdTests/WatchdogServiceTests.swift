import Logging
import ServiceLifecycle
import Synchronization
import Testing

@testable import PubstatSystemd

@Suite struct WatchdogServiceTests {
    /// Counts pings; `alive` is the fake liveness probe.
    final class Probe: Sendable {
        let pings = Atomic<Int>(0)
        let alive = Atomic<Bool>(true)
    }

    func makeService(_ probe: Probe) -> WatchdogService {
        WatchdogService(
            period: .milliseconds(10),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
            check: { probe.alive.load(ordering: .relaxed) ? .alive : .stalled("probe says no") },
            ping: { probe.pings.add(1, ordering: .relaxed) }
        )
    }

    @Test func pingsOnlyWhileTheProbeSaysAlive() async throws {
        let probe = Probe()
        let service = makeService(probe)
        let task = Task { try await service.run() }
        defer { task.cancel() }

        try await waitUntil { probe.pings.load(ordering: .relaxed) >= 3 }

        probe.alive.store(false, ordering: .relaxed)
        try await Task.sleep(for: .milliseconds(30))  // let an in-flight ping finish
        let frozen = probe.pings.load(ordering: .relaxed)
        try await Task.sleep(for: .milliseconds(100))
        #expect(probe.pings.load(ordering: .relaxed) == frozen)

        probe.alive.store(true, ordering: .relaxed)
        try await waitUntil { probe.pings.load(ordering: .relaxed) >= frozen + 3 }
    }

    @Test func stopsWithGracefulShutdown() async throws {
        let probe = Probe()
        let service = makeService(probe)
        let group = ServiceGroup(
            configuration: .init(
                services: [service],
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
            )
        )
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await waitUntil { probe.pings.load(ordering: .relaxed) >= 2 }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    @Test func publicInitializerHalvesTheInterval() async throws {
        let heartbeat = Heartbeat(name: "ingest", maxAge: .seconds(1))
        let byHeartbeats = WatchdogService(
            interval: .seconds(30),
            heartbeats: [heartbeat],
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let byProbe = WatchdogService(
            interval: .seconds(30),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
            probe: { true }
        )
        #expect(byHeartbeats.period == .seconds(15))
        #expect(byProbe.period == .seconds(15))
    }

    private func waitUntil(timeout: Duration = .seconds(60), _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("condition not met within \(timeout)")
                return
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}
