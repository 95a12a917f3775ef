import Logging
import PubstatSystemd
import ServiceLifecycle
import UnixSignals

/// Re-reads the configuration file and the indicator folder on SIGHUP, telling systemd
/// RELOADING=1 then READY=1.
///
/// Folder and socket settings take effect at the next start; the file is checked now so a
/// mistake is reported at once, in the journal, rather than at the next restart.
struct ReloadService: Service {
    let daemon: Daemon
    let catalogue: CatalogueSource
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            try? notifier.reloading(status: "reloading configuration")
            do {
                let fresh = try daemon.reloadConfiguration()
                if let setting = daemon.logLevel, setting.level != fresh.logLevel {
                    setting.level = fresh.logLevel
                }
                let restartNeeded = fresh.needsRestart(comparedWith: daemon.configuration)
                logger.notice("configuration re-read", metadata: [
                    "file": "\(fresh.configFile ?? "none")", "log-level": "\(fresh.logLevel)",
                    "restart-needed-for": "\(restartNeeded.isEmpty ? "nothing" : restartNeeded.joined(separator: ","))",
                ])
                do {
                    try await catalogue.reload(path: fresh.indicators)
                } catch {
                    logger.error("an indicator file has an error; keeping the running catalogue", metadata: ["error": "\(error)"])
                }
            } catch {
                logger.error("configuration has errors; keeping the running configuration", metadata: ["error": "\(error)"])
            }
            try? notifier.ready(status: "configuration reloaded")
        }
    }
}
