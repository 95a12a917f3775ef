import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the fifth invented batch's first half (065–071): official reports' layouts
/// (headings of the next year's goals, headlines in capitals), cut-off dates, and qualifiers after a
/// unit. Every sentence is invented.
@Suite struct ReportLayoutRuleTests {
    @Test func anUnknownNameAfterTinhIsNoProvince() throws {
        let text = "KỲ HỌP THỨ 4 HĐND TỈNH KHÓA X: THÔNG QUA 12 NGHỊ QUYẾT\n\n"
            + "Năm 2019, thu ngân sách nhà nước trên địa bàn tỉnh Yên Bái ước đạt 5.000 tỷ đồng."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.province, "Yên Bái"))
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.province, "Yên Bái")])
    }

    @Test func aHeadingOfNextYearsGoalsSetsTheSectionsYear() throws {
        let text = "Thứ Sáu, 09/12/2022\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI HUYỆN CÁT HẢI\n"
            + "Năm 2022, thu ngân sách nhà nước trên địa bàn huyện ước đạt 300 tỷ đồng.\n\n"
            + "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\n"
            + "1. Thu ngân sách nhà nước trên địa bàn đạt 320 tỷ đồng.\n"
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map { $0.period?.description } == ["2022", "2023-target"])
    }

    @Test func aTaskInASentenceStillSetsNoPeriod() throws {
        let text = "Năm 2022, thu ngân sách nhà nước trên địa bàn tỉnh Yên Bái ước đạt 5.000 tỷ đồng, nhiệm vụ năm 2023 là tiếp tục nuôi dưỡng nguồn thu."
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period?.description } == ["2022"])
    }

    @Test func aCutOffDateWithItsYearDatesAStock() throws {
        let text = "Ông Ba kể: \"Năm 2010, cả xã chỉ có một con đường đất.\"\n"
            + "Theo Văn phòng Điều phối, tính đến ngày 30/11/2023, toàn tỉnh Quảng Trị có 80 xã đạt chuẩn nông thôn mới."
        #expect(figures(try extract(text), "ntm_communes").map { $0.period?.description } == ["2023"])
    }

    @Test func aQualifierAfterTheUnitNamesWhoseArrivals() throws {
        let text = "Năm 2024, tỉnh Quảng Nam đón 2,1 triệu lượt khách quốc tế. Cả năm, tỉnh đón 6 triệu lượt khách du lịch nội địa."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [2_100_000])
        #expect(figures(r, "tourist_arrivals_domestic").map(\.value) == [6_000_000])
        #expect(figures(r, "tourist_arrivals").isEmpty)
    }
}
