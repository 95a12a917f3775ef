import PubstatPosix

/// Why the event log cannot do what was asked, in words a sysadmin can act on.
///
/// A struct over a private code so that cases can be added without breaking callers;
/// compare ``code`` with the static members of ``Code``.
public struct EventLogError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case locked, corrupted, io, closed, failed, invalidEvent
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Another process holds the log directory's lock.
        public static let locked = Code(.locked)
        /// The log is damaged before its tail (or a read found damage or a gap).
        public static let corrupted = Code(.corrupted)
        /// A system call failed; see ``EventLogError/underlying``.
        public static let io = Code(.io)
        /// The log was closed.
        public static let closed = Code(.closed)
        /// An earlier write or fdatasync failed; the log refuses appends until reopened.
        public static let failed = Code(.failed)
        /// An event could not be encoded, or is too large.
        public static let invalidEvent = Code(.invalidEvent)

        public var description: String { "\(base)" }
    }

    public let code: Code
    /// The segment file concerned, if any (full path).
    public let segment: String?
    /// The byte offset in ``segment`` where the problem is.
    public let offset: Int?
    /// What happened, and what to do.
    public let message: String
    /// The system call failure behind an ``Code/io`` or ``Code/failed`` error.
    public let underlying: PosixError?

    init(_ code: Code, segment: String? = nil, offset: Int? = nil, _ message: String, underlying: PosixError? = nil) {
        self.code = code
        self.segment = segment
        self.offset = offset
        self.message = message
        self.underlying = underlying
    }

    public var description: String { message }

    static func io(_ error: PosixError, _ doing: String) -> EventLogError {
        EventLogError(.io, "event log: \(doing): \(error)", underlying: error)
    }

    static func corrupted(directory: String, segment: String, offset: Int, _ what: String) -> EventLogError {
        EventLogError(
            .corrupted, segment: segment, offset: offset,
            "event log corrupted: \(segment) at byte \(offset): \(what). This is not an interrupted write, "
                + "so pubstat will not serve the log. Run `pubstatctl verify --log-dir \(directory)` for a full report, "
                + "then restore \(directory) from a backup copy (or move it aside to start an empty log)."
        )
    }
}
