import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on the opened halves of two real sets (`rc35a`, `rc36a`, kept outside the
/// repository, each whole set scored cold before it was opened) and on two sets kept blind until this round (`rc31b`,
/// `rc32b`), while `rc33b`, `rc34b`, `rc35b` and `rc36b` stayed blind: counts listed before one standard, the branches
/// of farming, a sector's own growth words, a sector set against, a sector after "là", the units a count names, a
/// part of a restated total, a value's own year after "vào", a share of a growth scenario, the country's output
/// taken by a province, a period sentence between a total and its sectors, the share of all households the poor make,
/// a plan and then, after "nhưng", the result, the budget's total after "Về ngân sách", a goal's year after "cho", the
/// rates of each year of a span after "lần lượt".
/// Every sentence is invented.
@Suite struct TwentySecondRealSetRuleTests {
    @Test func countsListedBeforeOneStandardShareIt() throws {
        let text = "Ngày 5/7/2022, tỉnh Nghệ An sơ kết. Hiện toàn tỉnh có 6 đơn vị cấp huyện, 310 xã, 1.020 thôn/bản đạt chuẩn "
            + "NTM, 40 xã đạt chuẩn NTM nâng cao.\n"
        let r = try extract(text)
        #expect(figures(r, "ntm_districts").map(\.value) == [6])
        #expect(figures(r, "ntm_communes").map(\.value) == [310])
        #expect(figures(r, "ntm_advanced_communes").map(\.value) == [40])
    }

    @Test func branchesOfFarmingBreakDownTheFarmingSector() throws {
        let text = "Thông cáo báo chí 6 tháng đầu năm 2023 của tỉnh Phú Yên. GRDP 6 tháng đầu năm 2023 ước tăng 6,2% so với cùng "
            + "kỳ, trong đó: khu vực nông, lâm, thủy sản tăng 2,9% (nông nghiệp tăng 1,8%, lâm nghiệp tăng 7,5%, thủy sản tăng "
            + "4,4%); khu vực dịch vụ tăng 7,1%.\n"
        #expect(figures(try extract(text), "grdp_sector_growth").map { "\($0.sector!) \($0.value!)" } == [
            "agriculture_forestry_fishery 2.9", "agriculture 1.8", "forestry 7.5", "fishery 4.4", "services 7.1",
        ])
        // (alone, "lâm nghiệp và thủy sản" is the tail of the farming sector's own name, no branch)
        let alone = "Ngày 2/10/2023, tỉnh Hòa Bình công bố số liệu.\n🔹 Nông, lâm nghiệp và thủy sản +3,1% | Công nghiệp - xây dựng +8,2%\n"
        #expect(!figures(try extract(alone), "grdp_sector_growth").contains { $0.sector == "forestry" || $0.sector == "fishery" })
    }

    @Test func aSectorsOwnGrowthWordsASectorSetAgainstAndOneAfterLa() throws {
        let text = "Ngày 5/10/2025, Thống kê tỉnh Gia Lai cho biết GRDP 9 tháng năm 2025 ước đạt 98.000 tỷ đồng, tăng 7,1% so với "
            + "cùng kỳ. Khu vực dịch vụ là điểm sáng với tốc độ tăng trưởng 8,3%. Khu vực công nghiệp - xây dựng vượt khu vực "
            + "nông, lâm nghiệp và thủy sản với mức tăng 9,1%. Nổi bật trong ngành công nghiệp, chính là ngành sản xuất và phân "
            + "phối điện tăng 12,4%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [7.1])
        #expect(figures(r, "grdp_sector_growth").map { "\($0.sector!) \($0.value!)" } == [
            "services 8.3", "industry_construction 9.1", "electricity 12.4",
        ])
    }

    @Test func theUnitsACountNamesStandBetweenItAndItsCue() throws {
        let text = "Tỉnh Thái Bình phấn đấu năm 2020, 2 huyện Kiến Xương, Vũ Thư sẽ được công nhận huyện đạt chuẩn nông thôn mới.\n"
        let districts = figures(try extract(text), "ntm_districts")
        #expect(districts.map { "\($0.value!) \($0.period!) \($0.jurisdiction)" } == ["2.0 2020-target province:Thái Bình"])
    }

    @Test func aPartOfATotalTheSentenceRestatesFirstIsNoFigure() throws {
        let text = "Ngày 5/7/2017, tỉnh Quảng Bình sơ kết. Toàn tỉnh đã có 40 xã đạt chuẩn nông thôn mới. Trong số 40 xã đạt chuẩn "
            + "nông thôn mới, có 5 xã miền núi là Trường Sơn và Kim Thủy.\n"
        #expect(figures(try extract(text), "ntm_communes").map(\.value) == [40])
        // (a part told by a cue of its own is one)
        let own = "Ngày 5/7/2017, tỉnh Quảng Bình sơ kết. Trong số 40 xã đạt chuẩn nông thôn mới, có 6 xã đạt chuẩn nông thôn "
            + "mới nâng cao.\n"
        #expect(figures(try extract(own), "ntm_advanced_communes").map(\.value) == [6])
    }

    @Test func aValuesOwnYearAfterVao() throws {
        let text = "Ngày 5/7/2017, tỉnh Quảng Bình sơ kết. Thu nhập bình quân đầu người khu vực nông thôn tăng từ 12 triệu "
            + "đồng/người/năm vào năm 2011 lên 25 triệu đồng/người/năm vào cuối năm 2016.\n"
        #expect(figures(try extract(text), "per_capita_income").map { "\($0.value!) \($0.period!)" } == ["12.0 2011", "25.0 2016"])
    }

    @Test func aShareOfAGrowthScenarioIsNoFigure() throws {
        let text = "Tháng 10/2025, TP Đà Nẵng báo cáo. Kim ngạch nhập khẩu 9 tháng ước đạt 2,1 tỷ USD, bằng 74,1% kịch bản tăng "
            + "trưởng kinh tế năm.\n"
        let r = try extract(text)
        #expect(figures(r, "import_value").map(\.value) == [2.1])
        #expect(figures(r, "import_value").allSatisfy { $0.pctOfPlan.isEmpty })
        #expect(figures(r, "grdp_growth").isEmpty)
    }

    @Test func theCountrysOutputTakenByAProvinceIsItsRegionalOutput() throws {
        let text = "Theo Cục Thống kê, tăng trưởng GDP quý I/2025 đạt 6,93%. Nhiều địa phương tăng trưởng hai con số là: Nam Định "
            + "11,86%; Hải Phòng 11,07%.\n"
        let r = try extract(text)
        #expect(figures(r, "gdp_growth").map { "\($0.value!) \($0.jurisdiction)" } == ["6.93 country:Việt Nam"])
        #expect(figures(r, "grdp_growth").map { "\($0.value!) \($0.jurisdiction)" } == ["11.86 province:Nam Định", "11.07 city:Hải Phòng"])
    }

    @Test func aSentenceThatOpensWithItsOwnPeriodFramesTheSectorsAfterIt() throws {
        let text = "Ngày 6/10/2025, Cục Thống kê công bố số liệu. GDP 9 tháng năm 2025 ước tăng 7,85% so với cùng kỳ năm trước. "
            + "Trong quý III, các khu vực kinh tế đều tăng trưởng tích cực. Nông, lâm nghiệp và thủy sản tăng 3,74%; Dịch vụ tăng 8,56%.\n"
        let r = try extract(text)
        #expect(figures(r, "gdp_growth").map { "\($0.value!) \($0.period!)" } == ["7.85 2025-9M"])
        #expect(figures(r, "gdp_sector_growth").map { "\($0.value!) \($0.period!)" } == ["3.74 2025-Q3", "8.56 2025-Q3"])
    }

    @Test func theShareOfAllHouseholdsThePoorMakeIsThePovertyRate() throws {
        let text = "Ngày 20/12/2023, tỉnh Kon Tum tổng kết. Năm 2023, toàn tỉnh còn 12.400 hộ nghèo theo chuẩn nghèo đa chiều giai "
            + "đoạn 2022-2025, chiếm tỷ lệ 7,05% tổng số hộ dân trên địa bàn tỉnh.\n"
        #expect(figures(try extract(text), "poverty_rate").map { "\($0.value!) \($0.period!)" } == ["7.05 2023"])
        // (a share of the region's poor is none)
        let region = "Ngày 20/12/2023, tỉnh Kon Tum tổng kết. Năm 2023, toàn tỉnh còn 12.400 hộ nghèo, chiếm 41,2% tổng số hộ nghèo của vùng.\n"
        #expect(figures(try extract(region), "poverty_rate").isEmpty)
    }

    @Test func theProductTaxesSectorNamedWithKhuVuc() throws {
        let text = "Ngày 28/12/2022, tỉnh Thừa Thiên Huế tổng kết. Tốc độ tăng trưởng GRDP cả năm 2022 của tỉnh ước đạt 8,56%. "
            + "Trong đó khu vực dịch vụ tăng 11,03%, khu vực thuế sản phẩm trừ trợ cấp sản phẩm tăng 5,83%.\n"
        #expect(figures(try extract(text), "grdp_sector_growth").map { "\($0.sector!) \($0.value!)" } == [
            "services 11.03", "product_taxes_less_subsidies 5.83",
        ])
    }

    @Test func aPlanThenAfterNhungTheResult() throws {
        let text = "Tháng 1/2021, thành phố Bảo Lộc tổng kết năm 2020. Chỉ tiêu tăng trưởng kinh tế đặt ra từ đầu năm là 9% nhưng "
            + "đến cuối năm chỉ đạt 3,8%. Kế hoạch năm 2020 phấn đấu đạt 2 triệu lượt khách nhưng lượng khách đến thành phố cả "
            + "năm chỉ 1,1 triệu lượt khách.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { "\($0.value!) \($0.kind) \($0.period!)" } == ["9.0 plan 2020", "3.8 actual 2020"])
        #expect(figures(r, "tourist_arrivals").map { "\($0.value!) \($0.kind) \($0.period!)" } == [
            "2000000.0 plan 2020", "1100000.0 actual 2020",
        ])
    }

    @Test func theBudgetsTotalAfterVeNganSach() throws {
        let text = "Ngày 5/7/2025, TP Huế báo cáo. Về ngân sách, tổng thu đạt 6.120 tỷ đồng, bằng 55% dự toán. Trong đó, thu nội "
            + "địa đạt 5.800 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map { "\($0.value!) \($0.jurisdiction)" } == ["6120.0 city:Huế"])
        #expect(figures(r, "budget_revenue_domestic").map { "\($0.value!) \($0.jurisdiction)" } == ["5800.0 city:Huế"])
    }

    @Test func aGoalsYearAfterChoAndRatesOfEachYearOfASpan() throws {
        let goal = "Ngày 10/7/2024, tỉnh Sóc Trăng họp. Dù 6 tháng đầu năm còn khó khăn, tỉnh quyết tâm hoàn thành mục tiêu tăng "
            + "trưởng kinh tế 7-8% cho năm 2024.\n"
        #expect(figures(try extract(goal), "grdp_growth").map { "\($0.value!) \($0.period!)" } == ["7.0 2024-target"])
        let span = "Ngày 6/4/2025, Cục Thống kê công bố số liệu. Tăng trưởng GDP quý I/2025 đạt 6,93%, cao nhất so với cùng kỳ giai "
            + "đoạn 2020 - 2024 (tăng lần lượt là 3,21%, 4,85%, 5,42%, 3,46%, 5,98%).\n"
        #expect(figures(try extract(span), "gdp_growth").map { "\($0.value!) \($0.period!)" } == [
            "6.93 2025-Q1", "3.21 2020-Q1", "4.85 2021-Q1", "5.42 2022-Q1", "3.46 2023-Q1", "5.98 2024-Q1",
        ])
    }
}
