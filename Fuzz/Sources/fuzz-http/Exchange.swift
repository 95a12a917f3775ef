import NIOCore
import Synchronization
import NIOEmbedded
import NIOHTTP1
import PubstatServer

/// What the server's HTTP/1 parser made of the input, seen right after NIO's request decoder.
struct ParsedRequest: Sendable {
    var method: HTTPMethod
    var version: HTTPVersion
    var keepAlive: Bool
    /// The request's end was parsed (head and whole body).
    var complete = false
}

/// One connection's exchange: what the parser read, what went back, and how it ended.
struct Exchange: Sendable {
    var requests: [ParsedRequest]
    var parserError: String?
    /// Every byte written to the client, in order.
    var output: [UInt8]
    /// The connection was still open once the server was done with it.
    var openAtEnd: Bool
}

/// Sits between NIO's request decoder and ``HTTP1Persistence`` and records what the decoder passes on.
final class RequestObserver: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    var requests: [ParsedRequest] = []
    var parserError: String?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            requests.append(ParsedRequest(method: head.method, version: head.version, keepAlive: head.isKeepAlive))
        case .body:
            break
        case .end:
            if !requests.isEmpty { requests[requests.count - 1].complete = true }
        }
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if parserError == nil, let error = error as? HTTPParserError { parserError = "\(error)" }
        context.fireErrorCaught(error)
    }
}

/// Set once the application is done with a connection.
final class Finished: Sendable {
    private let done = Mutex(false)
    var isSet: Bool { done.withLock { $0 } }
    func set() { done.withLock { $0 = true } }
}

extension Harness {
    /// Writes `input` to a fresh connection of the application in one read, as a client that
    /// sends it all and then shuts down its side (half-closure, as pubstatd allows), and
    /// collects the answer.
    func exchange(_ input: [UInt8]) async throws -> Exchange {
        let channel = NIOAsyncTestingChannel()
        let loop = channel.testingEventLoop
        try await channel.connect(to: SocketAddress(unixDomainSocketPath: "/fuzz.sock")).get()
        let application = self.application
        let connection = try await loop.executeInContext { application.setUp(channel: channel) }.get()
        let observer = try await loop.executeInContext {
            let observer = RequestObserver()
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(observer, position: .after(try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)))
            return NIOLoopBound(observer, eventLoop: loop)
        }
        let peer = self.peer, finished = Finished()
        let serving = Task {
            await application.serve(connection, peer: peer)
            finished.set()
        }
        // An error that reaches the end of the pipeline (a parser error fired on while a request
        // waits for its answer) is what NIO logs on a real socket; the testing channel throws it.
        _ = try? await channel.writeInbound(ByteBuffer(bytes: input))
        // A parser error must close the connection by itself; otherwise the client's end of input ends it.
        let erred = try await loop.executeInContext { observer.value.parserError != nil }
        if erred {
            try await drive(loop, until: { !channel.isActive }, "the connection stayed open after a parser error")
        } else if channel.isActive {
            channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        }
        try await drive(loop, until: { finished.isSet }, "the server did not finish with a connection whose client had sent everything")
        await serving.value
        let openAtEnd = channel.isActive
        if openAtEnd { try? await channel.close() }
        try? await channel.throwIfErrorCaught()
        var output: [UInt8] = []
        while let part = try await channel.readOutbound(as: IOData.self) {
            guard case .byteBuffer(let buffer) = part else { fatalError("a file region was written") }
            output += buffer.readableBytesView
        }
        let (requests, parserError) = try await loop.executeInContext { (observer.value.requests, observer.value.parserError) }
        return Exchange(requests: requests, parserError: parserError, output: output, openAtEnd: openAtEnd)
    }

    /// Runs the channel's event loop (the testing loop runs what its own tasks schedule only
    /// when told to) until `condition` holds, for at most 10 seconds.
    private func drive(_ loop: NIOAsyncTestingEventLoop, until condition: () -> Bool, _ failure: String) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            if ContinuousClock.now >= deadline { fatalError(failure) }
            await loop.run()
            try await Task.sleep(for: .microseconds(50))
        }
    }
}
