import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened half of the second set of real excerpts (kept outside the repository):
/// a holiday window whose year closes it, a provincial city beside its province's founding, GRDP that
/// "reaches" a rate, output named "tổng sản phẩm" alone, GDP per head after the output, a year singled out
/// after ";", guest-days, catering revenue, a written-out range after "khoảng", an aside in brackets before
/// "so với", sectors led by "lĩnh vực" or "khu vực kinh tế". Every sentence is invented.
@Suite struct SecondRealSetRuleTests {
    @Test func aWindowOfDaysClosedByItsYearIsTheFiguresPeriod() throws {
        let text = "Trong 6 ngày nghỉ Tết Nguyên đán 2019, từ ngày 3 – 8/2/2019, tỉnh Quảng Bình đón 61.200 lượt khách, "
            + "tăng 11% so với cùng kỳ năm trước.\n"
        let r = try extract(text)
        let arrivals = try #require(figures(r, "tourist_arrivals").first)
        #expect(arrivals.value == 61_200)
        #expect(arrivals.period?.description == "2019-02-03/2019-02-08")
    }

    @Test func aProvincesFoundingBesideACityLeavesTheCityTheSubject() throws {
        let text = "Thành phố Thái Bình 25 năm sau ngày tái lập tỉnh\n\n"
            + "Mục tiêu đến năm 2025, thu ngân sách trên địa bàn đạt 2.100 tỷ đồng.\n"
        let r = try extract(text)
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.jurisdiction == Jurisdiction(.city, "Thái Bình"))
    }

    @Test func gRDPThatReachesARateIsItsGrowth() throws {
        let r = try extract("Năm 2023, GRDP của tỉnh Phú Thọ đạt 6,8%, xếp thứ 30 cả nước.\n")
        let growth = try #require(figures(r, "grdp_growth").first)
        #expect(growth.value == 6.8)
        #expect(growth.jurisdiction == Jurisdiction(.province, "Phú Thọ"))
    }

    @Test func aShareOfGRDPIsNoGrowth() throws {
        let r = try extract("Năm 2023, tỷ trọng dịch vụ trong GRDP của tỉnh Phú Thọ đạt 38%.\n")
        #expect(figures(r, "grdp_growth").isEmpty)
        // and a share of the plan stays a share of the plan
        let plan = try extract("Năm 2023, GRDP của tỉnh Phú Thọ ước đạt 97% kế hoạch.\n")
        #expect(figures(plan, "grdp_growth").isEmpty)
    }

    @Test func outputNamedAloneIsGRDPAndPerHeadAfterItIsGRDPPerHead() throws {
        let text = "Năm 2019, tổng sản phẩm của tỉnh Ninh Thuận đạt hơn 41.000 tỷ đồng, bình quân đầu người đạt 68 triệu đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_value").first?.value == 41_000)
        #expect(figures(r, "grdp_per_capita").first?.value == 68)
        #expect(figures(r, "per_capita_income").isEmpty)
    }

    @Test func aYearSingledOutAfterASemicolonFramesItsClauses() throws {
        let text = "Giá trị sản xuất công nghiệp của tỉnh Bắc Ninh trong 10 năm qua tăng bình quân 18%/năm; riêng năm 2018, "
            + "dù gặp nhiều khó khăn, giá trị sản xuất công nghiệp vẫn tăng 12,2% so với năm 2017.\n"
        let r = try extract(text)
        let rise = try #require(figures(r, "industrial_production_value").first { $0.yoyPct == 12.2 })
        #expect(rise.period?.description == "2018")
    }

    @Test func guestDaysAndCateringRevenueAreNotArrivalsOrTourismRevenue() throws {
        let text = "Năm 2022, tỉnh Hà Giang đón 2,1 triệu lượt khách, tăng 40%; số ngày khách lưu trú đạt 850,5 nghìn ngày, tăng 20%. "
            + "Doanh thu du lịch đạt 3.900 tỷ đồng, trong đó doanh thu ăn uống 1.200,5 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.value) == [2_100_000])
        #expect(figures(r, "tourism_revenue").map(\.value) == [3_900])
    }

    @Test func aRangeAfterKhoangIsOneFigure() throws {
        let r = try extract("Năm 2024, tỉnh Quảng Bình dự kiến đón khoảng 4,5 đến 4,8 triệu lượt khách.\n")
        let arrivals = try #require(figures(r, "tourist_arrivals").first)
        #expect(arrivals.value == 4_500_000)
        #expect(arrivals.valueHigh == 4_800_000)
        #expect(figures(r, "tourist_arrivals").count == 1)
    }

    @Test func anAsideInBracketsDoesNotHideWhatAChangeIsComparedWith() throws {
        let text = "Năm 2022, GRDP của tỉnh Bình Định tăng 8,1%; quy mô nền kinh tế đạt 98.000 tỷ đồng, tăng 1,25 lần "
            + "(tương đương 19,6 nghìn tỷ) so với năm 2019.\n"
        let r = try extract(text)
        // a ratio over three years is no growth of the year
        #expect(figures(r, "grdp_growth").map(\.value) == [8.1])
        let value = try #require(figures(r, "grdp_value").first)
        #expect(value.yoyPct == nil)
    }

    @Test func aSectorLedByLinhVucOrKhuVucKinhTeIsASector() throws {
        let text = "Năm 2022, GRDP của tỉnh Quảng Trị tăng 7,2%. Lĩnh vực công nghiệp và xây dựng tiếp tục phát triển khá, tăng 9,4%; "
            + "khu vực kinh tế nông, lâm nghiệp và thủy sản tăng 3,1%.\n"
        let r = try extract(text)
        let sectors = figures(r, "grdp_sector_growth")
        #expect(sectors.first { $0.sector == "industry_construction" }?.value == 9.4)
        #expect(sectors.first { $0.sector == "agriculture_forestry_fishery" }?.value == 3.1)
    }
}

/// Rules written from the opened half of the third set of real excerpts (kept outside the repository): a
/// text whose only period comes after a figure compared with "cùng kỳ năm Y", quarters in brackets without
/// their year, "N tháng của năm Y", a year described ("Năm 2023 là năm …") that is no finished year, parts of
/// a revenue named after it, the rate of the same time a year before, a record "trong 10 năm qua", a change
/// against the estimate, a quarter with its year compared with, and a rate's own change in points. Every
/// sentence is invented.
@Suite struct ThirdRealSetRuleTests {
    @Test func aFigureComparedWithTheSameTimeOfAYearTakesTheTextsLaterPeriodOfTheNextYear() throws {
        let text = "Theo Cục Thống kê tỉnh Yên Bái, tốc độ tăng trưởng GRDP trên địa bàn tỉnh tăng 7,2% so với cùng kỳ năm 2022 "
            + "(quý I tăng 6,1%, quý II tăng 8,3%).\n"
            + "Quy mô tổng sản phẩm trên địa bàn 6 tháng đầu năm 2023 (giá hiện hành) ước đạt 18.500 tỷ đồng.\n"
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.first { $0.value == 7.2 }?.period?.description == "2023-H1")
        #expect(growth.first { $0.value == 6.1 }?.period?.description == "2023-Q1")
        #expect(growth.first { $0.value == 8.3 }?.period?.description == "2023-Q2")
        // the quarters' rates are not the half-year's change
        #expect(growth.first { $0.value == 7.2 }?.yoyPct == nil)
    }

    @Test func monthsOfAYearWrittenWithCua() throws {
        let text = "Trong 9 tháng của năm 2016, tỉnh Quảng Trị đón 1.240.500 lượt khách, tăng 9,5% so với cùng kỳ.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").first?.period?.description == "2016-9M")
    }

    @Test func aYearDescribedIsNoFinishedYear() throws {
        let text = "Thêm 40 sản phẩm được công nhận OCOP\n\n"
            + "Năm 2022 là năm đầu tiên huyện được giao đánh giá sản phẩm. Đến nay, toàn tỉnh Bắc Kạn có 120 sản phẩm OCOP.\n"
        let r = try extract(text)
        #expect(figures(r, "ocop_products").first { $0.value == 120 }?.period?.description == "2022")
    }

    @Test func partsNamedAfterARevenueAreNotTheRevenue() throws {
        let text = "Năm 2015, tỉnh Quảng Bình đón 2,9 triệu lượt khách; tổng doanh thu từ hoạt động du lịch đạt 1.850 tỷ đồng, "
            + "trong đó doanh thu bán vé tham quan đạt 210 tỷ đồng, doanh thu quốc tế đạt 95 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourism_revenue").map(\.value) == [1_850])
    }

    @Test func theRateOfTheSameTimeAYearBefore() throws {
        let text = "Tính chung 6 tháng đầu năm 2023, GRDP của thành phố Đà Nẵng ước tăng 5,1%, thấp hơn so với mức tăng 7,3% "
            + "của cùng kỳ năm trước.\n"
        let r = try extract(text)
        let earlier = try #require(figures(r, "grdp_growth").first { $0.value == 7.3 })
        #expect(earlier.period?.description == "2022-H1")
    }

    @Test func aRecordWithinPastYearsDoesNotDateTheFigure() throws {
        let text = "Năm 2018, tốc độ tăng trưởng kinh tế của tỉnh Bắc Ninh đạt mức cao nhất trong 10 năm qua với tỷ lệ 10,6%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first?.period?.description == "2018")
    }

    @Test func aRiseAgainstTheEstimateIsAShareAboveAHundred() throws {
        let text = "Năm 2019, tỉnh Quảng Ninh thu ngân sách nhà nước đạt 40.100 tỷ đồng, tăng 9% so với dự toán, tăng 12% so với cùng kỳ.\n"
        let r = try extract(text)
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.pctOfPlan.map(\.pct) == [109])
        #expect(revenue.yoyPct == 12)
    }

    @Test func aQuarterWithItsYearComparedWithIsAYearBefore() throws {
        let text = "Quý I/2021, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội của tỉnh Thái Nguyên đạt 10.100 tỷ đồng, "
            + "tăng 3,1% so với quý I/2020.\n"
        let r = try extract(text)
        let sales = try #require(figures(r, "retail_sales").first)
        #expect(sales.yoyPct == 3.1)
        #expect(sales.momPct == nil)
    }

    @Test func anUndatedMonthTakesTheYearOfTheQuarterAfterIt() throws {
        let text = "Bán lẻ tăng chậm nhất trong vòng 3 năm qua\n\n"
            + "Tổng mức bán lẻ hàng hóa quý I trên địa bàn tỉnh Thái Nguyên tăng chậm. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ "
            + "tiêu dùng xã hội tháng 3 ước đạt 3.050 tỷ đồng. Tính chung quý I/2021, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ "
            + "tiêu dùng xã hội đạt 10.100 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "retail_sales").first { $0.value == 3_050 }?.period?.description == "2021-03")
    }

    @Test func aGrowthRatesOwnChangeIsInPoints() throws {
        let text = "Riêng Hà Tĩnh, tốc độ tăng trưởng 6 tháng đầu năm 2022 của tỉnh đạt 6,9%, tăng 1,2% so với cùng kỳ.\n"
        let r = try extract(text)
        let growth = try #require(figures(r, "grdp_growth").first)
        #expect(growth.value == 6.9)
        #expect(growth.period?.description == "2022-H1")
        #expect(growth.yoyPct == nil)
    }

    @Test func anAmountNoProvinceReachesIsTheCountrys() throws {
        let text = "Kinh tế tỉnh Bắc Giang quý III/2024\n\n"
            + "Quý III/2024, GRDP của tỉnh Bắc Giang tăng 13,1%. Thu ngân sách nhà nước 9 tháng năm 2024 ước đạt 1.523,7 nghìn tỷ đồng, "
            + "bằng 89,5% dự toán.\n"
        let r = try extract(text)
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.value == 1_523_700)
        #expect(revenue.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        // a province's own revenue stays the province's
        let own = try extract("Năm 2024, thu ngân sách nhà nước trên địa bàn tỉnh Bắc Giang đạt 12.500 tỷ đồng.\n")
        #expect(figures(own, "budget_revenue_on_territory").first?.jurisdiction == Jurisdiction(.province, "Bắc Giang"))
    }

    @Test func aMostReadSidebarEndsTheArticle() throws {
        let text = "Năm 2024, tỉnh Lạng Sơn đón 4,1 triệu lượt khách du lịch.\n\nĐọc nhiều\n\n"
            + "Năm 2024, tỉnh Cao Bằng đón 2,5 triệu lượt khách du lịch.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.value) == [4_100_000])
    }

    @Test func productsCountedByTheirStarsAreOCOPProducts() throws {
        let text = "Đợt 2 năm 2023, tỉnh Yên Bái có thêm 40 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên. "
            + "Trong đó, có 7 sản phẩm đạt chuẩn 4 sao và 33 sản phẩm đạt chuẩn 3 sao.\n"
            + "Đợt 1, sản phẩm đạt hạng 4 sao có 2 sản phẩm.\n"
        let r = try extract(text)
        let products = figures(r, "ocop_products")
        #expect(products.first { $0.value == 7 }?.scope == "four_star")
        #expect(products.first { $0.value == 33 }?.scope == "three_star")
        #expect(products.first { $0.value == 2 }?.scope == "four_star")
        // "từ 3 sao trở lên" is every rating from three up
        #expect(products.first { $0.value == 40 }.map { $0.scope != "three_star" } ?? true)
    }

    @Test func theRateOfAPeriodSetAgainstIsAFigureOfThatPeriod() throws {
        let r = try extract("GDP 9 tháng đầu năm 2024 tăng 6,82%, chỉ thấp hơn tốc độ tăng 7,4% của 9 tháng đầu năm 2022.\n")
        let growth = figures(r, "gdp_growth")
        #expect(growth.first { $0.value == 6.82 }?.period?.description == "2024-9M")
        #expect(growth.first { $0.value == 7.4 }?.period?.description == "2022-9M")
    }

    @Test func theCountrysGrowthInBracketsIsTheCountrys() throws {
        let r = try extract("Năm 2012, tốc độ tăng trưởng kinh tế của tỉnh Thái Bình ước đạt 8,1% (cả nước tăng 5,03%).\n")
        let country = try #require(figures(r, "gdp_growth").first)
        #expect(country.value == 5.03)
        #expect(country.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        #expect(country.period?.description == "2012")
        #expect(figures(r, "grdp_growth").map(\.value) == [8.1])
    }

    @Test func aPlaceRankedBesideInBracketsGetsItsOwnGrowth() throws {
        let text = "Năm 2023, tốc độ tăng trưởng tổng sản phẩm của tỉnh Nghệ An ước đạt 7,9%, đứng thứ 5 cả nước (sau tỉnh Bắc Ninh tăng trưởng 9,2%).\n"
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.first { $0.value == 7.9 }?.jurisdiction == Jurisdiction(.province, "Nghệ An"))
        #expect(growth.first { $0.value == 9.2 }?.jurisdiction == Jurisdiction(.province, "Bắc Ninh"))
    }

    @Test func nowAfterAnInferredYearsResultsIsThatYear() throws {
        let text = "Với 25 sản phẩm mới được công nhận năm 2022, đến nay, tỉnh Lào Cai có 140 sản phẩm OCOP.\n"
            + "Năm 2023, tỉnh đặt mục tiêu có thêm 20 sản phẩm OCOP.\n"
        let r = try extract(text)
        #expect(figures(r, "ocop_products").first { $0.value == 140 }?.period?.description == "2022")
    }

    @Test func provincesListedAfterAGrowthCueWithoutFigureGetThatGrowth() throws {
        let text = "Tính chung 9 tháng năm 2024, có 12 địa phương tăng trưởng GRDP đạt từ 8% trở lên. Trong khi đó, Kon Tum cùng với "
            + "4 địa phương khác có mức tăng trưởng GRDP 9 tháng thấp. Cụ thể, Kon Tum tăng trưởng 5,1%; Gia Lai 5,4%; Đắk Nông 4,9%.\n"
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.first { $0.jurisdiction == Jurisdiction(.province, "Kon Tum") }?.value == 5.1)
        #expect(growth.first { $0.jurisdiction == Jurisdiction(.province, "Gia Lai") }?.value == 5.4)
        #expect(growth.first { $0.jurisdiction == Jurisdiction(.province, "Đắk Nông") }?.period?.description == "2024-9M")
    }

    @Test func localitiesGrowthNamedInTheSentenceIsGRDPGrowth() throws {
        let text = "Quý I/2024, 3 địa phương vùng Tây Nguyên ghi nhận mức tăng trưởng khá là: Lâm Đồng 7,2%; Đắk Lắk 6,8% và tỉnh Gia Lai đạt 6,1%.\n"
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.count == 3)
        #expect(growth.first { $0.jurisdiction == Jurisdiction(.province, "Gia Lai") }?.value == 6.1)
        #expect(growth.first?.period?.description == "2024-Q1")
    }

    @Test func aSingleProvinceOpeningTheSentenceAfterANumberlessCue() throws {
        let text = "Theo Cục Thống kê, quy mô GRDP theo giá hiện hành năm 2023 của ba địa phương này tương đối đồng đều. "
            + "Thái Bình đạt gần 91.200 tỷ đồng, mức cao nhất trong ba địa phương.\n"
        let r = try extract(text)
        let value = try #require(figures(r, "grdp_value").first)
        #expect(value.value == 91_200)
        #expect(value.jurisdiction == Jurisdiction(.province, "Thái Bình"))
    }

    @Test func aRankingGoesOnWithPlacesAndColonsAfterAProvincesFigure() throws {
        let text = "Năm 2022, Lai Châu là địa phương có thu nhập bình quân đầu người thấp nhất cả nước với 1,9 triệu đồng. "
            + "Trong nhóm thấp nhất còn có Hà Giang: 2,01 triệu đồng, Điện Biên: 2,05 triệu đồng, Sơn La: 2,2 triệu đồng.\n"
        let r = try extract(text)
        let income = figures(r, "per_capita_income")
        #expect(income.first { $0.jurisdiction == Jurisdiction(.province, "Hà Giang") }?.value == 2.01)
        #expect(income.first { $0.jurisdiction == Jurisdiction(.province, "Sơn La") }?.period?.description == "2022")
        #expect(income.count == 4)
    }

    @Test func aWindowWithDayWrittenAgain() throws {
        let text = "Trong 5 ngày, từ ngày 9 đến ngày 13/2/2024, thành phố Đà Nẵng đón 245.000 lượt khách du lịch.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").first?.period?.description == "2024-02-09/2024-02-13")
    }

    @Test func aYearbookTableKeptInItsLayoutGivesEachYearsFigures() throws {
        let text = "Niên giám thống kê tỉnh Hưng Yên 2015-2019\n\n"
            + "                                  Tỷ lệ hộ nghèo        Thu nhập bình quân\n"
            + "                                                        đầu người một tháng\n"
            + "                                       (%)                (Nghìn đồng)\n\n"
            + "              2015                     6,10                     2.410\n"
            + "              2016                     5,20                     2.730\n"
            + "              2017                     4,05                     3.020\n"
            + "\n                       Chỉ số phát triển (Năm trước = 100) - %\n\n"
            + "              2016                                              113,28\n"
            + "              2017                                              110,62\n"
            + "              2018                                              109,10\n"
        let r = try extract(text)
        let poverty = figures(r, "poverty_rate")
        #expect(poverty.map(\.value) == [6.1, 5.2, 4.05])
        #expect(poverty.first?.period?.description == "2015")
        #expect(poverty.first?.jurisdiction == Jurisdiction(.province, "Hưng Yên"))
        let income = figures(r, "per_capita_income")
        #expect(income.map(\.value) == [2_410, 2_730, 3_020])
        #expect(income.first?.unit == .thousandVND)
        #expect(income.first?.per == "person/month")
        // an index column names no indicator
        #expect(income.count == 3)
    }

    @Test func aProvincesRateOnALineOfItsOwnHeadsItsSection() throws {
        let text = "Tăng trưởng GRDP 6 tháng đầu năm 2024 của các địa phương\n\n"
            + "Theo Tổng cục Thống kê, có 5 tỉnh, thành phố ghi nhận tăng trưởng GRDP vượt ngưỡng 9%.\n\n"
            + "Vĩnh Phúc: 9,6%\n\n"
            + "Tổng sản phẩm trong tỉnh 6 tháng đầu năm 2024 ước đạt 61.200 tỷ đồng, tăng 9,6% so với cùng kỳ năm 2023.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first { $0.value == 9.6 }?.jurisdiction == Jurisdiction(.province, "Vĩnh Phúc"))
        let value = try #require(figures(r, "grdp_value").first)
        #expect(value.jurisdiction == Jurisdiction(.province, "Vĩnh Phúc"))
        #expect(value.period?.description == "2024-H1")
    }

    @Test func aRecordWithinASpanAndAMarkNearedDateAndStateNothing() throws {
        let text = "Năm 2025, kinh tế cả nước tiến sát mốc 8%. Tính chung 6 tháng đầu năm 2025, GDP tăng 7,4%, là mức cao nhất của "
            + "6 tháng đầu năm trong giai đoạn 2011-2025. Có 3 địa phương tăng trưởng 2 con số. "
            + "Cụ thể, Quảng Ninh tăng 11,1%, Hải Phòng 10,9%, Bắc Ninh 10,2%.\n"
        let r = try extract(text)
        #expect(figures(r, "gdp_growth").map(\.value) == [7.4])
        let provinces = figures(r, "grdp_growth")
        #expect(provinces.count == 3)
        #expect(provinces.allSatisfy { $0.period?.description == "2025-H1" })
    }

    @Test func bareGrowthWordsBeforeAnotherIndicatorAreThatIndicatorsGrowth() throws {
        let r = try extract("Năm 2023, tốc độ tăng trưởng giá trị sản xuất của huyện Chư Sê đạt 9,8%.\n")
        #expect(figures(r, "grdp_growth").isEmpty)
        let own = try extract("Năm 2023, tốc độ tăng trưởng GRDP của tỉnh Gia Lai đạt 6,5%.\n")
        #expect(figures(own, "grdp_growth").first?.value == 6.5)
    }

    @Test func billionsAndMillionsWrittenTogether() throws {
        let r = try extract("6 tháng đầu năm 2023, kim ngạch xuất khẩu của tỉnh Bình Phước ước đạt 1 tỉ 720 triệu USD.\n")
        let exports = try #require(figures(r, "export_value").first)
        #expect(exports.value == 1_720)
        #expect(exports.unit == .millionUSD)
    }

    @Test func monthsRestatedWithLaAfterTrong() throws {
        let text = "Tháng 8/2023, tỉnh Khánh Hòa đón 1,1 triệu lượt khách, nâng tổng số khách đến tỉnh trong 8 tháng là 7.250.300 lượt.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").first { $0.value == 7_250_300 }?.period?.description == "2023-8M")
    }

    @Test func aGenericCityInAProvincesTextIsNeverTheProvinceAsACity() throws {
        let text = "Năm 2018, tỉnh Lâm Đồng đón 6,5 triệu lượt khách. Tính đến giữa tháng 11, thành phố du lịch này đã thu hút được 5,5 triệu lượt khách.\n"
        let r = try extract(text)
        #expect(!figures(r, "tourist_arrivals").contains { $0.jurisdiction == Jurisdiction(.city, "Lâm Đồng") })
    }

    @Test func monthsFromOneToAnotherAreAWindowOrTheYearsFirstMonths() throws {
        let summer = try extract("Trong chương trình kích cầu du lịch mùa hè năm 2023 (từ tháng 5 đến tháng 8), tỉnh Quảng Bình đã đón 1,2 triệu lượt khách.\n")
        #expect(figures(summer, "tourist_arrivals").first?.period?.description == "2023-05-01/2023-08-31")
        let running = try extract("Từ tháng 1 đến tháng 9/2022, thu ngân sách nhà nước trên địa bàn tỉnh Quảng Bình đạt 4.800 tỷ đồng.\n")
        #expect(figures(running, "budget_revenue_on_territory").first?.period?.description == "2022-9M")
    }

    @Test func theNearPoorRateIsNoPovertyRate() throws {
        let r = try extract("Năm 2023, tỷ lệ hộ nghèo toàn tỉnh Kon Tum giảm còn 8,2%, hộ cận nghèo còn 12,4%.\n")
        #expect(figures(r, "poverty_rate").map(\.value) == [8.2])
    }

    @Test func growthNamedBetweenTheCueAndItsRate() throws {
        let r = try extract("GDP cả nước năm 2024 tăng trưởng khá, đạt 7,09%.\n")
        #expect(figures(r, "gdp_growth").first?.value == 7.09)
        // a share stays a share
        let share = try extract("Năm 2024, GDP du lịch đạt 3% tổng GDP.\n")
        #expect(figures(share, "gdp_growth").isEmpty)
    }
}

