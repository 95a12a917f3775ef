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
}
