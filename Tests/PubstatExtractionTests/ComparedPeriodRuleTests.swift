import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the kept-aside halves of the seventeenth and eighteenth batches (240–246, 254–260), opened
/// after they were scored: the same months of an earlier year set against inside a sentence, a plan's change in
/// brackets, a long first sentence's plan, a planned fall of a rate. Every sentence is invented.
@Suite struct ComparedPeriodRuleTests {
    private static let letterhead = "CỤC THỐNG KÊ TỈNH BÌNH ĐỊNH\nBình Định, ngày 28 tháng 9 năm 2019\n\n"

    @Test func theSameMonthsOfAnEarlierYearSetAgainstDateNothingAfterThem() throws {
        let text = Self.letterhead
            + "Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng năm 2019 ước tăng 6,8% so với cùng kỳ năm trước, "
            + "thấp hơn mức tăng cùng kỳ năm 2018 (7,4%).\n\n"
            + "Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 6.420 tỷ đồng, bằng 80,2% dự toán."
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.contains { $0.value == 6.8 && $0.period?.description == "2019-9M" })
        // the bracketed rate is that year's same months
        #expect(growth.contains { $0.value == 7.4 && $0.period?.description == "2018-9M" && $0.kind == .actual })
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2019-9M"])
    }

    @Test func aShareOfTheSameMonthsOfAnEarlierYearIsAComparison() throws {
        let text = Self.letterhead
            + "Kim ngạch xuất khẩu 9 tháng năm 2019 ước đạt 620 triệu USD, bằng 96% cùng kỳ năm 2018. "
            + "Tổng lượt khách du lịch 9 tháng ước đạt 4,1 triệu lượt."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2019-9M"])
    }

    @Test func aPlansChangeInBracketsAfterThePlanIsThePlan() throws {
        let text = Self.letterhead
            + "GRDP 9 tháng năm 2019 theo giá so sánh 2010 ước tăng 6,8% so với cùng kỳ năm trước, thấp hơn mức tăng "
            + "cùng kỳ năm 2018 (7,4%) và chưa đạt kế hoạch cả năm (tăng 7,5 - 8%)."
        let r = try extract(text)
        let plan = try #require(figures(r, "grdp_growth").first { $0.kind == .plan })
        #expect(plan.value == 7.5)
        #expect(plan.period?.description == "2019")
    }

    @Test func aChangeSetAgainstTheSameMonthsInBracketsIsNoPlan() throws {
        let text = Self.letterhead
            + "Năm 2018, toàn tỉnh đón 4,6 triệu lượt khách, đạt 104% kế hoạch năm (tăng 12% so cùng kỳ năm 2017)."
        let r = try extract(text)
        #expect(!figures(r, "tourist_arrivals").contains { $0.kind == .plan })
        #expect(figures(r, "tourist_arrivals").first?.yoyPct == 12)
    }

    @Test func aPlannedFallOfARateIsItsReductionsPlan() throws {
        let text = "UBND TỈNH SƠN LA\nSơn La, ngày 20 tháng 12 năm 2019\n\n"
            + "Đến cuối năm 2019, tỷ lệ hộ nghèo toàn tỉnh còn 20,5%, giảm 3,9% so với cuối năm 2018 (24,4%), "
            + "vượt chỉ tiêu Nghị quyết HĐND tỉnh giao (giảm 3,5%)."
        let r = try extract(text)
        #expect(!figures(r, "poverty_rate").contains { $0.value == 3.5 })
        let plan = try #require(figures(r, "poverty_rate_reduction_avg").first { $0.kind == .plan })
        #expect(plan.value == 3.5)
    }

    @Test func aRunningTotalToADayCoversThatMonthAndKeepsItsCutOff() throws {
        let text = Self.letterhead
            + "Thu ngân sách nhà nước trên địa bàn từ đầu năm đến ngày 15/9/2019 ước đạt 6.420 tỷ đồng, bằng 80,2% dự toán."
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(budget.period?.description == "2019-9M")
        #expect(budget.asOf == CalendarDate(year: 2019, month: 9, day: 15))
    }

    @Test func earlierQuartersBesideAnEstimatedOneAreMeasured() throws {
        let text = Self.letterhead
            + "GRDP 9 tháng năm 2019 ước tăng 6,8% so với cùng kỳ năm trước (quý I tăng 6,1%, quý II tăng 7,0%, quý III ước tăng 7,2%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.first { $0.period?.description == "2019-Q1" }?.kind == .actual)
        #expect(growth.first { $0.period?.description == "2019-Q2" }?.kind == .actual)
        #expect(growth.first { $0.period?.description == "2019-Q3" }?.kind == .estimate)
    }

    @Test func whatATotalLeavesOutNamesNoFigure() throws {
        let text = Self.letterhead
            + "Thu từ thuế, phí và các khoản thu khác (không kể tiền sử dụng đất) đạt 3.150 tỷ đồng, bằng 78% dự toán."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_land_use").isEmpty)
        #expect(figures(r, "budget_revenue_tax_fees_other").map(\.value) == [3_150])
    }

    @Test func kindsOfUnitListedAreNoPlace() throws {
        let text = "SỞ TÀI CHÍNH TỈNH NAM ĐỊNH\nNam Định, ngày 10 tháng 01 năm 2014\n\n"
            + "Sở đề nghị các huyện, thành phố chống thất thu, phấn đấu thu ngân sách nhà nước trên địa bàn năm 2014 đạt trên 3.000 tỷ đồng."
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(budget.jurisdiction == Jurisdiction(.province, "Nam Định"))
    }

    @Test func aRatesChangeInBracketsOpenedByAPeriodIsThatPeriodsRate() throws {
        let text = Self.letterhead
            + "Tốc độ tăng trưởng GRDP năm 2019 theo giá so sánh 2010 ước tính tăng 7,1% so với năm 2018 "
            + "(năm 2018 theo số liệu sơ bộ tăng 6,9%), chưa đạt kế hoạch đề ra (7,5 - 8%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.first { $0.value == 7.1 }?.yoyPct == nil)
        #expect(growth.contains { $0.value == 6.9 && $0.period?.description == "2018" })
    }

    @Test func domesticRevenueNamedAsTheBudgetsDomesticPart() throws {
        let text = "CỤC THUẾ TỈNH BẮC GIANG\nBắc Giang, ngày 05 tháng 10 năm 2022\n\n"
            + "Tính đến hết ngày 30/9/2022, tổng thu ngân sách nội địa do ngành Thuế quản lý đạt 8.100 tỷ đồng, bằng 92% dự toán."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_domestic").map(\.value) == [8_100])
        #expect(figures(r, "budget_revenue_on_territory").isEmpty)
    }

    @Test func aRestatedRunningTotalKeepsItsOwnChange() throws {
        let text = Self.letterhead
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 512,4 tỷ đồng, tăng 10,1% so với cùng kỳ; "
            + "tính chung 9 tháng ước đạt 4.431,9 tỷ đồng, tăng 12,3% so với cùng kỳ."
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.first { $0.period?.description == "2019-9M" }?.yoyPct == 12.3)
        #expect(retail.first { $0.period?.description == "2019-09" }?.yoyPct == 10.1)
    }

    @Test func aNoteDeclaringAPeriodsFiguresEstimatesMakesThemEstimates() throws {
        let text = "CỤC THỐNG KÊ TỈNH BÌNH ĐỊNH\nBình Định, ngày 28 tháng 10 năm 2019\n\n"
            + "Kim ngạch xuất khẩu tháng 10 đạt 120 triệu USD; tính chung 10 tháng đạt 1.150 triệu USD.\n"
            + "Tỷ lệ hộ nghèo cuối năm 2018 là 4,2%.\n"
            + "Ghi chú: Số liệu tháng 10 là số ước tính; số liệu 10 tháng gồm số chính thức 9 tháng và số ước tính tháng 10."
        let r = try extract(text)
        let exports = figures(r, "export_value")
        #expect(exports.count == 2)
        #expect(exports.allSatisfy { $0.kind == .estimate && $0.qualifier == nil })
        // another period is not covered
        #expect(figures(r, "poverty_rate").first?.kind == .actual)
    }

    @Test func theShareOfTheYearsPlanAfterARunningTotalIsTheRunningTotals() throws {
        let text = Self.letterhead
            + "Kim ngạch xuất khẩu tháng 9 ước đạt 102 triệu USD, tăng 3% so với tháng trước; lũy kế 9 tháng đạt 910 triệu USD, "
            + "tăng 8,2% so với cùng kỳ và đạt 76,5% kế hoạch năm."
        let exports = figures(try extract(text), "export_value")
        #expect(exports.first { $0.period?.description == "2019-09" }?.pctOfPlan.isEmpty == true)
        #expect(exports.first { $0.period?.description == "2019-9M" }?.pctOfPlan.map(\.pct) == [76.5])
    }

    @Test func aDistrictCouncilsEstimateIsAPlanOfNoNamedAuthority() throws {
        let text = "UBND HUYỆN QUỲNH LƯU\nQuỳnh Lưu, ngày 15 tháng 12 năm 2023\n\n"
            + "Thu ngân sách trên địa bàn huyện ước đạt 640 tỷ đồng, bằng 130% dự toán tỉnh giao và 117% dự toán HĐND huyện giao."
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(Set(budget.pctOfPlan.map(\.authority)) == [.provinceAssigned, .plan])
    }

    @Test func aFormerUnitsEstimatedRateIsApproximate() throws {
        let text = "THỐNG KÊ TỈNH LÀO CAI\nLào Cai, ngày 27 tháng 12 năm 2025\n\n"
            + "Tốc độ tăng trưởng GRDP năm 2025 ước tăng 8,5%; trong đó khu vực tỉnh Yên Bái (cũ) ước tăng 7,4%."
        let former = figures(try extract(text), "grdp_growth").first { $0.value == 7.4 }
        #expect(former?.qualifier == .approx)
    }

    @Test func aPlanOrGoalWithAFloorIsApproximateButAPlainPlanIsNot() throws {
        let text = "UBND TỈNH BẮC KẠN\nBắc Kạn, ngày 10 tháng 12 năm 2018\n\nCác chỉ tiêu chủ yếu năm 2019:\n"
            + "- Tổng thu ngân sách nhà nước trên địa bàn 680 tỷ đồng trở lên.\n"
            + "- Tổng lượt khách du lịch 1,2 triệu lượt.\n\n"
            + "Phấn đấu đến năm 2020 có ít nhất 60 sản phẩm OCOP đạt từ 3 sao trở lên."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").first?.qualifier == .approx)
        #expect(figures(r, "tourist_arrivals").first?.qualifier == nil)
        #expect(figures(r, "ocop_products").first?.qualifier == .approx)
    }

    @Test func aCouncilAssigningAGoalSetsAPlan() throws {
        let text = "UBND TỈNH ĐIỆN BIÊN\nĐiện Biên, ngày 20 tháng 12 năm 2025\n\n"
            + "Nghị quyết HĐND tỉnh giao chỉ tiêu tăng trưởng GRDP năm 2026 đạt 9%."
        #expect(figures(try extract(text), "grdp_growth").first?.kind == .plan)
    }

    @Test func thePartsOfAPlannedSumArePlannedToo() throws {
        let text = "SỞ TÀI CHÍNH TỈNH THANH HÓA\nThanh Hóa, ngày 05 tháng 01 năm 2023\n\n"
            + "Dự toán thu ngân sách nhà nước trên địa bàn năm 2023 như sau: Trung ương giao 6.950 tỷ đồng; HĐND tỉnh giao "
            + "7.600 tỷ đồng, trong đó thu nội địa 6.900 tỷ đồng, thu từ hoạt động xuất nhập khẩu 700 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_domestic").first?.kind == .plan)
        #expect(figures(r, "budget_revenue_import_export").first?.kind == .plan)
    }

    @Test func aRatesValueThenInBracketsAfterThePeriodSetAgainst() throws {
        let text = "UBND TỈNH SƠN LA\nSơn La, ngày 20 tháng 12 năm 2024\n\n"
            + "Đến cuối năm 2024, tỷ lệ hộ nghèo toàn tỉnh còn 5,1%, giảm 2,2% so với cuối năm 2023 (7,3%)."
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.contains { $0.value == 7.3 && $0.period?.description == "2023" })
        #expect(rates.contains { $0.value == 5.1 && $0.period?.description == "2024" })
    }

    @Test func theValueOfAGoalSetInBracketsIsATargetNotApproximatedByTheResult() throws {
        let text = Self.letterhead
            + "GRDP 9 tháng năm 2019 ước tăng 6,8%, thấp hơn mục tiêu Nghị quyết HĐND tỉnh đề ra (7,5%)."
        let goal = try #require(figures(try extract(text), "grdp_growth").first { $0.kind == .target })
        #expect(goal.value == 7.5)
        #expect(goal.qualifier == nil)
    }

    @Test func afterTheReorganisationAFormerDistrictsFiguresAreTheProvinces() throws {
        let after = "UBND TỈNH AN GIANG\nAn Giang, ngày 20 tháng 12 năm 2025\n\n"
            + "Năm 2025, thành phố Rạch Giá đón 2,1 triệu lượt khách, tăng 20% so với năm 2024."
        #expect(figures(try extract(after), "tourist_arrivals").first?.jurisdiction == Jurisdiction(.province, "An Giang"))
        // (but a city a special zone carries on under its name is that zone)
        let zone = "UBND ĐẶC KHU PHÚ QUỐC\nPhú Quốc, ngày 20 tháng 12 năm 2025\n\n"
            + "Năm 2025, thành phố Phú Quốc đón 7,1 triệu lượt khách, tăng 20% so với năm 2024."
        #expect(figures(try extract(zone), "tourist_arrivals").first?.jurisdiction == Jurisdiction(.specialZone, "Phú Quốc"))
        // before it, the city stays the place
        let before = "UBND THÀNH PHỐ PHÚ QUỐC\nPhú Quốc, ngày 20 tháng 12 năm 2024\n\n"
            + "Năm 2024, thành phố Phú Quốc đón 6,1 triệu lượt khách, tăng 20% so với năm 2023."
        #expect(figures(try extract(before), "tourist_arrivals").first?.jurisdiction == Jurisdiction(.city, "Phú Quốc"))
    }

    @Test func aListedValueIsTheFigureTheNextLineNames() throws {
        let text = "KINH TẾ TỈNH BẾN TRE NĂM 2021 QUA 5 CON SỐ\n\nBến Tre, ngày 30 tháng 12 năm 2021\n\n"
            + "1. -2,4%\nLà mức tăng trưởng GRDP ước tính năm 2021 của tỉnh (kế hoạch tăng 6%).\n\n"
            + "2. 1,45 tỷ USD\nKim ngạch xuất khẩu cả năm ước đạt 1,45 tỷ USD, tăng 9% so với năm 2020.\n\n"
            + "3. 21.300\nSố ca mắc trong năm."
        let r = try extract(text)
        let growth = try #require(figures(r, "grdp_growth").first { $0.kind != .plan })
        #expect(growth.value == -2.4 && growth.period?.description == "2021" && growth.kind == .estimate)
        // a description that states its value again is read as any sentence: one figure, not two
        #expect(figures(r, "export_value").count == 1)
        #expect(figures(r, "export_value").first?.value == 1.45)
    }
}
