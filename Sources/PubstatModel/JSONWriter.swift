/// A minimal JSON writer into a byte buffer, matching Foundation's `JSONEncoder` output with
/// `.sortedKeys` and `.withoutEscapingSlashes`: callers write keys in sorted order; doubles
/// are written as their shortest round-trip `description` without a trailing `.0`.
struct JSONWriter {
    struct NonConformingNumber: Error, CustomStringConvertible {
        var value: Double
        var description: String { "cannot write \(value) as a JSON number" }
    }

    private(set) var bytes: [UInt8] = []
    /// True at the start, right after `{`, `[` or a key: the next token takes no comma.
    private var atFirstMember = true

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        atFirstMember = true
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        atFirstMember = false
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        atFirstMember = true
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        atFirstMember = false
    }

    /// Writes `"name":`; the value follows. `name` must need no escaping.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        atFirstMember = true  // the value itself takes no comma
    }

    /// A comma before every member and element but the first.
    @inline(__always)
    private mutating func separate() {
        if atFirstMember {
            atFirstMember = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    mutating func string(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { escape($0) }
    }

    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
            runStart = i + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Throws for NaN and infinities, which JSON cannot represent.
    mutating func double(_ value: Double) throws {
        guard value.isFinite else { throw NonConformingNumber(value: value) }
        separate()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        separate()
        var text = value.description
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
