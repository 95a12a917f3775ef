import Foundation
import PubstatModel
import PubstatProjections
import Testing

/// The budget and visitor answers with every flag, implied estimate, daily average and tourism
/// revenue (which the shared corpora never produce, so schemathesis never sees them) match
/// their schemas in openapi.json.
@Suite struct ChecksSchemaTests {
    private func document() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: OpenAPIDocumentTests.file)) as? [String: Any])
    }

    private func json<Value: Encodable>(_ value: Value) throws -> Any {
        try JSONSerialization.jsonObject(with: APIJSON.encoder().encode(value))
    }

    static func budget(_ value: Double, period: String, asOf: CalendarDate? = nil, pct: Double? = nil) -> Figure {
        var figure = Figure(indicator: .budgetRevenueOnTerritory, value: value, unit: .billionVND, period: Period(period),
                            jurisdiction: Jurisdiction(.province, "Lai Châu"), quote: "thu ngân sách")
        figure.asOf = asOf
        figure.pctOfPlan = pct.map { [PlanComparison(pct: $0, authority: .central)] } ?? []
        return figure
    }

    static func ingested(_ n: Int, _ figures: [Figure]) -> LoggedEvent {
        let id = BulletinID(hex: String(repeating: String(n), count: 64))!
        return LoggedEvent(sequence: UInt64(n), timestampMicros: 0, event: .bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(id: id, fileName: "b\(n).txt", byteCount: 1, published: nil, subject: nil, title: nil, extractorVersion: "t"),
            figures: figures)))
    }

    static func counter(_ indicator: Indicator, _ value: Double, _ captured: String) -> Figure {
        var figure = Figure(indicator: indicator, value: value, unit: .visits, jurisdiction: Jurisdiction(.province, "Lai Châu"), quote: "c")
        figure.captured = YearMonth(iso: captured)
        figure.portal = "portal.example.vn"
        return figure
    }

    @Test func flaggedBudgetAndVisitorAnswersMatchTheirSchemas() throws {
        var projections = Projections()
        var tourism = Figure(indicator: .tourismRevenue, value: 1_520.5, unit: .billionVND, period: Period("2021"),
                             jurisdiction: Jurisdiction(.province, "Lai Châu"), quote: "doanh thu du lịch")
        tourism.yoyPct = 8
        try projections.apply(Self.ingested(1, [
            Self.budget(600, period: "2021-6M", pct: 50), Self.budget(500, period: "2021"),
            Self.counter(.portalVisitsTotal, 60_000, "2021-03"), Self.counter(.portalVisitsYear, 9_000, "2021-03"),
            Self.counter(.portalVisitsMonth, 9_500, "2021-03"), tourism,
        ]))
        try projections.apply(Self.ingested(2, [
            Self.budget(550, period: "2021-9M", asOf: CalendarDate(year: 2021, month: 9, day: 15), pct: 30),
            Self.counter(.portalVisitsTotal, 1_000, "2022-05"), Self.counter(.portalVisitsTotal, 400_000, "2023-05"),
        ]))
        let budget = projections.budget.report()
        let flags = Set(budget.years.flatMap(\.observations).flatMap(\.flags).map(\.code))
        #expect(flags == [.estimateMismatch, .cumulativeDecrease, .quarterAboveYear])
        let visitors = projections.visitors.report()
        #expect(Set(visitors.portals.flatMap { $0.captures.flatMap(\.flags) + $0.intervals.flatMap(\.flags) }.map(\.code)) == [.counterOrder, .totalReset])
        #expect(visitors.portals.first?.intervals.last?.dailyAverage != nil && !visitors.tourismRevenue.isEmpty)

        let check = SchemaCheck(document: try document())
        #expect(check.violations(of: try json(budget), against: "BudgetReport") == [])
        #expect(check.violations(of: try json(visitors), against: "VisitorReport") == [])
        // The check itself finds what it should.
        var broken = try #require(try json(budget) as? [String: Any])
        broken["extra"] = 1
        #expect(check.violations(of: broken, against: "BudgetReport") == ["$.extra: not in the schema"])
        let text = String(decoding: try APIJSON.encoder().encode(budget), as: UTF8.self)
            .replacingOccurrences(of: "\"quarter_above_year\"", with: "\"quarter_above_the_year\"")
        let found = check.violations(of: try JSONSerialization.jsonObject(with: Data(text.utf8)), against: "BudgetReport")
        // Two observations above the year, and the two quarter rows that are the same figures.
        #expect(found.count == 4 && found.allSatisfy { $0.contains(".code: quarter_above_the_year is not one of") }, "\(found)")
    }
}
