import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors on the opened halves of three new real sets (`rc45a`, `rc46a`, `rc47a`, kept outside
/// the repository, each whole set scored cold before it was opened), while their other halves stayed blind: a
/// qualifier between "lên" and the value a change reaches, a share that a counted number of units has, a cue after
/// "theo chuẩn" naming the standard, sectors named as "nhóm", the province's output named as the country's with
/// "(GRDP)" after it, "tỷ lệ này" standing for the rate before it, a price basis in brackets inside a cue, a headline
/// district with its province in brackets, what a rate is left at over a period of its own, a part singled out at a
/// sentence's start, two sectors with one value, a city's newspaper writing of a province its address spells, a text
/// naming one district and no province, a year tasks are set for, an average after values dated by bare years, revenue
/// from tickets and fees, the farm sector's output named with dashes, a portal's name, this year set against a year far
/// back, the year so far in an undated text, a province's text citing "Cục Thống kê", the whole a share told in words is
/// taken of, a sector narrowed to one service. Every sentence is invented.
@Suite struct TwentySeventhRealSetRuleTests {
    @Test func aQualifierBetweenLenAndTheValueStillEndsTheChange() throws {
        let text = "Thu nhập bình quân đầu người của tỉnh Gia Lai tăng từ hơn 1.200 USD năm 2016 lên hơn 1.650 USD năm 2019.\n"
        let income = figures(try extract(text), "per_capita_income")
        #expect(income.map(\.value) == [1200, 1650])
        #expect(income.map { "\($0.period!)" } == ["2016", "2019"])
    }

    @Test func aShareThatCountedUnitsHaveIsNotTheJurisdictions() throws {
        let text = "Đến cuối năm 2022, cả nước có 6.000 xã đạt chuẩn NTM, tăng 200 xã so với năm trước. Có 9 tỉnh, thành có 100% "
            + "số xã đạt chuẩn NTM gồm: Bắc Ninh, Hà Nam.\n"
        let result = try extract(text)
        #expect(figures(result, "ntm_communes").map(\.value) == [6000])
        #expect(figures(result, "ntm_communes_share").isEmpty)
        // (the jurisdiction's own share stays)
        let own = "Đến cuối năm 2022, tỉnh Bắc Ninh có 100% số xã đạt chuẩn nông thôn mới.\n"
        #expect(figures(try extract(own), "ntm_communes_share").map(\.value) == [100])
    }

    @Test func aCueAfterTheoChuanNamesTheStandard() throws {
        let text = "Năm 2021, tỉnh Nam Định phấn đấu giảm tỷ lệ hộ nghèo đa chiều theo chuẩn nông thôn mới xuống còn 1,2%.\n"
        let result = try extract(text)
        #expect(figures(result, "poverty_rate").map(\.value) == [1.2])
        #expect(figures(result, "ntm_communes_share").isEmpty)
    }

    @Test func sectorsNamedAsGroupsBreakDownTheOutput() throws {
        let text = "Năm 2019, tổng sản phẩm trên địa bàn (GRDP) thành phố Đà Nẵng tăng 6,5%, trong đó: nhóm nông, lâm, thủy sản "
            + "tăng 1,8%; nhóm công nghiệp – xây dựng tăng 7,9%; nhóm dịch vụ tăng 6,2%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [1.8, 7.9, 6.2])
        #expect(sectors.map(\.sector) == ["agriculture_forestry_fishery", "industry_construction", "services"])
    }

    @Test func theCountrysOutputNamedWithGRDPAfterItIsTheProvinces() throws {
        let text = "Thành phố Cần Thơ: tổng sản phẩm trong nước (GRDP) năm 2018 (theo giá so sánh 2010) ước đạt 75.400 tỷ "
            + "đồng, tăng 7,5% so với cùng kỳ.\n"
        let result = try extract(text)
        #expect(figures(result, "grdp_value").map(\.value) == [75400])
        #expect(figures(result, "grdp_growth").map(\.value) == [7.5])
    }

    @Test func thisRateStandsForTheRateBeforeIt() throws {
        let text = "Năm 2020, tỷ lệ hộ nghèo của tỉnh Điện Biên là 29,5%. Đến cuối năm 2023, tỷ lệ này giảm còn 21,3%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [29.5, 21.3])
        #expect(rates.map { "\($0.period!)" } == ["2020", "2023"])
    }

    @Test func aPriceBasisInBracketsInsideACuesWordsIsPassedOver() throws {
        let text = "Tính chung 9 tháng năm 2022, giá trị sản xuất (theo giá so sánh 2010) ngành công nghiệp tỉnh Long An ước đạt "
            + "95.300 tỷ đồng.\n"
        let value = figures(try extract(text), "industrial_production_value")
        #expect(value.map(\.value) == [95300])
        #expect(value.map { "\($0.period!)" } == ["2022-9M"])
    }

    @Test func aHeadlineOpeningWithADistrictAndItsProvinceInBracketsIsAboutTheDistrict() throws {
        let text = "Mường Tè (Lai Châu): Nhiều đổi thay ở vùng biên\nNghị quyết Đại hội Đảng bộ tỉnh Lai Châu đề ra mục tiêu xây "
            + "dựng nông thôn mới. Những năm qua, bộ mặt nông thôn huyện Mường Tè thay đổi rõ rệt; Mường Tè đã có nhiều xã về "
            + "đích. Đến cuối năm 2022, thu nhập bình quân đầu người đạt 30 triệu đồng/năm; tỷ lệ hộ nghèo còn 25,4%.\n"
        let result = try extract(text)
        #expect(result.subject == Jurisdiction(.district, "Mường Tè"))
        #expect(figures(result, "poverty_rate").map(\.jurisdiction) == [Jurisdiction(.district, "Mường Tè")])
    }

    @Test func whatARateIsLeftAtOverAPeriodOfItsOwnIsThatRate() throws {
        let text = "Tỷ lệ hộ nghèo của tỉnh Sóc Trăng năm 2012 là 14,5%; năm 2013 là 11,6%. Năm 2014, chỉ còn khoảng 8,4% và đến "
            + "nay đã có 30/80 xã đạt tiêu chí hộ nghèo.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [14.5, 11.6, 8.4])
        #expect(rates.map { "\($0.period!)" } == ["2012", "2013", "2014"])
    }

    @Test func aSentenceSinglingOutAPartStatesThePart() throws {
        let text = "Năm 2024, tỉnh Kiên Giang đón 9 triệu lượt khách. Tính riêng khách quốc tế, trong tháng 11, tỉnh đón hơn "
            + "242.000 lượt, tăng 3 lần so với cùng kỳ.\n"
        let result = try extract(text)
        #expect(figures(result, "tourist_arrivals").map(\.value) == [9_000_000])
        #expect(figures(result, "tourist_arrivals_international").map(\.value) == [242_000])
    }

    @Test func twoSectorsWithOneValueAreTwoFigures() throws {
        let text = "Năm 2021, GRDP tỉnh Hà Nam tăng 7%, trong đó khu vực nông, lâm nghiệp và thủy sản tăng 2,8%; khu vực công "
            + "nghiệp - xây dựng tăng 9,5%; khu vực dịch vụ tăng 2,8%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.sector) == ["agriculture_forestry_fishery", "industry_construction", "services"])
        #expect(sectors.map(\.value) == [2.8, 9.5, 2.8])
    }

    @Test func aCitysNewspaperWritingOfTinhIsAboutTheProvinceItsAddressSpells() throws {
        let text = "Sáu tháng đầu năm 2023, tổng sản phẩm trên địa bàn 6 tháng của tỉnh tăng 3,1%.\n"
        let result = try extract(text, sourceURL: "https://www.sggp.org.vn/ba-ria-vung-tau-tang-truong-post1.html")
        #expect(figures(result, "grdp_growth").map(\.jurisdiction) == [Jurisdiction(.province, "Bà Rịa - Vũng Tàu")])
        // (a text of the city itself stays the city's)
        let city = "Sáu tháng đầu năm 2023, tổng sản phẩm trên địa bàn thành phố tăng 3,1%.\n"
        let own = try extract(city, sourceURL: "https://www.sggp.org.vn/kinh-te-thanh-pho-tang-truong-post2.html")
        #expect(figures(own, "grdp_growth").map(\.jurisdiction) == [Jurisdiction(.city, "Hồ Chí Minh")])
    }

    /// A district's council meeting, told without its province or year of writing (its own words).
    private static let districtMeeting = "Thu ngân sách của huyện Đại Lộc vượt 30% kế hoạch\n\nSáng qua 12.12, HĐND huyện Đại Lộc "
        + "khóa XI (nhiệm kỳ 2016 - 2021) khai mạc Kỳ họp thứ 7 để đánh giá tình hình thực hiện các chỉ tiêu kinh tế - xã hội năm "
        + "2019; quyết định chỉ tiêu, nhiệm vụ năm 2020 và bàn thảo nhiều việc khác.\n\nBáo cáo tại kỳ họp, lãnh đạo UBND huyện "
        + "Đại Lộc cho biết, dù gặp nhiều khó khăn, kinh tế - xã hội của địa phương vẫn có chuyển biến rõ nét. Tổng giá trị sản "
        + "xuất ước đạt 5.100 tỷ đồng, tăng 12% so với năm 2018. Thu nhập bình quân đầu người của huyện đạt 41 triệu đồng, tăng "
        + "3 triệu đồng so với năm ngoái.\n\nĐược biết, năm nay tổng thu ngân sách nhà nước trên địa bàn huyện Đại Lộc ước đạt "
        + "512 tỷ đồng, vượt 30% so với kế hoạch.\n"

    @Test func aTextNamingOneDistrictAndNoProvinceIsAboutTheDistrict() throws {
        let result = try extract(Self.districtMeeting)
        #expect(result.subject == Jurisdiction(.district, "Đại Lộc"))
        #expect(figures(result, "production_value").map(\.jurisdiction) == [Jurisdiction(.district, "Đại Lộc")])
    }

    @Test func aYearTasksAreSetForLiesAheadOfTheYearOfWriting() throws {
        let budget = figures(try extract(Self.districtMeeting), "budget_revenue_on_territory")
        #expect(budget.map(\.value) == [512])
        #expect(budget.map { "\($0.period!)" } == ["2019"])
    }

    @Test func anAverageAfterValuesDatedByBareYearsCoversTheYearsBetween() throws {
        let text = "Tỉnh Bắc Giang: tỷ lệ hộ nghèo giảm từ 9,5% năm 2016 xuống còn 3,1% năm 2020, bình quân mỗi năm giảm 1,6%.\n"
        let average = figures(try extract(text), "poverty_rate_reduction_avg")
        #expect(average.map(\.value) == [1.6])
        #expect(average.map { "\($0.period!)" } == ["2017/2020"])
    }

    @Test func revenueFromTicketsOrFeesIsNotTourismRevenue() throws {
        let text = "Chín tháng năm 2016, các di tích của tỉnh Thừa Thiên Huế đón 2,1 triệu lượt khách tham quan; doanh thu bán vé "
            + "đạt 205 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "tourist_arrivals").map(\.value) == [2_100_000])
        #expect(figures(result, "tourism_revenue").isEmpty)
    }

    @Test func theFarmSectorsOutputNamedWithDashes() throws {
        let text = "Năm 2017, huyện Duy Xuyên: tổng giá trị sản xuất ước đạt 6.100 tỷ đồng, trong đó giá trị sản xuất ngành nông - "
            + "lâm - thủy sản đạt 1.036 tỷ đồng.\n"
        #expect(figures(try extract(text), "agri_production_value").map(\.value) == [1036])
    }

    @Test func aPortalsNameSaysWhoPublishesNotWhatTheArticleIsAbout() throws {
        let text = "Cổng thông tin điện tử huyện Giồng Riềng\nKhách du lịch đến Kiên Giang tháng 5/2019\nTrong tháng 5 năm 2019, tổng "
            + "lượt khách đến tham quan du lịch tại Kiên Giang ước đạt 700.000 lượt. Khách lưu trú 290.000 lượt, tăng 5% so với "
            + "cùng kỳ.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [700_000, 290_000])
        #expect(arrivals.map(\.jurisdiction) == [Jurisdiction(.province, "Kiên Giang"), Jurisdiction(.province, "Kiên Giang")])
    }

    @Test func thisYearSetAgainstAYearFarBackStaysThisYear() throws {
        let text = " date 2020-03 Năm nay, thu ngân sách của huyện Đạ Tẻh ước đạt 500 tỷ đồng, tăng 20% so với năm 2015.\n"
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map { "\($0.period!)" } == ["2020"])
        #expect(budget.map(\.yoyPct) == [nil])
    }

    @Test func theYearSoFarInAnUndatedTextRunsToTheMonthReportedLast() throws {
        let text = "Trong tháng 8-2024, tỉnh Ninh Bình đón 377.000 lượt khách. Lũy kế từ đầu năm, tỉnh Ninh Bình đón hơn 6,8 triệu "
            + "lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { "\($0.period!)" } == ["2024-08", "2024-8M"])
        // ("mục tiêu … đề ra từ đầu năm": when a goal was set is no period of the figures)
        let goal = "Năm 2024, tỉnh Ninh Bình đón 8,5 triệu lượt khách, đạt mục tiêu đề ra từ đầu năm.\n"
        #expect(figures(try extract(goal), "tourist_arrivals").map { "\($0.period!)" } == ["2024"])
    }

    @Test func aTextSpeakingOfItsProvinceIsNoNationalBodysEvenCitingTheStatisticsOffice() throws {
        let text = " date 2023-11 Theo Cục Thống kê, tổng thu ngân sách nhà nước trên địa bàn tỉnh 10 tháng năm 2023 ước đạt 7.850 tỷ "
            + "đồng.\n"
        let result = try extract(text)
        // (held back: the province is not named, and the country it is not)
        #expect(result.figures.isEmpty)
        #expect(result.held.map(\.indicator) == [Indicator("budget_revenue_on_territory")])
    }

    @Test func theWholeAShareToldInWordsIsTakenOfNamesNoFigure() throws {
        let text = "Trong tháng 9-2025, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của TP.HCM ước đạt 160.000 tỷ đồng. "
            + "Riêng doanh thu bán lẻ hàng hóa đạt 82.000 tỷ đồng, chiếm hơn một nửa tổng mức bán lẻ, tăng 3% so với tháng trước.\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.map(\.value) == [160_000, 82_000])
    }

    @Test func aSectorNarrowedToOneServiceIsThatServiceNotTheSector() throws {
        let text = "Sáu tháng năm 2023, GRDP tỉnh Bà Rịa - Vũng Tàu tăng 2,41%, trong đó dịch vụ lữ hành tăng 107,75%, khu vực dịch vụ "
            + "tăng 5%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [5])
        #expect(sectors.map(\.sector) == ["services"])
    }
}
