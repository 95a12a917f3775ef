#if canImport(Glibc)
import Glibc
#endif

/// `CLOCK_MONOTONIC`, the clock systemd uses for `MONOTONIC_USEC=` and watchdog timestamps.
enum MonotonicClock {
    static func nanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    static func microseconds() -> UInt64 {
        UInt64(nanoseconds() / 1_000)
    }
}
