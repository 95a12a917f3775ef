/// Plans what recovery keeps of a damaged or incomplete last group commit.
///
/// Every record that checks out is kept (`Events/README.md`, *Recovery on open*): the intact
/// records before the damage stay in place; an intact record after it is appended again if its
/// chain hash follows from the stored hash of the record before it on disk (the damaged one's
/// hash field, when the damaged bytes hold exactly one record), otherwise it is lost too. The
/// missing sequences of the commit (its size is in every record's framing) are the lost ones.
enum TailSalvage {
    static func plan(_ bytes: UnsafeRawBufferPointer, damage: SegmentDamage?, scan: SegmentScan, segment: String) -> TailCut {
        let cut = damage?.offset ?? bytes.count
        let firstUnkept = scan.lastSequence &+ 1
        let found = damage.map { intactRecords(bytes, after: $0.offset) } ?? []
        // The group commit that holds the first sequence not kept, and where it ends.
        var commitEnd: UInt64?
        if !scan.lastBatchComplete {
            commitEnd = scan.lastSequence - UInt64(scan.lastBatchRecords) + UInt64(scan.lastBatchCount)
        } else if let first = found.first {
            commitEnd = first.header.batchFirstSequence + UInt64(first.header.batchCount) - 1
        }
        let damageReason = damage?.reason ?? "the file ends after record \(scan.lastSequence), inside its group commit"
        var tail = TailCut(segment: segment, cutOffset: cut, fileSize: bytes.count, reason: damageReason)

        var position = cut
        var nextSequence = firstUnkept
        var previousHash: [UInt8]? = scan.lastHash
        func lose(_ sequences: Range<UInt64>, before end: Int) {
            let alone = sequences.count == 1
            for sequence in sequences {
                let atPosition = sequence == sequences.lowerBound && position < end
                let why: String
                if sequence == firstUnkept, let damage {
                    why = damage.reason
                } else if atPosition {
                    why = "damaged (bytes \(position)..<\(end))"
                } else {
                    why = "never written or unreadable"
                }
                tail.lost.append(RecoveryReport.LostRecord(
                    sequence: sequence, offset: atPosition ? position : nil,
                    damagedPayload: alone && atPosition && end - position > LogFormat.recordHeaderSize
                        ? Array(bytes[(position + LogFormat.recordHeaderSize)..<end]) : [],
                    why: why
                ))
            }
            // The hash of the last lost record can be read only if it is alone and its header is there.
            previousHash = alone && end - position >= LogFormat.recordHeaderSize
                ? Array(bytes[(position + LogFormat.recordHashOffset)..<(position + LogFormat.recordHeaderSize)]) : nil
        }
        for record in found {
            let sequence = record.header.sequence
            guard sequence >= nextSequence else { continue }
            if sequence > nextSequence { lose(nextSequence..<sequence, before: record.offset) }
            let stored = Array(bytes[(record.offset + LogFormat.recordHashOffset)..<(record.offset + LogFormat.recordHeaderSize)])
            let payload = UnsafeRawBufferPointer(rebasing: bytes[record.payload])
            let linked = previousHash.map { previous in
                previous.withUnsafeBytes {
                    HashChain.hash(previous: $0, sequence: sequence, timestampMicros: record.header.timestampMicros, payload: payload)
                } == stored
            } ?? false
            if linked {
                tail.salvaged.append(SalvagedRecord(sequence: sequence, timestampMicros: record.header.timestampMicros, payload: Array(payload)))
            } else {
                tail.lost.append(RecoveryReport.LostRecord(
                    sequence: sequence, offset: record.offset, damagedPayload: Array(payload),
                    why: "intact, but its chain hash cannot be verified against the record before it"
                ))
            }
            previousHash = stored
            position = record.offset + record.size
            nextSequence = sequence + 1
        }
        if let commitEnd, nextSequence <= commitEnd {
            lose(nextSequence..<(commitEnd + 1), before: bytes.count)
        } else if commitEnd == nil, found.isEmpty, position < bytes.count,
                  !bytes[position...].allSatisfy({ $0 == 0 }) {
            // Damage at a commit boundary, no intact record of its commit: at least one record.
            lose(nextSequence..<(nextSequence + 1), before: bytes.count)
        }
        return tail
    }

    /// Intact records (valid checksum and framing) after `offset`, in file order.
    static func intactRecords(_ bytes: UnsafeRawBufferPointer, after offset: Int) -> [ScannedRecord] {
        var records: [ScannedRecord] = []
        var p = offset + 1
        let last = bytes.count - LogFormat.recordHeaderSize
        while p <= last {
            let length = Int(bytes.loadLE(UInt32.self, at: p))
            if length > 0, length <= last - p, case .success(let record) = SegmentScanner.readRecordIgnoringSequence(bytes, at: p) {
                records.append(record)
                p += record.size
                continue
            }
            p += 1
        }
        return records
    }

    /// The intact records of the last group commit before `end` (the scan ended there inside it).
    static func lastCommit(_ bytes: UnsafeRawBufferPointer, endingAt end: Int, scan: SegmentScan) -> [ScannedRecord] {
        var records: [ScannedRecord] = []
        var offset = scan.lastBatchStart
        var sequence = scan.lastSequence - UInt64(scan.lastBatchRecords) + 1
        while offset < end, case .success(let record) = SegmentScanner.readRecord(bytes, at: offset, expected: sequence) {
            records.append(record)
            offset += record.size
            sequence += 1
        }
        return records
    }
}
