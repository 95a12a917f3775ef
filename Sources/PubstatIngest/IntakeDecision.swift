import PubstatExtraction
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
#if canImport(Glibc)
import Glibc
#endif

/// The decision for one file before anything is written: pure work on its bytes.
struct IntakeDecision: Sendable {
    enum Verdict: Sendable {
        case bulletin(BulletinIngested, bytes: [UInt8])
        case rejection(BulletinRejected)
        /// Could not be read as a file (not a regular file, too large, unreadable), or its
        /// sidecar cannot be used: moved to failed/ with the reason, nothing logged (the same
        /// bytes dropped again, fixed, are ingested).
        case unlogged(BulletinID?, code: RejectionCode, reason: String)
        /// Cannot be read for now (out of descriptors, memory, I/O): stays in the inbox.
        case deferred(reason: String)
        /// A directory: not pubstatd's to move, left where it is.
        case ignored(reason: String)
        case vanished
    }

    var name: String
    var verdict: Verdict
    /// The event of a `.bulletin` or `.rejection` verdict, encoded for the log here, off the
    /// ingest actor and in parallel with the batch's other files.
    var encoded: EncodedEvent? = nil
    /// The event of a `.bulletin` verdict packed for the projections, here for the same reason.
    var packing: EventPacking? = nil
    /// Whether the raw copy of a `.bulletin` was written (``keepRawCopy(in:)``); nil before.
    var rawCopy: Result<Void, PosixError>? = nil

    /// Writes the raw copy of a `.bulletin` and lets its bytes go; the outcome is kept in
    /// ``rawCopy``. Content already in the store (a duplicate) is not written again. Not yet
    /// durable unless `durable`: a large batch syncs them together.
    mutating func keepRawCopy(in store: RawBulletinStore, durable: Bool = false) {
        guard case .bulletin(let event, let bytes) = verdict else { return }
        do {
            try store.store(bytes, as: event.bulletin.id, durable: durable)
            rawCopy = .success(())
        } catch let error as PosixError {
            rawCopy = .failure(error)
        } catch {
            rawCopy = .failure(PosixError(errno: EIO, call: "write", path: store.path(of: event.bulletin.id)))
        }
        verdict = .bulletin(event, bytes: [])
    }

    /// The largest file pubstatd reads as a bulletin.
    static let maxBytes = 64 << 20

    /// Reads an inbox file: ``InboxFile/read(_:maxBytes:)`` but for tests.
    typealias Reader = @Sendable (_ path: String, _ maxBytes: Int) throws -> [UInt8]

    /// Reads, hashes and extracts the file at `path`, with the context of its sidecar
    /// `<path>.meta.json` when there is one.
    /// `spill`, when given, keeps the bulletin's packed figures and mentions out of memory.
    static func decide(
        name: String, path: String, extractor: BulletinExtractor, read: Reader, spill: (any PackedRecordSpill)? = nil
    ) -> IntakeDecision {
        let bytes: [UInt8]
        do {
            bytes = try read(path, maxBytes)
        } catch {
            let failure = error as? InboxFileError ?? InboxFileError(error as? PosixError ?? PosixError(errno: EIO, call: "read", path: path))
            return IntakeDecision(name: name, verdict: verdict(for: failure))
        }
        let id = BulletinID.of(bytes)
        if bytes.isEmpty {
            return rejection(BulletinRejected(id: id, fileName: name, byteCount: 0, code: .emptyFile, reason: "the file is empty"))
        }
        let sidecar = Sidecar.read("\(path)\(InboxNames.sidecarSuffix)", of: name)
        if let failure = sidecar.failure, failure.isTransient {
            return IntakeDecision(name: name, verdict: .deferred(reason: failure.reason))
        }
        do {
            let found = try extractor.extract(bytes: bytes, fileName: name, context: sidecar.context ?? DocumentContext())
            if let failure = sidecar.failure {
                return IntakeDecision(name: name, verdict: .unlogged(id, code: failure.code, reason: failure.reason))
            }
            var info = BulletinInfo(
                id: id, fileName: name, byteCount: bytes.count, published: found.published, subject: found.subject,
                title: found.title, extractorVersion: extractor.version
            )
            info.publishedMonth = found.publishedMonth
            let event = BulletinIngested(bulletin: info, figures: found.figures, context: sidecar.context ?? DocumentContext(),
                                         unclassified: found.unclassified)
            guard let encoded = try? EncodedEvent(.bulletinIngested(event)) else {
                return rejection(BulletinRejected(
                    id: id, fileName: name, byteCount: bytes.count, code: .tooManyFigures,
                    reason: "its \(found.figures.count) figures and \(found.unclassified.count) unclassified numbers would make a log "
                        + "record larger than the log takes (16 MiB of JSON); it looks like many bulletins in one file: "
                        + "drop them as separate files"))
            }
            return IntakeDecision(name: name, verdict: .bulletin(event, bytes: bytes), encoded: encoded,
                                  packing: EventPacking(.bulletinIngested(event), spill: spill))
        } catch {
            return rejection(BulletinRejected(id: id, fileName: name, byteCount: bytes.count, code: error.code, reason: error.reason))
        }
    }

    /// A rejection, with its event encoded.
    private static func rejection(_ rejected: BulletinRejected) -> IntakeDecision {
        IntakeDecision(name: rejected.fileName, verdict: .rejection(rejected), encoded: try? EncodedEvent(.bulletinRejected(rejected)))
    }

    private static func verdict(for failure: InboxFileError) -> Verdict {
        if failure.isVanished { return .vanished }
        if failure.isDirectory { return .ignored(reason: "\(failure)") }
        if let rejection = failure.rejection { return .unlogged(nil, code: rejection.code, reason: rejection.reason) }
        return .deferred(reason: "\(failure)")
    }
}
