import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on the two opened real sets (`realcheck10`, `realcheck11`, kept outside the
/// repository) while a third (`realcheck12`) stayed blind: a change's two ends and their years, the place a figure's
/// period is of, what "lượt" counts besides visitors, a change that follows an investment, and values no indicator
/// can take. Every sentence is invented.
@Suite struct NinthRealSetRuleTests {
    @Test func aYearBeforeTheStartDatesOnlyTheStart() throws {
        let text = "Tỉnh Sơn La báo cáo kết quả năm 2025.\n\n"
            + "Tỷ lệ hộ nghèo năm 2022 từ 30,5% đã giảm xuống còn 26,1%; tỷ lệ hộ cận nghèo năm 2022 từ 9,2% đã giảm xuống còn 8,4% năm 2023.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.first { $0.value == 30.5 }?.period?.description == "2022")
        #expect(rates.first { $0.value == 26.1 }?.period?.description == "2023")
    }

    @Test func theReachedValueWithNoYearOfItsOwnIsHeldBack() throws {
        let text = "Tỉnh Sơn La báo cáo kết quả năm 2025.\n\nTỷ lệ hộ nghèo năm 2022 từ 30,5% đã giảm xuống còn 26,1%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.contains { $0.value == 30.5 })
        #expect(!rates.contains { $0.value == 26.1 && $0.period?.description == "2022" })
    }

    @Test func atLeastAReductionIsNoStartOfAFall() throws {
        let text = "Năm 2024, tỉnh Yên Bái phấn đấu giảm tỷ lệ hộ nghèo từ 3% trở lên.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "poverty_rate_reduction_avg").first?.value == 3)
        #expect(figures(extracted, "poverty_rate").isEmpty)
    }

    @Test func theRateAFallStartsFromIsARate() throws {
        let text = "Sau 10 năm, tỉnh Kon Tum đã giảm tỷ lệ hộ nghèo từ 40,2% năm 2012 xuống còn 18,3% năm 2022.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "poverty_rate").map(\.value).sorted { ($0 ?? 0) < ($1 ?? 0) } == [18.3, 40.2])
        #expect(figures(extracted, "poverty_rate_reduction_avg").isEmpty)
    }

    @Test func multidimensionalPovertyIsThePovertyRate() throws {
        let text = "Năm 2023, tỷ lệ nghèo đa chiều của tỉnh Hà Tĩnh giảm còn 4,5%.\n"
        #expect(figures(try extract(text), "poverty_rate").first?.value == 4.5)
    }

    @Test func aPlaceAfterTheFiguresPeriodKeepsThePeriod() throws {
        let text = "Sang quý II/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng đầu năm 2024 "
            + "tại Cần Thơ ước đạt 75.000 tỷ đồng.\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.first?.period?.description == "2024-H1")
    }

    @Test func aMeetingAtAPlaceStillDatesNothing() throws {
        let text = " date 2024-10 Hội nghị tháng 9/2024 tại tỉnh Phú Yên diễn ra sôi nổi.\n\n"
            + "Trong 9 tháng đầu năm 2024, thu ngân sách của tỉnh đạt 3.100 tỷ đồng.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.first?.period?.description == "2024-9M")
    }

    @Test func investorsReceivedAreNoVisitors() throws {
        let text = "Năm 2024, công tác thu hút đầu tư khởi sắc khi tỉnh Trà Vinh tiếp 35 lượt nhà đầu tư đến tìm hiểu.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
    }

    @Test func aChangeAfterInvestmentAttractedIsNoArrivalsChange() throws {
        let text = "Tỉnh Bắc Giang thu hút khoảng 2,1 tỷ USD vốn FDI trong 6 tháng đầu năm 2024, tăng 35% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
    }

    @Test func aNumberAboveWhatAnAverageCanBeIsItsTotal() throws {
        let text = "Đến cuối năm 2023, các xã trong tỉnh Lạng Sơn đạt 1.650 tiêu chí, bình quân mỗi xã đạt 9,2 tiêu chí.\n"
        let criteria = figures(try extract(text), "ntm_criteria_per_commune")
        #expect(criteria.map(\.value) == [9.2])
    }

    @Test func aGoalForTheComingYearDatesOnlyItsSentence() throws {
        let text = "Năm 2025, kinh tế tỉnh Vĩnh Long đạt kết quả tích cực. Tốc độ tăng trưởng GRDP của tỉnh đạt 8,1%.\n"
            + "| Năm 2026, tỉnh Vĩnh Long quyết tâm tăng trưởng GRDP 10% |\n"
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt hơn 90.000 tỷ đồng, tăng 12%.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "retail_sales").first?.period?.description == "2025")
        #expect(figures(extracted, "grdp_growth").first { $0.value == 10 }?.period?.description == "2026-target")
    }

    @Test func theRestOfAGoalsSentenceKeepsItsYear() throws {
        let text = "Năm 2025, tốc độ tăng trưởng GRDP của tỉnh Vĩnh Long đạt 8,1%.\n"
            + "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP 10%, thu ngân sách đạt 12.000 tỷ đồng.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.first?.period?.description == "2026-target")
    }

    @Test func aFestivalsDaysWithTheMonthAfterADotAreItsWindow() throws {
        let text = " date 2025-11 Trong tháng 11/2025, tỉnh Bạc Liêu đón 200.000 lượt khách.\n\n"
            + "Lễ hội nghinh Ông diễn ra từ 10 đến 14.11, thu hút khoảng 60.000 du khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first { $0.value == 60_000 }?.period?.description == "2025-11-10/2025-11-14")
    }

    @Test func aMonthsHeadingWithoutFiguresFramesTheLinesUnderIt() throws {
        let text = "Phú Yên: kết quả du lịch tháng 8 và 8 tháng đầu năm 2023\n\n"
            + " * Kết quả ước thực hiện tháng 8/2023.\n"
            + "Tổng lượt khách ước đạt 250.000 lượt khách; tổng thu du lịch ước đạt: 500 tỷ đồng.\n"
            + " * Thực hiện 8 tháng đầu năm 2023:\n"
            + "Tổng lượt khách đạt 2.100.000 lượt khách; tổng thu du lịch đạt 4.200 tỷ đồng.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first { $0.value == 250_000 }?.period?.description == "2023-08")
        #expect(arrivals.first { $0.value == 2_100_000 }?.period?.description == "2023-8M")
    }

    @Test func visitorsAYearOnAverageCoverTheSpan() throws {
        let text = "Trong giai đoạn 2020-2025, tỉnh Quảng Trị đạt nhiều thành tựu: GRDP bình quân đầu người năm 2025 ước đạt "
            + "70 triệu đồng.\n\nDu lịch toàn tỉnh đón trung bình trên 3 triệu lượt khách/năm.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first?.period?.description == "2020/2025")
    }

    @Test func aRevenueNarrowedToOneTradeIsNoTourismRevenue() throws {
        let text = "Trong 9 tháng năm 2024, các cơ sở lưu trú tỉnh Quảng Nam phục vụ 5 triệu lượt khách, tăng 20% so với cùng kỳ.\n\n"
            + "Tổng doanh thu dịch vụ lưu trú, ăn uống 9 tháng đạt 9.000 tỷ đồng. Doanh thu dịch vụ lữ hành đạt 1.200 tỷ đồng.\n"
        #expect(figures(try extract(text), "tourism_revenue").isEmpty)
    }

    @Test func aGenericRevenueAfterVisitorsIsStillTourisms() throws {
        let text = "Trong 9 tháng năm 2024, tỉnh Quảng Nam đón 5 triệu lượt khách du lịch, tổng doanh thu đạt 12.000 tỷ đồng.\n"
        #expect(figures(try extract(text), "tourism_revenue").first?.value == 12_000)
    }

    @Test func aChangeAgainstTheQuarterBeforeOpeningTheSentenceIsNoYearOnYearChange() throws {
        let text = "Ước tính quý II/2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của Cần Thơ đạt 30.000 tỷ đồng, "
            + "tăng 9,5% so với quý II/2022. So với quý I/2023, tổng mức bán lẻ và doanh thu dịch vụ tiêu dùng quý II đã tăng 13%.\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.count == 1)
        #expect(retail.first?.yoyPct == 9.5)
    }

    @Test func theSamePeriodAYearBeforeOpeningTheSentenceIsYearOnYear() throws {
        let text = "So với cùng kỳ năm 2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý II/2023 của Cần Thơ đã tăng 9%.\n"
        #expect(figures(try extract(text), "retail_sales").first?.yoyPct == 9)
    }

    @Test func theCountrysGrowthSetAgainstAProvincesIsNationalGDPGrowth() throws {
        for text in ["Năm 2019, tốc độ tăng trưởng GRDP của tỉnh Hậu Giang đạt 7,8%, cao hơn bình quân chung cả nước (cả nước tăng 7%).\n",
                     "Năm 2019, GRDP của tỉnh Hậu Giang tăng 7,8%, trong khi cả nước tăng 7%.\n",
                     "Năm 2019, tốc độ tăng trưởng GRDP của tỉnh Hậu Giang đạt 7,8%, cao hơn mức tăng của cả nước (7%).\n"] {
            let national = figures(try extract(text), "gdp_growth")
            #expect(national.first?.jurisdiction == Jurisdiction(.country, "Việt Nam"), "\(text)")
            #expect(national.first?.value == 7)
            #expect(national.first?.period?.description == "2019")
        }
    }

    @Test func aCountrysRateOfAnotherPeriodIsNotTaken() throws {
        let text = "Năm 2019, GRDP của tỉnh Hậu Giang tăng 7,8%, trong khi cả nước tăng 6,8% của năm 2018.\n"
        #expect(figures(try extract(text), "gdp_growth").isEmpty)
    }

    @Test func aFallFromARangeIsByHowMuch() throws {
        let text = "Năm 2021, tỉnh Bắc Kạn phấn đấu giảm từ 3 - 4% hộ nghèo.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "poverty_rate_reduction_avg").first?.value == 3)
        #expect(figures(extracted, "poverty_rate").isEmpty)
    }

    @Test func aMultipleAfterAPartsQualifierIsItsChange() throws {
        let text = " date 2024-03 Hai tháng đầu năm 2024, tỉnh Phú Yên đã đón hơn 500.000 lượt khách lưu trú, gấp 2 lần so với cùng kỳ.\n\n"
            + "Trong đó có hơn 80.000 lượt khách quốc tế, gấp 3,5 lần so với cùng kỳ; gần 420.000 lượt khách nội địa, gấp 1,8 lần so với cùng kỳ.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "tourist_arrivals_international").first?.yoyRatio == 3.5)
        #expect(figures(extracted, "tourist_arrivals_domestic").first?.yoyRatio == 1.8)
    }

    @Test func aChangeAfterTheWordsThatSayWhatIsCountedIsItsChange() throws {
        let text = "Trong 6 tháng đầu năm 2024, tỉnh Đắk Lắk có hơn 120.500 lượt khách tham quan các khu, điểm du lịch, "
            + "tăng 40,5% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.yoyPct == 40.5)
    }

    @Test func aPartAfterTrongDoInsideTheEstimatesSentenceIsAnEstimate() throws {
        let text = "Từ ngày 14-2 đến ngày 19-2-2026, tỉnh Đồng Tháp ước đón 300.000 lượt khách (tăng 20% so với cùng kỳ), "
            + "trong đó có 12.000 lượt khách quốc tế (tăng 5%).\n"
        #expect(figures(try extract(text), "tourist_arrivals_international").first?.kind == .estimate)
    }

    @Test func aResolutionsTargetIsAPlan() throws {
        let text = "Năm 2024, GRDP bình quân đầu người của tỉnh Trà Vinh đạt 80 triệu đồng/người/năm, vượt 4% chỉ tiêu nghị quyết.\n"
        let perCapita = figures(try extract(text), "grdp_per_capita")
        #expect(perCapita.first?.pctOfPlan.first?.pct == 104)
        #expect(perCapita.first?.pctOfPlan.first?.authority == .plan)
    }

    @Test func aCouncilsTermDatesNoFigure() throws {
        let text = "Tại kỳ họp thứ 7 HĐND tỉnh Đắk Nông khóa IV, nhiệm kỳ 2021-2026, UBND tỉnh báo cáo tình hình kinh tế - xã hội "
            + "6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024. Theo đó, tổng sản phẩm trên địa bàn (GRDP) "
            + "ước đạt 9.000 tỷ đồng.\n"
        let value = figures(try extract(text), "grdp_value")
        #expect(value.first?.period?.description == "2024-H1")
    }

    @Test func anUndatedHalfTakesTheYearOfTheTaskBesideIt() throws {
        let text = "Năm 2022, GRDP tỉnh Gia Lai tăng 6%.\n\n"
            + "UBND tỉnh Gia Lai báo cáo tình hình 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023. "
            + "Tổng sản phẩm trên địa bàn (GRDP) tăng 7,1%.\n"
        #expect(figures(try extract(text), "grdp_growth").first { $0.value == 7.1 }?.period?.description == "2023-H1")
    }

    @Test func aSectorsValueAfterItsMonthsIsTheSectors() throws {
        let text = "GRDP 6 tháng đầu năm 2024 của tỉnh Nam Định ước đạt 30.000 tỷ đồng, tăng 9%.\n\n"
            + "Khu vực công nghiệp, xây dựng vẫn giữ vai trò chủ đạo, 6 tháng ước đạt 12.000 tỷ đồng, tăng 12%.\n"
        let sectors = figures(try extract(text), "grdp_sector_value")
        #expect(sectors.first?.value == 12_000)
        #expect(sectors.first?.period?.description == "2024-H1")
    }

    @Test func bareGrowthOfAProvinceIsItsEconomicGrowth() throws {
        let text = "Thái Bình: số liệu kinh tế 6 tháng đầu năm 2022.\n\nTăng trưởng quý II của tỉnh ước tăng 8,2%.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.first?.value == 8.2)
        #expect(growth.first?.period?.description == "2022-Q2")
    }

    @Test func anEstimatesYearSetAgainstInPassingDatesNothing() throws {
        let text = " date 2022-09 9 tháng đầu năm, tỉnh Quảng Trị thu ngân sách đạt 3.100 tỷ đồng.\n\n"
            + "Năm 2022, tỉnh được giao dự toán thu ngân sách 4.000 tỷ đồng, cao hơn dự toán năm 2021 là 500 tỷ đồng.\n\n"
            + "Tính đến hết ngày 16/9, toàn tỉnh thu ngân sách là 3.150 tỷ đồng, đạt 78,8% dự toán được giao.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        // (the running total to the middle of September is reported for the first nine months)
        #expect(revenue.first { $0.value == 3_150 }?.period?.description == "2022-9M")
    }

    @Test func aChangeWithASubjectOfItsOwnIsNotTheNextClauses() throws {
        let text = "6 tháng đầu năm 2024, tổng vốn đầu tư phát triển của tỉnh Hòa Bình tăng 36%, giá trị sản xuất công nghiệp đạt 9.000 tỷ đồng.\n"
        let industry = figures(try extract(text), "industrial_production_value")
        #expect(industry.allSatisfy { $0.yoyPct == nil })
    }

    @Test func aGoalsFallStillNamesTheRateAfterIt() throws {
        let text = "Năm 2024, tỉnh Hòa Bình phấn đấu giảm 2%, tỷ lệ hộ nghèo còn dưới 10%.\n"
        #expect(figures(try extract(text), "poverty_rate_reduction_avg").first?.value == 2)
    }

    @Test func aSectorNamedAfterTheWordsForGrowthTakesItsRate() throws {
        let text = "Quý I/2025, GRDP của tỉnh Lào Cai tăng 9%.\n"
            + "Quý I/2025, tốc độ tăng trưởng khu vực nông, lâm thủy sản ước đạt 6,5%; "
            + "tốc độ tăng trưởng của khu vực công nghiệp, xây dựng tăng 12,1%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.first { $0.sector == "agriculture_forestry_fishery" }?.value == 6.5)
        #expect(sectors.first { $0.sector == "industry_construction" }?.value == 12.1)
    }

    @Test func aSectorsShareIsNoGrowth() throws {
        let text = "Quý I/2025, GRDP của tỉnh Lào Cai tăng 9%.\nQuý I/2025, khu vực dịch vụ đạt 45% kế hoạch.\n"
        #expect(figures(try extract(text), "grdp_sector_growth").isEmpty)
    }

    @Test func aValueAfterAnExampleOfTheCueIsTheExamples() throws {
        let text = "Trong 10 tháng năm 2025, thu nội địa của tỉnh Nam Định như thu từ doanh nghiệp nhà nước đạt 900 tỷ đồng, tăng 12%.\n"
            + "Năm 2023, kim ngạch xuất khẩu của tỉnh Sóc Trăng tăng 5%, trong đó mặt hàng tôm đông ước đạt 700 triệu USD.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "budget_revenue_domestic").isEmpty)
        #expect(!figures(extracted, "export_value").contains { $0.value == 700 })
    }

    @Test func placesNamedAsExamplesKeepTheirFigures() throws {
        let text = "Năm 2022, thu ngân sách của tỉnh Quảng Ngãi đạt 30.000 tỷ đồng, bỏ xa các tỉnh lân cận như Bình Định "
            + "(khoảng 13.900 tỷ đồng).\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.first { $0.jurisdiction == Jurisdiction(.province, "Bình Định") }?.value == 13_900)
    }
}
