import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PubstatModel
import PubstatProjections

/// pubstatd's API as one connection sees it, whatever carries the bytes: the router with its
/// middleware (JSON errors, query checks, the admin gate, the response cache, CSV/JSON) and the
/// HTTP/1 channel pipeline around it (NIO's codec, the request-head deadline, Hummingbird's
/// handlers, ``HTTP1Persistence``).
///
/// ``PubstatHTTPServer`` serves every accepted socket connection with one; the HTTP fuzz target
/// feeds one in-memory channels. Build it once: the router, and so the response cache, is shared
/// by every connection.
public struct PubstatHTTPApplication: Sendable {
    /// Hummingbird's HTTP/1.1 settings for every connection (handlers, idle timeout).
    let configuration: HTTP1Channel.Configuration
    let respond: HTTPListener.PeerResponder
    public let logger: Logger

    public init(
        queries: any PubstatQueries, admins: AdminPolicy, metrics: ServerMetrics? = nil, limits: ServerLimits, logger: Logger
    ) {
        let responder = PubstatHTTPServer.makeRouter(queries: queries, admins: admins, metrics: metrics).buildResponder()
        configuration = PubstatHTTPServer.http1Configuration(limits: limits)
        respond = PubstatHTTPServer.respond(with: responder, logger: logger)
        self.logger = logger
    }

    /// Sets up `channel`'s pipeline for HTTP/1 requests; run it on the channel's event loop
    /// (it is a completed future there). Serve the value with ``serve(_:peer:)``.
    public func setUp(channel: any Channel) -> EventLoopFuture<HTTP1Channel.Value> {
        http(for: nil).setup(channel: channel, logger: logger).flatMapThrowing { value in  // the pipeline needs no responder
            try HTTP1Persistence.insert(into: channel.pipeline.syncOperations)
            return value
        }
    }

    /// Answers the requests of a connection set up by ``setUp(channel:)`` on behalf of `peer`
    /// (nil when unknown: refused every admin request) until it closes.
    public func serve(_ connection: HTTP1Channel.Value, peer: Peer?) async {
        await http(for: peer).handle(value: connection, logger: logger)
    }

    /// Hummingbird's HTTP/1.1 channel answering with ``respond`` on behalf of `peer`.
    private func http(for peer: Peer?) -> HTTP1Channel {
        let respond = self.respond
        return HTTP1Channel(
            responder: { request, writer, channel in try await respond(request, writer, channel, peer) },
            configuration: configuration)
    }
}
