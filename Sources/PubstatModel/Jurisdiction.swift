/// The administrative area a figure describes, written `level:Name` (`province:Lai Châu`).
public struct Jurisdiction: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable {
        case country, province, city, district, town, commune
        /// An urban commune-level unit (phường), below the province since July 2025.
        case ward
        /// An island unit at commune level since July 2025 (đặc khu: `special_zone:Phú Quốc`).
        case specialZone = "special_zone"
    }

    public let level: Level
    public let name: String

    public init(_ level: Level, _ name: String) {
        self.level = level
        self.name = name
    }

    /// Parses `level:Name`; nil for an unknown level or a missing name.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":"),
              let level = Level(rawValue: String(text[..<colon])) else { return nil }
        let name = String(text[text.index(after: colon)...])
        guard !name.isEmpty else { return nil }
        self.init(level, name)
    }

    public var description: String { "\(level.rawValue):\(name)" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Jurisdiction(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a jurisdiction: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: Jurisdiction, rhs: Jurisdiction) -> Bool { lhs.description < rhs.description }
}
