import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the seventeenth batch's first half (233–239), opened after the batch was scored cold:
/// lists of places under a heading, a figure's own bracket, headings that count months, the year's plan in
/// brackets, adjustments, causes, ranges over a running term. Every sentence is invented.
@Suite struct PlaceListAndCauseRuleTests {
    @Test func aListOfPlacesUnderAHeadingGivesEachPlaceTheHeadingsIndicator() throws {
        let text = "Bảng xếp hạng 2018\n\nNăm 2018, GDP cả nước tăng 7,08%.\n\n"
            + "5 ĐỊA PHƯƠNG CÓ TỐC ĐỘ TĂNG TRƯỞNG GRDP CAO NHẤT NĂM 2018\n\n"
            + "1. Hà Tĩnh: 20,1%\n2. Hải Phòng: 16,3%\n3. Thái Nguyên: 12,4%\n\nHà Tĩnh dẫn đầu nhờ công nghiệp luyện kim.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [20.1, 16.3, 12.4])
        #expect(growth.map(\.jurisdiction) == [Jurisdiction(.province, "Hà Tĩnh"), Jurisdiction(.city, "Hải Phòng"),
                                               Jurisdiction(.province, "Thái Nguyên")])
        #expect(growth.allSatisfy { $0.period?.description == "2018" })
    }

    @Test func aFigureToldInBracketsTakesThePeriodStatedWithIt() throws {
        let text = "UBND TỈNH NGHỆ AN\nNghệ An, ngày 25 tháng 10 năm 2018\n\n"
            + "Tập trung khắc phục hậu quả đợt mưa lũ từ ngày 08 đến 11/10/2018 làm 12 người chết.\n\n"
            + "Kinh tế tăng trưởng khá (tốc độ tăng trưởng GRDP 9 tháng đạt 8,1%), dù thiên tai gây nhiều thiệt hại."
        let growth = try #require(figures(try extract(text), "grdp_growth").first)
        #expect(growth.period?.description == "2018-9M")
    }

    @Test func aHeadingThatCountsMonthsFramesTheGoalsUnderIt() throws {
        let text = "UBND TỈNH BẠC LIÊU\nBạc Liêu, ngày 18 tháng 6 năm 2015\n\n"
            + "Tỷ lệ hộ nghèo cuối năm 2014 còn 7,1%.\n\n"
            + "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2015\n"
            + "Phấn đấu tăng trưởng kinh tế cả năm đạt 9% trở lên; kim ngạch xuất khẩu 950 triệu USD."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2015-target"])
        #expect(figures(r, "export_value").map { $0.period?.description } == ["2015-target"])
    }

    @Test func theYearsPlanInBracketsIsForTheWholeYear() throws {
        let text = "UBND TỈNH SÓC TRĂNG\nSóc Trăng, ngày 20 tháng 6 năm 2015\n\n"
            + "Tổng sản phẩm trong tỉnh 6 tháng ước tăng 7,8% so với cùng kỳ (kế hoạch năm tăng 10%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.contains { $0.value == 10 && $0.kind == .plan && $0.period?.description == "2015" })
        #expect(growth.contains { $0.value == 7.8 && $0.period?.description == "2015-H1" })
    }

    @Test func revenueRaisedBySumIsAnAdjustmentNotTheRevenue() throws {
        let text = "KIỂM TOÁN NHÀ NƯỚC\n\nNgân sách tỉnh Phú Yên năm 2016: tổng thu ngân sách nhà nước trên địa bàn đạt 3.210 tỷ đồng. "
            + "Kiểm toán kiến nghị tăng thu ngân sách 41,2 tỷ đồng, giảm chi 9,8 tỷ đồng."
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [3_210])
    }

    @Test func aCueAfterACauseWordNamesTheCauseNotTheChange() throws {
        let text = "CỤC HẢI QUAN TỈNH LẠNG SƠN\nNgày 05/10/2020\n\n"
            + "9 tháng năm 2020, lượng người xuất nhập cảnh qua cửa khẩu giảm 81% do tạm dừng đón khách du lịch."
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
    }

    @Test func aRangeOverATermStillRunningIsItsTarget() throws {
        let text = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH VĨNH LONG\nVĩnh Long, ngày 15/9/2023\n\n"
            + "• Tăng trưởng GRDP bình quân 2021-2025: 6,5 - 7%/năm\n"
        let growth = try #require(figures(try extract(text), "grdp_growth").first)
        #expect(growth.kind == .target)
        #expect(growth.period?.description == "2021/2025-target")
    }

    @Test func taxesFeesChargesAndOtherRevenueIsOnePart() throws {
        let text = "SỞ TÀI CHÍNH TỈNH GIA LAI\n\nNăm 2017, thu nội địa đạt 3.900 tỷ đồng, trong đó thu từ thuế, phí, lệ phí và thu khác 3.150 tỷ đồng."
        #expect(figures(try extract(text), "budget_revenue_tax_fees_other").map(\.value) == [3_150])
    }

    @Test func aSentenceNamingTheHolidayIsOverTheHolidaysWindow() throws {
        let text = "PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN SA PA\nSa Pa, ngày 13 tháng 02 năm 2024\n\n"
            + "Trong 7 ngày nghỉ Tết (từ ngày 08/02 đến hết ngày 14/02/2024), huyện ước đón 52.000 lượt khách. "
            + "Ngày cao điểm là mùng 4 Tết (13/02/2024) với khoảng 11.000 lượt khách.\n\n"
            + "Tính từ đầu năm đến hết ngày 14/02/2024, huyện đón 98.000 lượt khách.\n\n"
            + "Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Lào Cai dịp Tết ước đón 120.000 lượt khách."
        let province = figures(try extract(text), "tourist_arrivals").filter { $0.value == 120_000 }
        #expect(province.map { $0.period?.description } == ["2024-02-08/2024-02-14"])
    }

    @Test func placesAfterASemicolonThatFellToARateRestateIt() throws {
        let text = "UBND TỈNH ĐIỆN BIÊN\nĐiện Biên, ngày 12/01/2021\n\n"
            + "Đến cuối năm 2020, tỷ lệ hộ nghèo toàn tỉnh còn 29,9%; riêng huyện Mường Nhé còn 55,2%, thành phố Điện Biên Phủ còn 1,8%."
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [29.9, 55.2, 1.8])
        #expect(rates.map(\.jurisdiction.level) == [.province, .district, .city])
    }

    @Test func aUnitLaterRenamedToAShortFormOfItsNameIsMeantByThatForm() throws {
        let text = "UBND TỈNH THỪA THIÊN HUẾ\nHuế, ngày 20 tháng 12 năm 2018\n\n"
            + "Năm 2018, tổng lượt khách du lịch đến Huế ước đạt 4,3 triệu lượt, tăng 12%."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.jurisdiction) == [Jurisdiction(.province, "Thừa Thiên Huế")])
    }

    @Test func anOfficialFigureGivenWithTheEstimateItReplacesKeepsBothVintages() throws {
        let text = "CỤC THỐNG KÊ TỈNH PHÚ YÊN\nPhú Yên, ngày 15/7/2022\n\n"
            + "Theo số liệu chính thức, tốc độ tăng trưởng GRDP năm 2021 của tỉnh đạt 3,9%, điều chỉnh tăng so với số ước tính 3,5%. "
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2021 chính thức đạt 41.200 tỷ đồng "
            + "(số ước trước đây: 41.900 tỷ đồng, giảm 2,1%)."
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.map(\.value) == [3.9, 3.5])
        #expect(growth.map(\.kind) == [.actual, .estimate])
        #expect(growth.allSatisfy { $0.period?.description == "2021" })
        let retail = figures(r, "retail_sales")
        #expect(retail.map(\.value) == [41_200, 41_900])
        #expect(retail.last?.yoyPct == -2.1)
    }

    @Test func aResolutionsGoalInBracketsIsItsTarget() throws {
        let text = "UBND TỈNH HẬU GIANG\nNgày 05/9/2015\n\nGiai đoạn 2011 - 2015, GRDP tăng bình quân 10,2%/năm (Nghị quyết đề ra 12 - 13%/năm)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.contains { $0.value == 12 && $0.kind == .target && $0.period?.description == "2011/2015-target" })
        #expect(growth.contains { $0.value == 10.2 && $0.kind == .actual })
    }

    @Test func theValueOfAGoalNamedRightBeforeItsBracketIsThePlan() throws {
        let text = "UBND TỈNH HẬU GIANG\nNgày 05/7/2023\n\n"
            + "GRDP 6 tháng đầu năm 2023 ước tăng 5,5%, thấp hơn kịch bản tăng trưởng 6 tháng của tỉnh (6,8%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.contains { $0.value == 6.8 && $0.kind == .plan && $0.period?.description == "2023-H1" })
    }

    @Test func theRateARankingEndsOnIsThatPlacesRate() throws {
        let text = "TỔNG CỤC THỐNG KÊ\n\nNăm 2019, có 40/63 địa phương có tốc độ tăng GRDP từ 7% trở lên, dẫn đầu là "
            + "Bắc Ninh (10,2%), Hải Dương (9,6%); thấp nhất là Gia Lai với 4,1%.\n\n"
            + "Quý I/2020, GRDP tỉnh Quảng Ninh tăng 9,1%; Hải Phòng tăng 8,8%. Ngược lại, Đắk Lắk chỉ tăng 2,3% do hạn hán."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.contains { $0.value == 4.1 && $0.jurisdiction == Jurisdiction(.province, "Gia Lai") })
        #expect(growth.contains { $0.value == 2.3 && $0.jurisdiction == Jurisdiction(.province, "Đắk Lắk") && $0.period?.description == "2020-Q1" })
    }

    @Test func aListOfGoalsForTheComingYearIsSetForThatYear() throws {
        let text = "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCần Thơ, ngày 02 tháng 12 năm 2018\n\n"
            + "Năm 2018, tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,5%; tổng thu ngân sách nhà nước trên địa bàn ước đạt 12.100 tỷ đồng.\n\n"
            + "II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2019\n"
            + "Ủy ban nhân dân thành phố kính trình Hội đồng nhân dân thành phố thông qua 20 chỉ tiêu chủ yếu năm 2019, trong đó:\n"
            + "- Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) từ 7,6% đến 8%;\n"
            + "- Tổng thu ngân sách nhà nước trên địa bàn 12.900 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").filter { $0.value == 7.6 }.map { $0.period?.endYear } == [2019])
        #expect(figures(r, "budget_revenue_on_territory").filter { $0.value == 12_900 }.map { $0.period?.endYear } == [2019])
    }

    @Test func formerUnitsListedWithBareSumsAfterCommasRestateTheTotal() throws {
        let text = "THỐNG KÊ TỈNH NINH BÌNH\nNinh Bình, ngày 06/12/2025\n\n"
            + "Tính chung 11 tháng, kim ngạch xuất khẩu ước đạt 7.420,5 triệu USD, tăng 10,2% so với cùng kỳ. Theo địa bàn trước sắp xếp, "
            + "khu vực Ninh Bình cũ ước đạt 3.120,4 triệu USD, khu vực Nam Định cũ 2.905,1 triệu USD, khu vực Hà Nam cũ 1.395 triệu USD."
        let exports = figures(try extract(text), "export_value")
        #expect(exports.contains { $0.value == 2_905.1 && $0.jurisdiction == Jurisdiction(.province, "Nam Định") })
        #expect(exports.contains { $0.value == 1_395 && $0.jurisdiction == Jurisdiction(.province, "Hà Nam") })
    }

    @Test func taxCollectedOnTradeIsRevenueFromTradeNotTrade() throws {
        let text = "BÁO HẢI DƯƠNG\nNgày 05/10/2019\n\n"
            + "9 tháng năm 2019, số thu thuế từ hoạt động xuất nhập khẩu do Chi cục Hải quan tỉnh Hải Dương quản lý đạt 1.120 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "export_import_value").isEmpty)
        #expect(figures(r, "budget_revenue_import_export").map(\.value) == [1_120])
    }

    @Test func theEstimateAnAuthoritySetInBracketsIsTheYearsPlan() throws {
        let text = "SỞ TÀI CHÍNH THÀNH PHỐ HẢI PHÒNG\nNgày 28/6/2018\n\n"
            + "Tổng chi ngân sách địa phương 6 tháng đầu năm 2018 ước thực hiện 9.420 tỷ đồng, bằng 41,2% dự toán HĐND thành phố giao (22.860 tỷ đồng)."
        let spending = figures(try extract(text), "budget_expenditure_local")
        #expect(spending.contains { $0.value == 22_860 && $0.kind == .plan && $0.period?.description == "2018" })
        #expect(spending.contains { $0.value == 9_420 && $0.period?.description == "2018-H1" })
    }

    @Test func communesRecognisedInTheYearAreTheFlowIntoTheStock() throws {
        let text = "UBND TỈNH LONG AN\nNgày 05/12/2019\n\nĐến cuối năm 2019, toàn tỉnh có 96/166 xã đạt chuẩn nông thôn mới, "
            + "trong đó có 11 xã được công nhận trong năm."
        let r = try extract(text)
        #expect(figures(r, "ntm_communes").map(\.value) == [96])
        #expect(figures(r, "ntm_communes_new").map(\.value) == [11])
    }

    @Test func aValueInBracketsAfterThePeriodItIsSetAgainstIsThatPeriods() throws {
        let text = "SỞ DU LỊCH TỈNH KHÁNH HÒA\nNgày 28/12/2019\n\nNăm 2019, tỉnh đón 7 triệu lượt khách. "
            + "So với năm 2015 (4,1 triệu lượt), lượng khách đến tỉnh đã tăng gần gấp đôi."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.contains { $0.value == 4_100_000 && $0.period?.description == "2015" && $0.kind == .actual })
        #expect(arrivals.contains { $0.value == 7_000_000 && $0.period?.description == "2019" })
    }

    @Test func aRegionsFigureIsHeldBackNotGivenToTheSubject() throws {
        let text = "ĐIỂM TIN KINH TẾ TỈNH AN GIANG\nNgày 06/10/2025\n\n"
            + "GRDP 9 tháng năm 2025 của vùng Đồng bằng sông Cửu Long ước tăng 6,4%. GRDP 9 tháng của tỉnh An Giang ước tăng 7,9%. "
            + "Tỉnh Bà Rịa - Vũng Tàu đón 9 triệu lượt khách."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [7.9])
        // (a place's "Vũng" is no region)
        #expect(figures(r, "tourist_arrivals").map(\.jurisdiction) == [Jurisdiction(.province, "Bà Rịa - Vũng Tàu")])
    }

    @Test func aNumberOfDistrictsWithRatesAboveABoundGivesNoFigure() throws {
        let text = "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nNăm 2023, tỷ lệ hộ nghèo cả nước là 2,93%; vẫn còn 14 huyện có tỷ lệ hộ nghèo trên 50%."
        #expect(figures(try extract(text), "poverty_rate").map(\.value) == [2.93])
    }

    @Test func sitesListedWithTheirVisitorsInBracketsRestateTheFirstSitesFigure() throws {
        let text = "PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN ĐỒNG VĂN\nĐồng Văn, ngày 15 tháng 02 năm 2024\n\n"
            + "Trong 7 ngày nghỉ Tết (từ ngày 08/02 đến hết ngày 14/02/2024), huyện Đồng Văn đón 41.000 lượt khách. "
            + "Các điểm thu hút đông khách gồm: Cột cờ Lũng Cú (khoảng 12.300 lượt), Dinh thự họ Vương (8.100 lượt), Phố cổ Đồng Văn (6.450 lượt)."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [41_000, 12_300, 8_100, 6_450])
        #expect(arrivals.allSatisfy { $0.period?.description == "2024-02-08/2024-02-14" })
    }
}
