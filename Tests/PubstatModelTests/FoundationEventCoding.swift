import Foundation
import PubstatModel

/// The previous `EventCoding`, on Foundation's `JSONEncoder`/`JSONDecoder`: the reference the
/// hand-written reader and writer are checked against.
enum FoundationEventCoding {
    private struct Envelope<T: Codable>: Codable {
        var type: String
        var v: Int
        var data: T
    }

    struct UnknownType: Error {}

    private struct Header: Decodable {
        var type: String
        var v: Int
    }

    static func encode(_ event: Event) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch event {
        case .bulletinIngested(let e): return [UInt8](try encoder.encode(Envelope(type: BulletinIngested.type, v: BulletinIngested.version, data: e)))
        case .bulletinRejected(let e): return [UInt8](try encoder.encode(Envelope(type: BulletinRejected.type, v: 1, data: e)))
        case .figuresRevised(let e): return [UInt8](try encoder.encode(Envelope(type: FiguresRevised.type, v: 1, data: e)))
        }
    }

    static func decode(_ bytes: [UInt8]) throws -> Event {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        let header = try decoder.decode(Header.self, from: data)
        switch (header.type, header.v) {
        case (BulletinIngested.type, BulletinIngested.version): return .bulletinIngested(try decoder.decode(Envelope<BulletinIngested>.self, from: data).data)
        case (BulletinRejected.type, 1): return .bulletinRejected(try decoder.decode(Envelope<BulletinRejected>.self, from: data).data)
        case (FiguresRevised.type, 1): return .figuresRevised(try decoder.decode(Envelope<FiguresRevised>.self, from: data).data)
        default: throw UnknownType()
        }
    }
}
