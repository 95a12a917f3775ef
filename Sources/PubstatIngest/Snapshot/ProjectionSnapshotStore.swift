import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PubstatModel
import PubstatPosix
import PubstatProjections

/// Checkpoints of the projections, so a start folds only the log's tail.
///
/// The file is line-delimited: a JSON header (format, projection version, the sequence number
/// and chain hash of the log record it was folded up to, the number of records), then one
/// record per line, `<sequence> <append time in microseconds> <event JSON>`, restating each bulletin's current state as events
/// (see `Projections.snapshotEvents()`), coded by the same fast `EventCoding` as the log, and
/// last a trailer line `sha256 <64 hex digits>`: the SHA-256 of every byte before it. A snapshot
/// is used only when its checksum holds, its version is the running one and its chain hash
/// matches the log's record at that sequence; otherwise the projections are rebuilt from the
/// log. Written atomically: temporary file, fsync, rename, fsync of the folder.
public struct ProjectionSnapshotStore: Sendable {
    /// A stored checkpoint.
    public struct Snapshot: Sendable {
        public var lastSequence: UInt64
        /// The chain hash of the log record at `lastSequence`.
        public var chainHash: String
        public var projections: Projections
    }

    struct Header: Codable {
        var format: Int
        var projectionVersion: Int
        var lastSequence: UInt64
        var chainHash: String
        var records: Int
    }

    /// 4: each record with its append time (3 had none, so ingestion times did not survive a
    /// snapshot); 3: with the `sha256` trailer line (2 had none).
    static let format = 4
    static let trailerPrefix = Array("sha256 ".utf8)

    public let directory: String
    public var path: String { directory + "/projections.snapshot" }

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes a snapshot of `projections`, whose last folded record has `chainHash`.
    public func save(_ projections: Projections, chainHash: String) throws {
        let events = projections.snapshotEvents()
        let header = Header(
            format: Self.format, projectionVersion: Projections.version, lastSequence: projections.lastSequence,
            chainHash: chainHash, records: events.count
        )
        var bytes = [UInt8](try JSONEncoder().encode(header))
        bytes.append(UInt8(ascii: "\n"))
        for logged in events {
            bytes.append(contentsOf: String(logged.sequence).utf8)
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: String(logged.timestampMicros).utf8)
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: try EventCoding.encode(logged.event))
            bytes.append(UInt8(ascii: "\n"))
        }
        bytes += Self.trailerPrefix + Array(Self.sha256Hex(bytes[...]).utf8) + [UInt8(ascii: "\n")]
        try Posix.writeFileAtomically(path, bytes, mode: 0o640)
    }

    /// The stored snapshot, or why there is none to use. Does not compare it with the log:
    /// the caller checks ``Snapshot/chainHash`` against the log's record at ``Snapshot/lastSequence``.
    public func load() -> Result<Snapshot, SnapshotUnusable> {
        let bytes: [UInt8]
        do {
            bytes = try Posix.readFile(path, maxBytes: Int.max)
        } catch let error as PosixError where error.isNotFound {
            return .failure(SnapshotUnusable(.missing, path: path, "no snapshot yet"))
        } catch {
            return .failure(SnapshotUnusable(.unreadable, path: path, "the snapshot could not be read (\(error))"))
        }
        func damaged(_ what: String) -> Result<Snapshot, SnapshotUnusable> {
            .failure(SnapshotUnusable(.damaged, path: path, "the snapshot \(path) is damaged: \(what)"))
        }
        var lines = Self.lineRanges(of: bytes)
        guard let first = lines.first,
              let header = try? JSONDecoder().decode(Header.self, from: Data(bytes[first])) else {
            return damaged("its header line is not a snapshot header")
        }
        guard header.format == Self.format, header.projectionVersion == Projections.version else {
            return .failure(SnapshotUnusable(
                .otherVersion, path: path,
                "the snapshot is of format \(header.format), projection version \(header.projectionVersion); this pubstatd "
                    + "writes format \(Self.format) and folds projection version \(Projections.version)"
            ))
        }
        guard let trailer = lines.last, trailer != first, bytes[trailer].starts(with: Self.trailerPrefix) else {
            return damaged("its last line is not the `sha256` checksum line (the file was cut short?)")
        }
        let stored = String(decoding: bytes[trailer].dropFirst(Self.trailerPrefix.count), as: UTF8.self)
        let computed = Self.sha256Hex(bytes[..<trailer.lowerBound])
        guard stored == computed else {
            return damaged("checksum mismatch (stored sha256 \(stored), computed \(computed)); a byte of it was changed")
        }
        lines.removeLast()
        guard lines.count - 1 == header.records else {
            return damaged("\(lines.count - 1) records, the header says \(header.records)")
        }
        var events: [LoggedEvent] = []
        events.reserveCapacity(header.records)
        for (index, range) in lines.dropFirst().enumerated() {
            let line = bytes[range]
            guard let space = line.firstIndex(of: UInt8(ascii: " ")),
                  let sequence = UInt64(String(decoding: line[..<space], as: UTF8.self)),
                  let second = line[(space + 1)...].firstIndex(of: UInt8(ascii: " ")),
                  let micros = Int64(String(decoding: line[(space + 1)..<second], as: UTF8.self)),
                  let event = try? EventCoding.decode(line[(second + 1)...]) else {
                return damaged("record \(index + 1) is malformed")
            }
            events.append(LoggedEvent(sequence: sequence, timestampMicros: micros, event: event))
        }
        let projections = Projections(restoring: events, lastSequence: header.lastSequence)
        return .success(Snapshot(lastSequence: header.lastSequence, chainHash: header.chainHash, projections: projections))
    }

    /// Moves a snapshot that must not be used to `projections.snapshot.damaged` (replacing an
    /// older one), kept for analysis; returns that path.
    @discardableResult
    public func setAside() throws -> String {
        let aside = path + ".damaged"
        try Posix.rename(path, to: aside)
        return aside
    }

    static func sha256Hex(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in SHA256.hash(data: bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension ProjectionSnapshotStore {
    /// The ranges of the non-empty lines of `bytes`, found with `memchr`.
    static func lineRanges(of bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBytes { raw -> [Range<Int>] in
            guard let base = raw.baseAddress else { return [] }
            var ranges: [Range<Int>] = []
            var start = 0
            while start < raw.count {
                let end: Int
                if let found = memchr(base + start, 0x0A, raw.count - start) {
                    end = base.distance(to: UnsafeRawPointer(found))
                } else {
                    end = raw.count
                }
                if end > start { ranges.append(start..<end) }
                start = end + 1
            }
            return ranges
        }
    }
}

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
