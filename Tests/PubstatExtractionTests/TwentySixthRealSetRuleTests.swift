import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on two halves kept blind until this round (`rc39b`, `rc40b`) and on the opened
/// halves of two new real sets (`rc43a`, `rc44a`, kept outside the repository, each whole set scored cold before it was
/// opened), while `rc41b`, `rc42b`, `rc43b` and `rc44b` stayed blind: the months carried out by the end of one, a year
/// told running to the time of writing, a count whose share follows it, "năm qua" set against a year, a year's result
/// named between a comparison and its year. Every sentence is invented.
@Suite struct TwentySixthRealSetRuleTests {
    @Test func whatWasCarriedOutByTheEndOfAMonthIsTheYearsFirstMonths() throws {
        let text = "Thu ngân sách nhà nước tỉnh Yên Bái ước thực hiện hết tháng 9/2023 đạt 2.150 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { "\($0.period!)" } == ["2023-9M"])
        // (a month's own figure stays the month's)
        let month = "Thu ngân sách nhà nước tỉnh Yên Bái thực hiện tháng 9/2023 đạt 250 tỷ đồng.\n"
        #expect(figures(try extract(month), "budget_revenue_on_territory").map { "\($0.period!)" } == ["2023-09"])
    }

    @Test func aYearToldRunningToTheTimeOfWritingIsTheYearOfAnUndatedText() throws {
        let text = "Từ đầu năm 2020 đến nay, tỉnh Phú Thọ đã có thêm 9 xã đạt chuẩn nông thôn mới. Toàn tỉnh đã có 130 xã đạt "
            + "chuẩn nông thôn mới.\n"
        let result = try extract(text)
        #expect(figures(result, "ntm_communes_new").map { $0.period! } == [Period(.year(2020))])
        #expect(figures(result, "ntm_communes").map { $0.period! } == [Period(.year(2020))])
    }

    @Test func aCountWhoseShareFollowsKeepsItsOwnFigure() throws {
        let text = "Năm 2020, tỉnh Quảng Trị có 62 xã đạt chuẩn NTM, chiếm 56% số xã.\n"
        let result = try extract(text)
        #expect(figures(result, "ntm_communes").map(\.value) == [62])
        #expect(figures(result, "ntm_communes_share").map(\.value) == [56])
    }

    @Test func theYearGoneSetAgainstAYearIsTheYearAfterIt() throws {
        let text = "Năm qua, tỉnh Ninh Thuận đã đón hơn 3,1 triệu lượt khách du lịch, tăng 9,5% so với năm 2018. Năm 2020, tỉnh đặt "
            + "mục tiêu đón 3,5 triệu lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { "\($0.value!) \($0.period!)" } == ["3100000.0 2019", "3500000.0 2020-target"])
    }

    @Test func aYearsResultNamedBetweenAComparisonAndItsYearIsCompared() throws {
        let text = " date 2025-12-09 Tại kỳ họp cuối năm của HĐND tỉnh Gia Lai, ông B cho biết năm 2025 thu ngân sách ước đạt 21.500 tỷ "
            + "đồng, đạt 100% dự toán Trung ương giao và bằng 106,1% so với kết quả thực hiện năm 2024.\n\nTheo ông B, nhiều khoản thu "
            + "đạt kết quả tốt. Trong đó, thu hoạt động xuất nhập khẩu ước đạt 1.260 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_import_export").map { $0.period! } == [Period(.year(2025))])
    }
}
