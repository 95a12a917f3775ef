import Hummingbird
import Logging
import PubstatModel

/// The one gate in front of every admin route: a request whose route is listed in
/// ``Route/admin`` and whose method is not GET or HEAD passes only when ``AdminPolicy`` allows
/// its peer (root or pubstatd's own uid); any other peer gets a 403 whose message says who may.
/// Every admin request is logged, let through or refused, with the peer's uid, user name and
/// pid and the action.
///
/// Adding an admin route takes two lines and no check of its own:
/// ```swift
/// // Route.swift: the pattern and the action, as the refusal and the log name it
/// static let admin = [reextract: "re-extract the stored bulletins", retract: "retract a bulletin"]
/// // the router: the handler runs only for an admin; `context.peer` is who to record in the event
/// router.post(RouterPath(Route.retract)) { request, context in
///     let peer = try context.admin()   // the Peer the gate let through
///     ...
/// }
/// ```
struct AdminGateMiddleware: RouterMiddleware {
    typealias Context = PubstatRequestContext

    let policy: AdminPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method != .get, request.method != .head,
              let pattern = Route.pattern(of: request.uri.path), let action = Route.admin[pattern] else {
            return try await next(request, context)
        }
        let line = "\(request.method.rawValue) \(request.uri.path)"
        var metadata: Logger.Metadata = ["action": "\(action)", "http.request": "\(line)"]
        if let peer = context.peer {
            metadata["peer.uid"] = "\(peer.uid)"
            metadata["peer.user"] = "\(peer.userName ?? "")"
            metadata["peer.gid"] = "\(peer.gid)"
            metadata["peer.pid"] = "\(peer.pid)"
        }
        guard policy.allows(context.peer) else {
            context.logger.warning("admin request refused: \(action)", metadata: metadata)
            throw APIError(.forbidden, policy.refusal(of: context.peer, action: action, request: line))
        }
        context.logger.notice("admin request allowed: \(action)", metadata: metadata)
        var admitted = context
        admitted.admitted = true
        return try await next(request, admitted)
    }
}

extension PubstatRequestContext {
    /// The peer of an admin request the ``AdminGateMiddleware`` let through: who to record in
    /// the events the route appends. Throws a 500 when the gate did not see the request, i.e.
    /// the route is missing from ``Route/admin``: an admin route left out of the table fails
    /// closed instead of serving everyone.
    public func admin() throws -> Peer {
        guard admitted, let peer else {
            throw APIError(.internalServerError, "\(endpointPath ?? "this route") is not declared in Route.admin; refusing to run it (a pubstat bug)")
        }
        return peer
    }
}
