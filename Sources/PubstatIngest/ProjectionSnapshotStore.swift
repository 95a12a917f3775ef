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
/// and chain hash of the last event folded, the number of records), then one record per line,
/// `<sequence> <event JSON>`, restating each bulletin's current state as events (see
/// `Projections.snapshotEvents()`), coded by the same fast `EventCoding` as the log. A snapshot
/// is used only when its version is the running one and its hash matches the log's record at
/// that sequence; otherwise the projections are rebuilt from the log. Written atomically:
/// temporary file, fsync, rename, fsync of the folder.
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

    static let format = 2

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
            bytes.append(contentsOf: try EventCoding.encode(logged.event))
            bytes.append(UInt8(ascii: "\n"))
        }
        try Posix.writeFileAtomically(path, bytes, mode: 0o640)
    }

    /// The stored snapshot, or why there is none to use.
    public func load() -> Result<Snapshot, SnapshotUnusable> {
        let bytes: [UInt8]
        do {
            bytes = try Posix.readFile(path, maxBytes: Int.max)
        } catch let error as PosixError where error.isNotFound {
            return .failure(.missing)
        } catch {
            return .failure(.unreadable("\(error)"))
        }
        let lines = Self.lineRanges(of: bytes)
        guard let first = lines.first,
              let header = try? JSONDecoder().decode(Header.self, from: Data(bytes[first])) else {
            return .failure(.unreadable("no header line"))
        }
        guard header.format == Self.format, header.projectionVersion == Projections.version else {
            return .failure(.otherVersion(header.projectionVersion))
        }
        guard lines.count - 1 == header.records else {
            return .failure(.unreadable("\(lines.count - 1) records, the header says \(header.records)"))
        }
        var events: [LoggedEvent] = []
        events.reserveCapacity(header.records)
        for range in lines.dropFirst() {
            let line = bytes[range]
            guard let space = line.firstIndex(of: UInt8(ascii: " ")),
                  let sequence = UInt64(String(decoding: line[..<space], as: UTF8.self)),
                  let event = try? EventCoding.decode(line[line.index(after: space)...]) else {
                return .failure(.unreadable("a malformed record"))
            }
            events.append(LoggedEvent(sequence: sequence, timestampMicros: 0, event: event))
        }
        let projections = Projections(restoring: events, lastSequence: header.lastSequence)
        return .success(Snapshot(lastSequence: header.lastSequence, chainHash: header.chainHash, projections: projections))
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
public enum SnapshotUnusable: Error, Hashable, Sendable, CustomStringConvertible {
    case missing
    case unreadable(String)
    case otherVersion(Int)
    case notOfThisLog(sequence: UInt64)

    public var description: String {
        switch self {
        case .missing: "no snapshot yet"
        case .unreadable(let why): "the snapshot could not be read (\(why))"
        case .otherVersion(let v): "the snapshot is of projection version \(v), this pubstatd folds version \(Projections.version)"
        case .notOfThisLog(let seq): "the snapshot does not match the log at event \(seq) (log restored or replaced)"
        }
    }
}
