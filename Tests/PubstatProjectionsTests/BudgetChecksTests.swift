import PubstatModel
@testable import PubstatProjections
import Testing

/// Each budget consistency check on invented figures, alone and through the projection.
@Suite struct BudgetChecksTests {
    /// A quarter (or, with `quarter` nil, full-year) figure of 2021 from bulletin `n`.
    static func observation(
        _ revenue: Double, quarter: Int?, to cutoff: String? = nil, bulletin n: Int, sequence: UInt64? = nil,
        central pct: Double? = nil, computed: Bool = false
    ) -> BudgetObservation {
        let estimates = pct.map { [EstimateProgress(authority: .central, pct: $0, impliedEstimateBillionVND: revenue / $0 * 100,
                                                    pace: nil, computed: computed)] } ?? []
        return BudgetObservation(
            quarter: quarter, period: nil, revenueBillionVND: revenue, kind: .actual, approximate: false,
            asOf: cutoff.flatMap(CalendarDate.init(iso:)), yearElapsedPct: nil, estimates: estimates, yoyPct: nil,
            source: FigureSource(bulletin: Fixture.id(n), sequence: sequence ?? UInt64(n), quote: "q")
        )
    }

    @Test func anImpliedEstimateFarFromOtherBulletinsIsFlagged() throws {
        let observations = [
            Self.observation(300, quarter: 1, to: "2021-03-31", bulletin: 1, central: 25),    // implies 1200
            Self.observation(600, quarter: 2, to: "2021-06-30", bulletin: 2, central: 50),    // 1200
            Self.observation(907.5, quarter: 3, to: "2021-09-30", bulletin: 3, central: 75),  // 1210
            Self.observation(1050, quarter: 4, to: "2021-11-30", bulletin: 4, central: 70),   // 1500: 25% above 1200
        ]
        let flags = ImpliedEstimateCheck.flags(observations, year: 2021)
        #expect(flags[0].isEmpty && flags[1].isEmpty && flags[2].isEmpty)
        let flag = try #require(flags[3].first)
        #expect(flag.code == .estimateMismatch)
        #expect(flag.message.contains("implying 1500 billion VND") && flag.message.contains("imply 1200 (median of 3), 25% apart"))
    }

    @Test func withinTheToleranceOrWithinOneBulletinNothingIsFlagged() {
        let close = [
            Self.observation(300, quarter: 1, to: "2021-03-31", bulletin: 1, central: 25),  // 1200
            Self.observation(624, quarter: 2, to: "2021-06-30", bulletin: 2, central: 50),  // 1248: 4% apart
        ]
        #expect(ImpliedEstimateCheck.flags(close, year: 2021).allSatisfy { $0.isEmpty })
        let oneBulletin = [
            Self.observation(300, quarter: 1, to: "2021-03-31", bulletin: 1, central: 25),  // 1200
            Self.observation(900, quarter: 3, to: "2021-09-30", bulletin: 1, central: 50),  // 1800, same bulletin
        ]
        #expect(ImpliedEstimateCheck.flags(oneBulletin, year: 2021).allSatisfy { $0.isEmpty })
        let computed = [
            Self.observation(300, quarter: 1, to: "2021-03-31", bulletin: 1, central: 25),
            Self.observation(1800, quarter: nil, bulletin: 2, central: 100, computed: true),
        ]
        #expect(ImpliedEstimateCheck.flags(computed, year: 2021).allSatisfy { $0.isEmpty })
    }

    @Test func aCumulativeFigureBelowAnEarlierCutoffIsFlagged() throws {
        let observations = [
            Self.observation(300, quarter: 1, to: "2021-03-31", bulletin: 1),
            Self.observation(600, quarter: 2, to: "2021-06-30", bulletin: 2),
            Self.observation(600, quarter: 2, to: "2021-06-30", bulletin: 3),  // the same again: no fall
            Self.observation(550, quarter: 3, to: "2021-09-30", bulletin: 4),
            Self.observation(500, quarter: nil, bulletin: 5),  // the full year is the other check's
        ]
        let flags = CumulativeDecreaseCheck.flags(observations, year: 2021)
        #expect(flags.map(\.count) == [0, 0, 0, 1, 0])
        let flag = try #require(flags[3].first)
        #expect(flag.code == .cumulativeDecrease)
        #expect(flag.message == "cumulative revenue 550 billion VND to 2021-09-30 is below 600 stated to 2021-06-30 (bulletin 22222222)")
    }

    @Test func aQuarterAboveTheFullYearIsFlagged() throws {
        let fullYear = Self.observation(1200, quarter: nil, bulletin: 9)
        let observations = [
            Self.observation(600, quarter: 2, to: "2021-06-30", bulletin: 1),
            Self.observation(1300, quarter: 3, to: "2021-09-30", bulletin: 2),
            fullYear,
        ]
        let flags = QuarterAboveYearCheck.flags(observations, year: 2021, fullYear: fullYear)
        #expect(flags.map(\.count) == [0, 1, 0])
        #expect(flags[1].first?.code == .quarterAboveYear)
        #expect(flags[1].first?.message.contains("Q3 (to 2021-09-30) states 1300 billion VND, above the full-year actual of 1200") == true)
        #expect(QuarterAboveYearCheck.flags(observations, year: 2021, fullYear: nil).allSatisfy { $0.isEmpty })
    }

    @Test func impliedEstimatesAreSummarisedPerAuthority() throws {
        let summaries = ImpliedEstimate.summaries(of: [
            Self.observation(300, quarter: 1, to: "2021-03-31", bulletin: 1, central: 25),
            Self.observation(600, quarter: 2, to: "2021-06-30", bulletin: 1, central: 40),
            Self.observation(1050, quarter: 4, to: "2021-11-30", bulletin: 2, central: 70),
            Self.observation(1800, quarter: nil, bulletin: 3, central: 100, computed: true),
        ])
        let central = try #require(summaries.first)
        #expect(summaries.count == 1 && central.authority == .central)
        #expect(central.billionVND == 1500 && central.lowBillionVND == 1200 && central.highBillionVND == 1500)
        #expect(central.figures == 3 && central.bulletins == 2)
    }

    @Test func theReportCarriesEveryObservationFlaggedAndThePaceGap() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, [
            Fixture.budget(600, period: "2021-6M", pct: [(50, .central)]),
        ]))
        try projections.apply(Fixture.ingested(2, bulletin: 2, [
            Fixture.budget(550, period: "2021-9M", pct: [(45.8, .central)]),
            Fixture.budget(500, period: "2021"),
        ]))
        try projections.apply(Fixture.ingested(3, bulletin: 3, [
            Fixture.budget(580, period: "2021-9M", asOf: CalendarDate(year: 2021, month: 9, day: 15)),
        ]))
        let year = try #require(projections.budget.report().years.first)
        #expect(year.observations.map(\.revenueBillionVND) == [600, 580, 550, 500])
        #expect(year.observations.map { $0.flags.map(\.code) } == [
            [.quarterAboveYear], [.cumulativeDecrease, .quarterAboveYear], [.cumulativeDecrease, .quarterAboveYear], [],
        ])
        // The quarter rows are the same figures, with the same flags.
        // the later cut-off wins a quarter (BudgetRowPrecedence): 9M reaches 30 September, past the figure of 15 September
        #expect(year.quarters.map(\.revenueBillionVND) == [600, 550])
        #expect(year.quarters[1].flags.map(\.code) == [.cumulativeDecrease, .quarterAboveYear])
        let central = try #require(year.impliedEstimates.first)
        #expect(central.billionVND == (1200 + 550 / 45.8 * 100) / 2 && central.bulletins == 2)
        // 50% of the estimate by 30 June, when 49.59% of the year had passed.
        #expect(year.quarters[0].estimates.first?.paceGapPct == 0.41)
    }

    @Test func theCSVMarksTheLatestRowsAndTheFlags() throws {
        var projections = Projections()
        try projections.apply(Fixture.ingested(1, bulletin: 1, [Fixture.budget(600, period: "2021-6M", pct: [(50, .central)])]))
        try projections.apply(Fixture.ingested(2, bulletin: 2, [Fixture.budget(550, period: "2021-9M")]))
        try projections.apply(Fixture.ingested(3, bulletin: 3, [
            Fixture.budget(590, period: "2021-9M", asOf: CalendarDate(year: 2021, month: 9, day: 30)),
        ]))
        let table = projections.budget.report().csvTable
        func column(_ name: String) throws -> [String] {
            let index = try #require(table.columns.firstIndex(of: name))
            return table.rows.map { $0[index] }
        }
        #expect(try column("value") == ["600", "550", "590"])
        #expect(try column("latest") == ["true", "false", "true"])
        #expect(try column("flags") == ["", "cumulative_decrease", "cumulative_decrease"])
        #expect(try column("implied_central") == ["1200", "", ""])
    }
}
