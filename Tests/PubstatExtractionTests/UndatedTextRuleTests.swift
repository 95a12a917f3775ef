import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules for texts with no date of their own (an excerpt cut from a page, an article without its
/// dateline): the year comes from what the text itself says, or the figures are held back.
/// Written in the sixth session (after batch 4, before batch 5 was scored).
@Suite struct UndatedTextRuleTests {
    @Test func aTextNamingOneYearSpeaksOfItThroughout() throws {
        let text = "Chỉ tiêu đạt kế hoạch: thu ngân sách nhà nước trên địa bàn tỉnh Bình Thuận ước đạt 9.100 tỷ đồng, "
            + "đạt 101% KH; tốc độ tăng trưởng GRDP 7,2% (KH 7-7,5%). Có 41/93 xã đạt chuẩn nông thôn mới, trong đó năm 2022 đạt 3 xã."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2022"])
        #expect(figures(r, "grdp_growth").first?.period?.description == "2022")
    }

    @Test func aSecondYearLeavesTheUndatedItemsUnknown() throws {
        let text = "Thu ngân sách nhà nước trên địa bàn tỉnh Bình Thuận ước đạt 9.100 tỷ đồng, đạt 101% KH. "
            + "Đến năm 2022 có 41 xã đạt chuẩn nông thôn mới, tăng 5 xã so với năm 2020."
        #expect(figures(try extract(text), "budget_revenue_on_territory").isEmpty)
    }

    @Test func formerProvincesSetApartDateAnUndatedTextToTheReorganisation() throws {
        let text = "Quý III năm nay, tổng sản phẩm trên địa bàn tỉnh Lâm Đồng (mới) ước tăng 8,1%. "
            + "Xét theo địa phương cũ, tỉnh Lâm Đồng (cũ) tăng 8,4%; tỉnh Đắk Nông tăng 7,6%."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2025-Q3", "2025-Q3", "2025-Q3"])
    }

    @Test func withoutFormerUnitsThisYearStaysUnknown() throws {
        let text = "Quý III năm nay, tổng sản phẩm trên địa bàn tỉnh Lâm Đồng ước tăng 8,1%."
        #expect(figures(try extract(text), "grdp_growth").isEmpty)
    }

    // MARK: rules written from the sixth invented batch's first half (079–085)

    @Test func aTextAboutAProvincialCityThatSpeaksOfTinhIsAboutItsProvince() throws {
        let text = "Trong 8 tháng năm 2017, bãi biển ở TP Đồng Hới đông khách. "
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 8 tháng của tỉnh ước đạt 15.000 tỷ đồng."
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.map(\.jurisdiction) == [Jurisdiction(.province, "Quảng Bình")])
        // a text about the city itself, speaking of "thành phố", stays the city's
        let city = try extract("Năm 2024, tổng thu ngân sách trên địa bàn thành phố Pleiku đạt 1.500 tỷ đồng; thành phố đón 1 triệu lượt khách.")
        #expect(figures(city, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.city, "Pleiku")])
    }

    @Test func theFirstHalfOfTheYearInWords() throws {
        let text = "6 tháng đầu năm 2019, kim ngạch xuất khẩu của tỉnh Lạng Sơn đạt 1,2 tỷ USD. "
            + "Cũng trong nửa đầu năm, tỉnh đón khoảng 1,4 triệu lượt khách du lịch."
        #expect(figures(try extract(text), "tourist_arrivals").map { $0.period?.description } == ["2019-H1"])
    }

    @Test func thisYearOfAnUndatedTextReportingPartOfAYear() throws {
        let text = "Trong 8 tháng năm 2017, tỉnh Quảng Bình đón 3 triệu lượt khách. "
            + "Ông Lợi nói: \"Năm 2016, cả năm chỉ đạt 2,7 triệu lượt khách. Năm nay ngành đặt kế hoạch đón 3,5 triệu lượt khách\"."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.last?.value == 3_500_000)
        #expect(arrivals.last?.period?.description == "2017")
    }
}
