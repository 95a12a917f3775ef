import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

/// Extra indicator files (`indicators.d`): merged into the built-in catalogue, or refused with
/// an error that names the file and the entry.
@Suite struct ExtraCatalogueTests {
    /// An invented sentence: nothing in the built-in catalogue names forest cover.
    static let forestText = """
        Báo cáo tình hình kinh tế xã hội tỉnh Lai Châu năm 2023
        Năm 2023, tỷ lệ che phủ rừng của tỉnh đạt 51,2%; thu ngân sách nhà nước trên địa bàn đạt 2.150 tỷ đồng.
        """

    static let forestFile = #"{"indicators": [{"name": "forest_cover", "units": ["percent"], "cues": ["tỷ lệ che phủ rừng"]}]}"#

    private func catalogue(_ files: [(String, String)]) throws(CatalogueError) -> IndicatorCatalogue {
        try IndicatorCatalogue(extraFiles: files.map { IndicatorCatalogue.ExtraFile(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    private func error(_ files: [(String, String)]) -> CatalogueError? {
        do {
            _ = try catalogue(files)
            return nil
        } catch {
            return error
        }
    }

    @Test func aNewIndicatorInAnExtraFileIsExtracted() throws {
        let builtIn = BulletinExtractor().extract(decodedText: Self.forestText)
        #expect(figures(builtIn, "forest_cover").isEmpty)

        let extractor = BulletinExtractor(catalogue: try catalogue([("/etc/pubstat/indicators.d/forest.json", Self.forestFile)]))
        let result = extractor.extract(decodedText: Self.forestText)
        let forest = try #require(figures(result, "forest_cover").first)
        #expect(forest.value == 51.2)
        #expect(forest.unit == .percent)
        #expect(forest.period == Period(.year(2023)))
        #expect(figures(result, "budget_revenue_on_territory").first?.value == 2150, "built-in indicators still bind")
        #expect(!result.unclassified.contains { $0.text == "51,2%" }, "the figure took the number")
    }

    @Test func anExtraFileCanAddCuesToABuiltInIndicator() throws {
        let text = "Năm 2023, nguồn thu ngân khố của tỉnh Lai Châu đạt 2.150 tỷ đồng."
        #expect(figures(BulletinExtractor().extract(decodedText: text), "budget_revenue_on_territory").isEmpty)
        let extra = #"[{"name": "budget_revenue_on_territory", "cues": ["nguồn thu ngân khố"]}]"#
        let result = BulletinExtractor(catalogue: try catalogue([("more.json", extra)])).extract(decodedText: text)
        #expect(figures(result, "budget_revenue_on_territory").first?.value == 2150)
    }

    @Test func theExtractorVersionNamesTheExtraFiles() throws {
        #expect(BulletinExtractor().version == BulletinExtractor.version)
        let a = BulletinExtractor(catalogue: try catalogue([("forest.json", Self.forestFile)]))
        let b = BulletinExtractor(catalogue: try catalogue([("forest.json", Self.forestFile.replacingOccurrences(of: "rừng\"]", with: "rừng\", \"độ che phủ rừng\"]"))]))
        #expect(a.version.hasPrefix(BulletinExtractor.version + "+cat."))
        #expect(a.version.count == BulletinExtractor.version.count + 17)
        #expect(a.version != b.version, "a changed file changes the version")
        let moved = BulletinExtractor(catalogue: try catalogue([("/elsewhere/forest.json", Self.forestFile)]))
        #expect(moved.version == a.version, "the folder does not matter, the names and bytes do")
    }

    @Test func anUnknownUnitClassNamesTheFileAndTheEntry() throws {
        let file = #"[{"name": "forest_cover", "units": ["percent"], "cues": ["tỷ lệ che phủ rừng"]}, {"name": "rice_area", "units": ["hectares"], "cues": ["diện tích lúa"]}]"#
        let failure = try #require(error([("/etc/pubstat/indicators.d/crops.json", file)]))
        #expect(failure.file == "/etc/pubstat/indicators.d/crops.json")
        #expect(failure.entry == 2)
        #expect(failure.indicator == "rice_area")
        #expect(failure.description.hasPrefix("/etc/pubstat/indicators.d/crops.json: entry 2 (\"rice_area\"): unknown unit class \"hectares\""))
    }

    @Test func emptyCuesAreRefused() throws {
        let failure = try #require(error([("a.json", #"[{"name": "forest_cover", "units": ["percent"], "cues": []}]"#)]))
        #expect(failure.entry == 1)
        #expect(failure.description.contains("a.json: entry 1 (\"forest_cover\"): \"cues\" is empty"))
        let blank = try #require(error([("a.json", #"[{"name": "forest_cover", "units": ["percent"], "cues": ["x y", " "]}]"#)]))
        #expect(blank.description.contains("cue 2 has no words"))
    }

    @Test func aDuplicateNameWithOtherUnitsIsAConflict() throws {
        let builtIn = try #require(error([("a.json", #"[{"name": "poverty_rate", "units": ["money"], "cues": ["hộ nghèo mới"]}]"#)]))
        #expect(builtIn.description.contains("a.json: entry 1 (\"poverty_rate\"): units [\"money\"] conflict with [\"percent\"]"))
        #expect(builtIn.description.contains("the built-in catalogue"))

        let second = #"[{"name": "forest_cover", "units": ["money"], "cues": ["rừng trồng"]}]"#
        let acrossFiles = try #require(error([("a.json", Self.forestFile), ("b.json", second)]))
        #expect(acrossFiles.file == "b.json")
        #expect(acrossFiles.description.contains("of the same indicator in a.json"))
        // the same units again only add cues
        let same = #"[{"name": "forest_cover", "units": ["percent"], "cues": ["độ che phủ rừng"]}]"#
        #expect(error([("a.json", Self.forestFile), ("b.json", same)]) == nil)
    }

    @Test func aSyntaxErrorGivesTheLineAndColumn() throws {
        let broken = "[{\"name\": \"forest_cover\", \"units\": [\"percent\"],\n  \"cues\": [\"tỷ lệ\"] \"jurisdiction\": \"x\"}]"
        let failure = try #require(error([("forest.json", broken)]))
        #expect(failure.entry == nil)
        #expect(failure.description.hasPrefix("forest.json:2:"), "\(failure)")
        #expect(failure.description.contains("not valid JSON"))
    }

    @Test func unknownMembersAndReferencesAreNamed() throws {
        let typo = try #require(error([("a.json", #"[{"name": "forest_cover", "unit": ["percent"], "cues": ["che phủ rừng"]}]"#)]))
        #expect(typo.description.contains("unknown member \"unit\""))
        let reference = try #require(error([("a.json", #"[{"name": "forest_cover", "units": ["percent"], "cues": ["che phủ rừng"], "rate_variant": "forest_loss"}]"#)]))
        #expect(reference.description.contains("\"rate_variant\" names \"forest_loss\""))
        let noUnits = try #require(error([("a.json", #"[{"name": "forest_cover", "cues": ["che phủ rừng"]}]"#)]))
        #expect(noUnits.description.contains("a new indicator needs \"units\""))
        let noun = try #require(error([("a.json", #"[{"name": "ships", "units": ["count:tàu"], "cues": ["đội tàu"]}]"#)]))
        #expect(noun.description.contains("count noun \"tàu\""))
    }

    @Test func theExampleOfExtractionMdWorks() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("EXTRACTION.md"), encoding: .utf8)
        let section = try #require(doc.range(of: "## Adding an indicator"))
        let start = try #require(doc.range(of: "```json\n", range: section.upperBound..<doc.endIndex))
        let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
        let example = String(doc[start.upperBound..<end.lowerBound])
        let extractor = BulletinExtractor(catalogue: try catalogue([("example.json", example)]))
        let text = "Năm 2023, độ che phủ rừng của tỉnh Lai Châu đạt 43,6%; toàn tỉnh có 52 doanh nghiệp thành lập mới; lượng du khách ghé thăm đạt 1,2 triệu lượt."
        let result = extractor.extract(decodedText: text)
        #expect(figures(result, "forest_cover").first?.value == 43.6)
        #expect(figures(result, "new_enterprises").first?.value == 52)
        #expect(figures(result, "tourist_arrivals").first?.value == 1_200_000)
        #expect(result.unclassified.isEmpty)
    }
}
