import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on a fourth real set (`realcheck13`, kept outside the repository, opened after
/// its cold score) while a fifth (`realcheck14`) stayed blind: months written out or counted "hết tháng", trade in
/// one good, shares of the poor households, one group of visitors, and the branches of the industrial production
/// index. Every sentence is invented.
@Suite struct TenthRealSetRuleTests {
    @Test func sixWrittenWithItsAccentCountsTheFirstHalf() throws {
        let text = "Sáu tháng năm 2025, tổng lượt khách du lịch đến tỉnh Nghệ An ước đạt 5,2 triệu lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.period?.description == "2025-H1")
    }

    @Test func afterMayIsNoHalfYear() throws {
        let text = "Năm 2025, sau tháng 5 lượng khách du lịch đến tỉnh Nghệ An tăng nhanh, cả năm ước đạt 5,2 triệu lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.period?.description != "2025-H1")
    }

    @Test func byTheEndOfAMonthIsARunningTotal() throws {
        let text = "Hết tháng 2/2024, kim ngạch xuất khẩu của tỉnh Thái Nguyên đạt 6,1 tỷ USD, tăng 20% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "export_value").first?.period?.description == "2024-2M")
    }

    @Test func aMonthAloneIsThatMonth() throws {
        let text = "Tháng 2/2024, kim ngạch xuất khẩu của tỉnh Thái Nguyên đạt 3,1 tỷ USD.\n"
        #expect(figures(try extract(text), "export_value").first?.period?.description == "2024-02")
    }

    @Test func exportsOfOneGoodAreNotTheProvincesExports() throws {
        let text = "Năm 2023, kim ngạch xuất khẩu gạo của tỉnh An Giang đạt 1,2 tỷ USD; xuất khẩu cà phê đạt 0,3 tỷ USD.\n"
        #expect(figures(try extract(text), "export_value").isEmpty)
    }

    @Test func exportsOfGoodsOrInAYearStayTheTotal() throws {
        let text = "Năm 2023, tổng kim ngạch xuất khẩu hàng hóa của tỉnh An Giang đạt 1,2 tỷ USD. "
            + "Cả năm 2024, xuất khẩu ổn định với kim ngạch ước đạt 1,4 tỷ USD.\n"
        let exports = figures(try extract(text), "export_value")
        #expect(exports.first { $0.period?.description == "2023" }?.value == 1.2)
        #expect(exports.contains { $0.value == 1.4 })
    }

    @Test func aShareOfThePoorHouseholdsIsNoPovertyRate() throws {
        let text = "Đến năm 2025, tỉnh Bắc Kạn phấn đấu: 98% hộ nghèo có nhà ở kiên cố; 90% hộ nghèo được tiếp cận nước sạch.\n"
        #expect(figures(try extract(text), "poverty_rate").isEmpty)
    }

    @Test func theShareOfPoorHouseholdsLeftIsThePovertyRate() throws {
        let text = "Năm 2024, toàn tỉnh Bắc Kạn còn 3,5% hộ nghèo.\n"
        #expect(figures(try extract(text), "poverty_rate").first?.value == 3.5)
    }

    @Test func oneGroupOfVisitorsIsNoCountOfArrivals() throws {
        let text = "Đoàn khách quốc tế đầu tiên đến tỉnh Quảng Ninh năm 2025 có 120 du khách.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "tourist_arrivals_international").isEmpty)
        #expect(figures(extracted, "tourist_arrivals").isEmpty)
    }

    @Test func branchesOfTheProductionIndexAreNoSectorsOfTheEconomy() throws {
        let text = "Chỉ số sản xuất công nghiệp quý II/2025 của tỉnh Bắc Ninh ước tăng 15,2%. "
            + "Trong đó, ngành chế biến, chế tạo tăng 16,1%; ngành sản xuất và phân phối điện tăng 5,3%.\n"
        #expect(figures(try extract(text), "grdp_sector_growth").isEmpty)
    }

    @Test func sectorsOfTheEconomysOutputStay() throws {
        let text = "Tổng sản phẩm trên địa bàn tỉnh Bắc Ninh quý II/2025 tăng 9,1%. "
            + "Trong đó, khu vực công nghiệp - xây dựng tăng 11,2%; khu vực dịch vụ tăng 7,5%.\n"
        #expect(figures(try extract(text), "grdp_sector_growth").count == 2)
    }

    @Test func theWholeYearsEstimateDatesTheMonthsBeforeIt() throws {
        let text = "Giám đốc Sở Nông nghiệp tỉnh Đồng Tháp cho biết, giá trị sản xuất nông, lâm, thủy sản 9 tháng đầu năm đạt "
            + "gần 30.000 tỷ đồng.\nƯớc tính cả năm 2021, giá trị sản xuất toàn ngành đạt khoảng 41.000 tỷ đồng.\n"
        let values = figures(try extract(text), "agri_production_value")
        #expect(values.first { $0.value == 30_000 }?.period?.description == "2021-9M")
        #expect(values.first { $0.value == 41_000 }?.period?.description == "2021")
    }

    @Test func theGrowthOfTheProvincesProductWithItsAbbreviationIsGRDPGrowth() throws {
        let text = "Năm 2024, tốc độ tăng trưởng tổng sản phẩm trong tỉnh (GRDP) của tỉnh Vĩnh Long đạt 7,2%.\n"
        #expect(figures(try extract(text), "grdp_growth").first?.value == 7.2)
    }

    @Test func aFloorThatSeveralKindsOfPlacePassIsNoFigure() throws {
        let text = "Hết tháng 3/2024, kim ngạch xuất khẩu của tỉnh Bắc Giang đạt 2,4 tỷ USD. "
            + "Cả nước còn 12 tỉnh, thành phố có kim ngạch xuất khẩu từ 1 tỷ USD trở lên.\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [2.4])
    }

    @Test func aRiseWrittenBeforeTheLevelIsTheGrowth() throws {
        let text = "Năm 2024, tổng sản phẩm trong tỉnh (GRDP) của tỉnh Bình Dương ước tăng 8,01%, đạt 459 nghìn tỷ đồng.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "grdp_growth").first?.value == 8.01)
        #expect(figures(extracted, "grdp_value").first?.value == 459_000)
    }

    @Test func anEstimatesWordBeforeARateOfTheProductIsItsGrowth() throws {
        let text = "Kinh tế tỉnh Bến Tre năm 2024 tiếp tục tăng trưởng, GRDP ước tính 5,27%.\n"
        #expect(figures(try extract(text), "grdp_growth").first?.value == 5.27)
    }

    @Test func aShareOfTheProductIsNoGrowth() throws {
        let text = "Năm 2024, tỷ trọng công nghiệp trong GRDP của tỉnh Bến Tre ước tính 35%.\n"
        #expect(figures(try extract(text), "grdp_growth").isEmpty)
    }

    @Test func thePovertyRateWithoutHouseholdsIsThePovertyRate() throws {
        let text = "Năm 2024, tỷ lệ nghèo của tỉnh Hà Giang còn 17,5%.\n"
        #expect(figures(try extract(text), "poverty_rate").first?.value == 17.5)
    }

    @Test func theShareInBracketsAfterTheCountOfPoorHouseholdsIsTheRate() throws {
        let text = "Theo kết quả rà soát năm 2024, tỉnh Hà Giang có 32.345 hộ nghèo (17,5%).\n"
        #expect(figures(try extract(text), "poverty_rate").first?.value == 17.5)
    }

    @Test func aChangeInBracketsAfterTheCountIsNoRate() throws {
        let text = "Năm 2024, tỉnh Hà Giang có 32.345 hộ nghèo (giảm 1.200 hộ).\n"
        #expect(figures(try extract(text), "poverty_rate").isEmpty)
    }

    @Test func theGrowthAProvinceReachesIsItsEconomysGrowth() throws {
        let text = "Năm 2024, tỉnh Nghệ An đạt mức tăng trưởng 9,01%.\n"
        #expect(figures(try extract(text), "grdp_growth").first?.value == 9.01)
    }

    @Test func theGrowthASectorOfTheProvinceReachesIsNot() throws {
        let text = "Năm 2024, ngành công nghiệp tỉnh Bắc Giang đạt mức tăng trưởng 23,85%.\n"
        #expect(figures(try extract(text), "grdp_growth").isEmpty)
    }

    @Test func theWholeABreakdownIsTakenFromIsNoNewFigure() throws {
        let text = "Năm 2024, tỉnh Quảng Trị có 125 sản phẩm OCOP. Năm 2025, trong tổng số 131 sản phẩm OCOP của tỉnh, có 40 sản phẩm 4 sao.\n"
        #expect(figures(try extract(text), "ocop_products").filter { $0.scope == nil }.map(\.value) == [125])
    }

    @Test func aCountOutOfATotalWrittenInWordsIsACountOutOfIt() throws {
        let text = "Năm 2024, thành phố Hòa Bình đã có 7 trên tổng số 7 xã đạt chuẩn nông thôn mới.\n"
        let communes = figures(try extract(text), "ntm_communes")
        #expect(communes.first?.value == 7)
        #expect(communes.first?.outOf == 7)
    }

    @Test func ratesListedBareAfterTheirPlacesGoOnWithTheFirst() throws {
        let text = "Năm 2024, tỉnh Bắc Kạn có tỷ lệ hộ nghèo cao nhất là huyện Pác Nặm với 35,22%; tiếp theo là huyện Ngân Sơn 34,41%; "
            + "huyện Na Rì 25,11%; thấp nhất là thành phố Bắc Kạn 1,93%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [35.22, 34.41, 25.11, 1.93])
        #expect(rates.map(\.jurisdiction.name) == ["Pác Nặm", "Ngân Sơn", "Na Rì", "Bắc Kạn"])
    }

    @Test func growthListedBareAfterTheirPlacesGoesOnWithTheFirst() throws {
        let text = "Năm 2024, tăng trưởng GRDP cao nhất là tỉnh Bắc Giang với 13,85%; tiếp theo là tỉnh Quảng Ninh 10,2%.\n"
        #expect(figures(try extract(text), "grdp_growth").map(\.value) == [13.85, 10.2])
    }

    @Test func aRateBareAfterAPlaceInsideAClauseIsNoItem() throws {
        let text = "Năm 2024, thu ngân sách của tỉnh Bắc Giang đạt 12.000 tỷ đồng, tăng 8%; tỉnh Quảng Ninh 11,02% so với dự toán.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").count == 1)
    }

    @Test func anIWhoseGraveWasLostIsRestored() throws {
        let text = "Năm 2018, GRDP b\u{301}nh quân đầu người của tỉnh Vĩnh Phúc đạt 86,50 triệu đồng; thu nội địa đạt 28,07 ngh\u{301}n tỷ đồng.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "grdp_per_capita").first?.value == 86.5)
        #expect(figures(extracted, "grdp_value").isEmpty)
        #expect(figures(extracted, "budget_revenue_domestic").first?.value == 28_070)
    }

    @Test func aShareOfTheProductAfterChiemTyTrongIsNoGrowth() throws {
        let text = "Sáu tháng đầu năm 2024, GDP cả nước tăng 6,42%. Về cơ cấu, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 11,72% GDP.\n"
        #expect(figures(try extract(text), "gdp_growth").map(\.value) == [6.42])
    }

    @Test func valuesInBracketsAfterTheSameMonthsAndThePlanAreTheirs() throws {
        let text = "Trong nửa đầu năm 2025, lượng khách du lịch đến tỉnh Cà Mau ước đạt 5,12 triệu lượt, tăng 18% so với cùng kỳ năm 2024 "
            + "(4.339.354 lượt), đạt 61% so kế hoạch năm 2025 (8.400.000 lượt).\n"
        let visitors = figures(try extract(text), "tourist_arrivals")
        let before = visitors.first { $0.value == 4_339_354 }
        #expect(before?.period?.description == "2024-H1")
        #expect(before?.kind == .actual)
        let plan = visitors.first { $0.value == 8_400_000 }
        #expect(plan?.period?.description == "2025")
        #expect(plan?.kind == .plan)
    }

    @Test func theBalancedRevenueOnTheTerritoryIsTheRevenueOnTheTerritory() throws {
        let text = "Quý I/2025, thu cân đối ngân sách trên địa bàn tỉnh Hà Nam đạt 8.560 tỷ đồng, tăng 26% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").first?.value == 8_560)
    }

    @Test func aBandOfRevenueAGroupOfProvincesIsInIsNoFigure() throws {
        let text = "Năm 2024, tỉnh Lâm Đồng nằm trong nhóm 16 tỉnh, thành có số thu ngân sách từ 10.000-20.000 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").isEmpty)
    }

    @Test func aMasterPlansSpanInASentenceWithoutFiguresDatesNothingAfterIt() throws {
        let text = "Năm 2024, doanh thu du lịch của tỉnh Sơn La ước đạt 5.800 tỷ đồng.\n\n"
            + "Khu du lịch Mộc Châu được đưa vào quy hoạch hệ thống du lịch quốc gia giai đoạn 2021-2030, tầm nhìn đến năm 2045.\n\n"
            + "Lượng khách du lịch đến tỉnh Sơn La ước đạt 4,9 triệu lượt.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.period?.description == "2024")
    }

    @Test func aMasterPlansSpanStillDatesTheGoalsOfItsSentence() throws {
        let text = "Năm 2024, GRDP của tỉnh Bắc Giang tăng 13,87%. "
            + "Theo Quy hoạch tỉnh giai đoạn 2021-2030, tốc độ tăng trưởng GRDP bình quân giai đoạn này dự kiến đạt 15-16%.\n"
        #expect(figures(try extract(text), "grdp_growth").contains { $0.value == 15 && $0.period?.description.hasPrefix("2021/2030") == true })
    }

    @Test func theShareACountOfPoorHouseholdsNamedBeforeItMakesIsTheRate() throws {
        let text = "Năm 2019, tổng số hộ nghèo của tỉnh Bắc Kạn hiện còn 16.003/80.276 hộ, chiếm tỷ lệ 19,93%.\n"
        #expect(figures(try extract(text), "poverty_rate").first?.value == 19.93)
    }

    @Test func theShareOfACountOfVisitorsIsNoRate() throws {
        let text = "Năm 2019, số lượt khách du lịch đến tỉnh Bắc Kạn là 16.003 lượt, chiếm 19,93% tổng lượt khách.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "tourist_arrivals").first?.value == 16_003)
        #expect(figures(extracted, "poverty_rate").isEmpty)
    }

    @Test func anAmountPassedIsTheLevelReached() throws {
        let text = "Sáu tháng đầu năm 2025, lượng khách du lịch đến tỉnh Hưng Yên vượt 5,2 triệu lượt.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.value == 5_200_000)
    }

    @Test func anAmountAboveThePlanIsByHowMuch() throws {
        let text = "Năm 2024, thu ngân sách của tỉnh Hưng Yên đạt 35.000 tỷ đồng, vượt 2.000 tỷ đồng so với dự toán.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map(\.value) == [35_000])
    }

    @Test func moreNamesOfRevenue() throws {
        let text = "Năm 2015, doanh thu chuyên ngành du lịch của tỉnh Quảng Bình ước đạt 233 tỷ đồng. "
            + "Sáu tháng đầu năm 2023, thu mới ngân sách của tỉnh Bình Dương ước đạt 31.550 tỷ đồng.\n"
        let extracted = try extract(text)
        #expect(figures(extracted, "tourism_revenue").first?.value == 233)
        #expect(figures(extracted, "budget_revenue_on_territory").first?.value == 31_550)
    }

    @Test func theYearARecordReachesBackToDatesNothing() throws {
        let text = "Tổng sản phẩm trên địa bàn thành phố Hà Nội năm 2019 ước tăng 7,62%, mức cao nhất kể từ năm 2015; "
            + "thu ngân sách nhà nước trên địa bàn vượt 267 nghìn tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").first?.period?.description == "2019")
    }

    @Test func aContributionWithoutAnAmountLeavesTheCueItsFigure() throws {
        let text = "Năm 2022, công nghiệp của tỉnh Tuyên Quang vượt kế hoạch, đóng góp quan trọng vào tốc độ tăng trưởng GRDP "
            + "của tỉnh (đạt 8,66%).\n"
        #expect(figures(try extract(text), "grdp_growth").first?.value == 8.66)
    }

    @Test func visitorsCountedBeforeWhoTheyAreAreThoseVisitors() throws {
        let text = "Tháng 11/2025, tỉnh Khánh Hòa đón 250.000 lượt khách, trong đó có hơn 9.700 lượt là khách quốc tế.\n"
        #expect(figures(try extract(text), "tourist_arrivals_international").first?.value == 9_700)
    }
}
