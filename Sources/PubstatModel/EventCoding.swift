/// Turns events into the JSON payloads stored in log records, and back.
///
/// A payload is `{"type": "...", "v": N, "data": {...}}`. Decoding knows every version ever
/// written and upcasts older ones to the current shape.
public enum EventCoding {
    public struct DecodeError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public struct EncodeError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Encodes with the hand-written writer (`EventCoding+Writer.swift`); throws for NaN and
    /// infinite numbers, which JSON cannot hold.
    public static func encode(_ event: Event) throws -> [UInt8] {
        do {
            return try write(event)
        } catch let error as JSONWriter.NonConformingNumber {
            throw EncodeError(message: "event \(event.type) for bulletin \(event.bulletinID.short) cannot be encoded: \(error)")
        }
    }

    /// Decodes a payload with the hand-written reader (`EventCoding+Reader.swift`).
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws -> Event {
        if let event = try bytes.withContiguousStorageIfAvailable({ try read($0) }) { return event }
        return try Array(bytes).withUnsafeBufferPointer { try read($0) }
    }
}
