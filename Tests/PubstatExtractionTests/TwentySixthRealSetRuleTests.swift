import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on two halves kept blind until this round (`rc39b`, `rc40b`) and on the opened
/// halves of two new real sets (`rc43a`, `rc44a`, kept outside the repository, each whole set scored cold before it was
/// opened), while `rc41b`, `rc42b`, `rc43b` and `rc44b` stayed blind: the months carried out by the end of one, a year
/// told running to the time of writing, a count whose share follows it, "năm qua" set against a year, a year's result
/// named between a comparison and its year, the Pacific that is no province, a figure set against a year before any
/// period, a flow after a sentence's cut-off day, agriculture and forestry named without fishery, a bare "tỉnh" in a
/// paragraph about a province, one product's trade in brackets, the year so far in an undated text, "đưa doanh thu",
/// a provincial paper's newsroom mark, a month told without its year, the country's growth set against the last one,
/// visitors a day, a gap between counts, "năm nay" set against a year, the year a holiday is named in, a round mark
/// reached and set against the estimate. Every sentence is invented.
@Suite struct TwentySixthRealSetRuleTests {
    @Test func whatWasCarriedOutByTheEndOfAMonthIsTheYearsFirstMonths() throws {
        let text = "Thu ngân sách nhà nước tỉnh Yên Bái ước thực hiện hết tháng 9/2023 đạt 2.150 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { "\($0.period!)" } == ["2023-9M"])
        // (a month's own figure stays the month's)
        let month = "Thu ngân sách nhà nước tỉnh Yên Bái thực hiện tháng 9/2023 đạt 250 tỷ đồng.\n"
        #expect(figures(try extract(month), "budget_revenue_on_territory").map { "\($0.period!)" } == ["2023-09"])
    }

    @Test func aYearToldRunningToTheTimeOfWritingIsTheYearOfAnUndatedText() throws {
        let text = "Từ đầu năm 2020 đến nay, tỉnh Phú Thọ đã có thêm 9 xã đạt chuẩn nông thôn mới. Toàn tỉnh đã có 130 xã đạt "
            + "chuẩn nông thôn mới.\n"
        let result = try extract(text)
        #expect(figures(result, "ntm_communes_new").map { $0.period! } == [Period(.year(2020))])
        #expect(figures(result, "ntm_communes").map { $0.period! } == [Period(.year(2020))])
    }

    @Test func aCountWhoseShareFollowsKeepsItsOwnFigure() throws {
        let text = "Năm 2020, tỉnh Quảng Trị có 62 xã đạt chuẩn NTM, chiếm 56% số xã.\n"
        let result = try extract(text)
        #expect(figures(result, "ntm_communes").map(\.value) == [62])
        #expect(figures(result, "ntm_communes_share").map(\.value) == [56])
    }

    @Test func theYearGoneSetAgainstAYearIsTheYearAfterIt() throws {
        let text = "Năm qua, tỉnh Ninh Thuận đã đón hơn 3,1 triệu lượt khách du lịch, tăng 9,5% so với năm 2018. Năm 2020, tỉnh đặt "
            + "mục tiêu đón 3,5 triệu lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { "\($0.value!) \($0.period!)" } == ["3100000.0 2019", "3500000.0 2020-target"])
    }

    @Test func aYearsResultNamedBetweenAComparisonAndItsYearIsCompared() throws {
        let text = " date 2025-12-09 Tại kỳ họp cuối năm của HĐND tỉnh Gia Lai, ông B cho biết năm 2025 thu ngân sách ước đạt 21.500 tỷ "
            + "đồng, đạt 100% dự toán Trung ương giao và bằng 106,1% so với kết quả thực hiện năm 2024.\n\nTheo ông B, nhiều khoản thu "
            + "đạt kết quả tốt. Trong đó, thu hoạt động xuất nhập khẩu ước đạt 1.260 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_import_export").map { $0.period! } == [Period(.year(2025))])
    }

    @Test func thePacificIsNoProvince() throws {
        let text = "Năm 2025, du lịch Việt Nam phục hồi mạnh, lượng khách quốc tế tăng khoảng 21%, vượt xa mức 8% của khu vực châu Á – "
            + "Thái Bình Dương. Cả năm đón khoảng 21 triệu lượt khách quốc tế.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals_international")
        #expect(arrivals.map(\.jurisdiction.description) == ["country:Việt Nam", "country:Việt Nam"])
    }

    @Test func aFigureSetAgainstAYearBeforeAnyPeriodIsOfTheYearAfterIt() throws {
        let text = "Với tốc độ tăng trưởng kinh tế đạt 7,12% so với năm 2022, Cao Bằng xếp thứ 4 trong vùng. Tổng sản phẩm GRDP năm "
            + "2023 ước đạt 21.400 tỷ đồng.\n"
        #expect(figures(try extract(text), "grdp_growth").map { "\($0.value!) \($0.period!)" } == ["7.12 2023"])
        // (set against the same months of a year, it stays unknown)
        let months = "Thu ngân sách ước thực hiện 7.250 tỷ đồng, tăng 7% so cùng kỳ năm 2021. Dự kiến năm 2022, tốc độ tăng trưởng "
            + "kinh tế của tỉnh Bình Phước sẽ đạt 8%.\n"
        #expect(figures(try extract(months), "budget_revenue_on_territory").isEmpty)
    }

    @Test func aFlowInTheSentenceAfterACutOffRunsToTheSameDay() throws {
        let text = " date 2025-12-11 Năm 2025, kinh tế tỉnh Cao Bằng đạt nhiều kết quả.\nTính đến ngày 30/11/2025, tổng kim ngạch xuất "
            + "nhập khẩu qua địa bàn tỉnh đạt 1,2 tỷ USD, tăng 14,6%. Hàng hóa địa phương xuất khẩu đạt 61 triệu USD, tăng 5,2%.\n"
        #expect(figures(try extract(text), "local_export_value").map { "\($0.period!)" } == ["2025-11M"])
        // (in the next paragraph, the year again)
        let paragraph = " date 2025-12-11 Năm 2025, kinh tế tỉnh Cao Bằng đạt nhiều kết quả.\nTính đến ngày 30/11/2025, tổng kim ngạch xuất "
            + "nhập khẩu qua địa bàn tỉnh đạt 1,2 tỷ USD.\nHàng hóa địa phương xuất khẩu đạt 61 triệu USD, tăng 5,2%.\n"
        #expect(figures(try extract(paragraph), "local_export_value").map { "\($0.period!)" } == ["2025"])
    }

    @Test func agricultureAndForestryWithoutFisheryIsTheFirstSector() throws {
        let text = "Năm 2023, GRDP tỉnh Cao Bằng tăng 7,12%; trong đó khu vực nông – lâm nghiệp tăng 3,4%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map { "\($0.value!) \($0.sector ?? "-")" } == ["3.4 agriculture_forestry_fishery"])
    }

    @Test func aBareProvinceWordIsTheProvinceItsParagraphIsAbout() throws {
        let text = "Tỉnh Đắk Lắk mới được hình thành từ Đắk Lắk và Phú Yên.\nĐối với Phú Yên, tỉnh có 189 km bờ biển. GRDP năm 2024 "
            + "của tỉnh đạt 62.597 tỷ đồng, tăng trưởng 6,17%.\n"
        let result = try extract(text)
        #expect(figures(result, "grdp_value").map(\.jurisdiction.description) == ["province:Phú Yên"])
        #expect(figures(result, "grdp_growth").map(\.jurisdiction.description) == ["province:Phú Yên"])
    }

    @Test func tradeInBracketsAfterATonnageIsOneProducts() throws {
        let text = "Năm 2024, ngành nông nghiệp tỉnh Gia Lai tăng trưởng khá, đặc biệt là cây hồ tiêu (sản lượng khoảng 70.000 tấn/năm, "
            + "kim ngạch xuất khẩu đạt khoảng 300 triệu USD). Kim ngạch xuất khẩu toàn tỉnh đạt 1,2 tỷ USD.\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [1.2])
    }

    @Test func theYearSoFarInAnUndatedTextIsTheFirstMonthsReportedLast() throws {
        let text = "Qua 3 tháng đầu năm 2016, du lịch tỉnh Bình Thuận đón 1,1 triệu lượt khách. Trong tháng 3, doanh thu du lịch đạt "
            + "720 tỷ đồng. Doanh thu du lịch tính từ đầu năm 2016 đến nay ước đạt 2.359 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.map { "\($0.value!) \($0.period!)" } == ["720.0 2016-03", "2359.0 2016-Q1"])
    }

    @Test func aMonthsRevenueBringsTheRevenueSoFarToItsTotal() throws {
        let text = "Trong tháng 3/2016 doanh thu du lịch tỉnh Bình Thuận đạt khoảng 721 tỷ đồng, đưa doanh thu quý I ước đạt 2.359 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.map { "\($0.value!) \($0.period!)" } == ["721.0 2016-03", "2359.0 2016-Q1"])
    }

    @Test func aProvincialPapersNewsroomMarkNamesTheProvince() throws {
        let text = "Khách đến các điểm du lịch tăng mạnh\n\nBBK - Năm 2024, các khu, điểm du lịch trong tỉnh đón khoảng "
            + "400.000 lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map(\.jurisdiction.description) == ["province:Bắc Kạn"])
        // (a mark two provinces' papers would share, Hà Giang's and Hậu Giang's, names neither)
        let shared = "Khách đến các điểm du lịch tăng mạnh\n\nBHG - Năm 2024, các khu, điểm du lịch trong tỉnh đón "
            + "khoảng 400.000 lượt khách.\n"
        #expect(figures(try extract(shared), "tourist_arrivals").isEmpty)
    }

    @Test func aMonthToldWithoutItsYearThatHasPassedInTheYearOfWritingIsThatYears() throws {
        let text = " date 2026-02-13 Năm 2025, tổng vốn đầu tư công của thành phố Cần Thơ hơn 25.400 tỷ đồng. Tăng trưởng kinh tế "
            + "tháng 1 của thành phố đạt hơn 7,2%.\n"
        #expect(figures(try extract(text), "grdp_growth").map { "\($0.period!)" } == ["2026-01"])
    }

    @Test func theCountrysGrowthIsOfThePeriodOfTheGrowthRightBeforeIt() throws {
        let text = "Tốc độ tăng trưởng quý 3/2023 của Tây Ninh đã tăng 7,21%; bình quân trong 9 tháng năm 2023 tăng 5,35%, mức tăng "
            + "cao hơn mức bình quân chung của cả nước (4,24%).\n"
        #expect(figures(try extract(text), "gdp_growth").map { "\($0.value!) \($0.period!)" } == ["4.24 2023-9M"])
    }

    @Test func visitorsADayAreNoCountOfThePeriod() throws {
        let text = "Năm 2016, những ngày cuối tuần, tỉnh Thanh Hóa đón trung bình 60.000 - 70.000 lượt khách/ngày. Cả năm tỉnh đón "
            + "9,5 triệu lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map(\.value) == [9_500_000])
    }

    @Test func aGapBetweenTwoCountsIsNoCount() throws {
        let text = "Số khách du lịch đến Đà Nẵng năm 2019 ‘chênh’ hơn 1,6 triệu lượt so với số liệu của ngành.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
    }

    @Test func thisYearSetAgainstTheSameTimeOfAYearIsTheYearAfterIt() throws {
        let text = "Năm nay, tổng doanh thu du lịch của tỉnh Cà Mau đạt 3.126 tỷ đồng, tăng 18,76% so với cùng kỳ năm 2024.\n"
        #expect(figures(try extract(text), "tourism_revenue").map { "\($0.period!)" } == ["2025"])
    }

    @Test func theYearAHolidayIsNamedInIsNoPeriodOfItsFigures() throws {
        let text = "Trong kỳ nghỉ lễ Quốc khánh 2/9 năm nay, du lịch Cà Mau tăng trưởng nổi bật. Hơn 120.000 lượt du khách đã đến "
            + "tham quan, tăng 19,6% so với cùng kỳ năm 2024.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
        // (the days off named with their year are the schedule's, not the year's)
        let named = "Trong kỳ nghỉ lễ Quốc khánh 2/9 năm 2025, tỉnh Cà Mau đón hơn 120.730 lượt khách.\n"
        #expect(figures(try extract(named), "tourist_arrivals").map { $0.period.map { "\($0)" } } == ["2025-08-30/2025-09-02"])
    }

    @Test func aRoundMarkReachedAndSetAgainstTheEstimateIsTheLevel() throws {
        let text = "Năm 2025, tổng thu ngân sách nhà nước của tỉnh Bình Dương dự kiến đạt mốc 80.000 tỷ đồng, đạt 142% dự toán Thủ "
            + "tướng Chính phủ giao.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [80_000])
        #expect(revenue.first?.pctOfPlan == [PlanComparison(pct: 142, authority: .central)])
        // (a round mark alone stays a mark)
        let mark = "Năm 2025, tổng thu ngân sách nhà nước của tỉnh Bình Dương đạt mốc 80.000 tỷ đồng.\n"
        #expect(figures(try extract(mark), "budget_revenue_on_territory").isEmpty)
    }
}
