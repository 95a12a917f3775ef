import Foundation
import Hummingbird
import PubstatProjections

/// Encoded answers of the read-only routes, per format, path and query string, each kept while
/// the version of what it reads stays the same (``AnswerStamp``): an answer whose inputs are
/// only the budget of one place, or one indicator's series, outlives the events that touch other
/// places and indicators; an answer reading everything lasts until the head moves. A rebuild of
/// the projections outdates every answer (``AnswerStamp/generation``). Only
/// successful answers are kept, at most ``capacity`` of them (all dropped when full).
///
/// While the answer to a new version is being produced, concurrent requests for it get the one
/// before if the head moved on from it at most ``staleLimit`` ago, instead of waiting: during a
/// back-fill a large report is re-encoded after each head move, and clients would otherwise
/// queue behind every encoding. The request that produces the new answer, and every request
/// when no other is producing it, gets the answer at the current version.
final class ResponseCache: @unchecked Sendable {
    static let capacity = 1_024
    /// How long after the head moved on an answer gone stale may still be served while its successor is produced.
    static let staleLimit: Duration = .seconds(2)

    /// Told how long each answer that was cached took to produce.
    private let onProduced: @Sendable (Duration) -> Void

    init(onProduced: @escaping @Sendable (Duration) -> Void = { _ in }) {
        self.onProduced = onProduced
    }

    /// One cached answer; ``stamp``'s head is the latest head at which it was found valid.
    private final class Entry {
        let bytes: ByteBuffer
        let inputs: AnswerInputs
        var stamp: AnswerStamp

        init(bytes: ByteBuffer, inputs: AnswerInputs, stamp: AnswerStamp) {
            self.bytes = bytes
            self.inputs = inputs
            self.stamp = stamp
        }
    }

    private let lock = NSLock()
    private var answers: [String: Entry] = [:]
    private var heads = HeadMoves(limit: staleLimit)
    /// Answers being produced, by "version key", with the requests waiting for each.
    private var flights: [String: [CheckedContinuation<ByteBuffer, any Error>]] = [:]

    private struct FlightLanded: Error {}

    /// The cached answer to `key`, or `produce`'s, cached. `inputs` says what the answer reads
    /// (asked only while no answer to the key is kept: it must depend on the key only; what it
    /// throws is the request's error), `stamp` what version of it the
    /// published read model holds now; `respond` makes the response of the body (JSON unless told
    /// otherwise: the key must then name the format). Without a stamp nothing is cached.
    ///
    /// Requests that miss the same key at the same version while it is being produced get the
    /// answer before (see the type's note), else wait for that answer instead of producing it
    /// again: dozens of clients asking for a large report cost one encoding, not dozens.
    func answer(
        _ key: String, inputs makeInputs: () throws -> AnswerInputs, stamp: (AnswerInputs) -> AnswerStamp?,
        respond: (ByteBuffer) -> Response = { JSONResponse.make(bytes: $0) },
        produce: () async throws -> ByteBuffer
    ) async throws -> Response {
        let known = withLock { answers[key]?.inputs }
        let inputs = try known ?? makeInputs()
        guard let now = stamp(inputs) else { return respond(try await produce()) }
        let flight = "\(now.generation).\(now.version) \(key)"
        switch withLock({ look(key, at: now, flight: flight) }) {
        case .cached(let bytes), .stale(let bytes):
            return respond(bytes)
        case .wait:
            do {
                return respond(try await withCheckedThrowingContinuation { waiter in
                    if !withLock({ join(flight, waiter) }) { waiter.resume(throwing: FlightLanded()) }
                })
            } catch is FlightLanded {
                // the answer landed between the two looks: take it from the cache (or make it)
                return try await answer(key, inputs: { inputs }, stamp: stamp, respond: respond, produce: produce)
            }
        case .produce:
            break
        }
        let bytes: ByteBuffer
        do {
            // Produced from a view at `now` or later: never older than the stamp says.
            let started = ContinuousClock.now
            bytes = try await produce()
            onProduced(ContinuousClock.now - started)
        } catch {
            for waiter in withLock({ endFlight(flight) }) { waiter.resume(throwing: error) }
            throw error
        }
        let waiters = withLock {
            store(bytes, inputs: inputs, for: key, at: now)
            return endFlight(flight)
        }
        for waiter in waiters { waiter.resume(returning: bytes) }
        return respond(bytes)
    }

    /// ``answer(_:inputs:stamp:respond:produce:)`` for an answer stamped `stamp` whatever it reads.
    func answer(
        _ key: String, stamp: AnswerStamp?, respond: (ByteBuffer) -> Response = { JSONResponse.make(bytes: $0) },
        produce: () async throws -> ByteBuffer
    ) async throws -> Response {
        try await answer(key, inputs: { .everything }, stamp: { _ in stamp }, respond: respond, produce: produce)
    }

    /// ``answer(_:inputs:stamp:respond:produce:)`` for an answer valid for one published sequence.
    func answer(
        _ key: String, sequence: UInt64?, respond: (ByteBuffer) -> Response = { JSONResponse.make(bytes: $0) },
        produce: () async throws -> ByteBuffer
    ) async throws -> Response {
        try await answer(key, stamp: sequence.map { AnswerStamp(head: $0, version: $0) }, respond: respond, produce: produce)
    }

    /// What a request for `key` at `now` does.
    private enum Look {
        case cached(ByteBuffer), stale(ByteBuffer), produce, wait
    }

    private func look(_ key: String, at now: AnswerStamp, flight: String) -> Look {
        heads.saw(now.head)
        let entry = answers[key]
        if let entry, entry.stamp.answersAlike(now) {
            entry.stamp.head = max(entry.stamp.head, now.head)
            return .cached(entry.bytes)
        }
        if beginFlight(flight) { return .produce }
        if let entry, entry.stamp.precedes(now), heads.movedOn(from: entry.stamp.head) { return .stale(entry.bytes) }
        return .wait
    }

    /// True when the caller is the one to produce `flight`'s answer.
    private func beginFlight(_ flight: String) -> Bool {
        guard flights[flight] == nil else { return false }
        flights[flight] = []
        return true
    }

    /// Waits on `flight` if it is still being produced.
    private func join(_ flight: String, _ waiter: CheckedContinuation<ByteBuffer, any Error>) -> Bool {
        guard flights[flight] != nil else { return false }
        flights[flight]?.append(waiter)
        return true
    }

    private func endFlight(_ flight: String) -> [CheckedContinuation<ByteBuffer, any Error>] {
        flights.removeValue(forKey: flight) ?? []
    }

    /// Keeps `bytes` unless a newer version of the answer is kept already.
    private func store(_ bytes: ByteBuffer, inputs: AnswerInputs, for key: String, at stamp: AnswerStamp) {
        if let kept = answers[key], stamp.precedes(kept.stamp) { return }
        if answers[key] == nil, answers.count >= Self.capacity { answers.removeAll() }
        answers[key] = Entry(bytes: bytes, inputs: inputs, stamp: stamp)
    }

    /// The number of answers held now (for tests).
    var count: Int { withLock { answers.count } }

    private func withLock<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
