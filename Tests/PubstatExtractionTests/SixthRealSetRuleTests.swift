import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the sixth and seventh sets of real excerpts once their blind scores were written down (kept
/// outside the repository): round-ups of places (a name alone on its line heads a section; a sentence that opens with
/// a province keeps it for its paragraph), a holiday's days not replaced by a later year told without figures, the
/// months "of the province", "năm nay" bringing the running year back. Every sentence is invented.
@Suite struct SixthRealSetRuleTests {
    @Test func aNameAloneOnItsLineHeadsTheParagraphsBelowIt() throws {
        let text = "Các địa phương đón nhiều khách trong 6 tháng đầu năm 2024\n\nHà Nội\n\n"
            + "Trong 6 tháng đầu năm 2024, tổng thu từ khách du lịch ước đạt 41.200 tỷ đồng, tăng 20% so với cùng kỳ.\n\n"
            + "Quảng Ninh\n\nSáu tháng đầu năm 2024, tổng doanh thu du lịch ước đạt 15.300 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.first { $0.value == 41_200 }?.jurisdiction == Jurisdiction(.city, "Hà Nội"))
        #expect(revenue.first { $0.value == 15_300 }?.jurisdiction == Jurisdiction(.province, "Quảng Ninh"))
    }

    @Test func aListOfNamesOneALineHeadsNothing() throws {
        let text = "• Bắc Giang\n• Lào Cai\n• Yên Bái\n\nQuảng Ninh đón 3 triệu lượt khách\n\n"
            + "Trong 5 tháng đầu năm 2023, khách đến Quảng Ninh đạt 3 triệu lượt. Tổng doanh thu du lịch tháng 5 ước đạt 1.900 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.first { $0.value == 1_900 }?.jurisdiction == Jurisdiction(.province, "Quảng Ninh"))
    }

    @Test func aProvinceOpeningASentenceIsTheSubjectOfItsParagraph() throws {
        let text = "Trong 6 tháng đầu năm 2025, du lịch cả nước đón 60 triệu lượt khách.\n\n"
            + "Hải Phòng đón 610.000 lượt khách, tăng 9%. Tổng thu từ khách du lịch ước đạt 1.150 tỷ đồng.\n\n"
            + "Thủ đô Hà Nội đón 2 triệu lượt khách. Trong đó khách quốc tế đạt 90.000 lượt. Tổng thu ước đạt 4.000 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.first { $0.value == 1_150 }?.jurisdiction == Jurisdiction(.city, "Hải Phòng"))
        #expect(revenue.first { $0.value == 4_000 }?.jurisdiction == Jurisdiction(.city, "Hà Nội"))
    }

    @Test func aProvincialCityOpeningASentenceKeepsNoParagraph() throws {
        let text = "Tỉnh Bình Thuận đón 300.000 lượt khách trong tháng 4/2015.\n\n"
            + "Thành phố Phan Thiết có nhiều khách lưu trú. Khu du lịch Núi Tà Cú đón 12.000 lượt khách trong tháng 4/2015.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first { $0.value == 12_000 }?.jurisdiction == Jurisdiction(.province, "Bình Thuận"))
    }

    @Test func aLaterYearToldWithoutFiguresLeavesTheHolidaysDays() throws {
        let text = "Trong kỳ nghỉ lễ kéo dài 4 ngày (từ 30/8 đến 2/9/2025), ngành du lịch cả nước phục vụ 5 triệu lượt khách. "
            + "Đây là khởi đầu cho mùa cao điểm cuối năm 2025 và đầu năm 2026.\n\n"
            + "Đà Nẵng đón 600.000 lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        let city = try #require(arrivals.first { $0.value == 600_000 })
        #expect(city.period?.description == "2025-08-30/2025-09-02")
        #expect(city.jurisdiction == Jurisdiction(.city, "Đà Nẵng"))
    }

    @Test func monthsOfTheProvinceAreTheFirstMonthsOfTheYear() throws {
        let text = "Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng của tỉnh Quảng Ninh ước tăng 11,2%. Quý III/2025, GRDP ước tăng 12%.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.first { $0.value == 11.2 }?.period?.description == "2025-9M")
    }

    @Test func thisYearBringsTheRunningYearBackAfterAQuotedPastYear() throws {
        let text = "Trong 8 tháng năm 2017, tỉnh Quảng Bình đón 3 triệu lượt khách.\n\n"
            + "\"Năm 2016, lượng khách cả năm chỉ đạt 2,7 triệu lượt. Năm nay ngành đặt kế hoạch đón 3,5 triệu lượt khách\", ông nói.\n\n"
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 8 tháng của tỉnh ước đạt 15.000 tỷ đồng.\n"
        let retail = try #require(figures(try extract(text), "retail_sales").first)
        #expect(retail.period?.description == "2017-8M")
    }

    @Test func aRunOfPastYearsInOneSentenceGoesBackToTheReportsYear() throws {
        let text = "Cập nhật: Thứ 4, 02/04/2025 | 16:10\n\nUBND thành phố Hải Phòng họp về kinh tế - xã hội quý I.\n\n"
            + "GRDP quý I của thành phố ước tăng 9,1% so với cùng kỳ. Mức tăng quý I năm 2021 là 4,5%, năm 2022 là 6%, năm 2023 là 7%.\n\n"
            + "Tổng thu ngân sách nhà nước quý I ước đạt 31.000 tỷ đồng.\n"
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(budget.period?.description == "2025-Q1")
    }

    @Test func outputWrittenPerPersonIsOutputPerHeadAndDerivesNoGrowth() throws {
        let text = "Năm 2023, thành phố Cần Thơ có GRDP tăng 6,1%; GRDP đạt 95,5 triệu đồng/người (tăng 9% so cùng kỳ năm trước).\n"
        let r = try extract(text)
        let perHead = try #require(figures(r, "grdp_per_capita").first)
        #expect(perHead.value == 95.5)
        #expect(figures(r, "grdp_value").isEmpty)
        #expect(figures(r, "grdp_growth").map(\.value) == [6.1])
    }

    @Test func aCountOfVisitsWithAFractionAndNoScaleHasNoValue() throws {
        let text = "Chín tháng năm 2025, tỉnh Quảng Trị đón 2,475 lượt khách du lịch, tăng 12% so với cùng kỳ.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        #expect(arrivals.value == nil)
        #expect(arrivals.yoyPct == 12)
    }

    @Test func whatASectorContributesToGrowthNamesNoGrowth() throws {
        let text = "Năm 2022, GRDP tỉnh Bình Phước tăng 8%. Khu vực dịch vụ tăng 8,6%, đóng góp 2,9 điểm phần trăm vào tăng trưởng GRDP "
            + "của tỉnh, tăng 6,1% so với cùng kỳ năm trước.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [8])
    }

    @Test func aPartSingledOutAtAParagraphsStartFramesTheParagraph() throws {
        let text = "Bảy tháng đầu năm 2025, tỉnh Khánh Hòa đón 10 triệu lượt khách, tăng 15% so với cùng kỳ.\n\n"
            + "Riêng trong tháng 7/2025, tỉnh đón 2,2 triệu lượt khách. Trong đó, khách quốc tế ước đạt 400.000 lượt. "
            + "Tổng thu du lịch ước đạt 8.000 tỷ đồng.\n\n"
            + "Tổng thu từ khách du lịch 7 tháng ước đạt 40.000 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourism_revenue").first { $0.value == 8_000 }?.period?.description == "2025-07")
        #expect(figures(r, "tourism_revenue").first { $0.value == 40_000 }?.period?.description == "2025-7M")
    }

    @Test func aPartSingledOutMidParagraphFramesItsSentenceOnly() throws {
        let text = "Cập nhật: Thứ 6, 24/10/2025 | 09:00\n\n"
            + "Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng năm 2025 của tỉnh Quảng Ninh ước tăng 11,2%. Tính riêng trong quý III/2025, "
            + "GRDP ước tăng 12%.\n\nTỉnh đã đón được 16 triệu lượt khách du lịch, tăng 9% so với cùng kỳ.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first { $0.value == 12 }?.period?.description == "2025-Q3")
        #expect(figures(r, "tourist_arrivals").first?.period?.description == "2025-9M")
    }

    @Test func inTheYearAfterTheValueIsTheWholeYear() throws {
        let text = "Năm 2022, thành phố Đà Nẵng đón 4 triệu lượt khách. Riêng tháng 12, lượng khách ước đạt 400.000 lượt. "
            + "Khu du lịch Sơn Trà đón khoảng 1,5 triệu lượt khách trong năm.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first { $0.value == 1_500_000 }?.period?.description == "2022")
    }

    @Test func theDaysAMeetingSitsDateNoFigures() throws {
        let text = "Nghị quyết phát triển kinh tế - xã hội năm 2024 của tỉnh Hà Tĩnh\n"
            + "Kỳ họp thứ 9, HĐND tỉnh Hà Tĩnh diễn ra từ ngày 5 - 7/12 |\n"
            + "Về xây dựng nông thôn mới, phấn đấu có 25 xã đạt chuẩn nông thôn mới nâng cao.\n"
        let advanced = try #require(figures(try extract(text), "ntm_advanced_communes").first)
        #expect(advanced.period?.description.contains("12-05") == false)
    }

    @Test func theGoalsASentenceSetAreListedAfterSpecificsAsTargets() throws {
        let text = "Hà Tĩnh: thông qua nghị quyết năm 2024\n"
            + "Theo đó, nghị quyết đã đề ra một số chỉ tiêu chủ yếu của tỉnh Hà Tĩnh trong năm 2024. Cụ thể như: Tốc độ tăng trưởng "
            + "tổng sản phẩm (GRDP) đạt 8-9%; thu ngân sách nhà nước đạt 12.000 tỷ đồng.\n"
        let r = try extract(text)
        let growth = try #require(figures(r, "grdp_growth").first)
        #expect(growth.kind == .target)
        #expect(growth.period?.isTarget == true)
        #expect(figures(r, "budget_revenue_on_territory").first?.kind == .target)
    }

    @Test func resultsAgainstTheGoalsListedAfterSpecificsStayResults() throws {
        let text = "Năm 2023, tỉnh Bình Định có 18/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra. Cụ thể: Tổng sản phẩm địa phương (GRDP) "
            + "tăng 7,6%.\n"
        let growth = try #require(figures(try extract(text), "grdp_growth").first)
        #expect(growth.kind == .actual)
    }

    @Test func communesReachingTheFinishAreNewCommunes() throws {
        let text = "Hết năm 2019, tỉnh Tuyên Quang dự kiến thêm 7 xã cán đích nông thôn mới, nâng tổng số xã đạt chuẩn nông thôn mới lên 37 xã.\n"
        let r = try extract(text)
        #expect(figures(r, "ntm_communes_new").first?.value == 7)
        #expect(figures(r, "ntm_communes").map(\.value) == [37])
    }

    @Test func aDoubledWordBeforeTheDaysOffStillCountsThem() throws {
        let text = "Trong 3 ngày ngày nghỉ Tết Dương lịch năm 2024, tỉnh Lào Cai đón 150.000 lượt khách.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        #expect(arrivals.period?.description == "2023-12-30/2024-01-01")
    }

    @Test func aNumberedNameAloneOnItsLineHeadsItsSection() throws {
        let text = "Năm tỉnh tăng trưởng cao nhất năm 2022\n\n1. Khánh Hòa\n\nGRDP tỉnh Khánh Hòa năm 2022 ước tăng 20%.\n\n"
            + "2. Bắc Giang\n\nTốc độ tăng trưởng GRDP của tỉnh Bắc Giang năm 2022 ước đạt 19%.\n\n"
            + "Quy mô GRDP năm 2022 ước đạt 150 nghìn tỷ đồng.\n"
        let value = try #require(figures(try extract(text), "grdp_value").first)
        #expect(value.jurisdiction == Jurisdiction(.province, "Bắc Giang"))
    }

    @Test func aTownNamedOnceThenByItsLevelWordIsTheSubject() throws {
        let text = "Sáng 20-12, HĐND thị xã Ayun Pa tổ chức kỳ họp đánh giá tình hình năm 2016.\n\n"
            + "Năm 2016, kinh tế thị xã đạt tốc độ tăng trưởng 7,5%. Thu ngân sách nhà nước trên địa bàn thị xã đạt 51 tỷ đồng, "
            + "bằng 150% dự toán HĐND thị xã giao.\n"
        let r = try extract(text, sourceURL: "https://baogialai.com.vn/channel/1/ayun-pa/")
        let growth = try #require(figures(r, "grdp_growth").first)
        #expect(growth.jurisdiction == Jurisdiction(.district, "Ayun Pa"))
    }

    @Test func aYearsReviewThatSetsTheNextYearsGoalsIsWrittenAsTheYearCloses() throws {
        let text = "HĐND thị xã tổ chức kỳ họp đánh giá tình hình năm 2016 và thông qua mục tiêu, nhiệm vụ năm 2017.\n\n"
            + "Năm 2016, kinh tế tỉnh Gia Lai tăng trưởng 7,5%. Đến nay đã có 28 công trình hoàn thành. "
            + "Thu ngân sách nhà nước trên địa bàn ước thực hiện 4.100 tỷ đồng.\n"
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(budget.period?.description == "2016")
    }

    @Test func aProvinceTheTextKeepsNamingOutweighsTheHostsCity() throws {
        let text = "6 tháng đầu năm 2025, tình hình kinh tế - xã hội tỉnh Sóc Trăng tiếp tục ổn định.\n\n"
            + "Tổng mức bán lẻ hàng hóa 6 tháng đầu năm của tỉnh Sóc Trăng ước đạt 63.000 tỷ đồng. Du lịch tỉnh Sóc Trăng phục hồi.\n\n"
            + "Tổng thu ngân sách nhà nước đạt 3.500 tỷ đồng, bằng 57% dự toán năm.\n"
        let r = try extract(text, sourceURL: "https://www.sggp.org.vn/nhieu-chi-tieu-post1.html")
        let budget = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(budget.jurisdiction == Jurisdiction(.province, "Sóc Trăng"))
    }

    @Test func monthsOfANamedProvinceAreTheFirstMonths() throws {
        let text = "Năm 2024, tổng chỉ số GRDP 6 tháng của Bà Rịa-Vũng Tàu giảm 1,42% so với cùng kỳ.\n"
        let growth = try #require(figures(try extract(text), "grdp_growth").first)
        #expect(growth.period?.description == "2024-H1")
        #expect(growth.value == -1.42)
    }

    @Test func aHeadlineInCapitalsNearAnotherBodyFigureLeavesTheBodysEqualFigure() throws {
        let text = "GRDP 9 THÁNG CỦA ĐỒNG NAI ƯỚC TĂNG 9,02%\n\n"
            + "Tổng sản phẩm trên địa bàn tỉnh Đồng Nai (GRDP) 9 tháng năm 2025 ước tăng 9,02% so với cùng kỳ; "
            + "trong đó khu vực tỉnh Đồng Nai cũ tăng 9,21%.\n"
        let growth = figures(try extract(text), "grdp_growth").filter { $0.jurisdiction == Jurisdiction(.province, "Đồng Nai") }
        #expect(growth.contains { $0.value == 9.02 && $0.period?.description == "2025-9M" })
    }

    @Test func aRateWrittenOverAWholeIsASlipWithNoValue() throws {
        let text = "9 tháng đầu năm 2024, tỉnh Bạc Liêu vẫn đạt tăng trưởng kinh tế ở mức 6/32%.\n"
        #expect(figures(try extract(text), "grdp_growth").isEmpty)
    }

    @Test func aGrowthWrittenAsAnIndexOfTheYearBeforeIsTheIndexLessAHundred() throws {
        let text = "GRDP của tỉnh Hậu Giang ước cả năm 2022 đạt 113,94% so với năm 2021.\n"
        let growth = try #require(figures(try extract(text), "grdp_growth").first)
        #expect(growth.value == 13.94)
    }

    @Test func aGrowthAboveAHundredSaidWithTangStays() throws {
        let text = "Năm 2022, GRDP tỉnh Khánh Hòa tăng 20,7%; trong đó khu vực dịch vụ tăng 120% so với năm 2021.\n"
        let sector = try #require(figures(try extract(text), "grdp_sector_growth").first)
        #expect(sector.value == 120)
    }

    @Test func theYearSoFarInATextDatedByItsMonthIsTheTextsOwnFirstMonths() throws {
        let text = "date 2023-06 Tình hình kinh tế - xã hội 6 tháng đầu năm của tỉnh Gia Lai ổn định. Tổng sản phẩm trên địa bàn tỉnh (GRDP) "
            + "ước tính tăng 5,5% so với cùng kỳ năm 2022.\n\nTừ đầu năm đến nay, đã có 490 doanh nghiệp thành lập mới. "
            + "Tổng thu ngân sách nhà nước đạt 2.800 tỷ đồng, đạt 53% dự toán Trung ương giao.\n"
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(budget.period?.description == "2023-H1")
    }

    @Test func aDecimalCommaWithAStraySpaceBeforeAMoneyScaleIsOneNumber() throws {
        let text = "Năm 2022, xuất khẩu hàng hóa của tỉnh Bình Phước đạt 3, 85 tỉ USD, tăng 12% so với năm 2021.\n"
        let exports = try #require(figures(try extract(text), "export_value").first)
        #expect(exports.baseValue == 3_850_000_000)
    }

    @Test func aListOfCountsKeepsItsCommas() throws {
        let text = "Năm 2023, tỉnh Cà Mau có 12, 15 và 20 sản phẩm OCOP ở ba huyện.\n"
        let products = figures(try extract(text), "ocop_products").map(\.value)
        #expect(!products.contains(12.15))
    }

    @Test func aPortalsMonthFolderDatesAnUndatedHolidayReport() throws {
        let text = "Theo Sở Du lịch, từ mùng 1-5 Tết, tổng lượt khách tham quan du lịch trên địa bàn tỉnh Bà Rịa - Vũng Tàu đạt gần 670.000 lượt.\n"
        let r = try extract(text, sourceURL: "https://baobariavungtau.com.vn/du-lich/202301/diem-den-970087/")
        let arrivals = try #require(figures(r, "tourist_arrivals").first)
        #expect(arrivals.period?.description == "2023-01-22/2023-01-26")
        #expect(DocumentSource.month(inPath: "/channel/8207/202206/cong-bo-5781555/")?.description == "2022-06")
        #expect(DocumentSource.month(inPath: "/tin-tuc/123456/") == nil)
    }

    @Test func aHolidayCountedInDaysAfterItsNameIsItsOfficialWindow() throws {
        let text = "Dịp nghỉ lễ 30/4 và 1/5 năm 2017 kéo dài 4 ngày, tổng lượng khách tham quan tại Đà Nẵng đạt 300.000 lượt.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        #expect(arrivals.period?.description == "2017-04-29/2017-05-02")
    }

    @Test func thisYearAloneDoesNotStopTheLeadFromTakingItsYear() throws {
        let text = "Lượng khách đến tỉnh Lâm Đồng đã tăng cao trong năm nay.\n\n"
            + "Cụ thể, trong 10 tháng đầu năm nay, du khách đến tỉnh Lâm Đồng đạt trên 4,3 triệu lượt khách, tăng 8% so với cùng kỳ năm 2015.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        #expect(arrivals.period?.description == "2016-10M")
    }

    @Test func theSocialIncomeFromTourismIsTourismRevenue() throws {
        let text = "Năm 2023, thu nhập xã hội từ hoạt động du lịch của tỉnh Ninh Thuận đạt 2.300 tỷ đồng.\n"
        #expect(figures(try extract(text), "tourism_revenue").first?.value == 2_300)
    }

    @Test func aDistrictNamedAloneInTheHeadlineAndOnceWithItsLevelWordIsTheSubject() throws {
        let text = "Tây Giang thu ngân sách 6 tháng đạt 327 tỷ đồng\n\n"
            + "Ngày 11.7, HĐND huyện Tây Giang tổ chức kỳ họp. Tổng mức bán lẻ hàng hóa và dịch vụ 6 tháng đầu năm 2018 ước đạt 82,4 tỷ đồng.\n"
        let r = try extract(text, sourceURL: "https://baoquangnam.vn/thoi-su/tay-giang-62419.html")
        #expect(r.subject == Jurisdiction(.district, "Tây Giang"))
    }

    @Test func aWindowWhoseLastDayIsWrittenWithDashesIsRead() throws {
        let text = "Từ ngày 14 đến 19-2-2026, các khu, điểm du lịch trên địa bàn tỉnh Tây Ninh đã đón khoảng 390.000 lượt khách.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        #expect(arrivals.period?.description == "2026-02-14/2026-02-19")
    }

    @Test func aWindowOfTwoFullDatesIsRead() throws {
        let text = "Theo Tổng cục Du lịch, kỳ nghỉ lễ 30/4 - 1/5 (từ 29/4/2023 đến 3/5/2023), cả nước phục vụ khoảng 7 triệu lượt khách nội địa.\n"
        let domestic = try #require(figures(try extract(text), "tourist_arrivals_domestic").first)
        #expect(domestic.period?.description == "2023-04-29/2023-05-03")
    }

    @Test func lunarDatesRestatingAWindowAreNotItsDays() throws {
        let text = "Trong 7 ngày nghỉ Tết Nguyên đán 2018, từ ngày 14 – 20/2/2018 (tức từ ngày 29/12/2017 - 5/1/2018 âm lịch), "
            + "tổng số khách du lịch đến Hà Nội ước đạt 370.000 lượt khách.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        #expect(arrivals.period?.description == "2018-02-14/2018-02-20")
    }

    @Test func theSumOfSeveralProvincesIsNoOnePlacesFigure() throws {
        let text = "Long An dẫn đầu vùng về xuất khẩu\n\n4 tháng đầu năm 2024, kim ngạch xuất khẩu hàng hóa của 13 tỉnh khu vực "
            + "Đồng bằng sông Cửu Long đạt 8,4 tỷ USD, trong đó tỉnh Long An dẫn đầu với 2,38 tỷ USD.\n\n"
            + "Trong số 13 tỉnh thành, tỉnh Trà Vinh có giá trị xuất khẩu thấp nhất với 30,9 triệu USD.\n"
        let exports = figures(try extract(text), "export_value")
        #expect(!exports.contains { $0.baseValue == 8_400_000_000 })
        #expect(exports.contains { $0.baseValue == 30_900_000 && $0.jurisdiction == Jurisdiction(.province, "Trà Vinh") })
    }

    @Test func aRunningTotalThatCountsOtherThingsContinuesNoFigure() throws {
        let text = "Năm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Bình Dương đạt 70.000 tỷ đồng. "
            + "Lũy kế đến nay, toàn tỉnh có 73.600 doanh nghiệp trong nước với tổng vốn đăng ký 807.000 tỷ đồng.\n"
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map(\.value) == [70_000])
    }

    @Test func aTradeSurplusAfterARunningTotalIsNeitherFlow() throws {
        let text = "Tháng 9/2022, kim ngạch nhập khẩu của tỉnh Bình Phước đạt 250 triệu USD. "
            + "Tính chung 9 tháng đầu năm 2022, tỉnh Bình Phước xuất siêu 1,16 tỷ USD.\n"
        let imports = figures(try extract(text), "import_value")
        #expect(imports.map(\.value) == [250])
    }
}
