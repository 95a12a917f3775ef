import PubstatModel
import PubstatPosix

extension EventLog {
    /// Calls `body` with every event from `sequence` on, in order, up to the head at the time
    /// of the call. Used on start to rebuild projections.
    ///
    /// Checks framing, CRC-32C and sequence continuity as it reads: a gap or damage throws
    /// ``EventLogError/Code/corrupted`` naming the segment and offset; a payload this pubstat
    /// cannot decode throws ``EventLogError/Code/invalidEvent``.
    public func replay(from sequence: UInt64 = 1, _ body: (LoggedEvent) throws -> Void) throws {
        try replayRecords(from: sequence) { record in
            let event: Event
            do {
                event = try EventCoding.decode(record.payload)
            } catch {
                throw EventLogError(.invalidEvent, "record \(record.sequence) in \(directory): \(error)")
            }
            try body(LoggedEvent(sequence: record.sequence, timestampMicros: record.timestampMicros, event: event))
        }
    }

    /// Like ``replay(from:_:)`` but without decoding payloads.
    public func replayRecords(from sequence: UInt64 = 1, _ body: (LogRecord) throws -> Void) throws {
        let (segments, last) = core.shared.withLock { ($0.segments, $0.head.lastSequence) }
        guard sequence <= last else { return }
        let start = max(sequence, 1)
        // The last segment starting at or before `start`.
        let firstIndex = segments.lastIndex { $0.firstSequence <= start } ?? 0
        var expected = segments[firstIndex].firstSequence
        var previousHash: [UInt8]?
        var bytes: [UInt8] = []  // one buffer for every segment
        for segment in segments[firstIndex...] {
            guard expected <= last else { break }
            do {
                try Posix.readFile(segment.path, into: &bytes, maxBytes: Int(Int32.max))
            } catch let error as PosixError {
                throw EventLogError.io(error, "cannot read segment for replay")
            }
            func corrupted(_ offset: Int, _ what: String) -> EventLogError {
                EventLogError.corrupted(directory: directory, segment: segment.path, offset: offset, what)
            }
            try bytes.withUnsafeBytes { raw in
                let header: SegmentHeader
                switch SegmentHeader.decode(raw) {
                case .failure(let problem): throw corrupted(0, problem.reason)
                case .success(let decoded): header = decoded
                }
                guard header.firstSequence == expected else {
                    throw corrupted(16, "gap: the segment starts at record \(header.firstSequence) but \(expected) was expected")
                }
                if let previousHash, previousHash != header.previousHash {
                    throw corrupted(24, "the header's previous hash does not match the last record of the previous segment")
                }
                let scan = try SegmentScanner.scan(
                    raw, firstSequence: expected, previousHash: header.previousHash, verifyHashes: false, through: last
                ) { record in
                    if record.header.sequence >= start {
                        try body(LogRecord(
                            sequence: record.header.sequence, timestampMicros: record.header.timestampMicros,
                            payload: bytes[record.payload],
                            chainHash: bytes[(record.offset + LogFormat.recordHashOffset)..<(record.offset + LogFormat.recordHashOffset + 32)]
                        ))
                    }
                }
                if let damage = scan.damage {
                    throw corrupted(damage.offset, damage.reason)
                }
                expected = scan.lastSequence + 1
                previousHash = scan.lastHash
            }
        }
        guard expected == last + 1 else {
            throw EventLogError(
                .corrupted,
                "event log \(directory) ends at record \(expected - 1) but its head is \(last): records are missing"
            )
        }
    }

    /// The stored chain hash (hex) of the record with this sequence number; nil when the log has no such record.
    public func chainHash(at sequence: UInt64) throws -> String? {
        guard sequence >= 1, sequence <= head.lastSequence else { return nil }
        struct Found: Error { var hash: String }
        do {
            try replayRecords(from: sequence) { record in throw Found(hash: record.chainHashHex) }
        } catch let found as Found {
            return found.hash
        }
        return nil
    }
}
