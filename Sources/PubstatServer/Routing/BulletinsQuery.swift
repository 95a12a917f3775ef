import Foundation
import PubstatProjections

/// The filters of `GET /v1/bulletins`: with `?figures=none` only those from which no figure was
/// extracted; with `?since=T` only those ingested at or after `T` (`YYYY-MM-DD`, midnight UTC,
/// or a UTC time `2026-11-28T08:00:00Z`, as `ingested_at` shows it).
struct BulletinsQuery {
    enum Figures { case all, withoutFigures }

    var figures = Figures.all
    var since: Timestamp?

    init(_ parameters: QueryParameters) throws(APIError) {
        switch parameters["figures"] {
        case nil: figures = .all
        case "none": figures = .withoutFigures
        case let other?: throw APIError(.badRequest, "figures must be 'none' (bulletins without figures), got '\(other)'")
        }
        if let text = parameters["since"] {
            guard let since = Timestamp(iso: text.trimmingCharacters(in: .whitespaces)) else {
                throw APIError(.badRequest, "since must be a date YYYY-MM-DD or a UTC time such as 2026-11-28T08:00:00Z, got '\(text)'")
            }
            self.since = since
        }
    }

    func run(on queries: any PubstatQueries) async -> BulletinList {
        var list = figures == .all ? await queries.bulletins() : await queries.bulletinsWithoutFigures()
        if let since { list.bulletins.removeAll { ($0.ingestedAt ?? Timestamp(micros: .min)) < since } }
        return list
    }
}
