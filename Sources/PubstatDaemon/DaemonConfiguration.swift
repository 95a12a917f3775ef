import Logging
import PubstatIngest
import PubstatPosix
#if canImport(Glibc)
import Glibc
#endif

/// Everything pubstatd needs to know to run.
///
/// Each setting comes from, in order of precedence: a command-line flag, an environment
/// variable (`PUBSTAT_` + the key in capitals, `-` as `_`), the configuration file, the
/// embedded default. The defaults put every folder under `./var`, so `pubstatd` with no
/// arguments just works from the repository root.
public struct DaemonConfiguration: Hashable, Sendable {
    /// The settings, named like the long flags and the configuration file keys.
    public enum Key: String, CaseIterable, Sendable {
        case root, inbox, processed, failed, state, socket
        case settle
        case rescanInterval = "rescan-interval"
        case segmentSize = "segment-size"
        case logLevel = "log-level"
        case maxConnections = "max-connections"
        case headerTimeout = "header-timeout"
        case idleTimeout = "idle-timeout"
        case indicators
        case intakeBatchBytes = "intake-batch-bytes"
        case intakeNice = "intake-nice"

        /// `PUBSTAT_RESCAN_INTERVAL` for `rescan-interval`.
        public var environmentName: String {
            "PUBSTAT_" + rawValue.uppercased().replacingDashes
        }
    }

    public var root: String
    public var inbox: String
    public var processed: String
    public var failed: String
    public var state: String
    public var socket: String
    /// How long a file must stay unmodified before it is read (writers that do not rename).
    public var settle: Duration
    /// How often the inbox is rescanned in full.
    public var rescanInterval: Duration
    /// The size at which the log starts a new segment file.
    public var segmentSize: Int
    public var logLevel: Logger.Level
    /// API connections served at once; more wait, unaccepted, in the socket's backlog.
    public var maxConnections: Int
    /// How long a connection may take to send a request's head (from connecting, or from the
    /// previous response) before it is closed: slow or silent clients cannot hold a descriptor.
    public var headerTimeout: Duration
    /// How long a connection may stay idle (no request in progress) before it is closed.
    public var idleTimeout: Duration
    /// Folder of extra indicator files (`*.json`), merged into the built-in catalogue; re-read
    /// on SIGHUP and before every re-extraction.
    public var indicators: String
    /// Bytes of inbox files read into one intake batch: bounds intake's memory however large
    /// and many the dropped files are (a larger file is a batch alone).
    public var intakeBatchBytes: Int64
    /// How much higher the nice value of intake's threads is than the API's (0 to 19; 0: the
    /// same priority): while both want the CPU, requests are answered first.
    public var intakeNice: Int32
    /// The configuration file read, if any (re-read on SIGHUP).
    public var configFile: String?

    /// The default of ``indicators``: the one place it is written (flag help, README and the
    /// sample configuration quote it).
    public static let defaultIndicators = "/etc/pubstat/indicators.d"

    /// Resolves the configuration from its sources. `fileValues` is the parsed configuration file.
    public static func resolve(
        flags: [Key: String], environment: [String: String], fileValues: [String: String], configFile: String?
    ) throws(ConfigurationError) -> DaemonConfiguration {
        func lookup(_ key: Key) -> (String, String)? {
            if let v = flags[key] { return (v, "--\(key.rawValue)") }
            if let v = environment[key.environmentName] { return (v, key.environmentName) }
            if let v = fileValues[key.rawValue] { return (v, configFile ?? "configuration file") }
            return nil
        }
        func string(_ key: Key, default fallback: String) -> String { lookup(key)?.0 ?? fallback }
        func seconds(_ key: Key, default fallback: Duration) throws(ConfigurationError) -> Duration {
            guard let (text, source) = lookup(key) else { return fallback }
            guard let value = Double(text), value >= 0, value < 86_400 * 365 else {
                throw .invalidValue(key: key.rawValue, value: text, expected: "a number of seconds", source: source)
            }
            return .milliseconds(Int64(value * 1000))
        }
        let root = string(.root, default: "var")
        var size = 64 << 20
        if let (text, source) = lookup(.segmentSize) {
            guard let value = Int(text), value >= 4096 else {
                throw .invalidValue(key: Key.segmentSize.rawValue, value: text, expected: "a size in bytes of at least 4096", source: source)
            }
            size = value
        }
        var connections = Defaults.maxConnections
        if let (text, source) = lookup(.maxConnections) {
            guard let value = Int(text), value >= 1 else {
                throw .invalidValue(key: Key.maxConnections.rawValue, value: text, expected: "a whole number of connections, at least 1", source: source)
            }
            connections = value
        }
        var batchBytes = Defaults.intakeBatchBytes
        if let (text, source) = lookup(.intakeBatchBytes) {
            guard let value = Int64(text), value >= 1 << 20 else {
                throw .invalidValue(key: Key.intakeBatchBytes.rawValue, value: text, expected: "a size in bytes of at least 1048576", source: source)
            }
            batchBytes = value
        }
        var intakeNice = Defaults.intakeNice
        if let (text, source) = lookup(.intakeNice) {
            guard let value = Int32(text), (0...maxNiceness).contains(value) else {
                throw .invalidValue(key: Key.intakeNice.rawValue, value: text, expected: "a whole number from 0 to 19", source: source)
            }
            intakeNice = value
        }
        var level = Logger.Level.info
        if let (text, source) = lookup(.logLevel) {
            guard let parsed = Logger.Level(rawValue: text.lowercased()) else {
                throw .invalidValue(key: Key.logLevel.rawValue, value: text,
                                    expected: "one of trace, debug, info, notice, warning, error, critical", source: source)
            }
            level = parsed
        }
        return DaemonConfiguration(
            root: root,
            inbox: string(.inbox, default: root + "/inbox"),
            processed: string(.processed, default: root + "/processed"),
            failed: string(.failed, default: root + "/failed"),
            state: string(.state, default: root + "/state"),
            socket: string(.socket, default: root + "/pubstatd.sock"),
            settle: try seconds(.settle, default: .seconds(1)),
            rescanInterval: try seconds(.rescanInterval, default: .seconds(30)),
            segmentSize: size,
            logLevel: level,
            maxConnections: connections,
            headerTimeout: try seconds(.headerTimeout, default: Defaults.headerTimeout),
            idleTimeout: try seconds(.idleTimeout, default: Defaults.idleTimeout),
            indicators: string(.indicators, default: defaultIndicators),
            intakeBatchBytes: batchBytes,
            intakeNice: intakeNice,
            configFile: configFile
        )
    }
}

extension DaemonConfiguration {
    /// The defaults of the limits that protect the daemon from its clients.
    public enum Defaults {
        /// Well below the 65,536 descriptors of `LimitNOFILE=` in pubstatd.service, and below
        /// the 1,024 of a shell's default soft limit once intake's share is set aside.
        public static let maxConnections = 512
        public static let headerTimeout = Duration.seconds(10)
        public static let idleTimeout = Duration.seconds(60)
        public static let intakeBatchBytes = IntakeService.Options.defaultBatchBytes
        /// The shortest time between two publications of intake's batches to the read model.
        /// Each publication makes every report asked for afterwards be built and encoded again,
        /// at a cost that grows with the archive; an idle daemon publishes a new bulletin at once.
        /// While answers take long to build, publications are spaced further apart (up to 1 s,
        /// `PublicationPacer`).
        public static let publishInterval = Duration.milliseconds(50)
        /// Intake's threads run at nice +10 against the API's: the kernel then gives requests
        /// about nine tenths of a core intake also wants, and intake all of an idle one.
        public static let intakeNice: Int32 = 10
        /// Threads intake reads, hashes, extracts and folds on: one per online core, as many as
        /// files it extracts at once.
        public static var intakeThreads: Int { onlineCores }
        /// Threads the API answers requests on: one per online core, as Swift's global pool has.
        public static var apiThreads: Int { onlineCores }

        private static var onlineCores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
    }
}

extension String {
    var replacingDashes: String { String(map { $0 == "-" ? "_" : $0 }) }
}

extension DaemonConfiguration {
    /// Settings that differ from `running` and take effect only at the next start (folders,
    /// socket, intake timing, segment size). The log level applies at once.
    public func needsRestart(comparedWith running: DaemonConfiguration) -> [String] {
        var keys: [String] = []
        if inbox != running.inbox { keys.append(Key.inbox.rawValue) }
        if processed != running.processed { keys.append(Key.processed.rawValue) }
        if failed != running.failed { keys.append(Key.failed.rawValue) }
        if state != running.state { keys.append(Key.state.rawValue) }
        if socket != running.socket { keys.append(Key.socket.rawValue) }
        if settle != running.settle { keys.append(Key.settle.rawValue) }
        if rescanInterval != running.rescanInterval { keys.append(Key.rescanInterval.rawValue) }
        if segmentSize != running.segmentSize { keys.append(Key.segmentSize.rawValue) }
        if maxConnections != running.maxConnections { keys.append(Key.maxConnections.rawValue) }
        if headerTimeout != running.headerTimeout { keys.append(Key.headerTimeout.rawValue) }
        if idleTimeout != running.idleTimeout { keys.append(Key.idleTimeout.rawValue) }
        if intakeBatchBytes != running.intakeBatchBytes { keys.append(Key.intakeBatchBytes.rawValue) }
        if intakeNice != running.intakeNice { keys.append(Key.intakeNice.rawValue) }
        return keys
    }
}
