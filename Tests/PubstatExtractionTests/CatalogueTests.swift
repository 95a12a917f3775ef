import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

@Suite struct CatalogueTests {
    @Test func embeddedCopyEqualsTheDataFile() throws {
        let url = packageRoot.appendingPathComponent("Sources/PubstatExtraction/Catalogue/indicators.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == EmbeddedCatalogue.json,
                "run scripts/gen-catalogue.sh after editing indicators.json")
    }

    @Test func catalogueLoadsWithRequiredIndicators() {
        let names = Set(Catalogue.shared.entries.map(\.indicator.rawValue))
        for required in ["budget_revenue_on_territory", "budget_revenue_local_total", "budget_expenditure_local",
                         "tourist_arrivals", "tourism_revenue", "grdp_growth", "grdp_per_capita", "grdp_value",
                         "poverty_rate", "poverty_rate_reduction_avg", "retail_sales", "industrial_production_value",
                         "export_import_value", "production_value", "per_capita_income", "ntm_communes",
                         "ocop_products", "ocop_entities", "public_investment_disbursement", "transport_revenue"] {
            #expect(names.contains(required), "\(required) is missing")
        }
    }

    @Test func addingAnIndicatorIsData() throws {
        var json = EmbeddedCatalogue.json
        json = json.replacingOccurrences(of: "\"indicators\": [", with: """
            "indicators": [{"name": "forest_cover", "units": ["percent"], "cues": ["tỷ lệ che phủ rừng"]},
            """)
        let catalogue = try Catalogue(json: Array(json.utf8))
        #expect(catalogue.entry(named: Indicator("forest_cover")) != nil)
    }

    @Test func aCountUnitMustNameCountNouns() throws {
        let json = EmbeddedCatalogue.json.replacingOccurrences(of: "\"indicators\": [", with: """
            "indicators": [{"name": "craft_villages", "units": ["count:làng nghề"], "cues": ["làng nghề"]},
            """)
        let error = #expect(throws: Catalogue.LoadError.self) { try Catalogue(json: Array(json.utf8)) }
        #expect(error?.description.contains("craft_villages") == true)
        #expect(error?.description.contains("count_nouns") == true)
    }
}
