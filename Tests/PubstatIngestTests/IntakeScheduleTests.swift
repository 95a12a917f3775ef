@testable import PubstatIngest
import Testing

/// Issue 11: a file dropped while intake works on a back-fill is prepared at once and committed
/// right after the commit in progress, ahead of the backlog, which is still drained in full:
/// nothing lost, nothing taken twice, one commit at a time.
@Suite struct IntakeScheduleTests {
    private static func files(_ prefix: String, _ count: Int, bytes: Int64 = 10) -> [IntakeSchedule.File] {
        (0..<count).map { (name: "\(prefix)\($0)", bytes: bytes) }
    }

    private static func prepared(_ steps: [IntakeSchedule.Step]) -> [IntakeSchedule.Batch] {
        steps.compactMap { if case .prepare(let batch) = $0 { batch } else { nil } }
    }

    private static func committed(_ steps: [IntakeSchedule.Step]) -> [IntakeSchedule.Batch] {
        steps.compactMap { if case .commit(let batch) = $0 { batch } else { nil } }
    }

    @Test func aFileDroppedDuringABackfillIsPreparedAtOnceAndCommittedAheadOfTheBacklog() {
        var schedule = IntakeSchedule(maxFiles: 4, maxBytes: 1_000, freshFiles: 2)
        schedule.arrive(Self.files("b", 12))  // idle: a backlog
        let first = Self.prepared(schedule.steps())
        #expect(first.map(\.names) == [["b0", "b1", "b2", "b3"]] && first[0].lane == .backlog)

        schedule.arrive([(name: "drop", bytes: 10)])  // while b0… is prepared: fresh
        let fresh = Self.prepared(schedule.steps())
        #expect(fresh.count == 1 && fresh[0].names == ["drop"] && fresh[0].lane == .fresh)

        // The backlog's batch is prepared first: its commit starts, the next backlog batch is prepared.
        schedule.prepared(first[0])
        let steps = schedule.steps()
        #expect(Self.committed(steps) == [first[0]])
        let second = Self.prepared(steps)
        #expect(second.map(\.names) == [["b4", "b5", "b6", "b7"]])
        // Both prepared while the commit runs: the fresh batch is committed next, then the backlog's.
        schedule.prepared(second[0])
        schedule.prepared(fresh[0])
        #expect(schedule.steps().isEmpty)  // one commit at a time
        schedule.committed(first[0])
        #expect(Self.committed(schedule.steps()) == [fresh[0]])
        schedule.committed(fresh[0])
        let next = schedule.steps()
        #expect(Self.committed(next) == [second[0]])
        #expect(Self.prepared(next).map(\.names) == [["b8", "b9", "b10", "b11"]])
    }

    @Test func manyFilesReadyAtOnceAndFreshFilesTheLaneHasNoRoomForGoToTheFrontOfTheBacklog() {
        var schedule = IntakeSchedule(maxFiles: 4, maxBytes: 1_000, freshFiles: 2)
        schedule.arrive(Self.files("b", 8))
        let first = Self.prepared(schedule.steps())
        schedule.arrive(Self.files("n", 3))  // more than the fresh lane at one look: a back-fill
        #expect(schedule.steps().isEmpty)
        schedule.arrive([(name: "d0", bytes: 10)])
        let fresh = Self.prepared(schedule.steps())
        #expect(fresh.map(\.names) == [["d0"]] && fresh[0].lane == .fresh)
        for name in ["d1", "d2", "d3"] { schedule.arrive([(name: name, bytes: 10)]) }  // the lane holds two
        schedule.prepared(first[0])
        let steps = schedule.steps()
        #expect(Self.committed(steps) == [first[0]])
        #expect(Self.prepared(steps).map(\.names) == [["d3", "n0", "n1", "n2"]])
        schedule.prepared(fresh[0])
        schedule.committed(first[0])
        let next = schedule.steps()  // the fresh batch is committed while the next one is prepared
        #expect(Self.committed(next) == [fresh[0]])
        #expect(Self.prepared(next).map(\.names) == [["d1", "d2"]])
        #expect(schedule.waitingCount == 4)  // b4…b7
    }

    @Test func aNameInABatchNotYetCommittedIsNotTakenAgainBeforeItsCommit() {
        var schedule = IntakeSchedule(maxFiles: 4, maxBytes: 1_000, freshFiles: 2)
        schedule.arrive(Self.files("b", 2))
        let first = Self.prepared(schedule.steps())
        schedule.arrive([(name: "b1", bytes: 10)])  // renamed over while its batch is prepared
        #expect(schedule.steps().isEmpty)
        schedule.prepared(first[0])
        #expect(Self.prepared(schedule.steps()).isEmpty)
        schedule.committed(first[0])
        #expect(Self.prepared(schedule.steps()).map(\.names) == [["b1"]])
    }

    @Test func batchesAreBoundedInBytesAndStoppingStartsNoPreparation() {
        var schedule = IntakeSchedule(maxFiles: 256, maxBytes: 25, freshFiles: 16)
        schedule.arrive(Self.files("b", 5))
        let first = Self.prepared(schedule.steps())
        #expect(first.map(\.names) == [["b0", "b1"]])
        schedule.prepared(first[0])
        let stopping = schedule.steps(stopping: true)
        #expect(stopping == [.commit(first[0])])
        schedule.committed(first[0])
        #expect(schedule.steps(stopping: true).isEmpty)
        #expect(!schedule.isWorking && schedule.waitingCount == 3)
    }

    /// Files arriving at every step, steps ending in a seeded order: every file is committed
    /// exactly once, never two commits at once, and the backlog is drained.
    @Test func everyFileIsCommittedOnceWhateverTheOrderOfEvents() {
        var random = Knuth(state: 11)
        var schedule = IntakeSchedule(maxFiles: 7, maxBytes: 1_000, freshFiles: 3)
        var arrived = 0
        var committed: [String] = []
        var preparing: [IntakeSchedule.Batch] = []
        var committing: IntakeSchedule.Batch?
        for round in 0..<2_000 {
            if round < 1_500, random.next() % 3 == 0 {
                let count = Int(random.next() % 5)
                schedule.arrive((0..<count).map { (name: "f\(arrived + $0)", bytes: 10) })
                arrived += count
            }
            for step in schedule.steps() {
                switch step {
                case .prepare(let batch): preparing.append(batch)
                case .commit(let batch):
                    #expect(committing == nil)
                    committing = batch
                }
            }
            if !preparing.isEmpty, random.next() % 2 == 0 {
                schedule.prepared(preparing.remove(at: Int(random.next() % UInt64(preparing.count))))
            } else if let batch = committing, random.next() % 2 == 0 {
                schedule.committed(batch)
                committed += batch.names
                committing = nil
            }
        }
        #expect(schedule.isIdle)
        #expect(committed.count == arrived)
        #expect(Set(committed) == Set((0..<arrived).map { "f\($0)" }))
    }

    /// A seeded linear congruential generator (Knuth's MMIX constants), so that a failure reproduces.
    private struct Knuth {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }
}
