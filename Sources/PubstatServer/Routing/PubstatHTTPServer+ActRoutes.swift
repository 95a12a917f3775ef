import Foundation
import Hummingbird
import PubstatModel
import PubstatProjections

extension PubstatHTTPServer {
    /// The admin acts, `POST` with a JSON body: `/v1/figures/{id}/correct` (`{"value": …,
    /// "fields": {…}, "reason": …}`), `/v1/figures/{id}/confirm` (`{"note": …}`, optional) and
    /// `/v1/bulletins/{id}/retract` (`{"reason": …}`). Each appends one event, with the requester
    /// the admin gate let through (``Route/admin``: root and pubstatd's own user), and answers with it.
    static func addActRoutes(to router: Router<PubstatRequestContext>, queries: any PubstatQueries) {
        router.post(RouterPath(Route.correct)) { request, context in
            let requester = try RequestPeer.requester(of: context)
            let id = try FigureLookup.id(try context.parameters.require("id"))
            let body = try await ActBody.required(CorrectionRequest.self, from: request)
            try ActBody.check(body)
            return try await act { try await $0.correct(id, body, by: requester) }
        }
        router.post(RouterPath(Route.confirm)) { request, context in
            let requester = try RequestPeer.requester(of: context)
            let id = try FigureLookup.id(try context.parameters.require("id"))
            let body = try await ActBody.optional(ConfirmationRequest.self, from: request) ?? ConfirmationRequest()
            return try await act { try await $0.confirm(id, body, by: requester) }
        }
        router.post(RouterPath(Route.retract)) { request, context in
            let requester = try RequestPeer.requester(of: context)
            let id = try await BulletinLookup.resolve(try context.parameters.require("id"), in: queries)
            let body = try await ActBody.required(RetractionRequest.self, from: request)
            guard !body.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw APIError(.badRequest, "reason must say why the bulletin is retracted")
            }
            return try await act { try await $0.retract(id, body, by: requester) }
        }

        @Sendable func act(_ perform: (any SeriesQueries) async throws -> ActReceipt) async throws -> Response {
            guard let series = queries.seriesQueries else { throw APIError(.unprocessableContent, "this server records no corrections") }
            do {
                return try JSONResponse.make(try await perform(series), status: .created)
            } catch let error as APIError {
                throw error
            } catch let error as ActRefusal {
                throw APIError(error.status == .notFound ? .notFound : .conflict, error.message)
            } catch {
                throw APIError(.internalServerError, "the act could not be recorded: \(error)")
            }
        }
    }
}
