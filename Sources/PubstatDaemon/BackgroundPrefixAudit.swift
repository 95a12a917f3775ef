import Logging
import PubstatLog
import PubstatPosix

/// After READY, checks in full the sealed segments a start from a snapshot skipped (``PrefixAudit``),
/// on intake's low-priority threads, and says in the journal what it found: damage there is an
/// error a sysadmin must see on this start, not only on the next `pubstatctl verify`.
struct BackgroundPrefixAudit: Sendable {
    let directory: String
    let prefix: VerifiedPrefix
    let logger: Logger

    /// Starts the audit; returns at once.
    func start(on executor: ThreadPoolExecutor) {
        Task(executorPreference: executor) { report(PrefixAudit.run(directory: directory, prefix: prefix)) }
    }

    func report(_ outcome: PrefixAudit.Outcome) {
        switch outcome {
        case .intact(let records):
            logger.info("event log: the segments behind the snapshot verified in the background", metadata: [
                "records": "\(records)", "snapshot.sequence": "\(prefix.sequence)",
            ])
        case .chainMismatch(let found):
            logger.error("event log: the record the snapshot was folded up to no longer has the snapshot's chain hash; stop pubstatd, run `pubstatctl verify`, and remove the snapshot folder so the next start replays the whole log", metadata: [
                "snapshot.sequence": "\(prefix.sequence)", "snapshot.chain_hash": "\(prefix.chainHash)", "log.chain_hash": "\(found ?? "none")",
            ])
        case .damaged(let message):
            logger.error("event log: damage found in the segments behind the snapshot (a start from the snapshot skips reading them); stop pubstatd, run `pubstatctl verify`, and restore the damaged segment from a backup: \(message)", metadata: [
                "snapshot.sequence": "\(prefix.sequence)",
            ])
        }
    }
}
