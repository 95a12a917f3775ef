import Foundation
import PubstatPosix
import PubstatProjections

/// Checkpoints of the projections, so a start folds only the log's tail.
///
/// A snapshot records the projection version and the sequence number (and chain hash) of the
/// last event it folded. It is used only when its version is the running one and its hash
/// matches the log's record at that sequence; otherwise the projections are rebuilt from the
/// log. Written atomically: temporary file, fsync, rename, fsync of the folder.
public struct ProjectionSnapshotStore: Sendable {
    /// A stored checkpoint.
    public struct Snapshot: Sendable, Codable {
        public var projectionVersion: Int
        public var lastSequence: UInt64
        /// The chain hash of the log record at `lastSequence`.
        public var chainHash: String
        public var projections: Projections
    }

    public let directory: String
    public var path: String { directory + "/projections.json" }

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes a snapshot of `projections`, whose last folded record has `chainHash`.
    public func save(_ projections: Projections, chainHash: String) throws {
        let snapshot = Snapshot(
            projectionVersion: Projections.version, lastSequence: projections.lastSequence,
            chainHash: chainHash, projections: projections
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try Posix.writeFileAtomically(path, [UInt8](try encoder.encode(snapshot)), mode: 0o640)
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
        do {
            let snapshot = try JSONDecoder().decode(Snapshot.self, from: Data(bytes))
            guard snapshot.projectionVersion == Projections.version else {
                return .failure(.otherVersion(snapshot.projectionVersion))
            }
            return .success(snapshot)
        } catch {
            return .failure(.unreadable("\(error)"))
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
