import Hummingbird
import Synchronization
import Testing
import PubstatProjections
@testable import PubstatServer

private struct Broken: Error {}

/// How many times an answer was produced, shared by concurrent requests.
private final class Tally: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

/// Concurrent misses of one answer at one head cost one encoding; the others wait for it.
@Suite struct ResponseCacheTests {
    @Test func concurrentMissesProduceOnce() async throws {
        let cache = ResponseCache()
        let produced = Tally()
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    let answered = Mutex("")
                    _ = try await cache.answer("/v1/projections/visitors?", sequence: 7, respond: { bytes in
                        answered.withLock { $0 = String(buffer: bytes) }
                        return Response(status: .ok)
                    }) {
                        produced.add()
                        try await Task.sleep(for: .milliseconds(200))
                        return ByteBuffer(string: "{\"ok\":true}")
                    }
                    return answered.withLock { $0 }
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(bodies.count == 32 && bodies.allSatisfy { $0 == "{\"ok\":true}" })
        #expect(produced.value == 1)
        // a new head: produced again
        _ = try await cache.answer("/v1/projections/visitors?", sequence: 8) {
            produced.add()
            return ByteBuffer(string: "{}")
        }
        #expect(produced.value == 2)
    }

    @Test func aFailureReachesTheWaitersAndIsNotCached() async throws {
        let cache = ResponseCache()
        let produced = Tally()
        let failures = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    do {
                        _ = try await cache.answer("k", sequence: 1) {
                            produced.add()
                            try await Task.sleep(for: .milliseconds(100))
                            throw Broken()
                        }
                        return false
                    } catch {
                        return error is Broken
                    }
                }
            }
            return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
        }
        #expect(failures == 8)
        #expect(cache.count == 0)
    }
}

/// While the answer at a new head is produced, other requests get the one set aside from the head before.
@Suite struct ResponseCacheStaleTests {
    private static func body(_ cache: ResponseCache, _ key: String, at sequence: UInt64,
                             produce: @escaping @Sendable () async throws -> String) async throws -> String {
        let answered = Mutex("")
        _ = try await cache.answer(key, sequence: sequence, respond: { bytes in
            answered.withLock { $0 = String(buffer: bytes) }
            return Response(status: .ok)
        }) { ByteBuffer(string: try await produce()) }
        return answered.withLock { $0 }
    }

    @Test func concurrentRequestsGetThePreviousAnswerWhileTheNewOneIsProduced() async throws {
        let cache = ResponseCache()
        #expect(try await Self.body(cache, "budget", at: 1) { "one" } == "one")
        let started = Mutex(false)
        let released = Mutex(false)
        let producing = Task {
            try await Self.body(cache, "budget", at: 2) {
                started.withLock { $0 = true }
                // (held until the other request has been answered, however slow the machine)
                while !released.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
                return "two"
            }
        }
        while !started.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        // the producer is still encoding: no wait, the answer at head 1
        #expect(try await Self.body(cache, "budget", at: 2) { "never" } == "one")
        released.withLock { $0 = true }
        #expect(try await producing.value == "two")
        // once produced, everyone gets the new answer
        #expect(try await Self.body(cache, "budget", at: 2) { "never" } == "two")
    }

    @Test func aSequentialClientAlwaysSeesTheNewHead() async throws {
        let cache = ResponseCache()
        #expect(try await Self.body(cache, "budget", at: 1) { "one" } == "one")
        // nobody else is producing: the request produces the new answer itself
        #expect(try await Self.body(cache, "budget", at: 2) { "two" } == "two")
        #expect(try await Self.body(cache, "other", at: 2) { "x" } == "x")
    }

    @Test func anAnswerSetAsideLongAgoIsNotServed() async throws {
        let cache = ResponseCache()
        #expect(try await Self.body(cache, "budget", at: 1) { "one" } == "one")
        #expect(try await Self.body(cache, "other", at: 2) { "x" } == "x")  // head moves on from 1
        try await Task.sleep(for: ResponseCache.staleLimit + .milliseconds(200))
        let started = Mutex(false)
        let producing = Task {
            try await Self.body(cache, "budget", at: 3) {
                started.withLock { $0 = true }
                try await Task.sleep(for: .milliseconds(300))
                return "three"
            }
        }
        while !started.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        #expect(try await Self.body(cache, "budget", at: 3) { "never" } == "three")
        #expect(try await producing.value == "three")
    }
}

/// An answer is kept while its inputs' version stays the same, whatever the head.
@Suite struct ResponseCacheVersionTests {
    private static func body(_ cache: ResponseCache, _ key: String, head: UInt64, version: UInt64,
                             produce: @escaping @Sendable () async throws -> String) async throws -> String {
        let answered = Mutex("")
        _ = try await cache.answer(key, stamp: AnswerStamp(head: head, version: version), respond: { bytes in
            answered.withLock { $0 = String(buffer: bytes) }
            return Response(status: .ok)
        }) { ByteBuffer(string: try await produce()) }
        return answered.withLock { $0 }
    }

    @Test func anAnswerOutlivesHeadMovesThatLeaveItsInputsAlone() async throws {
        let cache = ResponseCache()
        #expect(try await Self.body(cache, "budget?jurisdiction=X", head: 10, version: 4) { "one" } == "one")
        #expect(try await Self.body(cache, "budget?jurisdiction=X", head: 11, version: 4) { "never" } == "one")
        #expect(try await Self.body(cache, "budget?jurisdiction=X", head: 250, version: 4) { "never" } == "one")
        #expect(try await Self.body(cache, "budget?jurisdiction=X", head: 251, version: 251) { "two" } == "two")
        #expect(try await Self.body(cache, "budget?jurisdiction=X", head: 260, version: 251) { "never" } == "two")
    }

    /// A rebuild of the projections may change answers without moving a sequence (a damaged
    /// snapshot folded again): answers from before it are produced anew.
    @Test func aRebuildOutdatesAnswersAtTheSameVersion() async throws {
        let cache = ResponseCache()
        let rebuilt = AnswerStamp(head: 10, version: 4, generation: 1)
        #expect(try await Self.body(cache, "budget?jurisdiction=X", head: 10, version: 4) { "wrong" } == "wrong")
        let answered = Mutex("")
        _ = try await cache.answer("budget?jurisdiction=X", stamp: rebuilt, respond: { bytes in
            answered.withLock { $0 = String(buffer: bytes) }
            return Response(status: .ok)
        }) { ByteBuffer(string: "right") }
        #expect(answered.withLock { $0 } == "right")
        // an answer produced late from the older generation does not replace it
        #expect(try await Self.body(cache, "budget?jurisdiction=X", head: 10, version: 4) { "late" } == "late")
        answered.withLock { $0 = "" }
        _ = try await cache.answer("budget?jurisdiction=X", stamp: rebuilt, respond: { bytes in
            answered.withLock { $0 = String(buffer: bytes) }
            return Response(status: .ok)
        }) { ByteBuffer(string: "never") }
        #expect(answered.withLock { $0 } == "right")
    }

    @Test func theInputsAreAskedOncePerKey() async throws {
        let cache = ResponseCache()
        let asked = Mutex(0)
        for head in UInt64(1)...5 {
            _ = try await cache.answer("k", inputs: {
                asked.withLock { $0 += 1 }
                return .everything
            }, stamp: { _ in AnswerStamp(head: head, version: 1) }) { ByteBuffer(string: "x") }
        }
        #expect(asked.withLock { $0 } == 1)
    }
}
