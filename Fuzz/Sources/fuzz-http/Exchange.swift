import NIOCore
import Synchronization
import Foundation
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

/// A future's result, for a future of an `EmbeddedEventLoop` that completes while the loop runs.
private final class Outcome<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}

extension Harness {
    /// Writes `input` to a fresh connection of the application in one read, as a client that
    /// sends it all and then shuts down its side (half-closure, as pubstatd allows), and
    /// collects the answer.
    ///
    /// The connection is an `EmbeddedChannel`: its event loop is this thread, and the task
    /// serving it (Hummingbird's HTTP/1 handling over `NIOAsyncChannel`, the router, the
    /// read model's queries) runs on ``executor``, which this thread drains. One input is one
    /// connection and one task, with no other thread, socket or sleep; the server is built once.
    func exchange(_ input: [UInt8]) throws -> Exchange {
        let channel = EmbeddedChannel()
        let loop = channel.embeddedEventLoop
        defer { try? loop.syncShutdownGracefully() }  // drops the timers the connection left (deadline, idle)
        channel.connect(to: try SocketAddress(unixDomainSocketPath: "/fuzz.sock"), promise: nil)
        guard channel.isActive else { fatalError("the embedded channel did not connect") }
        let application = self.application
        let connection = try now(application.setUp(channel: channel), loop)
        let observer = RequestObserver()
        let pipeline = channel.pipeline.syncOperations
        try pipeline.addHandler(observer, position: .after(try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)))
        let peer = self.peer, finished = Finished()
        Task(executorPreference: executor) {
            await application.serve(connection, peer: peer)
            finished.set()
        }
        settle(loop)  // the serving task waits for the first request
        // An error that reaches the end of the pipeline (a parser error fired on while a request
        // waits for its answer) is what NIO logs on a real socket; the embedded channel throws it.
        _ = try? channel.writeInbound(ByteBuffer(bytes: input))
        settle(loop)
        // A parser error must close the connection by itself; otherwise the client's end of input ends it.
        if observer.parserError != nil {
            drive(loop, until: { !channel.isActive }, "the connection stayed open after a parser error")
        } else if channel.isActive {
            channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        }
        drive(loop, until: { finished.isSet }, "the server did not finish with a connection whose client had sent everything")
        let openAtEnd = channel.isActive
        if openAtEnd {
            channel.close(promise: nil)
            settle(loop)
        }
        try? channel.throwIfErrorCaught()
        var output: [UInt8] = []
        while let part = try channel.readOutbound(as: IOData.self) {
            guard case .byteBuffer(let buffer) = part else { fatalError("a file region was written") }
            output += buffer.readableBytesView
        }
        return Exchange(requests: observer.requests, parserError: observer.parserError, output: output, openAtEnd: openAtEnd)
    }

    /// Runs the channel's event loop and the serving task's jobs until neither has anything left to run.
    private func settle(_ loop: EmbeddedEventLoop) {
        repeat { loop.run() } while executor.runQueued()
    }

    /// Settles, until `condition` holds; work from another thread (a continuation resumed
    /// elsewhere) is waited for, up to 10 seconds in all, then `failure` is a crash.
    private func drive(_ loop: EmbeddedEventLoop, until condition: () -> Bool, _ failure: String) {
        let deadline = Date(timeIntervalSinceNow: 10)
        while true {
            settle(loop)
            if condition() { return }
            if !executor.waitForJob(until: deadline) { fatalError(failure) }
        }
    }

    /// The value of a future of `loop`, once the loop and the serving task have run.
    private func now<Value>(_ future: EventLoopFuture<Value>, _ loop: EmbeddedEventLoop) throws -> Value {
        let outcome = Outcome<Value>()
        future.whenComplete { outcome.result = $0 }
        settle(loop)
        guard let result = outcome.result else { fatalError("a future of the embedded loop did not complete") }
        return try result.get()
    }
}
