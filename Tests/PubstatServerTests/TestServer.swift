import Foundation
import Logging
import PubstatClient
import PubstatProjections
import PubstatServer
import ServiceLifecycle

/// A fresh directory for one test's socket, short enough for sun_path.
final class TemporaryDirectory: Sendable {
    let path: String

    init() throws {
        var template = Array("/tmp/pubstat-srv-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp failed") }
        path = String(cString: made)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a real server on `socket` inside a ServiceGroup, calls `body` once it listens, then shuts it down gracefully.
func withServer<Result: Sendable>(
    on socket: ServerSocket, queries: any PubstatQueries = StubQueries(), limits: ServerLimits = .lenient,
    admins: AdminPolicy = .rootAndThisProcess(), metrics: ServerMetrics? = nil, logger: Logger = Logger(label: "pubstat-server-test"),
    _ body: () async throws -> Result
) async throws -> Result {
    let (listening, signal) = AsyncStream<Void>.makeStream()
    let server = PubstatHTTPServer(queries: queries, socket: socket, logger: logger, limits: limits, admins: admins, metrics: metrics) { signal.yield() }
    let group = ServiceGroup(services: [server], logger: logger)
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask {
            defer { signal.finish() }
            try await group.run()
        }
        guard await listening.first(where: { true }) != nil else {
            try await tasks.waitForAll()
            throw TestFailure("the server stopped before listening")
        }
        do {
            let result = try await body()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            await group.triggerGracefulShutdown()
            try? await tasks.waitForAll()
            throw error
        }
    }
}
