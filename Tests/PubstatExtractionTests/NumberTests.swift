import Testing
@testable import PubstatExtraction

@Suite struct NumberTests {
    @Test(arguments: [
        ("1.208,8", 1208.8), ("220.863", 220863.0), ("7.524", 7524.0), ("51,5", 51.5), ("31,209", 31.209),
        ("60.588.677", 60588677.0), ("2,324", 2.324), ("0.5", 0.5), ("1,234,567", 1234567.0), ("42", 42.0),
    ])
    func vietnameseNumbers(text: String, value: Double) {
        #expect(VietnameseNumber.parse(Array(text.utf8)) == value)
    }

    @Test func rejectsMalformedNumbers() {
        #expect(VietnameseNumber.parse(Array("1.2.3,4,5".utf8)) == nil)
    }

    @Test func aSentenceWrittenTheEnglishWayReadsItsAmbiguousGroupsAsThousands() throws {
        let english = try extract("Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Long An ước đạt 21,418.6 tỷ đồng, "
            + "đạt 104.3% dự toán; trong đó thu nội địa 18,280 tỷ đồng.")
        #expect(figures(english, "budget_revenue_on_territory").map(\.value) == [21_418.6])
        #expect(figures(english, "budget_revenue_domestic").map(\.value) == [18_280])
        // a sentence written the Vietnamese way keeps the comma as the decimal mark
        let vietnamese = try extract("Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Long An ước đạt 21,4 nghìn tỷ đồng, "
            + "tăng 8,2%; trong đó thu nội địa 18,280 nghìn tỷ đồng.")
        #expect(figures(vietnamese, "budget_revenue_domestic").map(\.value) == [18_280])
        #expect(VietnameseNumber.style(of: Array("7,280".utf8)) == nil)
        #expect(VietnameseNumber.style(of: Array("9,206,000".utf8)) == .english)
        #expect(VietnameseNumber.style(of: Array("1.208,8".utf8)) == .vietnamese)
    }

    @Test func numbersSpokenInWordsReadLikeDigits() throws {
        let text = "Báo Bình Phước | 28/12/2022\nNăm 2022, tổng sản phẩm trên địa bàn ước tăng bảy phẩy tám mươi tư phần trăm. "
            + "Thu ngân sách nhà nước trên địa bàn ước đạt hơn mười hai nghìn một trăm tỷ đồng, vượt mười ba phần trăm dự toán Trung ương giao. "
            + "Toàn tỉnh đón gần một triệu lượt khách du lịch, doanh thu du lịch khoảng bốn trăm năm mươi tỷ đồng. "
            + "Ngành du lịch đón khoảng năm triệu một trăm nghìn lượt khách quốc tế, tăng mười một phẩy không năm phần trăm."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [7.84])
        let revenue = figures(r, "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [12_100])
        #expect(revenue.first?.unit == .billionVND)
        #expect(revenue.first?.pctOfPlan.map(\.pct) == [113])
        #expect(figures(r, "tourist_arrivals").map(\.value) == [1_000_000])
        #expect(figures(r, "tourism_revenue").map(\.value) == [450])
        let international = figures(r, "tourist_arrivals_international")
        #expect(international.map(\.value) == [5_100_000])
        #expect(international.first?.yoyPct == 11.05)
    }

    @Test func wordsThatOnlyLookLikeNumbersStayWords() throws {
        // "năm 2022" is a year, "chín tháng" a period, "sau mười năm" after ten years, "ba lượt" three times
        let r = try extract("Báo Bình Phước | 28/12/2022\nChín tháng năm 2022, tỉnh đón 1,2 triệu lượt khách du lịch. "
            + "Sau mười năm, tỉnh có ba lượt đoàn kiểm tra.")
        #expect(figures(r, "tourist_arrivals").map(\.value) == [1_200_000])
        #expect(figures(r, "tourist_arrivals").first?.period?.description == "2022-9M")
        #expect(r.figures.count == 1)
    }
}
