import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the fourteenth batch and the second half of the sixteenth (191–204, 226–232), opened
/// after they were scored: months told as background, events scheduled ahead, January's cut-off, former units'
/// shares of a total, tables numbered by month, last year's rate set against this year's, revenue from trade,
/// counts of places passing a bound. Every sentence is invented.
@Suite struct EarlierRateAndMonthRowRuleTests {
    @Test func monthsToldAsBackgroundDoNotDateTheFiguresAfterThem() throws {
        let text = "UBND TỈNH BẾN TRE\nBến Tre, ngày 15 tháng 01 năm 2012\n\n"
            + "Năm 2011 khép lại với nhiều khó khăn, giá vật tư tăng cao, hạn mặn kéo dài trong tháng 3 và tháng 4. "
            + "Song toàn tỉnh đã vượt qua thử thách.\n\n"
            + "Tổng sản phẩm trong tỉnh (GRDP) tăng 9,5%; thu ngân sách trên địa bàn đạt 2.140 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2011"])
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2011"])
    }

    @Test func anEventScheduledAheadFramesNothingAfterIt() throws {
        let text = "CỤC THỐNG KÊ TỈNH NINH BÌNH\nNinh Bình, ngày 04 tháng 02 năm 2026\n\n"
            + "Tháng 01/2026, toàn tỉnh đón 820 nghìn lượt khách. Lễ hội hoa xuân dự kiến diễn ra vào tháng 11/2026.\n\n"
            + "Tính đến ngày 31/01/2026, thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng, bằng 9,1% dự toán."
        let r = try extract(text)
        let budget = try #require(figures(r, "budget_revenue_on_territory").first)
        // a cut-off at January's end dates January itself, not the first months of a year
        #expect(budget.period?.description == "2026-01")
        #expect(budget.asOf == CalendarDate(year: 2026, month: 1, day: 31))
    }

    @Test func aSumForAFormerUnitRestatesTheTotalNotItsLastPart() throws {
        let text = "THỐNG KÊ TỈNH NINH BÌNH\nNinh Bình, ngày 05 tháng 03 năm 2026\n\n"
            + "Tính đến ngày 28/02/2026, thu ngân sách nhà nước trên địa bàn đạt 3.100 tỷ đồng; trong đó thu nội địa 2.900 tỷ đồng, "
            + "thu tiền sử dụng đất 410 tỷ đồng. Theo địa bàn, khu vực Hà Nam cũ thu 1.020 tỷ đồng."
        let r = try extract(text)
        let former = figures(r, "budget_revenue_on_territory").filter { $0.jurisdiction == Jurisdiction(.province, "Hà Nam") }
        #expect(former.map(\.value) == [1_020])
        #expect(!figures(r, "budget_revenue_land_use").contains { $0.value == 1_020 })
    }

    @Test func aTableNumberedByMonthGivesEachMonthItsValueAndIndex() throws {
        let text = "SỞ DU LỊCH TỈNH PHÚ YÊN\nPhú Yên, ngày 10 tháng 01 năm 2016\n\n"
            + "Biểu 02: Khách du lịch theo tháng năm 2015\n"
            + "                                     Đơn vị: nghìn lượt khách\n"
            + "Tháng        Tổng số lượt khách        So với cùng kỳ (%)\n"
            + "1                  121,5                    103,2\n"
            + "2                  188,0                    110,4\n"
            + "3                   97,3                     98,5\n"
        let r = try extract(text)
        let months = figures(r, "tourist_arrivals")
        #expect(months.map { $0.period?.description } == ["2015-01", "2015-02", "2015-03"])
        #expect(months.map(\.value) == [121_500, 188_000, 97_300])
        #expect(months.map(\.yoyPct) == [3.2, 10.4, -1.5])
    }

    @Test func lastYearsRateSetAgainstThisYearsIsThatYearsFigure() throws {
        let text = "CỤC THỐNG KÊ TỈNH BẮC NINH\nBắc Ninh, ngày 28/12/2013\n\n"
            + "Năm 2013, GRDP của tỉnh ước tăng 8,1%, thấp hơn mức tăng 9,2% của năm trước."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.contains { $0.value == 9.2 && $0.period?.description == "2012" && $0.kind == .actual })
        #expect(growth.contains { $0.value == 8.1 && $0.period?.description == "2013" })
        // a bare "mức" after "cao hơn" sets the rate of the year named against it
        let bare = "UBND TỈNH TÂY NINH\nTây Ninh, ngày 26/12/2019\n\nNăm 2019, GRDP của tỉnh ước tăng 8,3%, cao hơn mức 7,4% của năm 2018."
        #expect(figures(try extract(bare), "grdp_growth").contains { $0.value == 7.4 && $0.period?.description == "2018" })
    }

    @Test func aBracketWithTheSamePeriodAndAColonIsThatPeriodsRate() throws {
        let text = "UBND TỈNH HÒA BÌNH\nHòa Bình, ngày 02/7/2024\n\n"
            + "6 tháng đầu năm 2024, tốc độ tăng trưởng GRDP ước đạt 6,5% (cùng kỳ 2023: 4,1%)."
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.contains { $0.value == 4.1 && $0.period?.description == "2023-H1" })
    }

    @Test func aBudgetsRevenueFromTradeIsNoTradeValue() throws {
        let text = "BỘ TÀI CHÍNH\n\nNăm 2014, thu nội địa ước đạt 600 nghìn tỷ đồng; "
            + "thu cân đối ngân sách từ hoạt động xuất, nhập khẩu ước đạt 150 nghìn tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "import_value").isEmpty)
        #expect(figures(r, "budget_revenue_import_export").map(\.value) == [150_000])
    }

    @Test func aNumberOfPlacesPassingABoundGivesNoPlaceAFigure() throws {
        let text = "Tăng trưởng GRDP năm 2018 của vùng: Bắc Ninh dẫn đầu, 9 địa phương tăng trên 8%\n\n"
            + "Năm 2018, GRDP tỉnh Bắc Ninh tăng 10,6%."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [10.6])
    }

    @Test func aListOfRelatedArticlesEndsTheArticle() throws {
        let text = "Năm 2018, thu ngân sách nhà nước trên địa bàn tỉnh Bắc Ninh đạt 27.000 tỷ đồng.\n\n"
            + "Bài liên quan:\n- 6 tỉnh thu ngân sách trên 40.000 tỷ đồng\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [27_000])
    }

    @Test func aDigestsSectionHeadingGivesItsPlaceToTheFiguresThatNameNone() throws {
        let text = "ĐIỂM TIN KINH TẾ VÙNG TÂY NGUYÊN\nThứ Hai, 06/10/2025\n\n"
            + "▪ Gia Lai: Xuất khẩu 9 tháng đạt 1,9 tỷ USD\n"
            + "Kim ngạch xuất khẩu 9 tháng năm 2025 của tỉnh Gia Lai ước đạt 1.905 triệu USD.\n\n"
            + "▪ Lâm Đồng: Thu ngân sách đạt 80% dự toán\n"
            + "Tính đến ngày 30/9/2025, thu ngân sách nhà nước trên địa bàn tỉnh Lâm Đồng đạt 21.400 tỷ đồng. "
            + "Doanh thu du lịch 9 tháng ước đạt 18.300 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourism_revenue").map(\.jurisdiction) == [Jurisdiction(.province, "Lâm Đồng")])
        #expect(figures(r, "export_value").allSatisfy { $0.jurisdiction == Jurisdiction(.province, "Gia Lai") })
    }

    @Test func aTableOfYearsGivesEachRowItsYear() throws {
        let text = "UBND TỈNH HƯNG YÊN\n\nMột số chỉ tiêu giai đoạn 2019 - 2021:\n"
            + "Năm\tTăng trưởng GRDP (%)\tXuất khẩu (triệu USD)\n"
            + "2019\t8,4\t3.850\n2020\t6,1\t4.020\n2021\t7,2\t4.610\n"
        let r = try extract(text)
        let exports = figures(r, "export_value")
        #expect(exports.map { $0.period?.description } == ["2019", "2020", "2021"])
        #expect(exports.map(\.value) == [3_850, 4_020, 4_610])
        #expect(figures(r, "grdp_growth").map(\.value) == [8.4, 6.1, 7.2])
    }

    @Test func aLabelsYearBeforeAColonDatesTheValueAfterIt() throws {
        let text = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH TRÀ VINH\nTrà Vinh, ngày 20/8/2023\n\n"
            + "• 6 tháng đầu năm 2023: GRDP +5,2%\n"
            + "• Doanh thu du lịch 2022: 980 tỷ đồng\n"
            + "• GRDP/người 2022: 61,3 triệu đồng\n"
            + "• Xuất khẩu 6T/2023: 410 triệu USD\n"
        let r = try extract(text)
        #expect(figures(r, "tourism_revenue").map { $0.period?.description } == ["2022"])
        // "GRDP/người" is the output per person, never the output itself
        #expect(figures(r, "grdp_value").isEmpty)
        #expect(figures(r, "grdp_per_capita").map(\.value) == [61.3])
        #expect(figures(r, "export_value").map { $0.period?.description } == ["2023-H1"])
    }
}
