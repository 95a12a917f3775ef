import Foundation
import Synchronization
@testable import PubstatLog
import PubstatModel
import PubstatPosix
import Testing

@Suite("Event log: append and replay")
struct EventLogRoundTripTests {
    @Test func roundTrip() async throws {
        try await withTemporaryDirectory { dir in
            let events = SampleEvents.mixed(25)
            let log = try EventLog.open(directory: dir.path)
            #expect(log.recovery == nil)
            #expect(log.head.lastSequence == 0)
            #expect(log.head.headHash == String(repeating: "0", count: 64))
            let first = try await log.append(Array(events[..<10]))
            let second = try await log.append(Array(events[10...]))
            #expect(first.map(\.sequence) == Array(1...10))
            #expect(second.map(\.sequence) == Array(11...25))
            let replayed = try log.all()
            #expect(replayed == first + second)
            #expect(replayed.map(\.event) == events)
            #expect(log.head.lastSequence == 25 && log.head.recordCount == 25 && log.head.segmentCount == 1)
            let from20 = try { var seen: [UInt64] = []; try log.replay(from: 20) { seen.append($0.sequence) }; return seen }()
            #expect(from20 == Array(20...25))
            let head = log.head
            log.close()

            let report = try LogVerifier.verify(directory: dir.path)
            #expect(report.records == 25 && report.headHash == head.headHash && report.tornTail == nil)
            #expect(report.byteCount == head.byteCount)

            let reopened = try EventLog.open(directory: dir.path)
            #expect(reopened.head == head)
            #expect(try reopened.all() == replayed)
            let third = try await reopened.append([SampleEvents.rejected(99)])
            #expect(third.map(\.sequence) == [26])
            reopened.close()
            #expect(try LogVerifier.verify(directory: dir.path).records == 26)
        }
    }

    @Test func timesNeverGoBackwards() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path, options: .init(clock: { 5_000_000 }))
            _ = try await log.append([SampleEvents.ingested(1)])
            log.close()
            let again = try EventLog.open(directory: dir.path, options: .init(clock: { 1_000 }))
            let logged = try await again.append([SampleEvents.ingested(2)])
            #expect(logged[0].timestampMicros == 5_000_000)
        }
    }

    @Test func closedLogRefusesAppends() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path)
            log.close()
            log.close()
            await #expect(throws: EventLogError.self) { try await log.append([SampleEvents.ingested(1)]) }
            #expect(try await log.append([]).isEmpty)
        }
    }

    @Test func secondOpenerIsToldWhoHoldsTheDirectory() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path)
            do {
                _ = try EventLog.open(directory: dir.path)
                Issue.record("a second open succeeded")
            } catch let error as EventLogError {
                #expect(error.code == .locked)
                #expect(error.description.contains("another pubstatd is using \(dir.path)"))
            }
            log.close()
            _ = log
        }
    }

    @Test func lockIsReleasedWhenTheLogGoesAway() async throws {
        try await withTemporaryDirectory { dir in
            do { _ = try EventLog.open(directory: dir.path) }
            let again = try EventLog.open(directory: dir.path)
            again.close()
        }
    }
}

@Suite("Event log: group commit and segments")
struct GroupCommitTests {
    @Test func concurrentAppendsShareFdatasyncs() async throws {
        try await withTemporaryDirectory { dir in
            // The first group commit is held for a while (its record time is read from a clock
            // that waits once), so the other callers queue up behind it however fast the
            // filesystem's fdatasync is (on tmpfs it costs nothing and nothing would queue).
            let firstCommitHeld = Mutex(false)
            let clock: @Sendable () -> Int64 = {
                let hold = firstCommitHeld.withLock { held in
                    defer { held = true }
                    return !held
                }
                if hold { usleep(300_000) }
                return 1_700_000_000_000_000
            }
            let log = try EventLog.open(directory: dir.path, options: .init(clock: clock))
            let callers = 64
            let perCaller = 5
            let results = try await withThrowingTaskGroup(of: (Int, [LoggedEvent]).self) { group in
                for caller in 0..<callers {
                    group.addTask {
                        let events = (0..<perCaller).map { SampleEvents.ingested(caller * 100 + $0) }
                        return (caller, try await log.append(events))
                    }
                }
                var all: [(Int, [LoggedEvent])] = []
                for try await result in group { all.append(result) }
                return all
            }
            let stats = log.stats
            #expect(stats.appendCalls == UInt64(callers))
            #expect(stats.appendedEvents == UInt64(callers * perCaller))
            #expect(stats.fdatasyncs == stats.batches)
            #expect(stats.fdatasyncs < UInt64(callers), "64 concurrent callers should share fdatasyncs: \(stats)")
            for (caller, logged) in results {
                // One caller's events are contiguous and in order.
                let sequences = logged.map(\.sequence)
                #expect(sequences == Array(sequences[0] ..< sequences[0] + UInt64(perCaller)))
                #expect(logged.map(\.event) == (0..<perCaller).map { SampleEvents.ingested(caller * 100 + $0) })
            }
            let all = Set(results.flatMap { $0.1.map(\.sequence) })
            #expect(all == Set(1...UInt64(callers * perCaller)))
            #expect(try log.all().count == callers * perCaller)
            log.close()
            #expect(try LogVerifier.verify(directory: dir.path).records == UInt64(callers * perCaller))
        }
    }

    @Test func segmentsRollOver() async throws {
        try await withTemporaryDirectory { dir in
            let log = try EventLog.open(directory: dir.path, options: .init(segmentSize: 4096))
            let events = SampleEvents.mixed(60)
            try await appendOneByOne(log, Array(events[..<40]))
            _ = try await log.append(Array(events[40...]))  // one group commit larger than a segment
            let head = log.head
            #expect(head.segmentCount > 5)
            #expect(head.segmentCount == (try Surgery.segments(dir.path)).count)
            #expect(log.stats.segmentsCreated == UInt64(head.segmentCount))
            #expect(try log.all().map(\.event) == events)
            var fromMiddle: [UInt64] = []
            try log.replay(from: 37) { fromMiddle.append($0.sequence) }
            #expect(fromMiddle == Array(37...60))
            log.close()
            // Names carry the first sequence; every segment but the last holds whole group commits.
            let names = try Surgery.segments(dir.path).map { Posix.fileName(of: $0) }
            #expect(names.first == "00000000000000000001.seg")
            let report = try LogVerifier.verify(directory: dir.path)
            #expect(report.segments == head.segmentCount && report.records == 60 && report.headHash == head.headHash)
            let reopened = try EventLog.open(directory: dir.path, options: .init(segmentSize: 4096))
            #expect(reopened.head == head)
            _ = try await reopened.append([SampleEvents.rejected(1)])
            reopened.close()
            #expect(try LogVerifier.verify(directory: dir.path).records == 61)
        }
    }
}
