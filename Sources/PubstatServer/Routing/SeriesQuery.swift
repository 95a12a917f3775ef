import Foundation
import PubstatModel
import PubstatProjections

/// The parameters of `GET /v1/series`: `indicator` (required), `jurisdiction` (as the budget
/// filter takes it), `from`/`to` (years), `asOf` (`YYYY-MM-DD`) and `history` (`true`/`false`).
struct SeriesQuery {
    var filter: SeriesFilter
    var place: BudgetQuery.Place?

    init(_ parameters: QueryParameters) throws(APIError) {
        guard let text = parameters["indicator"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw APIError(.badRequest, "indicator is required, e.g. ?indicator=budget_revenue_on_territory; GET /v1/indicators lists them")
        }
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw APIError(.badRequest, "indicator must be an indicator name such as grdp_growth (letters, digits, _), got '\(text)'")
        }
        filter = SeriesFilter(indicator: Indicator(text))
        filter.from = try Self.year(parameters, "from")
        filter.to = try Self.year(parameters, "to")
        filter.asOf = try Self.date(parameters, "asOf")
        filter.history = try Self.flag(parameters, "history")
        if let text = parameters["jurisdiction"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            place = try BudgetQuery.place(text)
        }
    }

    /// What the answer reads: the indicator's lines of ``place``'s jurisdictions (or all), whatever the
    /// period, as-of date or history asked for.
    var inputs: AnswerInputs { .series(filter.indicator, places: place?.selection) }

    /// Asks `queries` for the series and keeps the lines of the place asked for.
    func run(on queries: any SeriesQueries) async -> SeriesReport {
        var report = await queries.series(filter)
        if let place { report.series.removeAll { !place.matches($0.jurisdiction) } }
        return report
    }

    static func year(_ parameters: QueryParameters, _ name: String) throws(APIError) -> Int? {
        guard let text = parameters[name] else { return nil }
        guard let year = Int(text.trimmingCharacters(in: .whitespaces)), (1900...2200).contains(year) else {
            throw APIError(.badRequest, "\(name) must be a year such as 2016, got '\(text)'")
        }
        return year
    }

    static func date(_ parameters: QueryParameters, _ name: String) throws(APIError) -> CalendarDate? {
        guard let text = parameters[name] else { return nil }
        guard let date = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw APIError(.badRequest, "\(name) must be a date YYYY-MM-DD such as 2021-10-01, got '\(text)'")
        }
        return date
    }

    static func flag(_ parameters: QueryParameters, _ name: String) throws(APIError) -> Bool {
        guard let text = parameters[name] else { return false }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "1", "": return true
        case "false", "0": return false
        default: throw APIError(.badRequest, "\(name) must be true or false, got '\(text)'")
        }
    }
}
