import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// pubstatctl's tables show the consistency flags, implied estimates, daily averages and tourism revenue.
@Suite struct ChecksRenderingTests {
    @Test func budgetTableMarksFlaggedRowsAndListsChecksAndImpliedEstimates() throws {
        var years = StubQueries.budgetYears
        let flag = BudgetFlag(.cumulativeDecrease, "cumulative revenue 1234.5 billion VND to 2021-09-30 is below 1300 stated to 2021-06-30 (bulletin bbbbbbbb)")
        years[0].quarters[0].flags = [flag]
        years[0].observations[0].flags = [flag]
        years[0].impliedEstimates = [
            ImpliedEstimate(authority: .central, billionVND: 1_505.5, lowBillionVND: 1_480, highBillionVND: 1_520, figures: 3, bulletins: 2),
        ]
        let text = BudgetReport(years: years).renderedText()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasSuffix("CHECKS"))
        #expect(lines[1].hasSuffix("+12.5%  !1"))
        #expect(text.contains("\nImplied estimates\n  province:Lai Châu 2021 central: 1,505.5 bn VND (1,480.0 to 1,520.0), from 3 figures in 2 bulletins\n"))
        #expect(text.hasSuffix("\nChecks\n  province:Lai Châu 2021 Q3 (2021-9M): cumulative_decrease: \(flag.message)\n"))
        #expect(!BudgetReport(years: StubQueries.budgetYears).renderedText().contains("Checks"))
    }

    @Test func visitorTablesShowDaysPerDayResetsAndTourismRevenue() {
        var report = StubQueries.visitorReport
        let march = YearMonth(year: 2023, month: 3)!, nextMarch = YearMonth(year: 2024, month: 3)!
        var year = PortalInterval(from: march, to: nextMarch, visits: 366_000, yearCounterGrowth: nil, consistent: nil)
        (year.daysMin, year.daysMax, year.dailyAverage) = (336, 396, 1_000)
        var reset = PortalInterval(from: nextMarch, to: YearMonth(year: 2024, month: 5)!, visits: nil, yearCounterGrowth: nil, consistent: nil)
        (reset.daysMin, reset.daysMax) = (31, 92)
        reset.flags = [PortalFlag(.totalReset, "the total fell from 9000 to 100 (2024-03 to 2024-05)")]
        report.portals[0].intervals += [year, reset]
        report.tourismRevenue = [TourismRevenueEntry(
            jurisdiction: StubQueries.laiChau, period: Period("2023"), revenueBillionVND: 1_520.5, approximate: false, kind: .actual,
            yoyPct: 8, source: FigureSource(bulletin: StubQueries.idA, sequence: 1, quote: "doanh thu du lịch 1.520,5 tỷ đồng")
        )]
        let text = report.renderedText()
        #expect(text.contains("DAYS") && text.contains("PER DAY"))
        #expect(text.contains("2023-03  2024-03  366,000    366    1,000"))
        #expect(text.contains("2024-03  2024-05    reset  31–92"))
        #expect(text.contains("Checks\n  total_reset: the total fell from 9000 to 100 (2024-03 to 2024-05)\n"))
        #expect(text.contains("Tourism revenue\n") && text.contains("1,520.5") && text.contains("+8.0%"))
    }
}
