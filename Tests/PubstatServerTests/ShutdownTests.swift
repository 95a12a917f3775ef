import Logging
import PubstatClient
import PubstatModel
import PubstatProjections
import PubstatServer
import ServiceLifecycle
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Graceful shutdown and a daemon that does not answer.
@Suite struct ShutdownTests {
    let directory: TemporaryDirectory
    let socket: String

    init() throws {
        directory = try TemporaryDirectory()
        socket = directory.file("api.sock")
    }

    @Test func gracefulShutdownFinishesTheRequestInFlight() async throws {
        let (listening, signal) = AsyncStream<Void>.makeStream()
        let logger = Logger(label: "shutdown-test")
        let server = PubstatHTTPServer(queries: SlowStatus(), socket: .path(socket), logger: logger) { signal.yield() }
        let group = ServiceGroup(services: [server], logger: logger)
        async let running: Void = group.run()
        _ = await listening.first { true }
        async let reply = PubstatClient(socketPath: socket).get("/v1/status")
        try await Task.sleep(for: .milliseconds(150))
        await group.triggerGracefulShutdown()
        #expect(try await reply.status == 200)
        try await running
    }

    @Test func aSilentDaemonTimesOut() async throws {
        let fd = try boundSocket(at: socket, listening: true)  // listens, never accepts
        defer { close(fd) }
        let client = PubstatClient(socketPath: socket, timeout: .milliseconds(300))
        let error = await #expect(throws: ClientError.self) { try await client.get("/v1/health") }
        guard case .timeout(socket, _) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(error?.exitCode == 75)
    }
}

/// Stub answers, with a status that takes a while.
struct SlowStatus: PubstatQueries {
    let stub = StubQueries()
    func health() async -> HealthReport { await stub.health() }
    func status() async -> StatusReport {
        try? await Task.sleep(for: .milliseconds(400))
        return await stub.status()
    }
    func budget(_ filter: BudgetFilter) async -> BudgetReport { await stub.budget(filter) }
    func visitors() async -> VisitorReport { await stub.visitors() }
    func bulletins() async -> BulletinList { await stub.bulletins() }
    func bulletin(_ id: BulletinID) async -> BulletinDetail? { await stub.bulletin(id) }
    func reextract(requestedBy peer: Peer) async throws -> ReextractReport { try await stub.reextract(requestedBy: peer) }
    func unclassified(_ filter: UnclassifiedFilter) async -> UnclassifiedReport { await stub.unclassified(filter) }
}
