import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on halves of two real sets opened in one session (`rc23a`, then `rc24a`, kept
/// outside the repository, each scored cold before it was opened) while their other halves, `rc22b` and `rc18b` stayed
/// blind: landmarks named after places, info boxes, a change restating the figure before, a rate of the period set
/// against, units listed together, a count broken down, special zones, a unit the sentence opens with, a span of years
/// written once with "năm", a series of rates over the years, the body that set an estimate. Every sentence is invented.
@Suite struct SeventeenthRealSetRuleTests {
    @Test func aLakeNamedAfterAProvinceIsNotTheProvince() throws {
        let text = "Năm 2024, quy mô GRDP của tỉnh ước đạt 95,2 nghìn tỷ đồng.\nDu khách chèo thuyền trên hồ Hòa Bình\n"
        let r = try extract(text)
        #expect(r.figures.isEmpty)
        #expect(r.subject == nil)
        // the province named on its own is still the place
        let named = "Năm 2024, quy mô GRDP của tỉnh Hòa Bình ước đạt 95,2 nghìn tỷ đồng.\n"
        #expect(figures(try extract(named), "grdp_value").map(\.jurisdiction.name) == ["Hòa Bình"])
    }

    @Test func theRevenueOfLodgingCateringAndTravelIsNoTourismRevenue() throws {
        let text = "Năm 2019, tỉnh Bến Tre đón 1,6 triệu lượt khách du lịch. Doanh thu hoạt động lưu trú, ăn uống và du lịch "
            + "lữ hành đạt 3.100 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.value) == [1_600_000])
        #expect(figures(r, "tourism_revenue").isEmpty)
    }

    @Test func aValueOnItsLineNamedByTheLineAfterIsACount() throws {
        let text = "Tỉnh Hà Tĩnh năm 2020.\nCon số nổi bật\n88/101\nLà số xã đạt chuẩn nông thôn mới\n16,2\n"
            + "Là số tiêu chí đạt bình quân của tỉnh\n"
        let r = try extract(text)
        let communes = figures(r, "ntm_communes")
        #expect(communes.map(\.value) == [88])
        #expect(communes.map(\.outOf) == [101])
        #expect(figures(r, "ntm_criteria_per_commune").map(\.value) == [16.2])
        // in running text, a bare number "là" joins to a cue naming its noun
        let inline = "Năm 2020, số tiêu chí đạt bình quân của tỉnh Hà Tĩnh là 16,2.\n"
        #expect(figures(try extract(inline), "ntm_criteria_per_commune").map(\.value) == [16.2])
        // a number whose line is not named by the next stays unbound
        let unnamed = "Tỉnh Hà Tĩnh năm 2020.\n88/101\nLàng nghề được công nhận\n"
        #expect(figures(try extract(unnamed), "ntm_communes").isEmpty)
    }

    @Test func aChangeRestatingTheFigureBeforeIsItsChange() throws {
        let text = "Tổng mức bán lẻ hàng hóa 6 tháng năm 2022 của tỉnh Yên Bái ước đạt 9.240 tỷ đồng. So với cùng kỳ năm trước, "
            + "tổng mức bán lẻ hàng hóa tăng 12,4%.\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.map(\.value) == [9240])
        #expect(retail.map(\.yoyPct) == [12.4])
        // a figure that states its own change keeps it
        let own = "Tổng mức bán lẻ hàng hóa 6 tháng năm 2022 của tỉnh Yên Bái ước đạt 9.240 tỷ đồng, tăng 11%. So với cùng kỳ "
            + "năm trước, tổng mức bán lẻ hàng hóa tăng 12,4%.\n"
        #expect(figures(try extract(own), "retail_sales").map(\.yoyPct) == [11, 12.4])
    }

    @Test func aRateInBracketsAfterAPartOfTheYearBeforeIsThatParts() throws {
        let text = "Tỉnh Nam Định năm 2023.\nTăng trưởng GRDP quý I ước đạt 7,15%; cao hơn nhiều so với quý IV năm trước\n"
            + "(+4,9%) nhờ công nghiệp phục hồi.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [7.15, 4.9])
        #expect(growth.map { $0.period?.description } == ["2023-Q1", "2022-Q4"])
    }

    @Test func aUnitListedWithOthersIsNoFiguresPlace() throws {
        let text = "Tỉnh Thái Bình năm 2023.\nUBND các huyện: Kiến Xương, Vũ Thư và TP Thái Bình vừa công nhận 26 sản phẩm OCOP.\n"
        #expect(figures(try extract(text), "ocop_products").map(\.jurisdiction) == [Jurisdiction(.province, "Thái Bình")])
        // the scanner leaves out every unit of such a list, but keeps those of a list given values respectively
        #expect(places("Năm 2023, GRDP các tỉnh Nam Định và Thái Bình tăng cao.").isEmpty)
        #expect(places("Năm 2023, GRDP các tỉnh Nam Định và Thái Bình lần lượt tăng 7,2% và 8,1%.")
                == ["province:Nam Định", "province:Thái Bình"])
    }

    private func places(_ text: String) -> [String] {
        let doc = Document(text: FoldedText(utf8: text.precomposedUTF8))
        return PlaceScanner(doc: doc, catalogue: .shared).scan().compactMap { m in m.name.map { Jurisdiction(m.level, $0).description } }
    }

    @Test func aCountBrokenDownCountsTheSameThings() throws {
        let text = "Năm 2024, tỉnh Tuyên Quang công nhận 30 sản phẩm OCOP. Trong số 30 sản phẩm được công nhận, có 18 sản phẩm "
            + "mới và 12 sản phẩm được công nhận lại. Cụ thể, huyện Sơn Dương có 9 sản phẩm; huyện Yên Sơn có 5 sản phẩm "
            + "(3 sản phẩm công nhận mới).\n"
        let products = figures(try extract(text), "ocop_products")
        #expect(products.map(\.value) == [30, 18, 12, 9, 5, 3])
        #expect(products.map(\.jurisdiction.name) == ["Tuyên Quang", "Tuyên Quang", "Tuyên Quang", "Sơn Dương", "Yên Sơn", "Yên Sơn"])
        #expect(products.allSatisfy { $0.period?.description == "2024" })
        // a sentence that does not restate the count breaks nothing down
        let other = "Năm 2024, tỉnh Tuyên Quang công nhận 30 sản phẩm OCOP. Trong số đó, huyện Sơn Dương có 9 hợp tác xã.\n"
        #expect(figures(try extract(other), "ocop_products").map(\.value) == [30])
    }

    @Test func aSpecialZoneTheSentenceOpensWithScopesItWhole() throws {
        // (a year, not a holiday's: the year a holiday is named in is no period of its figures since extractor 2.36.0)
        let text = "Quý I năm 2026, tỉnh Khánh Hòa đón 1,2 triệu lượt khách. Riêng đặc khu Trường Sa, số khách đến tham quan "
            + "ước đạt 3.200 lượt.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [1_200_000, 3_200])
        // (a special zone is a place of its own since extractor 2.31.0, no longer a scope of its province)
        #expect(arrivals.map(\.jurisdiction.description) == ["province:Khánh Hòa", "special_zone:Trường Sa"])
        #expect(arrivals.map(\.scope) == [nil, nil])
    }

    @Test func aDistrictTheSentenceOpensWithScopesItWhole() throws {
        let text = "Năm 2019, tỉnh Lào Cai đón 5 triệu lượt khách. Riêng huyện Sa Pa, số khách đến tham quan ước đạt 3,1 triệu lượt.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.jurisdiction.description) == ["province:Lào Cai", "district:Sa Pa"])
        // the next sentence is the province's again
        let next = text + "Doanh thu du lịch của tỉnh Lào Cai đạt 20.000 tỷ đồng.\n"
        #expect(figures(try extract(next), "tourism_revenue").map(\.jurisdiction.description) == ["province:Lào Cai"])
    }

    @Test func aSpanOfYearsWrittenOnceWithNamEndsInItsLastYear() throws {
        let text = "Trong giai đoạn 2021-2024, tỉnh Phú Yên có 9.000 hộ thoát nghèo.\nHiện nay, Phú Yên còn 6.100 hộ nghèo (tỷ lệ "
            + "2,4%). Từ năm 2019 đến 2024, tỉnh đã hỗ trợ 3.000 hộ nghèo làm nhà.\n"
        #expect(figures(try extract(text), "poverty_rate").map { $0.period?.description } == ["2025"])
    }

    @Test func aVenueInASentenceWithOnlyUnitlessNumbersIsNoSubject() throws {
        let text = "Năm 2020, dịch bệnh bùng phát đợt 2 tại Đà Nẵng ảnh hưởng đến tỉnh ta. GRDP năm 2020 ước tăng 3,1%.\n"
        let r = try extract(text)
        #expect(r.subject == nil)
        #expect(figures(r, "grdp_growth").isEmpty)
    }

    @Test func ratesOverAPeriodOfItsOwnContinueTheMoneyFigureBefore() throws {
        let text = "Năm 2017, tỉnh Hà Nam thu ngân sách hơn 9 nghìn tỷ đồng, vượt 8,2% dự toán Bộ Tài chính giao, tăng 20,1% so với "
            + "năm 2016. Năm 2018, thu vượt 12,5% dự toán Bộ Tài chính giao, tăng 11,4% so với năm 2017.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [9000, nil])
        #expect(revenue.map { $0.period?.description } == ["2017", "2018"])
        #expect(revenue.map(\.jurisdiction.description) == ["province:Hà Nam", "province:Hà Nam"])
        #expect(revenue.last?.yoyPct == 11.4)
        #expect(revenue.last?.pctOfPlan.map(\.pct) == [112.5])
    }

    @Test func anAmountAfterThePlanItPassesIsByHowMuch() throws {
        let text = "Năm 2025, tỉnh Thanh Hóa thu ngân sách 62.000 tỷ đồng; thu nội địa vượt mục tiêu 9.100 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [62000])
        #expect(figures(r, "budget_revenue_domestic").isEmpty)
        // a text that opens with such an amount has no word before it
        #expect(figures(try extract("9.100 tỷ đồng vượt mục tiêu.\n"), "budget_revenue_domestic").isEmpty)
    }

    @Test func theCountrysRateInBracketsKeepsItsWordsOfEstimate() throws {
        let text = "Năm 2018, GRDP của tỉnh Bắc Ninh ước tăng 10,1%, cao hơn bình quân cả nước (ước tăng gần 7,0%). Trong đó, khu "
            + "vực công nghiệp - xây dựng tăng 12,4%.\n"
        let r = try extract(text)
        let country = figures(r, "gdp_growth")
        #expect(country.map(\.value) == [7.0])
        #expect(country.map(\.kind) == [.estimate])
        #expect(country.map(\.qualifier) == [.approx])
        // the province's breakdown still follows the province's rate, not the country's
        let sectors = figures(r, "grdp_sector_growth")
        #expect(sectors.map(\.value) == [12.4])
        #expect(sectors.map(\.jurisdiction.name) == ["Bắc Ninh"])
    }

    @Test func thousandsOfBillionsWrittenBeforeTheBillionsAreOneAmount() throws {
        let text = "6 tháng đầu năm 2023, tổng sản phẩm trong tỉnh (GRDP) của tỉnh Yên Bái đạt 10 nghìn 537 tỷ đồng. "
            + "Thu nhập bình quân đầu người của tỉnh Yên Bái năm 2023 đạt 2 triệu 500 nghìn đồng/người/tháng.\n"
        let r = try extract(text)
        let grdp = figures(r, "grdp_value")
        #expect(grdp.map(\.value) == [10_537])
        #expect(grdp.map(\.unit) == [.billionVND])
        let income = figures(r, "per_capita_income")
        #expect(income.map(\.value) == [2_500])
        #expect(income.map(\.unit) == [.thousandVND])
    }

    @Test func aCountOutOfAWholeWrittenWithTrenIsAShare() throws {
        let text = "Năm 2022, tỉnh Thái Nguyên có 109/137 xã được công nhận đạt chuẩn nông thôn mới, bình quân đạt 17,87 tiêu chí "
            + "trên một xã. Toàn tỉnh có 3 trên 9 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.\n"
        let r = try extract(text)
        // (a count out of all the communes is how many there are, not how many were added)
        #expect(figures(r, "ntm_communes").map(\.value) == [109])
        #expect(figures(r, "ntm_communes").map(\.outOf) == [137])
        #expect(figures(r, "ntm_communes_new").isEmpty)
        #expect(figures(r, "ntm_criteria_per_commune").map(\.value) == [17.87])
        let districts = figures(r, "ntm_districts")
        #expect(districts.map(\.value) == [3])
        #expect(districts.map(\.outOf) == [9])
    }
}
