import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

extension PubstatHTTPServer {
    /// Hummingbird's HTTP/1.1 settings: the request-head deadline and the idle timeout.
    static func http1Configuration(limits: ServerLimits) -> HTTP1Channel.Configuration {
        .init(
            additionalChannelHandlers: [RequestHeadDeadline(timeout: limits.headerTimeout)],
            idleTimeout: TimeAmount(limits.idleTimeout)
        )
    }

    /// Answers each request with the router's responder, in a ``PubstatRequestContext`` that
    /// carries the connection's peer.
    static func respond(with responder: RouterResponder<PubstatRequestContext>, logger: Logger) -> HTTPListener.PeerResponder {
        { request, writer, _, peer in
            let context = PubstatRequestContext(source: .init(logger: logger, peer: peer))
            let response: Response
            do {
                response = try await responder.respond(to: request, context: context)
            } catch {
                response = APIError(.internalServerError, "internal error: \(error)").response
            }
            try await writer.write(response: response.head, body: response.body)
        }
    }
}
