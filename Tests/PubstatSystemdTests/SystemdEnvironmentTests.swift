import PubstatTestSupport
import Glibc
import Testing

@testable import PubstatSystemd

/// Tests that set NOTIFY_SOCKET, WATCHDOG_* or LISTEN_* in this process's environment; serialized.
@Suite(.serialized) struct SystemdEnvironmentTests {
    @Test func notifierIsSilentWithoutNotifySocket() throws {
        unsetenv("NOTIFY_SOCKET")
        let notifier = SystemdNotifier()
        #expect(!notifier.isSupervised)
        try notifier.ready(status: "nobody listens")
    }

    @Test func notifierSendsLifecycleMessages() throws {
        let listener = try NotifySocketListener()
        setenv("NOTIFY_SOCKET", listener.path, 1)
        defer { unsetenv("NOTIFY_SOCKET") }
        let notifier = SystemdNotifier()
        #expect(notifier.isSupervised)

        try notifier.ready(status: StatusLine.format(ingested: 1_234, inInbox: 0, headSequence: 56_789))
        try notifier.status("rescanning")
        try notifier.watchdogPing()
        try notifier.reloading()
        try notifier.extendTimeout(by: .seconds(90))
        try notifier.stopping()

        #expect(listener.waitFor("STOPPING=1", timeout: .seconds(5)))
        let messages = listener.messages
        #expect(messages.count == 6)
        #expect(messages.first == "READY=1\nSTATUS=ingested 1,234 bulletins, 0 in inbox, head seq 56,789")
        #expect(messages.contains("STATUS=rescanning"))
        #expect(messages.contains("WATCHDOG=1"))
        #expect(messages.contains("EXTEND_TIMEOUT_USEC=90000000"))
        #expect(listener.lastValue(of: "STATUS") == "rescanning")

        let reload = try #require(messages.first { $0.hasPrefix("RELOADING=1\n") })
        let stamp = try #require(UInt64(reload.dropFirst("RELOADING=1\nMONOTONIC_USEC=".count)))
        let now = MonotonicClock.microseconds()
        #expect(stamp <= now && now - stamp < 60_000_000)
    }

    @Test func notifierReportsAMissingSocket() {
        setenv("NOTIFY_SOCKET", "/nonexistent/pubstat-notify.sock", 1)
        defer { unsetenv("NOTIFY_SOCKET") }
        #expect(throws: SystemdError.self) { try SystemdNotifier().ready() }
    }

    @Test func watchdogIntervalComesFromTheEnvironment() throws {
        setenv("WATCHDOG_USEC", "30000000", 1)
        setenv("WATCHDOG_PID", String(getpid()), 1)
        defer {
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        #expect(try SystemdNotifier().watchdogInterval() == .seconds(30))

        // systemd addresses another process: no watchdog for us.
        setenv("WATCHDOG_PID", String(getpid() + 1), 1)
        #expect(try SystemdNotifier().watchdogInterval() == nil)
    }

    @Test func noWatchdogWithoutEnvironment() throws {
        unsetenv("WATCHDOG_USEC")
        unsetenv("WATCHDOG_PID")
        #expect(try SystemdNotifier().watchdogInterval() == nil)
    }

    @Test func noListenersWithoutSocketActivation() throws {
        unsetenv("LISTEN_FDS")
        unsetenv("LISTEN_PID")
        #expect(try SocketActivation.listeners() == [])

        // Descriptors meant for another process are ignored, and the variables are cleared.
        setenv("LISTEN_FDS", "1", 1)
        setenv("LISTEN_PID", String(getpid() + 1), 1)
        #expect(try SocketActivation.listeners() == [])
        #expect(getenv("LISTEN_FDS") == nil)
    }
}
