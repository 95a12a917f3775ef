import PubstatIngest
import PubstatPosix
import Testing

@Suite struct SettleQueueTests {
    private let second: Int64 = 1_000_000_000

    private func status(size: Int64 = 10, mtime: Int64, kind: FileKind = .regular) -> SettleQueue.FileState {
        SettleQueue.FileState(kind: kind, size: size, modifiedNanos: mtime, changedNanos: mtime)
    }

    @Test func renamedFilesAreReadyAtOnce() {
        var queue = SettleQueue(settleNanos: second)
        queue.note("a.txt", complete: true)
        let (ready, recheck) = queue.takeReady(nowNanos: 100 * second) { _ in status(mtime: 100 * second) }
        #expect(ready == ["a.txt"])
        #expect(recheck == nil)
        #expect(queue.isEmpty)
    }

    @Test func writtenFilesWaitUntilSeenUnchangedForTheSettleInterval() {
        var queue = SettleQueue(settleNanos: second)
        queue.note("slow.txt", complete: false)
        var check = queue.takeReady(nowNanos: 100 * second) { _ in status(mtime: 7) }
        #expect(check.ready.isEmpty)
        #expect(check.recheckAfterNanos == second)
        // Written again meanwhile: the wait starts over.
        check = queue.takeReady(nowNanos: 100 * second + second / 2) { _ in status(size: 20, mtime: 7) }
        #expect(check.ready.isEmpty)
        #expect(check.recheckAfterNanos == second)
        check = queue.takeReady(nowNanos: 101 * second) { _ in status(size: 20, mtime: 7) }
        #expect(check.ready.isEmpty)
        let later = queue.takeReady(nowNanos: 101 * second + second / 2) { _ in status(size: 20, mtime: 7) }
        #expect(later.ready == ["slow.txt"])
    }

    /// An old mtime proves nothing (a lagging file server's clock, a writer that sets it back):
    /// a file found by a rescan is read only after it was seen unchanged for the interval.
    @Test func anOldMtimeIsNotTakenForQuiet() {
        var queue = SettleQueue(settleNanos: second)
        queue.note("old.txt", complete: false)
        #expect(queue.takeReady(nowNanos: 500 * second) { _ in status(mtime: 10 * second) }.ready.isEmpty)
        #expect(queue.takeReady(nowNanos: 501 * second) { _ in status(mtime: 10 * second) }.ready == ["old.txt"])
    }

    @Test func linksPipesAndSocketsAreReadyAtOnceDirectoriesDropped() {
        var queue = SettleQueue(settleNanos: second)
        for name in ["link.txt", "pipe.txt", "dir"] { queue.note(name, complete: false) }
        let kinds: [String: FileKind] = ["link.txt": .symbolicLink, "pipe.txt": .fifo, "dir": .directory]
        let check = queue.takeReady(nowNanos: 0) { status(mtime: 0, kind: kinds[$0]!) }
        #expect(check.ready == ["link.txt", "pipe.txt"])
        #expect(queue.isEmpty)
    }

    @Test func vanishedAndIgnoredNamesAreDropped() {
        var queue = SettleQueue(settleNanos: second)
        queue.note("gone.txt", complete: true)
        queue.note(".hidden", complete: true)
        queue.note("upload.part", complete: true)
        queue.note("upload.tmp", complete: true)
        #expect(queue.count == 1)
        #expect(queue.takeReady(nowNanos: 0) { _ in nil }.ready.isEmpty)
        #expect(queue.isEmpty)
    }
}

@Suite struct InboxNamesTests {
    @Test(arguments: ["bulletin.txt", "page.html", "report", "a.tmp.txt"])
    func candidates(name: String) { #expect(InboxNames.isCandidate(name)) }

    @Test(arguments: [".bulletin.txt", "x.tmp", "x.part", ""])
    func ignored(name: String) { #expect(!InboxNames.isCandidate(name)) }
}
