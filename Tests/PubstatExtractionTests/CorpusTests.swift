import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

/// Runs the extractor over the shared corpora (../shared) when they are present.
@Suite struct CorpusTests {
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static var available: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("seeds-gold.json").path) }

    private func run(_ relative: String) throws -> ExtractedBulletin {
        let url = Self.corpus.appendingPathComponent(relative)
        let data = try Data(contentsOf: url)
        return try BulletinExtractor().extract(bytes: [UInt8](data), fileName: url.lastPathComponent)
    }

    private func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("seeds").path)
        return "seeds/" + (try #require(names.first { $0.hasPrefix(prefix) }))
    }

    @Test(.enabled(if: CorpusTests.available, "../shared/corpus is absent: corpus checks skipped"))
    func budgetFigureOfTheSeptemberSession() throws {
        let r = try run(try seed("003_"))
        let f = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(f.value == 1208.8 && f.unit == .billionVND)
        #expect(f.percent(of: .central) == 82 && f.percent(of: .provincialCouncil) == 63)
        #expect(f.asOf?.description == "2021-09-10" && f.period?.description == "2021-9M" && f.yoyPct == 1.9)
        #expect(r.published?.description == "2021-09-21")
        #expect(figures(r, "portal_visits_month").first?.captured?.description == "2021-10")
    }

    @Test(.enabled(if: CorpusTests.available, "../shared/corpus is absent: corpus checks skipped"))
    func everyCorpusFileExtractsFiguresWithProvenance() throws {
        for folder in ["seeds", "dev"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent(folder).path)
            for name in names where name.hasSuffix(".txt") {
                let url = Self.corpus.appendingPathComponent("\(folder)/\(name)")
                let bytes = [UInt8](try Data(contentsOf: url))
                let text = try BulletinExtractor.decodedText(bytes: bytes, fileName: name)
                let r = try BulletinExtractor().extract(bytes: bytes, fileName: name)
                // a bulletin that never names its place or year holds its figures back
                #expect(!r.figures.isEmpty || !r.held.isEmpty, "\(name) gave no figures")
                let utf8 = Array(text.utf8)
                for f in r.figures + r.held {
                    let span = try #require(f.source)
                    #expect(String(decoding: utf8[span.start..<span.end], as: UTF8.self) == f.quote)
                }
            }
        }
    }
}
