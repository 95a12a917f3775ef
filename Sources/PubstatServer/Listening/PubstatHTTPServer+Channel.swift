import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

extension PubstatHTTPServer {
    /// Hummingbird's HTTP/1.1 child channel answering with the router's responder.
    static func http1Channel(responder: RouterResponder<BasicRequestContext>, limits: ServerLimits, logger: Logger) -> HTTP1Channel {
        HTTP1Channel(
            responder: { request, writer, channel in
                let context = BasicRequestContext(source: .init(channel: channel, logger: logger))
                let response: Response
                do {
                    response = try await responder.respond(to: request, context: context)
                } catch {
                    response = APIError(.internalServerError, "internal error: \(error)").response
                }
                try await writer.write(response: response.head, body: response.body)
            },
            configuration: .init(
                additionalChannelHandlers: [RequestHeadDeadline(timeout: limits.headerTimeout)],
                idleTimeout: TimeAmount(limits.idleTimeout)
            )
        )
    }
}
