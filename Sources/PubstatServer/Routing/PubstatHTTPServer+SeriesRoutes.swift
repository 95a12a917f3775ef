import Hummingbird
import PubstatModel
import PubstatProjections

extension PubstatHTTPServer {
    /// Caches an encoded answer per format, path and query while the version of what it reads
    /// (the inputs, by default everything) stays the same (see ``ResponseCache``); a CSV answer is
    /// offered for saving as `<file>.csv`.
    typealias CachedAnswer = @Sendable (
        Request, @autoclosure () -> String, () throws -> AnswerInputs, (ResponseFormat) async throws -> ByteBuffer
    ) async throws -> Response

    /// `GET /v1/indicators`, `GET /v1/series`, `GET /v1/figures/{id}`: read-only, cached like
    /// the other projection routes, in JSON or CSV (``ResponseFormat``).
    static func addSeriesRoutes(to router: Router<PubstatRequestContext>, queries: any PubstatQueries, cached: @escaping CachedAnswer) {
        router.get(RouterPath(Route.indicators)) { request, _ in
            try await cached(request, "indicators", { .everything }) { format in
                try format.encode(await queries.seriesQueries?.indicators() ?? IndicatorsReport(indicators: []))
            }
        }
        router.get(RouterPath(Route.series)) { request, _ in
            // The query is read when the cache has no answer to it (and for the CSV file's name).
            let parse = { () throws(APIError) -> SeriesQuery in try SeriesQuery(QueryParameters(request.uri.query)) }
            return try await cached(request, "series-" + ((try? parse())?.filter.indicator.rawValue ?? ""), { try parse().inputs }) { format in
                let query = try parse()
                guard let series = queries.seriesQueries else {
                    return try format.encode(SeriesReport(indicator: query.filter.indicator, asOf: query.filter.asOf,
                                                          history: query.filter.history, series: []))
                }
                return try format.encode(await query.run(on: series))
            }
        }
        router.get(RouterPath(Route.figure)) { request, context in
            let id = try FigureLookup.id(try context.parameters.require("id"))
            return try await cached(request, "figure-" + id.rawValue, { .everything }) { format in
                guard let explanation = await queries.seriesQueries?.figure(id) else {
                    throw APIError(.notFound, "no figure \(id): `pubstatctl bulletin ID` and `pubstatctl series INDICATOR` show figure ids")
                }
                return try format.encode(explanation)
            }
        }
    }
}

/// Reads the `{id}` of the figure routes.
enum FigureLookup {
    static func id(_ given: String) throws(APIError) -> FigureID {
        let text = (given.removingPercentEncoding ?? given).lowercased()
        guard FigureID.isWellFormed(text) else {
            throw APIError(.badRequest, "id must be a figure id such as 3f09a2c4b7d1-0123456789abcdef (12 hex digits, '-', 16 hex digits), got '\(given)'")
        }
        return FigureID(rawValue: text)
    }
}
