import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened halves of the thirty-sixth round of real sets, and from what the round before left
/// noticed: a province in brackets that only says where another district lies. Every sentence is invented.
@Suite struct ThirtySixthRealSetRuleTests {
    @Test func aProvinceInBracketsAfterAnotherDistrictIsNoSubject() throws {
        let text = "Mường Khương: khách du lịch tăng\n\nTheo Phòng Văn hóa – Thông tin huyện Mường Khương, 6 tháng đầu năm 2019, "
            + "lượng khách du lịch đến huyện đạt 52.400 lượt, tăng 12% so với cùng kỳ.\n\nThời gian tới, huyện tăng cường hợp tác "
            + "du lịch với các huyện Si Ma Cai, Hoàng Su Phì (Hà Giang).\n"
        #expect(figures(try extract(text), "tourist_arrivals").map { "\($0.jurisdiction)" } == ["district:Mường Khương"])
    }

    @Test func aSectorsGrowthAfterItsContributionInPointsIsItsGrowth() throws {
        let text = "Tổng sản phẩm trên địa bàn tỉnh Phú Yên 6 tháng đầu năm 2024 tăng 7,1%. Trong đó, khu vực dịch vụ đóng góp nhiều "
            + "nhất 3,1 điểm phần trăm đồng thời có mức tăng trưởng 8,2%. Khu vực công nghiệp – xây dựng đóng góp 2,5 điểm phần "
            + "trăm với mức tăng trưởng 10,1%. Khu vực nông nghiệp đóng góp thấp nhất 0,9 điểm phần trăm và tăng 3,5%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [8.2, 10.1, 3.5])
        #expect(sectors.map(\.sector) == ["services", "industry_construction", "agriculture_forestry_fishery"])
    }

    @Test func tradeAndServicesOfTheEconomyAreItsServices() throws {
        let text = "Năm 2023, GRDP của tỉnh Cà Mau tăng 6,5%; trong đó khu vực thương mại dịch vụ tăng 7,4%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [7.4])
        #expect(sectors.map(\.sector) == ["services"])
        // (of the gross output, trade and services is its trade's value)
        let output = "Năm 2023, tổng giá trị sản xuất của huyện Cái Nước ước đạt 9.800 tỷ đồng; trong đó khu vực thương mại, dịch "
            + "vụ đạt 3.100 tỷ đồng.\n"
        #expect(figures(try extract(output), "trade_production_value").map(\.value) == [3_100])
    }

    @Test func aWholeYearsPlanInBracketsIsThePlanOfTheYear() throws {
        let text = "Sáu tháng đầu năm 2019, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Hưng Yên tăng 9,65% (KH cả năm 8,3%).\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [9.65, 8.3])
        #expect(growth.map(\.kind) == [.actual, .plan])
        #expect(growth.map { $0.period.map { "\($0)" } } == ["2019-H1", "2019"])
    }

    @Test func aSentenceOpeningOnTheEconomyNamesItsSectorsBare() throws {
        let text = "Năm 2025, GRDP của thành phố Huế tăng 8,5%, xếp thứ 12 cả nước. Tổng thu ngân sách đạt hơn 14.000 tỷ đồng. Cơ cấu "
            + "kinh tế chuyển dịch tích cực khi dịch vụ tăng 9,1%; công nghiệp - xây dựng tăng 11,2%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [9.1, 11.2])
        #expect(sectors.map(\.sector) == ["services", "industry_construction"])
        // (a sector after "khi" opens its clause in a sentence right after the output too)
        let next = "Năm 2025, GRDP của thành phố Huế tăng 8,5%. Kinh tế tăng trưởng khá khi dịch vụ tăng 9,1%.\n"
        #expect(figures(try extract(next), "grdp_sector_growth").map(\.value) == [9.1])
    }

    @Test func theCountryTheSentenceOpensOnSpeaksForEachClause() throws {
        let text = "Năm 2025, tỉnh Quảng Trị đón 5 triệu lượt khách. Năm 2025, cả nước đón khoảng 21 triệu lượt khách quốc tế, khách "
            + "nội địa khoảng 130 triệu lượt, tổng thu từ du lịch vượt 900 nghìn tỉ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "tourist_arrivals_domestic").map { "\($0.jurisdiction)" } == ["country:Việt Nam"])
        #expect(figures(result, "tourism_revenue").map { "\($0.jurisdiction)" } == ["country:Việt Nam"])
        // (but not a clause that names its own place after it)
        let own = "Năm 2025, cả nước đón khoảng 21 triệu lượt khách quốc tế, tỉnh Quảng Trị đón 5 triệu lượt khách.\n"
        #expect(figures(try extract(own), "tourist_arrivals").map { "\($0.jurisdiction)" } == ["province:Quảng Trị"])
    }

    @Test func aTextAboutOneCommuneIsThatCommunes() throws {
        let text = " date 2025-12-20 Kỳ họp thứ 5, HĐND xã Tân Lạc khóa XXI\n\nSáng 20/12, HĐND xã Tân Lạc tổ chức kỳ họp cuối năm. "
            + "Năm 2025, tổng thu ngân sách nhà nước trên địa bàn xã ước đạt 52,4 tỷ đồng. Tỷ lệ hộ nghèo toàn xã còn 1,2%.\n"
        let result = try extract(text, sourceURL: "https://baophutho.vn/ky-hop-a-1.htm")
        #expect(figures(result, "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["commune:Tân Lạc"])
        #expect(figures(result, "poverty_rate").map { "\($0.jurisdiction)" } == ["commune:Tân Lạc"])
        // (a ward: "phường")
        let ward = text.replacingOccurrences(of: "xã", with: "phường")
        #expect(figures(try extract(ward, sourceURL: "https://baophutho.vn/ky-hop-a-1.htm"), "poverty_rate")
            .map { "\($0.jurisdiction)" } == ["ward:Tân Lạc"])
        // (before the reform too, when the text names no district)
        let before = text.replacingOccurrences(of: "2025", with: "2023")
        #expect(figures(try extract(before, sourceURL: "https://baophutho.vn/ky-hop-a-1.htm"), "poverty_rate")
            .map { "\($0.jurisdiction)" } == ["commune:Tân Lạc"])
    }

    @Test func aProvincesTextNamingACommunesSiteStaysTheProvinces() throws {
        let text = " date 2026-02-23 Toàn tỉnh Điện Biên đón 80.000 lượt khách dịp Tết Bính Ngọ 2026. Riêng khu di tích ở xã Mường "
            + "Phăng đón 21.000 lượt khách; của xã Mường Phăng có thêm 3 điểm du lịch cộng đồng. Toàn tỉnh có doanh thu du lịch "
            + "ước đạt 150 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.map { "\($0.jurisdiction)" } == ["province:Điện Biên"])
    }

    @Test func aRateInBracketsAfterThePeriodBeforeIsThatSpans() throws {
        let text = "Tốc độ tăng GRDP của tỉnh Lào Cai bình quân giai đoạn 2016 - 2020 ước đạt 8,6%/năm, cao hơn giai đoạn trước "
            + "(7,1%/năm).\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [8.6, 7.1])
        #expect(growth.map { $0.period.map { "\($0)" } } == ["2016/2020", "2011/2015"])
    }

    @Test func aNameWithATypographicApostropheIsTheDistrict() throws {
        let text = "Năm 2016, thu ngân sách nhà nước trên địa bàn huyện Ia H’Drai đạt gần 20 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["district:Ia H'Drai"])
        // (as the official list spells it, with a space)
        let spaced = "Năm 2016, thu ngân sách nhà nước trên địa bàn huyện Ia H' Drai đạt gần 20 tỷ đồng.\n"
        #expect(figures(try extract(spaced), "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["district:Ia H'Drai"])
    }

    @Test func revenueFromDomesticProductionAndBusinessIsDomesticRevenue() throws {
        let text = "Chín tháng đầu năm 2018, tổng thu ngân sách trên địa bàn tỉnh Bình Phước ước 6.500 tỷ đồng; trong đó thu từ sản "
            + "xuất kinh doanh trong nước ước 5.391,9 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_domestic").map(\.value) == [5_391.9])
    }
}
