import Logging

/// The metadata of one event: handler metadata, then the provider's, then the call's (last wins),
/// plus `error` when the event carries one.
enum HandlerMetadata {
    static func merged(
        handler: Logger.Metadata,
        provider: Logger.MetadataProvider?,
        event: LogEvent
    ) -> Logger.Metadata {
        var merged = handler
        if let provided = provider?.get() { merged.merge(provided) { _, new in new } }
        if let metadata = event.metadata { merged.merge(metadata) { _, new in new } }
        if let error = event.error { merged["error"] = .string(String(describing: error)) }
        return merged
    }
}
