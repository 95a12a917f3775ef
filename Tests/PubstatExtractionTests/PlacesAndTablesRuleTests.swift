import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the seventh invented batch's first half (093–099): regions that are not
/// provinces, tables whose rows carry their unit, national releases that list provinces. Every
/// sentence is invented.
@Suite struct PlacesAndTablesRuleTests {
    @Test func aRegionAfterTinhIsNoProvince() throws {
        let text = "Năm 2022, tỉnh Gia Lai đón 1,3 triệu lượt khách, đứng thứ 3 trong 5 tỉnh Tây Nguyên. "
            + "Tổng thu từ du lịch đạt 1.400 tỷ đồng."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.province, "Gia Lai"))
        #expect(figures(r, "tourism_revenue").map(\.jurisdiction) == [Jurisdiction(.province, "Gia Lai")])
    }
}
