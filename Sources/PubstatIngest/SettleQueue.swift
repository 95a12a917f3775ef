/// Files noticed in the inbox that are not yet known to be complete.
///
/// A file renamed into the inbox is complete at once. Any other file (closed after writing,
/// or found by a rescan) is read only once it has not been modified for the settle interval
/// (every write moves its mtime), so a writer that does not rename is never read half-way.
/// Pure: the clock and `stat` are passed in.
public struct SettleQueue: Sendable {
    /// The settle interval in nanoseconds.
    public let settleNanos: Int64
    /// Names, and whether each is complete already (renamed in).
    private var entries: [String: Bool] = [:]

    /// What the queue needs to know of a file.
    public struct FileState: Hashable, Sendable {
        public var isRegularFile: Bool
        public var modifiedNanos: Int64

        public init(isRegularFile: Bool, modifiedNanos: Int64) {
            self.isRegularFile = isRegularFile
            self.modifiedNanos = modifiedNanos
        }
    }

    public init(settleNanos: Int64) {
        self.settleNanos = settleNanos
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// Notes a file; `complete` for a rename into the inbox.
    public mutating func note(_ name: String, complete: Bool) {
        guard InboxNames.isCandidate(name) else { return }
        entries[name] = (entries[name] ?? false) || complete
    }

    /// Takes the files that are ready to read now, with the delay after which the rest should
    /// be checked again (nil when nothing is left waiting). Vanished names are dropped.
    public mutating func takeReady(nowNanos: Int64, stat: (String) -> FileState?) -> (ready: [String], recheckAfterNanos: Int64?) {
        var ready: [String] = []
        var nextCheck: Int64? = nil
        for (name, complete) in entries {
            guard let status = stat(name), status.isRegularFile else {
                entries[name] = nil
                continue
            }
            let quietFor = nowNanos - status.modifiedNanos
            if complete || quietFor >= settleNanos {
                ready.append(name)
                entries[name] = nil
            } else {
                let wait = settleNanos - max(quietFor, 0)
                nextCheck = min(nextCheck ?? wait, wait)
            }
        }
        return (ready.sorted(), nextCheck)
    }
}
