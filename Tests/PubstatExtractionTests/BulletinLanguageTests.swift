import PubstatModel
import Testing
@testable import PubstatExtraction

/// Rules of bulletin language that decide period, kind and whether a number is a figure at all.
/// Every sentence here is invented.
@Suite struct BulletinLanguageTests {
    @Test func thresholdsPassedByCountedSubjectsAreNotFigures() throws {
        let text = "Năm 2022, cả nước có 12 tỉnh ghi nhận tốc độ tăng trưởng GRDP trên 8%. Quảng Ninh dẫn đầu với GRDP tăng 10,3%."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [10.3])
        #expect(growth.first?.jurisdiction == Jurisdiction(.province, "Quảng Ninh"))
    }

    @Test func aValueBeforeARunningTotalIsTheMonths() throws {
        let text = """
        (Ngày đăng :02/07/2023 8:00:00 SA)
        Trong 6 tháng đầu năm 2023, tỉnh Sơn La có nhiều chỉ tiêu tăng khá: kim ngạch xuất khẩu đạt 21,5 triệu USD; lũy kế 6 tháng đạt 118,4 triệu USD, tăng 9,2% so với cùng kỳ.
        """
        let exports = figures(try extract(text), "export_value")
        #expect(exports.map { $0.period?.description } == ["2023-06", "2023-H1"])
        #expect(exports.map(\.yoyPct) == [nil, 9.2])
    }

    @Test func aLevelWithAnAverageAnnualChangeCoversTheElapsedSpan() throws {
        let text = """
        Thứ hai, 04/09/2023 - 09:00
        Giai đoạn 2021 - 2025, ngành du lịch tỉnh Hà Giang có nhiều khởi sắc. Tổng lượt khách du lịch đến tỉnh đạt khoảng 3,1 triệu lượt, tăng bình quân 21,4%/năm.
        """
        let f = try #require(figures(try extract(text), "tourist_arrivals").first)
        #expect(f.period?.description == "2021/2023")
        #expect(f.value == 3_100_000 && f.yoyPct == 21.4 && f.qualifier == .approx && f.kind == .actual)
    }

    @Test func nowInAnUndatedTextFollowsTheLastReportedYear() throws {
        let text = "Năm 2016, thu ngân sách trên địa bàn tỉnh Bắc Kạn đạt 600 tỷ đồng. Thu nhập bình quân đầu người đến nay đạt 25 triệu đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").first?.period?.description == "2016")
        #expect(figures(r, "per_capita_income").first?.period?.description == "2017")
    }

    @Test func aRestatedEstimateIsKeptOnce() throws {
        let text = """
        Thứ tư, 02/10/2024 - 09:00
        Tổng sản phẩm trên địa bàn tỉnh Lào Cai (GRDP) 9 tháng đầu năm 2024 theo giá so sánh năm 2010 ước đạt 42.100 tỷ đồng, tăng 6,8% so với cùng kỳ. Tốc độ tăng trưởng GRDP của tỉnh Lào Cai tăng 6,8%, cao hơn mức chung cả nước.
        """
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.count == 1)
        #expect(growth.first?.kind == .estimate && growth.first?.period?.description == "2024-9M")
        #expect(figures(r, "grdp_value").first?.priceBasis == "constant_2010")
    }

    @Test func anEstimateWordBetweenTheSubjectAndItsVerbKeepsTheSubject() throws {
        let text = "Năm 2023, tỉnh Bình Định ước đón 6 triệu lượt khách, trong đó, khách quốc tế ước đón 410.000 lượt khách."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [410_000])
        #expect(figures(r, "tourist_arrivals").map(\.value) == [6_000_000])
    }

    @Test func percentagePointsAreARatesFallAndNeverARelativeChange() throws {
        let r = try extract("Năm 2022, tỷ lệ hộ nghèo của tỉnh Lai Châu giảm từ 30,2% xuống còn 26,1%, tương ứng giảm 4,1 điểm phần trăm; "
            + "tỷ trọng dịch vụ chiếm 45% GRDP, tăng 0,8 điểm phần trăm.")
        #expect(figures(r, "poverty_rate_reduction_avg").map(\.value) == [4.1])
        // points of a share are no growth of GRDP
        #expect(figures(r, "grdp_growth").isEmpty)
        let share = try extract("Năm 2022, tỷ lệ xã đạt chuẩn nông thôn mới của tỉnh Lai Châu là 40,5%, tăng 3,2 điểm phần trăm so với năm 2021.")
        #expect(figures(share, "ntm_communes_share").map(\.value) == [40.5])
        #expect(figures(share, "ntm_communes_share").first?.yoyPct == nil)
        // a margin over the plan in points is no share of the plan
        let margin = try extract("Năm 2022, tỷ lệ hộ nghèo của tỉnh Lai Châu giảm 4,1 điểm phần trăm, vượt 0,6 điểm phần trăm so với chỉ tiêu HĐND tỉnh giao.")
        #expect(figures(margin, "poverty_rate_reduction_avg").map(\.value) == [4.1])
        #expect(figures(margin, "poverty_rate_reduction_avg").first?.pctOfPlan == [])
    }

    @Test func anEstimatesSentenceInARunningReportIsItsYears() throws {
        let text = "BỘ TÀI CHÍNH\nHà Nội, ngày 02/10/2017\nTổng thu cân đối ngân sách nhà nước 9 tháng ước đạt 880.000 tỷ đồng. "
            + "Dự toán thu ngân sách nhà nước năm 2017 được Quốc hội quyết định là 1.212.180 tỷ đồng."
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map(\.value) == [880_000, 1_212_180])
        #expect(budget.map { $0.period?.description } == ["2017-9M", "2017"])
        #expect(budget.map(\.kind) == [.estimate, .plan])
    }

    @Test func countsOfUnitsListedBeforeOneCueShareIt() throws {
        let r = try extract("UBND TỈNH BẾN TRE\nĐến cuối năm 2022, toàn tỉnh có 3 huyện, 71/134 xã hoàn thành mục tiêu xây dựng nông thôn mới.")
        #expect(figures(r, "ntm_districts").map(\.value) == [3])
        #expect(figures(r, "ntm_communes").map(\.value) == [71])
        // a count of the same unit is not a list of units
        let same = try extract("UBND TỈNH BẾN TRE\nNăm 2022, tỉnh có 12 xã, 5 xã đạt chuẩn nông thôn mới.")
        #expect(figures(same, "ntm_communes").map(\.value) == [5])
    }

    @Test func visitorsInAClauseAboutTourismAreTouristArrivals() throws {
        let r = try extract("UBND TỈNH NINH BÌNH\nNăm 2024, tỉnh đón 8,1 triệu lượt khách, trong đó riêng tham quan du lịch Tràng An là 2,3 triệu lượt khách.")
        #expect(figures(r, "tourist_arrivals").map(\.value) == [8_100_000, 2_300_000])
        #expect(figures(r, "tourist_arrivals").map(\.scope) == [nil, "site:Tràng An"])
        // travellers going abroad are no arrivals
        let abroad = try extract("TỔNG CỤC THỐNG KÊ\nNăm 2024, khách Việt Nam đi du lịch nước ngoài đạt 5,9 triệu lượt.")
        #expect(figures(abroad, "tourist_arrivals").isEmpty)
    }

    @Test func aRatesFallBetweenTwoDatedEnds() throws {
        let text = "UBND TỈNH HÀ GIANG\nNgày 10/6/2024\nTỷ lệ hộ nghèo toàn tỉnh từ 40,12% (theo kết quả rà soát cuối năm 2020) giảm xuống còn 28,9% "
            + "vào cuối năm 2023, bình quân mỗi năm giảm 3,74%. Riêng năm 2023 giảm 3,1%."
        let r = try extract(text)
        // each value at its own date, the average over the years between them, a single year's fall counted positive
        #expect(figures(r, "poverty_rate").map { "\($0.value!) \($0.period!)" } == ["40.12 2020", "28.9 2023"])
        #expect(figures(r, "poverty_rate_reduction_avg").map { "\($0.value!) \($0.period!)" } == ["3.74 2021/2023", "3.1 2023"])
    }

    @Test func whatAFallingRateComesDownToInTheNextClauseIsTheRate() throws {
        let text = "UBND TỈNH LÂM ĐỒNG\nNgày 10/10/2025\nGiai đoạn 2021 - 2025, tỷ lệ hộ nghèo đa chiều giảm bình quân 1,15%/năm; ước đến cuối năm 2025 còn 1,38%."
        let r = try extract(text)
        #expect(figures(r, "poverty_rate_reduction_avg").map(\.value) == [1.15])
        #expect(figures(r, "poverty_rate").map { "\($0.value!) \($0.period!) \($0.kind)" } == ["1.38 2025 estimate"])
    }

    @Test func aTotalOverASpanInTheNextClauseRestatesTheIndicator() throws {
        let text = "UBND TỈNH QUẢNG TRỊ\nNgày 9/8/2018\nTổng thu ngân sách nhà nước trên địa bàn năm 2018 dự kiến đạt 2.600 tỷ đồng; tổng thu giai đoạn 2016-2018 là 7.250 tỷ đồng."
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map { "\($0.value!) \($0.period!)" } == ["2600.0 2018", "7250.0 2016/2018"])
    }

    @Test func anInfographicsArrowsAndItsGoalYear() throws {
        let text = "KINH TẾ TỈNH HƯNG YÊN NĂM 2022\nBáo Hưng Yên | 06/01/2023\n\n📈 GRDP ↑ 7,8%\n🛍 Dịch vụ ↓ 1,2%\n\n🎯 MỤC TIÊU 2023: GRDP ↑ 8,5% | Thu NSNN 21.000 tỷ đồng\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { "\($0.value!) \($0.period!)" } == ["7.8 2022", "8.5 2023-target"])
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2023-target"])
        // an arrow down is a fall
        let fall = try extract("UBND TỈNH HƯNG YÊN\nNăm 2022, kim ngạch nhập khẩu đạt 4,1 tỷ USD ↓ 1,3%.")
        #expect(figures(fall, "import_value").first?.yoyPct == -1.3)
    }

    @Test func meetingTheStandardAloneInATextAboutNewRuralAreas() throws {
        let text = "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nĐến cuối năm 2021, cả nước có 5.300 xã đạt chuẩn nông thôn mới. "
            + "TP. Cần Thơ có 36/36 xã đạt chuẩn. Nam Định có 9/10 đơn vị cấp huyện đạt chuẩn. Hà Nam phấn đấu có thêm 2 đơn vị cấp huyện đạt chuẩn."
        let r = try extract(text)
        #expect(figures(r, "ntm_communes").map(\.value) == [5_300, 36])
        #expect(figures(r, "ntm_districts").map(\.value) == [9])
        // in a text that never speaks of new rural areas, "đạt chuẩn" alone names no standard
        let health = try extract("UBND TỈNH HÀ NAM\nNăm 2021, tỉnh có 98 xã đạt chuẩn.")
        #expect(figures(health, "ntm_communes").isEmpty)
    }
}
