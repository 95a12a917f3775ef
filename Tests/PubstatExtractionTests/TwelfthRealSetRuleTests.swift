import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on a real set (`realcheck17`, kept outside the repository, opened after its
/// cold score) while another (`realcheck18`) stayed blind: a page clock over the posting time, a sector's rate set
/// against an earlier year's, the last item of a list after "và", growth joined to a level by "với", people taking
/// part, communes counted by criteria met, "giai đoạn này", a provincial city beside its province, a goal's "mức".
/// Every sentence is invented.
@Suite struct TwelfthRealSetRuleTests {
    @Test func theEarlierOfTwoStampedHeaderLinesIsThePosting() throws {
        let text = "Tin tức\nThứ ba, 03/12/2024 08:15\nThứ sáu, 14/10/2022 16:40\nNăm 2022, tỉnh Long An có 120 xã đạt chuẩn nông thôn mới.\n"
        let r = try extract(text)
        #expect(r.published?.description == "2022-10-14")
        #expect(figures(r, "ntm_communes").first?.period?.description == "2022")
        // one stamped line is the posting, whatever follows it
        let one = "Tin tức\nThứ ba, 03/12/2024 08:15\nNăm 2024, tỉnh Long An có 120 xã đạt chuẩn nông thôn mới.\n"
        #expect(try extract(one).published?.description == "2024-12-03")
    }

    @Test func aSectorsRateSetAgainstAnEarlierYearIsThatYearsRate() throws {
        let text = "GDP cả nước năm 2015 tăng 6,68%. Khu vực dịch vụ tăng 6,33%, cao hơn mức tăng 5,96% của năm 2014; "
            + "khu vực công nghiệp và xây dựng tăng 9,64%, cao hơn mức tăng 6,42% của năm trước.\n"
        let sectors = figures(try extract(text), "gdp_sector_growth").map { "\($0.sector ?? "") \($0.period?.description ?? "") \($0.value ?? 0)" }
        #expect(Set(sectors) == ["services 2015 6.33", "services 2014 5.96", "industry_construction 2015 9.64", "industry_construction 2014 6.42"])
        #expect(sectors.count == 4)
    }

    @Test func theLastQuarterAfterVaIsAnItemOfTheList() throws {
        let text = "GRDP năm 2019 của tỉnh Nam Định ước tăng 8,2%. Trong đó quý I tăng 7,1%; quý II tăng 7,9%; quý III tăng 8,4% và quý IV tăng 9,0%.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [8.2, 7.1, 7.9, 8.4, 9.0])
        #expect(growth.last?.period?.description == "2019-Q4")
    }

    @Test func growthJoinedByVoiToAnotherLevelIsNotTheEconomys() throws {
        let text = "Giai đoạn 2016-2020, tỉnh Hà Giang đón 9,5 triệu lượt khách, với tốc độ tăng trưởng bình quân đạt 21% mỗi năm.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").isEmpty)
        #expect(figures(r, "tourist_arrivals").first?.value == 9_500_000)
        // the bare words alone still name the economy's growth
        let alone = "Năm 2020, tốc độ tăng trưởng của tỉnh Hà Giang đạt 6,5%.\n"
        #expect(figures(try extract(alone), "grdp_growth").first?.value == 6.5)
    }

    @Test func peopleTakingPartAreNoVisitors() throws {
        let text = "Năm 2022, ngày hội văn hóa của tỉnh Hà Giang thu hút 35.000 lượt người tham gia.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
        let visitors = "Năm 2022, lễ hội của tỉnh Hà Giang thu hút 35.000 lượt người đến tham quan.\n"
        #expect(figures(try extract(visitors), "tourist_arrivals").first?.value == 35_000)
    }

    @Test func communesCountedByCriteriaMetAreNoStandardCommunes() throws {
        let text = "Năm 2022, toàn tỉnh Long An có 95 xã đạt chuẩn nông thôn mới, 20 xã đạt 15-18 tiêu chí, 8 xã đạt từ 10 đến 14 tiêu chí.\n"
        #expect(figures(try extract(text), "ntm_communes").map(\.value) == [95])
    }

    @Test func thisSpanIsTheSpanNamedBefore() throws {
        let text = "Giai đoạn 2016-2020, tỉnh Hà Giang đón 9,5 triệu lượt khách. Tổng lượt khách quốc tế trong giai đoạn này đạt 1,2 triệu lượt. "
            + "Năm 2021, tỉnh đón 1,1 triệu lượt khách.\n"
        let international = figures(try extract(text), "tourist_arrivals_international")
        #expect(international.first?.value == 1_200_000)
        #expect(international.first?.period?.description == "2016/2020")
    }

    @Test func valuesListedWithTheirYearsInBracketsRestateTheFigure() throws {
        let text = "Năm 2010, tỷ lệ hộ nghèo của tỉnh Sóc Trăng là 25,1%, giảm còn 21,3% (năm 2011); 17,6% (năm 2012); 14,2% (năm 2013).\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [25.1, 21.3, 17.6, 14.2])
        #expect(rates.map { $0.period?.description ?? "" } == ["2010", "2011", "2012", "2013"])
    }

    @Test func aProvincialCityNamedBesideItsProvinceLeavesTheProvinceTheSubject() throws {
        let text = "Toàn tỉnh có 60 xã đạt chuẩn nông thôn mới. Thành phố Tây Ninh hoàn thành nhiệm vụ xây dựng nông thôn mới. "
            + "Năm 2023, Tây Ninh phấn đấu có thêm 5 xã.\n"
        #expect(try extract(text).subject == Jurisdiction(.province, "Tây Ninh"))
    }

    @Test func aGoalsLevelNamedAsSetIsThePlan() throws {
        let text = "Năm 2016, GRDP của tỉnh Thái Bình tăng 10,1%, vượt mức kế hoạch đề ra 9,5%.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [10.1, 9.5])
        #expect(growth.last?.kind == .plan)
    }

    @Test func spellingsOfSectorsAndBudgetLinesFromTheCatalogue() throws {
        let text = "Năm 2016, tổng giá trị sản xuất của tỉnh Thái Bình đạt 100.000 tỷ đồng. Trong đó, nông lâm thủy sản đạt 24.000 tỷ đồng; "
            + "công nghiệp – xây dựng đạt 55.000 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "agri_production_value").first?.value == 24_000)
        #expect(figures(r, "industrial_production_value").first?.sector == "industry_construction")
        let budget = "Năm 2025, thu từ lĩnh vực nội địa của tỉnh Đồng Nai đạt 78.000 tỷ đồng; chi cân đối ngân sách địa phương đạt 50.000 tỷ đồng.\n"
        let b = try extract(budget)
        #expect(figures(b, "budget_revenue_domestic").first?.value == 78_000)
        #expect(figures(b, "budget_expenditure_local").first?.value == 50_000)
    }

    @Test func theValueAChangeStartsFromIsNotTheYearsTheSentenceDates() throws {
        let text = "Năm 2015, tỷ lệ hộ nghèo của tỉnh Lai Châu giảm từ 40,2% xuống còn 28,5%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [28.5])
        #expect(rates.first?.period?.description == "2015")
        // over a span the starting value is the span's first year's, as before
        let span = "Giai đoạn 2016-2020, tỷ lệ hộ nghèo của tỉnh Lai Châu giảm từ 40,2% xuống còn 28,5%.\n"
        #expect(figures(try extract(span), "poverty_rate").map { $0.period?.description ?? "" } == ["2016", "2020"])
    }

    @Test func aMonthSpelledInLowerCaseBeforeItsVerb() throws {
        let text = "Năm 2018, tổng lượt khách du lịch của tỉnh Kiên Giang tháng một ước đạt 420.000 lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.period?.description == "2018-01")
        // how often is no month
        let often = "Năm 2018, tỉnh Kiên Giang tổ chức 3 tháng một lần lễ hội, đón 420.000 lượt khách.\n"
        #expect(figures(try extract(often), "tourist_arrivals").first?.period?.description == "2018")
    }

    @Test func tradeWrittenShort() throws {
        let text = "Năm 2017, kim ngạch xuất của tỉnh Kiên Giang ước đạt 470 triệu USD; kim ngạch nhập đạt 120 triệu USD.\n"
        let r = try extract(text)
        #expect(figures(r, "export_value").first?.value == 470)
        #expect(figures(r, "import_value").first?.value == 120)
    }

    @Test func placesAmongItemsListedAfterAColonAreNotTheFigures() throws {
        let text = "Năm 2022, tỉnh An Giang công nhận 14 sản phẩm OCOP. Trong đó, 13 sản phẩm đạt 3 sao, gồm: bánh của cơ sở Khánh Hòa, "
            + "mắm của hộ Bình Định.\n"
        let products = figures(try extract(text), "ocop_products")
        #expect(products.count == 2)
        #expect(products.allSatisfy { $0.jurisdiction == Jurisdiction(.province, "An Giang") })
    }

    @Test func aBreakdownRightAfterALookBackIsTheLookBacks() throws {
        let text = " date 2021-02 Thu ngân sách tỉnh Nghệ An 2 tháng đầu năm 2021 ước đạt 2.700 tỷ đồng. "
            + "Năm 2020, kinh tế của tỉnh Nghệ An đã đạt được những kết quả quan trọng. Trong đó, GRDP ước tăng 4,4%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first?.period?.description == "2020")
        #expect(figures(r, "budget_revenue_on_territory").first?.period?.description == "2021-2M")
    }

    @Test func theCountrysRateInABreakdownIsTheCountrys() throws {
        let text = "Năm 2020, tổng thu ngân sách tỉnh Nghệ An đạt 17.000 tỷ đồng. Trong đó, GRDP của tỉnh tăng 4,4% (GDP cả nước chỉ tăng 2,9%).\n"
        let national = figures(try extract(text), "gdp_growth")
        #expect(national.first?.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        #expect(figures(try extract(text), "grdp_growth").first?.jurisdiction == Jurisdiction(.province, "Nghệ An"))
    }

    @Test func aBracketedChangeOnAWholeYearDatesTheYearAfter() throws {
        let text = " date 2021-02 Thu ngân sách tỉnh Nghệ An 2 tháng đầu năm 2021 ước đạt 2.700 tỷ đồng. "
            + "Được biết, tổng thu ngân sách nhà nước của tỉnh đạt 17.363 tỷ đồng (tăng 7,3% so với năm 2019).\n"
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map { $0.period?.description ?? "" } == ["2021-2M", "2020"])
    }

    @Test func revenueFromOneSourceAfterTheTotalsCueIsAPart() throws {
        let text = "Năm 2022, thu ngân sách của tỉnh Bình Dương đạt 60.000 tỷ đồng. "
            + "Trong các khoản thu ngân sách, lớn nhất là thu từ khu vực doanh nghiệp đầu tư nước ngoài với gần 15.500 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map(\.value) == [60_000])
    }

    @Test func aShareOfThePoorAndTheNearPoorListedWithACommaIsNoPovertyRate() throws {
        let text = "Năm 2023, tỷ lệ hộ nghèo của tỉnh Hà Giang còn 20,5%. 100% hộ nghèo, hộ cận nghèo thiếu nhà ở được hỗ trợ.\n"
        #expect(figures(try extract(text), "poverty_rate").map(\.value) == [20.5])
    }

    @Test func sectorsAfterTheGrossOutputAreNotTheGRDPs() throws {
        let text = "6 tháng đầu năm 2025, GRDP của tỉnh Hưng Yên tăng 9%. Giá trị sản xuất các ngành công nghiệp và xây dựng tăng 10,6%; "
            + "thương mại và dịch vụ tăng 6,6%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_sector_growth").isEmpty)
        #expect(figures(r, "grdp_growth").map(\.value) == [9])
    }

    @Test func branchesOfTheProductionIndexAreNoNationalSectors() throws {
        let text = "Tổng cục Thống kê: GDP cả nước 9 tháng năm 2013 tăng 5,1%. "
            + "Tính chung 10 tháng, chỉ số sản xuất công nghiệp tăng 5,5%, trong đó ngành chế biến, chế tạo tăng 7,2%.\n"
        let r = try extract(text)
        #expect(figures(r, "gdp_sector_growth").isEmpty)
        #expect(figures(r, "gdp_growth").map(\.value) == [5.1])
    }
}
