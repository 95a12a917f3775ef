import PubstatExtraction
import PubstatModel
import PubstatPosix
#if canImport(Glibc)
import Glibc
#endif

/// The decision for one file before anything is written: pure work on its bytes.
struct IntakeDecision: Sendable {
    enum Verdict: Sendable {
        case bulletin(BulletinIngested, bytes: [UInt8])
        case rejection(BulletinRejected)
        /// Could not even be read, or its sidecar cannot be used: moved to failed/ with the
        /// reason, nothing logged (the same bytes dropped again, fixed, are ingested).
        case unlogged(BulletinID?, code: RejectionCode, reason: String)
        case vanished
    }

    var name: String
    var verdict: Verdict

    /// The largest file pubstatd reads as a bulletin.
    static let maxBytes = 64 << 20

    /// Reads, hashes and extracts the file at `path`, with the context of its sidecar
    /// `<path>.meta.json` when there is one.
    static func decide(name: String, path: String, extractor: BulletinExtractor) -> IntakeDecision {
        let bytes: [UInt8]
        do {
            bytes = try Posix.readFile(path, maxBytes: maxBytes)
        } catch let error as PosixError where error.isNotFound {
            return IntakeDecision(name: name, verdict: .vanished)
        } catch let error as PosixError where error.errno == EFBIG {
            return IntakeDecision(name: name, verdict: .unlogged(
                nil, code: .tooLarge, reason: "the file is larger than \(maxBytes >> 20) MiB; bulletins are text documents far smaller than that"))
        } catch {
            return IntakeDecision(name: name, verdict: .unlogged(nil, code: .unreadable, reason: "the file could not be read: \(error)"))
        }
        let id = BulletinID.of(bytes)
        if bytes.isEmpty {
            return IntakeDecision(name: name, verdict: .rejection(BulletinRejected(
                id: id, fileName: name, byteCount: 0, code: .emptyFile, reason: "the file is empty")))
        }
        let sidecar = Sidecar.read("\(path)\(InboxNames.sidecarSuffix)", of: name)
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
            return IntakeDecision(name: name, verdict: .bulletin(event, bytes: bytes))
        } catch {
            return IntakeDecision(name: name, verdict: .rejection(BulletinRejected(
                id: id, fileName: name, byteCount: bytes.count, code: error.code, reason: error.reason)))
        }
    }
}
