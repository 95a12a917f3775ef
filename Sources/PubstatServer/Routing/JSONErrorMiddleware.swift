import Hummingbird

/// Turns every failure into a JSON error body with its status, including unknown paths (404)
/// and wrong methods (405), which the router reports as a bare not-found.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            return Self.miss(request).response
        } catch let error as HTTPError {
            return APIError(error.status, error.body ?? error.status.reasonPhrase, headers: error.headers).response
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return APIError(.internalServerError, "internal error: \(error)").response
        }
    }

    private static func miss(_ request: Request) -> APIError {
        let path = request.uri.path
        if let pattern = Route.pattern(of: path) {
            let allowed = Route.allowedMethods(pattern)
            let use = allowed == "POST" ? "use POST, e.g. `curl -X POST`" : "use GET (or HEAD)"
            return APIError(
                .methodNotAllowed, "\(request.method.rawValue) is not allowed on \(path); \(use)",
                headers: [.allow: allowed]
            )
        }
        return APIError(.notFound, "no such endpoint: \(path); see /v1/health, /v1/status, /v1/projections/budget, /v1/projections/visitors, /v1/bulletins, /v1/unclassified, /v1/indicators, /v1/series, /v1/figures/{id}, /v1/reextract (POST), /v1/rebuild (POST), /metrics")
    }
}
