import Foundation
import Hummingbird

/// Encoded answers of the read-only routes, per format, path and query string, valid for one published
/// sequence: when the read model's head moves, every entry is dropped at the next request.
/// Only successful answers are kept, at most ``capacity`` of them (all dropped when full).
final class ResponseCache: @unchecked Sendable {
    static let capacity = 1_024

    private let lock = NSLock()
    private var sequence: UInt64?
    private var answers: [String: ByteBuffer] = [:]

    /// The cached answer to `key` at `sequence`, or `produce`'s, cached; `respond` makes the
    /// response of the body (JSON unless told otherwise: the key must then name the format).
    /// Without a sequence (no published read model) nothing is cached.
    func answer(
        _ key: String, sequence: UInt64?, respond: (ByteBuffer) -> Response = { JSONResponse.make(bytes: $0) },
        produce: () async throws -> ByteBuffer
    ) async throws -> Response {
        guard let sequence else { return respond(try await produce()) }
        if let cached = lookup(key, at: sequence) { return respond(cached) }
        // Produced from a view at `sequence` or later: never older than the key says.
        let bytes = try await produce()
        store(bytes, for: key, at: sequence)
        return respond(bytes)
    }

    /// The number of answers held now (for tests).
    var count: Int { withLock { answers.count } }

    private func lookup(_ key: String, at sequence: UInt64) -> ByteBuffer? {
        withLock {
            if self.sequence != sequence {
                self.sequence = sequence
                answers.removeAll()
                return nil
            }
            return answers[key]
        }
    }

    private func store(_ bytes: ByteBuffer, for key: String, at sequence: UInt64) {
        withLock {
            guard self.sequence == sequence else { return }
            if answers.count >= Self.capacity { answers.removeAll() }
            answers[key] = bytes
        }
    }

    private func withLock<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
