import PubstatPosix

/// A segment file of the log.
struct SegmentFile: Sendable {
    var firstSequence: UInt64
    var path: String
    var size: Int
}

/// What must be cut from the end of the last segment: an interrupted write.
struct TailCut {
    var segment: String
    var cutOffset: Int
    var fileSize: Int
    var recordsRemoved: Int
    var reason: String

    var report: RecoveryReport {
        RecoveryReport(
            segment: segment, cutOffset: cutOffset, bytesRemoved: fileSize - cutOffset,
            recordsRemoved: recordsRemoved, reason: reason
        )
    }
}

/// The state of a log directory after checking every segment.
struct LogWalk {
    var segments: [SegmentFile] = []
    var lastSequence: UInt64 = 0
    var lastHash = LogFormat.genesisHash
    var lastTimestampMicros: Int64 = 0
    /// Sizes after the cut, if any.
    var byteCount = 0
    var tail: TailCut?
}

/// Walks every segment of a log directory in order, checking headers, framing, checksums,
/// sequence continuity and (optionally) the hash chain. Shared by open and verify.
///
/// The rule that separates a torn tail from corruption (see `Events/README.md`): damage is a
/// torn tail only if it is in the last segment, the damaged bytes do not form a record with a
/// valid checksum, and no intact record of a *later* group commit follows it. Everything else
/// is corruption and throws.
enum LogWalker {
    static func walk(directory: String, verifyHashes: Bool) throws -> LogWalk {
        let names: [String]
        do {
            names = try Posix.listDirectory(directory)
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot list the log directory")
        }
        let segmentNames = names.compactMap { name in LogFormat.firstSequence(ofSegmentNamed: name).map { ($0, name) } }
            .sorted { $0.0 < $1.0 }
        var walk = LogWalk()
        var bytes: [UInt8] = []  // one buffer for every segment
        for (index, (nameSequence, name)) in segmentNames.enumerated() {
            let path = "\(directory)/\(name)"
            let isLast = index == segmentNames.count - 1
            do {
                try Posix.readFile(path, into: &bytes, maxBytes: Int(Int32.max))
            } catch let error as PosixError {
                throw EventLogError.io(error, "cannot read segment")
            }
            func corrupted(_ offset: Int, _ what: String) -> EventLogError {
                EventLogError.corrupted(directory: directory, segment: path, offset: offset, what)
            }
            try bytes.withUnsafeBytes { raw in
                let header: SegmentHeader
                switch SegmentHeader.decode(raw) {
                case .failure(let problem): throw corrupted(0, problem.reason)
                case .success(let decoded): header = decoded
                }
                let expected = walk.lastSequence + 1
                guard header.firstSequence == nameSequence else {
                    throw corrupted(16, "the header says the segment starts at record \(header.firstSequence), its name says \(nameSequence)")
                }
                guard header.firstSequence == expected else {
                    let what = header.firstSequence > expected
                        ? "gap: records \(expected)…\(header.firstSequence - 1) are missing (a segment file was removed?)"
                        : "overlap: the previous segment already holds records up to \(expected - 1)"
                    throw corrupted(16, "the segment starts at record \(header.firstSequence) but \(expected) was expected; \(what)")
                }
                guard header.previousHash == walk.lastHash else {
                    throw corrupted(24, "the header's previous hash \(hexString(header.previousHash)) is not the hash of the last record before it (\(hexString(walk.lastHash)))")
                }
                var scan = try SegmentScanner.scan(
                    raw, firstSequence: expected, previousHash: walk.lastHash, verifyHashes: verifyHashes
                )
                var cut = raw.count
                var reasons: [String] = []
                var recordsRemoved = 0
                if let damage = scan.damage {
                    guard isLast else {
                        throw corrupted(damage.offset, "\(damage.reason), in a segment that is not the last")
                    }
                    if let later = SegmentScanner.laterIntactRecord(raw, after: damage) {
                        throw corrupted(damage.offset, "\(damage.reason), and \(later)")
                    }
                    cut = damage.offset
                    reasons.append(damage.reason)
                }
                if !scan.lastBatchComplete {
                    guard isLast else {
                        throw corrupted(scan.lastBatchStart, "the last group commit of a segment that is not the last is incomplete")
                    }
                    cut = scan.lastBatchStart
                    recordsRemoved = scan.lastBatchRecords
                    let first = scan.lastSequence - UInt64(scan.lastBatchRecords) + 1
                    reasons.append("the group commit starting at record \(first) is incomplete")
                }
                if cut < raw.count {
                    walk.tail = TailCut(
                        segment: path, cutOffset: cut, fileSize: raw.count, recordsRemoved: recordsRemoved,
                        reason: reasons.joined(separator: "; ")
                    )
                    scan = try SegmentScanner.scan(
                        UnsafeRawBufferPointer(rebasing: raw[..<cut]), firstSequence: expected,
                        previousHash: walk.lastHash, verifyHashes: false
                    )
                }
                walk.segments.append(SegmentFile(firstSequence: header.firstSequence, path: path, size: cut))
                walk.byteCount += cut
                if scan.records > 0 {
                    walk.lastSequence = scan.lastSequence
                    walk.lastHash = scan.lastHash
                    walk.lastTimestampMicros = scan.lastTimestampMicros
                }
            }
        }
        return walk
    }
}
