import PubstatIngest
import Testing

@Suite struct SettleQueueTests {
    private let second: Int64 = 1_000_000_000

    private func status(size: Int64 = 10, mtime: Int64) -> SettleQueue.FileState {
        SettleQueue.FileState(isRegularFile: true, modifiedNanos: mtime)
    }

    @Test func renamedFilesAreReadyAtOnce() {
        var queue = SettleQueue(settleNanos: second)
        queue.note("a.txt", complete: true)
        let (ready, recheck) = queue.takeReady(nowNanos: 100 * second) { _ in status(mtime: 100 * second) }
        #expect(ready == ["a.txt"])
        #expect(recheck == nil)
        #expect(queue.isEmpty)
    }

    @Test func writtenFilesWaitUntilQuiet() {
        var queue = SettleQueue(settleNanos: second)
        queue.note("slow.txt", complete: false)
        var first = queue.takeReady(nowNanos: 100 * second) { _ in status(mtime: 100 * second - second / 4) }
        #expect(first.ready.isEmpty)
        #expect(first.recheckAfterNanos == 3 * second / 4)
        // Written again meanwhile: still waiting.
        first = queue.takeReady(nowNanos: 101 * second) { _ in status(size: 20, mtime: 101 * second - second / 2) }
        #expect(first.ready.isEmpty)
        let later = queue.takeReady(nowNanos: 102 * second) { _ in status(size: 20, mtime: 101 * second - second / 2) }
        #expect(later.ready == ["slow.txt"])
    }

    @Test func oldFilesFoundByRescanAreReady() {
        var queue = SettleQueue(settleNanos: second)
        queue.note("old.txt", complete: false)
        #expect(queue.takeReady(nowNanos: 500 * second) { _ in status(mtime: 10 * second) }.ready == ["old.txt"])
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
