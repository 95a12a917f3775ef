import PubstatPosix

/// A segment file of the log.
struct SegmentFile: Sendable {
    var firstSequence: UInt64
    var path: String
    var size: Int
}

/// What must be cut from the end of the last segment (an interrupted write, or damage in the
/// last group commit), and what recovery keeps of it.
struct TailCut {
    var segment: String
    var cutOffset: Int
    var fileSize: Int
    var reason: String
    var lost: [RecoveryReport.LostRecord] = []
    /// Intact, chain-verified records after the damage, to be appended again in this order.
    var salvaged: [SalvagedRecord] = []
    /// Kept records of the last group commit before the cut, when that commit is incomplete:
    /// their framing is rewritten to close the commit with them.
    var keptOfIncompleteCommit: [ScannedRecord] = []

    /// The report, given the sequence the first salvaged record is appended at.
    func report(firstNewSequence: UInt64) -> RecoveryReport {
        var report = RecoveryReport(
            segment: segment, cutOffset: cutOffset, bytesRemoved: fileSize - cutOffset, reason: reason,
            lost: lost, keptOfIncompleteCommit: keptOfIncompleteCommit.count
        )
        report.reappended = salvaged.enumerated().map { index, record in
            RecoveryReport.ReappendedRecord(oldSequence: record.sequence, newSequence: firstNewSequence + UInt64(index))
        }
        return report
    }
}

/// An intact record found after damage in the last group commit.
struct SalvagedRecord {
    var sequence: UInt64
    var timestampMicros: Int64
    var payload: [UInt8]
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
    /// The stored chain hash of the record asked for by `walk(…, hashAt:)`, if it is kept.
    var hashAt: [UInt8]?
    /// Sealed segments given only a header check, because a verified prefix covers them.
    var skippedSegments = 0
}

/// Walks every segment of a log directory in order, checking headers, framing, checksums,
/// sequence continuity and (optionally) the hash chain. Shared by open and verify.
///
/// The rule that separates a torn tail from corruption (see `Events/README.md`): damage is a
/// torn tail only if it is in the last segment, the damaged bytes do not form a record with a
/// valid checksum, and no intact record of a *later* group commit follows it. Everything else
/// is corruption and throws.
enum LogWalker {
    /// `trusting`: records up to this sequence were verified before: a sealed segment whose
    /// records all lie within it gets a header check only (its size taken from the file system,
    /// its last hash from the next segment's header), and hashes are verified only after it.
    /// The caller compares ``LogWalk/hashAt`` (asked for at that sequence) with the prefix's hash.
    static func walk(directory: String, verifyHashes: Bool, hashAt wanted: UInt64? = nil, trusting trusted: UInt64 = 0) throws -> LogWalk {
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
            if !isLast, segmentNames[index + 1].0 > nameSequence, segmentNames[index + 1].0 - 1 <= trusted {
                try checkSealed(path, directory: directory, nameSequence: nameSequence, nextSequence: segmentNames[index + 1].0,
                                nextPath: "\(directory)/\(segmentNames[index + 1].1)", walk: &walk)
                if segmentNames[index + 1].0 - 1 == wanted { walk.hashAt = walk.lastHash }
                continue
            }
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
                var found: (UInt64, [UInt8])?
                var scan = SegmentScanner.scan(
                    raw, firstSequence: expected, previousHash: walk.lastHash, verifyHashes: verifyHashes, verifyingAfter: trusted
                ) { record in
                    if record.header.sequence == wanted {
                        let at = record.offset + LogFormat.recordHashOffset
                        found = (record.header.sequence, Array(raw[at..<(at + 32)]))
                    }
                }
                var cut = raw.count
                var tail: TailCut?
                if let damage = scan.damage {
                    guard isLast else {
                        throw corrupted(damage.offset, "\(damage.reason), in a segment that is not the last")
                    }
                    if let later = SegmentScanner.laterIntactRecord(raw, after: damage) {
                        throw corrupted(damage.offset, "\(damage.reason), and \(later)")
                    }
                    cut = damage.offset
                    tail = TailSalvage.plan(raw, damage: damage, scan: scan, segment: path)
                } else if !scan.lastBatchComplete {
                    guard isLast else {
                        throw corrupted(scan.lastBatchStart, "the last group commit of a segment that is not the last is incomplete")
                    }
                    // The file ends on a record boundary inside a group commit: the records
                    // present are kept, the missing ones were never written.
                    tail = TailSalvage.plan(raw, damage: nil, scan: scan, segment: path)
                }
                if var tail {
                    if cut < raw.count {
                        scan = try SegmentScanner.scan(
                            UnsafeRawBufferPointer(rebasing: raw[..<cut]), firstSequence: expected,
                            previousHash: walk.lastHash, verifyHashes: false
                        )
                    }
                    if !scan.lastBatchComplete {
                        tail.keptOfIncompleteCommit = TailSalvage.lastCommit(raw, endingAt: cut, scan: scan)
                    }
                    walk.tail = tail
                }
                if let found, found.0 <= scan.lastSequence { walk.hashAt = found.1 }
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

    /// The cheap check of a sealed segment inside a verified prefix: its header decodes, starts
    /// where the previous segment ended and names the sequence its file name does; the next
    /// segment's header gives the hash of its last record.
    private static func checkSealed(
        _ path: String, directory: String, nameSequence: UInt64, nextSequence: UInt64, nextPath: String, walk: inout LogWalk
    ) throws {
        let header = try readHeader(path, directory: directory)
        let expected = walk.lastSequence + 1
        func corrupted(_ offset: Int, _ what: String) -> EventLogError {
            EventLogError.corrupted(directory: directory, segment: path, offset: offset, what)
        }
        guard header.firstSequence == nameSequence, header.firstSequence == expected else {
            throw corrupted(16, "the header says the segment starts at record \(header.firstSequence); its name says \(nameSequence) "
                                + "and \(expected) was expected")
        }
        guard header.previousHash == walk.lastHash else {
            throw corrupted(24, "the header's previous hash \(hexString(header.previousHash)) is not the hash of the last record before it (\(hexString(walk.lastHash)))")
        }
        let size: Int
        do {
            size = Int(try Posix.stat(path).size)
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot examine segment")
        }
        guard size > LogFormat.segmentHeaderSize else {
            throw corrupted(LogFormat.segmentHeaderSize, "a segment that is not the last holds no record")
        }
        walk.segments.append(SegmentFile(firstSequence: header.firstSequence, path: path, size: size))
        walk.byteCount += size
        walk.lastSequence = nextSequence - 1
        walk.lastHash = try readHeader(nextPath, directory: directory).previousHash
        walk.skippedSegments += 1
    }

    /// The decoded header of the segment at `path`, read alone.
    private static func readHeader(_ path: String, directory: String) throws -> SegmentHeader {
        var bytes = [UInt8](repeating: 0, count: LogFormat.segmentHeaderSize)
        let count: Int
        do {
            let fd = try Posix.open(path, .readOnly)
            defer { try? Posix.close(fd) }
            count = try bytes.withUnsafeMutableBytes { try Posix.preadFully(fd, into: $0, offset: 0, path: path) }
        } catch let error as PosixError {
            throw EventLogError.io(error, "cannot read segment header")
        }
        return try bytes.withUnsafeBytes { raw in
            switch SegmentHeader.decode(UnsafeRawBufferPointer(rebasing: raw[..<count])) {
            case .failure(let problem): throw EventLogError.corrupted(directory: directory, segment: path, offset: 0, problem.reason)
            case .success(let header): return header
            }
        }
    }
}
