import Foundation
import PubstatClient
import PubstatServer
import Testing

/// A client that trickles its request head a byte at a time is never idle, so Hummingbird's idle
/// timeout alone would keep its descriptor for ever; the header deadline closes it.
@Suite struct HeaderDeadlineTests {
    @Test func aTricklingRequestHeadIsCutOffAtTheDeadline() async throws {
        let directory = try TemporaryDirectory()
        let socketPath = directory.file("api.sock")
        let limits = ServerLimits(maxConnections: 16, headerTimeout: .seconds(1), idleTimeout: .seconds(60))
        let elapsed = try await withServer(on: .path(socketPath), limits: limits) { () async throws -> Duration in
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: socketPath.utf8) }
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            #expect(connected == 0)
            let start = ContinuousClock.now
            for byte in Array("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100) {
                var one = byte
                guard send(fd, &one, 1, Int32(MSG_NOSIGNAL)) == 1 else { break }  // closed by the server
                try await Task.sleep(for: .milliseconds(100))
            }
            return ContinuousClock.now - start
        }
        // uncut, the trickle takes 14 s; a starved 2-core test run was seen to need 6.6 s to notice the cut
        #expect(elapsed < .seconds(10), "the connection was cut after \(elapsed)")
        #expect(elapsed >= .milliseconds(900))
    }

    @Test func aPromptRequestIsAnswered() async throws {
        let directory = try TemporaryDirectory()
        // 1 s was seen to cut prompt requests when the parallel test run starved the 2 cores
        let limits = ServerLimits(maxConnections: 16, headerTimeout: .seconds(5), idleTimeout: .seconds(60))
        let status = try await withServer(on: .path(directory.file("api.sock")), limits: limits) {
            try await PubstatClient(socketPath: directory.file("api.sock"), timeout: .seconds(10)).get("/v1/health").status
        }
        #expect(status == 200)
    }
}
