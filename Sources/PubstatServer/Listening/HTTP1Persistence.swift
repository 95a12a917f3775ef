import NIOCore
import NIOHTTP1

/// HTTP/1 connection rules Hummingbird leaves out, where the HTTP version is still known (between
/// NIO's HTTP/1 decoder and the conversion to version-less HTTP types):
///
/// - **Persistence.** A request that does not ask to keep the connection (HTTP/1.0 without
///   `Connection: keep-alive`, or any request with `Connection: close`) gets `Connection: close`
///   on its response, and the connection is closed once that response is written. An HTTP/1.0
///   request that asks to keep it gets `Connection: keep-alive`. Each response goes out in the
///   request's version, so an HTTP/1.0 client never receives chunked encoding.
/// - **Malformed requests.** A request line or header the parser rejects is answered with the
///   API's JSON error (400, `{"error": {"status": 400, "message": …}}`) and `Connection: close`,
///   instead of Hummingbird's empty 400, and the connection is closed after it. When requests read
///   before it (pipelined in the same bytes) still wait for their answers, the 400 follows the last
///   of them (unless that one closes the connection).
final class HTTP1Persistence: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// Puts a new handler where the HTTP version is still known: right after NIO's request
    /// decoder (and, outbound, before its response encoder).
    static func insert(into pipeline: ChannelPipeline.SynchronousOperations) throws {
        let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
        try pipeline.addHandler(HTTP1Persistence(), position: .after(decoder))
    }

    /// What each request read and not yet fully answered asked for, oldest first.
    private var pending: [(version: HTTPVersion, keepAlive: Bool)] = []
    /// The last request read has been read to its end.
    private var lastRequestRead = true
    /// A parser error inside a request's body, passed on to fail that request: Hummingbird's
    /// answer to it (an empty 400) is replaced by the JSON one.
    private var parseErrorPassedOn: HTTPParserError?
    /// A parser error has been answered (or will be): the decoder may report it again as the
    /// connection closes, and a connection gets one 400.
    private var parseErrorSeen = false
    /// Parts of Hummingbird's empty 400 still to drop.
    private var droppingReplacedAnswer = false
    /// A parser error met while requests before it still waited for their answers: answered after them.
    private var parseErrorAfterPending: HTTPParserError?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            pending.append((head.version, head.isKeepAlive))
            lastRequestRead = false
        case .body:
            break
        case .end:
            lastRequestRead = true
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard let request = pending.first else {
            let part = unwrapOutboundIn(data)
            if let parseError = parseErrorPassedOn, case .head = part {
                parseErrorPassedOn = nil
                droppingReplacedAnswer = true
                promise?.succeed(())
                answer(parseError, context: context)
            } else if droppingReplacedAnswer {
                if case .end = part { droppingReplacedAnswer = false }
                promise?.succeed(())
            } else {
                context.write(data, promise: promise)
            }
            return
        }
        switch unwrapOutboundIn(data) {
        case .head(var head) where head.status.code >= 200:
            head.version = request.version
            if !request.keepAlive {
                head.headers.replaceOrAdd(name: "connection", value: "close")
            } else if request.version == .http1_0 {
                head.headers.replaceOrAdd(name: "connection", value: "keep-alive")
            }
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .end:
            pending.removeFirst()
            guard !request.keepAlive else {
                context.write(data, promise: promise)
                if pending.isEmpty, let parseError = parseErrorAfterPending {
                    parseErrorAfterPending = nil
                    answer(parseError, context: context)
                }
                return
            }
            let channel = context.channel
            let written = context.writeAndFlush(data)
            written.cascade(to: promise)
            written.whenComplete { _ in channel.close(promise: nil) }
        default:
            context.write(data, promise: promise)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parseError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        guard !parseErrorSeen else { return }
        parseErrorSeen = true
        // An error inside a request's body fails that request: Hummingbird's to answer.
        guard lastRequestRead else {
            parseErrorPassedOn = parseError
            context.fireErrorCaught(error)
            return
        }
        // Requests read whole before it get their answers first; the 400 follows the last of them.
        // (Passed on, the error would have Hummingbird answer an empty 400 in their place.)
        guard pending.isEmpty else {
            parseErrorAfterPending = parseErrorAfterPending ?? parseError
            return
        }
        answer(parseError, context: context)
    }

    /// Writes the JSON 400 for `parseError` and closes the connection.
    private func answer(_ parseError: HTTPParserError, context: ChannelHandlerContext) {
        let body = APIError(.badRequest, Self.message(parseError)).jsonBody
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: JSONResponse.contentType)
        headers.add(name: "content-length", value: "\(body.readableBytes)")
        headers.add(name: "connection", value: "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .badRequest, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }

    /// What was wrong, and what a request should look like.
    static func message(_ error: HTTPParserError) -> String {
        "malformed HTTP request (\(error.debugDescription)); send an HTTP/1.1 request line such as "
            + "`GET /v1/status HTTP/1.1` and `Name: value` header lines, each ending in CRLF"
    }
}
