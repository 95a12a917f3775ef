import PubstatModel
import PubstatProjections

extension StubQueries {
    static var budgetYears: [BudgetYear] {
        var laiChau2021 = BudgetYear(jurisdiction: laiChau, year: 2021)
        laiChau2021.quarters = [
            BudgetObservation(
                quarter: 3, period: Period("2021-9M"), revenueBillionVND: 1_234.5, kind: .estimate, approximate: false,
                asOf: CalendarDate(year: 2021, month: 9, day: 30), yearElapsedPct: 74.8,
                estimates: [
                    EstimateProgress(authority: .central, pct: 82, impliedEstimateBillionVND: 1_505.5, pace: .ahead),
                    EstimateProgress(authority: .provincialCouncil, pct: 70.1, impliedEstimateBillionVND: 1_761, pace: .behind),
                ],
                yoyPct: 12.5, source: FigureSource(bulletin: idA, sequence: 1, quote: "ước đạt 1.234,5 tỷ đồng")
            ),
        ]
        laiChau2021.observations = laiChau2021.quarters
        return [
            laiChau2021,
            BudgetYear(jurisdiction: laiChau, year: 2022),
            BudgetYear(jurisdiction: dienBien, year: 2021),
        ]
    }

    static var visitorReport: VisitorReport {
        let march = YearMonth(year: 2024, month: 3)!, april = YearMonth(year: 2024, month: 4)!
        return VisitorReport(
            portals: [
                PortalSeries(
                    portal: "laichau.gov.vn",
                    captures: [
                        PortalCapture(captured: march, today: 120, yesterday: 340, month: 5_000, year: 20_000, total: 1_000_000, bulletin: idA),
                        PortalCapture(captured: april, today: 80, yesterday: 300, month: 4_000, year: 24_000, total: 1_004_000, bulletin: idB),
                    ],
                    intervals: [PortalInterval(from: march, to: april, visits: 4_000, yearCounterGrowth: 4_000, consistent: true)]
                ),
            ],
            tourism: [
                TouristArrivalsEntry(
                    indicator: .touristArrivals, jurisdiction: laiChau, period: Period("2021-9M"), arrivals: 350_000,
                    approximate: true, kind: .estimate, yoyPct: -20.5,
                    source: FigureSource(bulletin: idA, sequence: 1, quote: "khoảng 350 nghìn lượt khách")
                ),
            ]
        )
    }
}
