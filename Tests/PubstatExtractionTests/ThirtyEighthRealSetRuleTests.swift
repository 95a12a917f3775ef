import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from what the thirty-seventh round of real sets left noticed in its opened halves. Every sentence is
/// invented.
@Suite struct ThirtyEighthRealSetRuleTests {
    @Test func aQuarterWhoseYearIsNeverWrittenDatesNothing() throws {
        // (the span's last year is no quarter's year; the figure is held back, not dated wrong)
        let text = "Tỉnh Sơn La: quý I, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) của tỉnh ước đạt 8,1%. Tốc độ tăng trưởng "
            + "ngành nông nghiệp bình quân giai đoạn 2021-2024 đạt 4,8%/năm. Quý I, tốc độ tăng trưởng khu vực nông, lâm nghiệp và "
            + "thủy sản ước đạt 5,9%.\n"
        let found = try extract(text)
        #expect(found.figures.allSatisfy { $0.value != 5.9 })
        // (with the year written, the quarter is read)
        let dated = text.replacingOccurrences(of: "Sơn La: quý I,", with: "Sơn La: quý I/2025,")
        #expect(figures(try extract(dated), "grdp_sector_growth").map { $0.period.map { "\($0)" } } == ["2021/2024", "2025-Q1"])
    }

    @Test func capitalAttractedIsNoVisitors() throws {
        let text = "Năm 2019, tỉnh Bắc Ninh thu hút vốn FDI tăng 12,5%. Năm 2020, tỉnh phấn đấu thu hút được 900 triệu vốn FDI.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
        // (visitors attracted are still arrivals)
        let visitors = "Năm 2019, tỉnh Bắc Ninh thu hút được 1,2 triệu lượt khách.\n"
        #expect(figures(try extract(visitors), "tourist_arrivals").map(\.value) == [1_200_000])
    }

    @Test func aRateOfTheSameMonthsOfAnEarlierYearIsThatPeriods() throws {
        // ("cùng kỳ" with the year written with or without "năm")
        for year in ["2020", "năm 2020"] {
            let text = "9 tháng đầu năm 2021, tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh Cao Bằng ước đạt 4,2% (thấp hơn mức tăng "
                + "6,4% của cùng kỳ \(year)).\n"
            let growth = figures(try extract(text), "grdp_growth")
            #expect(growth.map(\.value) == [4.2, 6.4])
            #expect(growth.map { $0.period.map { "\($0)" } } == ["2021-9M", "2020-9M"])
        }
    }

    @Test func anUndatedLeadsFigureIsOfTheFirstMonthsReportedNext() throws {
        let text = "Kinh tế tỉnh Trà Vinh giữ đà tăng trưởng, GRDP ước tính 6,1%\n\nTrong bối cảnh còn nhiều khó khăn, kinh tế tỉnh Trà Vinh "
            + "vẫn tăng trưởng, tốc độ tăng trưởng GRDP ước tính 6,1%.\n\nTại hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu "
            + "năm 2024, lãnh đạo tỉnh cho biết khu vực dịch vụ tăng 5,2%.\n"
        #expect(figures(try extract(text), "grdp_growth").map { $0.period.map { "\($0)" } } == ["2024-H1"])
        // (a whole year reported next dates nothing this way)
        let year = text.replacingOccurrences(of: "6 tháng đầu năm 2024", with: "năm 2024")
        #expect(figures(try extract(year), "grdp_growth").allSatisfy { $0.period.map { "\($0)" } != "2024-H1" })
    }

    @Test func aRateInBracketsAfterAComparedYearIsThatYearsRateOfTheCountsShare() throws {
        let text = "Năm 2020, huyện Phong Điền còn 310 hộ nghèo, chiếm tỷ lệ 1,2%, thấp hơn nhiều so với năm 2015 (6,4%).\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.value) == [1.2, 6.4])
        #expect(rates.map { $0.period.map { "\($0)" } } == ["2020", "2015"])
    }

    @Test func aTextNamingOnlyTheGoalsYearReportsTheYearBefore() throws {
        let text = "Tốc độ tăng trưởng kinh tế của tỉnh Hưng Yên tăng 7,9%, cao nhất từ đầu nhiệm kỳ đến nay. Tổng thu ngân sách ước đạt 21.300 tỷ "
            + "đồng. Đây là nền tảng cho thực hiện các mục tiêu, nhiệm vụ năm 2020.\n\nNăm 2020, tỉnh sẽ tiếp tục cải thiện môi trường "
            + "đầu tư. Phấn đấu tổng thu ngân sách đạt 23.000 tỷ đồng.\n"
        let found = try extract(text)
        #expect(figures(found, "grdp_growth").map { $0.period.map { "\($0)" } } == ["2019"])
        #expect(figures(found, "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2019", "2020-target"])
        // (a text that says "năm 2020 này", this year, is written in it)
        let thisYear = text.replacingOccurrences(of: "Năm 2020, tỉnh sẽ", with: "Năm 2020 này, tỉnh sẽ")
        #expect(figures(try extract(thisYear), "grdp_growth").map { $0.period.map { "\($0)" } } == ["2020"])
    }

    @Test func aGoalSetAsARangeAfterAFigureIsItsPlan() throws {
        let text = "Năm 2022, tổng sản phẩm trong nước (GDP) tăng 7,1%, vượt chỉ tiêu Quốc hội giao trong khoảng 6,0-6,5%.\n"
        let plans = figures(try extract(text), "gdp_growth").filter { $0.kind == .plan }
        #expect(plans.map(\.value) == [6.0])
        // (a figure after a goal with no "giao" is not the goal's)
        let unset = text.replacingOccurrences(of: "chỉ tiêu Quốc hội giao trong", with: "mức tăng trong")
        #expect(figures(try extract(unset), "gdp_growth").allSatisfy { $0.kind != .plan })
    }
}
