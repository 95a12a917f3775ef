import Foundation

/// The decoded `name=value` pairs of a query string; `+` means a space, as HTML forms and `curl -G --data-urlencode` send it.
struct QueryParameters {
    private var values: [String: String] = [:]
    /// Every parameter name, decoded, in the order first given.
    private(set) var names: [String] = []
    /// The first name or value that is not valid percent-encoded UTF-8 (`%FF`, `%ZZ`, `%C3%28`),
    /// as sent; ``QueryCheckMiddleware`` answers 400 for it rather than read it as empty.
    private(set) var malformed: Malformed?

    /// A part of the query string that does not decode.
    enum Malformed: Equatable {
        /// The name itself, as sent.
        case name(String)
        /// The value of the (decoded) name, as sent.
        case value(name: String, raw: String)
    }

    init(_ query: String?) {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else {
                malformed = malformed ?? .name(String(parts[0]))
                continue
            }
            guard values[name] == nil else { continue }
            names.append(name)
            guard parts.count > 1 else {
                values[name] = ""
                continue
            }
            guard let value = Self.decode(parts[1]) else {
                malformed = malformed ?? .value(name: name, raw: String(parts[1]))
                values[name] = ""
                continue
            }
            values[name] = value
        }
    }

    /// The first value of `name`, decoded; nil when absent.
    subscript(name: String) -> String? { values[name] }

    /// `text` with `+` read as a space and each `%XX` as the byte it names; nil when a `%` is not
    /// followed by two hex digits or the bytes are not UTF-8. What Foundation's
    /// `replacingOccurrences(of: "+", with: " ").removingPercentEncoding` gives, in one pass over
    /// the bytes (every request reads its query), but that a byte that is not UTF-8 is always
    /// refused, where Foundation reads some as U+FFFD (`%A9`) and refuses others (`%FF`).
    static func decode(_ text: Substring) -> String? {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var at = utf8.startIndex
        while at != utf8.endIndex {
            let byte = utf8[at]
            utf8.formIndex(after: &at)
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard at != utf8.endIndex, let high = hexValue(utf8[at]) else { return nil }
                utf8.formIndex(after: &at)
                guard at != utf8.endIndex, let low = hexValue(utf8[at]) else { return nil }
                utf8.formIndex(after: &at)
                bytes.append(high << 4 | low)
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// True when `typed` is `known` with one letter wrong, missing, added, or two neighbours swapped, in any case.
    static func isNearMiss(_ typed: String, _ known: String) -> Bool {
        let a = Array(typed.lowercased()), b = Array(known.lowercased())
        guard a != b, abs(a.count - b.count) <= 1 else { return a == b }
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return long.indices.contains { index in
            var copy = long
            copy.remove(at: index)
            return copy == short
        }
    }
}
