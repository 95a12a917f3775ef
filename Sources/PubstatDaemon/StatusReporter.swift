import Logging
import PubstatSystemd

/// Sends READY=1 and human-readable STATUS= lines to systemd.
struct StatusReporter: Sendable {
    let queries: DaemonQueries
    let notifier: SystemdNotifier

    func line() async -> String {
        let status = await queries.status()
        return StatusLine.format(
            ingested: status.bulletinsIngested, inInbox: status.inboxPending,
            headSequence: status.lastSequence, failed: status.bulletinsRejected
        )
    }

    func ready(logger: Logger) async {
        let text = await line()
        do { try notifier.ready(status: text) } catch { logger.warning("could not notify systemd: \(error)") }
        logger.info("pubstatd ready", metadata: ["status": "\(text)"])
    }

    func update() async {
        guard notifier.isSupervised else { return }
        try? notifier.status(await line())
    }
}
