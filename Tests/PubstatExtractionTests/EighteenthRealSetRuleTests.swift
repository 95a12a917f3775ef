import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on one real set and half of another opened in one session (`realcheck26`, then
/// `rc27a`, kept outside the repository, each scored cold before it was opened) while `realcheck28` and `rc27b` stayed
/// blind: a change of a part that takes a share, rates of units counted, growth at current prices, products given
/// as examples of a sector, a gross output's sectors, branches of the national accounts, communes recognised on top,
/// an average GRDP growth, a place whose name ends in "Mới", the source's province, visitors' spending, a branch's value
/// added over the span before. Every sentence is invented.
@Suite struct EighteenthRealSetRuleTests {
    @Test func aChangeOfAPartThatTakesAShareOfTheWholeIsNotTheWholes() throws {
        let text = "Năm 2018, tổng kim ngạch nhập khẩu của tỉnh Bình Định đạt 480 triệu USD, tăng 12% so cùng kỳ; chủ yếu là "
            + "nhóm hàng máy móc, chiếm 40% trong cơ cấu nhập khẩu của tỉnh và tăng gần 60% so cùng kỳ.\n"
        let imports = figures(try extract(text), "import_value")
        #expect(imports.map(\.value) == [480])
        #expect(imports.map(\.yoyPct) == [12])
        // the whole that takes a share of something else keeps its own change
        let whole = "Năm 2018, xuất khẩu của tỉnh Bình Định chiếm 30% GRDP và tăng 15% so với cùng kỳ.\n"
        #expect(figures(try extract(whole), "export_value").map(\.yoyPct) == [15])
    }

    @Test func aRateThatCountedUnitsHaveIsNotThePlaces() throws {
        let text = "Năm 2021, huyện Mường Tè có tỷ lệ hộ nghèo 21,4%. Toàn huyện có 5 xã, thị trấn có tỷ lệ hộ nghèo < 10%; "
            + "9 xã còn lại có tỷ lệ hộ nghèo từ 18,2% đến 40,6%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [21.4])
    }

    @Test func aChangeAtCurrentPricesIsNoGrowth() throws {
        let text = "Sáu tháng đầu năm 2022, tổng sản phẩm trên địa bàn tỉnh Lào Cai theo giá hiện hành ước đạt 28.400 tỷ đồng, "
            + "tăng 9,2% so với cùng kỳ năm trước.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_value").map(\.value) == [28_400])
        #expect(figures(r, "grdp_growth").isEmpty)
        // at constant prices the change is the growth
        let constant = "Sáu tháng đầu năm 2022, tổng sản phẩm trên địa bàn tỉnh Lào Cai theo giá so sánh 2010 ước đạt 15.100 tỷ "
            + "đồng, tăng 7,1% so với cùng kỳ năm trước.\n"
        #expect(figures(try extract(constant), "grdp_growth").map(\.value) == [7.1])
    }

    @Test func productsGivenAsExamplesOwnTheirChange() throws {
        let text = "Sáu tháng năm 2023, GRDP tỉnh Nghệ An tăng 6,1%; khu vực dịch vụ tăng 7,4%. Công nghiệp tiếp tục phục hồi, "
            + "nhiều sản phẩm chủ yếu tăng khá như xi măng tăng 48%, bia tăng 12%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [7.4])
    }

    @Test func aGrossOutputsSectorsChangeTheirOwnValues() throws {
        let text = "Sáu tháng đầu năm 2024, GRDP tỉnh Hà Nam tăng 8,2%. Giá trị sản xuất công nghiệp và xây dựng tăng 11,3%; "
            + "thương mại và dịch vụ tăng 7,5%.\n"
        let r = try extract(text)
        // (industry and construction summed are no industrial output: no figure, as the labels of later real sets have it)
        #expect(figures(r, "industrial_production_value").isEmpty)
        let trade = figures(r, "trade_production_value")
        #expect(trade.map(\.yoyPct) == [7.5])
        #expect(trade.allSatisfy { $0.value == nil })
        #expect(figures(r, "grdp_sector_growth").isEmpty)
    }

    @Test func branchesOfTheNationalAccountsAreSectorsOfTheirOwn() throws {
        let text = "Sáu tháng đầu năm 2019, GRDP tỉnh Bình Thuận tăng 7,9%. Trong khu vực nông, lâm nghiệp và thủy sản, ngành "
            + "lâm nghiệp giảm 3,5%; ngành thủy sản tăng 6,2%. Trong khu vực dịch vụ, bán buôn và bán lẻ tăng 8,8%; vận tải "
            + "kho bãi tăng 7,7%; dịch vụ lưu trú và ăn uống tăng 10,4%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [-3.5, 6.2, 8.8, 7.7, 10.4])
        #expect(sectors.map(\.sector) == ["forestry", "fishery", "wholesale_retail", "transport_storage", "accommodation_food"])
    }

    @Test func communesRecognisedOnTopAreNewOnes() throws {
        let text = "Tỉnh Gia Lai năm 2022.\nSáu tháng đầu năm 2022, UBND tỉnh đã công nhận thêm 5 xã đạt chuẩn nông thôn mới.\n"
        let new = figures(try extract(text), "ntm_communes_new")
        #expect(new.map(\.value) == [5])
        #expect(new.map { $0.period?.description } == ["2022-H1"])
        #expect(figures(try extract(text), "ntm_communes").isEmpty)
    }

    @Test func anAverageGRDPRateIsItsGrowth() throws {
        let text = "Giai đoạn 2016 - 2020, GRDP bình quân của tỉnh Thái Nguyên ước đạt 10,5%/năm.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [10.5])
        #expect(growth.map { $0.period?.description } == ["2016/2020"])
        // the same words before money are still output per head
        let perHead = "Năm 2020, GRDP bình quân của tỉnh Thái Nguyên đạt 105 triệu đồng/người.\n"
        #expect(figures(try extract(perHead), "grdp_per_capita").map(\.value) == [105])
    }

    @Test func aPlaceWhoseNameEndsInMoiKeepsItsValueInAList() throws {
        let text = "Năm 2020, tỷ lệ hộ nghèo tỉnh An Giang là 2,5%; cao nhất là huyện Tri Tôn 6,1%; huyện Chợ Mới 3,4%; "
            + "thấp nhất là thành phố Long Xuyên 0,6%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.jurisdiction.name) == ["An Giang", "Tri Tôn", "Chợ Mới", "Long Xuyên"])
        #expect(rates.map(\.value) == [2.5, 6.1, 3.4, 0.6])
    }

    @Test func aBareProvinceAfterTheSourcesIsTheSourcesProvince() throws {
        let text = "Từ ngày 1/7/2025, tỉnh Hải Dương hợp nhất với thành phố Hải Phòng.\nTheo Cục Thống kê tỉnh Hải Dương, tổng "
            + "sản phẩm trên địa bàn tỉnh quý I năm 2025 ước tăng 10,2% so với cùng kỳ năm trước.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.jurisdiction.name) == ["Hải Dương"])
    }

    @Test func whatVisitorsSpendIsTourismRevenue() throws {
        let text = "Năm 2024, tỉnh Hà Giang đón khoảng 2,9 triệu lượt khách; tổng chi tiêu của khách du lịch ước đạt 6.100 tỷ đồng.\n"
        #expect(figures(try extract(text), "tourism_revenue").map(\.value) == [6_100])
    }

    @Test func theValueAddedOfABranchIsItsGrowthOverTheSpanBefore() throws {
        let text = "Trong giai đoạn 2016 - 2020, GRDP của tỉnh Vĩnh Phúc tăng bình quân 7,1%/năm. Quy mô kinh tế năm 2020 đạt "
            + "125 nghìn tỷ đồng.\nGiá trị gia tăng ngành công nghiệp tăng bình quân 9,4%/năm.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [9.4])
        #expect(sectors.map(\.sector) == ["industry"])
        #expect(sectors.map { $0.period?.description } == ["2016/2020"])
    }

    @Test func aLevelThatAGroupOfProvincesHasIsNoProvincesFigure() throws {
        let text = "Năm 2025.\nTrước khi sáp nhập, tỉnh Gia Lai nằm trong nhóm 16 tỉnh, thành có số thu ngân sách từ 5.000-10.000 tỷ "
            + "đồng, trong khi Kon Tum thuộc nhóm địa phương có số thu dưới 5.000 tỷ đồng mỗi năm.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").isEmpty)
        // the provinces named after "gồm:" keep their own values
        let listed = "Năm 2023, 5 tỉnh, thành phố có tốc độ tăng GRDP dẫn đầu cả nước gồm: Bắc Giang tăng 13,45%, Hậu Giang tăng "
            + "12,27%, Quảng Ninh tăng 11,03%.\n"
        #expect(figures(try extract(listed), "grdp_growth").map(\.jurisdiction.name) == ["Bắc Giang", "Hậu Giang", "Quảng Ninh"])
    }

    @Test func thePartsOfAPlannedGrowthArePlannedToo() throws {
        let text = "Theo quy hoạch, tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2030 của tỉnh Phú Thọ dự kiến đạt 9-10%/năm. "
            + "Trong đó, công nghiệp - xây dựng tăng 11-12%/năm, dịch vụ tăng 8-9%/năm.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [11, 8])
        #expect(sectors.map(\.kind) == [.plan, .plan])
        // a sector told after a sentence that sets a plan beside a result takes no plan from it
        let result = "Năm 2021, GRDP tỉnh Phú Thọ ước giảm 1,5% (kế hoạch đầu năm tăng 6,5%).\nKhu vực dịch vụ giảm sâu nhất, giảm 6,8%.\n"
        #expect(figures(try extract(result), "grdp_sector_growth").allSatisfy { $0.kind != .plan })
    }

    @Test func aRunningTotalToADayOfTheTetHolidayRunsFromItsFirstDayOff() throws {
        let text = " date 2025-02-01 Theo báo cáo nhanh của Sở Du lịch tỉnh Quảng Ninh, tính đến ngày 31/1 (mùng 3 Tết), tỉnh ước đón "
            + "khoảng 300.000 lượt khách, trong đó có 40.000 lượt khách quốc tế.\n"
        let r = try extract(text)
        // the official days off of Tết 2025 began on 25 January (holidays.json)
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2025-01-25/2025-01-31"])
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [40_000])
    }

    @Test func smallCountsWrittenInWordsAreCounts() throws {
        let text = "Năm 2023, tỉnh Lai Châu có thêm tám xã đạt chuẩn nông thôn mới, nâng tổng số lên 62 xã; toàn tỉnh có hai huyện "
            + "đạt chuẩn nông thôn mới.\n"
        let r = try extract(text)
        #expect(figures(r, "ntm_communes_new").map(\.value) == [8])
        #expect(figures(r, "ntm_communes").map(\.value) == [62])
        #expect(figures(r, "ntm_districts").map(\.value) == [2])
        // "năm" (five, and year) and "một" (one, and a) stay words; so does a digit word that counts nothing of the catalogue
        let words = "Năm 2023, huyện Mường Tè có ba xã bị sạt lở; năm học mới có một xã đạt chuẩn nông thôn mới.\n"
        #expect(try extract(words).figures.isEmpty)
    }
}
