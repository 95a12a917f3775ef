import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written while two new real sets were collected and from the errors on their opened halves (the sets kept
/// outside the repository, each scored cold before it was opened, their other halves blind): a dateline's place as the
/// subject of a text that names no other, "trên địa bàn huyện". Every sentence is invented.
@Suite struct ThirtiethRealSetRuleTests {
    @Test func aDatelinesProvinceIsTheSubjectOfATextThatNamesNoOther() throws {
        let text = "Bắc Giang, 5/7/2023 - Năm 2023, tỷ lệ hộ nghèo của tỉnh giảm còn 2,8%. Toàn tỉnh có 180/192 xã đạt chuẩn "
            + "nông thôn mới.\n"
        let result = try extract(text)
        #expect(result.subject == Jurisdiction(.province, "Bắc Giang"))
        #expect(figures(result, "poverty_rate").map { "\($0.jurisdiction)" } == ["province:Bắc Giang"])
        #expect(figures(result, "ntm_communes").map(\.value) == [180])
        // (a newsroom's city over a text about "tỉnh", or a text naming another place, keeps the dateline out)
        let newsroom = try extract("Hà Nội, 5/7/2023 - Năm 2023, tỷ lệ hộ nghèo của tỉnh giảm còn 2,8%.\n")
        #expect(newsroom.subject == nil)
        #expect(figures(newsroom, "poverty_rate").isEmpty)
        let other = try extract("Bắc Giang, 5/7/2023 - Năm 2023, tỷ lệ hộ nghèo của tỉnh Lạng Sơn giảm còn 2,8%.\n")
        #expect(figures(other, "poverty_rate").map { "\($0.jurisdiction)" } == ["province:Lạng Sơn"])
    }

    @Test func theAreaOfTheDistrictIsTheDistrict() throws {
        let text = "Những năm qua, huyện Mường Tè, tỉnh Lai Châu đã có nhiều đổi thay. Năm 2022, tổng thu ngân sách trên địa bàn "
            + "huyện đạt 250 tỷ đồng.\n"
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [250])
        #expect(revenue.map { "\($0.jurisdiction)" } == ["district:Mường Tè"])
        // ("trên địa bàn" alone is the cue's own words: the text's subject)
        let bare = "Những năm qua, huyện Mường Tè, tỉnh Lai Châu đã có nhiều đổi thay. Năm 2022, thu ngân sách trên địa bàn đạt "
            + "250 tỷ đồng.\n"
        #expect(figures(try extract(bare), "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["province:Lai Châu"])
    }
}
