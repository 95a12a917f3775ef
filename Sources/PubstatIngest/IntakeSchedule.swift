/// Which ready inbox files intake prepares next, and which prepared batch it commits next, so
/// that a file dropped during a back-fill does not queue behind it (issue 11). Pure: the intake
/// loop reports the files that became ready and the steps that finished, and starts the steps
/// ``steps(stopping:)`` hands out.
///
/// **Fresh files.** A file is fresh when it becomes ready (is taken from the ``SettleQueue``)
/// while intake is working on earlier files (a batch is being prepared, waits for its commit or
/// is being committed, or files wait to be taken), with at most ``freshFiles`` files ready at the
/// same look: a bulletin or a few dropped during a back-fill. Up to ``freshFiles`` of them wait
/// in the ``IntakeLane/fresh`` lane: they are prepared at once in a small batch of their own,
/// beside the backlog's batch being prepared, and committed as soon as the commit in progress is
/// over, ahead of backlog batches prepared earlier. More files ready at one look (the rest of a
/// back-fill's renames, still arriving as the first batch is worked, or a second back-fill), and
/// fresh files the lane has no room for, go to the front of the backlog, ahead of the files that
/// were waiting: the fresh lane stays free for drops. Files that become ready while intake has
/// nothing to do start a backlog.
///
/// **In flight.** At most two backlog batches are in flight (one being committed while the next
/// is prepared), as before: a batch holds its files' bytes until its append. At most one fresh
/// batch is being prepared or waits for its commit, and one commit runs at a time: a commit
/// decides against the catalog which content is new, so a batch taken later and committed first
/// only turns the earlier batch's copy of the same content into a duplicate; two commits at once
/// could both find it new. A name already in a batch not yet committed (a file renamed over it
/// meanwhile) waits until that batch is committed.
struct IntakeSchedule {
    /// A ready file and its size in bytes.
    typealias File = (name: String, bytes: Int64)

    /// A batch handed out for preparing, then for committing.
    struct Batch: Equatable, Sendable {
        /// The order in which batches were taken, from 0.
        let number: Int
        let lane: IntakeLane
        /// The files, in the order they are read.
        let names: [String]
    }

    /// What the loop is to start now.
    enum Step: Equatable, Sendable {
        /// Read, extract and encode the batch (``IngestPipeline/prepare(_:seen:lane:)``), then report ``prepared(_:)``.
        case prepare(Batch)
        /// Commit the prepared batch (``IngestPipeline/ingest(_:)-(PreparedBatch)``), then report ``committed(_:)``.
        case commit(Batch)
    }

    /// The most files in a backlog batch.
    let maxFiles: Int
    /// The most bytes of files in any batch (a larger file is a batch alone).
    let maxBytes: Int64
    /// The most files waiting in the fresh lane, and so in a fresh batch.
    let freshFiles: Int

    /// Fresh files waiting, the next one last.
    private var fresh: [File] = []
    /// Backlog files waiting, the next one last.
    private var backlog: [File] = []
    /// The names in ``fresh`` and ``backlog``.
    private var waiting: Set<String> = []
    /// The names of batches handed out and not yet committed.
    private var inFlight: Set<String> = []
    private var preparing: [Batch] = []
    /// Prepared batches waiting for their commit, in the order they were taken.
    private var prepared: [Batch] = []
    private var committing: Batch?
    private var nextNumber = 0

    init(maxFiles: Int, maxBytes: Int64, freshFiles: Int) {
        self.maxFiles = max(1, maxFiles)
        self.maxBytes = maxBytes
        self.freshFiles = min(max(1, freshFiles), self.maxFiles)
    }

    /// True while a batch is being prepared, waits for its commit, or is being committed.
    var isWorking: Bool { !preparing.isEmpty || !prepared.isEmpty || committing != nil }
    /// True when no file waits and nothing is in flight.
    var isIdle: Bool { !isWorking && waiting.isEmpty }
    /// The files waiting to be taken into a batch.
    var waitingCount: Int { waiting.count }

    /// Notes files that became ready at one look, in the order given. A name already waiting
    /// keeps its place.
    mutating func arrive(_ files: [File]) {
        let arriving = files.filter { !waiting.contains($0.name) }
        let areFresh = !isIdle && arriving.count <= freshFiles
        var ahead: [File] = []
        for file in arriving where waiting.insert(file.name).inserted {
            if areFresh && fresh.count < freshFiles {
                fresh.insert(file, at: 0)
            } else {
                ahead.append(file)
            }
        }
        backlog.append(contentsOf: ahead.reversed())
    }

    /// Notes that a batch handed out by ``Step/prepare(_:)`` is prepared.
    mutating func prepared(_ batch: Batch) {
        guard let index = preparing.firstIndex(where: { $0.number == batch.number }) else {
            preconditionFailure("batch \(batch.number) was not being prepared")
        }
        preparing.remove(at: index)
        prepared.append(batch)
        prepared.sort { $0.number < $1.number }
    }

    /// Notes that a batch handed out by ``Step/commit(_:)`` is committed.
    mutating func committed(_ batch: Batch) {
        precondition(committing?.number == batch.number, "batch \(batch.number) was not being committed")
        committing = nil
        inFlight.subtract(batch.names)
    }

    /// The steps to start now, preparations first: the next commit (a fresh batch before backlog
    /// ones, each lane in the order taken) when none runs, a fresh batch when fresh files wait
    /// and no fresh batch is being prepared or waits, and the next backlog batch when none is
    /// being prepared or waits. `stopping` hands out commits only.
    mutating func steps(stopping: Bool = false) -> [Step] {
        var commit: Step?
        if committing == nil, let index = prepared.firstIndex(where: { $0.lane == .fresh }) ?? prepared.indices.first {
            let batch = prepared.remove(at: index)
            committing = batch
            commit = .commit(batch)
        }
        var steps: [Step] = []
        if !stopping {
            for lane in [IntakeLane.fresh, .backlog] where !hasPending(lane) {
                if let batch = take(lane) { steps.append(.prepare(batch)) }
            }
        }
        if let commit { steps.append(commit) }
        return steps
    }

    /// True when a batch of `lane` is being prepared or waits for its commit.
    private func hasPending(_ lane: IntakeLane) -> Bool {
        preparing.contains { $0.lane == lane } || prepared.contains { $0.lane == lane }
    }

    /// Takes the next batch of `lane` (nil when none of its files can be taken now).
    private mutating func take(_ lane: IntakeLane) -> Batch? {
        let names = lane == .fresh
            ? Self.cut(&fresh, maxFiles: freshFiles, maxBytes: maxBytes, passing: inFlight)
            : Self.cut(&backlog, maxFiles: maxFiles, maxBytes: maxBytes, passing: inFlight)
        guard !names.isEmpty else { return nil }
        waiting.subtract(names)
        let batch = Batch(number: nextNumber, lane: lane, names: names)
        nextNumber += 1
        inFlight.formUnion(names)
        preparing.append(batch)
        return batch
    }

    /// Takes files from the end of `stack` as ``IntakeBatchPlan`` allows, passing over (and
    /// leaving in place) the names in `inFlight`.
    private static func cut(_ stack: inout [File], maxFiles: Int, maxBytes: Int64, passing inFlight: Set<String>) -> [String] {
        var names: [String] = []
        var bytes: Int64 = 0
        var passed: [File] = []
        while let file = stack.last {
            if inFlight.contains(file.name) {
                passed.append(stack.removeLast())
                continue
            }
            guard IntakeBatchPlan.admits(file.bytes, count: names.count, bytes: bytes, maxFiles: maxFiles, maxBytes: maxBytes) else { break }
            stack.removeLast()
            names.append(file.name)
            bytes += max(0, file.bytes)
        }
        stack.append(contentsOf: passed.reversed())
        return names
    }
}
