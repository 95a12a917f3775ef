import Hummingbird
import PubstatModel
import PubstatProjections

extension PubstatHTTPServer {
    /// The API's routes over `queries`. Every answer, errors included, is JSON.
    public static func makeRouter(queries: any PubstatQueries) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self, options: [.autoGenerateHeadEndpoints])
        router.add(middleware: JSONErrorMiddleware())
        router.add(middleware: QueryCheckMiddleware())
        router.get(RouterPath(Route.health)) { _, _ in try JSONResponse.make(await queries.health()) }
        router.get(RouterPath(Route.status)) { _, _ in try JSONResponse.make(await queries.status()) }
        router.get(RouterPath(Route.budget)) { request, _ in
            let query = try BudgetQuery(QueryParameters(request.uri.query))
            return try JSONResponse.make(await query.run(on: queries))
        }
        router.get(RouterPath(Route.visitors)) { _, _ in try JSONResponse.make(await queries.visitors()) }
        router.get(RouterPath(Route.bulletins)) { request, _ in
            switch try BulletinsQuery(QueryParameters(request.uri.query)) {
            case .all: try JSONResponse.make(await queries.bulletins())
            case .withoutFigures: try JSONResponse.make(await queries.bulletinsWithoutFigures())
            }
        }
        router.get(RouterPath(Route.bulletin)) { _, context in
            let text = try context.parameters.require("id")
            let id = try await BulletinLookup.resolve(text, in: queries)
            guard let detail = await queries.bulletin(id) else { throw APIError(.notFound, "no bulletin with id \(text)") }
            return try JSONResponse.make(detail)
        }
        router.post(RouterPath(Route.reextract)) { _, _ in
            do {
                return try JSONResponse.make(try await queries.reextract())
            } catch let error as APIError {
                throw error
            } catch let error as QueryRefusal {
                throw APIError(.unprocessableContent, error.message)
            } catch {
                throw APIError(.internalServerError, "re-extraction failed: \(error)")
            }
        }
        router.get(RouterPath(Route.unclassified)) { request, _ in
            let query = try UnclassifiedQuery(QueryParameters(request.uri.query))
            return try JSONResponse.make(try await query.run(on: queries))
        }
        return router
    }
}
