import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on a real set (`realcheck20`, kept outside the repository, opened after its
/// cold score) while two others (`rc18b`, `realcheck21`) stayed blind: a quarter told only by the rate it is set
/// against, a sector set beside another with "trong khi", "Sau N tháng", a headline on a page whose clock shows
/// another year, an archive line's month, sectors listed with a colon and their plans in brackets, product lines,
/// a rounded change in a headline, an average over past years, what a part brings the whole to, a goal's year
/// written after its values, visitors counted as "khách du lịch". Every sentence is invented.
@Suite struct FourteenthRealSetRuleTests {
    @Test func aQuarterToldOnlyByTheRateSetAgainstIsTheFiguresQuarter() throws {
        let text = " date 2025-04 Cụ thể, GRDP của tỉnh Quảng Trị ước tính tăng 6,72% so với cùng kỳ năm trước, cao hơn mức tăng 4,84% "
            + "của quý I/2024. Khu vực dịch vụ tăng 7,29%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2025-Q1", "2024-Q1"])
        #expect(figures(r, "grdp_sector_growth").map { $0.period?.description } == ["2025-Q1"])
        // a year's rate set against a year's says nothing of quarters
        let year = " date 2025-01 Cụ thể, GRDP của tỉnh Quảng Trị ước tính tăng 6,72%, cao hơn mức tăng 4,84% của năm 2023.\n"
        #expect(figures(try extract(year), "grdp_growth").first?.period?.description == "2025")
    }

    @Test func aSectorSetBesideAnotherWithWhileIsASectorToo() throws {
        let text = "Quý I/2025, GRDP tỉnh Quảng Trị tăng 6,72%. Ngành công nghiệp chế biến, chế tạo tăng 4,89%, trong khi ngành sản xuất "
            + "và phân phối điện tăng 13,86%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_sector_growth").compactMap(\.sector) == ["manufacturing", "electricity"])
    }

    @Test func monthsGoneByAfterSauAreARunningTotal() throws {
        let text = "Tháng 5/2015, kim ngạch xuất khẩu của tỉnh Phú Thọ ước đạt 80 triệu USD. Sau 5 tháng, kim ngạch nhập khẩu của tỉnh "
            + "ước đạt 327,1 triệu USD.\n"
        #expect(figures(try extract(text), "import_value").first?.period?.description == "2015-5M")
        // the months of something else are no running total
        let other = "Năm 2023, tỉnh Phú Thọ đón 2,1 triệu lượt khách. Sau 6 tháng triển khai, tỉnh đón thêm 300.000 lượt khách.\n"
        #expect(figures(try extract(other), "tourist_arrivals").map { $0.period?.description } == ["2023", "2023"])
    }

    @Test func aHeadlineOnAPageWhoseClockShowsAnotherYearRestatesTheBody() throws {
        let text = "Thứ năm 26/02/2026 05:03\n\nThanh Hóa: Thu ngân sách 4 tháng đầu năm đạt trên 16.300 tỷ đồng\n\n"
            + "Theo Sở Tài chính, trong tháng 4/2025, tổng thu ngân sách nhà nước của tỉnh Thanh Hóa ước đạt 3.389 tỷ đồng.\n\n"
            + "Lũy kế 4 tháng đầu năm 2025, tổng thu ngân sách nhà nước của tỉnh ước đạt 16.307 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2025-04", "2025-4M"])
    }

    @Test func theArchiveLinesMonthCountsNothing() throws {
        let text = " date 2024-12 Du khách đến tỉnh Lâm Đồng năm 2024 đạt 10 triệu lượt.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map(\.value) == [10_000_000])
    }

    @Test func sectorsListedWithAColonCarryTheirPlansInBrackets() throws {
        let text = "Năm 2020, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Hậu Giang đạt 4,53%. Trong đó, khu vực nông - lâm - ngư nghiệp: "
            + "3,09% (kế hoạch 2,7%), khu vực công nghiệp - xây dựng: 14,62% (kế hoạch 11,53%).\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [3.09, 2.7, 14.62, 11.53])
        #expect(sectors.map(\.kind) == [.actual, .plan, .actual, .plan])
        #expect(sectors.compactMap(\.sector) == ["agriculture_forestry_fishery", "agriculture_forestry_fishery",
                                                 "industry_construction", "industry_construction"])
        // a colon under a level is no growth
        let shares = "Năm 2020, GRDP của tỉnh Hậu Giang đạt 40.000 tỷ đồng. Cơ cấu: khu vực dịch vụ: 40%.\n"
        #expect(figures(try extract(shares), "grdp_sector_growth").isEmpty)
    }

    @Test func aProductLinesExportsAreNoProvinceTotal() throws {
        let text = "Quý I/2021, tổng kim ngạch xuất khẩu của tỉnh Đồng Tháp đạt 283 triệu USD. Ngành hàng gạo có giá trị xuất khẩu tăng "
            + "hơn 83% về giá trị.\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [283])
    }

    @Test func aHeadlinesRoundedChangeRestatesTheBodys() throws {
        let text = "Doanh thu bán lẻ hàng hóa tăng hơn 12%\n\nTheo Cục Thống kê tỉnh Hải Dương, doanh thu bán lẻ hàng hóa 6 tháng "
            + "năm 2022 ước đạt 33.320 tỷ đồng, tăng 12,3% so với cùng kỳ năm trước.\n"
        #expect(figures(try extract(text), "retail_sales").map(\.value) == [33_320])
    }

    @Test func aChangeAloneOverPastYearsIsAnAverageNoFigure() throws {
        let text = "Năm 2016, kim ngạch xuất khẩu của tỉnh Bắc Ninh đạt 22.809 triệu USD. Tính chung, bình quân mỗi năm từ 1997-2016, "
            + "kim ngạch xuất khẩu của Bắc Ninh tăng 42%.\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [22_809])
        // a goal over years ahead stays
        let goal = "Giai đoạn 2026-2030, tỉnh Bắc Ninh phấn đấu kim ngạch xuất khẩu tăng bình quân 10%/năm.\n"
        #expect(figures(try extract(goal), "export_value").count == 1)
    }

    @Test func whatAPartBringsTheWholeToIsTheWhole() throws {
        let text = "Năm 2010, với sự tham gia của các doanh nghiệp FDI đã đưa kim ngạch xuất khẩu hàng hóa của Bắc Ninh đạt 2.451 triệu USD.\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [2_451])
        let part = "Năm 2010, doanh nghiệp FDI có kim ngạch xuất khẩu của Bắc Ninh đạt 2.000 triệu USD.\n"
        #expect(figures(try extract(part), "export_value").isEmpty)
    }

    @Test func aGoalsYearWrittenAfterItsValuesIsTheGoals() throws {
        let text = "Năm 2013, lượng khách du lịch đến Điện Biên ước đạt 380,5 ngàn lượt. Với mục tiêu đón trên 130 nghìn lượt du khách "
            + "quốc tế và 500 nghìn khách du lịch nội địa, tổng thu nhập xã hội từ du lịch đạt 600 tỷ đồng vào năm 2015, tỉnh sẽ "
            + "nâng cao chất lượng dịch vụ.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_international").map { $0.period?.description } == ["2015-target"])
        #expect(figures(r, "tourist_arrivals_domestic").map(\.value) == [500_000])
        #expect(figures(r, "tourism_revenue").map { $0.period?.description } == ["2015-target"])
    }

    @Test func visitorsCountedAsTourismGuestsKeepTheirQualifier() throws {
        let text = "Năm 2013, tỉnh Điện Biên đón 500 nghìn khách du lịch nội địa.\n"
        #expect(figures(try extract(text), "tourist_arrivals_domestic").map(\.value) == [500_000])
    }
}
