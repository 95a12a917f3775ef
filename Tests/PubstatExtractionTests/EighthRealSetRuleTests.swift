import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from a fresh set of real excerpts (`realcheck11`, kept outside the repository) once its cold score
/// was written down: a holiday's days with their lunar dates in brackets, "this year's holiday", a provincial city
/// opening a paragraph after a phrase of time, months restated with their year in brackets, thresholds over places
/// counted in pairs, rankings and contrasts of places. Every sentence is invented.
@Suite struct EighthRealSetRuleTests {
    @Test func aWindowKeepsItsDaysWhenTheLunarDatesStandInBrackets() throws {
        let text = " date 2024-02 Trong 7 ngày nghỉ Tết (từ ngày 8/2 (29 Tết) đến ngày 14/2 (mùng 5 Tết)), "
            + "tỉnh Quảng Bình đón 120.000 lượt khách du lịch.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first?.period?.description == "2024-02-08/2024-02-14")
    }

    @Test func thisYearsHolidayIsTheWindowNamedBefore() throws {
        let text = " date 2023-05 Từ ngày 29-4 đến ngày 3-5, tỉnh Bình Định đón 150.000 lượt khách.\n\n"
            + "Trong kỳ nghỉ lễ năm nay, thành phố Quy Nhơn đón 90.000 lượt khách, tăng 20% so với cùng kỳ.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first { $0.value == 90_000 }?.period?.description == "2023-04-29/2023-05-03")
    }

    @Test func aProvincialCityAfterAPhraseOfTimeKeepsItsParagraph() throws {
        let text = " date 2023-05 Từ ngày 29-4 đến ngày 3-5, tỉnh Bình Định đón 150.000 lượt khách.\n\n"
            + "Trong kỳ nghỉ lễ, thành phố Quy Nhơn đón 90.000 lượt khách, tăng 20% so với cùng kỳ. "
            + "Tổng thu từ du lịch đạt 210 tỷ đồng, tăng 25% so với cùng kỳ.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.first?.jurisdiction == Jurisdiction(.city, "Quy Nhơn"))
    }

    @Test func aSentenceNamingItsOwnSubjectLeavesTheProvincialCity() throws {
        let text = " date 2023-05 Từ ngày 29-4 đến ngày 3-5, tỉnh Bình Định đón 150.000 lượt khách.\n\n"
            + "Trong kỳ nghỉ lễ, thành phố Quy Nhơn đón 90.000 lượt khách. Khu du lịch Ghềnh Ráng đón 8.000 lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.first { $0.value == 8_000 }?.jurisdiction != Jurisdiction(.city, "Quy Nhơn"))
    }

    @Test func monthsSpelledOutInBracketsGiveTheirYear() throws {
        let text = "Trong 10 tháng (từ tháng 1 đến tháng 10/2024), tỉnh Bình Dương có kim ngạch xuất khẩu đạt 27,3 tỷ USD.\n"
        let exports = figures(try extract(text), "export_value")
        #expect(exports.first?.period?.description == "2024-10M")
    }

    @Test func aBoundPassedByPlacesCountedInPairsIsNoFigure() throws {
        let text = "Trong tháng 5/2024, cả nước có 12 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 1 tỷ USD.\n"
        #expect(figures(try extract(text), "export_value").isEmpty)
    }

    @Test func aPlaceRankedSecondTakesTheMeasureOfTheFirst() throws {
        let text = "Tính chung 6 tháng năm 2024, Hải Phòng có kim ngạch xuất khẩu đạt 14,2 tỷ USD; "
            + "Thái Nguyên xếp thứ hai với 13,1 tỷ USD.\n"
        let exports = figures(try extract(text), "export_value")
        #expect(exports.first { $0.jurisdiction == Jurisdiction(.province, "Thái Nguyên") }?.value == 13.1)
    }

    @Test func aContrastOfAnotherPlaceKeepsTheMeasure() throws {
        let text = "Năm 2022, kim ngạch xuất khẩu của Đồng Nai đạt 25 tỷ USD, trong khi của tỉnh Long An là 8,5 tỷ USD.\n"
        let exports = figures(try extract(text), "export_value")
        #expect(exports.first { $0.jurisdiction == Jurisdiction(.province, "Long An") }?.value == 8.5)
    }

    @Test func aProvincialCitySingledOutByItsNameAloneHasItsFigures() throws {
        let text = " date 2024-02 Tỉnh Khánh Hòa đón 400.000 lượt khách dịp Tết (từ 8-2 đến 14-2). "
            + "Riêng Nha Trang đón 250.000 lượt khách, tăng 12%. Khách quốc tế đến Nha Trang đạt 60.000 lượt.\n"
        let result = try extract(text)
        #expect(figures(result, "tourist_arrivals").first { $0.value == 250_000 }?.jurisdiction == Jurisdiction(.city, "Nha Trang"))
        #expect(figures(result, "tourist_arrivals_international").first?.jurisdiction == Jurisdiction(.city, "Nha Trang"))
    }

    @Test func aProvinceAfterALinkingPhraseKeepsItsParagraph() throws {
        let text = " date 2024-02 Các tỉnh miền Tây đón nhiều khách dịp Tết (từ 8-2 đến 14-2).\n\n"
            + "Cụ thể, Bến Tre đón 150.000 lượt khách, tăng 30%. Tổng thu từ du lịch đạt 95 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.first?.jurisdiction == Jurisdiction(.province, "Bến Tre"))
    }

    @Test func thePartsOfAGoalAreGoalsOfItsYear() throws {
        let text = " date 2024-02 Tỉnh Quảng Ninh đón 500.000 lượt khách dịp Tết (từ 8-2 đến 14-2).\n\n"
            + "Năm 2024, Quảng Ninh đặt mục tiêu đón 19 triệu lượt khách. Trong đó có 3,5 triệu lượt khách quốc tế.\n"
        let international = figures(try extract(text), "tourist_arrivals_international")
        #expect(international.first?.kind == .target)
        #expect(international.first?.period?.description == "2024-target")
    }

    @Test func theEconomyOfAPlaceOverItsFirstMonthsGrows() throws {
        let text = "Kinh tế của tỉnh Tây Ninh 9 tháng đầu năm 2023 tăng trưởng khá, ước đạt 7,2%.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.first?.value == 7.2)
        #expect(growth.first?.period?.description == "2023-9M")
    }

    @Test func sentencesOfSectorsKeepTheBreakdownGoing() throws {
        let text = "Năm 2023, kinh tế tỉnh Long An tăng 6,5%. Khu vực công nghiệp - xây dựng tăng 9,1%. "
            + "Lĩnh vực dịch vụ phục hồi rõ nét, tăng trưởng 5,2%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [9.1, 5.2])
    }

    @Test func branchesListedAsExamplesAreNoSectors() throws {
        let text = "Năm 2023, GRDP tỉnh Long An tăng 6,5%; khu vực công nghiệp - xây dựng tăng 9,1%. "
            + "Nhiều ngành công nghiệp cấp 2 tăng cao như: sản xuất và phân phối điện (tăng 30,2%), dệt may (tăng 12%).\n"
        #expect(!figures(try extract(text), "grdp_sector_growth").contains { $0.value == 30.2 })
    }

    @Test func aSectorLedByItsWordFollowsAnOutputFigureAFewSentencesOn() throws {
        let text = "Năm 2023, tốc độ tăng trưởng GRDP của tỉnh Nam Định ước đạt 7,1%.\n\n"
            + "Đóng góp lớn nhất vào tăng trưởng là lĩnh vực dịch vụ với sức bật mạnh mẽ, tăng 8,2%. Du lịch phục hồi rõ nét.\n\n"
            + "Lĩnh vực thuế sản phẩm trừ trợ cấp sản phẩm tăng 4,4%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [8.2, 4.4])
    }

    @Test func aShareOfTheWholeYearsPlanLeavesTheRunningPeriod() throws {
        let text = " date 2025-07 Trong 6 tháng đầu năm 2025, tỉnh Hà Nam thu ngân sách đạt 9.100 tỷ đồng, đạt 61% dự toán giao cả năm.\n\n"
            + "Đối với tỉnh Nam Định, tổng sản phẩm trên địa bàn ước đạt 41.000 tỷ đồng, tăng 8% so với cùng kỳ năm 2024. "
            + "Tổng giá trị sản xuất ước đạt 120.000 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "grdp_value").first?.period?.description == "2025-H1")
        #expect(figures(result, "production_value").first?.jurisdiction == Jurisdiction(.province, "Nam Định"))
    }

    @Test func anAmountTheCentreAssignsIsThePlan() throws {
        let text = "Năm 2019, TP Cần Thơ được Trung ương giao thu ngân sách là 12.500 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").first?.kind == .plan)
    }

    @Test func aProgrammesHorizonDatesNoResult() throws {
        let text = "Tỉnh Hà Giang thực hiện Đề án OCOP giai đoạn 2019 - 2020, định hướng đến năm 2030. "
            + "Đến thời điểm này, Hà Giang đã cấp giấy chứng nhận 20 sản phẩm OCOP.\n"
        let products = figures(try extract(text), "ocop_products")
        #expect(!products.contains { $0.period?.description == "2030" })
    }

    @Test func aRiseOnAWholeYearDatesTheYearAfterIt() throws {
        let text = " date 2024-03 2 tháng đầu năm 2024, tỉnh Phú Yên đón 300.000 lượt khách.\n\n"
            + "Năm 2023, toàn tỉnh đón hơn 2,5 triệu lượt khách. Doanh thu du lịch toàn tỉnh ước đạt 4.100 tỷ đồng, tăng 35% so với năm 2022.\n"
        #expect(figures(try extract(text), "tourism_revenue").first?.period?.description == "2023")
        // a multiple over several years dates nothing
        let multiple = "Năm 2020, GRDP bình quân đầu người của tỉnh Lai Châu đạt 43,7 triệu đồng, tăng hơn 2 lần so với năm 2015.\n"
        #expect(figures(try extract(multiple), "grdp_per_capita").first?.period?.description == "2020")
    }

    @Test func aYearWrittenWithoutItsWordAfterTrong() throws {
        let text = "Trong 2014, tỉnh Bình Thuận có 3.760.000 lượt khách đến tham quan, tăng 6,73% so với năm 2013.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.period?.description == "2014")
    }

    @Test func aBreakdownIsOfItsTotalsPeriodNotOfAGoalNamedAfterIt() throws {
        let text = " date 2024-11 Tính chung 10 tháng năm 2024, tỉnh Quảng Nam đón 7,1 triệu lượt khách, tăng 20%, vượt mục tiêu "
            + "năm 2024 (6,5 triệu lượt khách). Trong đó, khách quốc tế đạt 2,2 triệu lượt, tăng 25%.\n"
        let international = figures(try extract(text), "tourist_arrivals_international")
        #expect(international.first?.period?.description == "2024-10M")
    }

    @Test func theYearSoFarWithItsYearWritten() throws {
        let text = " date 2025-11-26 Ngày 26/11, Sở Du lịch cho biết, từ đầu năm 2025 đến nay, tỉnh Bạc Liêu đón 4,1 triệu lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.period?.description == "2025-11M")
    }

    @Test func resolveNamesATarget() throws {
        let text = "Năm 2026, tỉnh Long An quyết tâm tăng trưởng GRDP 10 - 10,5%.\n"
        #expect(figures(try extract(text), "grdp_growth").first?.kind == .target)
    }
}
