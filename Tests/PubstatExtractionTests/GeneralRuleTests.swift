import PubstatModel
import Testing
@testable import PubstatExtraction

/// One test per rule of bulletin language added so the extractor reads provinces it was not written
/// against. Every sentence is invented; no rule names a file, a province or a number.
@Suite struct GeneralRuleTests {
    private func only(_ text: String, _ name: String) throws -> Figure {
        let found = figures(try extract(text), name)
        #expect(found.count == 1, "expected one \(name), got \(found.map(\.quote))")
        return try #require(found.first)
    }

    // MARK: completeness

    @Test func aFigureWithoutAPlaceIsHeldBack() throws {
        let r = try extract("Năm 2022, tổng thu ngân sách nhà nước trên địa bàn ước đạt 4.200 tỷ đồng.")
        #expect(r.figures.isEmpty)
        #expect(r.held.map(\.indicator.rawValue) == ["budget_revenue_on_territory"])
    }

    @Test func aFigureWithoutAYearIsHeldBack() throws {
        let r = try extract("Sáu tháng đầu năm nay, thu ngân sách tỉnh Bắc Kạn đạt 410 tỷ đồng.")
        #expect(r.figures.isEmpty && r.held.count == 1)
    }

    // MARK: periods

    @Test func monthCountsWrittenAsWords() throws {
        let f = try only("Tám tháng năm 2024, tỉnh Sóc Trăng đã chi ngân sách 6.100 tỷ đồng.", "budget_expenditure_local")
        #expect(f.period?.description == "2024-8M")
    }

    @Test func aBareMonthCountBeforeItsVerb() throws {
        let f = try only("Năm 2024, giá trị sản xuất công nghiệp tỉnh Hà Nam 5 tháng ước đạt 2.300 tỷ đồng.", "industrial_production_value")
        #expect(f.period?.description == "2024-5M")
    }

    @Test func thisYearIsTheBulletinsYear() throws {
        let text = " date 2023-07 Sáu tháng đầu năm nay, thu ngân sách tỉnh Bắc Kạn đạt 410 tỷ đồng. Cả năm nay phấn đấu thu 900 tỷ đồng."
        let f = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(f.period?.description == "2023-H1")
    }

    @Test func monthWithHyphenatedYear() throws {
        let f = try only("Tháng 4-2019, khách du lịch đến tỉnh Ninh Bình đạt 700 nghìn lượt.", "tourist_arrivals")
        #expect(f.period?.description == "2019-04")
    }

    @Test func runningTotalUpToAMonth() throws {
        let f = try only("Năm 2025, nhập khẩu của tỉnh Long An lũy kế đến tháng 9 ước đạt 3.100 triệu USD.", "import_value")
        #expect(f.period?.description == "2025-9M")
    }

    @Test func holidayWindowsWithHyphensAndDen() throws {
        let a = try only(" date 2022-05 Trong dịp nghỉ lễ (từ ngày 30-4 - 03-5), tỉnh Khánh Hòa đón 310.000 lượt khách.", "tourist_arrivals")
        #expect(a.period?.description == "2022-04-30/2022-05-03")
        let b = try only(" date 2024-02 Từ ngày 8-2 đến ngày 14-2, tỉnh Ninh Bình đón 500.000 lượt khách.", "tourist_arrivals")
        #expect(b.period?.description == "2024-02-08/2024-02-14")
    }

    // MARK: plans, indices, comparisons

    @Test func exceedingAnEstimateIsAShareAboveAHundred() throws {
        let f = try only("Năm 2021, thu ngân sách tỉnh Bình Định đạt 12.000 tỷ đồng, vượt 8,5% dự toán.", "budget_revenue_on_territory")
        #expect(f.pctOfPlan == [PlanComparison(pct: 108.5, authority: .plan)])
    }

    @Test func authorityPhrasings() throws {
        let text = """
        Năm 2023, thu ngân sách tỉnh Gia Lai đạt 6.000 tỷ đồng, bằng 110% dự toán Trung ương, bằng 104% dự toán tỉnh và bằng 101% dự toán pháp lệnh.
        """
        let f = try only(text, "budget_revenue_on_territory")
        #expect(f.pctOfPlan == [PlanComparison(pct: 110, authority: .central), PlanComparison(pct: 104, authority: .provinceAssigned),
                                PlanComparison(pct: 101, authority: .plan)])
    }

    @Test func anEquivalentShareOfTheEstimate() throws {
        let f = try only("Năm 2022, thu ngân sách tỉnh Kon Tum đạt 3.000 tỷ đồng (tương đương 90,5% dự toán năm).", "budget_revenue_on_territory")
        #expect(f.pctOfPlan == [PlanComparison(pct: 90.5, authority: .plan)])
    }

    @Test func anIndexOnTheSamePeriodIsAChange() throws {
        let f = try only("Năm 2020, thu ngân sách tỉnh Quảng Bình đạt 5.000 tỷ đồng, bằng 92% so với cùng kỳ.", "budget_revenue_on_territory")
        #expect(f.yoyPct == -8)
    }

    @Test func aDevelopmentIndexIsGrowth() throws {
        let f = try only("Năm 2022, tốc độ phát triển GRDP của tỉnh Vĩnh Long đạt 107,25%.", "grdp_growth")
        #expect(f.value == 7.25)
    }

    @Test func aComparisonWithSomethingElseIsNoYearOnYearChange() throws {
        let f = try only("Năm 2023, tốc độ tăng trưởng GRDP của tỉnh Bắc Giang đạt 13,5%, gấp 2 lần so với trung bình cả nước.", "grdp_growth")
        #expect(f.yoyPct == nil && f.yoyRatio == nil)
    }

    @Test func aComparisonWithTheSamePartOfTheYearBefore() throws {
        let f = try only("Năm 2025, thu nội địa tỉnh Nghệ An đạt 9.000 tỷ đồng, tăng 12% so với 6 tháng đầu năm 2024.", "budget_revenue_domestic")
        #expect(f.yoyPct == 12)
    }

    @Test func bracketedPlanRangesAfterKH() throws {
        let r = try extract("Năm 2023, tỉnh Hà Giang: GRDP bình quân đầu người ước đạt 81,2 triệu đồng (KH 80-82 triệu đồng); tốc độ tăng trưởng GRDP 7,15% (KH tăng 8-9%).")
        let perCapita = figures(r, "grdp_per_capita")
        #expect(perCapita.map(\.kind) == [.estimate, .plan])
        #expect(perCapita.last?.value == 80 && perCapita.last?.valueHigh == 82 && perCapita.last?.qualifier == nil)
        #expect(figures(r, "grdp_growth").map(\.value) == [7.15, 8])
    }

    @Test func theFallOfARateIsItsReduction() throws {
        let f = try only("Năm 2023, tỷ lệ hộ nghèo của tỉnh Lào Cai giảm 3,1%.", "poverty_rate_reduction_avg")
        #expect(f.value == 3.1)
    }

    @Test func aPlanShareBesideAChangeOnly() throws {
        let f = try only("Năm 2023, giá trị sản xuất công nghiệp tỉnh Phú Yên vượt gần 6% kế hoạch, tăng 11% so với cùng kỳ.", "industrial_production_value")
        #expect(f.pctOfPlan == [PlanComparison(pct: 106, authority: .plan)] && f.yoyPct == 11)
    }

    // MARK: numbers and units

    @Test func aMillionBillion() throws {
        let f = try only("Năm 2024, tổng thu ngân sách nhà nước của cả nước Việt Nam ước đạt hơn 2 triệu tỷ đồng.", "budget_revenue_on_territory")
        #expect(f.value == 2_000_000 && f.unit == .billionVND)
    }

    @Test func visitorsWithoutLuot() throws {
        let f = try only("Năm 2019, thành phố Đà Nẵng thu hút được 4,2 triệu du khách.", "tourist_arrivals")
        #expect(f.value == 4_200_000)
    }

    @Test func aDotTypedForTheDecimalComma() {
        #expect(VietnameseNumber.parse(Array("4.521.7".utf8)) == 4521.7)
        #expect(VietnameseNumber.parse(Array("4.521.700".utf8)) == 4_521_700)
    }

    // MARK: sectors, families, places

    @Test func bareSectorNamesAfterAnOutputFigure() throws {
        let text = "Năm 2022, tốc độ tăng trưởng GRDP của tỉnh Hà Nam đạt 9,1%. Trong đó: nông, lâm nghiệp, thủy sản tăng 2,2%; công nghiệp - xây dựng tăng 12,4%; dịch vụ tăng 6,8%."
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.sector) == ["agriculture_forestry_fishery", "industry_construction", "services"])
        #expect(sectors.map(\.value) == [2.2, 12.4, 6.8])
    }

    @Test func aSectorInsideALongerNameIsNoSector() throws {
        let text = "Năm 2022, GRDP của tỉnh Hà Nam tăng 9,1%, chỉ số sản xuất công nghiệp tăng 11%, xuất khẩu hàng hóa và dịch vụ tăng 4%."
        #expect(figures(try extract(text), "grdp_sector_growth").isEmpty)
    }

    @Test func aPlaceSeriesRestatesTheIndicator() throws {
        let text = "Năm 2025, GRDP của tỉnh Hà Tây (cũ) tăng 8,1%; tỉnh Sơn La tăng 7,2% và tỉnh Hoà Bình tăng 6,9%."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.jurisdiction.name) == ["Hà Tây", "Sơn La", "Hòa Bình"])
        #expect(growth.map(\.value) == [8.1, 7.2, 6.9])
    }

    @Test func theWholeDistrictIsTheBulletinsDistrict() throws {
        let text = "Huyện Mường Tè (Lai Châu) tổng kết năm 2019. Đến nay, toàn huyện có tỷ lệ hộ nghèo giảm còn 30,5%."
        let f = try only(text, "poverty_rate")
        #expect(f.jurisdiction == Jurisdiction(.district, "Mường Tè"))
    }

    @Test func aShareOfGDPIsNoGrowth() throws {
        #expect(figures(try extract("Năm 2020, du lịch đóng góp vào GDP du lịch đạt trên 3% ở Việt Nam."), "gdp_growth").isEmpty)
    }

    @Test func aChangeOfAnotherSubjectAfterAComma() throws {
        let text = "Về sử dụng GDP năm 2021 của Việt Nam, tiêu dùng cuối cùng tăng 2,1%; tích lũy tài sản tăng 3,4%."
        #expect(figures(try extract(text), "gdp_growth").isEmpty)
    }

    // MARK: sentences and breakdowns

    @Test func abbreviationDotsEndNoSentence() throws {
        let f = try only("Năm 2024, tổng lượt khách do cơ sở lưu trú của TP.Đà Nẵng phục vụ ước đạt 4,3 triệu lượt.", "tourist_arrivals")
        #expect(f.jurisdiction == Jurisdiction(.city, "Đà Nẵng") && f.value == 4_300_000)
    }

    @Test func aBreakdownOpeningTheNextSentenceKeepsItsTotalsKindAndPlace() throws {
        let text = """
        Năm 2023, tổng thu ngân sách tỉnh Thái Bình ước đạt 7.000 tỷ đồng. Tỉnh Nam Định cũng tăng thu. Năm 2023, thu ngân sách tỉnh Ninh Bình ước đạt 5.000 tỷ đồng. Trong đó, thu nội địa đạt 4.500 tỷ đồng.
        """
        let f = try only(text, "budget_revenue_domestic")
        #expect(f.kind == .estimate && f.jurisdiction == Jurisdiction(.province, "Ninh Bình"))
    }

    @Test func aRunningTotalSentenceContinuesTheIndicator() throws {
        let text = "Tháng 3/2024, kim ngạch xuất khẩu của tỉnh Bến Tre đạt 150 triệu USD. Lũy kế 3 tháng năm 2024 đạt 420 triệu USD, tăng 9%."
        let exports = figures(try extract(text), "export_value")
        #expect(exports.map { $0.period?.description } == ["2024-03", "2024-Q1"])
    }

    @Test func abbreviatedProgrammeNames() throws {
        let f = try only("Năm 2021, tỉnh Tuyên Quang có thêm 9 xã đạt chuẩn NTM.", "ntm_communes_new")
        #expect(f.value == 9)
    }

    @Test func revenueRightAfterVisitorsIsTourismRevenue() throws {
        let f = try only("Tháng 2/2020, tỉnh Quảng Bình đón 120.000 lượt khách; doanh thu đạt 300 tỷ đồng.", "tourism_revenue")
        #expect(f.value == 300)
    }

    @Test func withAloneIsNoComparison() throws {
        let f = try only("Năm 2025, xuất khẩu của tỉnh Nam Định ổn định với kim ngạch 10 tháng ước đạt 7.100 triệu USD.", "export_value")
        #expect(f.period?.description == "2025-10M")
    }

    @Test func anIncreaseFloorIsNoLevel() throws {
        #expect(figures(try extract("Tỉnh Điện Biên phấn đấu đến năm 2025 thu nhập bình quân đầu người tăng từ 2 triệu đồng trở lên."), "per_capita_income").isEmpty)
    }

    @Test func aQualifierRightAfterTheUnit() throws {
        let text = "Năm 2020, tỉnh Hà Giang đón 1,2 triệu lượt khách, trong đó 900 nghìn lượt khách nội địa và 300 nghìn lượt khách quốc tế."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_domestic").map(\.value) == [900_000])
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [300_000])
    }

    @Test func aClauseWithItsOwnPeriodContinuesTheIndicator() throws {
        let text = "Tốc độ tăng trưởng GRDP của tỉnh Yên Bái năm 2019 đạt 7,1%; bình quân giai đoạn 2016-2019 đạt 6,4%/năm (mục tiêu 2016-2020 đạt 7-7,5%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map { $0.period?.description } == ["2019", "2016/2019", "2016/2020-target"])
        #expect(growth.map(\.value) == [7.1, 6.4, 7])
    }

    @Test func thePastYearsBeforeTheTimeOfWriting() throws {
        let early = try only(" date 2024-02 Năm qua, tổng thu ngân sách tỉnh Điện Biên đạt 1.900 tỷ đồng.", "budget_revenue_on_territory")
        #expect(early.period?.description == "2023")
        let span = try only(" date 2024-02 Bình quân 5 năm qua, GRDP tỉnh Điện Biên tăng 7,2%/năm.", "grdp_growth")
        #expect(span.period?.description == "2019/2023")
    }

    @Test func localExportsAndCouncilResolutions() throws {
        #expect(figures(try extract("Năm 2022, kim ngạch xuất khẩu hàng hóa địa phương của tỉnh Lạng Sơn đạt 450 triệu USD."), "local_export_value").count == 1)
        let f = try only("Năm 2023, thu ngân sách tỉnh Bắc Giang đạt 12.000 tỷ đồng, bằng 110% Nghị quyết HĐND tỉnh.", "budget_revenue_on_territory")
        #expect(f.pctOfPlan == [PlanComparison(pct: 110, authority: .provincialCouncil)])
    }

    @Test func productsOfOneStarRating() throws {
        let products = figures(try extract("Năm 2023, tỉnh Thái Bình có 210 sản phẩm OCOP, trong đó 12 sản phẩm đạt 4 sao."), "ocop_products")
        #expect(products.map(\.value) == [210, 12])
        #expect(products.map(\.scope) == [nil, "four_star"])
    }

    @Test func aFuturePeriodInADatedBulletinIsATargetEvenWithDat() throws {
        let text = "Thứ Hai, 02/12/2019, 08:00\nNăm 2020, doanh thu du lịch của tỉnh Cao Bằng đạt 900 tỷ đồng."
        #expect(try only(text, "tourism_revenue").kind == .target)
    }

    @Test func aRunningTermReportsResultsSoFar() throws {
        let text = "Thứ Hai, 04/09/2023, 08:00\nSau nửa nhiệm kỳ 2021 - 2025, tỷ lệ hộ nghèo tỉnh Lai Châu giảm bình quân 3,1%/năm."
        let f = try only(text, "poverty_rate_reduction_avg")
        #expect(f.kind == .actual && f.period?.description == "2021/2023")
    }

    @Test func theLastMonthsOfAYearAndACueRightAfterTheNumber() throws {
        let r = try extract("Trong 3 tháng cuối năm 2022, tỉnh Phú Thọ phấn đấu có thêm 9 xã đạt chuẩn NTM và 4 xã NTM nâng cao.")
        #expect(figures(r, "ntm_communes_new").map { $0.period?.description } == ["2022-target"])
        #expect(figures(r, "ntm_advanced_communes").map(\.value) == [4])
        #expect(figures(r, "ntm_communes").isEmpty)
    }

    @Test func aStockUnderASpanIsItsLastYear() throws {
        let text = "Giai đoạn 2016-2020, tỉnh Phú Thọ có thêm 60 xã đạt chuẩn nông thôn mới, nâng tổng số xã nông thôn mới lên 110 xã."
        let r = try extract(text)
        #expect(figures(r, "ntm_communes").map { $0.period?.description } == ["2020"])
        #expect(figures(r, "ntm_communes_new").map { $0.period?.description } == ["2016/2020"])
    }

    @Test func aYearMentionedInPassingKeepsTheHolidayWindow() throws {
        let text = """
         date 2024-02 Từ ngày 8-2 đến ngày 14-2, tỉnh Ninh Bình đón 500.000 lượt khách tham quan. Năm 2024, du lịch tỉnh hứa hẹn nhiều khởi sắc. Doanh thu du lịch đạt 700 tỷ đồng.
        """
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2024-02-08/2024-02-14"])
        #expect(figures(r, "tourism_revenue").map { $0.period?.description } == ["2024-02-08/2024-02-14"])
    }

    @Test func aRatioToATargetIsNoYearOnYearChange() throws {
        let f = try only("Năm 2020, tỉnh Yên Bái nâng tổng số xã nông thôn mới lên 80 xã, gấp hơn 3 lần mục tiêu đề ra.", "ntm_communes")
        #expect(f.yoyPct == nil && f.yoyRatio == nil)
    }

    @Test func exceedingAPlannedRateIsNoShare() throws {
        let f = try only("Năm 2017, tốc độ tăng trưởng kinh tế của tỉnh Thái Nguyên đạt 12,6%, vượt 0,6% so với kế hoạch.", "grdp_growth")
        #expect(f.pctOfPlan.isEmpty)
    }

    @Test func exceedingANamedAuthoritysTarget() throws {
        let f = try only("Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh ước đạt 50.000 tỷ đồng, vượt chỉ tiêu Quốc hội giao 4%.", "budget_revenue_on_territory")
        #expect(f.pctOfPlan == [PlanComparison(pct: 104, authority: .central)])
    }

    @Test func overAMilestoneIsApproximate() throws {
        let f = try only("Năm 2022, quy mô kinh tế của tỉnh Long An chạm mức 150.000 tỷ đồng.", "grdp_value")
        #expect(f.qualifier == .approx)
    }

    @Test func anEstimateWrittenAfterTheValue() throws {
        let f = try only("Quý 1/2023, doanh thu bán lẻ của tỉnh Hải Dương đạt 9.600 tỷ đồng, ước tăng 12% so với cùng kỳ.", "retail_sales")
        #expect(f.qualifier == .approx && f.yoyPct == 12)
    }

    @Test func aBreakdownOpenedByCuThe() throws {
        let text = "Tổng thu ngân sách 9 tháng năm 2025 của tỉnh Đồng Nai ước thực hiện 40.000 tỷ đồng. Cụ thể, thu nội địa 30.000 tỷ đồng."
        #expect(try only(text, "budget_revenue_domestic").kind == .estimate)
    }

    @Test func anEstimateWordOpeningTheSentence() throws {
        let f = try only("Ước tính năm 2024, tổng sản phẩm trong tỉnh (GRDP) của tỉnh Bình Thuận tăng 6,9% so với năm 2023.", "grdp_growth")
        #expect(f.kind == .estimate)
    }

    @Test func runningTotalsAndMonthsUpToAnEnd() throws {
        let a = figures(try extract("Tháng 10/2024, kim ngạch xuất khẩu của tỉnh Bắc Giang đạt 3,2 tỷ USD; tính chung 10 tháng, kim ngạch xuất khẩu đạt 29,5 tỷ USD."), "export_value")
        #expect(a.map { $0.period?.description } == ["2024-10", "2024-10M"])
        let b = try only("Tính đến hết tháng 11/2024, thu ngân sách nhà nước trên địa bàn tỉnh Thanh Hóa đạt 50.100 tỷ đồng.", "budget_revenue_on_territory")
        #expect(b.period?.description == "2024-11M")
    }

    @Test func theEndOfAYearIsAStatement() throws {
        let f = try only("Đến cuối năm 2023, tỷ lệ hộ nghèo đa chiều của tỉnh Điện Biên giảm còn 23,4%.", "poverty_rate")
        #expect(f.period?.description == "2023" && f.value == 23.4)
    }

    @Test func aPlanWithItsOwnYearInBrackets() throws {
        let text = "Quý 1/2023, tổng mức bán lẻ hàng hóa của tỉnh Hải Dương ước đạt 30.000 tỷ đồng, bằng 24% so với kế hoạch (kế hoạch năm 2023 đạt 125.000 tỷ đồng)."
        let sales = figures(try extract(text), "retail_sales")
        #expect(sales.map(\.kind) == [.estimate, .plan])
        #expect(sales.map { $0.period?.description } == ["2023-Q1", "2023"])
        #expect(sales.first?.pctOfPlan == [PlanComparison(pct: 24, authority: .plan)])
    }

    @Test func aFallFromOneRateToAnother() throws {
        let text = "Từ năm 2016 - 2019, tỷ lệ hộ nghèo của tỉnh Hà Giang giảm 18,2%, từ 40,1% xuống còn 21,9%, bình quân mỗi năm giảm 4,55%."
        let r = try extract(text)
        let rates = figures(r, "poverty_rate")
        #expect(rates.map(\.value) == [40.1, 21.9])
        #expect(rates.map { $0.period?.description } == ["2016", "2019"])
        let average = figures(r, "poverty_rate_reduction_avg")
        #expect(average.map(\.value) == [4.55])
        #expect(average.first?.period?.description == "2016/2019")
    }

    @Test func districtsNameTheirProvince() throws {
        let f = try only("Năm 2019, thu nhập bình quân đầu người huyện Mù Cang Chải đạt 19,5 triệu đồng. Toàn tỉnh thu ngân sách đạt 2.000 tỷ đồng.", "budget_revenue_on_territory")
        #expect(f.jurisdiction == Jurisdiction(.province, "Yên Bái"))
    }

    @Test func visitorsServedByAccommodation() throws {
        let r = try extract("Năm 2023, tỉnh Lâm Đồng có 4,1 triệu lượt khách qua lưu trú và 300.000 lượt khách sử dụng dịch vụ lưu trú tại Đà Lạt.")
        #expect(figures(r, "tourist_arrivals").map(\.value) == [4_100_000, 300_000])
    }

    @Test func valueAddedOfASector() throws {
        let text = "Năm 2024, GDP của Việt Nam tăng 7,09%. Xuất khẩu tăng mạnh. Sản xuất công nghiệp khởi sắc với giá trị tăng thêm toàn ngành công nghiệp tăng 8,32%."
        let sectors = figures(try extract(text), "gdp_sector_growth")
        #expect(sectors.map(\.value) == [8.32] && sectors.first?.sector == "industry")
    }

    @Test func aProgrammesNameIsNoTarget() throws {
        let text = "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo, năm 2019 tỷ lệ hộ nghèo tỉnh Lào Cai còn 12,5%."
        #expect(try only(text, "poverty_rate").kind == .actual)
    }

    @Test func aBracketedChangeAgainstTheEstimate() throws {
        let f = try only("Năm 2017, thu ngân sách của tỉnh Thái Nguyên đạt 12.000 tỷ đồng, tăng 3.000 tỷ đồng so với dự toán (tăng 33%).", "budget_revenue_on_territory")
        #expect(f.pctOfPlan == [PlanComparison(pct: 133, authority: .plan)] && f.yoyPct == nil)
    }

    @Test func aRatesTotalFallOverASpanIsNoFigure() throws {
        let r = try extract("Giai đoạn 2016 - 2019, tỷ lệ hộ nghèo của tỉnh Yên Bái giảm 20,65%.")
        #expect(figures(r, "poverty_rate").isEmpty && figures(r, "poverty_rate_reduction_avg").isEmpty)
    }

    @Test func aCountInANewClauseTakesTheCueAfterIt() throws {
        let r = try extract("Năm 2023, tỉnh Nam Định có 204 xã đạt chuẩn nông thôn mới, 60 xã đạt chuẩn nông thôn mới nâng cao.")
        #expect(figures(r, "ntm_communes").map(\.value) == [204])
        #expect(figures(r, "ntm_advanced_communes").map(\.value) == [60])
    }

    @Test func aHolidayWindowClosedByItsYear() throws {
        let f = try only("Trong 5 ngày nghỉ lễ (từ 31/8 đến 4/9/2024), tỉnh Quảng Ninh đón khoảng 350.000 lượt khách.", "tourist_arrivals")
        #expect(f.period?.description == "2024-08-31/2024-09-04")
    }

    @Test func aNewspaperBylineOpensTheArticle() throws {
        let text = " date 2024-07 Khách quốc tế đến Huế tăng mạnh  (TTH) - Tổng số lượt khách do cơ sở lưu trú phục vụ 6 tháng đầu năm của thành phố Huế ước đạt 2,1 triệu lượt."
        let f = try only(text, "tourist_arrivals")
        #expect(f.value == 2_100_000 && f.period?.description == "2024-H1")
    }

    @Test func anInfoboxLabelAndItsValueLine() throws {
        let text = " • GRDP tỉnh Gia Lai (2022)\n\n  115.000 tỷ VNĐ\n • Dân số\n\n  1,5 triệu người"
        let f = try only(text, "grdp_value")
        #expect(f.value == 115_000 && f.unit == .billionVND && f.period?.description == "2022")
    }

    // MARK: rules from the invented corpus (Tests/Fixtures/invented)

    @Test func theVenueOfAPressConferenceIsNoSubject() throws {
        let text = "Sáng ngày 6/1/2025, tại Hà Nội, Cục Thống kê tổ chức họp báo công bố số liệu năm 2024. "
            + "Tổng sản phẩm trong nước (GDP) năm 2024 tăng 7,1%. "
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2024 đạt 6.300 nghìn tỷ đồng."
        let f = try only(text, "retail_sales")
        #expect(f.jurisdiction == Jurisdiction(.country, "Việt Nam"))
    }

    @Test func aBareMonthCountBeforeDonOrThu() throws {
        let a = try only("Năm 2022, tỉnh Quảng Ngãi 9 tháng đón 1,2 triệu lượt khách.", "tourist_arrivals")
        #expect(a.period?.description == "2022-9M")
        let b = try only("Năm 2021, tỉnh Hà Tĩnh 10 tháng thu ngân sách 9.000 tỷ đồng.", "budget_revenue_on_territory")
        #expect(b.period?.description == "2021-10M")
    }

    @Test func aTargetWithoutItsOwnPeriodIsTheYears() throws {
        let r = try extract("Tám tháng năm 2024, tỉnh Ninh Bình đón 6 triệu lượt khách. Tỉnh phấn đấu đón 9 triệu lượt khách.")
        let visitors = figures(r, "tourist_arrivals")
        #expect(visitors.map { $0.period?.description } == ["2024-8M", "2024-target"])
    }

    @Test func theFallWrittenAfterARateIsItsReduction() throws {
        let r = try extract("Cuối năm 2022, tỷ lệ hộ nghèo tỉnh Điện Biên còn 21,3%, giảm 3,1% so với năm 2021.")
        let rate = try #require(figures(r, "poverty_rate").first)
        #expect(rate.value == 21.3 && rate.yoyPct == nil)
        let fall = figures(r, "poverty_rate_reduction_avg")
        #expect(fall.map(\.value) == [3.1] && fall.first?.period?.description == "2022")
    }

    @Test func aProvincesOldStyleGDPIsItsGRDP() throws {
        let r = try extract("Tổng sản phẩm trong tỉnh (GDP) năm 2013 của tỉnh Nam Định tăng 9,1%, trong đó khu vực dịch vụ tăng 8,7%.")
        #expect(figures(r, "gdp_growth").isEmpty && figures(r, "gdp_sector_growth").isEmpty)
        #expect(figures(r, "grdp_growth").map(\.value) == [9.1])
        #expect(figures(r, "grdp_sector_growth").map(\.sector) == ["services"])
    }

    @Test func criteriaPerCommuneWrittenAsEachCommune() throws {
        let f = try only("Năm 2022, tỉnh Bắc Kạn bình quân mỗi xã đạt 13,4 tiêu chí.", "ntm_criteria_per_commune")
        #expect(f.value == 13.4)
    }

    @Test func aHeadlineBeforeTheFirstPeriodOfAnotherYearIsHeldBack() throws {
        let text = " date 2014-01 Tỷ lệ hộ nghèo tỉnh Lai Châu giảm còn 24,5%\nĐến cuối năm 2013, tỷ lệ hộ nghèo của tỉnh Lai Châu còn 24,5%."
        let r = try extract(text)
        #expect(figures(r, "poverty_rate").map { $0.period?.description } == ["2013"])
        #expect(r.held.count == 1)
    }

    @Test func aCutOffDateDatesAFigureBeforeAnyPeriod() throws {
        let text = "Tính đến ngày 30/9/2024, tỉnh Bắc Kạn có 190 sản phẩm OCOP. Tỷ lệ hộ nghèo cuối năm 2023 còn 27%."
        let f = try only(text, "ocop_products")
        #expect(f.period?.description == "2024")
    }

    @Test func anEstimateWordBeforeAVerbCue() throws {
        let f = try only("Năm 2023, tỉnh Hà Giang ước đón 3 triệu lượt khách du lịch.", "tourist_arrivals")
        #expect(f.kind == .estimate && f.qualifier == .approx)
    }

    @Test func aFloorFromTroLenIsApproximate() throws {
        let f = try only("Năm 2030, tỉnh Sơn La phấn đấu tăng trưởng GRDP từ 9% trở lên.", "grdp_growth")
        #expect(f.value == 9 && f.qualifier == .approx && f.kind == .target)
    }

    @Test func aRestatedQuarterKeepsTheSentencesEstimate() throws {
        let r = try extract("GRDP 6 tháng đầu năm 2023 của tỉnh Phú Yên ước tăng 6,1%; riêng quý II tăng 6,8%.")
        let growth = figures(r, "grdp_growth")
        #expect(growth.map { $0.period?.description } == ["2023-H1", "2023-Q2"])
        #expect(growth.map(\.kind) == [.estimate, .estimate])
    }

    @Test func agricultureWrittenWithCommasOnly() throws {
        let r = try extract("Năm 2014, GRDP tỉnh Thái Bình tăng 8%, khu vực nông, lâm nghiệp, thủy sản tăng 3,1%.")
        #expect(figures(r, "grdp_sector_growth").map(\.sector) == ["agriculture_forestry_fishery"])
    }

    @Test func aTableRowGivesItsUnitACellOfItsOwn() throws {
        let text = "CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024 - TỈNH BẠC LIÊU\nSTT | Chỉ tiêu | Đơn vị tính | Thực hiện\n"
            + "1 | Kim ngạch xuất khẩu | triệu USD | 812,4 | 105,2\n2 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 3.905 | 98,1\n"
        let r = try extract(text)
        let exports = try #require(figures(r, "export_value").first)
        #expect(exports.value == 812.4 && exports.unit == .millionUSD && exports.period?.description == "2024-9M")
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [3905])
    }

    @Test func starRatedCountsListedWithVa() throws {
        let r = try extract("Năm 2024, tỉnh Quảng Trị có 120 sản phẩm OCOP đạt 3 sao trở lên, trong đó 15 sản phẩm 4 sao và 1 sản phẩm 5 sao.")
        let products = figures(r, "ocop_products")
        #expect(products.map(\.value) == [120, 15, 1])
        #expect(products.map(\.scope) == [nil, "four_star", "five_star"])
    }

    // MARK: rules written after the invented corpus's held-aside part was scored

    @Test func aGrowthTakesItsBracketedPlan() throws {
        let text = "Năm 2018, tổng sản phẩm trên địa bàn tỉnh Bắc Kạn ước tăng 6,9%, đạt kế hoạch đề ra (kế hoạch tăng 6,5 - 7%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [6.9, 6.5] && growth.map(\.kind) == [.estimate, .plan])
        #expect(growth.last?.valueHigh == 7)
    }

    @Test func aCouncilResolutionInBracketsIsThePlan() throws {
        let r = try extract("Năm 2016, tốc độ tăng trưởng kinh tế tỉnh Yên Bái đạt 7,2% (NQ HĐND tỉnh: 7,5%); GRDP bình quân đầu người đạt 30,1 triệu đồng (NQ: 30 triệu đồng).")
        #expect(figures(r, "grdp_growth").map(\.kind) == [.actual, .plan])
        #expect(figures(r, "grdp_per_capita").map(\.value) == [30.1, 30])
    }

    @Test func aFormerUnitsBudgetInTheNextBreakdownSentence() throws {
        let text = "Năm 2025, thu ngân sách nhà nước trên địa bàn tỉnh Ninh Bình ước đạt 40.000 tỷ đồng. Trong đó, tỉnh Nam Định (cũ) thu 9.500 tỷ đồng."
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map(\.value) == [40_000, 9_500])
        #expect(budget.last?.jurisdiction == Jurisdiction(.province, "Nam Định") && budget.last?.scope == "former_province")
    }

    @Test func sectorsInABulletedList() throws {
        let text = "Năm 2020, GRDP của tỉnh Hà Nam ước tăng 7,1%. Trong đó:\n+ Ngành công nghiệp - xây dựng tăng 9,2%;\n+ Ngành dịch vụ tăng 5,3%;\n+ Ngành nông, lâm nghiệp và thủy sản tăng 2,1%."
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.sector) == ["industry_construction", "services", "agriculture_forestry_fishery"])
        #expect(sectors.allSatisfy { $0.kind == .estimate })
    }

    @Test func aDashedBreakdownAfterCuTheKeepsTheEstimate() throws {
        let text = "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Phú Yên ước đạt 5.000 tỷ đồng. Cụ thể:\n- Thu nội địa: 4.600 tỷ đồng;\n- Thu từ hoạt động xuất nhập khẩu: 400 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_domestic").map(\.kind) == [.estimate])
        #expect(figures(r, "budget_revenue_import_export").map(\.kind) == [.estimate])
    }

    // MARK: rules written after the invented corpus's second batch was scored

    @Test func aDatelineIsNoSubjectAndANationalBodySpeaksForTheCountry() throws {
        let text = "Ngân sách vượt dự toán\n\nHà Nội, 06/01/2024 — Theo Bộ Tài chính, tổng thu ngân sách nhà nước năm 2023 ước đạt 1.750.000 tỷ đồng. "
            + "Tổng chi ngân sách nhà nước ước đạt 1.900.000 tỷ đồng."
        let r = try extract(text)
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        // local spending is never the country's
        #expect(figures(r, "budget_expenditure_local").isEmpty)
    }

    @Test func aRunningTotalRestatedWithTinhChung() throws {
        let r = try extract("GRDP quý II/2024 của tỉnh Hòa Bình ước tăng 7,4%; tính chung 6 tháng đầu năm 2024 tăng 6,9%.")
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2024-Q2", "2024-H1"])
    }
    // MARK: rules written in the fourth session, before the invented corpus's third batch was scored

    @Test func aBreakdownOfASectorNamesItsBranchesBare() throws {
        let text = "Năm 2022, GRDP tỉnh Hà Giang tăng 6,4%. Khu vực công nghiệp - xây dựng tăng 9,8%. "
            + "Trong đó, ngành công nghiệp tăng 12,3%, ngành xây dựng tăng 4,1%."
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.sector) == ["industry_construction", "industry", "construction"])
        #expect(sectors.map(\.value) == [9.8, 12.3, 4.1])
        // without a sector figure before it, a branch is no breakdown of the province's output
        let alone = try extract("Năm 2022, tỉnh Hà Giang có nhiều chuyển biến. Trong đó, ngành công nghiệp tăng 12,3%.")
        #expect(figures(alone, "grdp_sector_growth").isEmpty)
    }

    @Test func visitorsArrivingAtSitesAreArrivals() throws {
        let r = try extract("Tháng 4/2023, tỉnh Gia Lai đón 320.000 lượt khách; khách đến các khu, điểm du lịch 180.500 lượt.")
        #expect(figures(r, "tourist_arrivals").map(\.value) == [320_000, 180_500])
    }

    @Test func visitorsInASentenceAboutTourism() throws {
        let r = try extract("Năm 2023, tỉnh Bình Định giữ nhịp tăng trưởng. Du lịch khởi sắc với 5,2 triệu lượt khách, tăng 11%.")
        let arrivals = try #require(figures(r, "tourist_arrivals").first)
        #expect(arrivals.value == 5_200_000 && arrivals.yoyPct == 11)
        // a sentence about something else keeps its visitors unclassified
        let other = try extract("Năm 2023, tỉnh Bình Định giữ nhịp tăng trưởng. Bệnh viện tỉnh tiếp nhận 52.000 lượt khách.")
        #expect(figures(other, "tourist_arrivals").isEmpty)
    }
    @Test func anUndatedTextsOpeningMonthTakesTheYearOfTheRunningTotalAfterIt() throws {
        let text = "Theo Cục Thống kê tỉnh Hòa Bình, lượt khách du lịch trong tháng 2 ước đạt 410.000 lượt. "
            + "Tính chung 2 tháng đầu năm 2023, lượt khách du lịch ước đạt 800.000 lượt."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { $0.period?.description } == ["2023-02", "2023-2M"])
        // a later month is not inside the total that follows, so its year stays unknown
        let later = try extract("Lượt khách du lịch trong tháng 5 ước đạt 410.000 lượt tại tỉnh Hòa Bình. "
            + "Tính chung 2 tháng đầu năm 2023, lượt khách du lịch ước đạt 800.000 lượt.")
        #expect(figures(later, "tourist_arrivals").map { $0.period?.description } == ["2023-2M"])
    }
    @Test func aHolidayWindowWrittenBareAfterItsName() throws {
        let dated = try extract("Trong dịp nghỉ lễ 30/4-1/5/2022, tỉnh Quảng Bình đón 210.000 lượt khách.")
        #expect(figures(dated, "tourist_arrivals").map { $0.period?.description } == ["2022-04-30/2022-05-01"])
        let yearBefore = try extract("Năm 2022, trong kỳ nghỉ lễ 29-4 - 2-5, tỉnh Quảng Bình đón 210.000 lượt khách.")
        #expect(figures(yearBefore, "tourist_arrivals").map { $0.period?.description } == ["2022-04-29/2022-05-02"])
        // a ratio of communes is no window
        let ratio = try extract("Năm 2022, tỉnh Quảng Bình có 98/128 xã đạt chuẩn nông thôn mới.")
        #expect(figures(ratio, "ntm_communes").map { $0.period?.description } == ["2022"])
    }

    @Test func growthWrittenTangTruongIsARise() throws {
        let r = try extract("Năm 2022, quy mô nền kinh tế tỉnh Bắc Ninh đạt 240.000 tỷ đồng, tăng trưởng 7,4%.")
        let value = try #require(figures(r, "grdp_value").first)
        #expect(value.yoyPct == 7.4)
        #expect(figures(r, "grdp_growth").map(\.value) == [7.4])
    }

    @Test func theEconomyOfAPlaceGrowingIsItsGRDPGrowth() throws {
        let r = try extract("Chín tháng năm 2022, kinh tế tỉnh Sóc Trăng tăng trưởng 5,9%; nền kinh tế của tỉnh Hậu Giang ước tăng 6,1%.")
        let growth = figures(r, "grdp_growth")
        #expect(growth.map(\.value) == [5.9, 6.1])
        #expect(growth.map(\.jurisdiction) == [Jurisdiction(.province, "Sóc Trăng"), Jurisdiction(.province, "Hậu Giang")])
        let between = try extract("Kinh tế Đà Nẵng năm 2022 tăng trưởng 14%, quy mô GRDP đạt 120.000 tỷ đồng.")
        #expect(figures(between, "grdp_growth").map(\.value) == [14])
        // a share of the economy is no growth
        let share = try extract("Năm 2022, kinh tế số của tỉnh Sóc Trăng chiếm 9% GRDP.")
        #expect(figures(share, "grdp_growth").isEmpty)
    }
    // MARK: rules written from the invented corpus's third batch, first half (037-043)

    @Test func aWindowTakesTheYearWrittenWithItsHoliday() throws {
        let text = "Khánh Hòa đón 300 nghìn lượt khách dịp Tết\n\nTrong 6 ngày nghỉ Tết Nguyên đán Ất Tỵ 2025 (từ ngày 27/1 đến hết ngày 1/2), "
            + "tỉnh Khánh Hòa đón khoảng 302.000 lượt khách du lịch."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        // the headline about the holiday is the window too, never the whole year
        #expect(arrivals.map { $0.period?.description } == ["2025-01-27/2025-02-01", "2025-01-27/2025-02-01"])
        // a holiday headline with no window in the text is held back
        let alone = try extract("Khánh Hòa đón 300 nghìn lượt khách dịp Tết\n\nNăm 2025, tỉnh Khánh Hòa đặt mục tiêu đón 10 triệu lượt khách.")
        #expect(figures(alone, "tourist_arrivals").map(\.value) == [10_000_000])
    }

    @Test func aComparisonWithLastYearsHolidayDoesNotDateWhatFollows() throws {
        let text = "Trong kỳ nghỉ lễ Quốc khánh năm 2025 (từ 30/8 đến 2/9), tỉnh Nghệ An đón 800.000 lượt khách, tăng 20% so với dịp lễ 2/9 năm 2024; "
            + "trong đó khách quốc tế 12.000 lượt."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_international").map { $0.period?.description } == ["2025-08-30/2025-09-02"])
    }

    @Test func aSentenceOfFormerUnitsRestatesTheMergedProvincesGrowth() throws {
        let text = "GRDP 6 tháng năm 2025 của tỉnh Phú Thọ (mới) ước tăng 9,2%; khu vực dịch vụ tăng 8,1%. "
            + "Xét theo địa bàn trước sắp xếp, tỉnh Vĩnh Phúc (cũ) tăng 9,9%, tỉnh Hòa Bình (cũ) tăng 8,4%."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [9.2, 9.9, 8.4])
        #expect(growth.dropFirst().allSatisfy { $0.scope == "former_province" && $0.period?.description == "2025-H1" })
        #expect(growth.last?.jurisdiction == Jurisdiction(.province, "Hòa Bình"))
    }
    @Test func abbreviatedBudgetReports() throws {
        let text = "Năm 2022, tổng thu NSNN trên địa bàn tỉnh Hà Tĩnh ước đạt 18.400 tỷ đồng, bằng 131% DT TW giao, 104% DT HĐND tỉnh giao, tăng 6,2% so CK; "
            + "trong đó thu tiền SDĐ 5.100 tỷ đồng, thu từ hoạt động XNK 3.900 tỷ đồng."
        let r = try extract(text)
        let total = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(total.pctOfPlan.map(\.authority) == [.central, .provincialCouncil])
        #expect(total.yoyPct == 6.2)
        #expect(figures(r, "budget_revenue_land_use").map(\.value) == [5_100])
        #expect(figures(r, "budget_revenue_import_export").map(\.value) == [3_900])
    }
    @Test func theLevelARateFellToIsTheRate() throws {
        let r = try extract("Tỷ lệ hộ nghèo của tỉnh Lạng Sơn giai đoạn 2021 - 2024 giảm bình quân 3,1%/năm, đến cuối năm 2024 còn 9,8%.")
        #expect(figures(r, "poverty_rate_reduction_avg").map(\.value) == [3.1])
        #expect(figures(r, "poverty_rate").map(\.value) == [9.8])
    }

    @Test func aBracketedGoalIsATargetAndNamesNoLaterFigure() throws {
        let text = "Giai đoạn 2021 - 2025, tốc độ tăng trưởng GRDP bình quân của tỉnh Bắc Kạn ước đạt 5,2%/năm (mục tiêu Nghị quyết 6,5%/năm); "
            + "GRDP bình quân đầu người năm 2025 ước đạt 48 triệu đồng; tổng thu ngân sách nhà nước trên địa bàn cả 5 năm ước đạt 4.300 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.kind) == [.estimate, .target])
        #expect(figures(r, "grdp_growth").last?.value == 6.5)
        #expect(figures(r, "grdp_per_capita").map(\.kind) == [.estimate])
        // "cả 5 năm" is the whole span
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2021/2025"])
    }
    @Test func aTableFlattenedToLinesGivesEachValueItsColumnsPeriod() throws {
        let text = "Tỉnh Hải Dương: chỉ tiêu chủ yếu tháng 9 và 9 tháng năm 2023\n"
            + "Chỉ tiêu\tĐơn vị\tTháng 9/2023\t9 tháng 2023\t9 tháng so CK (%)\n"
            + "Kim ngạch xuất khẩu\ttriệu USD\t1.020\t8.940\t103,5\n"
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng | tỷ đồng | 6.210 | 52.300 | 110,8\n"
            + "Số doanh nghiệp thành lập mới\tdoanh nghiệp\t95\t1.050\t98,1\n\n"
            + "Năm 2023, kim ngạch nhập khẩu của tỉnh ước đạt 7.100 triệu USD."
        let r = try extract(text)
        let exports = figures(r, "export_value")
        #expect(exports.map { $0.period?.description } == ["2023-09", "2023-9M"])
        #expect(exports.map(\.value) == [1_020, 8_940])
        #expect(exports.map(\.yoyPct) == [nil, 3.5])
        #expect(figures(r, "retail_sales").map(\.value) == [6_210, 52_300])
        // after the table, prose is read as prose
        #expect(figures(r, "import_value").map { $0.period?.description } == ["2023"])
    }
    @Test func aPeriodAfterThePriceBasisYearIsTheStatements() throws {
        let r = try extract("GRDP tỉnh Trà Vinh theo giá so sánh 2010 quý II/2023 ước đạt 9.120 tỷ đồng, tăng 5,4% so với cùng kỳ năm 2022.")
        #expect(figures(r, "grdp_value").map { $0.period?.description } == ["2023-Q2"])
        let basisYear = try extract("Quý II/2023, GRDP tỉnh Trà Vinh theo giá so sánh năm 2010 ước đạt 9.120 tỷ đồng.")
        #expect(figures(basisYear, "grdp_value").map { $0.period?.description } == ["2023-Q2"])
    }
    @Test func modelAndAdvancedNewRuralCommunesInOneList() throws {
        let r = try extract("Năm 2023, tỉnh Thái Bình có 9 xã đạt chuẩn nông thôn mới kiểu mẫu và 41 xã đạt chuẩn nông thôn mới nâng cao.")
        #expect(figures(r, "ntm_communes").isEmpty)
        #expect(figures(r, "ntm_advanced_communes").map(\.value) == [41])
        #expect(figures(r, "ntm_model_communes").map(\.value) == [9])
        // a count right after "có thêm" stays the new communes
        let added = try extract("Năm 2023, tỉnh Thái Bình có thêm 6 xã đạt chuẩn nông thôn mới.")
        #expect(figures(added, "ntm_communes_new").map(\.value) == [6])
    }

    @Test func arrivalsFromAbroadAfterLuongKhach() throws {
        let r = try extract("Năm 2023, lượng khách quốc tế đến Huế đạt 1,1 triệu lượt; lượng khách nội địa đạt 2,6 triệu lượt.")
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [1_100_000])
        #expect(figures(r, "tourist_arrivals_domestic").map(\.value) == [2_600_000])
        #expect(figures(r, "tourist_arrivals").isEmpty)
    }

    @Test func taxesFeesAndOtherRevenue() throws {
        let r = try extract("Năm 2023, thu từ thuế, phí và thu khác của tỉnh Ninh Bình đạt 3.800 tỷ đồng.")
        #expect(figures(r, "budget_revenue_tax_fees_other").map(\.value) == [3_800])
    }
    @Test func anHTMLTableWithAComparisonColumnOfItsOwn() throws {
        let html = "<html><body><p>Tình hình kinh tế tỉnh Hòa Bình 9 tháng năm 2023.</p><table>"
            + "<tr><td>Chỉ tiêu</td><td>Đơn vị</td><td>9 tháng 2023</td><td>So cùng kỳ (%)</td></tr>"
            + "<tr><td>Kim ngạch xuất khẩu</td><td>triệu USD</td><td>610</td><td>108,4</td></tr></table></body></html>"
        let exports = figures(try extract(html, fileName: "table.html"), "export_value")
        #expect(exports.map(\.value) == [610])
        #expect(exports.map(\.yoyPct) == [8.4])
        #expect(exports.map { $0.period?.description } == ["2023-9M"])
    }
    @Test func aChangeAgainstLastYearsHolidayIsYearOnYear() throws {
        let r = try extract("Trong 5 ngày nghỉ Tết Nguyên đán Quý Mão 2023 (từ ngày 20/1 đến 24/1), tỉnh Tây Ninh đón 500.000 lượt khách, tăng 20% so với dịp Tết năm trước.")
        #expect(figures(r, "tourist_arrivals").map(\.yoyPct) == [20])
    }

    @Test func anEstimateTheCouncilGaveIsAPlan() throws {
        let r = try extract("HĐND tỉnh Nghệ An giao DT thu NSNN trên địa bàn năm 2024 là 21.000 tỷ đồng.")
        #expect(figures(r, "budget_revenue_on_territory").map(\.kind) == [.plan])
    }
    @Test func aReportAboutOneDistrictInAProvincialNewspaper() throws {
        let text = "Yên Thành: Thu ngân sách năm 2023 vượt dự toán\n\n(Báo Nghệ An) - HĐND huyện Yên Thành tổ chức kỳ họp cuối năm. "
            + "Năm 2023, thu ngân sách trên địa bàn ước đạt 410 tỷ đồng, bằng 125% dự toán tỉnh giao; trong đó thu tiền sử dụng đất 220 tỷ đồng. "
            + "Toàn huyện có thêm 2 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã nông thôn mới nâng cao của huyện lên 9 xã."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.district, "Yên Thành"))
        #expect(figures(r, "budget_revenue_land_use").map(\.jurisdiction) == [Jurisdiction(.district, "Yên Thành")])
        #expect(figures(r, "ntm_advanced_communes").map(\.value) == [2, 9])
        // a provincial report that names a district once stays the province's
        let province = try extract("Năm 2023, thu ngân sách tỉnh Nghệ An đạt 21.000 tỷ đồng; huyện Yên Thành thu 410 tỷ đồng. Toàn tỉnh có 300 xã đạt chuẩn nông thôn mới.")
        #expect(province.subject == Jurisdiction(.province, "Nghệ An"))
    }
    // MARK: rules written after the third batch's held-aside half (044-050) was scored

    @Test func undatedRunningMonthsTakeTheYearAfterTheSamePeriodTheyAreComparedWith() throws {
        let r = try extract("9 tháng qua, tỉnh Hà Giang đón 2.100.000 lượt khách, bằng 118,5% so với cùng kỳ năm 2023.")
        let arrivals = try #require(figures(r, "tourist_arrivals").first)
        #expect(arrivals.period?.description == "2024-9M")
        #expect(arrivals.yoyPct == 18.5)
    }

    @Test func aGrowthIndexFarAfterItsName() throws {
        let r = try extract("Tốc độ phát triển tổng sản phẩm trên địa bàn tỉnh Quảng Bình (GRDP) 6 tháng đầu năm 2022 ước đạt 106,35% so với cùng kỳ.")
        #expect(figures(r, "grdp_growth").map(\.value) == [6.35])
    }

    @Test func aBracketedFigureSetForItIsAPlan() throws {
        let r = try extract("Năm 2022, tỷ lệ hộ nghèo của tỉnh Bắc Kạn giảm 3,6%, còn 14,2% (chỉ tiêu giảm 3%).")
        #expect(figures(r, "poverty_rate_reduction_avg").map(\.kind) == [.actual, .plan])
    }

    @Test func aShareOfTheCountOfPoorHouseholdsIsNoRate() throws {
        let r = try extract("Năm 2025, thành phố Pleiku phấn đấu thu ngân sách 1.500 tỷ đồng; giảm 50% số hộ nghèo hiện có.")
        #expect(figures(r, "poverty_rate_reduction_avg").isEmpty)
        #expect(figures(r, "poverty_rate").isEmpty)
    }

    @Test func aFormerUnitNamedAfterTheNumberIsNoPlaceOfIt() throws {
        let text = "Đến cuối năm 2025, toàn tỉnh Cà Mau có 1.200 hộ nghèo. Chương trình OCOP có 250 sản phẩm đạt từ 3 sao trở lên; riêng tỉnh Bạc Liêu (cũ) có 100 sản phẩm."
        let ocop = figures(try extract(text), "ocop_products")
        #expect(ocop.first?.jurisdiction == Jurisdiction(.province, "Cà Mau"))
    }
    // MARK: rules written from the fourth invented batch's first half (051-057)

    @Test func eachValueOfAFallTakesItsOwnDate() throws {
        let r = try extract("Tỷ lệ hộ nghèo của tỉnh Hòa Bình giảm từ 10,2% cuối năm 2022 xuống 7,9% cuối năm 2023.")
        #expect(figures(r, "poverty_rate").map { "\($0.value!) \($0.period!)" } == ["10.2 2022", "7.9 2023"])
    }

    @Test func lastYearsRateAfterAValueDatesOnlyThatValue() throws {
        let text = "Năm 2024, GRDP của tỉnh Bắc Ninh tăng 6,0%, thấp hơn mức tăng 7,4% của năm 2023.\n\nQuy mô GRDP ước đạt 250.000 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "grdp_value").map { $0.period?.description } == ["2024"])
    }

    @Test func aSubPeriodInsideTheSentenceScopesItsClauseOnly() throws {
        let text = "GRDP 6 tháng đầu năm 2024 của tỉnh Quảng Bình ước tăng 6,1%, trong đó quý II tăng 6,5%. Quy mô GRDP ước đạt 21.000 tỷ đồng. "
            + "Tính đến cuối tháng 6/2024, toàn tỉnh có 90 xã đạt chuẩn nông thôn mới; riêng năm 2024 có thêm 4 xã."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2024-H1", "2024-Q2"])
        #expect(figures(r, "grdp_value").map { $0.period?.description } == ["2024-H1"])
        #expect(figures(r, "ntm_communes_new").map { $0.period?.description } == ["2024"])
    }

    @Test func aStockAtTheEndOfDecemberIsTheYears() throws {
        let r = try extract("Tính đến cuối tháng 12/2023, tỉnh Yên Bái có 95 xã đạt chuẩn nông thôn mới. Tỉnh cũng có 200 sản phẩm OCOP.")
        #expect(figures(r, "ntm_communes").map { $0.period?.description } == ["2023"])
        #expect(figures(r, "ocop_products").map { $0.period?.description } == ["2023"])
    }

    @Test func theYearSoFarAndTheYearsPlanInBrackets() throws {
        let text = "Cập nhật: 03/10/2024 08:00\nTính từ đầu năm đến nay, tỉnh Quảng Ninh đã đón 15 triệu lượt khách, bằng 80% kế hoạch năm (19 triệu lượt)."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { $0.period?.description } == ["2024-9M", "2024"])
        #expect(arrivals.map(\.kind) == [.actual, .plan])
    }

    @Test func whatAPlaceBelongedToIsNotTheFiguresPlace() throws {
        let r = try extract("Du lịch thành phố Đà Nẵng khởi sắc. Năm 2025, các điểm tham quan ở phường Hội An, trước đây thuộc tỉnh Quảng Nam, đón 900.000 lượt khách.")
        #expect(figures(r, "tourist_arrivals").map(\.jurisdiction) == [Jurisdiction(.city, "Đà Nẵng")])
    }
    @Test func aRangeWrittenOutWithTuDen() throws {
        let r = try extract("Năm 2025, tỉnh Trà Vinh phấn đấu thu ngân sách từ 6.500 đến 6.800 tỷ đồng.")
        let target = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(target.value == 6_500 && target.valueHigh == 6_800)
        // a span of days or years is no range
        let span = try extract("Từ 2021 đến 2025, tỉnh Trà Vinh thu ngân sách 30.000 tỷ đồng.")
        #expect(!figures(span, "budget_revenue_on_territory").contains { $0.valueHigh != nil })
    }
    @Test func monthsNamedInWordsAndTheCountrysFigure() throws {
        let r = try extract("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của cả nước tháng Mười năm 2023 ước đạt 530 nghìn tỷ đồng.")
        let retail = try #require(figures(r, "retail_sales").first)
        #expect(retail.period?.description == "2023-10")
        #expect(retail.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        let five = try extract("Năm tháng đầu năm 2023, khách du lịch đến thành phố Hội An đạt 1,5 triệu lượt.")
        #expect(figures(five, "tourist_arrivals").map { $0.period?.description } == ["2023-5M"])
    }
    @Test func aSentenceOpeningWithThePlanAndTheFarmOutputTotal() throws {
        let plan = try extract("Theo kế hoạch, năm 2025 tỉnh Kon Tum thu ngân sách 4.200 tỷ đồng.")
        #expect(figures(plan, "budget_revenue_on_territory").map(\.kind) == [.plan])
        let target = try extract("8 tháng năm 2025, tỉnh Kon Tum đón 1,5 triệu lượt khách. Theo kế hoạch 2025, tỉnh phấn đấu đón 2 triệu lượt khách.")
        #expect(figures(target, "tourist_arrivals").map(\.kind) == [.actual, .target])
        let farm = try extract("Năm 2024, tổng giá trị sản xuất nông nghiệp của tỉnh Sóc Trăng đạt 31.000 tỷ đồng.")
        #expect(figures(farm, "agri_production_value").map(\.value) == [31_000])
        #expect(figures(farm, "production_value").isEmpty)
    }
    @Test func whatTourismBroughtIn() throws {
        let subject = try extract("Năm 2023, du lịch mang về cho tỉnh Quảng Bình 7.500 tỷ đồng.")
        #expect(figures(subject, "tourism_revenue").map(\.value) == [7_500])
        let after = try extract("Năm 2023, tỉnh Phú Yên đón 3 triệu lượt khách, thu về 4.100 tỷ đồng.")
        #expect(figures(after, "tourism_revenue").map(\.value) == [4_100])
        let activities = try extract("Năm 2023, doanh thu từ các hoạt động du lịch của tỉnh Lào Cai đạt 20.000 tỷ đồng.")
        #expect(figures(activities, "tourism_revenue").map(\.value) == [20_000])
        // money another subject brought in is no tourism revenue
        let other = try extract("Năm 2023, xuất khẩu gạo mang về cho tỉnh An Giang 1.000 tỷ đồng.")
        #expect(figures(other, "tourism_revenue").isEmpty)
    }
    // MARK: rules written after the fourth batch's held-aside half (058-064) was scored

    @Test func theRelatedNewsListIsNotTheBulletins() throws {
        let text = "Năm 2024, tỉnh Cà Mau đón 2,5 triệu lượt khách.\n\nTin liên quan:\n• Cà Mau thu ngân sách 6 tháng đạt 3.000 tỷ đồng (02/07/2024)\n• Năm 2024, GRDP tỉnh tăng 7% (05/01/2025)"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.value) == [2_500_000])
        #expect(figures(r, "budget_revenue_on_territory").isEmpty)
        #expect(figures(r, "grdp_growth").isEmpty)
    }

    @Test func theYearSoFarWrittenLateInAMonthCoversIt() throws {
        let text = "Thứ Ba, 28/10/2025 | 09:00\nTừ đầu năm đến nay, tổng mức bán lẻ hàng hóa của tỉnh Bến Tre ước đạt 60.000 tỷ đồng."
        #expect(figures(try extract(text), "retail_sales").map { $0.period?.description } == ["2025-10M"])
    }

    @Test func theWholeYearIsTheYearTheTextIsAbout() throws {
        let text = "Tỉnh Đồng Nai đặt mục tiêu tăng trưởng cao trong năm 2026\nThứ Ba, 06/01/2026\n"
            + "Năm qua, tỉnh giữ đà tăng trưởng. Thu ngân sách nhà nước trên địa bàn tỉnh Đồng Nai cả năm đạt 70.000 tỷ đồng."
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period?.description } == ["2025"])
    }

    @Test func aRunningTotalToAMonthsEnd() throws {
        let text = "Thứ Ba, 03/06/2025 06:30\nTính đến ngày 31-5, tổng thu ngân sách nhà nước trên địa bàn Hà Nội đạt hơn 280 ngàn tỉ đồng."
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period?.description } == ["2025-5M"])
    }

    @Test func aPlannedRiseOfALevelIsNoLevelInPercent() throws {
        let text = "Năm 2024, tổng giá trị sản xuất trên địa bàn thành phố Bảo Lộc ước đạt 21.000 tỷ đồng, tăng 8,3%, đạt kế hoạch (kế hoạch tăng 8 - 8,5%)."
        let levels = figures(try extract(text), "production_value")
        #expect(levels.map(\.value) == [21_000])
    }
}
