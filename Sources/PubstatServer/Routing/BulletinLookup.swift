import PubstatModel
import PubstatProjections

/// Resolves the `{id}` of `GET /v1/bulletins/{id}`: 64 hex digits, or a unique prefix of at least 8.
enum BulletinLookup {
    static let minimumPrefix = 8

    static func resolve(_ text: String, in queries: any PubstatQueries) async throws(APIError) -> BulletinID {
        let hex = text.lowercased()
        guard (minimumPrefix...64).contains(hex.utf8.count), hex.utf8.allSatisfy(Self.isHexDigit) else {
            throw APIError(
                .badRequest,
                "'\(text)' is not a bulletin id: give its 64 hex digits or a unique prefix of at least \(minimumPrefix)"
            )
        }
        if let id = BulletinID(hex: hex) { return id }
        let matches = await queries.bulletins().bulletins.map(\.id).filter { $0.rawValue.hasPrefix(hex) }
        switch matches.count {
        case 0:
            throw APIError(.notFound, "no bulletin with id \(text)")
        case 1:
            return matches[0]
        default:
            let shown = matches.prefix(5).map(\.short).joined(separator: ", ")
            throw APIError(.badRequest, "id prefix \(text) matches \(matches.count) bulletins (\(shown)); give more digits")
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...102).contains(byte)
    }
}
