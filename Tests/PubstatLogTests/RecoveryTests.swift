@testable import PubstatLog
import PubstatModel
import PubstatPosix
import Testing

@Suite("Event log: recovery from interrupted writes")
struct RecoveryTests {
    @Test func truncatingTheLastRecordAtEveryByteLosesOnlyThatRecord() async throws {
        try await withTemporaryDirectory { dir in
            let events = SampleEvents.mixed(5)
            let log = try EventLog.open(directory: dir.path)
            try await appendOneByOne(log, events)
            let fullHead = log.head
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            let intact = try Posix.readFile(segment)
            let lastRecord = try Surgery.recordOffsets(segment).last!
            var expectedHash = ""
            for cut in lastRecord ..< intact.count {
                try Surgery.write(segment, Array(intact[..<cut]))
                let opened = try EventLog.open(directory: dir.path)
                if cut == lastRecord {
                    #expect(opened.recovery == nil)
                    expectedHash = opened.head.headHash
                } else {
                    let recovery = try #require(opened.recovery, "cut at \(cut)")
                    #expect(recovery.cutOffset == lastRecord && recovery.bytesRemoved == cut - lastRecord)
                    #expect(recovery.segment == segment)
                    // The torn record 5 is the one record removed (none when only zeros of it remain).
                    let onlyZeros = intact[lastRecord..<cut].allSatisfy { $0 == 0 }
                    #expect(recovery.lost.map(\.sequence) == (onlyZeros ? [] : [5]), "cut at \(cut)")
                    #expect(recovery.recordsRemoved == (onlyZeros ? 0 : 1) && recovery.reappended.isEmpty)
                    #expect(recovery.description.contains("byte \(lastRecord)"))
                }
                #expect(opened.head.lastSequence == 4)
                #expect(opened.head.headHash == expectedHash)
                #expect(try opened.all().map(\.event) == Array(events[..<4]))
                opened.close()
                #expect(try Posix.stat(segment).size == Int64(lastRecord))
            }
            // The log goes on from the cut.
            let reopened = try EventLog.open(directory: dir.path)
            let appended = try await reopened.append([events[4]])
            #expect(appended[0].sequence == 5)
            #expect(reopened.head.headHash != fullHead.headHash || reopened.head.lastTimestampMicros != fullHead.lastTimestampMicros)
            reopened.close()
            #expect(try LogVerifier.verify(directory: dir.path).records == 5)
        }
    }

    @Test func zerosAfterTheLastRecordAreCut() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path)
            try await appendOneByOne(log, SampleEvents.mixed(3))
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            let intact = try Posix.readFile(segment)
            try Surgery.write(segment, intact + [UInt8](repeating: 0, count: 8192))
            let verify = try LogVerifier.verify(directory: dir.path)
            #expect(verify.tornTail?.bytesRemoved == 8192)
            let opened = try EventLog.open(directory: dir.path)
            #expect(opened.recovery?.bytesRemoved == 8192)
            #expect(opened.recovery?.reason.contains("zero") == true)
            #expect(opened.head.lastSequence == 3)
        }
    }

    @Test func anUnfinishedGroupCommitKeepsItsIntactRecords() async throws {
        try await withTemporaryDirectory { dir in
            let events = SampleEvents.mixed(7)
            let log = try EventLog.open(directory: dir.path)
            _ = try await log.append(Array(events[..<2]))
            _ = try await log.append(Array(events[2...]))  // records 3...7, one group commit
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            let intact = try Posix.readFile(segment)
            let offsets = try Surgery.recordOffsets(segment)
            // Torn inside record 5: records 3 and 4 are intact and kept; 5, 6 and 7 are lost.
            try Surgery.write(segment, Array(intact[..<(offsets[4] + 30)]))
            let opened = try EventLog.open(directory: dir.path)
            let recovery = try #require(opened.recovery)
            #expect(recovery.cutOffset == offsets[4])
            #expect(recovery.lost.map(\.sequence) == [5, 6, 7])
            #expect(recovery.recordsRemoved == 3 && recovery.keptOfIncompleteCommit == 2)
            #expect(!recovery.description.contains("never acknowledged"))
            #expect(opened.head.lastSequence == 4)
            #expect(try opened.all().map(\.event) == Array(events[..<4]))
            _ = try await opened.append([events[4]])
            opened.close()
            // The kept records' commit was closed: the log verifies whole.
            let report = try LogVerifier.verify(directory: dir.path)
            #expect(report.tornTail == nil && report.records == 5)
        }
    }

    @Test func aCommitEndingOnARecordBoundaryKeepsItsRecordsAndNamesTheMissingOne() async throws {
        try await withTemporaryDirectory { dir in
            let events = SampleEvents.mixed(5)
            let log = try EventLog.open(directory: dir.path)
            _ = try await log.append(Array(events[..<2]))
            _ = try await log.append(Array(events[2...]))  // records 3, 4, 5
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            let offsets = try Surgery.recordOffsets(segment)
            try Surgery.write(segment, Array(try Posix.readFile(segment)[..<offsets[4]]))  // record 5 never written
            let opened = try EventLog.open(directory: dir.path)
            let recovery = try #require(opened.recovery)
            #expect(recovery.bytesRemoved == 0 && recovery.keptOfIncompleteCommit == 2)
            #expect(recovery.lost.map(\.sequence) == [5] && recovery.lost[0].why.contains("never written"))
            #expect(opened.head.lastSequence == 4)
            opened.close()
            #expect(try LogVerifier.verify(directory: dir.path).tornTail == nil)
        }
    }

    @Test func aBitFlipInTheMiddleRecordOfTheLastCommitLosesOnlyThatRecord() async throws {
        try await withTemporaryDirectory { dir in
            let events = SampleEvents.mixed(5)
            let log = try EventLog.open(directory: dir.path)
            _ = try await log.append(Array(events[..<2]))
            _ = try await log.append(Array(events[2...]))  // records 3, 4, 5: one acknowledged group commit
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            let offsets = try Surgery.recordOffsets(segment)
            try Surgery.flipBit(segment, byte: offsets[3] + 64 + 40, bit: 2)  // in record 4's payload

            let verify = try LogVerifier.verify(directory: dir.path)
            let planned = try #require(verify.tornTail)
            #expect(planned.lost.map(\.sequence) == [4] && planned.reappended.map(\.oldSequence) == [5])

            let opened = try EventLog.open(directory: dir.path)
            let recovery = try #require(opened.recovery)
            #expect(recovery.cutOffset == offsets[3])
            #expect(recovery.recordsRemoved == 2)
            #expect(recovery.lost.map(\.sequence) == [4])
            #expect(recovery.lost[0].offset == offsets[3] && recovery.lost[0].damagedPayload.count == offsets[4] - offsets[3] - 64)
            #expect(recovery.reappended == [RecoveryReport.ReappendedRecord(oldSequence: 5, newSequence: 4)])
            #expect(recovery.description.contains("record 4: checksum mismatch"))
            #expect(recovery.description.contains("record 5 is now 4"))
            #expect(!recovery.description.contains("never acknowledged"))
            // Records 1, 2, 3 where they were; record 5 (intact) follows as 4.
            #expect(try opened.all().map(\.event) == [events[0], events[1], events[2], events[4]])
            #expect(opened.head.lastSequence == 4)
            _ = try await opened.append([events[3]])
            opened.close()
            let report = try LogVerifier.verify(directory: dir.path)
            #expect(report.tornTail == nil && report.records == 5)
            let reopened = try EventLog.open(directory: dir.path)
            #expect(reopened.recovery == nil)
            reopened.close()
        }
    }

    @Test func aRecordAfterTheDamageWhoseChainCannotBeVerifiedIsLost() async throws {
        try await withTemporaryDirectory { dir in
            let events = SampleEvents.mixed(5)
            let log = try EventLog.open(directory: dir.path)
            _ = try await log.append(Array(events[..<2]))
            _ = try await log.append(Array(events[2...]))
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            let offsets = try Surgery.recordOffsets(segment)
            // The flip is in record 4's stored hash: record 5 no longer links to it.
            try Surgery.flipBit(segment, byte: offsets[3] + 40, bit: 1)
            let opened = try EventLog.open(directory: dir.path)
            let recovery = try #require(opened.recovery)
            #expect(recovery.lost.map(\.sequence) == [4, 5])
            #expect(recovery.reappended.isEmpty && recovery.recordsRemoved == 2)
            #expect(recovery.description.contains("cannot be verified"))
            #expect(opened.head.lastSequence == 3)
            opened.close()
        }
    }

    @Test func aLostMiddleOfTheLastGroupCommitKeepsWhatChecksOut() async throws {
        // Pages of an unsynced write can reach the disk out of order: record 4 lost, 5 and 6 present.
        try await withTemporaryDirectory { dir in
            let events = SampleEvents.mixed(6)
            let log = try EventLog.open(directory: dir.path)
            _ = try await log.append(Array(events[..<2]))
            _ = try await log.append(Array(events[2...]))  // records 3...6
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            var bytes = try Posix.readFile(segment)
            let offsets = try Surgery.recordOffsets(segment)
            for i in offsets[3] ..< offsets[4] { bytes[i] = 0 }
            try Surgery.write(segment, bytes)
            let opened = try EventLog.open(directory: dir.path)
            let recovery = try #require(opened.recovery)
            #expect(recovery.cutOffset == offsets[3])
            // Record 4's hash field is zeros: record 5's link cannot be verified, so 5 is lost;
            // 6 links to 5's stored hash and is kept.
            #expect(recovery.lost.map(\.sequence) == [4, 5])
            #expect(recovery.reappended.map(\.oldSequence) == [6])
            #expect(try opened.all().map(\.event) == [events[0], events[1], events[2], events[5]])
            opened.close()
            #expect(try LogVerifier.verify(directory: dir.path).tornTail == nil)
        }
    }
}

@Suite("Event log: corruption is never served")
struct CorruptionTests {
    /// Ten records, one group commit each; returns the segment path and record offsets.
    private func tenRecords(_ dir: TemporaryDirectory) async throws -> (String, [Int]) {
        let log = try EventLog.open(directory: dir.path)
        try await appendOneByOne(log, SampleEvents.mixed(10))
        log.close()
        let segment = try Surgery.segments(dir.path)[0]
        return (segment, try Surgery.recordOffsets(segment))
    }

    @Test func midLogCorruptionRefusesToOpen() async throws {
        try await withTemporaryDirectory { dir in
            let (segment, offsets) = try await tenRecords(dir)
            try Surgery.flipBit(segment, byte: offsets[2] + 64 + 10, bit: 3)
            do {
                _ = try EventLog.open(directory: dir.path)
                Issue.record("a corrupted log was opened")
            } catch let error as EventLogError {
                #expect(error.code == .corrupted)
                #expect(error.segment == segment && error.offset == offsets[2])
                #expect(error.description.contains("\(segment) at byte \(offsets[2])"))
                #expect(error.description.contains("checksum mismatch"))
                #expect(error.description.contains("pubstatctl verify"))
            }
            #expect(throws: EventLogError.self) { try LogVerifier.verify(directory: dir.path) }
            // Nothing was cut.
            #expect(try Posix.stat(segment).size == Int64(try Posix.readFile(segment).count))
        }
    }

    @Test func everyFieldOfARecordIsProtected() async throws {
        // Field offsets in the record header: length, CRC, sequence, time, batch index, batch count, hash, payload.
        let fields = [0, 1, 4, 7, 8, 12, 16, 20, 24, 28, 31, 32, 50, 63, 64, 100]
        for field in fields {
            try await withTemporaryDirectory { dir in
                let (segment, offsets) = try await tenRecords(dir)
                try Surgery.flipBit(segment, byte: offsets[4] + field, bit: field % 8)
                do {
                    _ = try LogVerifier.verify(directory: dir.path)
                    Issue.record("verify missed a flip at record field offset \(field)")
                } catch let error as EventLogError {
                    #expect(error.code == .corrupted)
                    #expect(error.segment == segment, "field \(field)")
                    #expect(error.offset == offsets[4], "field \(field): \(error)")
                }
                #expect(throws: EventLogError.self, "open, field \(field)") { try EventLog.open(directory: dir.path) }
            }
        }
    }

    @Test func randomBitFlipsAreAlwaysDetected() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path, options: .init(segmentSize: 8192))
            try await appendOneByOne(log, SampleEvents.mixed(40))
            log.close()
            let segments = try Surgery.segments(dir.path)
            let originals = try segments.map { try Posix.readFile($0) }
            let lastRecordOfLog = try Surgery.recordOffsets(segments.last!).last!
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<300 {
                let which = Int.random(in: 0 ..< segments.count, using: &generator)
                let byte = Int.random(in: 0 ..< originals[which].count, using: &generator)
                try Surgery.flipBit(segments[which], byte: byte, bit: Int.random(in: 0..<8, using: &generator))
                let inLastRecord = which == segments.count - 1 && byte >= lastRecordOfLog
                do {
                    let report = try LogVerifier.verify(directory: dir.path)
                    // Damage confined to the last group commit is indistinguishable from a tear.
                    #expect(inLastRecord && report.tornTail != nil, "flip in \(segments[which]) at \(byte) went unnoticed")
                } catch let error as EventLogError {
                    #expect(!inLastRecord || error.code == .corrupted)
                    #expect(error.segment == segments[which], "\(error)")
                }
                try Surgery.write(segments[which], originals[which])
            }
        }
    }

    @Test func damageInAnEarlierSegmentIsNeverATear() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path, options: .init(segmentSize: 4096))
            try await appendOneByOne(log, SampleEvents.mixed(20))
            log.close()
            let first = try Surgery.segments(dir.path)[0]
            let bytes = try Posix.readFile(first)
            try Surgery.write(first, Array(bytes.dropLast(10)))  // cut the tail of a non-last segment
            #expect(throws: EventLogError.self) { try EventLog.open(directory: dir.path) }
        }
    }

    @Test func tamperingWithAFixedChecksumBreaksTheHashChain() async throws {
        try await withTemporaryDirectory { dir in
            let (segment, offsets) = try await tenRecords(dir)
            var bytes = try Posix.readFile(segment)
            // Change a digit of a figure and recompute the CRC, as a careful forger would.
            let payload = offsets[5] + 64
            let digit = try #require(bytes[payload...].firstIndex { (49...56).contains($0) })
            bytes[digit] += 1
            Surgery.fixChecksum(&bytes, recordAt: offsets[5])
            try Surgery.write(segment, bytes)
            do {
                _ = try LogVerifier.verify(directory: dir.path)
                Issue.record("verify accepted an altered record")
            } catch let error as EventLogError {
                #expect(error.offset == offsets[5])
                #expect(error.description.contains("hash chain broken at record 6"))
            }
        }
    }
}

@Suite("Event log: gaps")
struct GapTests {
    @Test func aMissingSegmentIsAGap() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path, options: .init(segmentSize: 4096))
            try await appendOneByOne(log, SampleEvents.mixed(20))
            log.close()
            let segments = try Surgery.segments(dir.path)
            #expect(segments.count >= 3)
            try Posix.unlink(segments[1])
            do {
                _ = try EventLog.open(directory: dir.path)
                Issue.record("a log with a missing segment was opened")
            } catch let error as EventLogError {
                #expect(error.segment == segments[2])
                #expect(error.description.contains("gap: records"))
            }
        }
    }

    @Test func aSkippedSequenceIsAGapEvenWithAValidChecksum() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path)
            try await appendOneByOne(log, SampleEvents.mixed(6))
            log.close()
            let segment = try Surgery.segments(dir.path)[0]
            var bytes = try Posix.readFile(segment)
            let offsets = try Surgery.recordOffsets(segment)
            bytes[offsets[3] + 8] = 9  // record 4 claims to be record 9
            Surgery.fixChecksum(&bytes, recordAt: offsets[3])
            try Surgery.write(segment, bytes)
            do {
                _ = try EventLog.open(directory: dir.path)
                Issue.record("opened a log with a gap")
            } catch let error as EventLogError {
                #expect(error.offset == offsets[3])
                #expect(error.description.contains("gap: records 4…8 are missing"))
            }
        }
    }

    @Test func replayDetectsAGapThatAppearedAfterOpen() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path)
            try await appendOneByOne(log, SampleEvents.mixed(6))
            let segment = try Surgery.segments(dir.path)[0]
            var bytes = try Posix.readFile(segment)
            let offsets = try Surgery.recordOffsets(segment)
            bytes[offsets[2] + 8] = 7
            Surgery.fixChecksum(&bytes, recordAt: offsets[2])
            let fd = try Posix.open(segment, .writeOnly)
            try Posix.pwriteAll(fd, bytes, offset: 0)
            try Posix.close(fd)
            #expect(throws: EventLogError.self) { try log.replay { _ in } }
            log.close()
        }
    }
}
