import PubstatModel

/// Builds events from figures written for these tests.
enum Fixture {
    static let province = Jurisdiction(.province, "Lai Châu")
    static let city = Jurisdiction(.city, "Lai Châu")

    static func id(_ n: Int) -> BulletinID {
        BulletinID(hex: String(repeating: String(n % 10), count: 64))!
    }

    static func budget(
        _ value: Double, _ unit: MeasureUnit = .billionVND, kind: FigureKind = .actual, period: String,
        asOf: CalendarDate? = nil, in jurisdiction: Jurisdiction = province, pct: [(Double, Authority)] = [], yoy: Double? = nil
    ) -> Figure {
        var figure = Figure(indicator: .budgetRevenueOnTerritory, value: value, unit: unit, kind: kind,
                            period: Period(period), jurisdiction: jurisdiction, quote: "test revenue")
        figure.asOf = asOf
        figure.pctOfPlan = pct.map { PlanComparison(pct: $0.0, authority: $0.1) }
        figure.yoyPct = yoy
        return figure
    }

    static func counter(_ indicator: Indicator, _ value: Double, captured: String, period: String? = nil) -> Figure {
        var figure = Figure(indicator: indicator, value: value, unit: .visits, period: period.flatMap(Period.init),
                            jurisdiction: province, quote: "counter")
        figure.captured = YearMonth(iso: captured)
        figure.portal = "portal.example.vn"
        return figure
    }

    static func ingested(_ seq: UInt64, bulletin n: Int, published: CalendarDate? = nil, _ figures: [Figure]) -> LoggedEvent {
        LoggedEvent(sequence: seq, timestampMicros: 0, event: .bulletinIngested(BulletinIngested(
            bulletin: BulletinInfo(id: id(n), fileName: "b\(n).txt", byteCount: 100, published: published,
                                   subject: province, title: nil, extractorVersion: "test"),
            figures: figures)))
    }
}
