import PubstatClient
import PubstatModel
import PubstatProjections
import Testing

/// The pure text renderers behind pubstatctl's tables.
@Suite struct RenderingTests {
    @Test func tableAlignsColumnsByCharacters() {
        var table = TextTable([.init("NAME"), .init("VALUE", .right)])
        table.append(["Lai Châu", "1"])
        table.append(["Điện Biên Phủ", "1,234.5"])
        table.append(["short"])
        #expect(table.render() == """
            NAME             VALUE
            Lai Châu             1
            Điện Biên Phủ  1,234.5
            short

            """)
    }

    @Test(arguments: [
        (1_234_567.85, 1, "1,234,567.9"), (0.04, 1, "0.0"), (-1_505.5, 1, "-1,505.5"), (999.96, 1, "1,000.0"),
        (100, 0, "100"), (1_000, 0, "1,000"), (-0.04, 1, "0.0"),
    ])
    func groupedNumbers(value: Double, digits: Int, expected: String) {
        #expect(NumberText.grouped(value, fractionDigits: digits) == expected)
    }

    @Test func percentsAndChanges() {
        #expect(NumberText.percent(82) == "82.0%")
        #expect(NumberText.change(12.5) == "+12.5%")
        #expect(NumberText.change(-20.5) == "-20.5%")
        #expect(NumberText.change(nil) == "-")
        #expect(NumberText.count(350_000) == "350,000")
    }

    @Test(arguments: [
        (2.324, "2.324"), (127.54, "127.54"), (1_534.2, "1,534.2"), (350_000, "350,000"), (-3.5, "-3.5"),
        (0.05, "0.05"), (1_234_567.891, "1,234,567.891"), (-0.25, "-0.25"), (42_100, "42,100"),
    ])
    func exactNumbersKeepEveryDigitWritten(value: Double, expected: String) {
        #expect(NumberText.exact(value) == expected)
    }

    @Test func aFigureShowsEveryFieldAsWritten() {
        var income = Figure(
            indicator: Indicator("per_capita_income"), value: 2.324, unit: .millionVND, kind: .estimate, period: Period("2024-9M"),
            jurisdiction: StubQueries.laiChau, quote: "thu nhập bình quân đạt 2,324 triệu đồng/người/tháng"
        )
        income.per = "person/month"
        income.yoyPct = 6.85
        #expect(income.summary == "per_capita_income  2.324 million_vnd/person/month  estimate  2024-9M  province:Lai Châu  yoy +6.85%")
        var revenue = Figure(indicator: .budgetRevenueOnTerritory, value: 1_534.2, unit: .billionVND, jurisdiction: StubQueries.laiChau, quote: "")
        revenue.pctOfPlan = [PlanComparison(pct: 127.54, authority: .central)]
        revenue.momPct = -0.35
        #expect(revenue.summary.hasSuffix("1,534.2 billion_vnd  province:Lai Châu  127.54% of central  mom -0.35%"))
        var growth = Figure(indicator: Indicator("grdp_sector_growth"), value: 12.4, unit: .percent, jurisdiction: StubQueries.laiChau, quote: "")
        growth.sector = "industry_construction"
        growth.priceBasis = "constant_2010"
        growth.scope = "non_state"
        #expect(growth.summary.contains("sector industry_construction  scope non_state  price basis constant_2010"))
    }

    /// `pubstatctl events --csv`: a record per event line, none for a heartbeat, quoted as RFC 4180 wants.
    @Test func eventLinesBecomeCSVRecords() throws {
        let ingested = #"{"event":{"data":{"bulletin":{"fileName":"Báo cáo, 9 tháng.txt","id":"ab12"},"figures":[{},{}]},"type":"bulletin.ingested","v":2},"sequence":7,"time":"2026-11-28T08:00:00.123456Z"}"#
        #expect(EventLineCSV.record(ingested) == "7,2026-11-28T08:00:00.123456Z,bulletin.ingested,2,ab12,\"Báo cáo, 9 tháng.txt\",,2,,,\r\n")
        let corrected = #"{"event":{"data":{"bulletinId":"ab12","figureId":"ab12-01","reason":"the table says \"1.540\"","uid":0,"user":"root"},"type":"figure.corrected","v":1},"sequence":8,"time":"t"}"#
        #expect(EventLineCSV.record(corrected) == "8,t,figure.corrected,1,ab12,,ab12-01,,0,root,\"the table says \"\"1.540\"\"\"\r\n")
        #expect(EventLineCSV.record(#"{"heartbeat":{"sequence":8,"time":"t"}}"#) == nil)
        #expect(EventLineCSV.header == CSVWriter.byteOrderMark + Array("sequence,time,type,version,bulletin,file_name,figure_id,figures,uid,user,reason\r\n".utf8))
    }

    /// Issue 9 item 12: a stated 127,54 % was printed as 127.5 %.
    @Test func budgetTablePrintsAStatedShareWithEveryDigitAndRoundsAComputedOne() {
        var year = BudgetYear(jurisdiction: StubQueries.laiChau, year: 2016)
        year.fullYear = BudgetObservation(
            quarter: nil, period: Period("2016"), revenueBillionVND: 1_913.1, kind: .actual, approximate: false, asOf: nil,
            yearElapsedPct: 100, estimates: [
                EstimateProgress(authority: .central, pct: 127.54, impliedEstimateBillionVND: 1_500, pace: .ahead),
                EstimateProgress(authority: .plan, pct: 124.13, impliedEstimateBillionVND: 1_541.2, pace: .ahead, computed: true),
            ], yoyPct: nil, source: FigureSource(bulletin: StubQueries.idA, sequence: 1, quote: "127,54%"))
        let lines = BudgetReport(years: [year]).renderedText().split(separator: "\n").map(String.init)
        #expect(lines[1].contains(" 127.54% ") && !lines[1].contains("127.5% "), "\(lines[1])")
        #expect(lines[2].contains(" 124.1% "), "\(lines[2])")
    }

    @Test func budgetTableShowsEachEstimateWithPaceAndYoY() {
        let text = BudgetReport(years: StubQueries.budgetYears).renderedText()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("JURISDICTION"))
        #expect(lines[0].contains("REVENUE bn VND") && lines[0].contains("IMPLIED bn VND") && lines[0].contains("PACE"))
        #expect(lines[1].contains("province:Lai Châu") && lines[1].contains("Q3 (2021-9M)") && lines[1].contains("1,234.5"))
        #expect(lines[1].contains("74.8%") && lines[1].contains("central") && lines[1].contains(" 82% "))
        #expect(lines[1].contains("1,505.5") && lines[1].contains("ahead") && lines[1].hasSuffix("+12.5%"))
        #expect(lines[2].hasPrefix(" ") && lines[2].contains("provincial council") && lines[2].contains("behind"))
        #expect(BudgetReport(years: []).renderedText() == "No budget revenue figures match.\n")
        // 82 % of the central estimate at 74.8 % of the year: the bar passes the pace mark
        #expect(lines[1].contains("[██████████████│█░░░░]"))
    }

    @Test(arguments: [
        (50.0, 25.0, "[██│██░░░░░]"), (0.0, 50.0, "[░░░░░│░░░░]"), (100.0, nil, "[██████████]"), (130.0, 100.0, "[█████████│]+"),
    ] as [(Double, Double?, String)])
    func progressBarsMarkTheLinearPace(pct: Double, pace: Double?, expected: String) {
        #expect(ProgressBar(width: 10).render(pct: pct, pacePct: pace) == expected)
    }

    @Test func progressBarWithoutAShareIsADash() {
        #expect(ProgressBar().render(pct: nil, pacePct: 50) == "-")
        #expect(ProgressBar().render(pct: .nan, pacePct: 50) == "-")
    }

    @Test func visitorTablesShowCapturesIntervalsAndTourism() {
        let text = StubQueries.visitorReport.renderedText()
        #expect(text.hasPrefix("Portal laichau.gov.vn\nCAPTURED"))
        #expect(text.contains("2024-03") && text.contains("1,004,000"))
        #expect(text.contains("CONSISTENT") && text.contains("yes"))
        #expect(text.contains("Tourist arrivals") && text.contains("~350,000") && text.contains("-20.5%"))
    }

    @Test func bulletinDetailQuotesEachFigure() async {
        let detail = await StubQueries().bulletin(StubQueries.idA)!
        let text = detail.renderedText()
        #expect(text.contains("Bulletin   \(StubQueries.idA)"))
        #expect(text.contains("1. budget_revenue_on_territory  1,234.5 billion_vnd  2021-9M  province:Lai Châu"))
        #expect(text.contains("   “Tổng thu ngân sách trên địa bàn ước đạt 1.234,5 tỷ đồng”"))
        #expect(text.contains("Context    -\n"))
        var withContext = detail
        withContext.context = DocumentContext(sourceURL: "https://laichau.gov.vn/a", publisher: "Cổng TTĐT")
        withContext.bulletin.publishedMonth = YearMonth(year: 2021, month: 10)
        withContext.bulletin.published = nil
        let shown = withContext.renderedText()
        #expect(shown.contains("Context    publisher Cổng TTĐT, source https://laichau.gov.vn/a"))
        #expect(shown.contains("Published  2021-10\n"))
    }

    @Test func bulletinListUsesShortIDs() async {
        let text = await StubQueries().bulletins().renderedText()
        #expect(text.contains(StubQueries.idC.short + "  2021-10-05  province:Lai Châu"))
        #expect(!text.contains(StubQueries.idC.rawValue))
        var long = StubQueries.summary(StubQueries.idA)
        long.title = String(repeating: "x", count: 70)
        #expect(BulletinList(bulletins: [long]).renderedText().contains(String(repeating: "x", count: 59) + "…\n"))
    }
}

@Suite struct UnclassifiedRenderingTests {
    @Test func oneRowPerMentionAndAHintWhenLimited() async {
        let report = await StubQueries().unclassified(UnclassifiedFilter(limit: 1))
        let text = report.renderedText()
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("BULLETIN"))
        #expect(lines[1].hasPrefix(StubQueries.idA.short))
        #expect(lines[1].contains("320 doanh nghiệp") && lines[1].contains("count") && lines[1].contains("2024"))
        #expect(lines[1].hasSuffix("toàn tỉnh có 320 doanh nghiệp thành lập mới"))
        #expect(lines[2] == "1 of 2 shown; --limit N shows more")
        #expect(UnclassifiedReport(total: 0, mentions: []).renderedText() == "No unclassified mentions.\n")
    }
}
