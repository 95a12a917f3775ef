import Hummingbird
import PubstatModel
import PubstatProjections

extension PubstatHTTPServer {
    /// The API's routes over `queries`. Every answer, errors included, is JSON, but list routes
    /// asked for CSV (``ResponseFormat``) and `/metrics` (Prometheus text, with `metrics`). The
    /// admin routes (``Route/admin``) answer only the peers `admins` allows.
    public static func makeRouter(
        queries: any PubstatQueries, admins: AdminPolicy, metrics: ServerMetrics? = nil
    ) -> Router<PubstatRequestContext> {
        let router = Router(context: PubstatRequestContext.self, options: [.autoGenerateHeadEndpoints])
        if let metrics { router.add(middleware: HTTPMetricsMiddleware(factory: metrics.factory)) }
        router.add(middleware: JSONErrorMiddleware())
        router.add(middleware: QueryCheckMiddleware())
        router.add(middleware: AdminGateMiddleware(policy: admins))
        // Answers of the read-only list routes, in JSON or CSV, kept while what they read is unchanged.
        let cache = ResponseCache(onProduced: { queries.answerProduced(in: $0) })
        // `inputs` is asked only for a query string the cache has not answered yet: a route that
        // reads its parameters there (and again in `produce`) answers a cached query without them.
        @Sendable func cached(
            _ request: Request, file: @autoclosure () -> String, inputs: () throws -> AnswerInputs = { .everything },
            _ produce: (ResponseFormat) async throws -> ByteBuffer
        ) async throws -> Response {
            let format = try ResponseFormat(request)
            let key = format.rawValue + " " + request.uri.path + "?" + (request.uri.query ?? "")
            return try await cache.answer(
                key, inputs: inputs, stamp: { queries.answerStamp(for: $0) }, respond: { format.response($0, file: file()) }
            ) {
                try await produce(format)
            }
        }
        router.get(RouterPath(Route.openAPI)) { _, _ in OpenAPIDocument.response }
        router.get(RouterPath(Route.health)) { _, _ in try JSONResponse.make(await queries.health()) }
        router.get(RouterPath(Route.status)) { _, _ in try JSONResponse.make(await queries.status()) }
        router.get(RouterPath(Route.budget)) { request, _ in
            try await cached(request, file: "budget", inputs: { try BudgetQuery(QueryParameters(request.uri.query)).inputs }) { format in
                try format.encode(await BudgetQuery(QueryParameters(request.uri.query)).run(on: queries))
            }
        }
        router.get(RouterPath(Route.visitors)) { request, _ in
            try await cached(request, file: "visitors") { try $0.encode(await queries.visitors()) }
        }
        router.get(RouterPath(Route.bulletins)) { request, _ in
            let query = try BulletinsQuery(QueryParameters(request.uri.query))
            return try await cached(request, file: "bulletins") { try $0.encode(await query.run(on: queries)) }
        }
        router.get(RouterPath(Route.bulletin)) { request, context in
            let text = try context.parameters.require("id")
            let file = "bulletin-" + String(text.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(64))
            return try await cached(request, file: file) { format in
                let id = try await BulletinLookup.resolve(text, in: queries)
                guard let detail = await queries.bulletin(id) else { throw APIError(.notFound, "no bulletin with id \(text)") }
                return try format.encode(detail)
            }
        }
        router.post(RouterPath(Route.reextract)) { _, context in
            let peer = try context.admin()
            return try await adminJob(failure: "re-extraction failed") { try await queries.reextract(requestedBy: peer) }
        }
        router.post(RouterPath(Route.rebuild)) { _, context in
            let peer = try context.admin()
            return try await adminJob(failure: "the rebuild failed; the projections in place stay") {
                try await queries.rebuild(requestedBy: peer)
            }
        }
        router.get(RouterPath(Route.unclassified)) { request, _ in
            let query = try UnclassifiedQuery(QueryParameters(request.uri.query))
            return try await cached(request, file: "unclassified") { try $0.encode(try await query.run(on: queries)) }
        }
        addSeriesRoutes(to: router, queries: queries, cached: cached)
        addActRoutes(to: router, queries: queries)
        router.get(RouterPath(Route.events)) { request, _ in
            let query = try EventsQuery(QueryParameters(request.uri.query))
            guard let feed = queries.eventFeed else { throw APIError(.notFound, "this server has no event feed") }
            return try await EventStream.response(query, feed: feed)
        }
        router.get(RouterPath(Route.metrics)) { _, _ in
            guard let metrics else { throw APIError(.notFound, "this server keeps no metrics") }
            let body = ByteBuffer(bytes: await metrics.exposition())
            return Response(status: .ok, headers: [.contentType: ServerMetrics.contentType], body: .init(byteBuffer: body))
        }
        return router
    }

    /// The answer of an admin job (a re-extraction, a rebuild), its refusals mapped to API errors: a request it cannot
    /// take is 422, one that clashes with a running job 409, any other failure 500 with `failure` and the error.
    private static func adminJob<Answer: Encodable>(
        failure: String, _ job: () async throws -> Answer
    ) async throws -> Response {
        do {
            return try JSONResponse.make(try await job())
        } catch let error as APIError {
            throw error
        } catch let error as QueryRefusal {
            throw APIError(.unprocessableContent, error.message)
        } catch let error as QueryConflict {
            throw APIError(.conflict, error.message)
        } catch {
            throw APIError(.internalServerError, "\(failure): \(error)")
        }
    }
}
