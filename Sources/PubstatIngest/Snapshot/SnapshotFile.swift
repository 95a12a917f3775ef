import PubstatLog

/// The byte layout of a binary projection snapshot (format 5).
///
/// ```
/// "PUBSNAP\n"   8 bytes of magic
/// format        u32, little-endian (5)
/// blocks        each: u32 length, u32 CRC-32C of the payload, payload
///   header      projection version (varint), last sequence (varint), chain hash (string),
///               record count (varint), record block count (varint)
///   strings     the string table: count, then each string (length, UTF-8)
///   records…    ``SnapshotRecordCoding`` records, about 1 MiB per block
/// ```
///
/// Every block is checked (length within the file, CRC-32C) before any is decoded, and the
/// file must end after the last block the header announces: a cut, a flipped byte or a foreign
/// file is reported, never folded. A JSON snapshot of formats 1–4 starts with `{`.
enum SnapshotFile {
    static let magic = Array("PUBSNAP\n".utf8)
    static let format: UInt32 = 5
    /// A record block is closed once it holds this many bytes.
    static let blockSize = 1 << 20

    /// The header block's members.
    struct Header {
        var projectionVersion: Int
        var lastSequence: UInt64
        var chainHash: String
        var records: Int
        var recordBlocks: Int
    }

    /// The whole file: magic, format, header, string table, then the record blocks.
    static func assemble(header: Header, table: [String], recordBlocks: [[UInt8]]) -> [UInt8] {
        var out = start(header: header, table: table)
        for block in recordBlocks { out += framed(block) }
        return out
    }

    /// The file up to its first record block: magic, format, header and string table.
    static func start(header: Header, table: [String]) -> [UInt8] {
        var head = SnapshotWriter()
        head.int(header.projectionVersion)
        head.varint(header.lastSequence)
        head.string(header.chainHash)
        head.int(header.records)
        head.int(header.recordBlocks)
        var strings = SnapshotWriter()
        strings.varint(UInt64(table.count))
        for text in table { strings.string(text) }
        var out = magic
        withUnsafeBytes(of: format.littleEndian) { out.append(contentsOf: $0) }
        return out + framed(head.bytes) + framed(strings.bytes)
    }

    /// One block as stored: its length, its CRC-32C, then the payload.
    static func framed(_ block: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8 + block.count)
        withUnsafeBytes(of: UInt32(block.count).littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: CRC32C.checksum(block).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: block)
        return out
    }

    /// What is wrong with a file that is not a usable snapshot.
    enum Problem: Error {
        /// Not this format: an older JSON snapshot, or another format number.
        case otherFormat(String)
        case damaged(String)
    }

    /// The format number of `bytes`, checked: `.otherFormat` for an older or newer one.
    static func checkFormat(_ bytes: UnsafeRawBufferPointer) throws(Problem) {
        if bytes.first == UInt8(ascii: "{") {
            throw .otherFormat("a JSON snapshot written by an older pubstatd")
        }
        guard bytes.count >= magic.count + 4, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw .damaged("it does not start with the snapshot magic \"PUBSNAP\" (not a snapshot, or its start was overwritten)")
        }
        let found = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: magic.count, as: UInt32.self))
        guard found == format else { throw .otherFormat("binary format \(found)") }
    }

    /// The payload ranges of every block, each checked against its CRC-32C.
    static func blocks(_ bytes: UnsafeRawBufferPointer) throws(Problem) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = magic.count + 4
        while offset < bytes.count {
            guard bytes.count - offset >= 8 else {
                throw .damaged("\(bytes.count - offset) stray bytes at the end (the file was cut short?)")
            }
            let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let stored = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            let start = offset + 8
            guard length <= bytes.count - start else {
                throw .damaged("block \(ranges.count) at byte \(offset) declares \(length) bytes, \(bytes.count - start) remain (the file was cut short?)")
            }
            let computed = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[start ..< start + length]))
            guard computed == stored else {
                throw .damaged("checksum mismatch in block \(ranges.count) at byte \(offset) (stored CRC-32C \(hex(stored)), computed \(hex(computed))); a byte of it was changed")
            }
            ranges.append(start ..< start + length)
            offset = start + length
        }
        return ranges
    }

    static func header(_ bytes: UnsafeRawBufferPointer) throws(SnapshotReader.Malformed) -> Header {
        var reader = SnapshotReader(bytes)
        return Header(projectionVersion: try reader.int(), lastSequence: try reader.varint(), chainHash: try reader.string(),
                      records: try reader.int(), recordBlocks: try reader.int())
    }

    static func table(_ bytes: UnsafeRawBufferPointer) throws(SnapshotReader.Malformed) -> [String] {
        var reader = SnapshotReader(bytes)
        let count = try reader.count()
        var table: [String] = []
        table.reserveCapacity(count)
        for _ in 0..<count { table.append(try reader.string()) }
        return table
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
