/// Why a JSON payload could not be read: malformed JSON, or well-formed JSON of the wrong shape.
struct JSONError: Error, CustomStringConvertible {
    enum Kind: Sendable {
        /// Not JSON (RFC 8259): truncated, trailing bytes, bad escapes, too deeply nested …
        case malformed
        /// Valid JSON that does not match the expected shape: a missing key, a wrong type …
        case mismatch
    }

    var kind: Kind
    /// Byte offset in the payload where the problem was found.
    var offset: Int
    var message: String
    /// Keys and array indices leading to the value, outermost first, e.g. `data.figures[1].unit`.
    var path: [String] = []

    var description: String {
        var text = path.isEmpty ? "" : path.joined().trimmingPrefixDot() + ": "
        text += message + " (at byte \(offset))"
        return text
    }
}

extension String {
    fileprivate func trimmingPrefixDot() -> String { hasPrefix(".") ? String(dropFirst()) : self }
}
