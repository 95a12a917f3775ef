import Logging

/// A swift-log handler that writes structured entries to journald.
///
/// Each entry carries `MESSAGE`, `PRIORITY`, `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`,
/// `SYSLOG_IDENTIFIER` and every metadata key as a field (`bulletin.sha256` → `BULLETIN_SHA256`),
/// so `journalctl -u pubstatd BULLETIN_SHA256=…` finds all lines about one bulletin.
public struct JournalLogHandler: LogHandler {
    /// The shared level unless this handler's level was set explicitly.
    public var logLevel: Logger.Level {
        get { ownLevel ?? sharedLevel.level }
        set { ownLevel = newValue }
    }
    private var ownLevel: Logger.Level?
    private let sharedLevel: LogLevelSetting
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    /// The logger's label, used in the stderr fallback.
    public let label: String
    /// `SYSLOG_IDENTIFIER=`, the name `journalctl -t` filters by.
    public let identifier: String

    public init(
        label: String,
        identifier: String = "pubstatd",
        level: LogLevelSetting = LogLevelSetting(.info),
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.label = label
        self.sharedLevel = level
        self.identifier = identifier
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let metadata = HandlerMetadata.merged(handler: metadata, provider: metadataProvider, event: event)
        let fields = JournalFields.entry(
            level: event.level,
            message: event.message.description,
            metadata: metadata,
            file: event.file,
            function: event.function,
            line: event.line,
            identifier: identifier
        )
        if JournalSender.send(fields) < 0 {
            // journald refused the entry: keep it on stderr, which systemd also collects.
            StandardError.write(
                LogLine.format(
                    unixSeconds: WallClock.unixSeconds(),
                    level: event.level,
                    label: label,
                    message: event.message.description,
                    metadata: metadata
                )
            )
        }
    }
}
