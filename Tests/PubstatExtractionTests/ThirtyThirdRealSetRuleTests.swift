import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written before the thirty-third round of real sets arrived, from what the earlier district texts missed: items of
/// a production-value list that leave "giá trị" out, "địa phương này" for the place named last, and a town's name
/// written alone where it hosts visitors. Every sentence is invented.
@Suite struct ThirtyThirdRealSetRuleTests {
    @Test func anAgricultureItemOfAProductionValueListIsAgriculturalOutput() throws {
        let text = "Năm 2023, tổng giá trị sản xuất trên địa bàn huyện Tam Nông ước đạt 5.200 tỷ đồng, tăng 8,1%; trong đó: "
            + "sản xuất nông nghiệp đạt 2.410 tỷ đồng; công nghiệp - tiểu thủ công nghiệp đạt 1.300 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "agri_production_value").map(\.value) == [2_410])
        #expect(figures(result, "agri_production_value").map { "\($0.jurisdiction)" } == ["district:Tam Nông"])
        #expect(figures(result, "industrial_production_value").map(\.value) == [1_300])
    }

    @Test func thisLocalityIsThePlaceNamedLast() throws {
        let text = "Những năm qua, tỉnh Lai Châu quan tâm đầu tư cho huyện Mường Tè. Năm 2023, tổng thu ngân sách trên địa bàn "
            + "của địa phương này đạt 50 tỷ đồng.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map { "\($0.jurisdiction)" } == ["district:Mường Tè"])
        // (a place set against another is not the one spoken of: no district, so the province stays)
        let compared = "Năm 2023, thu ngân sách của tỉnh Lai Châu tăng 5% so với huyện Mường Tè năm trước. Thu ngân sách của địa "
            + "phương này ước đạt 2.500 tỷ đồng.\n"
        #expect(figures(try extract(compared), "budget_revenue_on_territory").map { "\($0.jurisdiction)" }.allSatisfy { $0 != "district:Mường Tè" })
    }

    @Test func aTownWrittenAloneAsTheHostOfVisitorsIsTheTown() throws {
        let text = "Năm 2023, Sa Pa đón 3 triệu lượt khách du lịch. Tỉnh Lào Cai đón 7 triệu lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { "\($0.jurisdiction)" } == ["district:Sa Pa", "province:Lào Cai"])
        // ("Bình Minh", a town, is also "dawn" and a common firm's name: never a hint)
        let dawn = "Năm 2023, tỉnh Vĩnh Long đón 2 triệu lượt khách. Bình Minh đón 300 nghìn lượt khách.\n"
        #expect(figures(try extract(dawn), "tourist_arrivals").allSatisfy { "\($0.jurisdiction)" == "province:Vĩnh Long" })
    }

    @Test func aDistrictNamedInTheTitleAndThenByItsLevelWordIsTheSubject() throws {
        let text = "Báo cáo tình hình kinh tế - xã hội năm 2024 của UBND huyện Krông Pắc\nTổng thu ngân sách trên địa bàn ước đạt "
            + "120 tỷ đồng, đạt 55% dự toán tỉnh giao. Toàn huyện có 10/14 xã đạt chuẩn NTM.\n"
        let result = try extract(text)
        #expect(figures(result, "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["district:Krông Pắc"])
        #expect(figures(result, "ntm_communes").map { "\($0.jurisdiction)" } == ["district:Krông Pắc"])
        let town = "Kết quả xây dựng nông thôn mới ở thị xã Buôn Hồ\nĐến cuối năm 2021, thị xã có 5/5 xã đạt chuẩn nông thôn mới.\n"
        #expect(figures(try extract(town), "ntm_communes").map { "\($0.jurisdiction)" } == ["district:Buôn Hồ"])
        // (named once in passing, not in the title, by a text that never speaks of "huyện" alone: the province)
        let passing = "Năm 2023, tổng thu ngân sách ước đạt 5.000 tỷ đồng; riêng huyện Krông Pắc đạt 120 tỷ đồng.\n"
        #expect(figures(try extract(passing), "budget_revenue_on_territory").map { "\($0.jurisdiction)" }.first == "province:Đắk Lắk")
    }

    @Test func theCountryAsTheSubjectBeforeTheCueIsTheCountrys() throws {
        let text = "Năm 2015, tỉnh Thái Nguyên xuất khẩu đạt 15,9 tỷ USD, chiếm 10% tổng kim ngạch (cả nước xuất khẩu 162,1 tỷ USD).\n"
        let exports = figures(try extract(text), "export_value")
        #expect(exports.map { "\($0.jurisdiction)" } == ["province:Thái Nguyên", "country:Việt Nam"])
    }

    @Test func aYearsResultUpdatedByTheNextYearsFirstMonthsStillFramesWhatFollows() throws {
        let text = "Năm 2023, thành phố Móng Cái phát triển. Khách du lịch năm 2023 đến thành phố đạt 2,5 triệu lượt người, tăng "
            + "trên 90% so với kế hoạch tỉnh giao; 2 tháng đầu năm 2024 đạt trên 310.000 lượt người. Thu ngân sách nhà nước đạt "
            + "gần 5.000 tỷ đồng.\n"
        let result = try extract(text)
        let arrivals = figures(result, "tourist_arrivals")
        #expect(arrivals.map(\.value) == [2_500_000, 310_000])
        #expect(arrivals.map { $0.period.map { "\($0)" } } == ["2023", "2024-2M"])
        #expect(arrivals.first?.pctOfPlan.map(\.pct) == [190])
        #expect(figures(result, "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2023"])
    }

    @Test func theYearsFirstQuarterWrittenInWords() throws {
        let text = "Trong quý đầu năm 2022, kim ngạch xuất khẩu của thị xã La Gi đạt 40 triệu USD.\n"
        #expect(figures(try extract(text), "export_value").map { $0.period.map { "\($0)" } } == ["2022-Q1"])
        // ("hai quý đầu năm": the first two, not the first)
        let two = "Hai quý đầu năm 2025, kim ngạch xuất khẩu của thành phố Hải Phòng đạt 17,6 tỷ USD.\n"
        #expect(figures(try extract(two), "export_value").map { $0.period.map { "\($0)" } } != ["2025-Q1"])
    }

    @Test func aTotalWhosePartRaisedOnTheTerritoryFollowsIsTheLocalBudgetsTotal() throws {
        let text = "Năm 2024, tổng thu ngân sách nhà nước của huyện Chư Pưh ước thực hiện được 285,3 tỷ đồng; trong đó, thu trên "
            + "địa bàn huyện được 24,023 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "budget_revenue_local_total").map(\.value) == [285.3])
        #expect(figures(result, "budget_revenue_on_territory").map(\.value) == [24.023])
    }

    @Test func aDistrictIsReadAsTheTextSpellsIt() throws {
        let text = "Năm 2014, giá trị sản xuất nông nghiệp của huyện Phú Ninh đạt 977 tỷ đồng.\n"
        #expect(figures(try extract(text), "agri_production_value").map { "\($0.jurisdiction)" } == ["district:Phú Ninh"])
    }

    @Test func anAmountAfterASlashIsThePlanAndResolutionsAreAuthorities() throws {
        let text = "Năm 2023, thu ngân sách trên địa bàn tỉnh Lai Châu ước đạt 45 tỷ đồng/90 tỷ đồng kế hoạch, đạt 50% kế hoạch, "
            + "tăng 5% so với cùng kỳ.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [45, 90])
        #expect(revenue.map(\.kind) == [.estimate, .plan])
        #expect(revenue.first?.pctOfPlan.map(\.pct) == [50])
        let resolution = "Năm 2023, tổng giá trị sản xuất của huyện Tam Đường ước đạt 900 tỷ đồng, đạt 48% NQ HĐND huyện.\n"
        #expect(figures(try extract(resolution), "production_value").first?.pctOfPlan.map(\.pct) == [48])
    }

    @Test func theOlderNameOfIndustrialOutput() throws {
        let text = "Quý I/2012, tổng giá trị sản lượng công nghiệp, tiểu thủ công nghiệp trên địa bàn huyện Tân Biên đạt trên 88 tỷ "
            + "đồng.\n"
        #expect(figures(try extract(text), "industrial_production_value").map(\.value) == [88])
    }

    @Test func theOneDistrictAHeadlineNamesFirstIsTheSubjectBesideItsProvince() throws {
        let text = "Huyện Bắc Hà phát triển du lịch cộng đồng\nNăm 2023, tỉnh Lào Cai hỗ trợ nhiều mô hình du lịch. Lượng khách đến "
            + "địa phương đạt 300.000 lượt. Tỷ lệ hộ nghèo còn 12%. Tỉnh Lào Cai đánh giá cao kết quả này.\n"
        let result = try extract(text)
        #expect(figures(result, "poverty_rate").map { "\($0.jurisdiction)" } == ["district:Bắc Hà"])
        // (a headline that names the province first is the province's story about one of its districts)
        let province = "Tỉnh Lào Cai khánh thành nhà máy ở huyện Bắc Hà\nNăm 2023, tỉnh Lào Cai hỗ trợ nhiều doanh nghiệp. Tỷ lệ hộ "
            + "nghèo còn 12%. Tỉnh Lào Cai đánh giá cao kết quả này.\n"
        #expect(figures(try extract(province), "poverty_rate").map { "\($0.jurisdiction)" } == ["province:Lào Cai"])
    }
}
