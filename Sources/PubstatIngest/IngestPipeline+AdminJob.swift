import Logging
import PubstatModel

extension IngestPipeline {
    /// Runs an admin job (a rebuild, a re-extraction) with the journal lines every such job writes: "<job> started"
    /// with `metadata` (who asked), "<job> finished" with the fields `body` returns beside its report and the duration
    /// since `started`, or "<job> failed; <what stays>" with the error, which is thrown on.
    func journaled<Report>(
        _ job: String, ifFailed whatStays: String, metadata: Logger.Metadata, since started: ContinuousClock.Instant,
        _ body: () async throws -> (report: Report, fields: Logger.Metadata)
    ) async throws -> Report {
        var metadata = metadata
        logger.info("\(job) started", metadata: metadata)
        do {
            let (report, fields) = try await body()
            metadata.merge(fields) { $1 }
            metadata["duration"] = "\(ContinuousClock.now - started)"
            logger.info("\(job) finished", metadata: metadata)
            return report
        } catch {
            metadata["error"] = "\(error)"
            logger.error("\(job) failed; \(whatStays)", metadata: metadata)
            throw error
        }
    }

    /// Who asked for an admin job, as journal fields (none when the daemon itself did).
    static func peerMetadata(_ peer: Peer?) -> Logger.Metadata {
        guard let peer else { return [:] }
        return ["peer.uid": "\(peer.uid)", "peer.user": "\(peer.userName ?? "")"]
    }
}
