import Foundation
import PubstatModel
import PubstatProjections

/// Resolves the `{id}` of `GET /v1/bulletins/{id}` (and `?bulletin=` of `/v1/unclassified`): 64 hex
/// digits, a unique prefix of at least 8, or the file name the bulletin had in the inbox.
enum BulletinLookup {
    static let minimumPrefix = 8

    static func resolve(_ given: String, in queries: any PubstatQueries) async throws(APIError) -> BulletinID {
        let text = given.removingPercentEncoding ?? given
        let hex = text.lowercased()
        let looksLikeID = (minimumPrefix...64).contains(hex.utf8.count) && hex.utf8.allSatisfy(Self.isHexDigit)
        if looksLikeID, let id = BulletinID(hex: hex) { return id }
        let bulletins = await queries.bulletins().bulletins
        if looksLikeID {
            let matches = bulletins.map(\.id).filter { $0.rawValue.hasPrefix(hex) }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 {
                let shown = matches.prefix(5).map(\.short).joined(separator: ", ")
                throw APIError(.badRequest, "id prefix \(text) matches \(matches.count) bulletins (\(shown)); give more digits")
            }
        }
        let named = bulletins.filter { $0.fileName == text || $0.fileName == given }.map(\.id)
        switch named.count {
        case 1:
            return named[0]
        case 0:
            throw APIError(
                .notFound,
                "no bulletin with id or file name '\(text)': give its 64 hex digits, a unique prefix of at least \(minimumPrefix), "
                    + "or the name it had in the inbox (`pubstatctl bulletins` lists them)"
            )
        default:
            let shown = named.prefix(5).map(\.short).joined(separator: ", ")
            throw APIError(
                .badRequest, "file name '\(text)' was used by \(named.count) bulletins (\(shown)); give the id of the one you mean"
            )
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...102).contains(byte)
    }
}
