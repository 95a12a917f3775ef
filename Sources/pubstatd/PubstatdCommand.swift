import ArgumentParser
import Foundation
import PubstatDaemon
import PubstatSystemd

/// `pubstatd`: the pubstat daemon.
@main
struct PubstatdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pubstatd",
        abstract: "Watch a drop folder for statistics bulletins, log their figures, serve them on a Unix socket.",
        discussion: """
        Every option can also be set by an environment variable (PUBSTAT_INBOX, PUBSTAT_SETTLE, ...) \
        or in the configuration file (`inbox = /srv/pubstat/inbox`). Flags win over the environment, \
        which wins over the file. With no settings at all, every folder is under ./var.
        """
    )

    @Option(help: "Configuration file of `key = value` lines (env PUBSTAT_CONFIG); re-read on SIGHUP.")
    var config: String?
    @Option(help: "Folder under which the default folders and socket live (default ./var).")
    var root: String?
    @Option(help: "Drop folder watched for new bulletins (default ROOT/inbox).")
    var inbox: String?
    @Option(help: "Where ingested files are moved (default ROOT/processed).")
    var processed: String?
    @Option(help: "Where rejected files are moved, each with a .reason.json (default ROOT/failed).")
    var failed: String?
    @Option(help: "State folder: event log, raw bulletins, snapshots (default ROOT/state).")
    var state: String?
    @Option(help: "Unix socket of the HTTP API when not socket-activated (default ROOT/pubstatd.sock).")
    var socket: String?
    @Option(help: "Seconds a file must stay unmodified before it is read, unless renamed in (default 1).")
    var settle: String?
    @Option(name: .customLong("rescan-interval"), help: "Seconds between full rescans of the inbox (default 30).")
    var rescanInterval: String?
    @Option(name: .customLong("segment-size"), help: "Bytes at which the log starts a new segment (default 67108864).")
    var segmentSize: String?
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (default info).")
    var logLevel: String?
    @Option(name: .customLong("max-connections"), help: "API connections served at once; more wait in the backlog (default 512).")
    var maxConnections: String?
    @Option(name: .customLong("header-timeout"), help: "Seconds a connection may take to send a request's head (default 10).")
    var headerTimeout: String?
    @Option(name: .customLong("idle-timeout"), help: "Seconds an idle API connection is kept open (default 60).")
    var idleTimeout: String?
    @Option(name: .customLong("intake-batch-bytes"), help: "Bytes of inbox files read into one intake batch; bounds intake's memory (default \(DaemonConfiguration.Defaults.intakeBatchBytes)).")
    var intakeBatchBytes: String?
    @Option(name: .customLong("intake-nice"), help: "How much lower intake's threads are scheduled than the API's, as a nice increment from 0 to 19 (default \(DaemonConfiguration.Defaults.intakeNice)).")
    var intakeNice: String?
    @Option(help: "Folder of extra indicator files (*.json), re-read on SIGHUP and by reextract (default \(DaemonConfiguration.defaultIndicators)).")
    var indicators: String?

    func run() async throws {
        let flags = self.flags
        let configFile = config ?? ProcessInfo.processInfo.environment["PUBSTAT_CONFIG"]
        @Sendable func load() throws(ConfigurationError) -> DaemonConfiguration {
            let fileValues = try configFile.map { path throws(ConfigurationError) in try ConfigLoader.values(from: path) } ?? [:]
            return try DaemonConfiguration.resolve(
                flags: flags, environment: ProcessInfo.processInfo.environment, fileValues: fileValues, configFile: configFile
            )
        }
        let configuration: DaemonConfiguration
        do {
            configuration = try load()
        } catch {
            throw ValidationError(error.description)
        }
        let level = PubstatLogging.bootstrap(level: configuration.logLevel)
        do {
            let metrics = DaemonMetrics()
            // Libraries that record through swift-metrics land in the same registry as pubstat's own.
            metrics.bootstrapMetricsSystem()
            try await Daemon(configuration: configuration, logLevel: level, metrics: metrics, reloadConfiguration: load).run()
        } catch {
            FileHandle.standardError.write(Data("pubstatd: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    private var flags: [DaemonConfiguration.Key: String] {
        let pairs: [(DaemonConfiguration.Key, String?)] = [
            (.root, root), (.inbox, inbox), (.processed, processed), (.failed, failed), (.state, state),
            (.socket, socket), (.settle, settle), (.rescanInterval, rescanInterval),
            (.segmentSize, segmentSize), (.logLevel, logLevel), (.indicators, indicators),
            (.maxConnections, maxConnections), (.headerTimeout, headerTimeout), (.idleTimeout, idleTimeout),
            (.intakeBatchBytes, intakeBatchBytes), (.intakeNice, intakeNice),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0) } })
    }
}
