import Logging
import PubstatSystemd
import ServiceLifecycle
import UnixSignals

/// Re-reads the configuration file on SIGHUP, telling systemd RELOADING=1 then READY=1.
///
/// Folder and socket settings take effect at the next start; the file is checked now so a
/// mistake is reported at once, in the journal, rather than at the next restart.
struct ReloadService: Service {
    let daemon: Daemon
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            try? notifier.reloading(status: "reloading configuration")
            if let path = daemon.configuration.configFile {
                do {
                    _ = try ConfigLoader.values(from: path)
                    logger.notice("configuration re-read", metadata: ["file": "\(path)"])
                } catch {
                    logger.error("configuration file has errors; keeping the running configuration", metadata: ["error": "\(error)"])
                }
            } else {
                logger.notice("SIGHUP received; no configuration file to re-read")
            }
            try? notifier.ready(status: "configuration reloaded")
        }
    }
}
