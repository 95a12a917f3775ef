/// The on-disk format of the event log, version 1. `Events/README.md` describes it byte by
/// byte; this file is the one place in code that knows the offsets. All integers are
/// little-endian.
enum LogFormat {
    static let version: UInt32 = 1
    /// "PSTATLOG"
    static let magic: [UInt8] = Array("PSTATLOG".utf8)
    static let segmentHeaderSize = 64
    static let recordHeaderSize = 64
    /// Where a record's SHA-256 chain hash sits in its header.
    static let recordHashOffset = 32
    /// Payloads larger than this are refused on append and treated as damage when read.
    static let maxPayloadSize = 16 << 20
    static let segmentSuffix = ".seg"
    static let lockFileName = "LOCK"
    /// The previous hash of the first record of the log.
    static let genesisHash = [UInt8](repeating: 0, count: 32)

    /// `00000000000000000001.seg`: the first sequence, 20 digits.
    static func segmentName(firstSequence: UInt64) -> String {
        let digits = String(firstSequence)
        return String(repeating: "0", count: 20 - digits.count) + digits + segmentSuffix
    }

    /// The first sequence a segment file name announces, or nil for other files.
    static func firstSequence(ofSegmentNamed name: String) -> UInt64? {
        guard name.utf8.count == 20 + segmentSuffix.utf8.count, name.hasSuffix(segmentSuffix) else { return nil }
        let digits = name.utf8.prefix(20)
        guard digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return UInt64(String(decoding: digits, as: UTF8.self))
    }
}

/// The 64 bytes at the start of every segment file.
///
/// ```
///  0  8  magic "PSTATLOG"
///  8  4  format version (1)
/// 12  4  reserved, zero
/// 16  8  first sequence in this segment
/// 24 32  hash of the last record of the previous segment (zeros for the first segment)
/// 56  4  reserved, zero
/// 60  4  CRC-32C of bytes 0..<60
/// ```
struct SegmentHeader: Equatable {
    var firstSequence: UInt64
    var previousHash: [UInt8]

    func encoded() -> [UInt8] {
        var bytes = LogFormat.magic
        bytes.reserveCapacity(LogFormat.segmentHeaderSize)
        bytes.appendLittleEndian(LogFormat.version)
        bytes.appendLittleEndian(UInt32(0))
        bytes.appendLittleEndian(firstSequence)
        bytes += previousHash
        bytes.appendLittleEndian(UInt32(0))
        bytes.appendLittleEndian(CRC32C.checksum(bytes))
        return bytes
    }

    /// Why the header is unreadable, or the header.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> Result<SegmentHeader, HeaderProblem> {
        guard bytes.count >= LogFormat.segmentHeaderSize else {
            return .failure(.init("the segment header is incomplete (\(bytes.count) of 64 bytes)"))
        }
        guard bytes.prefix(8).elementsEqual(LogFormat.magic) else {
            return .failure(.init("not a pubstat log segment (wrong magic bytes)"))
        }
        let stored = bytes.loadLE(UInt32.self, at: 60)
        let computed = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<60]))
        guard stored == computed else {
            return .failure(.init("segment header checksum mismatch (stored \(hex32(stored)), computed \(hex32(computed)))"))
        }
        let version = bytes.loadLE(UInt32.self, at: 8)
        guard version == LogFormat.version else {
            return .failure(.init("segment format version \(version) is not supported by this pubstat (knows version \(LogFormat.version))"))
        }
        return .success(SegmentHeader(
            firstSequence: bytes.loadLE(UInt64.self, at: 16),
            previousHash: Array(bytes[24..<56])
        ))
    }

    struct HeaderProblem: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

/// The 64-byte header in front of every record's payload.
///
/// ```
///  0  4  payload length in bytes (1 ... 16 MiB)
///  4  4  CRC-32C of bytes 8..<64 of this header followed by the payload
///  8  8  sequence (1, 2, 3, … without gaps across segments)
/// 16  8  time appended, microseconds since 1970-01-01T00:00:00Z (signed)
/// 24  4  index of this record within its group commit (0 = first)
/// 28  4  number of records in that group commit
/// 32 32  SHA-256(previous record's hash ‖ sequence ‖ time ‖ payload)
/// 64     payload: the event as JSON
/// ```
struct RecordHeader {
    var payloadLength: UInt32
    var checksum: UInt32
    var sequence: UInt64
    var timestampMicros: Int64
    var batchIndex: UInt32
    var batchCount: UInt32

    /// Reads the fixed fields at `offset` (the caller checked 64 bytes are there).
    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        payloadLength = bytes.loadLE(UInt32.self, at: offset)
        checksum = bytes.loadLE(UInt32.self, at: offset + 4)
        sequence = bytes.loadLE(UInt64.self, at: offset + 8)
        timestampMicros = Int64(bitPattern: bytes.loadLE(UInt64.self, at: offset + 16))
        batchIndex = bytes.loadLE(UInt32.self, at: offset + 24)
        batchCount = bytes.loadLE(UInt32.self, at: offset + 28)
    }

    /// The sequence of the first record of this record's group commit.
    var batchFirstSequence: UInt64 { sequence &- UInt64(batchIndex) }
}

extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension UnsafeRawBufferPointer {
    @inline(__always)
    func loadLE<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        T(littleEndian: loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}

func hex32(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
}

func hexString<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in bytes {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
}
