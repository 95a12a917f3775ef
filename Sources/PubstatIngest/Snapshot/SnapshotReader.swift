/// Reads what ``SnapshotWriter`` wrote, from bytes in memory, checking every length against the
/// end of the buffer: damaged bytes throw ``SnapshotReader/Malformed``, they never trap.
struct SnapshotReader {
    /// Bytes that do not decode as the format says (a checksum passed, so a bug or a foreign file).
    struct Malformed: Error, CustomStringConvertible {
        var offset: Int
        var what: String
        var description: String { "\(what) at byte \(offset) of a block" }
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// Strings referred to by index.
    let table: [String]

    init(_ bytes: UnsafeRawBufferPointer, table: [String] = []) {
        self.bytes = bytes
        self.offset = 0
        self.table = table
    }

    var isAtEnd: Bool { offset >= bytes.count }

    func malformed(_ what: String) -> Malformed { Malformed(offset: offset, what: what) }

    private mutating func take(_ count: Int) throws(Malformed) -> Int {
        guard count >= 0, count <= bytes.count - offset else { throw malformed("\(count) bytes expected, \(bytes.count - offset) left") }
        defer { offset += count }
        return offset
    }

    mutating func byte() throws(Malformed) -> UInt8 {
        bytes[try take(1)]
    }

    mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        case let other: throw malformed("boolean byte \(other)")
        }
    }

    mutating func fixed32() throws(Malformed) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }

    mutating func fixed64() throws(Malformed) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }

    mutating func varint() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw malformed("varint longer than 64 bits") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Malformed) -> Int {
        let wide = try int64()
        guard let value = Int(exactly: wide) else { throw malformed("integer \(wide) out of range") }
        return value
    }

    mutating func int64() throws(Malformed) -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A count or length, bounded by what the buffer could hold.
    mutating func count() throws(Malformed) -> Int {
        let raw = try varint()
        guard raw <= UInt64(bytes.count) else { throw malformed("count \(raw) exceeds the block") }
        return Int(raw)
    }

    mutating func double() throws(Malformed) -> Double { Double(bitPattern: try fixed64()) }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        let start = try take(length)
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start ..< start + length]), as: UTF8.self)
    }

    mutating func interned() throws(Malformed) -> String {
        let index = try varint()
        guard index < UInt64(table.count) else { throw malformed("string index \(index) of a table of \(table.count)") }
        return table[Int(index)]
    }

    /// The raw bytes of the next `count` bytes.
    mutating func raw(_ count: Int) throws(Malformed) -> UnsafeRawBufferPointer {
        let start = try take(count)
        return UnsafeRawBufferPointer(rebasing: bytes[start ..< start + count])
    }
}
