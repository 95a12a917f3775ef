import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// One HTTP/1.1 request and its response over a fresh Unix-socket connection (`Connection: close`).
enum UnixHTTPExchange {
    typealias Connection = NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>

    static func send(
        _ method: HTTPMethod, _ target: String, accept: String = "application/json", body: [UInt8] = [], socketPath: String, timeout: TimeAmount
    ) async throws -> HTTPReply {
        let connection = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .connect(unixDomainSocketPath: socketPath) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        // The deadline closes the connection, which ends the exchange below with an error; the
        // flag tells that error apart from the daemon closing the connection.
        let expired = DeadlineFlag()
        let deadline = connection.channel.eventLoop.scheduleTask(in: timeout) {
            expired.set()
            connection.channel.close(promise: nil)
        }
        defer { deadline.cancel() }
        do {
            return try await exchange(method, target, accept: accept, body: body, on: connection)
        } catch {
            if expired.isSet { throw ExchangeFailure.deadline }
            throw error
        }
    }

    private static func exchange(
        _ method: HTTPMethod, _ target: String, accept: String, body: [UInt8], on connection: Connection
    ) async throws -> HTTPReply {
        try await connection.executeThenClose { inbound, outbound in
            var head = HTTPRequestHead(version: .http1_1, method: method, uri: target)
            head.headers.add(name: "Host", value: "pubstatd")
            head.headers.add(name: "Accept", value: accept)
            head.headers.add(name: "User-Agent", value: "pubstatctl")
            head.headers.add(name: "Connection", value: "close")
            var parts: [HTTPClientRequestPart] = [.head(head), .end(nil)]
            if !body.isEmpty {
                head.headers.add(name: "Content-Type", value: "application/json")
                head.headers.add(name: "Content-Length", value: String(body.count))
                parts = [.head(head), .body(.byteBuffer(ByteBuffer(bytes: body))), .end(nil)]
            }
            do {
                // One write: a daemon may answer a bodiless GET as soon as it has the head, and
                // close (Connection: close) before a separate write of the end could follow.
                try await outbound.write(contentsOf: parts)
            } catch {
                // Closed while writing: the answer may be there all the same; reading tells.
            }
            return try await readReply(inbound)
        }
    }

    private static func readReply(_ inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>) async throws -> HTTPReply {
        var reply: HTTPReply?
        for try await part in inbound {
            switch part {
            case .head(let head):
                var fields: [String: String] = [:]
                for (name, value) in head.headers { fields[name.lowercased(), default: ""] += fields[name.lowercased()] == nil ? value : ", " + value }
                reply = HTTPReply(status: Int(head.status.code), contentType: head.headers.first(name: "Content-Type"), body: [], headers: fields)
            case .body(let buffer):
                reply?.body.append(contentsOf: buffer.readableBytesView)
            case .end:
                guard let reply else { throw ExchangeFailure.incomplete }
                return reply
            }
        }
        throw ExchangeFailure.incomplete
    }

    enum ExchangeFailure: Error {
        /// The connection closed before a whole response arrived.
        case incomplete
        /// The timeout passed before the whole response arrived.
        case deadline
    }

    /// Set once by the deadline task on the event loop, read by the awaiting task.
    final class DeadlineFlag: Sendable {
        private let value = Atomic<Bool>(false)
        func set() { value.store(true, ordering: .releasing) }
        var isSet: Bool { value.load(ordering: .acquiring) }
    }
}
