import Logging

/// A swift-log handler printing plain lines to file descriptor 2:
/// `2026-11-21T10:00:00Z info pubstatd: message key=value`.
public struct StderrLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public let label: String

    public init(label: String, metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider) {
        self.label = label
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
