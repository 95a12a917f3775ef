import Foundation
import PubstatLog
import PubstatModel
import PubstatProjections
import Testing

/// The golden log with people's acts (`Events/fixtures/golden-v3/`) folds into projections that
/// show them: the corrected figure in the series, explain and budget; the retracted bulletin in none.
@Suite struct GoldenLogV3ProjectionTests {
    static let fixture = GoldenLogProjectionTests.fixture.deletingLastPathComponent().appendingPathComponent("golden-v3")

    @Test func correctionsAndRetractionsAreFolded() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-golden3-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: copy) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixture.path) where name.hasSuffix(".seg") {
            try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let log = try EventLog.open(directory: copy.path)
        defer { log.close() }
        var projections = Projections()
        try log.replay { try projections.apply($0) }
        #expect(projections.lastSequence == 11)

        let id = FigureID(rawValue: "777777777777-2e3b2ed58823362b")
        let explained = try #require(projections.series.explain(id))
        #expect(explained.figure.value == 821.4)
        #expect(explained.extracted?.value == 812.4)
        #expect(explained.corrections.first?.user == "biên tập")
        #expect(explained.confirmations.first?.uid == 0)
        let province = Jurisdiction(.province, "Tỉnh Mẫu")
        let year = try #require(projections.budget.report(BudgetFilter(jurisdiction: province, year: 2024)).years.first)
        #expect(year.quarters.contains { $0.quarter == 2 && $0.revenueBillionVND == 821.4 })

        let retracted = BulletinID(hex: String(repeating: "4", count: 64))!
        #expect(projections.catalog.bulletins[retracted]?.bulletin.retracted?.reason == "a draft published by mistake")
        #expect(projections.series.effectiveFigures(of: retracted).isEmpty)
        let restored = Projections(restoring: projections.snapshotEvents(), lastSequence: projections.lastSequence)
        #expect(restored == projections)
    }
}
