/// Reads back what ``PackedWriter`` wrote, in the same order.
///
/// Packed records are made in memory by this process and never read from outside, so a
/// mismatch is a programming error: it traps instead of throwing.
struct PackedReader {
    private let bytes: [UInt8]
    private var position = 0
    /// The strings read with ``text()`` so far, in the order read.
    private var seen: [String] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    mutating func varint() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() -> Int {
        let raw = varint()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func double() -> Double {
        var bits: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { bits |= UInt64(byte()) << UInt64(shift) }
        return Double(bitPattern: bits)
    }

    /// A string ``PackedWriter/text(_:)`` wrote; a repeated one shares the first one's storage.
    mutating func text() -> String {
        let number = Int(varint())
        guard number == 0 else { return seen[number - 1] }
        let value = string()
        seen.append(value)
        return value
    }

    /// An enumeration case ``PackedWriter/position(_:)`` wrote.
    mutating func position<Value: CaseIterable>(_ type: Value.Type) -> Value {
        let cases = Value.allCases
        return cases[cases.index(cases.startIndex, offsetBy: Int(varint()))]
    }

    mutating func string() -> String {
        let count = Int(varint())
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }
}
