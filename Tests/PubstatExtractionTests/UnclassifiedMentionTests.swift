import PubstatModel
import Testing
@testable import PubstatExtraction

/// Numbers with a unit that no indicator takes are kept as unclassified mentions.
@Suite struct UnclassifiedMentionTests {
    @Test func anUnboundCountIsAMentionQuotingItsClause() throws {
        let text = """
            Tình hình kinh tế xã hội tỉnh Lai Châu năm 2024
            Thu ngân sách nhà nước trên địa bàn đạt 1.100 tỷ đồng, bằng 52% dự toán; toàn tỉnh có 320 doanh nghiệp thành lập mới. Sản lượng chè búp tươi đạt 4,5 nghìn tấn.
            """
        let result = BulletinExtractor().extract(decodedText: text)
        #expect(figures(result, "budget_revenue_on_territory").first?.value == 1100)
        #expect(result.unclassified.map(\.text) == ["320 doanh nghiệp", "4,5 nghìn tấn"], "the budget figure took 1.100 tỷ đồng and 52%")

        let firms = try #require(result.unclassified.first)
        #expect(firms.value == 320)
        #expect(firms.unit == .count)
        #expect(firms.quote == "toàn tỉnh có 320 doanh nghiệp thành lập mới")
        #expect(firms.period == Period(.year(2024)))
        let decoded = Array(text.utf8)
        #expect(String(decoding: decoded[firms.source.start..<firms.source.end], as: UTF8.self) == firms.quote)

        let tea = try #require(result.unclassified.last)
        #expect(tea.unit == .tonne)
        #expect(tea.value == 4500, "the scale word applies to tonnes too")
        #expect(tea.quote == "Sản lượng chè búp tươi đạt 4,5 nghìn tấn")
    }

    @Test func moneyPercentAndArrivalsWithoutACueAreMentions() {
        let text = "Năm 2023, vốn đầu tư của khối doanh nghiệp đạt 3.200 tỷ đồng, tỷ lệ lấp đầy khu công nghiệp 64%; lượng du khách ghé thăm đạt 1,2 triệu lượt."
        let mentions = BulletinExtractor().extract(decodedText: text).unclassified
        #expect(mentions.map(\.unit) == [.billionVND, .percent, .arrivals])
        #expect(mentions.map(\.value) == [3200, 64, 1_200_000])
        // "du khách" names tourist arrivals, but the text names no place: a held figure, listed with its indicator
        #expect(mentions.map(\.indicator) == [nil, nil, Indicator("tourist_arrivals")])
        #expect(mentions[2].quote == "du khách ghé thăm đạt 1,2 triệu lượt")
    }

    @Test func yearsDatesPeriodsAndBareNumbersAreNotMentions() {
        let text = "Ngày 15/6/2024, trong 6 tháng đầu năm 2024 và giai đoạn 2021-2025, tỉnh tổ chức 12 hội nghị lần thứ 3."
        #expect(BulletinExtractor().extract(decodedText: text).unclassified.isEmpty)
    }
}
