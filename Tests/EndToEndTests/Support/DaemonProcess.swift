import Foundation
import PubstatClient
import PubstatProjections
import Testing

/// A real `pubstatd` started as a subprocess on a temporary folder.
final class DaemonProcess: @unchecked Sendable {
    let root: URL
    let process = Process()
    let extraEnvironment: [String: String]
    private let output: FileHandle

    var inbox: URL { root.appendingPathComponent("inbox") }
    var processed: URL { root.appendingPathComponent("processed") }
    var failed: URL { root.appendingPathComponent("failed") }
    var socketPath: String { root.appendingPathComponent("pubstatd.sock").path }
    /// A generous timeout: CI machines are small and busy; a real hang still fails the test.
    var client: PubstatClient { PubstatClient(socketPath: socketPath, timeout: .seconds(60)) }
    var logPath: URL { root.appendingPathComponent("pubstatd.log") }

    /// Starts pubstatd with `--root root`; waits until it answers on its socket.
    /// `descriptorLimit` starts it with that soft limit on open files (`ulimit -Sn`), as a shell
    /// or a unit without `LimitNOFILE=` would. `user` runs it as that user (`root` must be theirs).
    init(
        root: URL, settle: Double = 0.3, rescanInterval: Double = 5, arguments: [String] = [], environment: [String: String] = [:],
        descriptorLimit: Int? = nil, user: TestUser? = nil
    ) async throws {
        self.root = root
        self.extraEnvironment = environment
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent("pubstatd.log").path) {
            _ = FileManager.default.createFile(atPath: root.appendingPathComponent("pubstatd.log").path, contents: nil)
        }
        output = try FileHandle(forWritingTo: root.appendingPathComponent("pubstatd.log"))
        output.seekToEndOfFile()
        let binary = try Binaries.url(of: "pubstatd")
        let daemonArguments = ["--root", root.path, "--settle", String(settle), "--rescan-interval", String(rescanInterval)] + arguments
        if let descriptorLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", #"ulimit -Sn \#(descriptorLimit) && exec "$0" "$@""#, binary.path] + daemonArguments
        } else if environment["WATCHDOG_USEC"] != nil {
            // sd_watchdog_enabled() needs WATCHDOG_PID to be the daemon's own pid.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", #"export WATCHDOG_PID=$$; exec "$0" "$@""#, binary.path] + daemonArguments
        } else if let user {
            let command = user.command([binary.path] + daemonArguments)
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
        } else {
            process.executableURL = binary
            process.arguments = daemonArguments
        }
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("PUBSTAT_") || key == "NOTIFY_SOCKET" || key == "LISTEN_FDS" || key == "JOURNAL_STREAM" {
            env[key] = nil
        }
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try await waitUntil("pubstatd answers on \(socketPath)", timeout: .seconds(60)) {
            (try? await self.client.get("/v1/health").status) == 200
        }
    }

    /// A test that fails before stopping its daemon must not leave it running.
    deinit {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    func signal(_ number: Int32) {
        Foundation.kill(process.processIdentifier, number)
    }

    /// SIGTERM, then waits for the exit; returns the exit status.
    @discardableResult
    func stop() async throws -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        try await waitUntil("pubstatd exits after SIGTERM", timeout: .seconds(30)) { !self.process.isRunning }
        try? output.close()
        return process.terminationStatus
    }

    /// SIGKILL: a crash.
    func kill() async throws {
        guard process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        try await waitUntil("pubstatd dies after SIGKILL", timeout: .seconds(30)) { !self.process.isRunning }
        try? output.close()
    }

    func log() -> String {
        (try? String(contentsOf: logPath, encoding: .utf8)) ?? ""
    }

    /// Drops a file the way careful writers do: write a temporary name, then rename.
    func dropByRename(_ bytes: Data, as name: String) throws {
        let temporary = inbox.appendingPathComponent(".\(name).part")
        try bytes.write(to: temporary)
        try FileManager.default.moveItem(at: temporary, to: inbox.appendingPathComponent(name))
    }

    /// Drops a file the way careless writers do: created in place, written in several chunks
    /// with pauses, closed at the end, never renamed.
    func dropSlowly(_ bytes: Data, as name: String, chunks: Int = 4, pause: Duration = .milliseconds(100)) async throws {
        let path = inbox.appendingPathComponent(name).path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw TimeoutError(what: "creating \(path) (errno \(errno))") }
        defer { close(fd) }
        let size = (bytes.count + chunks - 1) / chunks
        for start in stride(from: 0, to: bytes.count, by: size) {
            let chunk = [UInt8](bytes.subdata(in: start..<min(start + size, bytes.count)))
            let written = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written == chunk.count else { throw TimeoutError(what: "writing \(path)") }
            try await Task.sleep(for: pause)
        }
    }

    func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Waits until the inbox holds no bulletin.
    func waitForEmptyInbox(timeout: Duration = .seconds(60)) async throws {
        try await waitUntil("the inbox empties", timeout: timeout) { self.names(in: self.inbox).isEmpty }
    }

    /// Waits until `/v1/status` has seen `count` bulletins ingested and returns it. During a back-fill
    /// the read model is published at most every 50 ms and once intake runs out of work, so the last
    /// files can be in processed/ a moment before queries count them (README, *Read model*). Never
    /// more than `count`: the caller checks the exact numbers on the status it gets.
    func waitForIngested(_ count: Int, timeout: Duration = .seconds(30)) async throws -> StatusReport {
        let client = self.client
        try await waitUntil("/v1/status counts \(count) bulletins ingested", timeout: timeout) {
            ((try? await client.get("/v1/status", as: StatusReport.self))?.bulletinsIngested ?? 0) >= count
        }
        return try await client.get("/v1/status", as: StatusReport.self)
    }
}

/// Polls `condition` until it holds or `timeout` passes.
func waitUntil(_ what: String, timeout: Duration, _ condition: @Sendable () async -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    Issue.record("timed out after \(timeout): \(what)")
    throw TimeoutError(what: what)
}

struct TimeoutError: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting until \(what)" }
}

/// Locates the built executables next to the test bundle.
enum Binaries {
    static func url(of name: String) throws -> URL {
        var candidates: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["PUBSTAT_BIN_DIR"] { candidates.append(URL(fileURLWithPath: dir)) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            candidates.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        for candidate in candidates {
            let url = candidate.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw BinaryMissing(name: name, searched: candidates.map(\.path))
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        let name: String
        let searched: [String]
        var description: String { "\(name) not found in \(searched); build it first (swift build) or set PUBSTAT_BIN_DIR" }
    }
}

/// A fresh temporary folder for one test.
func temporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-\(label)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The shared corpus beside the repository, if present.
enum SharedCorpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static var seeds: [URL]? {
        let folder = root.appendingPathComponent("seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !names.isEmpty else { return nil }
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    static let missingMessage = "../shared/corpus is absent next to the repository: skipping tests on the real seed bulletins"
}
