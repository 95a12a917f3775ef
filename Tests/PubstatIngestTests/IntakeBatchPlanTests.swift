@testable import PubstatIngest
import Testing

/// Batches are bounded in files and in bytes, keep the inbox order, and never drop or repeat a file.
@Suite struct IntakeBatchPlanTests {
    @Test func batchesAreBoundedByFilesAndBytes() {
        let files = (0..<10).map { (name: "f\($0)", bytes: Int64(10)) }
        #expect(IntakeBatchPlan.batches(files, maxFiles: 4, maxBytes: 1_000).map(\.count) == [4, 4, 2])
        #expect(IntakeBatchPlan.batches(files, maxFiles: 100, maxBytes: 25).map(\.count) == [2, 2, 2, 2, 2])
        #expect(IntakeBatchPlan.batches(files, maxFiles: 3, maxBytes: 25).flatMap { $0 } == files.map(\.name))
    }

    @Test func aFileLargerThanTheBudgetIsABatchAlone() {
        let files = [(name: "small", bytes: Int64(5)), (name: "huge", bytes: Int64(31 << 20)), (name: "tiny", bytes: Int64(1))]
        #expect(IntakeBatchPlan.batches(files, maxFiles: 256, maxBytes: 30 << 20) == [["small"], ["huge"], ["tiny"]])
        #expect(IntakeBatchPlan.batches([], maxFiles: 256, maxBytes: 1).isEmpty)
    }

    /// 24 files of 31 MB dropped at once, the case that peaked at 1.1–1.7 GB: at most one per batch.
    @Test func largeDropsAreCutOneFileAtATime() {
        let files = (0..<24).map { (name: "big\($0)", bytes: Int64(31_000_000)) }
        let batches = IntakeBatchPlan.batches(files, maxFiles: 256, maxBytes: IntakeService.Options().batchBytes)
        #expect(batches.count == 24 && batches.allSatisfy { $0.count == 1 })
    }
}
