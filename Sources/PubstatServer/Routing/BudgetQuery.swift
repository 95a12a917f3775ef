import Foundation
import PubstatExtraction
import PubstatModel
import PubstatProjections

/// The filters of `GET /v1/projections/budget`, read from the query string.
struct BudgetQuery {
    enum Place: Equatable {
        /// `level:Name`: that level, the name in any case, with or without tone marks.
        case exact(Jurisdiction)
        /// A plain name or an abbreviation (`Lai Chau`, `TP.HCM`): any level with that name,
        /// in any case, with or without tone marks.
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

    /// What the answer reads: the budget years of ``year`` (or all), of ``place``'s jurisdictions (or all).
    var inputs: AnswerInputs { .budget(year: year, places: place?.selection) }

    /// Asks `queries` for the budget years that pass the filters.
    func run(on queries: any PubstatQueries) async -> BudgetReport {
        switch place {
        case .exact(let jurisdiction):
            let report = await queries.budget(BudgetFilter(year: year))
            let wanted = PlaceMatch.folded(jurisdiction.name)
            return BudgetReport(years: report.years.filter {
                $0.jurisdiction.level == jurisdiction.level && PlaceMatch.folded($0.jurisdiction.name) == wanted
            })
        case .named(let name):
            let wanted = PlaceMatch.names(for: name)
            let report = await queries.budget(BudgetFilter(year: year))
            return BudgetReport(years: report.years.filter { wanted.contains(PlaceMatch.folded($0.jurisdiction.name)) })
        case nil:
            return await queries.budget(BudgetFilter(year: year))
        }
    }

    static func place(_ text: String) throws(APIError) -> Place {
        guard text.contains(":") else { return .named(text) }
        guard let jurisdiction = Jurisdiction(text) else {
            let levels = Jurisdiction.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, "jurisdiction must be level:Name (level one of \(levels)) or a plain name, got '\(text)'")
        }
        return .exact(jurisdiction)
    }
}

/// Place names compared as people type them: case, tone and vowel marks, `đ`/`d` and spacing do not matter.
enum PlaceMatch {
    /// `Lai Châu`, `LAI CHAU`, `lai  chau` → `lai chau`; `Đắk Lắk` → `dak lak`.
    static func folded(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks: tones, circumflex, breve, horn
            case 0x0111: out.append("d")  // đ
            default: out.append(scalar)
            }
        }
        return String(out).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The folded names a typed place stands for: itself, and the gazetteer's name for it when it
    /// is a known spelling or abbreviation (`TP.HCM` → `ho chi minh`).
    static func names(for typed: String) -> Set<String> {
        var names: Set<String> = [folded(typed)]
        if let known = PlaceNames.jurisdiction(typed: typed) { names.insert(folded(known.name)) }
        return names
    }
}
