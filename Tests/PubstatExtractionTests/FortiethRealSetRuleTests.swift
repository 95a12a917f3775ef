import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened halves of the fortieth round of real sets (the Mekong delta, the northern midlands and
/// Red River delta, the north-central coast and national releases relayed by newspapers). Every sentence is invented.
@Suite struct FortiethRealSetRuleTests {
    @Test func aNationalReleaseOnACitysNewspaperIsTheCountrys() throws {
        let text = "Chiều 6-10, Tổng cục Thống kê công bố số liệu. Tính chung 9 tháng năm 2024, GDP tăng 6,8% so với cùng kỳ năm trước. "
            + "Thu ngân sách nhà nước 9 tháng ước tăng 12,1% so với cùng kỳ năm trước.\n"
        let found = try extract(text, sourceURL: "https://www.sggp.org.vn/gdp-9-thang-tang-68-post1.html")
        #expect(found.subject?.description == "country:Việt Nam")
        #expect(figures(found, "budget_revenue_on_territory").map(\.jurisdiction.description) == ["country:Việt Nam"])
    }

    @Test func aPhotoCaptionNamesNoSubject() throws {
        let text = "Khách quốc tế đến nước ta tăng mạnh\n\nDu khách tham quan phố cổ Hội An. Ảnh: Minh Quân\n\n"
            + "Tính chung ba tháng đầu năm 2024, khách quốc tế đến nước ta ước đạt 4,6 triệu lượt, tăng 72% so với cùng kỳ năm trước.\n"
        let found = try extract(text, sourceURL: "https://plo.vn/du-lich/khach-quoc-te-tang-manh-1.html")
        #expect(figures(found, "tourist_arrivals_international").map(\.jurisdiction.description) == ["country:Việt Nam"])
    }

    @Test func visitorsFromAContinentAreOneMarketNotTheArrivals() throws {
        let text = "Tháng 3/2024, tỉnh Khánh Hòa đón 300.000 lượt khách quốc tế, trong đó khách đến từ châu Âu đạt 40.000 lượt, "
            + "khách đến từ châu Á đạt 210.000 lượt.\n"
        let found = try extract(text)
        #expect(figures(found, "tourist_arrivals_international").map(\.value) == [300_000])
        #expect(figures(found, "tourist_arrivals").isEmpty)
    }

    @Test func growthOfGrossOutputIsNotTheRegionalProductsGrowth() throws {
        let text = "Năm 2023, kinh tế huyện Thanh Chương tăng trưởng ổn định với tốc độ tăng giá trị sản xuất ước 8,6%. "
            + "Tổng thu ngân sách trên địa bàn huyện ước đạt 210 tỷ đồng.\n"
        let found = try extract(text)
        #expect(figures(found, "grdp_growth").isEmpty)
        #expect(figures(found, "budget_revenue_on_territory").map(\.value) == [210])
    }

    @Test func modelCommunesAreNotTheNewRuralCommunes() throws {
        let text = "Năm 2023, huyện Yên Thành có thêm 3 xã đạt chuẩn nông thôn mới kiểu mẫu, nâng tổng số xã đạt chuẩn nông thôn mới "
            + "kiểu mẫu lên 7 xã; toàn huyện có 12 xã đạt kiểu mẫu và 20 xã đạt nâng cao.\n"
        let found = try extract(text)
        #expect(figures(found, "ntm_communes").isEmpty)
        #expect(figures(found, "ntm_model_communes").map(\.value).contains(7))
        #expect(figures(found, "ntm_advanced_communes").map(\.value) == [20])
    }

    @Test func growthBroughtToAFigureIsTheEconomys() throws {
        let text = "Quý II/2024, tốc độ tăng trưởng GRDP tỉnh Bến Tre ước đạt 6,9%, góp phần đưa tăng trưởng 6 tháng đầu năm đạt 5,2%.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [6.9, 5.2])
        #expect(growth.map { $0.period.map { "\($0)" } } == ["2024-Q2", "2024-H1"])
    }

    @Test func aShareWithAQualifierAfterACountIsItsShare() throws {
        let text = "Năm 2022, tỉnh Bạc Liêu có 40 xã đạt chuẩn nông thôn mới, chiếm hơn 80% tổng số xã.\n"
        let share = figures(try extract(text), "ntm_communes_share")
        #expect(share.map(\.value) == [80])
    }

    @Test func aPageClockAboveTheHeadlineIsNotThePostingDate() throws {
        let text = "Thứ 4, 27/11/2024, 08:15[GMT+7]\n\nHuyện Kiến Xương: kinh tế 9 tháng tăng khá\n\nThứ 6, 20/09/2024 | 17:20:05\n"
            + "Từ đầu năm đến nay, tổng thu ngân sách nhà nước trên địa bàn huyện Kiến Xương ước thực hiện 820 tỷ đồng.\n"
        let found = try extract(text)
        #expect(found.published.map { "\($0)" } == "2024-09-20")
        #expect(figures(found, "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2024-9M"])
    }

    @Test func theHoldersCountedWithProductsAreTheEntities() throws {
        let text = "Tính đến hết năm 2023, tỉnh Hòa Bình có 180 sản phẩm OCOP đạt hạng từ 3 sao trở lên với 120 chủ thể.\n"
        let found = try extract(text)
        #expect(figures(found, "ocop_products").map(\.value) == [180])
        #expect(figures(found, "ocop_entities").map(\.value) == [120])
    }
}
