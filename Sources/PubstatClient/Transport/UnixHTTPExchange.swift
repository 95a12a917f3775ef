import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP/1.1 request and its response over a fresh Unix-socket connection (`Connection: close`).
enum UnixHTTPExchange {
    typealias Connection = NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>

    static func send(_ method: HTTPMethod, _ target: String, socketPath: String, timeout: TimeAmount) async throws -> HTTPReply {
        let connection = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .connect(unixDomainSocketPath: socketPath) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        // The deadline closes the connection, which ends the exchange below with an error.
        let deadline = connection.channel.eventLoop.scheduleTask(in: timeout) {
            connection.channel.close(promise: nil)
        }
        defer { deadline.cancel() }
        return try await connection.executeThenClose { inbound, outbound in
            var head = HTTPRequestHead(version: .http1_1, method: method, uri: target)
            head.headers.add(name: "Host", value: "pubstatd")
            head.headers.add(name: "Accept", value: "application/json")
            head.headers.add(name: "User-Agent", value: "pubstatctl")
            head.headers.add(name: "Connection", value: "close")
            try await outbound.write(.head(head))
            try await outbound.write(.end(nil))
            return try await readReply(inbound)
        }
    }

    private static func readReply(_ inbound: NIOAsyncChannelInboundStream<HTTPClientResponsePart>) async throws -> HTTPReply {
        var reply: HTTPReply?
        for try await part in inbound {
            switch part {
            case .head(let head):
                reply = HTTPReply(status: Int(head.status.code), contentType: head.headers.first(name: "Content-Type"), body: [])
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
    }
}
