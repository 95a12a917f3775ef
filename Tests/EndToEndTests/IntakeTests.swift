import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// Intake rules with the real daemon: duplicates, rejections, ignored names, restarts.
@Suite(.serialized) struct IntakeTests {
    @Test func sameContentTwiceIsOneBulletin() async throws {
        let root = try temporaryFolder("dup")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let bytes = Data(OwnBulletins.budgetReport.utf8)
        try daemon.dropByRename(bytes, as: "report.txt")
        try await daemon.waitForEmptyInbox()
        try daemon.dropByRename(bytes, as: "report-again.txt")
        try await daemon.waitForEmptyInbox()
        let list = try await daemon.client.get("/v1/bulletins", as: BulletinList.self)
        #expect(list.bulletins.count == 1)
        #expect(daemon.names(in: daemon.processed) == ["report-again.txt", "report.txt"])
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.lastSequence == 1)
        #expect(status.duplicatesDropped == 1)
        // The same name again with the same bytes: kept beside the first copy, not overwritten.
        try daemon.dropByRename(bytes, as: "report.txt")
        try await daemon.waitForEmptyInbox()
        #expect(daemon.names(in: daemon.processed).count == 3)
        try await daemon.stop()
    }

    @Test func binaryFileIsRejectedWithReasonAndDaemonStaysUp() async throws {
        let root = try temporaryFolder("reject")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        try daemon.dropByRename(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF]), as: "scan.png")
        try daemon.dropByRename(Data(), as: "empty.txt")
        try await daemon.waitForEmptyInbox()
        #expect(daemon.names(in: daemon.failed) == ["empty.txt", "empty.txt.reason.json", "scan.png", "scan.png.reason.json"])
        let reason = try JSONSerialization.jsonObject(with: Data(contentsOf: daemon.failed.appendingPathComponent("scan.png.reason.json"))) as? [String: Any]
        #expect((reason?["reason"] as? String)?.isEmpty == false)
        #expect(reason?["file"] as? String == "scan.png")
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsRejected == 2)
        // Still serving and still ingesting.
        try daemon.dropByRename(Data(OwnBulletins.otherReport.utf8), as: "tourism.txt")
        try await daemon.waitForEmptyInbox()
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.count == 1)
        try await daemon.stop()
    }

    @Test func temporaryNamesWaitUntilRenamed() async throws {
        let root = try temporaryFolder("tmpnames")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let bytes = Data(OwnBulletins.otherReport.utf8)
        try bytes.write(to: daemon.inbox.appendingPathComponent("upload.part"))
        try bytes.write(to: daemon.inbox.appendingPathComponent(".hidden"))
        try await Task.sleep(for: .seconds(1.5))
        #expect(FileManager.default.fileExists(atPath: daemon.inbox.appendingPathComponent("upload.part").path))
        #expect(FileManager.default.fileExists(atPath: daemon.inbox.appendingPathComponent(".hidden").path))
        try FileManager.default.moveItem(at: daemon.inbox.appendingPathComponent("upload.part"), to: daemon.inbox.appendingPathComponent("upload.txt"))
        try await waitUntil("upload.txt is processed", timeout: .seconds(30)) {
            daemon.names(in: daemon.processed) == ["upload.txt"]
        }
        try await daemon.stop()
    }

    @Test func filesPresentAtStartAreIngestedAndLogSurvivesKill() async throws {
        let root = try temporaryFolder("startup")
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Data(OwnBulletins.budgetReport.utf8).write(to: inbox.appendingPathComponent("a.txt"))
        try Data(OwnBulletins.otherReport.utf8).write(to: inbox.appendingPathComponent("b.txt"))
        var daemon = try await DaemonProcess(root: root)
        try await daemon.waitForEmptyInbox()
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.count == 2)
        try await daemon.kill()
        daemon = try await DaemonProcess(root: root)
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsIngested == 2 && status.lastSequence == 2)
        try await daemon.stop()
    }
}
