import Glibc
import PubstatPosix
import Testing

@Suite("Posix: files")
struct PosixFileTests {
    @Test func writeReadRoundTrip() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir.file("a.bin")
            let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let fd = try Posix.open(path, .readWrite, options: [.create, .exclusive])
            try Posix.writeAll(fd, bytes, path: path)
            try Posix.fdatasync(fd)
            #expect(try Posix.fstat(fd).size == 100_000)
            #expect(try Posix.lseek(fd, 0, from: .end) == 100_000)
            var chunk = [UInt8](repeating: 0, count: 10)
            let n = try chunk.withUnsafeMutableBytes { try Posix.pread(fd, into: $0, offset: 500) }
            #expect(n == 10)
            #expect(chunk == Array(bytes[500..<510]))
            try Posix.pwriteAll(fd, [1, 2, 3], offset: 0)
            try Posix.ftruncate(fd, to: 50)
            try Posix.fsync(fd)
            try Posix.close(fd)
            let back = try Posix.readFile(path)
            #expect(back == [1, 2, 3] + Array(bytes[3..<50]))
        }
    }

    @Test func openingAMissingFileCarriesErrnoAndPath() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir.file("missing.txt")
            do {
                _ = try Posix.open(path, .readOnly)
                Issue.record("open of a missing file succeeded")
            } catch let error as PosixError {
                #expect(error.errno == ENOENT)
                #expect(error.isNotFound)
                #expect(error.call == "open")
                #expect(error.path == path)
                #expect(error.description == "open(\(path)) failed: No such file or directory (errno 2)")
            }
        }
    }

    @Test func readFileRespectsTheCap() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir.file("big")
            try Posix.writeFileAtomically(path, [UInt8](repeating: 7, count: 1000))
            #expect(try Posix.readFile(path, maxBytes: 1000).count == 1000)
            #expect(throws: PosixError(errno: EFBIG, call: "read", path: path)) {
                try Posix.readFile(path, maxBytes: 999)
            }
        }
    }

    @Test func atomicWriteReplacesAndLeavesNoTemporary() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir.file("state.json")
            try Posix.writeFileAtomically(path, Array("one".utf8))
            try Posix.writeFileAtomically(path, Array("two".utf8))
            #expect(try Posix.readFile(path) == Array("two".utf8))
            #expect(try Posix.listDirectory(dir.path) == ["state.json"])
        }
    }

    @Test func statReportsKindAndTime() async throws {
        try await withTemporaryDirectory { dir in
            try Posix.writeFileAtomically(dir.file("f"), [1])
            let file = try Posix.stat(dir.file("f"))
            #expect(file.isRegular && !file.isDirectory && file.size == 1)
            #expect(file.modificationTimeNanos > 1_600_000_000 * 1_000_000_000)
            #expect(try Posix.stat(dir.path).isDirectory)
            #expect(try Posix.statIfExists(dir.file("nope")) == nil)
        }
    }
}

@Suite("Posix: directories and renames")
struct PosixPathTests {
    @Test func mkdirPAndList() async throws {
        try await withTemporaryDirectory { dir in
            try Posix.makeDirectories(dir.file("a/b/c"))
            try Posix.makeDirectories(dir.file("a/b/c"))
            try Posix.writeFileAtomically(dir.file("a/b/x"), [])
            #expect(Set(try Posix.listDirectory(dir.file("a/b"))) == ["c", "x"])
            try Posix.fsyncDirectory(dir.file("a"))
        }
    }

    @Test func renameNoReplaceRefusesToOverwrite() async throws {
        try await withTemporaryDirectory { dir in
            try Posix.writeFileAtomically(dir.file("a"), [1])
            try Posix.writeFileAtomically(dir.file("b"), [2])
            do {
                try Posix.renameNoReplace(dir.file("a"), to: dir.file("b"))
                Issue.record("renameNoReplace overwrote its destination")
            } catch let error as PosixError {
                #expect(error.isAlreadyExists)
                #expect(error.description.contains("\(dir.file("a")) → \(dir.file("b"))"))
            }
            #expect(try Posix.readFile(dir.file("b")) == [2])
            try Posix.renameNoReplace(dir.file("a"), to: dir.file("c"))
            #expect(try Posix.readFile(dir.file("c")) == [1])
            #expect(try Posix.statIfExists(dir.file("a")) == nil)
            try Posix.rename(dir.file("c"), to: dir.file("b"))
            #expect(try Posix.readFile(dir.file("b")) == [1])
            #expect(try Posix.unlinkIfExists(dir.file("b")))
            #expect(try !Posix.unlinkIfExists(dir.file("b")))
        }
    }

    @Test func pathHelpers() {
        #expect(Posix.parentDirectory(of: "var/inbox/a.txt") == "var/inbox")
        #expect(Posix.parentDirectory(of: "a.txt") == ".")
        #expect(Posix.parentDirectory(of: "/a") == "/")
        #expect(Posix.fileName(of: "var/inbox/a.txt") == "a.txt")
    }

    @Test func errorDescriptionForTwoPaths() {
        let error = PosixError(errno: ENOSPC, call: "rename", path: "var/inbox/a.txt", destination: "var/processed/a.txt")
        #expect(error.description == "rename(var/inbox/a.txt → var/processed/a.txt) failed: No space left on device (errno 28)")
    }
}

@Suite("Posix: lock and inotify")
struct PosixLockInotifyTests {
    @Test func secondExclusiveLockFails() async throws {
        try await withTemporaryDirectory { dir in
            let lock = try FileLock(exclusive: dir.file("lock"))
            do {
                _ = try FileLock(exclusive: dir.file("lock"))
                Issue.record("second flock succeeded")
            } catch let error as PosixError {
                #expect(error.isWouldBlock)
            }
            _ = lock
        }
    }

    @Test func lockIsReleasedOnDeinit() async throws {
        try await withTemporaryDirectory { dir in
            do { _ = try FileLock(exclusive: dir.file("lock")) }
            _ = try FileLock(exclusive: dir.file("lock"))
        }
    }

    @Test func inotifySeesARenameIntoAWatchedFolder() async throws {
        try await withTemporaryDirectory { dir in
            try Posix.makeDirectories(dir.file("inbox"))
            try Posix.writeFileAtomically(dir.file("bulletin-ünïcode.txt"), Array("hello".utf8))
            let inotify = try Inotify(nonBlocking: true)
            let watch = try inotify.addWatch(dir.file("inbox"), mask: Inotify.Mask.movedTo | Inotify.Mask.closeWrite)
            #expect(try inotify.readEvents().isEmpty)
            try Posix.rename(dir.file("bulletin-ünïcode.txt"), to: dir.file("inbox/bulletin-ünïcode.txt"))
            #expect(try Posix.waitReadable(inotify.fileDescriptor, timeoutMillis: 5000))
            let events = try inotify.readEvents()
            #expect(events.count == 1)
            #expect(events.first?.watch == watch)
            #expect(events.first?.name == "bulletin-ünïcode.txt")
            #expect(events.first?.has(Inotify.Mask.movedTo) == true)
        }
    }

    @Test func parseHandlesSeveralRecords() {
        var bytes: [UInt8] = []
        func append(_ wd: Int32, _ mask: UInt32, _ cookie: UInt32, _ name: String, padTo: Int) {
            withUnsafeBytes(of: wd.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: cookie.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: UInt32(padTo).littleEndian) { bytes += $0 }
            var nameBytes = Array(name.utf8)
            nameBytes += [UInt8](repeating: 0, count: padTo - nameBytes.count)
            bytes += nameBytes
        }
        append(1, 0x80, 42, "a.txt", padTo: 16)
        append(2, 0x8, 0, "", padTo: 0)
        let events = bytes.withUnsafeBytes { Inotify.parse($0) }
        #expect(events == [
            InotifyEvent(watch: 1, mask: 0x80, cookie: 42, name: "a.txt"),
            InotifyEvent(watch: 2, mask: 0x8, cookie: 0, name: ""),
        ])
    }
}
