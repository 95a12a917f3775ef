import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A plain Unix-socket connection for requests no HTTP client would send: malformed ones,
/// HTTP/1.0, several on one connection.
final class RawConnection {
    let fd: Int32

    init(to path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path.utf8) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { close(fd); throw TestFailure("connect \(path): errno \(errno)") }
    }

    deinit { close(fd) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else { throw TestFailure("send: errno \(errno)") }
    }

    /// What arrives until the server closes the connection, or `within` passes; and whether it closed.
    /// Polls without blocking and sleeps in between: the server under test runs on the same
    /// cooperative threads, which a blocking read would take from it.
    func read(within: Duration) async throws -> (text: String, closed: Bool) {
        var received: [UInt8] = []
        let deadline = ContinuousClock.now + within
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 0) > 0 else {
                try await Task.sleep(for: .milliseconds(10))
                continue
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { return (String(decoding: received, as: UTF8.self), true) }
            received += buffer[0..<count]
        }
        return (String(decoding: received, as: UTF8.self), false)
    }

    /// Reads until `marker` has arrived `times` times (or `within` passes); what arrived.
    func read(until marker: String, times: Int = 1, within: Duration) async throws -> String {
        var text = ""
        let deadline = ContinuousClock.now + within
        while ContinuousClock.now < deadline, text.components(separatedBy: marker).count - 1 < times {
            let part = try await read(within: .milliseconds(100))
            text += part.text
            if part.closed { break }
        }
        return text
    }
}
