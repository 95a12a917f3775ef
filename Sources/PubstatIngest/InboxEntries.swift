import Logging
import PubstatPosix

/// What a rescan finds in the inbox, sorted into what intake reads, what it refuses by name and
/// what it leaves alone.
///
/// - a name that is not UTF-8 cannot travel through intake (paths, the log, the API are UTF-8):
///   it is handed over to be moved to failed/ with its reason;
/// - a directory is not a bulletin and not pubstatd's to move: it is left where it is and
///   reported once (a warning per directory name, not per rescan), and never counted as pending;
/// - everything else with a candidate name (``InboxNames/isCandidate(_:)``) is read, or refused
///   with a reason once opened (links, pipes, sockets).
public struct InboxEntries: Sendable {
    public let path: String
    private var reportedDirectories = Set<String>()
    private var unusable: [DirectoryEntry] = []

    public init(path: String) {
        self.path = path
    }

    /// Lists the inbox; returns the names to queue, keeps the unusable ones for
    /// ``takeUnusableNames()`` and reports new directories.
    mutating func rescan(logger: Logger) throws -> [String] {
        var names: [String] = []
        var directories = Set<String>()
        for entry in try Posix.listDirectoryEntries(path) {
            guard let name = entry.name else {
                if InboxNames.isCandidate(entry.displayName) { unusable.append(entry) }
                continue
            }
            guard InboxNames.isCandidate(name) else { continue }
            if Self.isDirectory(entry, in: path) {
                directories.insert(name)
                if !reportedDirectories.contains(name) {
                    logger.warning("a directory in the inbox is ignored; only files are ingested, so move its files into the inbox itself",
                                   metadata: ["file.name": "\(name)", "folder": "\(path)"])
                }
            } else {
                names.append(name)
            }
        }
        reportedDirectories = directories  // one removed and made again is reported again
        return names
    }

    /// The entries with names that are not UTF-8 found since the last call.
    mutating func takeUnusableNames() -> [DirectoryEntry] {
        defer { unusable.removeAll() }
        return unusable
    }

    /// The entries in `inbox` waiting to be ingested: files with candidate names, sidecars and
    /// directories not counted.
    public static func pendingCount(in inbox: String) -> Int {
        let entries = (try? Posix.listDirectoryEntries(inbox)) ?? []
        return entries.filter { entry in
            guard InboxNames.isCandidate(entry.displayName) else { return false }
            return !isDirectory(entry, in: inbox)
        }.count
    }

    private static func isDirectory(_ entry: DirectoryEntry, in folder: String) -> Bool {
        if let kind = entry.kind { return kind == .directory }
        return (try? Posix.lstat("\(folder)/\(entry.displayName)").kind) == .directory
    }
}
