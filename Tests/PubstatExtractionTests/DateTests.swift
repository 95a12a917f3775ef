import PubstatModel
import Testing
@testable import PubstatExtraction

@Suite struct DateTests {
    @Test(arguments: [
        ("(Ngày đăng :03/11/2021 4:12:09 CH)\nTin tức", "2021-11-03"),
        ("12/06/2023 - 09:15 AM\nTin tức", "2023-06-12"),
        ("Thứ hai, 05/01/2026 - 08:27\nTin tức", "2026-01-05"),
        ("Hà Nội, ngày 24 tháng 3 năm 2023\nTin tức", "2023-03-24"),
        ("Phiên họp hôm nay (18/7) bàn về kế hoạch. Đến ngày 10/7/2022, công việc xong.", "2022-07-18"),
    ])
    func publicationDates(text: String, iso: String) throws {
        #expect(try extract(text).published?.description == iso)
    }

    @Test func cutOffWithoutYear() throws {
        let r = try extract("date 2023-04\nTính đến ngày 20/3, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 905 tỷ đồng, tăng 4% so với cùng kỳ năm trước.")
        let f = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(f.asOf?.description == "2023-03-20")
        #expect(r.published == nil)
    }
}
