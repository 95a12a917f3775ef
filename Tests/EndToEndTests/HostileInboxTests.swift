import Foundation
import PubstatModel
import PubstatProjections
import PubstatTestSupport
import Testing

/// The hostile-inbox suite (issue 10): whatever lands in the inbox, the daemon stays up and
/// serving, each file is ingested or rejected with a reason a person understands, and nothing
/// else is lost. (Links, pipes, sockets, odd names, oversize files, slow writers and torn logs
/// are in IntakeHardeningTests, LogDamageTests and CrashHarnessTests.)
@Suite struct HostileInboxTests {
    /// Files of every awkward kind, moved into the inbox at once.
    @Test func everyHostileFileIsIngestedOrRejectedWithAReason() async throws {
        let root = try temporaryFolder("hostile")
        defer { try? FileManager.default.removeItem(at: root) }
        let stage = root.appendingPathComponent("stage")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        var random = SplitMix64(seed: 10)
        func noise(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
        let sentence = Array("Năm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Điện Biên đạt 2.100 tỷ đồng, tăng 4% so với cùng kỳ. ".utf8)
        var files: [String: [UInt8]] = [
            "empty.txt": [],
            "program.elf": [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + noise(8_192),
            "picture.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + noise(8_192),
            "random.dat": noise(65_536),
            "nul-bytes.txt": Array(OwnBulletins.budgetReport.utf8) + [0, 0, 0] + Array(OwnBulletins.otherReport.utf8),
            "invalid-utf8.txt": Array(OwnBulletins.otherReport.utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1] + Array(" cuối.".utf8),
            "one-line-20mb.txt": Array((0..<(20_000_000 / sentence.count)).lazy.flatMap { _ in sentence }),
            "million-numbers.txt": Array((0..<1_000_000).map { String($0 % 9973) }.joined(separator: " ").utf8),
            "nested.html": Array((String(repeating: "<div>", count: 100_000) + "<p>" + OwnBulletins.budgetReport + "</p>").utf8),
            "unterminated.html": Array(("<html><head><title>Bản tin" + "<body><p>" + OwnBulletins.otherReport + "<script>var x = '<!-- never ends").utf8),
        ]
        // Awkward names on valid bulletins (each made distinct so none is a duplicate).
        for name in ["with space.txt", "quote\"d.txt", "new\nline.txt", "-leading-dash.txt", "tab\tand 'single'.txt"] {
            files[name] = Array((OwnBulletins.budgetReport + "\nGhi chú: \(name)").utf8)
        }
        for (name, bytes) in files { try Data(bytes).write(to: stage.appendingPathComponent(name)) }
        // Two hard links to one file: one bulletin, one duplicate.
        try Data((OwnBulletins.otherReport + "\nBản có liên kết cứng.").utf8).write(to: stage.appendingPathComponent("linked-a.txt"))
        #expect(link(stage.appendingPathComponent("linked-a.txt").path, stage.appendingPathComponent("linked-b.txt").path) == 0)
        let names = Array(files.keys) + ["linked-a.txt", "linked-b.txt"]

        let daemon = try await DaemonProcess(root: root.appendingPathComponent("var"), rescanInterval: 2)
        for name in names {
            #expect(rename(stage.appendingPathComponent(name).path, daemon.inbox.appendingPathComponent(name).path) == 0, "\(name)")
        }
        try await daemon.waitForEmptyInbox(timeout: .seconds(300))

        #expect(try await daemon.client.get("/v1/health").status == 200)
        let processed = Set(daemon.names(in: daemon.processed))
        let knownCodes = Set(RejectionCode.allCases.map(\.rawValue))
        for name in names {
            let reasonFile = daemon.failed.appendingPathComponent("\(name).reason.json")
            let failed = FileManager.default.fileExists(atPath: daemon.failed.appendingPathComponent(name).path)
            #expect(processed.contains(name) != failed, "\(name) must be in exactly one of processed/ and failed/")
            if failed {
                let reason = try JSONSerialization.jsonObject(with: Data(contentsOf: reasonFile)) as? [String: Any]
                #expect(knownCodes.contains(reason?["code"] as? String ?? ""), "\(name): \(String(describing: reason))")
                #expect((reason?["reason"] as? String ?? "").count > 10, "\(name) has no reason a person understands")
            }
        }
        for name in ["empty.txt", "program.elf", "picture.png", "random.dat"] {
            #expect(!processed.contains(name), "\(name) is not a bulletin")
        }
        #expect(try reasonCode(of: "empty.txt", in: daemon) == RejectionCode.emptyFile.rawValue)
        for name in ["with space.txt", "quote\"d.txt", "new\nline.txt", "-leading-dash.txt", "tab\tand 'single'.txt", "linked-a.txt", "linked-b.txt", "nested.html"] {
            #expect(processed.contains(name), "\(name) is a bulletin")
        }
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsIngested + status.bulletinsRejected + status.rejectedUnlogged + status.duplicatesDropped == names.count)
        #expect(status.duplicatesDropped == 1)
        #expect(status.inboxPending == 0)
        #expect(try await daemon.stop() == 0)
    }

    /// 10,000 small bulletins at once: every one ingested exactly once.
    @Test func tenThousandFilesAtOnceAreEachIngestedOnce() async throws {
        let root = try temporaryFolder("tenthousand")
        defer { try? FileManager.default.removeItem(at: root) }
        let stage = root.appendingPathComponent("stage")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        let count = 10_000
        for n in 0..<count {
            let text = "Bản tin số \(n). Năm 2023, tổng lượt khách du lịch đến tỉnh Lào Cai đạt \(n + 1_000) nghìn lượt.\n"
            try Data(text.utf8).write(to: stage.appendingPathComponent("b\(n).txt"))
        }
        let daemon = try await DaemonProcess(root: root.appendingPathComponent("var"), rescanInterval: 5)
        for n in 0..<count {
            #expect(rename(stage.appendingPathComponent("b\(n).txt").path, daemon.inbox.appendingPathComponent("b\(n).txt").path) == 0)
        }
        try await daemon.waitForEmptyInbox(timeout: .seconds(600))
        let status = try await daemon.waitForIngested(count)
        #expect(status.bulletinsIngested == count)
        #expect(status.duplicatesDropped == 0 && status.bulletinsRejected == 0)
        #expect(daemon.names(in: daemon.processed).count == count)
        #expect(try await daemon.stop() == 0)
    }

    /// The inbox folder deleted and created again: files dropped into the new one are ingested.
    @Test func aRecreatedInboxIsWatchedAgain() async throws {
        let root = try temporaryFolder("recreated")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root, rescanInterval: 1)
        try FileManager.default.removeItem(at: daemon.inbox)
        try await Task.sleep(for: .seconds(1.5))
        try FileManager.default.createDirectory(at: daemon.inbox, withIntermediateDirectories: false)
        try daemon.dropByRename(Data(OwnBulletins.budgetReport.utf8), as: "after.txt")
        try await waitUntil("the file in the new inbox is ingested", timeout: .seconds(30)) {
            daemon.names(in: daemon.processed).contains("after.txt")
        }
        #expect(try await daemon.client.get("/v1/health").status == 200)
        #expect(try await daemon.stop() == 0)
    }

    /// Files that vanish as soon as they arrive, among ones that stay: the daemon stays up, the
    /// ones that stay are ingested, and nothing vanished is reported as rejected.
    @Test func filesDeletedAsTheyArriveLoseNothingElse() async throws {
        let root = try temporaryFolder("vanishing")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root, rescanInterval: 1)
        for n in 0..<50 {
            try daemon.dropByRename(Data((OwnBulletins.otherReport + "\nTạm \(n)").utf8), as: "gone-\(n).txt")
            unlink(daemon.inbox.appendingPathComponent("gone-\(n).txt").path)
            try daemon.dropByRename(Data((OwnBulletins.otherReport + "\nGiữ \(n)").utf8), as: "kept-\(n).txt")
        }
        try await daemon.waitForEmptyInbox(timeout: .seconds(60))
        let processed = daemon.names(in: daemon.processed)
        #expect((0..<50).allSatisfy { processed.contains("kept-\($0).txt") })
        #expect(!daemon.names(in: daemon.failed).contains { $0.hasPrefix("gone-") })
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.bulletinsRejected == 0 && status.rejectedUnlogged == 0)
        #expect(try await daemon.stop() == 0)
    }

    private func reasonCode(of name: String, in daemon: DaemonProcess) throws -> String? {
        let data = try Data(contentsOf: daemon.failed.appendingPathComponent("\(name).reason.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["code"] as? String
    }
}
