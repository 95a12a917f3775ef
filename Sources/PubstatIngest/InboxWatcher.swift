import Foundation
import PubstatPosix
import Synchronization

/// Watches the inbox with inotify on a thread of its own and reports what it sees.
///
/// The watcher only accelerates intake: the intake service also rescans the inbox on start,
/// on queue overflow and periodically, so a missed event never leaves a file behind.
public final class InboxWatcher: Sendable {
    /// What inotify reported.
    public enum Signal: Hashable, Sendable {
        /// A file was renamed into the inbox: complete, ready now.
        case renamedIn(String)
        /// A writer closed a file it wrote: ready once it stops changing.
        case closedAfterWrite(String)
        /// The kernel's event queue overflowed: events were lost, rescan.
        case overflow
        /// The inbox itself was deleted or moved away.
        case inboxGone
    }

    private let inotify: Inotify
    private let stopped = Atomic<Bool>(false)
    public let directory: String

    /// Establishes the watch; `deliver` is called on the watcher's thread for each batch.
    public init(directory: String, deliver: @escaping @Sendable ([Signal]) -> Void) throws {
        self.directory = directory
        inotify = try Inotify()
        try inotify.addWatch(directory, mask: Inotify.Mask.closeWrite | Inotify.Mask.movedTo
            | Inotify.Mask.deleteSelf | Inotify.Mask.moveSelf | Inotify.Mask.onlyDirectory)
        let thread = Thread { [self] in self.loop(deliver) }
        thread.name = "pubstat-inotify"
        thread.start()
    }

    /// Stops the thread within a quarter of a second.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    private func loop(_ deliver: @Sendable ([Signal]) -> Void) {
        while !stopped.load(ordering: .relaxed) {
            do {
                guard try Posix.waitReadable(inotify.fileDescriptor, timeoutMillis: 250) else { continue }
                let signals = try inotify.readEvents().compactMap(InboxWatcher.signal(for:))
                if !signals.isEmpty { deliver(signals) }
            } catch {
                deliver([.overflow])
                Thread.sleep(forTimeInterval: 1)
            }
        }
    }

    /// Maps one inotify event to a signal; nil for events intake does not care about.
    static func signal(for event: InotifyEvent) -> Signal? {
        if event.mask & Inotify.Mask.queueOverflow != 0 { return .overflow }
        if event.mask & (Inotify.Mask.deleteSelf | Inotify.Mask.moveSelf | Inotify.Mask.ignored) != 0 { return .inboxGone }
        if event.mask & Inotify.Mask.isDirectory != 0 { return nil }
        if event.mask & Inotify.Mask.movedTo != 0 { return .renamedIn(event.name) }
        if event.mask & Inotify.Mask.closeWrite != 0 { return .closedAfterWrite(event.name) }
        return nil
    }
}
