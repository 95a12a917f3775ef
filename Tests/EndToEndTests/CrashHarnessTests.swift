import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// Drops a few hundred bulletins while killing pubstatd with SIGKILL at random moments, then
/// checks that nothing was lost or counted twice.
///
/// CI runs the short form (≥ 50 kills). The long form:
/// `PUBSTAT_CRASH_KILLS=2000 PUBSTAT_CRASH_FILES=2000 swift test --filter CrashHarness`.
@Suite(.serialized) struct CrashHarnessTests {
    @Test func sigkillDuringIntakeLosesAndDuplicatesNothing() async throws {
        let environment = ProcessInfo.processInfo.environment
        let kills = Int(environment["PUBSTAT_CRASH_KILLS"] ?? "") ?? 50
        let fileCount = Int(environment["PUBSTAT_CRASH_FILES"] ?? "") ?? 300
        let root = try temporaryFolder("crash")
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            try await run(kills: kills, fileCount: fileCount, root: root)
        } catch {
            let log = (try? String(contentsOf: root.appendingPathComponent("pubstatd.log"), encoding: .utf8)) ?? ""
            Issue.record("pubstatd's output, last 4,000 characters:\n\(log.suffix(4000))")
            throw error
        }
    }

    private func run(kills: Int, fileCount: Int, root: URL) async throws {

        // Inputs: unique bulletins, some exact duplicates under other names, some binary files.
        var generator = BulletinGenerator(seed: UInt64(kills * 7919 + fileCount))
        var files: [(name: String, bytes: Data)] = []
        var distinctGood = Set<Data>()
        var distinctBad = Set<Data>()
        var badNames = Set<String>()
        for n in 0..<fileCount {
            switch n % 10 {
            case 7 where !files.isEmpty:
                let original = files[generator.int(0...files.count - 1)]
                files.append(("copy-\(n).txt", original.bytes))
                if distinctBad.contains(original.bytes) { badNames.insert("copy-\(n).txt") }
            case 9:
                let bytes = Data([0, 1, 2, 3, UInt8(n & 0xFF), UInt8(n >> 8)])
                files.append(("blob-\(n).bin", bytes))
                badNames.insert("blob-\(n).bin")
                distinctBad.insert(bytes)
            default:
                let bytes = Data(generator.bulletin(n).utf8)
                files.append(("bulletin-\(n).txt", bytes))
                distinctGood.insert(bytes)
            }
        }

        var daemon = try await DaemonProcess(root: root)
        var dropped = 0
        for kill in 0..<kills {
            // Drop a handful of files, give the daemon a random moment, then kill it.
            let batch = max(1, (files.count - dropped) / max(1, kills - kill))
            for _ in 0..<batch where dropped < files.count {
                try daemon.dropByRename(files[dropped].bytes, as: files[dropped].name)
                dropped += 1
            }
            try await Task.sleep(for: .milliseconds(generator.int(0...60)))
            try await daemon.kill()
            daemon = try await DaemonProcess(root: root)
        }
        while dropped < files.count {
            try daemon.dropByRename(files[dropped].bytes, as: files[dropped].name)
            dropped += 1
        }
        try await daemon.waitForEmptyInbox(timeout: .seconds(120))

        // Every input file ended in processed/ or failed/ exactly once.
        let processed = daemon.names(in: daemon.processed)
        let failed = daemon.names(in: daemon.failed).filter { !$0.hasSuffix(".reason.json") }
        #expect(processed.count + failed.count == files.count)
        #expect(Set(processed + failed).count == files.count)
        #expect(Set(failed) == badNames)
        let wronglyFailed = failed.filter { !badNames.contains($0) }
        let reasons = wronglyFailed.map { name in
            (try? String(contentsOf: daemon.failed.appendingPathComponent(name + ".reason.json"), encoding: .utf8)) ?? name
        }
        #expect(wronglyFailed.isEmpty, "rejected bulletins: \(reasons)")
        #expect(daemon.names(in: daemon.failed).filter { $0.hasSuffix(".reason.json") }.count == failed.count)

        // Every distinct content is in the log exactly once.
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsIngested == distinctGood.count)
        #expect(status.bulletinsRejected == distinctBad.count)
        #expect(status.logRecords == UInt64(distinctGood.count + distinctBad.count))
        #expect(status.lastSequence == status.logRecords)

        // The projections equal a rebuild from scratch.
        let live = try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self)
        let liveBulletins = try await daemon.client.get("/v1/bulletins", as: BulletinList.self)
        try await daemon.stop()
        try? FileManager.default.removeItem(at: root.appendingPathComponent("state/snapshots"))
        daemon = try await DaemonProcess(root: root)
        #expect(try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self) == live)
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self) == liveBulletins)
        try await daemon.stop()

        // The log verifies.
        let verify = try runTool("pubstatctl", ["verify", "--log-dir", root.appendingPathComponent("state/log").path])
        #expect(verify.status == 0, "pubstatctl verify: \(verify.output)")
    }
}

/// Runs one of the built executables to completion.
func runTool(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
    try spawnTool(name, arguments, in: nil, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
}
