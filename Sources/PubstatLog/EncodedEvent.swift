import PubstatModel

/// An event together with its JSON payload, encoded ahead of ``EventLog/append(encoded:)``.
///
/// Encoding is the costly part of an append; doing it early (or in parallel) keeps it off
/// the path that waits for the disk.
public struct EncodedEvent: Sendable {
    public let event: Event
    /// `EventCoding.encode(event)`.
    public let payload: [UInt8]

    /// Encodes `event`; throws ``EventLogError/Code/invalidEvent`` if it cannot be encoded or
    /// is larger than a record may be (16 MiB).
    public init(_ event: Event) throws {
        let payload: [UInt8]
        do {
            payload = try EventCoding.encode(event)
        } catch {
            throw EventLogError(.invalidEvent, "cannot encode a \(event.type) event: \(error)")
        }
        guard payload.count <= LogFormat.maxPayloadSize else {
            throw EventLogError(
                .invalidEvent,
                "a \(event.type) event for bulletin \(event.bulletinID.short) is \(payload.count) bytes as JSON; "
                    + "the log takes at most \(LogFormat.maxPayloadSize)"
            )
        }
        self.event = event
        self.payload = payload
    }
}
