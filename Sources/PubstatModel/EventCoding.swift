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

    private struct Header: Decodable {
        var type: String
        var v: Int
    }

    private struct Envelope<T: Encodable>: Encodable {
        var type: String
        var v: Int
        var data: T
    }

    private struct Body<T: Decodable>: Decodable {
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

    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws -> Event {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw DecodeError(message: "event payload is not JSON with a type and a version: \(error)")
        }
        do {
            switch (header.type, header.v) {
            case (BulletinIngested.type, 1):
                return .bulletinIngested(try decoder.decode(Body<BulletinIngested>.self, from: data).data)
            case (BulletinRejected.type, 1):
                return .bulletinRejected(try decoder.decode(Body<BulletinRejected>.self, from: data).data)
            case (FiguresRevised.type, 1):
                return .figuresRevised(try decoder.decode(Body<FiguresRevised>.self, from: data).data)
            default:
                throw DecodeError(message: "unknown event type \(header.type) version \(header.v): this pubstat is older than the log")
            }
        } catch let error as DecodeError {
            throw error
        } catch {
            throw DecodeError(message: "event \(header.type) v\(header.v) does not match its schema: \(error)")
        }
    }
}
