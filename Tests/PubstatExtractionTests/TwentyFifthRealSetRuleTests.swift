import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on two halves kept blind until this round (`rc37b`, `rc38b`) and on the opened
/// halves of two new real sets (`rc41a`, `rc42a`, kept outside the repository, each whole set scored cold before it was
/// opened), while `rc39b`, `rc40b`, `rc41b` and `rc42b` stayed blind: a running total with its whole period, a result
/// restated as "Kết quả này" with its shares of plan, a district written alone after it was named with "huyện", a growth
/// before the size it reaches, another province opening the next sentence, a former unit's paragraph, a plan share after
/// ";", a planned rate in brackets, a special zone scoping the clause after ";", a rate in brackets after "tăng khá", a
/// stock told "đến nay" in an undated text, the households that left poverty. Every sentence is invented.
@Suite struct TwentyFifthRealSetRuleTests {
    @Test func aRunningTotalWithItsWholePeriodAndVerbContinuesTheFigureBefore() throws {
        let text = "Tình hình kinh tế tỉnh Phú Yên tháng 5 năm 2024:\n- Doanh thu du lịch tháng 5/2024 ước đạt 310,5 tỷ đồng, "
            + "tăng 3,2% so với tháng trước; luỹ kế 5 tháng đầu năm 2024 giá trị ước đạt 1.402,7 tỷ đồng, tăng 11% so cùng kỳ;\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.map { "\($0.value!) \($0.period!)" } == ["310.5 2024-05", "1402.7 2024-5M"])
        #expect(revenue.last?.yoyPct == 11)
    }

    @Test func theResultRestatedByThisResultTakesItsSharesOfPlanAndChange() throws {
        let text = "Tổng thu ngân sách nhà nước trên địa bàn tỉnh Tuyên Quang 6 tháng năm 2024 đạt 2.310 tỷ đồng. Kết quả này "
            + "bằng 58% dự toán Trung ương giao, đạt 52% dự toán HĐND tỉnh giao, tăng 14% so với cùng kỳ.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.count == 1)
        #expect(revenue.first?.value == 2310)
        #expect(revenue.first?.pctOfPlan == [PlanComparison(pct: 58, authority: .central),
                                             PlanComparison(pct: 52, authority: .provincialCouncil)])
        #expect(revenue.first?.yoyPct == 14)
        // (shares alone, no change)
        let shares = "Năm 2023, doanh thu du lịch tỉnh Hà Nam đạt 1.150 tỷ đồng. Con số này đạt 104% kế hoạch năm.\n"
        let tourism = figures(try extract(shares), "tourism_revenue")
        #expect(tourism.map(\.value) == [1150])
        #expect(tourism.first?.pctOfPlan == [PlanComparison(pct: 104, authority: .plan)])
        // (a rate of its own is no restatement: the growth before keeps no shares)
        let rate = "Năm 2023, GRDP tỉnh Hà Nam tăng 7,1%. Kết quả này đạt 95% kế hoạch.\n"
        #expect(figures(try extract(rate), "grdp_growth").first?.pctOfPlan == [])
    }

    @Test func aDistrictNamedWithItsLevelWordIsThatDistrictWhenWrittenAlone() throws {
        let text = "Ngày 15/3/2024, UBND tỉnh Sóc Trăng cho biết: đối với huyện Trần Đề, người dân đã chuyển đổi cây trồng. Năm 2023, "
            + "thu nhập bình quân đầu người của Trần Đề đạt 61 triệu đồng/người/năm, tỷ lệ hộ nghèo giảm còn 2,9%.\n"
        let result = try extract(text)
        #expect(figures(result, "per_capita_income").map(\.jurisdiction.description) == ["district:Trần Đề"])
        #expect(figures(result, "poverty_rate").map(\.jurisdiction.description) == ["district:Trần Đề"])
        // (never named with "huyện": the name alone stays no place of its own)
        let alone = "Ngày 15/3/2024, UBND tỉnh Sóc Trăng cho biết: năm 2023, thu nhập bình quân đầu người của Trần Đề đạt 61 triệu "
            + "đồng/người/năm.\n"
        #expect(figures(try extract(alone), "per_capita_income").map(\.jurisdiction.description) == ["province:Sóc Trăng"])
        // (the next of two districts listed: their figure is neither's alone)
        let listed = "Ngày 15/3/2024, UBND tỉnh Sóc Trăng cho biết: huyện Cù Lao Dung phát triển mạnh. Năm 2023, tỷ lệ hộ nghèo của hai "
            + "huyện Trần Đề và Cù Lao Dung giảm còn 3,1%.\n"
        #expect(figures(try extract(listed), "poverty_rate").map(\.jurisdiction.description) != ["district:Cù Lao Dung"])
    }

    @Test func aGrowthWithAnAdverbBeforeTheSizeItReachesIsTheGrowth() throws {
        let text = "Năm 2021, tổng sản phẩm (GRDP) tỉnh Vĩnh Phúc tăng nhẹ 2,3% với quy mô xếp thứ 12 cả nước, đạt 91.400 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "grdp_growth").map(\.value) == [2.3])
        #expect(figures(result, "grdp_value").map(\.value) == [91400])
    }

    @Test func anotherProvinceOpeningTheNextSentenceWithTheSameVerbTakesTheFigureBefore() throws {
        let text = "9 tháng năm 2024, tăng trưởng GRDP của Hậu Giang đạt 6,8% - cao nhất vùng. Sóc Trăng đạt 6,1% - thấp hơn cùng kỳ.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map { "\($0.value!) \($0.jurisdiction)" } == ["6.8 province:Hậu Giang", "6.1 province:Sóc Trăng"])
        // (a number of another unit is no figure of it)
        let other = "9 tháng năm 2024, tăng trưởng GRDP của Hậu Giang đạt 6,8%. Sóc Trăng đạt 1.200 tỷ đồng.\n"
        #expect(figures(try extract(other), "grdp_growth").count == 1)
    }

    @Test func aFormerUnitWhoseFiguresASentenceGivesStaysTheirPlaceAfterIt() throws {
        let text = "Theo Sở Du lịch tỉnh Đắk Lắk, 9 tháng năm 2025, tổng lượt khách đến Phú Yên (cũ) đạt 3,1 triệu lượt. Tổng thu "
            + "từ khách du lịch đạt 5.200 tỉ đồng.\nTổng thu từ khách du lịch của tỉnh đạt 9.000 tỉ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.map { "\($0.value!) \($0.jurisdiction)" } == ["5200.0 province:Phú Yên", "9000.0 province:Đắk Lắk"])
    }

    @Test func aShareOfPlanAfterTheSemicolonStillDescribesTheFigureBefore() throws {
        let text = "Năm 2022, tổng thu ngân sách nhà nước trên địa bàn tỉnh Nam Định đạt 6.100 tỷ đồng, vượt 12,5% dự toán Trung ương "
            + "giao, tăng 8% so với năm 2021; vượt 5% dự toán phấn đấu của tỉnh.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [6100])
        #expect(revenue.first?.pctOfPlan.map(\.pct) == [112.5, 105])
    }

    @Test func aPlannedRateWithAPeriodOfItsOwnInBracketsIsNoRateOfTheBracketsOpeningPeriod() throws {
        let text = "Ngày 29/8/2025, tỉnh Bạc Liêu cho biết kinh tế phát triển khá tốt, tăng trưởng duy trì mức khá (6 tháng đầu năm "
            + "2025, GRDP tăng 6,9%, dự kiến cả năm tăng 8%).\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(!growth.contains { $0.value == 8 && $0.period == Period(.half(year: 2025, half: 1)) })
    }

    @Test func aSpecialZoneThatIsTheSubjectOfAnEarlierClauseScopesTheClauseAfterTheSemicolon() throws {
        let text = "Chiều 20-10-2025, lãnh đạo Sở Du lịch tỉnh Khánh Hòa cho biết 9 tháng năm 2025, đặc khu Trường Sa đã đón 12.000 "
            + "lượt khách; tổng thu đạt gần 90 tỷ đồng.\n"
        #expect(figures(try extract(text), "tourism_revenue").map(\.jurisdiction.description) == ["special_zone:Trường Sa"])
        // (not a clause with a named subject of its own)
        let site = "Chiều 20-10-2025, Sở Du lịch tỉnh Hà Giang cho biết 9 tháng năm 2025, huyện Đồng Văn đón 342.000 lượt khách; "
            + "Khu di tích Nhà Vương đón 158.200 lượt khách.\n"
        #expect(!figures(try extract(site), "tourist_arrivals").contains { $0.value == 158200 && $0.jurisdiction.description == "district:Đồng Văn" })
    }

    @Test func aRateAloneInBracketsAfterARiseAndItsMannerIsTheChange() throws {
        let text = "Năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh Long An tăng khá (11,2%) so với năm 2023.\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.map(\.yoyPct) == [11.2])
        #expect(retail.first?.value == nil)
    }

    @Test func aStockToldNowInAnUndatedTextIsNoFigureOfAYearLookedBackTo() throws {
        let text = "Năm 2012, khi bắt đầu triển khai thực hiện Chương trình, tỉnh Thái Bình đạt bình quân 5,9 tiêu chí/xã; tỉ lệ hộ "
            + "nghèo khu vực nông thôn năm 2011 là 9,8%.\nĐến nay, 61/207 xã đạt chuẩn nông thôn mới nâng cao.\n"
        let result = try extract(text)
        #expect(figures(result, "ntm_advanced_communes").isEmpty)
        #expect(figures(result, "poverty_rate").map { $0.period! } == [Period(.year(2011))])
    }

    @Test func theRateAfterTheHouseholdsThatLeftPovertyIsTheFallOfThePovertyRate() throws {
        let bracketed = "Năm 2021, toàn tỉnh Cao Bằng giảm 2.150 hộ nghèo (2,4%) so với đầu năm.\n"
        #expect(figures(try extract(bracketed), "poverty_rate_reduction_avg").map(\.value) == [2.4])
        let compared = "Năm 2021, tỉnh Hà Giang giảm hơn 5.100 hộ nghèo so với năm 2020 (giảm 4,1%).\n"
        #expect(figures(try extract(compared), "poverty_rate_reduction_avg").map(\.value) == [4.1])
        let left = "Năm 2021, huyện Tràng Định có 512 hộ thoát nghèo, tỷ lệ giảm 3,2%.\n"
        let fall = figures(try extract(left), "poverty_rate_reduction_avg")
        #expect(fall.map { "\($0.value!) \($0.jurisdiction)" } == ["3.2 district:Tràng Định"])
        // (households that became poor, or a share of something else, are no fall)
        let other = "Năm 2021, tỉnh Cao Bằng có 2.150 hộ cận nghèo (2,4%).\n"
        #expect(figures(try extract(other), "poverty_rate_reduction_avg").isEmpty)
    }
}
