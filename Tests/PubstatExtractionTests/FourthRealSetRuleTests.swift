import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the fourth and fifth sets of real excerpts once their blind scores were written down (kept
/// outside the repository): holiday windows in lunar days, a level dated to a target year beside an average growth,
/// the country's estimated growth in brackets, a looser name of the product-tax sector, a provincial city written
/// alone as a text's subject, last year's part of the year set against, counts up to a month, the business-trend
/// survey's quarter. Every sentence is invented.
@Suite struct FourthRealSetRuleTests {
    @Test func aWindowInLunarDaysIsConvertedToCalendarDays() throws {
        let text = "Dịp Tết Nguyên đán Ất Tỵ 2025, từ 26 tháng Chạp đến mùng 4 Tết, tỉnh Cao Bằng đón 95.000 lượt khách du lịch.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        // Tết Ất Tỵ fell on 29 January 2025; the month before it began on 31 December 2024
        #expect(arrivals.period?.description == "2025-01-25/2025-02-01")
    }

    @Test func lateDaysWrittenWithTếtAreTheOldYearsAndTheYearMayFollowTheWindow() throws {
        let text = "Từ 29 Tết đến hết mùng 5 Tết Giáp Thìn 2024, tỉnh Ninh Bình đón 210.000 lượt khách.\n"
        let arrivals = try #require(figures(try extract(text), "tourist_arrivals").first)
        // Tết Giáp Thìn fell on 10 February 2024 after a thirty-day last month
        #expect(arrivals.period?.description == "2024-02-08/2024-02-14")
    }

    @Test func lunarDaysTableCoversTheLastMonthBeforeEachNewYear() {
        #expect(LunarNewYear.lastMonthDay(1, beforeNewYearOf: 2025)?.description == "2024-12-31")
        #expect(LunarNewYear.lastMonthDay(30, beforeNewYearOf: 2025) == nil)  // a month of 29 days
        #expect(LunarNewYear.lastMonthDay(30, beforeNewYearOf: 2024)?.description == "2024-02-09")
        #expect(LunarNewYear.day(3, ofYear: 2025)?.description == "2025-01-31")
    }

    @Test func aLevelDatedToItsTargetYearKeepsThatYearBesideAnAverageGrowth() throws {
        let text = "Đại hội Đảng bộ tỉnh Sơn La nhiệm kỳ 2025-2030 đề ra mục tiêu: đến năm 2030 GRDP đạt 150.000 tỷ đồng, "
            + "tăng trưởng bình quân trên 9%/năm.\n"
        let r = try extract(text)
        let level = try #require(figures(r, "grdp_value").first)
        #expect(level.period?.endYear == 2030)
        #expect(level.period?.description.contains("/") == false)
        #expect(level.yoyPct == nil)
        let growth = try #require(figures(r, "grdp_growth").first)
        #expect(growth.value == 9)
        #expect(growth.period?.description.contains("/2030") == true)
    }

    @Test func theCountrysEstimatedGrowthInBracketsIsANationalFigure() throws {
        let text = "Chín tháng năm 2024, tăng trưởng kinh tế của tỉnh Hà Nam ước đạt 8,1%, cao hơn bình quân chung (cả nước ước tăng 6,8%).\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first?.value == 8.1)
        let national = try #require(figures(r, "gdp_growth").first)
        #expect(national.value == 6.8)
        #expect(national.jurisdiction == Jurisdiction(.country, "Việt Nam"))
    }

    @Test func productTaxesAndSubsidiesAreTheProductTaxSector() throws {
        let text = "Năm 2023, GRDP tỉnh Thái Bình tăng 8,5%; trong đó dịch vụ tăng 7,1%; thuế và trợ cấp sản phẩm tăng 6,2%.\n"
        let r = try extract(text)
        let tax = try #require(figures(r, "grdp_sector_growth").first { $0.value == 6.2 })
        #expect(tax.sector == "product_taxes_less_subsidies")
    }

    @Test func aProvincialCityWrittenAloneAsTheSubjectIsTheJurisdiction() throws {
        let text = "Quý I/2023, lượng khách đến Nha Trang đạt 1,2 triệu lượt.\n\nNha Trang tiếp tục là điểm đến được ưa chuộng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").first?.jurisdiction == Jurisdiction(.city, "Nha Trang"))
        // a text that speaks of "tỉnh" is about the province, the city a hint of it
        let province = try extract("Quý I/2023, lượng khách đến Nha Trang đạt 1,2 triệu lượt. Nha Trang đông khách; toàn tỉnh đón 2 triệu lượt.\n")
        #expect(figures(province, "tourist_arrivals").contains { $0.jurisdiction == Jurisdiction(.province, "Khánh Hòa") })
    }

    @Test func thePartOfLastYearSetAgainstDatesAnUndatedLead() throws {
        let text = "date 2024-08 Tốc độ tăng GRDP tỉnh Hà Nam ước tính tăng 6,2% so với cùng kỳ năm trước. "
            + "Cơ cấu kinh tế có chuyển dịch (cơ cấu tương ứng của 6 tháng đầu năm 2023 là 30%; 50%; 20%).\n"
        let growth = try #require(figures(try extract(text), "grdp_growth").first)
        #expect(growth.period?.description == "2024-H1")
        // a text written before that part of the year has ended is left to the other rules
        let early = "date 2024-05 Tốc độ tăng GRDP tỉnh Hà Nam ước tính tăng 6,2% so với cùng kỳ năm trước. "
            + "Cơ cấu kinh tế có chuyển dịch (cơ cấu tương ứng của 6 tháng đầu năm 2023 là 30%; 50%; 20%).\n"
        #expect(figures(try extract(early), "grdp_growth").first?.period?.description != "2024-H1")
    }

    @Test func countedUpToAMonthIsARunningTotalForAFlowAndTheYearForAStock() throws {
        let flow = "Tính đến tháng 11/2025, thu ngân sách trên địa bàn tỉnh Hà Tĩnh đạt 12.000 tỷ đồng.\n"
        #expect(figures(try extract(flow), "budget_revenue_on_territory").first?.period?.description == "2025-11M")
        // (a stock is counted as of its year: see StockYearRuleTests)
        let stock = "Tính đến tháng 10/2021, toàn tỉnh Hà Tĩnh có 180 xã đạt chuẩn nông thôn mới.\n"
        #expect(figures(try extract(stock), "ntm_communes").first?.period?.description == "2021")
    }

    @Test func theBusinessTrendSurveysQuarterFramesNothingAfterIt() throws {
        let text = "6 tháng đầu năm 2024, GRDP tỉnh Nam Định tăng 8%. Kết quả điều tra xu hướng kinh doanh của các doanh nghiệp "
            + "ngành chế biến, chế tạo trong quý II/2024 cho thấy 90% doanh nghiệp đánh giá ổn định. "
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 40.000 tỷ đồng, tăng 10%.\n"
        let retail = try #require(figures(try extract(text), "retail_sales").first)
        #expect(retail.period?.description == "2024-H1")
    }

    @Test func aHolidayCountedInDaysIsItsOfficialDaysOff() throws {
        let text = "Trong 4 ngày nghỉ lễ Quốc khánh 2/9, tỉnh Thanh Hóa đón 380.000 lượt khách, tăng 20% so với năm 2023.\n"
            + "Riêng Sầm Sơn đón 190.000 lượt khách.\n"
        let r = try extract("date 2024-09 " + text)
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2024-08-31/2024-09-03", "2024-08-31/2024-09-03"])
        // a count that disagrees with the schedule gives no window; a holiday named without a count gives none either
        let wrongCount = try extract("date 2024-09 Trong 3 ngày nghỉ lễ Quốc khánh 2/9, tỉnh Thanh Hóa đón 380.000 lượt khách.\n")
        #expect(figures(wrongCount, "tourist_arrivals").first?.period?.description != "2024-08-31/2024-09-03")
        let uncounted = try extract("date 2024-09 Dịp lễ Quốc khánh 2/9, tỉnh Thanh Hóa đón 380.000 lượt khách.\n")
        #expect(figures(uncounted, "tourist_arrivals").first?.period?.description != "2024-08-31/2024-09-03")
    }

    @Test func theSolarNewYearsDaysOffMayOpenInDecember() throws {
        let r = try extract("date 2023-01 Trong 3 ngày nghỉ Tết Dương lịch năm 2023, tỉnh Ninh Bình đón 100.000 lượt khách.\n")
        #expect(figures(r, "tourist_arrivals").first?.period?.description == "2022-12-31/2023-01-02")
    }

    @Test func theHolidayTableHoldsWindowsInOrder() throws {
        for holiday in OfficialHolidays.Holiday.allCases {
            for year in 2016...2026 {
                guard let (first, last) = OfficialHolidays.window(holiday, year: year) else { continue }
                #expect(first <= last)
                #expect((1...9).contains(OfficialHolidays.length(holiday, year: year) ?? 0))
            }
        }
        #expect(OfficialHolidays.length(.lunarNewYear, year: 2025) == 9)
        let url = packageRoot.appendingPathComponent("Sources/PubstatExtraction/Catalogue/holidays.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == EmbeddedHolidays.json, "run scripts/gen-catalogue.sh after changing holidays.json")
    }

    @Test func aWindowWrittenWithDotsIsAWindowOfDays() throws {
        let r = try extract("Từ ngày 31.8 - 3.9.2024, tỉnh Điện Biên đón 55.000 lượt khách du lịch.\n")
        #expect(figures(r, "tourist_arrivals").first?.period?.description == "2024-08-31/2024-09-03")
        // a decimal is no day and month
        let decimal = try extract("Năm 2024, GRDP tỉnh Điện Biên tăng 7.5 - 8.1% so với năm 2023.\n")
        #expect(decimal.figures.allSatisfy { $0.period?.description == "2024" })
    }

    @Test func aResultSetAgainstItsEstimateIsNoPlan() throws {
        let r = try extract("Năm 2022, tổng thu ngân sách tỉnh Hà Tĩnh vượt so với dự toán, đạt trên 18.000 tỷ đồng.\n")
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.kind == .actual)
        #expect(revenue.value == 18_000)
    }

    @Test func growthAfterALeadInOnTheEconomyIsGRDPGrowth() throws {
        let text = "Năm 2022, tỉnh Quảng Bình giữ đà phục hồi. Về kinh tế, tăng trưởng ước đạt 5,1%; trong đó khu vực nông nghiệp "
            + "tăng 2,2%, khu vực dịch vụ tăng 6,3%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first?.value == 5.1)
        let farming = try #require(figures(r, "grdp_sector_growth").first { $0.value == 2.2 })
        #expect(farming.sector == "agriculture_forestry_fishery")
        // bare growth elsewhere names no indicator
        #expect(figures(try extract("Năm 2022, ngành du lịch tỉnh Quảng Bình phục hồi, tăng trưởng đạt 15%.\n"), "grdp_growth").isEmpty)
    }

    @Test func multiplesAgainstTheStartOfATermLeaveNoFigure() throws {
        let text = "Năm 2020, GRDP bình quân đầu người tỉnh Hà Nam tăng gấp 1,6 lần, thu ngân sách gấp 2,5 lần so với đầu nhiệm kỳ.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_per_capita").isEmpty)
        #expect(figures(r, "budget_revenue_on_territory").isEmpty)
        // a multiple of the same time a year before is a year-on-year change
        let yearOnYear = try extract("Năm 2022, tỉnh Ninh Bình đón 3,7 triệu lượt khách, gấp 3,6 lần so với cùng kỳ năm 2021.\n")
        #expect(figures(yearOnYear, "tourist_arrivals").first?.yoyRatio == 3.6)
    }

    @Test func aPlaceNamedWithALaterItemOfAListIsNotTheFirstItemsPlace() throws {
        let text = "Trong 4 ngày nghỉ lễ Quốc khánh 2/9, tỉnh Nghệ An đón 300.000 lượt khách. Khu du lịch Nam Đàn đón 50.000 lượt khách, "
            + "khu du lịch Quỳnh Lưu đón 40.000 lượt khách, thành phố Vinh 30.000 lượt khách.\n"
        let r = try extract("date 2024-09 " + text)
        let site = try #require(figures(r, "tourist_arrivals").first { $0.value == 50_000 })
        #expect(site.jurisdiction != Jurisdiction(.city, "Vinh"))
    }

    @Test func aHeadlinesChangeAloneRestatesTheBodysChange() throws {
        let text = "Tổng mức bán lẻ hàng hóa tháng 5 tăng 1,3%\n"
            + "Tháng 5/2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh Thái Nguyên đạt 5.500 tỷ đồng, "
            + "tăng 1,3% so với tháng trước.\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.count == 1)
        #expect(retail.first?.momPct == 1.3)
    }

    @Test func aHeadlineDatedByTheYearYieldsToTheBodysCloserDate() throws {
        let text = "Yên Bái: 250 sản phẩm OCOP được chứng nhận\n"
            + "Tính đến hết tháng 2/2025, tỉnh Yên Bái có 250 sản phẩm OCOP được chứng nhận.\n"
        let r = try extract("date 2025-03 " + text)
        #expect(figures(r, "ocop_products").map { $0.period?.description } == ["2025"])
    }

    @Test func aCountOfPoorHouseholdsWithItsShareInBracketsStatesTheRate() throws {
        let r = try extract("Năm 2022, toàn tỉnh Hải Dương có 13.500 hộ nghèo (chiếm 2,1%).\n")
        #expect(figures(r, "poverty_rate").first?.value == 2.1)
    }

    @Test func aCounterWithTheCurrentMonthAndTheSourcesHostIsRead() throws {
        let text = "Cục Thống kê tỉnh Hà Nam\nThống kê truy cập\n Đang online: 2\n Hôm nay: 105\n Tuần hiện tại: 1,070\n"
            + " Tháng hiện tại: 16,400\n Tất cả: 204,300\nBáo cáo 6 tháng đầu năm 2020\n10/07/2020 9:22:57 SA\n"
        let context = DocumentContext(sourceURL: "https://hanam.gso.gov.vn/tin-tuc/a", published: CalendarDate(year: 2020, month: 7, day: 10))
        let r = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "c.txt", context: context)
        let counters = r.figures.filter { $0.unit == .visits }
        #expect(counters.map(\.indicator.rawValue) == ["portal_visits_today", "portal_visits_month", "portal_visits_total"])
        #expect(counters.map(\.value) == [105, 16_400, 204_300])
        #expect(counters.allSatisfy { $0.portal == "hanam.gso.gov.vn" })
        // "Trực tuyến" heads a counter, and "Lượt truy cập" is its total
        let short = try extract("Sở Tài chính tỉnh Quảng Trị\nTrực tuyến: 265\nHôm nay: 860\nLượt truy cập: 1,282,000\ncucthongke.quangtri.gov.vn\n")
        #expect(figures(short, "portal_visits_total").first?.value == 1_282_000)
    }

    @Test func aHeadlinesOwnPeriodAfterWhatItCountsDatesIt() throws {
        let r = try extract("date 2024-01 Đà Nẵng đón 3,1 triệu lượt khách quốc tế năm 2023 Năm 2023 là năm phục hồi của du lịch.\n")
        #expect(figures(r, "tourist_arrivals_international").first?.period?.description == "2023")
    }

    @Test func tradeAndServicesNamedAsAnAreaAreTheServicesSector() throws {
        let r = try extract("6 tháng đầu năm 2018, GRDP tỉnh Hưng Yên tăng 8,6%; khu vực thương nghiệp và dịch vụ tăng 8,1%.\n")
        #expect(figures(r, "grdp_sector_growth").first?.sector == "services")
    }

    @Test func aHeadlinesValueStatedByTheBodyUnderAnotherIndicatorIsTheBodys() throws {
        let text = "Sơn La: Thêm 10 xã đạt chuẩn nông thôn mới trong năm 2021\n\n"
            + "Năm 2021, tỉnh Sơn La có thêm 10 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 55/188 xã.\n"
        let r = try extract(text)
        #expect(figures(r, "ntm_communes").allSatisfy { $0.value != 10 })
        #expect(figures(r, "ntm_communes_new").first?.value == 10)
    }

    @Test func aTextThatNamesOnlyTheCountryIsAboutTheCountry() throws {
        let text = "Năm 2023, du lịch Việt Nam phục hồi mạnh. Khách nội địa đạt 100 triệu lượt, vượt 5% so với kế hoạch năm 2023.\n"
        #expect(figures(try extract(text), "tourist_arrivals_domestic").first?.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        // one that also speaks of "tỉnh" is not
        let local = "Năm 2023, du lịch Việt Nam phục hồi mạnh. Khách nội địa đến tỉnh đạt 1 triệu lượt.\n"
        #expect(figures(try extract(local), "tourist_arrivals_domestic").isEmpty)
    }

    @Test func aChangeAfterAnotherNamedLevelIsThatLevels() throws {
        let text = "5 tháng đầu năm 2025, tỉnh Bình Dương thu hút được 60.000 tỷ đồng vốn đăng ký kinh doanh (tăng 30%).\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
    }

    @Test func oneMarketsVisitorsAreNoArrivalsFigure() throws {
        let text = "Năm 2019, tỉnh Khánh Hòa đón 6 triệu lượt khách, trong đó đón 1,2 triệu lượt khách Trung Quốc, tăng 36%.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [6_000_000])
        let korea = try extract("Năm 2024, Hà Nội đón 4 triệu lượt khách quốc tế; riêng khách Hàn Quốc đạt 900.000 lượt.\n")
        #expect(figures(korea, "tourist_arrivals_international").map(\.value) == [4_000_000])
    }

    @Test func aFastFallAveragedPerYearIsTheRatesAverageFall() throws {
        let text = "Giai đoạn 2016-2020, tỷ lệ hộ nghèo của tỉnh Lai Châu giảm nhanh, bình quân 4,5%/năm.\n"
        let r = try extract(text)
        #expect(figures(r, "poverty_rate").isEmpty)
        #expect(figures(r, "poverty_rate_reduction_avg").first?.value == 4.5)
    }

    @Test func thePoorAndTheNearPoorTogetherAreNoPovertyRate() throws {
        let r = try extract("Năm 2024, tỷ lệ hộ nghèo và cận nghèo của tỉnh Lai Châu còn 27,5%.\n")
        #expect(figures(r, "poverty_rate").isEmpty)
    }

    @Test func aTextThatComparesOnlyWithOneYearIsAboutTheYearAfter() throws {
        let text = "Huyện Vĩnh Linh đã có bước phát triển. Tổng giá trị sản xuất (theo giá so sánh năm 2010) ước tăng 11% so với năm 2021. "
            + "Thu ngân sách trên địa bàn huyện ước đạt 280 tỷ đồng, tăng 18% so với năm 2021.\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").first?.period?.description == "2022")
        // one comparison is not enough to date a text
        let once = try extract("Huyện Vĩnh Linh ước thu ngân sách trên địa bàn 280 tỷ đồng, tăng 18% so với năm 2021.\n")
        #expect(figures(once, "budget_revenue_on_territory").isEmpty)
    }

    @Test func aDayOfTếtSetBeforeACommaFramesTheSentencesAfterIt() throws {
        let text = "date 2026-02-19 Cụ thể, trong ngày mùng 3 Tết, thành phố Huế đón 110.000 lượt khách. "
            + "Số lượt khách lưu trú tại các cơ sở lưu trú ước đạt 20.000 lượt.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { $0.period?.description } == ["2026-02-19/2026-02-19", "2026-02-19/2026-02-19"])
        // the peak day a sentence names is no frame
        let peak = "date 2026-02-25 Dịp Tết Nguyên đán 2026, từ ngày 14/2 đến 22/2, thành phố Huế đón 600.000 lượt khách. "
            + "Đặc biệt, ngày mùng 3 Tết là ngày cao điểm. Khách lưu trú đạt 90.000 lượt.\n"
        #expect(figures(try extract(peak), "tourist_arrivals").last?.period?.description == "2026-02-14/2026-02-22")
    }

    @Test func aChangeAtCurrentPricesIsNoGrowth() throws {
        let text = "Quy mô GRDP tỉnh Nam Định năm 2022 theo giá hiện hành ước đạt 92.000 tỷ đồng, tăng 11% so với năm 2021.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_value").first?.value == 92_000)
        #expect(figures(r, "grdp_growth").isEmpty)
        // at constant prices the change is the growth
        let constant = try extract("GRDP tỉnh Nam Định năm 2022 theo giá so sánh ước đạt 60.000 tỷ đồng, tăng 8% so với năm 2021.\n")
        #expect(figures(constant, "grdp_growth").first?.value == 8)
    }

    @Test func aYearbookTableFlattenedOneCellPerLineIsReadByColumn() throws {
        let text = "Cục Thống kê tỉnh Quảng Ngãi\n\n105. Tỷ lệ hộ nghèo\nPoverty rate\nTỷ lệ hộ nghèo\nThành thị\nNông thôn\nUrban\nRural\n"
            + "2018\n12,5\n4,1\n14,2\n2019\n10,2\n3,6\n11,8\n2020\n8,9\n3,0\n10,1\nĐơn vị tính - Unit: %\n"
        let r = try extract(text)
        let rates = figures(r, "poverty_rate")
        #expect(rates.filter { $0.scope == nil }.map(\.value) == [12.5, 10.2, 8.9])
        #expect(rates.filter { $0.scope == "urban" }.map { $0.period?.description } == ["2018", "2019", "2020"])
        #expect(rates.filter { $0.scope == "rural" }.map(\.value) == [14.2, 11.8, 10.1])
        // labels that do not match the cells in number leave the table unread
        let unmatched = text.replacingOccurrences(of: "Nông thôn\n", with: "")
        #expect(figures(try extract(unmatched), "poverty_rate").isEmpty)
        // nor is a table read whose only "đồng" is a place's name
        let placeOnly = "Cục Thống kê tỉnh Đồng Tháp\n\n12. Thu nhập bình quân đầu người\nTổng số\n2018\n40\n2019\n42\n2020\n45\n"
        #expect(figures(try extract(placeOnly), "per_capita_income").isEmpty)
    }
}
