import Foundation
import PubstatModel
import PubstatProjections

/// The filters of `GET /v1/unclassified`: `bulletin` (a full id or a unique prefix) and `limit`.
struct UnclassifiedQuery {
    var bulletin: String?
    var limit = UnclassifiedFilter.defaultLimit

    init(_ parameters: QueryParameters) throws(APIError) {
        if let text = parameters["limit"] {
            guard let limit = Int(text.trimmingCharacters(in: .whitespaces)), (1...UnclassifiedFilter.maxLimit).contains(limit) else {
                throw APIError(.badRequest, "limit must be a number from 1 to \(UnclassifiedFilter.maxLimit), got '\(text)'")
            }
            self.limit = limit
        }
        if let text = parameters["bulletin"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            bulletin = text
        }
    }

    /// Asks `queries` for the mentions that pass the filters.
    func run(on queries: any PubstatQueries) async throws -> UnclassifiedReport {
        var filter = UnclassifiedFilter(limit: limit)
        if let bulletin { filter.bulletin = try await BulletinLookup.resolve(bulletin, in: queries) }
        return await queries.unclassified(filter)
    }
}
