/// Why a snapshot is not used; the projections are then rebuilt from the whole log.
///
/// A struct over a private code; compare ``code`` with the static members of ``Code``.
/// ``isDamage`` tells a snapshot that must be reported (damaged, or not of this log) from one
/// that is simply absent or of another version.
public struct SnapshotUnusable: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case missing, unreadable, damaged, otherVersion, notOfThisLog
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// No snapshot has been written yet.
        public static let missing = Code(.missing)
        /// The file could not be read (a system call failed).
        public static let unreadable = Code(.unreadable)
        /// The file fails its checksum or is malformed: never used.
        public static let damaged = Code(.damaged)
        /// Written by another version of pubstat; rebuilt, not an error.
        public static let otherVersion = Code(.otherVersion)
        /// Intact, but its chain hash is not the log's at its sequence (log restored or replaced, or
        /// the snapshot is ahead of the log).
        public static let notOfThisLog = Code(.notOfThisLog)

        public var description: String { "\(base)" }
    }

    public let code: Code
    /// The snapshot file.
    public let path: String
    public let message: String

    init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// A snapshot whose use would serve wrong figures: damaged, unreadable, or not of this log.
    public var isDamage: Bool { code == .damaged || code == .unreadable || code == .notOfThisLog }

    public var description: String { message }

    /// The snapshot at `path` is intact but was folded from another history than the log's.
    public static func notOfThisLog(path: String, sequence: UInt64, snapshotHash: String, logHash: String?) -> SnapshotUnusable {
        let log = logHash.map { "the log's record \(sequence) has chain hash \($0)" } ?? "the log has no record \(sequence)"
        return SnapshotUnusable(
            .notOfThisLog, path: path,
            "the snapshot \(path) does not match the log: it was folded up to record \(sequence) with chain hash "
                + "\(snapshotHash), but \(log) (log restored or replaced?)"
        )
    }
}
