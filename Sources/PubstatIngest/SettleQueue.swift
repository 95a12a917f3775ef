import PubstatPosix

/// Files noticed in the inbox that are not yet known to be complete.
///
/// A file renamed into the inbox is complete at once. Any other file (closed after writing,
/// or found by a rescan, perhaps while a writer still has it open) is read only once pubstatd
/// itself has seen it unchanged (size, mtime and ctime) for the settle interval, measured on
/// pubstatd's own monotonic clock. The file's mtime is never compared with the clock: a writer
/// may set it back, and a file server's clock may lag, and either would make a file being
/// written look long finished. Pure: the clock and `lstat` are passed in.
public struct SettleQueue: Sendable {
    /// The settle interval in nanoseconds.
    public let settleNanos: Int64
    private var entries: [String: Entry] = [:]

    private struct Entry: Sendable {
        /// Renamed in: complete at once.
        var complete: Bool
        /// The state last seen, and since when (monotonic nanoseconds) it has been seen unchanged.
        var seen: FileState?
        var since: Int64 = 0
    }

    /// What the queue needs to know of a file (from `lstat`: a link is not followed).
    public struct FileState: Hashable, Sendable {
        public var kind: FileKind
        public var size: Int64
        public var modifiedNanos: Int64
        public var changedNanos: Int64

        public init(kind: FileKind = .regular, size: Int64, modifiedNanos: Int64, changedNanos: Int64) {
            self.kind = kind
            self.size = size
            self.modifiedNanos = modifiedNanos
            self.changedNanos = changedNanos
        }

        public init(_ status: FileStatus) {
            self.init(kind: status.kind, size: status.size, modifiedNanos: status.modificationTimeNanos, changedNanos: status.changeTimeNanos)
        }
    }

    public init(settleNanos: Int64) {
        self.settleNanos = settleNanos
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
    /// The files waiting, in no particular order.
    public var names: [String] { Array(entries.keys) }

    /// True when `name` is waiting.
    public func contains(_ name: String) -> Bool { entries[name] != nil }

    /// Notes a file; `complete` for a rename into the inbox.
    public mutating func note(_ name: String, complete: Bool) {
        guard InboxNames.isCandidate(name) else { return }
        entries[name, default: Entry(complete: false)].complete = entries[name]?.complete == true || complete
    }

    /// Takes the files that are ready to read now, with the delay after which the rest should
    /// be checked again (nil when nothing is left waiting). `nowNanos` is a monotonic clock.
    /// Vanished names and directories are dropped; other entries that are not regular files
    /// (links, pipes, sockets) are ready at once, for intake to refuse them with a reason.
    public mutating func takeReady(nowNanos: Int64, stat: (String) -> FileState?) -> (ready: [String], recheckAfterNanos: Int64?) {
        var ready: [String] = []
        var nextCheck: Int64? = nil
        for (name, entry) in entries {
            guard let state = stat(name), state.kind != .directory else {
                entries[name] = nil
                continue
            }
            if entry.complete || state.kind != .regular {
                ready.append(name)
                entries[name] = nil
                continue
            }
            if entry.seen != state {
                entries[name]?.seen = state
                entries[name]?.since = nowNanos
            }
            let quietFor = nowNanos - (entries[name]?.since ?? nowNanos)
            if quietFor >= settleNanos {
                ready.append(name)
                entries[name] = nil
            } else {
                let wait = settleNanos - quietFor
                nextCheck = min(nextCheck ?? wait, wait)
            }
        }
        return (ready.sorted(), nextCheck)
    }
}
