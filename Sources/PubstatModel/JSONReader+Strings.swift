extension JSONReader {
    /// Reads a string value; throws a mismatch when the next value is not a string.
    mutating func readString() throws -> String {
        try readRawString().text
    }

    /// Reads a string value as its raw bytes (decoded only if it has escapes), without
    /// creating a `String`; throws a mismatch when the next value is not a string.
    mutating func readRawString() throws -> JSONKey {
        guard peek() == UInt8(ascii: "\"") else { throw try unexpected("a string") }
        return try readKey()
    }

    /// Reads an object key (at its opening quote): its raw bytes unless it contains escapes.
    mutating func readKey() throws -> JSONKey {
        let start = position + 1
        position = start
        let ascii = scanPlain()
        guard position < bytes.count else { throw malformed("unterminated string", at: start - 1) }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
            position += 1
            if !ascii, !Self.isValidUTF8(raw) { throw invalidUTF8(at: start) }
            return .raw(raw)
        case UInt8(ascii: "\\"):
            return .decoded(try unescape(from: start))
        default:
            throw malformed("unescaped control character U+\(hex4(UInt16(bytes[position]))) in a string")
        }
    }

    /// Advances `position` to the next `"`, backslash or control byte (or the end), eight
    /// bytes per step; returns true when every byte passed over was ASCII.
    @inline(__always)
    private mutating func scanPlain() -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var p = position
        let end = bytes.count
        var seen: UInt64 = 0
        while p + 8 <= end {
            let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            // Per byte: zero after the XOR means that character; below 0x20 means a control.
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { break }
            seen |= word
            p += 8
        }
        while p < end {
            let byte = base[p]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            seen |= UInt64(byte)
            p += 1
        }
        position = p
        return seen & highs == 0
    }

    /// The slow path: the string starting at `start` has escapes; `position` is at the first
    /// backslash. Returns the decoded, validated UTF-8 and leaves `position` after the closing quote.
    private mutating func unescape(from start: Int) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(position - start + 16)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard out.withUnsafeBufferPointer(Self.isValidUTF8) else { throw invalidUTF8(at: start) }
                return out
            case UInt8(ascii: "\\"):
                try unescapeOne(into: &out)
            case ..<0x20:
                throw malformed("unescaped control character U+\(hex4(UInt16(byte))) in a string")
            default:
                out.append(byte)
                position += 1
            }
        }
        throw malformed("unterminated string", at: start - 1)
    }

    /// Decodes the escape at `position` (a backslash) into `out`.
    private mutating func unescapeOne(into out: inout [UInt8]) throws {
        let escapeStart = position
        guard position + 1 < bytes.count else { throw malformed("unterminated string") }
        let letter = bytes[position + 1]
        position += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(letter)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            var scalar = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw malformed("high surrogate \\u\(hex4(unit)) not followed by a low surrogate", at: escapeStart)
                }
                position += 2
                let low = try hexUnit()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw malformed("high surrogate \\u\(hex4(unit)) followed by \\u\(hex4(low)), not a low surrogate", at: escapeStart)
                }
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw malformed("lone low surrogate \\u\(hex4(unit))", at: escapeStart)
            }
            out.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
        default:
            throw malformed("invalid escape '\\\(Unicode.Scalar(letter))' in a string", at: escapeStart)
        }
    }

    /// Four hex digits after `\u`.
    private mutating func hexUnit() throws -> UInt16 {
        guard position + 4 <= bytes.count else { throw malformed("truncated \\u escape") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw malformed("invalid hex digit in a \\u escape")
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    private func invalidUTF8(at offset: Int) -> JSONError {
        malformed("string is not valid UTF-8", at: offset)
    }

    private func hex4(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
