#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// A `TaskExecutor` with threads of its own, optionally scheduled at a lower priority (a higher
/// nice value) than the rest of the process.
///
/// pubstatd runs intake (reading, hashing, extracting, folding, moving files) on one of these at
/// nice +10, and answers requests on another at the process's own priority: CPU-bound intake can
/// then never take the threads that answer queries, and when both want the CPU the kernel gives
/// it to the requests first. Swift's global pool cannot be used for either side: its threads are
/// shared, and it creates new ones from whichever thread enqueues work, so a thread whose nice
/// value was raised would pass it on to them.
///
/// Run work on it with `withTaskExecutorPreference(_:)`, `Task(executorPreference:)` or
/// `addTask(executorPreference:)`. Jobs run in the order they were enqueued, on whichever thread
/// is free. The threads live as long as the process unless ``shutdown()`` is called.
public final class ThreadPoolExecutor: TaskExecutor, @unchecked Sendable {
    /// What the threads are for, e.g. `intake`.
    public let name: String
    /// How much higher the threads' nice value is than their creator's (0: the same).
    public let niceIncrement: Int32

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    // guarded by `mutex`:
    private var jobs: [UnownedJob] = []
    private var nextJob = 0
    private var stopping = false
    private var running: [pthread_t] = []
    private var started: [pthread_t] = []
    private var failure: PosixError?

    /// Starts `threads` threads (at least one) for `name`, each of which adds `niceIncrement`
    /// to its nice value before it runs any job; returns once every thread has done so. The
    /// threads hold the executor until ``shutdown()``.
    public init(name: String, threads: Int, niceIncrement: Int32 = 0) {
        self.name = name
        self.niceIncrement = max(0, niceIncrement)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
        let count = max(1, threads)
        let threads = (0..<count).map { _ in Self.startThread { self.work() } }
        locked {
            running = threads
            while started.count < count { pthread_cond_wait(condition, mutex) }
        }
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        locked {
            jobs.append(job)
            pthread_cond_signal(condition)
        }
    }

    /// The threads, as `pthread_self()` names them in each.
    public var threads: [pthread_t] {
        locked { started }
    }

    /// Why a thread's priority could not be lowered, if it could not (it then runs jobs at its
    /// creator's priority): worth a warning in the log.
    public var priorityError: PosixError? {
        locked { failure }
    }

    /// Runs the jobs queued so far, then ends the threads and waits for them. Jobs enqueued
    /// afterwards never run: call it only when nothing can be waiting on this executor any more.
    public func shutdown() {
        let threads = locked {
            stopping = true
            pthread_cond_broadcast(condition)
            defer { running = [] }
            return running
        }
        for thread in threads { pthread_join(thread, nil) }
    }

    /// One thread's life: lower its priority, then run jobs until ``shutdown()``.
    private func work() {
        var lowered: PosixError?
        if niceIncrement > 0 {
            do { try Posix.lowerThreadPriority(by: niceIncrement) } catch { lowered = error as? PosixError }
        }
        let thread = Posix.currentThread()
        locked {
            started.append(thread)
            if let lowered { failure = lowered }
            pthread_cond_broadcast(condition)
        }
        let executor = asUnownedTaskExecutor()
        while let job = take() {
            job.runSynchronously(on: executor)
        }
    }

    /// The next job, waiting for one; nil once stopping and none is left.
    private func take() -> UnownedJob? {
        locked {
            while nextJob == jobs.count && !stopping { pthread_cond_wait(condition, mutex) }
            guard nextJob < jobs.count else { return nil }
            let job = jobs[nextJob]
            nextJob += 1
            if nextJob == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                nextJob = 0
            } else if nextJob >= 1_024 && nextJob * 2 >= jobs.count {
                jobs.removeFirst(nextJob)
                nextJob = 0
            }
            return job
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    private static func startThread(_ body: @escaping () -> Void) -> pthread_t {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { argument in
            Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue().run()
            return nil
        }, box)
        precondition(result == 0, "pthread_create failed with error \(result)")
        return thread
    }
}
