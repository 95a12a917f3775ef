import Foundation
import PubstatClient
import PubstatProjections
import Testing

/// The log cut at random byte offsets and with random bits flipped: pubstatd either recovers
/// (a damaged tail is cut and reported) or refuses to start naming the segment and offset;
/// `pubstatctl verify` notices every change.
@Suite(.serialized) struct LogDamageTests {
    @Test func cutsAndBitFlipsAreRecoveredOrRefusedNeverServed() async throws {
        let root = try temporaryFolder("damage")
        defer { try? FileManager.default.removeItem(at: root) }
        let logDir = root.appendingPathComponent("state/log")
        let smallSegments = ["--segment-size", "8192"]

        // A log of a few segments, written in several group commits.
        var daemon = try await DaemonProcess(root: root, arguments: smallSegments)
        var generator = BulletinGenerator(seed: 7)
        for round in 0..<4 {
            for n in 0..<10 { try daemon.dropByRename(Data(generator.bulletin(round * 10 + n).utf8), as: "r\(round)-\(n).txt") }
            try await daemon.waitForEmptyInbox()
        }
        let original = try await daemon.client.get("/v1/status", as: StatusReport.self)
        try await daemon.stop()
        try? FileManager.default.removeItem(at: root.appendingPathComponent("state/snapshots"))
        let pristine = try segments(in: logDir)
        #expect(pristine.count >= 3)
        #expect(try runTool("pubstatctl", ["verify", "--log-dir", logDir.path]).status == 0)

        for trial in 0..<12 {
            try restore(pristine, in: logDir)
            let (name, bytes) = pristine[trial < 6 ? pristine.count - 1 : generator.int(0...pristine.count - 1)]
            var damaged = bytes
            if trial < 6 {
                damaged = damaged.prefix(generator.int(64...bytes.count - 1))  // a cut in the last segment
            } else {
                let offset = generator.int(0...bytes.count - 1)
                damaged[offset] ^= UInt8(1) << UInt8(generator.int(0...7))
            }
            try damaged.write(to: logDir.appendingPathComponent(name))

            let verify = try runTool("pubstatctl", ["verify", "--log-dir", logDir.path])
            #expect(verify.status != 0, "trial \(trial): verify missed the damage in \(name)")

            switch try await startOrRefusal(root: root, arguments: smallSegments) {
            case .refused(let status, let output):
                #expect(trial >= 6, "a cut tail must be recovered, not refused: \(output)")
                #expect(status != 0)
                #expect(output.contains(".seg") && output.contains("at byte"), "refusal must name segment and offset: \(output)")
            case .started(let status):
                #expect(status.lastSequence <= original.lastSequence)
                if status.lastSequence < original.lastSequence {
                    #expect(status.recovery != nil, "records were cut without a report")
                }
            }
        }
        // The restored copy serves everything again.
        try restore(pristine, in: logDir)
        daemon = try await DaemonProcess(root: root, arguments: smallSegments)
        #expect(try await daemon.client.get("/v1/status", as: StatusReport.self).lastSequence == original.lastSequence)
        try await daemon.stop()
    }

    /// Issue 10, defect 5: a flipped bit in the middle record of the last group commit (three
    /// acknowledged bulletins, their files in processed/) used to cut all three. Now the first is
    /// kept, the third (intact) is appended again, and the damaged one is re-ingested from its
    /// raw copy; the recovery report says so.
    @Test func aFlippedBitInTheLastCommitLosesNoAcknowledgedBulletin() async throws {
        let root = try temporaryFolder("damage-last-commit")
        defer { try? FileManager.default.removeItem(at: root) }
        // Three files waiting at start are ingested by the start-up rescan in one group commit.
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        var generator = BulletinGenerator(seed: 11)
        for n in 0..<3 { try Data(generator.bulletin(n).utf8).write(to: inbox.appendingPathComponent("b\(n).txt")) }
        let daemon = try await DaemonProcess(root: root)
        try await daemon.waitForEmptyInbox()
        let before = try await daemon.client.get("/v1/bulletins", as: BulletinList.self)
        try await daemon.stop()
        #expect(daemon.names(in: daemon.processed) == ["b0.txt", "b1.txt", "b2.txt"])

        let logDir = root.appendingPathComponent("state/log")
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: logDir.path).filter { $0.hasSuffix(".seg") }.sorted().last)
        let segment = logDir.appendingPathComponent(name)
        var bytes = [UInt8](try Data(contentsOf: segment))
        var offsets: [Int] = []
        var offset = 64
        while offset + 64 <= bytes.count {
            offsets.append(offset)
            offset += 64 + bytes[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
        }
        #expect(offsets.count == 3)
        try #require(bytes[offsets[2] + 28] == 3, "the three bulletins were not one group commit")
        // A bit of a figure's value in the middle record (its id and file name stay legible).
        let payload = Array(bytes[(offsets[1] + 64)..<offsets[2]])
        let key = Array(#""value":"#.utf8)
        let at = try #require((0..<(payload.count - key.count)).first { payload[$0..<($0 + key.count)].elementsEqual(key) })
        bytes[offsets[1] + 64 + at + key.count] ^= 1
        try Data(bytes).write(to: segment)
        try? FileManager.default.removeItem(at: root.appendingPathComponent("state/snapshots"))
        #expect(try runTool("pubstatctl", ["verify", "--log-dir", logDir.path]).status == 2)

        let restarted = try await DaemonProcess(root: root)
        try await waitUntil("the lost bulletin is ingested again", timeout: .seconds(60)) {
            ((try? await restarted.client.get("/v1/bulletins", as: BulletinList.self))?.bulletins.count ?? 0) == 3
        }
        try await restarted.waitForEmptyInbox()
        let status = try await restarted.client.get("/v1/status", as: StatusReport.self)
        let recovery = try #require(status.recovery)
        #expect(recovery.contains("2 record(s) removed") && recovery.contains("record 3 is now 2"), "\(recovery)")
        #expect(recovery.contains("re-ingested from its raw copy") && recovery.contains("b1.txt"), "\(recovery)")
        #expect(!recovery.contains("never acknowledged"))
        #expect(restarted.log().contains("log recovery: record 2 about bulletin"))
        #expect(status.lastSequence == 3 && status.bulletinsIngested == 3)
        let after = try await restarted.client.get("/v1/bulletins", as: BulletinList.self)
        #expect(Set(after.bulletins.map(\.id)) == Set(before.bulletins.map(\.id)))
        try await restarted.stop()
        #expect(try runTool("pubstatctl", ["verify", "--log-dir", logDir.path]).status == 0)
    }

    enum Start {
        /// It served; its status, taken before it was stopped.
        case started(StatusReport)
        case refused(Int32, String)
    }

    /// Starts pubstatd; returns it when it serves, or its exit status and output when it refuses.
    func startOrRefusal(root: URL, arguments: [String]) async throws -> Start {
        let process = Process()
        process.executableURL = try Binaries.url(of: "pubstatd")
        process.arguments = ["--root", root.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let client = PubstatClient(socketPath: root.appendingPathComponent("pubstatd.sock").path)
        try await waitUntil("pubstatd serves or exits", timeout: .seconds(60)) {
            if !process.isRunning { return true }
            return (try? await client.get("/v1/health").status) == 200
        }
        if !process.isRunning {
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return .refused(process.terminationStatus, output)
        }
        let status = try await client.get("/v1/status", as: StatusReport.self)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return .started(status)
    }

    private func segments(in folder: URL) throws -> [(String, Data)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".seg") }.sorted()
            .map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    private func restore(_ segments: [(String, Data)], in folder: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".seg") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        for (name, bytes) in segments { try bytes.write(to: folder.appendingPathComponent(name)) }
    }
}
