import Foundation

/// The API's JSON style: `snake_case` keys everywhere (`figure_count`, `revenue_billion_vnd`,
/// `as_of`), the same style as events and figures. Swift names stay camelCase, with acronyms in
/// capitals (`sourceURL`, `revenueBillionVND`); the coders map one style to the other.
public enum APIJSON {
    /// Acronyms written in capitals in Swift names; ``decoder()`` restores them.
    static let acronyms: Set<String> = ["id", "url", "vnd", "usd", "http", "sha", "csv", "uid"]

    /// Sorted `snake_case` keys, indented for reading with curl.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// Reads what ``encoder()`` writes.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            SwiftKey(camelCase(path.last!.stringValue))
        }
        return decoder
    }

    /// `revenue_billion_vnd` → `revenueBillionVND`; keys without `_` are left as they are.
    public static func camelCase(_ key: String) -> String {
        guard key.contains("_") else { return key }
        var words = key.split(separator: "_", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return key }
        for index in words.indices.dropFirst() {
            let word = words[index]
            words[index] = acronyms.contains(word) ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst()
        }
        return words.joined()
    }

    private struct SwiftKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
