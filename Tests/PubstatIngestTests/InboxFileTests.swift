import Foundation
import PubstatModel
import PubstatPosix
import Testing
@testable import PubstatIngest

/// Opening what is really in the inbox: a pipe with no writer must not block, a link must not be
/// followed, a directory is left alone.
@Suite struct InboxFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-inboxfile-\(UUID().uuidString.prefix(8))").path

    private func failure(reading path: String) -> InboxFileError? {
        do {
            _ = try InboxFile.read(path, maxBytes: 1 << 20)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPipeWithoutWriterIsRefusedAtOnce() throws {
        try Posix.makeDirectories(folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo("\(folder)/pipe.txt", 0o644) == 0)
        let error = failure(reading: "\(folder)/pipe.txt")  // blocked for ever before O_NONBLOCK
        #expect(error?.rejection?.code == .notRegularFile)
        #expect(error?.rejection?.reason.contains("named pipe") == true)
    }

    @Test func aLinkIsNotFollowed() throws {
        try Posix.makeDirectories(folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Posix.writeFileAtomically("\(folder)/target.txt", Array("secret".utf8))
        #expect(symlink("\(folder)/target.txt", "\(folder)/link.txt") == 0)
        #expect(failure(reading: "\(folder)/link.txt")?.rejection?.code == .symbolicLink)
        #expect(try InboxFile.read("\(folder)/target.txt", maxBytes: 100) == Array("secret".utf8))
    }

    @Test func aDirectoryIsLeftAloneAndAMissingFileHasVanished() throws {
        try Posix.makeDirectories("\(folder)/sub")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let directory = failure(reading: "\(folder)/sub")
        #expect(directory?.isDirectory == true && directory?.rejection == nil)
        #expect(failure(reading: "\(folder)/gone.txt")?.isVanished == true)
    }
}
