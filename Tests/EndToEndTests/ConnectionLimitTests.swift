import Foundation
import PubstatClient
import Testing

/// Issue 10: clients that hold connections open must not take the descriptors intake needs.
@Suite(.serialized) struct ConnectionLimitTests {
    /// Many idle connections exhausted the 1,024 descriptors of a default soft limit: every
    /// request timed out and a valid bulletin went to failed/ as "unreadable: Too many open files".
    @Test func idleConnectionsDoNotStarveIntake() async throws {
        let root = try temporaryFolder("nofile")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root, environment: ["PUBSTAT_HEADER_TIMEOUT": "3"], descriptorLimit: 1024)
        let idle = IdleConnections(to: daemon.socketPath, count: 1100, patience: .seconds(2))
        defer { idle.closeAll() }
        #expect(idle.open > 512, "the cap (512) and a backlog's worth: \(idle.open)")
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "budget.txt")
        try await waitUntil("budget.txt is processed", timeout: .seconds(40)) { daemon.names(in: daemon.processed) == ["budget.txt"] }
        #expect(daemon.names(in: daemon.failed).isEmpty)
        // a short client deadline: while the cap is full a request waits unaccepted, and each poll must end
        let shortClient = PubstatClient(socketPath: daemon.socketPath, timeout: .seconds(3))
        try await waitUntil("the API answers", timeout: .seconds(40)) { (try? await shortClient.get("/v1/health").status) == 200 }
        // The silent connections were closed by the server once their header deadline passed.
        try await waitUntil("idle connections are closed by the server", timeout: .seconds(30)) { idle.closedByPeer() == idle.open }
        try await daemon.stop()
    }

    /// The connection cap holds: connections beyond it are not accepted (no descriptor spent).
    @Test func connectionsBeyondTheCapWaitUnaccepted() async throws {
        let root = try temporaryFolder("cap")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root, environment: ["PUBSTAT_MAX_CONNECTIONS": "8"])
        try await Task.sleep(for: .milliseconds(300))  // the start-up health check's connection closes
        let pid = daemon.process.processIdentifier
        let before = openSockets(of: pid)
        let idle = IdleConnections(to: daemon.socketPath, count: 60, patience: .zero)
        defer { idle.closeAll() }
        #expect(idle.open > 8)
        try await waitUntil("the daemon accepts up to its cap", timeout: .seconds(10)) { openSockets(of: pid) - before >= 8 }
        try await Task.sleep(for: .seconds(1))
        let accepted = openSockets(of: pid) - before
        #expect(accepted <= 8 + 4, "at most the cap and one accept burst: \(accepted)")
        try await daemon.stop()
    }
}

/// Connected Unix sockets that never send a byte.
final class IdleConnections: @unchecked Sendable {
    private var descriptors: [Int32] = []

    /// Connects up to `count` non-blocking sockets; while the server's backlog is full
    /// (EAGAIN) it tries again for at most `patience` in all.
    init(to path: String, count: Int, patience: Duration) {
        let deadline = ContinuousClock.now + patience
        while descriptors.count < count {
            let fd = bindSocket(at: nil)
            guard fd >= 0 else { break }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            if withAddress(path, { connect(fd, $0, $1) }) == 0 {
                descriptors.append(fd)
                continue
            }
            close(fd)
            guard ContinuousClock.now < deadline else { break }
            usleep(5_000)
        }
    }

    var open: Int { descriptors.count }

    /// How many of them the server has closed (a read returns end of file).
    func closedByPeer() -> Int {
        var byte: UInt8 = 0
        return descriptors.filter { read($0, &byte, 1) == 0 }.count
    }

    func closeAll() {
        for fd in descriptors { close(fd) }
        descriptors.removeAll()
    }
}

/// The sockets process `pid` holds open.
func openSockets(of pid: Int32) -> Int {
    let folder = "/proc/\(pid)/fd"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { ((try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\($0)")) ?? "").hasPrefix("socket:") }.count
}
