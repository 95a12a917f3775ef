import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the kept-aside half of the nineteenth batch (268–274) and the first half of the twentieth
/// (275–281), opened after they were scored: a count's share that states a rate, a goal set then said after "là",
/// a resolution's value in brackets, an earlier period's value recalled in brackets, a headline that restates an
/// estimate, passengers that are no visitors. Every sentence is invented.
@Suite struct RecalledValueAndRateOfCountRuleTests {
    private static let letterhead = "UBND TỈNH YÊN BÁI\nYên Bái, ngày 10 tháng 1 năm 2021\n\n"

    @Test func aCountsShareOfTheWholeStatesTheRateAndItsFall() throws {
        let text = Self.letterhead
            + "Đến cuối năm 2020, toàn tỉnh còn 31.240 hộ nghèo, chiếm 12,36% tổng số hộ, giảm 3,15% so với cuối năm 2019 "
            + "(vượt chỉ tiêu Nghị quyết HĐND tỉnh giao là giảm 3%)."
        let r = try extract(text)
        let rate = try #require(figures(r, "poverty_rate").first)
        #expect(rate.value == 12.36)
        #expect(rate.period?.description == "2020")
        let falls = figures(r, "poverty_rate_reduction_avg")
        #expect(falls.contains { $0.value == 3.15 && $0.kind == .actual })
        #expect(falls.contains { $0.value == 3 && $0.kind == .plan })
        // the count of households itself is no figure
        #expect(!r.figures.contains { $0.value == 31240 })
    }

    @Test func aCountWithoutAShareStaysUnread() throws {
        let text = Self.letterhead + "Đến cuối năm 2020, toàn tỉnh còn 31.240 hộ nghèo."
        let r = try extract(text)
        #expect(figures(r, "poverty_rate").isEmpty)
    }

    @Test func aGoalOpeningItsSentenceIsNoComparedGoal() throws {
        let text = Self.letterhead + "Chỉ tiêu tăng trưởng GRDP năm 2021 được HĐND tỉnh giao là 7,5%."
        let r = try extract(text)
        let plan = try #require(figures(r, "grdp_growth").first)
        #expect(plan.value == 7.5)
        #expect(plan.kind == .plan)
    }

    @Test func aBracketedSpanCountedJustBeforeIsThePeriod() throws {
        let text = Self.letterhead
            + "Sau 5 năm thực hiện chương trình (2016 - 2020), tỷ lệ hộ nghèo giảm từ 28,4% (cuối năm 2015) xuống còn 12,36%, "
            + "bình quân mỗi năm giảm 3,21%."
        let r = try extract(text)
        let average = try #require(figures(r, "poverty_rate_reduction_avg").first)
        #expect(average.value == 3.21)
        #expect(average.period?.description == "2016/2020")
    }

    @Test func aResolutionsValueInBracketsIsThePlan() throws {
        let text = Self.letterhead
            + "1. GRDP bình quân đầu người ước đạt 41,2 triệu đồng (Nghị quyết 42 triệu đồng).\n"
            + "2. Có thêm 9 xã đạt chuẩn nông thôn mới, nâng tổng số lên 61/157 xã (Nghị quyết 60 xã)."
        let r = try extract(text)
        #expect(figures(r, "grdp_per_capita").contains { $0.value == 42 && $0.kind == .plan })
        #expect(figures(r, "ntm_communes").contains { $0.value == 60 && $0.kind == .plan })
    }

    @Test func aSentenceOpeningWithThePlanAndLaIsThePlanForItsYear() throws {
        let text = "SỞ DU LỊCH TỈNH NINH BÌNH\nNinh Bình, ngày 5 tháng 10 năm 2022\n\n"
            + "9 tháng năm 2022, toàn tỉnh đón 3,2 triệu lượt khách. Kế hoạch năm 2022 của tỉnh là đón 4,5 triệu lượt khách."
        let r = try extract(text)
        let plan = try #require(figures(r, "tourist_arrivals").first { $0.value == 4_500_000 })
        #expect(plan.kind == .plan)
        #expect(plan.period?.description == "2022")
    }

    @Test func aRiseWithItsValueAfterVoiIsAChange() throws {
        let text = "BÁO CẦN THƠ\nThứ Hai, 05/01/2026\n\n"
            + "Năm 2025, GRDP thành phố Cần Thơ ước tăng 7,9%. Theo địa bàn trước sắp xếp, khu vực Sóc Trăng cũ có mức tăng "
            + "cao nhất với 8,6%; khu vực Hậu Giang cũ tăng 7,7%."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").contains { $0.value == 8.6 && $0.jurisdiction == Jurisdiction(.province, "Sóc Trăng") })
    }

    @Test func anEarlierYearRecalledBesideAnEstimateIsFinal() throws {
        let text = "CỤC THỐNG KÊ TỈNH ĐỒNG THÁP\nĐồng Tháp, ngày 28 tháng 12 năm 2023\n\n"
            + "Năm 2023, GRDP của tỉnh ước tăng 6,7% so với năm 2022 (năm 2022 tăng 7,9%)."
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.contains { $0.value == 6.7 && $0.kind == .estimate })
        #expect(growth.contains { $0.value == 7.9 && $0.period?.description == "2022" && $0.kind == .actual })
    }

    @Test func aValueRecalledInBracketsLeavesThePlanShareToTheFigure() throws {
        let text = "SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG\nBình Dương, ngày 28 tháng 6 năm 2019\n\n"
            + "Tính chung 6 tháng đầu năm, kim ngạch xuất khẩu ước đạt 12.480,5 triệu USD, tăng 9,4% so với cùng kỳ "
            + "(6 tháng năm 2018 đạt 11.408,2 triệu USD), bằng 47,1% kế hoạch năm (26,5 tỷ USD)."
        let r = try extract(text)
        let exports = figures(r, "export_value")
        let own = try #require(exports.first { $0.value == 12480.5 })
        #expect(own.pctOfPlan.map(\.pct) == [47.1])
        #expect(own.kind == .estimate)
        let recalled = try #require(exports.first { $0.value == 11408.2 })
        #expect(recalled.period?.description == "2018-H1")
        #expect(recalled.kind == .actual)
        #expect(recalled.pctOfPlan.isEmpty)
        #expect(exports.contains { $0.value == 26.5 && $0.kind == .plan && $0.period?.description == "2019" })
    }

    @Test func anEstimatesValueInBracketsIsThePlanForTheYear() throws {
        let text = "SỞ TÀI CHÍNH TỈNH CAO BẰNG\nCao Bằng, ngày 30 tháng 9 năm 2022\n\n"
            + "Thu ngân sách 9 tháng năm 2022: thu tiền sử dụng đất đạt 214,6 tỷ đồng, bằng 42,9% dự toán (500 tỷ đồng)."
        let r = try extract(text)
        let plan = try #require(figures(r, "budget_revenue_land_use").first { $0.kind == .plan })
        #expect(plan.value == 500)
        #expect(plan.period?.description == "2022")
    }

    @Test func aHeadlineRestatingAnEstimateIsAnEstimate() throws {
        let text = "Xuất khẩu 9 tháng năm 2024 của Long An đạt gần 6 tỷ USD\n\n"
            + "(Báo Long An) - Theo Sở Công Thương, kim ngạch xuất khẩu 9 tháng năm 2024 ước đạt 5.962,4 triệu USD, tăng 11,3%."
        let r = try extract(text)
        let exports = figures(r, "export_value")
        #expect(exports.count == 2)
        #expect(exports.allSatisfy { $0.kind == .estimate })
    }

    @Test func passengersCarriedAreNoVisitors() throws {
        let text = "CỤC THỐNG KÊ TỈNH LAI CHÂU\nLai Châu, ngày 28 tháng 10 năm 2022\n\n"
            + "Lũy kế 10 tháng, toàn tỉnh đón 512.000 lượt khách du lịch. Các hãng xe khách phục vụ 98.300 lượt hành khách."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.value) == [512_000])
    }

    @Test func whatAChangeIsMostlyMadeOfNamesNoFigure() throws {
        let text = "SỞ CÔNG THƯƠNG TỈNH BẮC NINH\nBắc Ninh, ngày 28 tháng 6 năm 2018\n\n"
            + "Kim ngạch nhập khẩu 6 tháng ước đạt 9.870 triệu USD, tăng 8,1% so với cùng kỳ, chủ yếu là linh kiện phục vụ sản xuất."
        let r = try extract(text)
        #expect(figures(r, "import_value").first?.yoyPct == 8.1)
        #expect(figures(r, "tourist_arrivals").isEmpty)
    }

    @Test func aRatesFallInAClauseOfItsOwnPeriodIsItsReduction() throws {
        let text = Self.letterhead
            + "Đến cuối năm 2020, tỷ lệ hộ nghèo giảm từ 18,2% (cuối năm 2015) xuống còn 6,4%; riêng năm 2020 giảm 2,7 điểm phần trăm. "
            + "Huyện Trạm Tấu, huyện nghèo theo Nghị quyết 30a, có tỷ lệ hộ nghèo còn 21,5%."
        let r = try extract(text)
        #expect(!figures(r, "poverty_rate").contains { ($0.value ?? 0) < 0 })
        #expect(figures(r, "poverty_rate_reduction_avg").contains { $0.value == 2.7 && $0.period?.description == "2020" })
        #expect(figures(r, "poverty_rate").contains { $0.value == 21.5 && $0.jurisdiction == Jurisdiction(.district, "Trạm Tấu") })
    }

    @Test func aComparedYearsRateInBracketsWithItsVerbIsThatYearsRate() throws {
        let text = "CỤC THỐNG KÊ TỈNH BÌNH ĐỊNH\nBình Định, ngày 25 tháng 12 năm 2019\n\n"
            + "Tốc độ tăng trưởng GRDP năm 2019 ước đạt 7,12%, cao hơn năm 2018 (tăng 6,91%) và đạt kế hoạch đề ra."
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        let own = try #require(growth.first { $0.value == 7.12 })
        #expect(own.yoyPct == nil)
        #expect(growth.contains { $0.value == 6.91 && $0.period?.description == "2018" })
    }

    @Test func anEstimateWordBeforeThePeriodMakesTheFigureAnEstimate() throws {
        let text = "SỞ TÀI CHÍNH TỈNH CAO BẰNG\nCao Bằng, ngày 30 tháng 9 năm 2022\n\n"
            + "Sở Tài chính ước cả năm 2022 thu ngân sách nhà nước trên địa bàn đạt khoảng 2.310 tỷ đồng, vượt 5% dự toán Trung ương giao."
        let r = try extract(text)
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.kind == .estimate)
        #expect(revenue.period?.description == "2022")
    }

    @Test func anEarlierYearInsideABracketThatOpensWithWordsIsFinal() throws {
        let text = "BÁO CÀ MAU\nThứ Ba, 30/12/2025\n\n"
            + "Năm 2025, GRDP của tỉnh ước tăng 7,2% so với năm 2024 (tính theo địa giới hành chính mới, năm 2024 tăng 6,1%)."
        let r = try extract(text)
        let earlier = try #require(figures(r, "grdp_growth").first { $0.value == 6.1 })
        #expect(earlier.period?.description == "2024")
        #expect(earlier.kind == .actual)
    }

    @Test func aClauseWithoutAVerbSharesTheEstimateOfTheClauseBefore() throws {
        let text = "CỤC THỐNG KÊ TỈNH BÌNH PHƯỚC\nBình Phước, ngày 26 tháng 12 năm 2019\n\n"
            + "Năm 2019, kim ngạch xuất khẩu ước đạt 2.810 triệu USD, tăng 9,2%; nhập khẩu 1.640 triệu USD, tăng 6,4%.\n\n"
            + "Tốc độ tăng trưởng bình quân giai đoạn 2016 - 2019 ước đạt 7,8%/năm; GRDP bình quân đầu người 58,2 triệu đồng."
        let r = try extract(text)
        #expect(figures(r, "import_value").first?.kind == .estimate)
        // an estimated rate per year says nothing of the level after it
        #expect(figures(r, "grdp_per_capita").first?.kind == .actual)
    }

    @Test func aTetNamedByItsLunarYearIsTheYearBefore() throws {
        let text = "SỞ DU LỊCH TỈNH HÀ GIANG\nHà Giang, ngày 30 tháng 1 năm 2023\n\n"
            + "Trong 7 ngày nghỉ Tết Quý Mão (từ ngày 20/01 đến 26/01/2023), toàn tỉnh đón khoảng 61.400 lượt khách, "
            + "tăng 32,7% so với Tết Nhâm Dần 2022."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").first?.yoyPct == 32.7)
    }

    @Test func aSentenceSinglingOutAMonthWithOnlyItsVerbContinuesTheFigureBefore() throws {
        let text = "SỞ CÔNG THƯƠNG TỈNH TÂY NINH\nTây Ninh, ngày 28 tháng 9 năm 2021\n\n"
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 61.240 tỷ đồng, tăng 4,1%. "
            + "Riêng tháng 9 ước đạt 6.180 tỷ đồng, giảm 2,3% so với tháng 8.\n\n"
            + "Riêng tháng 9, kim ngạch qua các cửa khẩu biên giới đạt 412,6 triệu USD."
        let r = try extract(text)
        let retail = figures(r, "retail_sales")
        #expect(retail.contains { $0.value == 6180 && $0.period?.description == "2021-09" && $0.kind == .estimate })
        #expect(!r.figures.contains { $0.value == 412.6 })
    }

    @Test func tourismsSubjectNamesItsRevenueByTheWordForIt() throws {
        let text = "BÁO KON TUM\nThứ Sáu, 05/07/2024\n\n"
            + "6 tháng đầu năm 2024, du lịch tiếp tục khởi sắc với 402.300 lượt khách, tăng 12,4%, doanh thu đạt 318 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "tourism_revenue").first?.value == 318)
    }

    @Test func moneyAfterATonnageIsTheGoodsWorthNotTheTotal() throws {
        let text = "SỞ CÔNG THƯƠNG TỈNH ĐỒNG THÁP\nĐồng Tháp, ngày 5 tháng 10 năm 2024\n\n"
            + "Kim ngạch xuất khẩu 9 tháng ước đạt 1.386,2 triệu USD, tăng 7,2%. Gạo xuất khẩu 640.000 tấn, trị giá 402,5 triệu USD. "
            + "Giá gạo xuất khẩu bình quân chỉ khoảng 528 USD/tấn, giảm gần 6% so với cùng kỳ."
        let r = try extract(text)
        let exports = figures(r, "export_value")
        #expect(exports.map(\.value) == [1386.2])
    }

    @Test func aGroupOfFarmAndFisheryGoodsIsAgriculturalExports() throws {
        let text = "SỞ CÔNG THƯƠNG TỈNH CÀ MAU\nCà Mau, ngày 5 tháng 10 năm 2024\n\n"
            + "Nhóm hàng nông, thủy sản 9 tháng ước đạt 842,6 triệu USD, chiếm 81% tổng kim ngạch."
        let r = try extract(text)
        #expect(figures(r, "agri_export_value").first?.value == 842.6)
    }

    @Test func aPartSingledOutAfterAnEstimateIsAnEstimate() throws {
        let text = "SỞ TÀI CHÍNH TỈNH HÀ NAM\nHà Nam, ngày 30 tháng 9 năm 2022\n\n"
            + "Thu nội địa 9 tháng ước đạt 9.412,6 tỷ đồng, bằng 71,2% dự toán; riêng thu tiền sử dụng đất chỉ đạt 2.106,4 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_land_use").first?.kind == .estimate)
    }

    @Test func aGrowthsFloorIsTheGrowthTarget() throws {
        let text = "UBND THÀNH PHỐ ĐÀ NẴNG\nĐà Nẵng, ngày 10 tháng 12 năm 2024\n\n"
            + "Năm 2025, thành phố phấn đấu GRDP tăng từ 10% trở lên."
        let r = try extract(text)
        let target = try #require(figures(r, "grdp_growth").first)
        #expect(target.value == 10)
        #expect(target.kind == .target)
        #expect(target.qualifier == .approx)
    }

    @Test func aRateOfTheSameMonthsOfANamedYearIsThatYearsRate() throws {
        let text = "CỤC THỐNG KÊ TỈNH PHÚ YÊN\nPhú Yên, ngày 28 tháng 9 năm 2017\n\n"
            + "GRDP 9 tháng năm 2017 ước tăng 7,42%, thấp hơn mức tăng 7,86% của cùng kỳ năm 2016."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").contains { $0.value == 7.86 && $0.period?.description == "2016-9M" })
    }

    @Test func aRateSingledOutDoesNotReDateTheFormerUnitsAfterIt() throws {
        let text = "CỤC THỐNG KÊ TỈNH QUẢNG TRỊ\nQuảng Trị, ngày 29 tháng 12 năm 2025\n\n"
            + "Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2025 ước tăng 7,6% so với năm 2024. Riêng quý IV ước tăng 8,9%. "
            + "Theo địa bàn trước hợp nhất, khu vực Quảng Bình cũ tăng 7,8%."
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.contains { $0.value == 8.9 && $0.period?.description == "2025-Q4" })
        #expect(growth.contains { $0.value == 7.8 && $0.period?.description == "2025" && $0.jurisdiction == Jurisdiction(.province, "Quảng Bình") })
    }

    @Test func anEstimateOfAnotherPeriodOrAGoalOfAPartDoesNotMakeAnEstimate() throws {
        let text = "SỞ TÀI CHÍNH TỈNH THÁI NGUYÊN\nThái Nguyên, ngày 20 tháng 12 năm 2013\n\n"
            + "Năm 2014, dự toán thu ngân sách nhà nước trên địa bàn được HĐND tỉnh giao là 9.120 tỷ đồng, tăng 4,2% so với ước "
            + "thực hiện năm 2013; trong đó thu nội địa 8.240 tỷ đồng, thu từ hoạt động xuất nhập khẩu 880 tỷ đồng.\n\n"
            + "Cục Thuế ước cả năm 2013 thu nội địa đạt khoảng 7.960 tỷ đồng; trong đó phấn đấu thu tiền sử dụng đất đạt 1.200 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_domestic").contains { $0.value == 8240 && $0.kind != .estimate })
        #expect(figures(r, "budget_revenue_import_export").contains { $0.value == 880 && $0.kind != .estimate })
        #expect(figures(r, "budget_revenue_domestic").contains { $0.value == 7960 && $0.kind == .estimate })
        #expect(figures(r, "budget_revenue_land_use").allSatisfy { $0.kind != .estimate })
    }
}
