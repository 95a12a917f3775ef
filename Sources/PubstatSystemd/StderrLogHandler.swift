import Logging

/// A swift-log handler printing plain lines to file descriptor 2:
/// `2026-11-21T10:00:00Z info pubstatd: message key=value`.
public struct StderrLogHandler: LogHandler {
    /// The shared level unless this handler's level was set explicitly.
    public var logLevel: Logger.Level {
        get { ownLevel ?? sharedLevel.level }
        set { ownLevel = newValue }
    }
    private var ownLevel: Logger.Level?
    private let sharedLevel: LogLevelSetting
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public let label: String

    public init(
        label: String,
        level: LogLevelSetting = LogLevelSetting(.info),
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.label = label
        self.sharedLevel = level
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        StandardError.write(
            LogLine.format(
                unixSeconds: WallClock.unixSeconds(),
                level: event.level,
                label: label,
                message: event.message.description,
                metadata: HandlerMetadata.merged(handler: metadata, provider: metadataProvider, event: event)
            )
        )
    }
}
