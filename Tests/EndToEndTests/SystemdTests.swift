import PubstatTestSupport
import Foundation
import PubstatClient
import PubstatProjections
import Testing

/// pubstatd under systemd's protocols, with systemd's own tools where they run without PID 1:
/// a NOTIFY_SOCKET listener, systemd-socket-activate, and a socket held across restarts.
@Suite(.serialized) struct SystemdTests {
    @Test func readyAfterReplayThenWatchdogReloadAndStopping() async throws {
        let root = try temporaryFolder("notify")
        defer { try? FileManager.default.removeItem(at: root) }
        // A log with one event to replay.
        var daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "a.txt")
        try await daemon.waitForEmptyInbox()
        try await daemon.stop()

        let listener = try NotifySocketListener()
        daemon = try await DaemonProcess(root: root, environment: listener.environment.merging(["WATCHDOG_USEC": "400000"]) { $1 })
        #expect(listener.waitFor("READY=1"))
        // READY=1 came after replay: the replayed event is already served.
        #expect(try await daemon.client.get("/v1/status", as: StatusReport.self).lastSequence == 1)
        #expect(listener.lastValue(of: "STATUS")?.contains("ingested 1 bulletin") == true)
        #expect(listener.waitUntil(timeout: .seconds(5)) { $0.filter { $0 == "WATCHDOG=1" }.count >= 3 })

        daemon.signal(SIGHUP)
        #expect(listener.waitFor("RELOADING=1"))
        #expect(listener.lastValue(of: "MONOTONIC_USEC").flatMap { UInt64($0) } != nil)
        #expect(listener.waitUntil(timeout: .seconds(5)) { _ in
            let lines = listener.assignments
            guard let reloading = lines.lastIndex(of: "RELOADING=1") else { return false }
            return lines[reloading...].contains("READY=1")
        })
        #expect(try await daemon.stop() == 0)
        #expect(listener.assignments.contains("STOPPING=1"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate"), "systemd-socket-activate is not installed"))
    func servesOnSocketFromSystemdSocketActivate() async throws {
        let root = try temporaryFolder("activate")
        defer { try? FileManager.default.removeItem(at: root) }
        let socket = root.appendingPathComponent("activated.sock").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        process.arguments = ["-l", socket, try Binaries.url(of: "pubstatd").path, "--root", root.path]
        let log = root.appendingPathComponent("out.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let client = PubstatClient(socketPath: socket)
        try await waitUntil("pubstatd answers on the activated socket", timeout: .seconds(60)) {
            (try? await client.get("/v1/health").status) == 200
        }
        #expect(try await client.get("/v1/projections/budget").status == 200)
        // It adopted the inherited socket and did not bind its default path.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("pubstatd.sock").path))
        process.terminate()
        try await waitUntil("pubstatd exits", timeout: .seconds(30)) { !process.isRunning }
        #expect(process.terminationStatus == 0)
    }

    @Test func connectionsDuringRestartWaitAndAreAnswered() async throws {
        let root = try temporaryFolder("restart")
        defer { try? FileManager.default.removeItem(at: root) }
        let holder = try SocketHolder(path: root.appendingPathComponent("held.sock").path)
        let binary = try Binaries.url(of: "pubstatd").path
        let environment = ["PATH": "/usr/bin:/bin"]
        let output = root.appendingPathComponent("out.log").path
        let client = PubstatClient(socketPath: holder.path, timeout: .seconds(60))

        var pid = try holder.spawn(binary, arguments: ["--root", root.path], environment: environment, output: output)
        #expect(try await client.get("/v1/health").status == 200)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        // Nobody serves now; the kernel queues this connection on the held socket.
        let pending = Task { try await client.get("/v1/status").status }
        try await Task.sleep(for: .milliseconds(500))
        pid = try holder.spawn(binary, arguments: ["--root", root.path], environment: environment, output: output)
        #expect(try await pending.value == 200)
        kill(pid, SIGTERM)
        waitpid(pid, &status, 0)
        #expect(status == 0)
    }

    @Test func sigtermDuringIngestionLosesNothing() async throws {
        let root = try temporaryFolder("sigterm")
        defer { try? FileManager.default.removeItem(at: root) }
        var daemon = try await DaemonProcess(root: root)
        var generator = BulletinGenerator(seed: 42)
        let count = 150
        for n in 0..<count {
            try daemon.dropByRename(Data(generator.bulletin(n).utf8), as: "b\(n).txt")
            if n == count / 2 { daemon.signal(SIGTERM) }
        }
        let stopping = daemon
        try await waitUntil("pubstatd exits after SIGTERM", timeout: .seconds(30)) { !stopping.process.isRunning }
        #expect(daemon.process.terminationStatus == 0)
        // What was not taken stays in the inbox for the next start.
        #expect(daemon.names(in: daemon.processed).count + daemon.names(in: daemon.inbox).count == count)
        daemon = try await DaemonProcess(root: root)
        try await daemon.waitForEmptyInbox()
        #expect(daemon.names(in: daemon.processed).count == count)
        #expect(try await daemon.waitForIngested(count).bulletinsIngested == count)
        try await daemon.stop()
    }
}
