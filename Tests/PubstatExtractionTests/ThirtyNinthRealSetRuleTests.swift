import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened halves of the thirty-ninth round of real sets (the south-central coast and Central
/// Highlands, the south-east and the north, the first months of 2026). Every sentence is invented.
@Suite struct ThirtyNinthRealSetRuleTests {
    private func periods(_ found: ExtractedBulletin, _ name: String) -> [String] {
        figures(found, name).map { $0.period.map { "\($0)" } ?? "-" }
    }

    @Test func aLunarWindowNamingItsYearsIsRead() throws {
        let text = "Ngày 23/2/2026, UBND tỉnh Gia Lai cho biết, trong dịp Tết Nguyên đán Bính Ngọ 2026 (từ ngày 27 tháng Chạp năm Ất Tỵ "
            + "đến mùng 6 tháng Giêng năm Bính Ngọ), tỉnh đón khoảng 410.000 lượt khách.\n"
        #expect(periods(try extract(text), "tourist_arrivals") == ["2026-02-14/2026-02-22"])
    }

    @Test func theBusiestDaysAreNotTheWindowReportedOn() throws {
        let text = "Ngày 24/2/2026, Sở Du lịch tỉnh Bình Định báo cáo. Từ ngày 15/2 đến 21/2, tỉnh đón 210.000 lượt khách lưu trú. "
            + "Lượng khách tập trung cao điểm từ mùng 2 đến mùng 4 Tết. Các điểm tham quan đón hơn 500.000 lượt khách trong dịp Tết.\n"
        #expect(periods(try extract(text), "tourist_arrivals") == ["2026-02-15/2026-02-21", "2026-02-15/2026-02-21"])
    }

    @Test func daysOffCountedUnlikeTheWindowWrittenLastAreTheFirstDaysOff() throws {
        let text = "Ngày 20/2/2026, tin du lịch.\n\nTại tỉnh Thanh Hóa, từ ngày 14/2 đến 19/2/2026, toàn tỉnh đón 300.000 lượt khách.\n\n"
            + "Theo Sở Du lịch tỉnh Nghệ An, tính chung 5 ngày nghỉ Tết Nguyên đán, toàn tỉnh đón khoảng 200.000 lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { $0.period.map { "\($0)" } } == ["2026-02-14/2026-02-19", "2026-02-14/2026-02-18"])
        #expect(arrivals.map(\.jurisdiction.description) == ["province:Thanh Hóa", "province:Nghệ An"])
    }

    @Test func aPlaceSetBeforeACommaInAFigurelessSentenceLeadsItsParagraph() throws {
        let text = "Ngày 20/2/2026, tin du lịch dịp Tết ở các tỉnh phía Bắc.\n\nTại Thanh Hóa, không khí du xuân nhộn nhịp. Từ ngày 14/2 "
            + "đến 19/2/2026, toàn tỉnh đón 300.000 lượt khách.\n\nTỉnh Nghệ An đón khoảng 200.000 lượt khách. Tỉnh Nghệ An có nhiều lễ hội.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.jurisdiction.description) == ["province:Thanh Hóa", "province:Nghệ An"])
    }

    @Test func aDaySingledOutDatesTheFiguresAfterIt() throws {
        let text = "Ngày 20/2/2026, Sở Du lịch tỉnh Quảng Bình cho biết, tính chung 5 ngày nghỉ Tết, toàn tỉnh đón 90.000 lượt khách.\n\n"
            + "Trong đó, tính riêng trong ngày 18/2 (tức mồng 2 Tết), tỉnh đón 30.000 lượt khách.\n"
        #expect(periods(try extract(text), "tourist_arrivals") == ["2026-02-14/2026-02-18", "2026-02-18/2026-02-18"])
        // (a day an event happened on, not singled out, dates nothing after it)
        let event = text.replacingOccurrences(of: "tính riêng trong ngày 18/2 (tức mồng 2 Tết), tỉnh", with: "trong ngày 18/2, sân bay khai thác 12 chuyến bay. Tỉnh")
        #expect(periods(try extract(event), "tourist_arrivals").allSatisfy { $0 != "2026-02-18/2026-02-18" })
    }

    @Test func farmAndForestGoodsAreNotTheFarmExports() throws {
        let text = "Theo Tổng cục Thống kê, trong 2 tháng đầu năm 2027, kim ngạch xuất khẩu hàng hóa ước đạt 71 tỷ USD.\n\nVề cơ cấu nhóm "
            + "hàng xuất khẩu, nhóm hàng công nghiệp chế biến đạt 62,3 tỷ USD, chiếm 87,7%; nhóm hàng nông sản, lâm sản đạt 5,1 tỷ USD, "
            + "chiếm 7,2%; nhóm hàng thủy sản đạt 1,4 tỷ USD.\n"
        #expect(figures(try extract(text), "agri_export_value").isEmpty)
        let farm = text.replacingOccurrences(of: "nông sản, lâm sản", with: "nông sản")
        #expect(figures(try extract(farm), "agri_export_value").map(\.value) == [5.1])
    }

    @Test func growthByGrossOutputIsNotTheRegionalProducts() throws {
        let text = "Năm 2024, thị xã Hoài Nhơn phấn đấu đạt tốc độ tăng trưởng kinh tế theo giá trị sản xuất từ 14-15%.\n"
        #expect(figures(try extract(text), "grdp_growth").isEmpty)
    }

    @Test func theYearAMasterPlanRunsToDatesNothing() throws {
        let text = "Năm 2020, tổng thu ngân sách trên địa bàn thị xã Ayun Pa đạt 95 tỷ đồng. Thị xã đã hoàn thành đồ án quy hoạch chung "
            + "xây dựng thị xã đến năm 2035. Tổng chi ngân sách đạt 310 tỷ đồng.\n"
        #expect(periods(try extract(text), "budget_expenditure_local") == ["2020"])
    }

    @Test func aTourismRevenueWithoutFromIsRead() throws {
        let text = "Tổng thu hoạt động du lịch của tỉnh Hà Giang trong 2 tháng đầu năm 2026 ước đạt 1.200 tỷ đồng.\n"
        #expect(figures(try extract(text), "tourism_revenue").map(\.value) == [1200])
    }

    @Test func aPlansYearWrittenWithoutNamIsNoValue() throws {
        let text = "Năm 2023, tổng sản phẩm trên địa bàn tỉnh Long An ước đạt 70.100 tỷ đồng, tăng 6,1% (kế hoạch 2023 tăng 7% trở lên).\n"
        let found = try extract(text)
        #expect(found.figures.allSatisfy { $0.value != 2023 })
        #expect(figures(found, "grdp_growth").filter { $0.kind == .plan }.map(\.value) == [7])
    }

    @Test func aHornLeftOffTheUOfUoBeforeAFinalConsonantIsRead() throws {
        let text = "Tháng 10/2022, kim ngạch xuất khẩu của tỉnh Đồng Nai uớc đạt 2,1 tỷ USD.\n"
        #expect(figures(try extract(text), "export_value").map(\.kind) == [.estimate])
        #expect(Tokenizer.phrase("uớc nuớc") == Tokenizer.phrase("ước nước"))
        // (an open syllable keeps its spelling: "thuở" is no "thưở")
        #expect(Tokenizer.phrase("thuở") != Tokenizer.phrase("thưở"))
    }
}
