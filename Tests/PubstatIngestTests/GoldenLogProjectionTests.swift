import Foundation
import PubstatLog
import PubstatModel
import PubstatPosix
import PubstatProjections
import Testing

/// Every later version of pubstat must fold the golden log of format version 1
/// (`Events/fixtures/golden-v1/`) into the same projections. Old events are upcast when read,
/// never rewritten: if this test fails after a change to an event type, the change broke replay.
@Suite struct GoldenLogProjectionTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Events/fixtures/golden-v1")

    @Test func goldenLogFoldsIntoTheKnownProjections() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("pubstat-golden-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: copy) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixture.path) where name.hasSuffix(".seg") {
            try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let log = try EventLog.open(directory: copy.path)
        defer { log.close() }
        var projections = Projections()
        try log.replay { try projections.apply($0) }

        #expect(projections.lastSequence == 7)
        #expect(projections.catalog.bulletins.count == 4)
        #expect(projections.catalog.rejections.count == 2)

        // The figures.revised event (8,123.45 → 8,125) replaced the first bulletin's figures.
        let province = Jurisdiction(.province, "Tỉnh Mẫu")
        let year = try #require(projections.budget.report(BudgetFilter(jurisdiction: province, year: 2024)).years.first)
        let q3 = try #require(year.quarters.first)
        #expect(q3.quarter == 3)
        #expect(q3.revenueBillionVND == 8125)
        #expect(q3.estimates.map(\.authority) == [.provincialCouncil])
        #expect(q3.estimates.first?.pct == 76.2)

        let arrivals = projections.visitors.report().tourism
        #expect(arrivals.map(\.period?.description) == ["2024-10", "2024-9M"])
        #expect(arrivals.map(\.arrivals) == [31_250, 215_400])
    }
}
