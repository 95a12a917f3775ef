import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on one real set and half of another opened in one session (`realcheck29`, then
/// `rc30a`, kept outside the repository, each scored cold before it was opened) while `rc30b`, `realcheck28` and
/// `rc27b` stayed blind: the national output's name said of a territory, a growth scenario in brackets, sectors after a
/// sentence without figures, bands of units, mean yearly changes, a growth something drives, a part in brackets, the
/// year of a plan a share was taken of, a share of a group. Every sentence is invented.
@Suite struct NineteenthRealSetRuleTests {
    @Test func theNationalOutputsNameSaidOfATerritoryIsItsGRDP() throws {
        let text = "Sáu tháng đầu năm 2014, tổng sản phẩm trong nước trên địa bàn (GRDP) của thành phố Cần Thơ ước đạt 14.200 tỷ "
            + "đồng, tăng 6,4% so cùng kỳ. Trong đó: khu vực nông, lâm, thủy sản tăng 2,1%, khu vực dịch vụ và thuế nhập khẩu tăng 8,3%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [6.4])
        #expect(figures(r, "gdp_growth").isEmpty)
        let sectors = figures(r, "grdp_sector_growth")
        #expect(sectors.map(\.value) == [2.1, 8.3])
        #expect(sectors.map(\.sector) == ["agriculture_forestry_fishery", "services"])
        // (the import tax of the services' name is no import)
        #expect(figures(r, "import_value").isEmpty)
        // and in a year after the national name gave way, GRDP written beside it still decides
        let later = "Năm 2019, tổng sản phẩm trong nước trên địa bàn (GRDP) tỉnh Hậu Giang tăng 7,1%.\n"
        #expect(figures(try extract(later), "grdp_growth").map(\.value) == [7.1])
    }

    @Test func aGrowthScenarioInBracketsIsThePlan() throws {
        let text = "Chín tháng năm 2025, tăng trưởng GRDP tỉnh Gia Lai ước đạt 6,8% (kịch bản tăng trưởng (KBTT): 7,6%). Trong đó, "
            + "khu vực dịch vụ ước đạt 7,1% (KBTT: 8,0%); khu vực công nghiệp và xây dựng ước đạt 9,2% (kịch bản tăng trưởng: 10,4%).\n"
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.map(\.value) == [6.8, 7.6])
        #expect(growth.map(\.kind) == [.estimate, .plan])
        let sectors = figures(r, "grdp_sector_growth")
        #expect(sectors.filter { $0.kind == .plan }.map(\.value) == [8.0, 10.4])
    }

    @Test func sectorsMayFollowASentenceThatToldNoFigure() throws {
        let text = "Quý I năm 2024, tổng sản phẩm trên địa bàn tỉnh Phú Yên tăng 6,1% so với cùng kỳ. Mức tăng này xếp thứ 20/63 "
            + "địa phương cả nước. Theo đó, nông, lâm nghiệp và thuỷ sản của Phú Yên tăng 3,1%; công nghiệp và xây dựng tăng 8,2% "
            + "(trong đó công nghiệp tăng 8,4%).\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [3.1, 8.2, 8.4])
        // two sentences on, past one that told a figure of its own, a bare sector is not the output's
        let far = "Quý I năm 2024, GRDP tỉnh Phú Yên tăng 6,1%. Kim ngạch xuất khẩu đạt 90 triệu USD. Dịch vụ tăng 5,2%.\n"
        #expect(figures(try extract(far), "grdp_sector_growth").isEmpty)
    }

    @Test func aBandThatCountedUnitsReachIsNoFigure() throws {
        let text = "Năm 2018, tỉnh Hà Nam có 5 xã đạt thu nhập bình quân trên 45 triệu đồng/năm; 12 xã đạt thu nhập bình quân từ 35 "
            + "đến dưới 45 triệu đồng/năm.\n"
        #expect(figures(try extract(text), "per_capita_income").isEmpty)
        let criteria = "Năm 2016, bình quân các xã trong tỉnh Kon Tum đạt 9,8 tiêu chí. Trong đó, có 3 xã đạt từ 15 – 18 tiêu chí, "
            + "21 xã đạt từ 10 – 14 tiêu chí.\n"
        #expect(figures(try extract(criteria), "ntm_criteria_per_commune").map(\.value) == [9.8])
        // the places leading a count keep their own values
        let leaders = "Chín tháng năm 2025, có 20 địa phương đạt tốc độ tăng GRDP cao hơn cả nước, dẫn đầu là Hải Phòng (11,2%).\n"
        #expect(figures(try extract(leaders), "grdp_growth").map(\.jurisdiction.name) == ["Hải Phòng"])
    }

    @Test func aMeanYearlyChangeWithoutALevelIsNoFigure() throws {
        let text = "Năm 2025, du lịch tỉnh Bạc Liêu phát triển khá. Hàng năm, lượng khách tăng trung bình 18%, tổng thu từ khách "
            + "du lịch tăng bình quân 21%.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").isEmpty)
        #expect(figures(r, "tourism_revenue").isEmpty)
        // a mean per year is a goal's or a span's rate, and stays
        let perYear = "Giai đoạn 2021-2025, tổng kim ngạch xuất khẩu của tỉnh Bạc Liêu phấn đấu tăng trung bình 12%/năm.\n"
        #expect(figures(try extract(perYear), "export_value").map(\.yoyPct) == [12])
    }

    @Test func aGrowthSomethingDrivesIsNotTheEconomys() throws {
        let text = "Năm 2022, tổng sản phẩm trên địa bàn tỉnh Bà Rịa - Vũng Tàu tăng 7,2%. Trong đó công nghiệp tiếp tục là động "
            + "lực thúc đẩy tăng trưởng kinh tế với mức tăng 5,6%.\n"
        #expect(figures(try extract(text), "grdp_growth").map(\.value) == [7.2])
    }

    @Test func aPartInBracketsLeavesWhatFollowsToTheWhole() throws {
        let text = "Sáu tháng đầu năm 2023, du lịch tỉnh Sóc Trăng đã đón khoảng 2,5 triệu lượt khách (khách quốc tế đạt khoảng "
            + "60.000 lượt), đạt 65% kế hoạch, tăng 40% so với cùng kỳ năm 2022.\n"
        let r = try extract(text)
        let all = figures(r, "tourist_arrivals")
        #expect(all.map(\.value) == [2_500_000])
        #expect(all.map(\.yoyPct) == [40])
        #expect(all.first?.pctOfPlan.map(\.pct) == [65])
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [60_000])
        // a month singled out in brackets is that month's figure; the change after it is the total's
        let month = "Sáu tháng đầu năm 2023, kim ngạch xuất khẩu tỉnh Sóc Trăng đạt 500 triệu USD (riêng tháng 6 đạt 90 triệu USD), "
            + "tăng 12% so với cùng kỳ.\n"
        let exports = figures(try extract(month), "export_value")
        #expect(exports.map(\.value) == [500, 90])
        #expect(exports.map(\.yoyPct) == [12, nil])
        #expect(exports.map { $0.period?.description } == ["2023-H1", "2023-06"])
    }

    @Test func aPlanNamedBeforeItsBracketIsTheYears() throws {
        let text = "Sáu tháng đầu năm 2023, doanh thu du lịch tỉnh Bạc Liêu đạt khoảng 2.400 tỷ đồng, đạt 68% kế hoạch (chỉ tiêu "
            + "là 3.500 tỷ đồng).\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.map(\.value) == [2_400, 3_500])
        #expect(revenue.map { $0.period?.description } == ["2023-H1", "2023"])
    }

    @Test func aShareOfTheGroupIsNoRate() throws {
        let text = "Cuối năm 2021, tỉnh Bến Tre có 17.060 hộ nghèo, chiếm tỷ lệ 4,26%. Đa số hộ nghèo ở nông thôn, trong đó có 16.125 "
            + "hộ nghèo, chiếm tỷ lệ 94,5% so với tổng số hộ nghèo.\n"
        #expect(figures(try extract(text), "poverty_rate").map(\.value) == [4.26])
    }

    @Test func guestsStayingAreArrivalsOfTheirOrigin() throws {
        let text = "Sáu tháng đầu năm 2023, tỉnh Hà Tĩnh đón 900.000 lượt khách; lượng khách lưu trú nội địa đạt 500.000 lượt, "
            + "khách lưu trú quốc tế 8.000 lượt.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_domestic").map(\.value) == [500_000])
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [8_000])
        #expect(figures(r, "tourist_arrivals").map(\.value) == [900_000])
    }

    @Test func aRunningTotalAfterAnUntakenAmountIsNotTheFigureBefore() throws {
        let text = "Mười tháng năm 2025, tổng thu ngân sách nhà nước tỉnh Đắk Lắk thực hiện 12.900 tỷ đồng. Lũy kế năm 2025 ước đạt "
            + "14.800 tỷ đồng. Tổng vốn đầu tư toàn xã hội 9 tháng ước đạt 40.100 tỷ đồng. Lũy kế cả năm ước đạt 58.300 tỷ đồng.\n"
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map(\.value) == [12_900, 14_800])
    }

    @Test func theSameTimeAYearBeforeInBracketsIsThatPeriodsFigure() throws {
        let text = "Quý I năm 2024, tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tỉnh Bình Định đạt 27.400 tỷ đồng, tăng 9,2% so "
            + "với cùng kỳ (cùng kỳ đạt khoảng 25.100 tỷ đồng).\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.map(\.value) == [27_400, 25_100])
        #expect(retail.map { $0.period?.description } == ["2024-Q1", "2023-Q1"])
        #expect(retail.map(\.yoyPct) == [9.2, nil])
    }

    @Test func aFigureBrokenDownByNamedPlacesGivesEachPlaceItsValue() throws {
        let text = "Năm 2023, tổng số xã đã đạt chuẩn nông thôn mới của tỉnh Yên Bái là 60 xã (trong đó thị xã Nghĩa Lộ 8 xã; huyện "
            + "Trấn Yên 19 xã; huyện Văn Yên 12 xã).\n"
        let communes = figures(try extract(text), "ntm_communes")
        #expect(communes.map(\.value) == [60, 8, 19, 12])
        #expect(communes.map(\.jurisdiction.name) == ["Yên Bái", "Nghĩa Lộ", "Trấn Yên", "Văn Yên"])
        // one place alone is no breakdown
        let one = "Năm 2023, tổng số xã đã đạt chuẩn nông thôn mới của tỉnh Yên Bái là 60 xã (trong đó huyện Trấn Yên 19 xã).\n"
        #expect(figures(try extract(one), "ntm_communes").map(\.value) == [60])
    }

    @Test func nowInATextOfUnknownDateDatesNothing() throws {
        let text = "Chương trình xây dựng nông thôn mới giai đoạn 2021-2025 được triển khai ở mọi xã của tỉnh Yên Bái.\n"
            + "Đến nay, tổng số xã đã đạt chuẩn nông thôn mới là 99 xã.\n"
        #expect(figures(try extract(text), "ntm_communes").isEmpty)
        // dated, "đến nay" is the year of writing
        let dated = " date 2023-08-29 " + text
        #expect(figures(try extract(dated), "ntm_communes").map { $0.period?.description } == ["2023"])
    }

    @Test func sentencesAfterAHolidayRunningTotalAreOverItsWindow() throws {
        let text = " date 2025-02-01 Theo báo cáo nhanh, tính đến ngày 31/1 (mùng 3 Tết), tỉnh Quảng Ninh ước đón khoảng 300.000 "
            + "lượt khách. Tổng thu từ du lịch toàn tỉnh ước đạt 900 tỷ đồng.\n"
            + "Thành phố Hạ Long đón khoảng 120.000 lượt khách.\n"
        let r = try extract(text)
        // the official days off of Tết 2025 began on 25 January (holidays.json)
        #expect(figures(r, "tourism_revenue").map { $0.period?.description } == ["2025-01-25/2025-01-31"])
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2025-01-25/2025-01-31", "2025-01-25/2025-01-31"])
    }

    @Test func theVisitorsAPartAccountsForAreItsLevel() throws {
        let text = "Năm 2024, thành phố Lào Cai đón khoảng 900.000 lượt khách, trong đó khách quốc tế chiếm hơn 120.000 lượt.\n"
        #expect(figures(try extract(text), "tourist_arrivals_international").map(\.value) == [120_000])
        // a share it takes stays aside
        let share = "Năm 2024, thành phố Lào Cai đón khoảng 900.000 lượt khách, trong đó khách quốc tế chiếm 13%.\n"
        #expect(figures(try extract(share), "tourist_arrivals_international").allSatisfy { $0.value != 13 })
    }
}
