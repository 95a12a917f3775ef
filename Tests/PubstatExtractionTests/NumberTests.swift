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
}
