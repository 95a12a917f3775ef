#if canImport(Glibc)
import Glibc
#endif

/// Stands in for systemd's notify socket in tests: binds an AF_UNIX datagram socket at a fresh
/// temporary path and collects what `sd_notify` sends to it.
///
/// Start the daemon with `NOTIFY_SOCKET` set to ``path`` (see ``environment``), then wait for
/// assignments such as `READY=1` with ``waitFor(_:timeout:)``. Depends on Glibc only.
public final class NotifySocketListener: @unchecked Sendable {
    /// Why the listener could not be set up.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The socket's path, the value for `NOTIFY_SOCKET`.
    public let path: String
    private let directory: String
    private let descriptor: Int32
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var received: [String] = []

    public init() throws {
        var template = Array("/tmp/pubstat-notify-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else {
            throw Failure(description: "mkdtemp failed: \(String(cString: strerror(errno)))")
        }
        directory = String(cString: created)
        path = directory + "/notify.sock"

        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            rmdir(directory)
            throw Failure(description: "socket(AF_UNIX, SOCK_DGRAM) failed: \(String(cString: strerror(errno)))")
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: pathBytes.prefix(buffer.count - 1))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            rmdir(directory)
            throw Failure(description: "bind(\(path)) failed: \(reason)")
        }
        descriptor = fd
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        close(descriptor)
        unlink(path)
        rmdir(directory)
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// `["NOTIFY_SOCKET": path]`, to merge into a child process's environment.
    public var environment: [String: String] { ["NOTIFY_SOCKET": path] }

    /// Every datagram received so far, oldest first, e.g. `"READY=1\nSTATUS=ingested 0 bulletins, …"`.
    public var messages: [String] {
        withLock {
            drain()
            return received
        }
    }

    /// Every `KEY=value` line received so far, in order, across datagrams.
    public var assignments: [String] {
        messages.flatMap { $0.split(separator: "\n").map(String.init) }
    }

    /// The latest value sent for `key` (e.g. `STATUS`), or nil.
    public func lastValue(of key: String) -> String? {
        let prefix = key + "="
        return assignments.last { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// Waits until `condition` holds for the datagrams received so far; false on timeout.
    @discardableResult
    public func waitUntil(timeout: Duration = .seconds(10), _ condition: ([String]) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while true {
            if condition(messages) { return true }
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining <= .zero { return false }
            let slice = min(remaining, .milliseconds(50))
            var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = slice.components.seconds * 1_000 + slice.components.attoseconds / 1_000_000_000_000_000
            _ = poll(&pollDescriptor, 1, Int32(max(1, milliseconds)))
        }
    }

    /// Waits until some datagram contains the line `assignment` (e.g. `"READY=1"`); false on timeout.
    @discardableResult
    public func waitFor(_ assignment: String, timeout: Duration = .seconds(10)) -> Bool {
        waitUntil(timeout: timeout) { messages in
            messages.contains { $0.split(separator: "\n").contains { $0 == assignment } }
        }
    }

    /// Reads every pending datagram without blocking. Caller holds the lock.
    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT))
            }
            if count > 0 {
                received.append(String(decoding: buffer[..<count], as: UTF8.self))
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    private func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return body()
    }
}
