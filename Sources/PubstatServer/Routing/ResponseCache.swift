import Foundation
import Hummingbird

/// Encoded answers of the read-only routes, per format, path and query string, valid for one published
/// sequence: when the read model's head moves, every entry is set aside at the next request.
/// Only successful answers are kept, at most ``capacity`` of them (all dropped when full).
///
/// While the answer at a newer head is being produced, concurrent requests for it get the answer
/// set aside (the one before) if the head moved on from it at most ``staleLimit`` ago, instead of
/// waiting: during a back-fill a large report is re-encoded after each head move, and clients would
/// otherwise queue behind every encoding. The request that produces the new answer, and every
/// request when no other is producing it, gets the answer at the current head.
final class ResponseCache: @unchecked Sendable {
    static let capacity = 1_024
    /// How long after the head moved on an answer set aside may still be served while its successor is produced.
    static let staleLimit: Duration = .seconds(2)

    /// Told how long each answer that was cached took to produce.
    private let onProduced: @Sendable (Duration) -> Void

    init(onProduced: @escaping @Sendable (Duration) -> Void = { _ in }) {
        self.onProduced = onProduced
    }

    private let lock = NSLock()
    private var sequence: UInt64?
    private var answers: [String: ByteBuffer] = [:]
    /// Answers of earlier heads, with when the head moved on from each.
    private var setAside: [String: (bytes: ByteBuffer, since: ContinuousClock.Instant)] = [:]

    /// The cached answer to `key` at `sequence`, or `produce`'s, cached; `respond` makes the
    /// response of the body (JSON unless told otherwise: the key must then name the format).
    /// Without a sequence (no published read model) nothing is cached.
    ///
    /// Requests that miss the same key at the same sequence while it is being produced get the
    /// answer set aside from the head before (see the type's note), else wait for that answer
    /// instead of producing it again: after each head move during a back-fill, dozens of clients
    /// asking for a large report cost one encoding, not dozens.
    func answer(
        _ key: String, sequence: UInt64?, respond: (ByteBuffer) -> Response = { JSONResponse.make(bytes: $0) },
        produce: () async throws -> ByteBuffer
    ) async throws -> Response {
        guard let sequence else { return respond(try await produce()) }
        if let cached = lookup(key, at: sequence) { return respond(cached) }
        let flight = "\(sequence) \(key)"
        let (producing, stale): (Bool, ByteBuffer?) = withLock {
            if beginFlight(flight) { return (true, nil) }
            return (false, staleAnswer(key))
        }
        if let stale { return respond(stale) }
        guard producing else {
            do {
                return respond(try await withCheckedThrowingContinuation { waiter in
                    if !withLock({ join(flight, waiter) }) { waiter.resume(throwing: FlightLanded()) }
                })
            } catch is FlightLanded {
                // the answer landed between the two looks: take it from the cache (or make it)
                return try await answer(key, sequence: sequence, respond: respond, produce: produce)
            }
        }
        let bytes: ByteBuffer
        do {
            // Produced from a view at `sequence` or later: never older than the key says.
            let started = ContinuousClock.now
            bytes = try await produce()
            onProduced(ContinuousClock.now - started)
        } catch {
            for waiter in withLock({ endFlight(flight) }) { waiter.resume(throwing: error) }
            throw error
        }
        let waiters = withLock {
            storeLocked(bytes, for: key, at: sequence)
            return endFlight(flight)
        }
        for waiter in waiters { waiter.resume(returning: bytes) }
        return respond(bytes)
    }

    /// Answers being produced, by "sequence key", with the requests waiting for each.
    private var flights: [String: [CheckedContinuation<ByteBuffer, any Error>]] = [:]

    private struct FlightLanded: Error {}

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

    /// The number of answers held now (for tests).
    var count: Int { withLock { answers.count } }

    private func lookup(_ key: String, at sequence: UInt64) -> ByteBuffer? {
        withLock {
            if self.sequence != sequence {
                // (a head that went back is a new read model: nothing of the old one is kept)
                if let old = self.sequence, old < sequence {
                    let now = ContinuousClock.now
                    setAside = setAside.filter { now - $0.value.since <= Self.staleLimit }
                    for (key, bytes) in answers { setAside[key] = (bytes, now) }
                    if setAside.count > Self.capacity { setAside.removeAll() }
                } else {
                    setAside.removeAll()
                }
                self.sequence = sequence
                answers.removeAll()
                return nil
            }
            return answers[key]
        }
    }

    /// The answer to `key` set aside when the head last moved on, if that was at most ``staleLimit`` ago.
    private func staleAnswer(_ key: String) -> ByteBuffer? {
        guard let entry = setAside[key], ContinuousClock.now - entry.since <= Self.staleLimit else { return nil }
        return entry.bytes
    }

    private func storeLocked(_ bytes: ByteBuffer, for key: String, at sequence: UInt64) {
        guard self.sequence == sequence else { return }
        if answers.count >= Self.capacity { answers.removeAll() }
        answers[key] = bytes
    }

    private func withLock<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
