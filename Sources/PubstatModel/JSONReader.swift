/// A strict, byte-level JSON (RFC 8259) reader over UTF-8 bytes that callers drive token by
/// token, so values map straight into model types without intermediate objects.
///
/// Objects: `beginObject()`, then `while let key = try nextKey() { read one value }`.
/// Arrays: `beginArray()`, then `while try nextElement() { read one value }`.
/// Nesting deeper than ``maxDepth`` is rejected, so hostile input cannot exhaust the stack.
struct JSONReader {
    static let maxDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    private(set) var depth = 0
    /// True between `begin…` and the first `next…` call of a container: no comma expected.
    private var atFirstMember = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Bytes

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The next non-whitespace byte, not consumed; nil at the end.
    @inline(__always)
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < bytes.count ? bytes[position] : nil
    }

    func malformed(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(kind: .malformed, offset: offset ?? position, message: message)
    }

    func mismatch(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(kind: .mismatch, offset: offset ?? position, message: message)
    }

    /// Describes the token at the current position, for messages: `a string`, `'}'`, `the end`.
    mutating func found() -> String {
        guard let byte = peek() else { return "the end of the payload" }
        switch byte {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        default: return "'\(Unicode.Scalar(byte))'"
        }
    }

    // MARK: Structure

    /// Consumes `{`; throws a mismatch when the next value is not an object.
    mutating func beginObject() throws {
        guard peek() == UInt8(ascii: "{") else { throw try unexpected("an object") }
        try enter()
    }

    /// The next key of the current object (its `:` consumed), or nil after its closing `}`.
    mutating func nextKey() throws -> JSONKey? {
        guard let byte = peek() else { throw malformed("unterminated object") }
        if byte == UInt8(ascii: "}") {
            position += 1
            leave()
            return nil
        }
        if atFirstMember {
            atFirstMember = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw malformed("expected ',' or '}' in an object, found \(found())") }
            position += 1
            guard peek() != nil else { throw malformed("unterminated object") }
        }
        guard bytes[position] == UInt8(ascii: "\"") else { throw malformed("expected a string key in an object, found \(found())") }
        let key = try readKey()
        guard peek() == UInt8(ascii: ":") else { throw malformed("expected ':' after an object key, found \(found())") }
        position += 1
        guard peek() != nil else { throw malformed("missing value after an object key") }
        return key
    }

    /// Consumes `[`; throws a mismatch when the next value is not an array.
    mutating func beginArray() throws {
        guard peek() == UInt8(ascii: "[") else { throw try unexpected("an array") }
        try enter()
    }

    /// True when the current array has another element (its comma consumed); false after `]`.
    mutating func nextElement() throws -> Bool {
        guard let byte = peek() else { throw malformed("unterminated array") }
        if byte == UInt8(ascii: "]") {
            position += 1
            leave()
            return false
        }
        if atFirstMember {
            atFirstMember = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw malformed("expected ',' or ']' in an array, found \(found())") }
            position += 1
            guard let next = peek() else { throw malformed("unterminated array") }
            guard next != UInt8(ascii: "]") else { throw malformed("trailing comma in an array") }
        }
        return true
    }

    private mutating func enter() throws {
        guard depth < Self.maxDepth else { throw malformed("nested deeper than \(Self.maxDepth) levels") }
        depth += 1
        position += 1
        atFirstMember = true
    }

    private mutating func leave() {
        depth -= 1
        atFirstMember = false
    }

    /// Consumes `null` if it is next; the way optional fields are read.
    mutating func readNull() throws -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func readBool() throws -> Bool {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw try unexpected("a boolean")
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] }) else {
            throw malformed("invalid literal, expected \(word)")
        }
        position += count
    }

    /// Skips one value of any kind, checking that it is well-formed.
    mutating func skipValue() throws {
        guard let byte = peek() else { throw malformed("missing value at the end of the payload") }
        switch byte {
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            while try nextElement() { try skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw malformed("expected a value, found \(found())")
        }
    }

    /// Requires that only whitespace follows the top-level value.
    mutating func finish() throws {
        if peek() != nil { throw malformed("unexpected \(found()) after the end of the JSON value") }
    }

    /// A mismatch "expected X, found Y" when the next token is a value; malformed otherwise.
    mutating func unexpected(_ expected: String) throws -> JSONError {
        guard let byte = peek() else { return malformed("expected \(expected), found the end of the payload") }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "t"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            // Well-formed but of the wrong kind, as long as the value itself is well-formed.
            var copy = self
            try copy.skipValue()
            return mismatch("expected \(expected), found \(found())")
        default:
            return malformed("expected \(expected), found \(found())")
        }
    }
}
