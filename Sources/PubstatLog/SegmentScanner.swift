/// A record found intact by ``SegmentScanner``.
struct ScannedRecord {
    var offset: Int
    var header: RecordHeader
    /// The payload's byte range in the segment.
    var payload: Range<Int>
    var size: Int { LogFormat.recordHeaderSize + payload.count }
}

/// Where and why a segment stops being a valid sequence of records.
struct SegmentDamage: Error {
    enum Kind {
        /// The bytes do not form a record: incomplete, zeros, implausible length, checksum
        /// mismatch. What an interrupted write leaves behind (or damage to the medium).
        case unreadable
        /// A record with a correct checksum that does not fit: wrong sequence, broken hash
        /// chain. Never the result of an interrupted write.
        case inconsistent
    }

    var kind: Kind
    var offset: Int
    var expectedSequence: UInt64
    var reason: String
}

/// What a scan of one segment found.
struct SegmentScan {
    var records = 0
    var firstSequence: UInt64
    var lastSequence: UInt64
    var lastHash: [UInt8]
    /// The end of the last intact record.
    var endOffset = LogFormat.segmentHeaderSize
    /// The offset of the first record of the last intact record's group commit.
    var lastBatchStart = LogFormat.segmentHeaderSize
    /// Whether the last intact record completes its group commit.
    var lastBatchComplete = true
    /// Intact records of the last group commit found so far.
    var lastBatchRecords = 0
    /// The record count the last intact record's group commit announces.
    var lastBatchCount: UInt32 = 0
    var lastTimestampMicros: Int64 = 0
    var damage: SegmentDamage?
}

/// Walks the records of one segment held in memory.
enum SegmentScanner {
    /// Checks every record after the header: framing, CRC-32C, sequence continuity from
    /// `firstSequence` and, if `verifyHashes`, the SHA-256 chain from `previousHash` (of the
    /// records after `verifyingAfter` only: those up to it were verified before). Stops at
    /// the first damage (recorded in the result) or after `lastSequence`.
    static func scan(
        _ bytes: UnsafeRawBufferPointer, firstSequence: UInt64, previousHash: [UInt8], verifyHashes: Bool,
        verifyingAfter verified: UInt64 = 0, through lastSequence: UInt64 = .max, _ body: (ScannedRecord) throws -> Void = { _ in }
    ) rethrows -> SegmentScan {
        var scan = SegmentScan(firstSequence: firstSequence, lastSequence: firstSequence &- 1, lastHash: previousHash)
        var offset = LogFormat.segmentHeaderSize
        var expected = firstSequence
        var lastHashOffset: Int? = nil
        while offset < bytes.count && expected <= lastSequence {
            switch readRecord(bytes, at: offset, expected: expected) {
            case .failure(let damage):
                scan.damage = damage
                break
            case .success(let record):
                if verifyHashes && expected > verified {
                    let previous = lastHashOffset.map { UnsafeRawBufferPointer(rebasing: bytes[$0 ..< $0 + 32]) }
                    let computed = previous.map { hashOf(record, in: bytes, previous: $0) }
                        ?? scan.lastHash.withUnsafeBytes { hashOf(record, in: bytes, previous: $0) }
                    let stored = bytes[offset + 32 ..< offset + 64]
                    if !computed.elementsEqual(stored) {
                        scan.damage = SegmentDamage(
                            kind: .inconsistent, offset: offset, expectedSequence: expected,
                            reason: "hash chain broken at record \(expected): stored \(hexString(stored)), "
                                + "computed \(hexString(computed)) — the record or one before it was altered"
                        )
                        break
                    }
                }
                try body(record)
                if record.header.batchIndex == 0 {
                    scan.lastBatchStart = offset
                    scan.lastBatchRecords = 0
                }
                scan.lastBatchRecords += 1
                scan.lastBatchCount = record.header.batchCount
                scan.lastTimestampMicros = record.header.timestampMicros
                scan.lastBatchComplete = record.header.batchIndex + 1 == record.header.batchCount
                lastHashOffset = offset + 32
                scan.records += 1
                scan.lastSequence = expected
                expected += 1
                offset += record.size
                scan.endOffset = offset
                continue
            }
            break
        }
        if let lastHashOffset { scan.lastHash = Array(bytes[lastHashOffset ..< lastHashOffset + 32]) }
        return scan
    }

    private static func hashOf(_ record: ScannedRecord, in bytes: UnsafeRawBufferPointer, previous: UnsafeRawBufferPointer) -> [UInt8] {
        HashChain.hash(
            previous: previous, sequence: record.header.sequence, timestampMicros: record.header.timestampMicros,
            payload: UnsafeRawBufferPointer(rebasing: bytes[record.payload])
        )
    }

    /// Reads and checks the record at `offset`: framing, checksum, sequence, group-commit fields.
    static func readRecord(_ bytes: UnsafeRawBufferPointer, at offset: Int, expected: UInt64) -> Result<ScannedRecord, SegmentDamage> {
        func unreadable(_ reason: String) -> Result<ScannedRecord, SegmentDamage> {
            .failure(SegmentDamage(kind: .unreadable, offset: offset, expectedSequence: expected, reason: reason))
        }
        let remaining = bytes.count - offset
        if remaining < LogFormat.recordHeaderSize {
            if bytes[offset...].allSatisfy({ $0 == 0 }) { return unreadable("\(remaining) zero bytes where record \(expected) should start") }
            return unreadable("incomplete record header (\(remaining) of 64 bytes before the end of the file)")
        }
        let header = RecordHeader(bytes, at: offset)
        let length = Int(header.payloadLength)
        if length == 0 || length > LogFormat.maxPayloadSize {
            if bytes[offset ..< offset + LogFormat.recordHeaderSize].allSatisfy({ $0 == 0 }) {
                return unreadable("zero bytes where record \(expected) should start")
            }
            return unreadable("implausible payload length \(length) for record \(expected)")
        }
        if length > remaining - LogFormat.recordHeaderSize {
            return unreadable("record \(expected) is incomplete: \(length) payload bytes declared, \(remaining - LogFormat.recordHeaderSize) present")
        }
        let end = offset + LogFormat.recordHeaderSize + length
        let computed = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[offset + 8 ..< end]))
        if computed != header.checksum {
            return unreadable("checksum mismatch in record \(expected) (stored \(hex32(header.checksum)), computed \(hex32(computed)))")
        }
        func inconsistent(_ reason: String) -> Result<ScannedRecord, SegmentDamage> {
            .failure(SegmentDamage(kind: .inconsistent, offset: offset, expectedSequence: expected, reason: reason))
        }
        if header.sequence != expected {
            let what = header.sequence > expected
                ? "gap: records \(expected)…\(header.sequence - 1) are missing"
                : "sequence goes backwards"
            return inconsistent("sequence \(header.sequence) where \(expected) was expected (\(what))")
        }
        if header.batchCount == 0 || header.batchIndex >= header.batchCount {
            return inconsistent("record \(expected) claims position \(header.batchIndex) of a group commit of \(header.batchCount)")
        }
        return .success(ScannedRecord(offset: offset, header: header, payload: offset + LogFormat.recordHeaderSize ..< end))
    }

    /// Whether unreadable bytes at `damage` can be the tail of an interrupted group commit:
    /// true unless an intact record *of a later group commit* (or out of sequence) lies after
    /// it. Returns the offending later record's description when it is not a tear.
    static func laterIntactRecord(_ bytes: UnsafeRawBufferPointer, after damage: SegmentDamage) -> String? {
        if damage.kind == .inconsistent { return "the record has a valid checksum" }
        let s = damage.expectedSequence
        var p = damage.offset + 1
        let last = bytes.count - LogFormat.recordHeaderSize
        while p <= last {
            let length = Int(bytes.loadLE(UInt32.self, at: p))
            if length > 0, length <= last - p {
                let batchIndex = bytes.loadLE(UInt32.self, at: p + 24)
                let batchCount = bytes.loadLE(UInt32.self, at: p + 28)
                if batchIndex < batchCount,
                   case .success(let record) = readRecordIgnoringSequence(bytes, at: p)
                {
                    let sequence = record.header.sequence
                    if sequence < s || record.header.batchFirstSequence > s {
                        return "an intact record (sequence \(sequence)) at byte \(p) follows it"
                    }
                    p += record.size
                    continue
                }
            }
            p += 1
        }
        return nil
    }

    static func readRecordIgnoringSequence(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Result<ScannedRecord, SegmentDamage> {
        let sequence = bytes.loadLE(UInt64.self, at: offset + 8)
        return readRecord(bytes, at: offset, expected: sequence)
    }
}
