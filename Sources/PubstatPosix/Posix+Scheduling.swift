#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// The highest nice value Linux gives a thread: the lowest scheduling priority short of `SCHED_IDLE`.
public let maxNiceness: Int32 = 19

extension Posix {
    /// The calling thread (`pthread_self`, which cannot fail).
    public static func currentThread() -> pthread_t {
        pthread_self()
    }

    /// The calling thread's nice value: `getpriority(PRIO_PROCESS, 0)`. On Linux the nice value
    /// belongs to each thread (0 names the calling one), and a new thread inherits its creator's.
    public static func threadNiceness() throws -> Int32 {
        let thread = callingThread
        let value = try syscall("getpriority(PRIO_PROCESS)") { () -> Int32 in
            // -1 is also a nice value: errno, cleared first, tells it from a failure
            errno = 0
            let nice = getpriority(priorityOfProcess, thread)
            return nice == -1 && errno == 0 ? niceMinusOne : nice
        }
        return value == niceMinusOne ? -1 : value
    }

    /// Lowers the calling thread's scheduling priority: adds `increment` to its nice value, up to
    /// ``maxNiceness``, with `setpriority(PRIO_PROCESS, 0, …)`. Other threads keep theirs;
    /// threads it creates from now on inherit the new value. Raising a nice value needs no
    /// privilege (lowering it again would). Returns the nice value in force afterwards.
    @discardableResult
    public static func lowerThreadPriority(by increment: Int32) throws -> Int32 {
        let current = try threadNiceness()
        let target = min(maxNiceness, current + max(0, increment))
        guard target != current else { return current }
        let thread = callingThread
        try syscall("setpriority(PRIO_PROCESS)") { setpriority(priorityOfProcess, thread, target) }
        return target
    }
}

/// `who` for `getpriority`/`setpriority(PRIO_PROCESS, …)`: on Linux, 0 is the calling thread alone.
private let callingThread: id_t = 0

/// What ``Posix/threadNiceness()`` hands through the funnel for a real nice value of -1.
private let niceMinusOne = Int32.min

#if canImport(Glibc)
private let priorityOfProcess = __priority_which_t(PRIO_PROCESS.rawValue)
#else
private let priorityOfProcess = PRIO_PROCESS
#endif
