extension JSONReader {
    /// A number's parts, after its grammar was checked.
    private struct NumberToken {
        var start: Int
        var end: Int
        var negative: Bool
        /// Up to 19 significant digits; `exact` is false when more were seen.
        var mantissa: UInt64
        var exact: Bool
        /// Power of ten to apply to `mantissa` (fraction digits and exponent combined).
        var exponent: Int
        var isInteger: Bool
    }

    /// Reads a number as the nearest `Double` (correctly rounded, as `strtod`); throws a
    /// mismatch when the next value is not a number or is out of `Double`'s range.
    mutating func readDouble() throws -> Double {
        let token = try number()
        if token.exact, token.mantissa <= 1 << 53, let value = Self.fastPath(token) {
            return value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw mismatch("number \(text) is out of range for a Double", at: token.start)
        }
        return value
    }

    /// Reads a number that must be an integer in `Int`'s range (`12`, also `1.2e1`).
    mutating func readInt() throws -> Int {
        let token = try number()
        if token.isInteger, token.exact, token.exponent == 0, token.mantissa <= UInt64(Int.max) {
            let value = Int(token.mantissa)
            return token.negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
        if token.isInteger, let value = Int(text) { return value }
        guard let double = Double(text), let value = Int(exactly: double) else {
            throw mismatch("number \(text) is not an integer in range", at: token.start)
        }
        return value
    }

    /// Skips a number, checking only its grammar (any magnitude is well-formed JSON).
    mutating func skipNumber() throws {
        _ = try number()
    }

    /// Exact when both the mantissa (≤ 2^53) and the power of ten (≤ 10^22) are exact doubles:
    /// one IEEE multiplication or division then rounds correctly (Clinger's fast path).
    @inline(__always)
    private static func fastPath(_ token: NumberToken) -> Double? {
        guard (-22...22).contains(token.exponent) else { return nil }
        var value = Double(token.mantissa)
        if token.exponent >= 0 {
            value *= powersOfTen[token.exponent]
        } else {
            value /= powersOfTen[-token.exponent]
        }
        return token.negative ? -value : value
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Scans a number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws -> NumberToken {
        guard let first = peek(), first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw try unexpected("a number")
        }
        var token = NumberToken(start: position, end: position, negative: false, mantissa: 0, exact: true, exponent: 0, isInteger: true)
        if first == UInt8(ascii: "-") {
            token.negative = true
            position += 1
        }
        var significant = 0
        @inline(__always) func digit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
        @inline(__always) func accumulate(_ byte: UInt8, _ token: inout NumberToken) -> Bool {
            // Leading zeros are not significant; beyond 19 digits the mantissa is inexact.
            if token.mantissa == 0 && byte == UInt8(ascii: "0") { return false }
            if significant < 19 {
                token.mantissa = token.mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                significant += 1
                return false
            }
            if byte != UInt8(ascii: "0") { token.exact = false }
            return true  // dropped: the caller scales the exponent
        }
        guard position < bytes.count, digit(bytes[position]) else { throw malformed("invalid number: expected a digit") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, digit(bytes[position]) { throw malformed("invalid number: leading zero") }
        } else {
            while position < bytes.count, digit(bytes[position]) {
                if accumulate(bytes[position], &token) { token.exponent += 1 }
                position += 1
            }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            token.isInteger = false
            position += 1
            guard position < bytes.count, digit(bytes[position]) else { throw malformed("invalid number: expected a digit after '.'") }
            while position < bytes.count, digit(bytes[position]) {
                if !accumulate(bytes[position], &token) { token.exponent -= 1 }
                position += 1
            }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            token.isInteger = false
            position += 1
            var negativeExponent = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                negativeExponent = bytes[position] == UInt8(ascii: "-")
                position += 1
            }
            guard position < bytes.count, digit(bytes[position]) else { throw malformed("invalid number: expected a digit in the exponent") }
            var exponent = 0
            while position < bytes.count, digit(bytes[position]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
                position += 1
            }
            token.exponent += negativeExponent ? -exponent : exponent
        }
        token.end = position
        return token
    }
}
