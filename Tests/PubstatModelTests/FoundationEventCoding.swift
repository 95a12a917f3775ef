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
        encoder.keyEncodingStrategy = .custom { path in
            EventKey(inSnakeCaseMember(path) ? snakeCase(path.last!.stringValue) : path.last!.stringValue)
        }
        switch event {
        case .bulletinIngested(let e): return [UInt8](try encoder.encode(Envelope(type: BulletinIngested.type, v: BulletinIngested.version, data: e)))
        case .bulletinRejected(let e): return [UInt8](try encoder.encode(Envelope(type: BulletinRejected.type, v: 1, data: e)))
        case .figuresRevised(let e): return [UInt8](try encoder.encode(Envelope(type: FiguresRevised.type, v: 1, data: e)))
        case .figureCorrected, .figureConfirmed, .bulletinRetracted: throw UnknownType()  // written after Foundation's coding was retired
        }
    }

    static func decode(_ bytes: [UInt8]) throws -> Event {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            EventKey(inSnakeCaseMember(path) ? camelCase(path.last!.stringValue) : path.last!.stringValue)
        }
        let header = try decoder.decode(Header.self, from: data)
        switch (header.type, header.v) {
        case (BulletinIngested.type, BulletinIngested.version): return .bulletinIngested(try decoder.decode(Envelope<BulletinIngested>.self, from: data).data)
        case (BulletinRejected.type, 1): return .bulletinRejected(try decoder.decode(Envelope<BulletinRejected>.self, from: data).data)
        case (FiguresRevised.type, 1): return .figuresRevised(try decoder.decode(Envelope<FiguresRevised>.self, from: data).data)
        default: throw UnknownType()
        }
    }

    // The stored event format spells the envelope and bulletin keys in camelCase (`fileName`) and
    // everything under `figures`, `unclassified` and `context` in snake_case (`value_high`).
    private static func inSnakeCaseMember(_ path: [any CodingKey]) -> Bool {
        path.dropLast().contains { ["figures", "unclassified", "context"].contains($0.stringValue) }
    }

    private static func snakeCase(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out == "source_u_r_l" ? "source_url" : out
    }

    private static func camelCase(_ key: String) -> String {
        let words = key.split(separator: "_").map(String.init)
        guard let first = words.first else { return key }
        let rest = words.dropFirst().map { $0 == "url" ? "URL" : $0.prefix(1).uppercased() + $0.dropFirst() }
        return ([first] + rest).joined()
    }

    private struct EventKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
