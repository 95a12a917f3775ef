import Foundation

/// A task executor whose jobs run on the thread that drains it: the fuzz target's own thread.
/// The serving task of every input runs on it, so a connection's tasks, its `EmbeddedEventLoop`
/// and the harness share one thread, with no hop to another thread and no polling between them.
final class InlineExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [UnownedJob] = []

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        queue.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Runs the queued jobs, and those they queue, until none is left; says whether it ran any.
    func runQueued() -> Bool {
        var ran = false
        while true {
            condition.lock()
            let jobs = queue
            queue.removeAll(keepingCapacity: true)
            condition.unlock()
            if jobs.isEmpty { return ran }
            ran = true
            for job in jobs { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }

    /// Waits until a job is queued (by another thread: a continuation resumed elsewhere) or
    /// `deadline` passes; says whether one was.
    func waitForJob(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty {
            if !condition.wait(until: deadline) { return !queue.isEmpty }
        }
        return true
    }
}
