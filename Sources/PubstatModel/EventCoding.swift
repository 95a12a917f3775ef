import Foundation

/// Turns events into the JSON payloads stored in log records, and back.
///
/// A payload is `{"type": "...", "v": N, "data": {...}}`. Decoding knows every version ever
/// written and upcasts older ones to the current shape.
public enum EventCoding {
    public struct DecodeError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    private struct Envelope<T: Encodable>: Encodable {
        var type: String
        var v: Int
        var data: T
    }

    public static func encode(_ event: Event) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        switch event {
        case .bulletinIngested(let e):
            data = try encoder.encode(Envelope(type: BulletinIngested.type, v: BulletinIngested.version, data: e))
        case .bulletinRejected(let e):
            data = try encoder.encode(Envelope(type: BulletinRejected.type, v: BulletinRejected.version, data: e))
        case .figuresRevised(let e):
            data = try encoder.encode(Envelope(type: FiguresRevised.type, v: FiguresRevised.version, data: e))
        }
        return [UInt8](data)
    }

    /// Decodes a payload with the hand-written reader (`EventCoding+Reader.swift`).
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws -> Event {
        if let event = try bytes.withContiguousStorageIfAvailable({ try read($0) }) { return event }
        return try Array(bytes).withUnsafeBufferPointer { try read($0) }
    }
}
