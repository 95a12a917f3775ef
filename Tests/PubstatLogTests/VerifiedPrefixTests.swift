@testable import PubstatLog
import PubstatModel
import PubstatPosix
import Testing

/// Opening with a verified prefix (what a projection snapshot was folded from): sealed segments
/// it covers get a header check, the chain is verified after it, and a prefix that is not the
/// log's makes open check everything.
@Suite("Event log: open after a verified prefix")
struct VerifiedPrefixTests {
    /// 40 records in small segments; returns the log's chain hash at record 30 and the head.
    private func build(_ dir: String) async throws -> (hashAt30: String, head: LogHead) {
        let log = try EventLog.open(directory: dir, options: .init(segmentSize: 4096))
        try await appendOneByOne(log, SampleEvents.mixed(40))
        let head = log.head
        let hash = try #require(try log.chainHash(at: 30))
        log.close()
        #expect(try Surgery.segments(dir).count >= 4)
        return (hash, head)
    }

    /// Changes a byte of the payload of the segment's record at `index` and fixes its CRC, as a
    /// careful forger would: only the hash chain shows it.
    private func forge(segment: String, record index: Int) throws {
        var bytes = try Posix.readFile(segment)
        let offset = try Surgery.recordOffsets(segment)[index]
        bytes[offset + 70] ^= 0x01
        Surgery.fixChecksum(&bytes, recordAt: offset)
        try Surgery.write(segment, bytes)
    }

    @Test func aMatchingPrefixSkipsTheSealedSegmentsItCovers() async throws {
        try await withTemporaryDirectory { dir in
            let (hash, head) = try await build(dir.path)
            // Damage inside the first segment (checksum fixed): a full open refuses it ...
            try forge(segment: try Surgery.segments(dir.path)[0], record: 1)
            #expect(throws: EventLogError.self) { try EventLog.open(directory: dir.path, options: .init(verifyHashChain: true)) }
            // ... a start from a snapshot at record 30 reads only from the segment holding it on.
            let prefix = VerifiedPrefix(sequence: 30, chainHash: hash)
            let log = try EventLog.open(directory: dir.path, options: .init(segmentSize: 4096, verifyHashChain: true, verifiedPrefix: prefix))
            #expect(log.prefixMatched == true)
            #expect(log.head == head)
            var tail: [UInt64] = []
            try log.replay(from: 31) { tail.append($0.sequence) }
            #expect(tail == Array(31...40))
            let appended = try await log.append([SampleEvents.ingested(99)])
            #expect(appended.map(\.sequence) == [41])
            log.close()
        }
    }

    @Test func damageAfterThePrefixIsStillFound() async throws {
        try await withTemporaryDirectory { dir in
            let (hash, _) = try await build(dir.path)
            let last = try #require(try Surgery.segments(dir.path).last)
            let records = try Surgery.recordOffsets(last).count
            try #require(records >= 2)
            try forge(segment: last, record: records - 2)  // not the last record: a forged one, not a tear
            let prefix = VerifiedPrefix(sequence: 30, chainHash: hash)
            #expect(throws: EventLogError.self) {
                try EventLog.open(directory: dir.path, options: .init(verifyHashChain: true, verifiedPrefix: prefix))
            }
        }
    }

    @Test func aPrefixThatIsNotTheLogsIsIgnored() async throws {
        try await withTemporaryDirectory { dir in
            let (_, head) = try await build(dir.path)
            let forged = VerifiedPrefix(sequence: 30, chainHash: String(repeating: "0", count: 64))
            let log = try EventLog.open(directory: dir.path, options: .init(verifyHashChain: true, verifiedPrefix: forged))
            #expect(log.prefixMatched == false)
            #expect(log.head == head)
            log.close()
            // And then the whole chain is verified: damage before the prefix is found.
            try forge(segment: try Surgery.segments(dir.path)[0], record: 1)
            #expect(throws: EventLogError.self) {
                try EventLog.open(directory: dir.path, options: .init(verifyHashChain: true, verifiedPrefix: forged))
            }
        }
    }

    @Test func aPrefixAheadOfTheLogIsIgnored() async throws {
        try await withTemporaryDirectory { dir in
            let (hash, head) = try await build(dir.path)
            let log = try EventLog.open(directory: dir.path, options: .init(verifiedPrefix: VerifiedPrefix(sequence: 41, chainHash: hash)))
            #expect(log.prefixMatched == false)
            #expect(log.head == head)
            log.close()
        }
    }

    @Test func theBackgroundAuditFindsDamageInTheSkippedSegments() async throws {
        try await withTemporaryDirectory { dir in
            let (hash, head) = try await build(dir.path)
            let prefix = VerifiedPrefix(sequence: 30, chainHash: hash)
            #expect(PrefixAudit.run(directory: dir.path, prefix: prefix) == .intact(records: head.recordCount))
            #expect(PrefixAudit.run(directory: dir.path, prefix: VerifiedPrefix(sequence: 30, chainHash: String(repeating: "0", count: 64)))
                    == .chainMismatch(found: hash))
            // a forged record in a sealed segment the start skipped
            try forge(segment: try Surgery.segments(dir.path)[0], record: 1)
            guard case .damaged(let message) = PrefixAudit.run(directory: dir.path, prefix: prefix) else {
                Issue.record("damage in a skipped segment was not found")
                return
            }
            #expect(message.contains(".seg") || message.contains("segment"))
        }
    }
}
