import PubstatPosix
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The executor pubstatd runs intake (nice +10) and the API (the process's priority) on.
@Suite struct ThreadPoolExecutorTests {
    @Test func jobsRunOnItsOwnThreadsAtTheRaisedNiceValue() async throws {
        // the threads are created from this one, so they start from its nice value
        let base = try Posix.threadNiceness()
        let executor = ThreadPoolExecutor(name: "test-low", threads: 2, niceIncrement: 10)
        defer { executor.shutdown() }
        #expect(executor.threads.count == 2)
        #expect(executor.priorityError == nil)
        let (thread, nice) = try await withTaskExecutorPreference(executor) {
            (Posix.currentThread(), try Posix.threadNiceness())
        }
        #expect(executor.threads.contains(thread))
        #expect(nice == min(maxNiceness, base + 10))
        #expect(try Posix.threadNiceness() == base)  // the caller's own priority is left alone
    }

    @Test func withoutAnIncrementTheThreadsKeepTheirCreatorsPriority() async throws {
        let base = try Posix.threadNiceness()
        let executor = ThreadPoolExecutor(name: "test-same", threads: 1)
        defer { executor.shutdown() }
        let nice = try await withTaskExecutorPreference(executor) { try Posix.threadNiceness() }
        #expect(nice == base)
    }

    @Test func childTasksOfAPreferringTaskRunThereToo() async throws {
        let executor = ThreadPoolExecutor(name: "test-group", threads: 2, niceIncrement: 1)
        defer { executor.shutdown() }
        let threads = await withTaskExecutorPreference(executor) {
            await withTaskGroup(of: pthread_t.self) { group in
                for _ in 0..<16 { group.addTask { Posix.currentThread() } }
                return await group.reduce(into: Set<pthread_t>()) { $0.insert($1) }
            }
        }
        #expect(threads.isSubset(of: Set(executor.threads)))
    }

    @Test func shutdownRunsWhatWasQueuedThenEndsTheThreads() async throws {
        let executor = ThreadPoolExecutor(name: "test-stop", threads: 1)
        let ran = Counter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 {
                group.addTask(executorPreference: executor) { ran.value.add(1, ordering: .relaxed) }
            }
        }
        executor.shutdown()
        #expect(ran.value.load(ordering: .relaxed) == 100)
    }

    @Test func raisingANiceValueStopsAtNineteen() async throws {
        let executor = ThreadPoolExecutor(name: "test-max", threads: 1, niceIncrement: 40)
        defer { executor.shutdown() }
        let nice = try await withTaskExecutorPreference(executor) { try Posix.threadNiceness() }
        #expect(nice == maxNiceness)
        #expect(executor.priorityError == nil)
    }
}

private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}
