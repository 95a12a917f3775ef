import Foundation
import PubstatModel
import PubstatProjections

/// The filters of `GET /v1/projections/budget`, read from the query string.
struct BudgetQuery {
    enum Place: Equatable {
        /// `level:Name`, matched exactly.
        case exact(Jurisdiction)
        /// A plain name, matched case-insensitively against each jurisdiction's name.
        case named(String)
    }

    var place: Place?
    var year: Int?

    init(_ parameters: QueryParameters) throws(APIError) {
        if let text = parameters["year"] {
            guard let year = Int(text.trimmingCharacters(in: .whitespaces)), (1900...2200).contains(year) else {
                throw APIError(.badRequest, "year must be a year such as 2021, got '\(text)'")
            }
            self.year = year
        }
        if let text = parameters["jurisdiction"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            place = try Self.place(text)
        }
    }

    /// Asks `queries` for the budget years that pass the filters.
    func run(on queries: any PubstatQueries) async -> BudgetReport {
        switch place {
        case .exact(let jurisdiction):
            return await queries.budget(BudgetFilter(jurisdiction: jurisdiction, year: year))
        case .named(let name):
            let wanted = name.lowercased()
            let report = await queries.budget(BudgetFilter(year: year))
            return BudgetReport(years: report.years.filter { $0.jurisdiction.name.lowercased() == wanted })
        case nil:
            return await queries.budget(BudgetFilter(year: year))
        }
    }

    private static func place(_ text: String) throws(APIError) -> Place {
        guard text.contains(":") else { return .named(text) }
        guard let jurisdiction = Jurisdiction(text) else {
            let levels = Jurisdiction.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, "jurisdiction must be level:Name (level one of \(levels)) or a plain name, got '\(text)'")
        }
        return .exact(jurisdiction)
    }
}
