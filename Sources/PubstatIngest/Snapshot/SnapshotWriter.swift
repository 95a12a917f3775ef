import PubstatModel

/// Appends the primitives of the binary snapshot format to a byte buffer: little-endian
/// fixed-width integers, LEB128 varints, IEEE doubles by bit pattern, and strings either
/// inline (length and UTF-8 bytes) or as an index into the snapshot's string table.
struct SnapshotWriter: BinaryModelWriting {
    private(set) var bytes: [UInt8] = []
    /// The strings written with ``interned(_:)``, in the order of their indices.
    private(set) var table: [String] = []
    private var indices: [String: UInt32] = [:]

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer whose string table starts as `table`: it writes those strings by the same
    /// indices as the writer that made the table.
    init(table: [String], reservingCapacity capacity: Int = 0) {
        self.init(reservingCapacity: capacity)
        self.table = table
        for (index, text) in table.enumerated() { indices[text] = UInt32(index) }
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func fixed32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func fixed64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int64(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }


    /// A string written in place: rarely repeated text (quotes, titles, file names, reasons).
    mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A string from a small vocabulary (indicators, places, units, versions): written once in
    /// the string table, referred to by index, and shared by every record that reads it back.
    mutating func interned(_ value: String) {
        if let index = indices[value] {
            varint(UInt64(index))
            return
        }
        let index = UInt32(table.count)
        table.append(value)
        indices[value] = index
        varint(UInt64(index))
    }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Hands the bytes written so far to the caller and starts an empty buffer (the string table stays).
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}
