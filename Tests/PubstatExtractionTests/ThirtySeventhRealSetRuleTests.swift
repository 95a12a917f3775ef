import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from what the thirty-sixth round of real sets left noticed in its opened halves: a thị xã written
/// "TX.", the gross output of a sector after "tổng", industry with construction, and the economy's growth told with a
/// manner word; goods groups, regions, revisions and a city's sum over years in national releases. Every sentence is
/// invented.
@Suite struct ThirtySeventhRealSetRuleTests {
    @Test func aTownWrittenTXIsTheDistrictLevelUnitItWasThen() throws {
        // (Thuận An was a thị xã before it became a city: the text's level word decides, not the gazetteer's last level)
        let text = "TX.Thuận An: 7 tháng, công nghiệp tăng 12%\n\nTrong 7 tháng năm 2017, giá trị sản xuất công nghiệp trên địa bàn "
            + "TX.Thuận An ước thực hiện 41.200 tỷ đồng, tăng 12% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "industrial_production_value").map { "\($0.jurisdiction)" } == ["district:Thuận An"])
        // (two letters in capitals: "tx" in lower case is no level word)
        let plain = "Năm 2017, giá trị sản xuất công nghiệp của tx thuận an đạt 41.200 tỷ đồng.\n"
        #expect(figures(try extract(plain), "industrial_production_value").allSatisfy { "\($0.jurisdiction)" != "district:Thuận An" })
    }

    @Test func aSectorsGrossOutputAfterTongIsThatSectors() throws {
        let text = "Năm 2018, tổng giá trị sản xuất ngành Nông – Lâm – Thủy sản của huyện Đăk Glei ước đạt 610 tỷ đồng; tổng giá "
            + "trị sản xuất ngành công nghiệp đạt 380 tỷ đồng.\n"
        let found = try extract(text)
        #expect(figures(found, "agri_production_value").map(\.value) == [610])
        #expect(figures(found, "industrial_production_value").map(\.value) == [380])
        #expect(figures(found, "production_value").isEmpty)
    }

    @Test func theEconomysGrowthToldWithAMannerWordIsStillItsGrowth() throws {
        let text = "Năm 2021, huyện Cư M'gar giữ tốc độ tăng trưởng khá, đạt 7,6%.\n"
        #expect(figures(try extract(text), "grdp_growth").map(\.value) == [7.6])
        // (a noun after the bare words still names another growth)
        let other = "Năm 2021, huyện Cư M'gar có tốc độ tăng trưởng doanh thu du lịch đạt 15%.\n"
        #expect(figures(try extract(other), "grdp_growth").isEmpty)
    }

    @Test func goodsGroupsRightBeforeATradeCueAreNoTotal() throws {
        let text = "Tính chung 6 tháng năm 2023, kim ngạch xuất khẩu hàng hóa của cả nước đạt 164 tỷ USD. Có 25 mặt hàng đạt kim ngạch "
            + "xuất khẩu trên 1 tỷ USD (4 mặt hàng xuất khẩu trên 10 tỷ USD, chiếm 45%).\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [164])
    }

    @Test func aRegionAfterTrongKhiIsNoPlaceOfTheSchema() throws {
        let text = "Năm 2023, tỷ lệ hộ nghèo của cả nước là 3,4%. Vùng Tây Nguyên có tỷ lệ hộ nghèo cao, trong khi vùng Đồng bằng sông "
            + "Hồng có tỷ lệ hộ nghèo thấp nhất với tỷ lệ lần lượt là 0,4% và 0,3%.\n"
        #expect(figures(try extract(text), "poverty_rate").map(\.value) == [3.4])
    }

    @Test func sectorsChangesInASentenceThatRevisesByANumberAreRevisions() throws {
        let text = "Năm 2022, GDP cả nước tăng 8,0%. Tốc độ tăng GDP quý II được điều chỉnh do một số ngành cao hơn số ước tính như: "
            + "Xây dựng điều chỉnh tăng 0,3%; Công nghiệp tăng 0,2%; Vận tải, kho bãi tăng 0,9%.\n"
        let found = try extract(text)
        #expect(figures(found, "gdp_growth").map(\.value) == [8.0])
        #expect(figures(found, "gdp_sector_growth").isEmpty)
        // (sectors' revised rates told after "được điều chỉnh:" are their rates, the estimate in brackets the estimate)
        let revised = "Năm 2022, GDP cả nước tăng 8,0%. Cả ba khu vực đều được điều chỉnh: khu vực dịch vụ tăng 9,9% (số ước 9,4%).\n"
        #expect(figures(try extract(revised), "gdp_sector_growth").map(\.value) == [9.9, 9.4])
    }

    @Test func aCitysSumOverYearsIsNoCountrysByItsSize() throws {
        let text = "Giai đoạn 2016 - 2020, kinh tế TP.HCM tăng trưởng khá. Tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2016 - 2020 "
            + "là hơn 1,9 triệu tỉ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["city:Hồ Chí Minh"])
        // (a year's sum that large is still the country's)
        let year = "Kinh tế TP.HCM tăng trưởng khá. Năm 2024, thu ngân sách nhà nước đạt hơn 2 triệu tỉ đồng.\n"
        #expect(figures(try extract(year), "budget_revenue_on_territory").map { "\($0.jurisdiction)" } != ["city:Hồ Chí Minh"])
    }

    @Test func aCommunesFigureInAProvincesTextIsScopedToItSinceTheReform() throws {
        let text = "Năm 2025, tỷ lệ hộ nghèo toàn tỉnh Tuyên Quang giảm còn 6,2%. Xã vùng cao Lũng Phìn tập trung phát triển kinh tế, "
            + "giảm tỷ lệ hộ nghèo năm 2025 xuống còn 24,5%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [6.2, 24.5])
        #expect(rates.map { "\($0.jurisdiction)" } == ["province:Tuyên Quang", "province:Tuyên Quang"])
        #expect(rates.map(\.scope) == [nil, "commune:Lũng Phìn"])
    }

    @Test func aTitleWithoutItsYearRestatingTheBodysFigureOfAnotherYearIsDropped() throws {
        let text = "Đồng Tháp đón khoảng 3,2 triệu lượt khách du lịch\n\nNăm 2018, ngành du lịch tỉnh tiếp tục đẩy mạnh quảng bá.\n\n"
            + "Năm 2017, tỉnh Đồng Tháp đón 3,2 triệu lượt khách du lịch, tăng 5% so năm trước.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { $0.period.map { "\($0)" } } == ["2017"])
        // (a title whose value the body does not restate keeps its figure)
        let other = "Đồng Tháp đón khoảng 3,2 triệu lượt khách du lịch\n\nNăm 2018, ngành du lịch tỉnh tiếp tục đẩy mạnh quảng bá.\n\n"
            + "Năm 2017, tỉnh Đồng Tháp đón 2,1 triệu lượt khách du lịch.\n"
        #expect(figures(try extract(other), "tourist_arrivals").map(\.value) == [3_200_000, 2_100_000])
    }

    @Test func aRunningTotalAfterAMonthRunsFromJanuary() throws {
        let text = "Tổng thu ngân sách nhà nước tỉnh Sóc Trăng tháng 10 năm 2019 được 310.000 triệu đồng, lũy kế được 2.950.000 triệu "
            + "đồng, đạt 92% dự toán.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [310_000, 2_950_000])
        #expect(revenue.map { $0.period.map { "\($0)" } } == ["2019-10", "2019-10M"])
    }

    @Test func theDaysAnAnniversaryCountsAreNoTimeOfAFigure() throws {
        let text = "Giữa những ngày kỷ niệm 50 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025), huyện Trần Văn Thời có thêm "
            + "niềm vui. Đến thời điểm này, huyện Trần Văn Thời có 8 xã đạt chuẩn nông thôn mới.\n"
        #expect(figures(try extract(text), "ntm_communes").allSatisfy { $0.period?.endYear != 1975 })
    }

    @Test func aYearAfterAnAmountDatesThatAmountOnly() throws {
        let text = "Tính chung 10 tháng năm 2025, kim ngạch xuất khẩu nông, lâm, thủy sản của cả nước đạt 58 tỷ USD, vượt qua mức "
            + "54 tỷ USD của cả năm 2024. Cả năm, kim ngạch xuất khẩu nông, lâm, thủy sản có thể đạt 70 tỷ USD.\n"
        let exports = figures(try extract(text), "agri_export_value")
        #expect(exports.first { $0.value == 70 }?.period.map { "\($0)" } != "2024")
    }

    @Test func anAmountAfterAGoalItExceedsIsNoResult() throws {
        let text = "Tính chung 10 tháng năm 2025, kim ngạch xuất khẩu nông, lâm, thủy sản của cả nước đạt 58 tỷ USD. Kim ngạch xuất "
            + "khẩu nông, lâm, thủy sản đã vượt chỉ tiêu 55 tỷ USD mà Chính phủ giao.\n"
        #expect(figures(try extract(text), "agri_export_value").map(\.value) == [58])
    }

    @Test func theCountrysAverageOpeningASentenceIsTheCountrys() throws {
        let text = "Một góc xã nông thôn mới ở huyện Mộc Châu, tỉnh Sơn La.\n\nĐến hết năm 2021, bình quân cả nước đạt 17,2 tiêu "
            + "chí/xã.\n"
        #expect(figures(try extract(text), "ntm_criteria_per_commune").map { "\($0.jurisdiction)" } == ["country:Việt Nam"])
    }

    @Test func theEconomysPaceAndTheTourismFieldsRevenueAreCatalogued() throws {
        let found = try extract("Năm 2022, huyện Nghi Lộc có tốc độ phát triển kinh tế đạt 8,1%; doanh thu lĩnh vực du lịch ước đạt 410 tỷ đồng.\n")
        #expect(figures(found, "grdp_growth").map(\.value) == [8.1])
        #expect(figures(found, "tourism_revenue").map(\.value) == [410])
    }

    @Test func aYearsQuartersCountedAndListedRespectivelyAreItsQuarters() throws {
        let text = "Tổng sản phẩm trong nước (GDP) năm 2023 của cả nước tăng 5,05%. Trong đó, tăng trưởng bốn quý đạt lần lượt 3,4%, "
            + "4,3%, 5,5% và 6,7%.\n"
        let growth = figures(try extract(text), "gdp_growth")
        #expect(growth.map(\.value) == [5.05, 3.4, 4.3, 5.5, 6.7])
        #expect(growth.map { $0.period.map { "\($0)" } } == ["2023", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"])
        // (a count that disagrees with the list is no series of quarters)
        let three = "Tổng sản phẩm trong nước (GDP) năm 2023 của cả nước tăng 5,05%. Trong đó, tăng trưởng ba quý đạt lần lượt 3,4%, "
            + "4,3%, 5,5% và 6,7%.\n"
        #expect(figures(try extract(three), "gdp_growth").map(\.value) == [5.05])
    }
}
