import Foundation
import PubstatClient
import PubstatProjections
import Testing

/// Projection snapshots: written on stop, used on start for the tail only, ignored when they
/// do not belong to the log.
@Suite(.serialized) struct SnapshotTests {
    @Test func restartFoldsOnlyTheTailAfterTheSnapshot() async throws {
        let root = try temporaryFolder("snapshot")
        defer { try? FileManager.default.removeItem(at: root) }
        var daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "a.txt")
        try daemon.dropByRename(Data(OwnBulletins.otherReport.utf8), as: "b.txt")
        try await daemon.waitForEmptyInbox()
        let before = try await daemon.client.get("/v1/bulletins", as: BulletinList.self)
        try await daemon.stop()
        let snapshot = root.appendingPathComponent("state/snapshots/projections.snapshot")
        #expect(FileManager.default.fileExists(atPath: snapshot.path))

        daemon = try await DaemonProcess(root: root)
        #expect(daemon.log().contains("snapshot.seq=2"))
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self) == before)
        try await daemon.stop()

        // A snapshot whose header was changed (here: a forged chain hash) fails its checksum and is not used.
        var bytes = [UInt8](try Data(contentsOf: snapshot))
        let hash = try #require(Self.hexRun(in: bytes))  // the chain hash in the header block: bulletin IDs are stored as raw bytes
        bytes.replaceSubrange(hash.lowerBound..<(hash.lowerBound + 4), with: Array("0000".utf8))
        try Data(bytes).write(to: snapshot)
        daemon = try await DaemonProcess(root: root)
        #expect(daemon.log().contains("projection snapshot discarded"))
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self) == before)
        try await daemon.stop()
    }

    /// Issue 10, defect 4: one changed digit in a snapshot was served as the figure's value,
    /// verify said OK, and later snapshots carried it on.
    @Test func aChangedDigitInTheSnapshotIsDiscardedAndReported() async throws {
        let root = try temporaryFolder("snapshot-digit")
        defer { try? FileManager.default.removeItem(at: root) }
        var daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "a.txt")
        try await daemon.waitForEmptyInbox()
        let budget = try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self)
        let bulletins = try await daemon.client.get("/v1/bulletins", as: BulletinList.self)
        let first = try #require(bulletins.bulletins.first)
        let detail = try await daemon.client.get("/v1/bulletins/\(first.id)", as: BulletinDetail.self)
        try await daemon.stop()
        let logDir = root.appendingPathComponent("state/log").path
        #expect(try runTool("pubstatctl", ["verify", "--log-dir", logDir]).status == 0)

        // Change every figure value (a double in the binary snapshot) by one; the file stays well-formed.
        let snapshot = root.appendingPathComponent("state/snapshots/projections.snapshot")
        var bytes = [UInt8](try Data(contentsOf: snapshot))
        var changed = 0
        for value in detail.figures.compactMap(\.value) {
            let pattern = withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init)
            let altered = withUnsafeBytes(of: (value + 1).bitPattern.littleEndian, Array.init)
            var i = 0
            while i + 8 <= bytes.count {
                if bytes[i..<(i + 8)].elementsEqual(pattern) {
                    bytes.replaceSubrange(i..<(i + 8), with: altered)
                    changed += 1
                }
                i += 1
            }
        }
        #expect(changed > 0)
        try Data(bytes).write(to: snapshot)

        let verify = try runTool("pubstatctl", ["verify", "--log-dir", logDir])
        #expect(verify.status == 3, "verify: \(verify.output)")
        #expect(verify.output.contains("DAMAGED SNAPSHOT") && verify.output.contains("checksum mismatch"))

        daemon = try await DaemonProcess(root: root)
        #expect(try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self) == budget)
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self) == bulletins)
        let log = daemon.log()
        #expect(log.contains("warning") && log.contains("projection snapshot discarded") && log.contains("checksum mismatch"))
        try await daemon.stop()
        #expect(FileManager.default.fileExists(atPath: snapshot.path + ".damaged"))
        // The snapshot written since holds the log's values.
        #expect(try runTool("pubstatctl", ["verify", "--log-dir", logDir]).status == 0)
        daemon = try await DaemonProcess(root: root)
        #expect(try await daemon.client.get("/v1/projections/budget", as: BudgetReport.self) == budget)
        try await daemon.stop()
    }

    /// The first run of 64 lowercase hex digits in `bytes`.
    private static func hexRun(in bytes: [UInt8]) -> Range<Int>? {
        var start = 0
        for (index, byte) in bytes.enumerated() {
            let isHex = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            if !isHex {
                start = index + 1
            } else if index + 1 - start == 64 {
                return start..<(index + 1)
            }
        }
        return nil
    }
}
