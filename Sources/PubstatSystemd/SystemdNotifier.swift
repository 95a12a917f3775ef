import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Tells systemd about the daemon's state through `sd_notify` (`Type=notify` units).
///
/// Every call is a no-op when the process was not started by systemd (`NOTIFY_SOCKET` unset).
public struct SystemdNotifier: Sendable {
    public init() {}

    /// True when systemd (or a test harness) listens on `NOTIFY_SOCKET`.
    public var isSupervised: Bool {
        guard let path = getenv("NOTIFY_SOCKET") else { return false }
        return path.pointee != 0
    }

    /// `READY=1`: start-up is complete (log replayed, watcher running, socket listening).
    public func ready(status: String? = nil) throws(SystemdError) {
        var message = NotifyMessage(("READY", "1"))
        if let status { message.append("STATUS", status) }
        try send(message)
    }

    /// `STATUS=...`: the one-line status shown by `systemctl status`.
    public func status(_ text: String) throws(SystemdError) {
        try send(NotifyMessage(("STATUS", text)))
    }

    /// `WATCHDOG=1`: the daemon is alive. Prefer ``WatchdogService``, which pings only while loops are healthy.
    public func watchdogPing() throws(SystemdError) {
        try send(NotifyMessage(("WATCHDOG", "1")))
    }

    /// `STOPPING=1`: shutdown has begun.
    public func stopping(status: String? = nil) throws(SystemdError) {
        var message = NotifyMessage(("STOPPING", "1"))
        if let status { message.append("STATUS", status) }
        try send(message)
    }

    /// `RELOADING=1` with `MONOTONIC_USEC=` (required by systemd ≥ 253, harmless on 252).
    ///
    /// Send ``ready(status:)`` once the configuration has been re-read.
    public func reloading(status: String? = nil) throws(SystemdError) {
        var message = NotifyMessage(("RELOADING", "1"))
        message.append("MONOTONIC_USEC", String(MonotonicClock.microseconds()))
        if let status { message.append("STATUS", status) }
        try send(message)
    }

    /// `EXTEND_TIMEOUT_USEC=...`: asks for more time, e.g. while replaying a long log before `READY=1`.
    public func extendTimeout(by duration: Duration) throws(SystemdError) {
        try send(NotifyMessage(("EXTEND_TIMEOUT_USEC", String(Self.microseconds(duration)))))
    }

    /// The watchdog interval systemd expects pings within (`WatchdogSec=`), or nil when no watchdog is enabled.
    public func watchdogInterval() throws(SystemdError) -> Duration? {
        var usec: UInt64 = 0
        let result = sd_watchdog_enabled(0, &usec)
        if result < 0 { throw .watchdog(errno: -result) }
        guard result > 0, usec > 0 else { return nil }
        return .microseconds(Int64(clamping: usec))
    }

    func send(_ message: NotifyMessage) throws(SystemdError) {
        let result = sd_notify(0, message.text)
        if result < 0 { throw .notify(errno: -result) }
    }

    static func microseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return 0 }
        return UInt64(seconds) * 1_000_000 + UInt64(attoseconds / 1_000_000_000_000)
    }
}
