import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Chooses where pubstat's logs go and installs the swift-log backend.
public enum PubstatLogging {
    /// Where log lines are written.
    public enum Destination: String, Sendable {
        /// Structured entries through `sd_journal_sendv`.
        case journal
        /// Plain lines on file descriptor 2.
        case stderr
    }

    /// journald's native socket.
    static let journalSocketPath = "/run/systemd/journal/socket"

    /// Bootstraps swift-log once per process: journald when stderr is connected to the journal
    /// (`JOURNAL_STREAM`, as under systemd), plain stderr lines otherwise.
    ///
    /// - Returns: the level every logger follows; set its `level` when a reload changes `log-level`.
    @discardableResult
    public static func bootstrap(
        level: Logger.Level,
        identifier: String = "pubstatd",
        destination: Destination? = nil
    ) -> LogLevelSetting {
        let destination = destination ?? detectedDestination()
        let setting = LogLevelSetting(level)
        LoggingSystem.bootstrap { label in
            switch destination {
            case .journal: JournalLogHandler(label: label, identifier: identifier, level: setting)
            case .stderr: StderrLogHandler(label: label, level: setting)
            }
        }
        return setting
    }

    /// `.journal` when `JOURNAL_STREAM` names the file descriptor 2 is open on and journald's socket exists.
    public static func detectedDestination() -> Destination {
        guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }),
            let expected = parseJournalStream(value)
        else { return .stderr }
        var status = stat()
        guard fstat(2, &status) == 0,
            UInt64(status.st_dev) == expected.device, UInt64(status.st_ino) == expected.inode,
            access(journalSocketPath, W_OK) == 0
        else { return .stderr }
        return .journal
    }

    /// `JOURNAL_STREAM=<device>:<inode>` as systemd sets it for the service's stdout/stderr.
    public static func parseJournalStream(_ value: String) -> (device: UInt64, inode: UInt64)? {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return nil }
        return (device, inode)
    }
}
