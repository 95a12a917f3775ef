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

        // A snapshot that does not match the log (here: a forged chain hash) is not used.
        var text = try String(contentsOf: snapshot, encoding: .utf8)
        let range = try #require(text.range(of: #""chainHash":""#))  // in the header line
        text.replaceSubrange(range.upperBound..<text.index(range.upperBound, offsetBy: 4), with: "0000")
        try text.write(to: snapshot, atomically: true, encoding: .utf8)
        daemon = try await DaemonProcess(root: root)
        #expect(daemon.log().contains("does not match the log"))
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self) == before)
        try await daemon.stop()
    }
}
