import Foundation

/// A GET whose answer is read line by line as it arrives, for `GET /v1/events?follow=true`:
/// a raw HTTP/1.1 exchange on the Unix socket (the body comes chunked; lines are taken from
/// the chunks' payload, which never splits a JSON line's meaning).
final class StreamingRequest: @unchecked Sendable {
    private let fd: Int32
    private var pending: [UInt8] = []
    private var headerDone = false

    init(socketPath: String, path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TimeoutError(what: "socket() (errno \(errno))") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(socketPath.utf8.prefix(raw.count - 1))
            raw.copyBytes(from: bytes)
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { throw TimeoutError(what: "connect \(socketPath) (errno \(errno))") }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == request.count else {
            throw TimeoutError(what: "writing the request")
        }
    }

    deinit { close(fd) }

    /// The next body line that is JSON (chunk-size lines are skipped), or nil when the
    /// connection ends or `timeout` passes first.
    func nextLine(timeout: Duration) -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                pending.removeSubrange(...newline)
                if !headerDone {
                    if line.isEmpty { headerDone = true }
                    continue
                }
                if line.hasPrefix("{") { return line }
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return nil }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let millis = Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
            guard poll(&poller, 1, max(millis, 1)) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            pending.append(contentsOf: buffer[..<count])
        }
    }
}
