import Foundation
import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// Issue 10: what a hostile or careless inbox can do to the real daemon, and must not.
@Suite(.serialized) struct IntakeHardeningTests {
    /// A FIFO renamed over a name intake has just seen: opened without O_NONBLOCK it blocked
    /// intake for good (nothing more ingested, SIGTERM ignored). It must be refused with a reason.
    @Test func fifoRenamedOverASeenNameIsRefusedAndIntakeGoesOn() async throws {
        let root = try temporaryFolder("fifo")
        defer { try? FileManager.default.removeItem(at: root) }
        // Found by the start-up rescan: 256 files fill the first batch, so "zz.txt", seen as a
        // regular file with the rest, is opened only in the second, after the pipe replaced it.
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let hourAgo = Date(timeIntervalSinceNow: -3600)
        for index in 0..<256 {
            let file = inbox.appendingPathComponent(String(format: "a%03d.txt", index))
            try Data((OwnBulletins.budgetReport + "\n\(index)").utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: file.path)
        }
        try Data(OwnBulletins.otherReport.utf8).write(to: inbox.appendingPathComponent("zz.txt"))
        try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: inbox.appendingPathComponent("zz.txt").path)
        let daemon = try await DaemonProcess(root: root)
        let fifo = root.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(rename(fifo, daemon.inbox.appendingPathComponent("zz.txt").path) == 0)
        try await daemon.waitForEmptyInbox(timeout: .seconds(60))
        #expect(try reasonCode(of: "zz.txt", in: daemon) == "not_regular_file")
        // Intake still works, and SIGTERM still ends the daemon.
        try daemon.dropByRename(Data(OwnBulletins.noFigures.utf8), as: "after.txt")
        try await waitUntil("after.txt is processed", timeout: .seconds(30)) { daemon.names(in: daemon.processed).contains("after.txt") }
        #expect(try await daemon.stop() == 0)
    }

    /// A symbolic link renamed in was followed: its target was stored and served as a bulletin.
    @Test func symlinkIsRefusedNotFollowed() async throws {
        let root = try temporaryFolder("symlink")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let secret = root.appendingPathComponent("secret.txt")
        try Data(("Mật khẩu quản trị\n" + OwnBulletins.budgetReport).utf8).write(to: secret)
        let link = root.appendingPathComponent("link").path
        #expect(symlink(secret.path, link) == 0)
        #expect(rename(link, daemon.inbox.appendingPathComponent("report.txt").path) == 0)
        try await daemon.waitForEmptyInbox(timeout: .seconds(30))
        #expect(try reasonCode(of: "report.txt", in: daemon) == "symbolic_link")
        let moved = daemon.failed.appendingPathComponent("report.txt").path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: moved) == secret.path)
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.isEmpty)
        let stored = (try? FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("state/bulletins").path)) ?? []
        #expect(stored.isEmpty)
        try await daemon.stop()
    }

    /// Over the size limit: a reason file, a log line and a count in /v1/status.
    @Test func tooLargeFileIsLoggedAndCounted() async throws {
        let root = try temporaryFolder("toolarge")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root)
        let temporary = daemon.inbox.appendingPathComponent(".huge.part").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        #expect(fd >= 0)
        #expect(ftruncate(fd, 65 << 20) == 0)  // sparse: no 65 MiB written
        close(fd)
        #expect(rename(temporary, daemon.inbox.appendingPathComponent("huge.txt").path) == 0)
        try await daemon.waitForEmptyInbox(timeout: .seconds(30))
        #expect(try reasonCode(of: "huge.txt", in: daemon) == "too_large")
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.rejectedUnlogged == 1)
        #expect(daemon.log().contains("file.name=huge.txt"))
        try await daemon.stop()
    }

    /// Entries that used to stay in the inbox for ever, unexplained and counted as pending.
    @Test func oddEntriesLeaveTheInboxWithReasons() async throws {
        let root = try temporaryFolder("odd")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root, rescanInterval: 1)
        let inbox = daemon.inbox.path
        // Not UTF-8: "café" in Latin-1.
        let latin1 = Array(inbox.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = latin1.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) } }
        #expect(fd >= 0)
        _ = OwnBulletins.otherReport.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        // Long names: one past the old ~215-byte limit, and two of 255 bytes with the same bytes.
        let long = String(repeating: "b", count: 226) + ".txt"
        let longest = String(repeating: "c", count: 251) + ".txt"
        // Written beside the inbox (".<name>.part" would be too long), then renamed in.
        func drop(_ text: String, as name: String) throws {
            let temporary = root.appendingPathComponent("drop.part")
            try Data(text.utf8).write(to: temporary)
            #expect(rename(temporary.path, "\(inbox)/\(name)") == 0)
        }
        try drop(OwnBulletins.otherReport, as: long)
        try drop(OwnBulletins.budgetReport, as: longest)
        try await daemon.waitForEmptyInbox(timeout: .seconds(30))
        try drop(OwnBulletins.budgetReport, as: longest)
        // A socket, a symbolic-link loop, a directory.
        let socketFD = bindSocket(at: "\(inbox)/api.sock")
        defer { if socketFD >= 0 { close(socketFD) } }
        #expect(socketFD >= 0)
        #expect(symlink("loop.txt", "\(inbox)/loop.txt") == 0)
        #expect(mkdir("\(inbox)/folder", 0o755) == 0)
        try await waitUntil("only the directory is left in the inbox", timeout: .seconds(30)) { daemon.names(in: daemon.inbox) == ["folder"] }
        // Several rescans later: nothing counted twice, nothing pending.
        try await Task.sleep(for: .seconds(2.5))
        let status = try await daemon.client.get("/v1/status", as: StatusReport.self)
        #expect(status.inboxPending == 0)
        #expect(status.duplicatesDropped == 1)
        #expect(status.bulletinsIngested == 2)
        #expect(try reasonCode(of: "caf\\xE9.txt", in: daemon) == "unusable_name")
        #expect(try reasonCode(of: "api.sock", in: daemon) == "not_regular_file")
        #expect(try reasonCode(of: "loop.txt", in: daemon) == "symbolic_link")
        let processed = daemon.names(in: daemon.processed)
        #expect(processed.contains(long))
        #expect(processed.contains(longest))
        #expect(processed.count == 3)
        #expect(daemon.log().components(separatedBy: "directory in the inbox is ignored").count == 2)
        try await daemon.stop()
    }

    /// A writer that writes in place, slowly, and whose file times lag the daemon's clock (a file
    /// server's clock behind, or a writer that keeps the source's mtime): the periodic rescan
    /// read it half-way. It must be read once it stops changing.
    @Test func slowWriterWithLaggingMtimeIsReadWhole() async throws {
        let root = try temporaryFolder("slowlag")
        defer { try? FileManager.default.removeItem(at: root) }
        let daemon = try await DaemonProcess(root: root, settle: 1.5, rescanInterval: 0.5)
        let text = OwnBulletins.budgetReport + "\n" + OwnBulletins.otherReport
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(($0 + "\n").utf8) }
        let fd = open(daemon.inbox.appendingPathComponent("slow.txt").path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        #expect(fd >= 0)
        var hourAgo = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
        for line in lines {
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            #expect(futimens(fd, &hourAgo) == 0)
            try await Task.sleep(for: .milliseconds(700))
        }
        close(fd)
        try await daemon.waitForEmptyInbox(timeout: .seconds(30))
        // The whole text again by rename: a duplicate only if the first read was whole.
        try daemon.dropByRename(Data(lines.joined()), as: "whole.txt")
        try await daemon.waitForEmptyInbox(timeout: .seconds(30))
        #expect(try await daemon.client.get("/v1/bulletins", as: BulletinList.self).bulletins.count == 1)
        #expect(daemon.names(in: daemon.processed).count == 2)
        try await daemon.stop()
    }

    private func reasonCode(of name: String, in daemon: DaemonProcess) throws -> String? {
        let data = try Data(contentsOf: daemon.failed.appendingPathComponent("\(name).reason.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["code"] as? String
    }
}

/// A Unix stream socket, bound to `path` and listening when one is given.
func bindSocket(at path: String?) -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0, let path else { return fd }
    guard withAddress(path, { bind(fd, $0, $1) }) == 0, listen(fd, 1) == 0 else {
        close(fd)
        return -1
    }
    return fd
}

func withAddress(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
        buffer.copyBytes(from: path.utf8.prefix(buffer.count - 1))
    }
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
}

