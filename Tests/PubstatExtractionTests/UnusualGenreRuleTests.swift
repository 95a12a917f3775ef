import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the first half of the twenty-first batch (289–295: a district portal, a city's press
/// release, an interview, a national release) and from real excerpts kept outside the repository: a district's
/// own portal, a poverty line named after a province, a year a figure is measured against, a cue in brackets
/// with its own number, a month written `5.2016`, a running total "tính đến cuối tháng N", a province spelled
/// in an address's path, revenue of trade, transport and lodging that is no tourism revenue. Every sentence is
/// invented.
@Suite struct UnusualGenreRuleTests {
    @Test func aDistrictPortalsLetterheadMakesTheDistrictTheSubject() throws {
        let text = "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ CÁT - TỈNH BÌNH ĐỊNH\nTin tức - Sự kiện\n\n"
            + "Năm 2015, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 210,5 tỷ đồng, tăng 9% so với năm 2014.\n"
            + "Thống kê truy cập: Hôm nay: 120 | Hôm qua: 340 | Tổng: 98.765\nWebsite: phucat.binhdinh.gov.vn\n"
        let r = try extract(text)
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.jurisdiction == Jurisdiction(.district, "Phù Cát"))
        // the counters of the district's own site under its province's portal are the district's
        let total = try #require(figures(r, "portal_visits_total").first)
        #expect(total.value == 98765)
        #expect(total.jurisdiction == Jurisdiction(.district, "Phù Cát"))
    }

    @Test func aProvincesPortalStaysTheProvince() throws {
        let text = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH\n\n"
            + "Năm 2015, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 7.210,5 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").first?.jurisdiction == Jurisdiction(.province, "Bình Định"))
    }

    @Test func theProvinceWhosePovertyLineIsUsedIsNotThePlaceOfTheRate() throws {
        let text = "Kết quả năm 2019 của thành phố Đồng Hới\n\n"
            + "Năm 2019, thành phố không còn hộ nghèo theo chuẩn quốc gia; tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm còn 0,62%.\n"
        let r = try extract(text)
        let rate = try #require(figures(r, "poverty_rate").first)
        #expect(rate.value == 0.62)
        #expect(rate.jurisdiction == Jurisdiction(.city, "Đồng Hới"))
    }

    @Test func aYearAFigureIsMeasuredAgainstDoesNotBecomeTheRunningPeriod() throws {
        let text = "Du lịch tỉnh Khánh Hòa năm 2023\n\n"
            + "Cả năm 2023, lượng khách quốc tế đến tỉnh đạt 3,1 triệu lượt, bằng 85% năm 2019.\n"
            + "Doanh thu du lịch ước đạt 32.000 tỷ đồng.\n"
        let r = try extract(text)
        let revenue = try #require(figures(r, "tourism_revenue").first)
        #expect(revenue.period?.description == "2023")
    }

    @Test func aYearAfterHonThucHienIsCompared() throws {
        let text = "Năm 2024, HĐND tỉnh Bình Phước giao dự toán thu ngân sách nhà nước trên địa bàn 12.000 tỷ đồng, "
            + "thấp hơn thực hiện năm 2023; tỉnh phấn đấu GRDP tăng 8%.\n"
        let r = try extract(text)
        let target = try #require(figures(r, "grdp_growth").first)
        #expect(target.value == 8)
        #expect(target.period?.description == "2024-target")
    }

    @Test func aCueInBracketsWithItsNumberNamesOnlyWhatTheBracketsHold() throws {
        let text = "Tháng 3/2024, lượng khách đến tỉnh Ninh Bình ước đạt 52.000 lượt (khách quốc tế 7.100 lượt), "
            + "lũy kế 3 tháng 160.400 lượt.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_international").allSatisfy { $0.value == 7100 })
        #expect(!figures(r, "tourist_arrivals_international").isEmpty)
    }

    @Test func aBracketedNameAloneStillNamesWhatFollows() throws {
        let text = "Tổng sản phẩm trên địa bàn tỉnh Hà Nam (GRDP, giá so sánh 2010) năm 2019 tăng 9,1% so với năm 2018.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first?.value == 9.1)
    }

    @Test func aMonthJoinedToItsYearByADotIsAMonth() throws {
        let text = "Doanh thu du lịch của tỉnh Quảng Nam trong tháng 7.2016 ước đạt 310 tỷ đồng, tăng 12% so với cùng kỳ.\n"
        let r = try extract(text)
        let revenue = try #require(figures(r, "tourism_revenue").first)
        #expect(revenue.value == 310)
        #expect(revenue.period?.description == "2016-07")
    }

    @Test func upToTheEndOfAMonthIsTheRunningTotalOfTheYear() throws {
        let text = "Bắc Giang, ngày 3/5/2023\n\n"
            + "Tính đến cuối tháng 4, kim ngạch xuất khẩu của tỉnh Bắc Giang đạt 4,1 tỷ USD, tăng 6% so với cùng kỳ.\n"
        let r = try extract(text)
        let exports = try #require(figures(r, "export_value").first)
        #expect(exports.period?.description == "2023-4M")
    }

    @Test func aProvinceSpelledInTheAddressPathIsTheSubjectOfATextNamingNoPlace() throws {
        let text = "Tính chung 10 tháng năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh "
            + "ước đạt 21.400 tỷ đồng, tăng 11% so với cùng kỳ.\n"
        let spelled = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "a.txt",
            context: DocumentContext(sourceURL: "https://news.example.vn/thai-binh-hom-nay/ban-le-tang-11-12345.html"))
        #expect(figures(spelled, "retail_sales").first?.jurisdiction == Jurisdiction(.province, "Thái Bình"))
        // two provinces spelled: neither
        let two = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "a.txt",
            context: DocumentContext(sourceURL: "https://news.example.vn/thai-binh-va-nam-dinh/ban-le-12345.html"))
        #expect(figures(two, "retail_sales").allSatisfy { $0.jurisdiction != Jurisdiction(.province, "Thái Bình") })
    }

    @Test func revenueOfRetailTransportAndLodgingIsNoTourismRevenue() throws {
        let text = "6 tháng đầu năm 2024, tổng doanh thu bán lẻ hàng hóa của tỉnh Gia Lai đạt 21.300 tỷ đồng. "
            + "Tổng doanh thu vận tải, kho bãi đạt 410 tỷ đồng. Doanh thu từ các cơ sở lưu trú đạt 950 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourism_revenue").isEmpty)
        #expect(figures(r, "retail_sales").first?.value == 21300)
    }

    @Test func sectorNamesJoinedByDashesAreTheSector() throws {
        let text = "6 tháng đầu năm 2024, tổng sản phẩm trên địa bàn tỉnh Kon Tum (GRDP) ước tăng 6,1% so với cùng kỳ. "
            + "Trong đó, khu vực nông-lâm nghiệp và thủy sản tăng 3,2%; khu vực nông - lâm - thủy sản của huyện tăng 2%.\n"
        let r = try extract(text)
        let agriculture = figures(r, "grdp_sector_growth").filter { $0.sector == "agriculture_forestry_fishery" }
        #expect(agriculture.contains { $0.value == 3.2 })
        // a city's "khu vực nông nghiệp - thủy sản" is the same sector
        let city = try extract("6 tháng đầu năm 2020, tổng sản phẩm trên địa bàn thành phố Cần Thơ (GRDP) tăng 1,43%; "
            + "trong đó khu vực nông nghiệp - thủy sản tăng 2,42%.\n")
        #expect(figures(city, "grdp_sector_growth").contains { $0.sector == "agriculture_forestry_fishery" && $0.value == 2.42 })
    }

    @Test func aTourismSitesHostNamesItsProvince() throws {
        let text = "THỐNG KÊ HOẠT ĐỘNG DU LỊCH 6 THÁNG ĐẦU NĂM 2018\n\nTổng lượt khách ước đạt 1,2 triệu lượt, tăng 8% so với cùng kỳ.\n"
        let r = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "a.txt",
            context: DocumentContext(sourceURL: "http://www.ninhbinhtourism.com.vn/thong-ke/w12.htm"))
        #expect(figures(r, "tourist_arrivals").first?.jurisdiction == Jurisdiction(.province, "Ninh Bình"))
    }

    @Test func aRateThatSomePlacesPassIsAThresholdNotAFigure() throws {
        let text = "Báo Gia Lai\n\nTheo Bộ Tài chính, 9 tháng đầu năm 2025, GRDP của Gia Lai tăng 7,31%. "
            + "Cả nước có 16/34 địa phương trong cả nước có mức tăng trưởng GRDP đạt từ 8% trở lên. "
            + "Phần lớn các địa phương (18 địa phương) có mức tăng trưởng GRDP quý III đạt trên 8%, trong đó có một số địa phương "
            + "có mức tăng trưởng trên 10%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [7.31])
    }

    @Test func aCueInABracketThatDescribesAPartNamesNothingAfterIt() throws {
        let text = "Tính đến hết tháng 4/2022, kim ngạch xuất khẩu của tỉnh Thái Nguyên đạt 10,7 tỷ USD. Trong đó, khu vực có vốn "
            + "đầu tư nước ngoài (chiếm 98% giá trị xuất khẩu toàn tỉnh) đạt 10,5 tỷ USD.\n"
        let r = try extract(text)
        #expect(figures(r, "export_value").map(\.value) == [10.7])
    }

    @Test func examplesListedAfterNhuAreNoTotal() throws {
        let text = "CỤC THỐNG KÊ TỈNH BẮC NINH\n\n4 tháng năm 2022, kim ngạch xuất khẩu tăng. Nhiều mặt hàng có giá trị xuất khẩu "
            + "cao hơn cùng kỳ, như: điện thoại và linh kiện đạt 7,1 tỷ USD, tăng 20%; máy tính đạt 900 triệu USD.\n"
        let r = try extract(text)
        #expect(figures(r, "export_value").isEmpty)
    }

    @Test func aTextRankingManyProvincesForTheNationalOfficeIsAboutTheCountry() throws {
        let text = "Tỉnh nào có thu nhập bình quân thấp nhất?\n"
            + "Thu nhập bình quân 1 người/tháng ở khu vực thành thị năm 2022 đạt 6,1 triệu đồng.\n"
            + "Theo khảo sát của Tổng cục Thống kê, Hà Giang có thu nhập thấp nhất với 1,9 triệu đồng. Tiếp theo là Cao Bằng: 2,2 triệu đồng, "
            + "Bắc Kạn: 2,3 triệu đồng, Điện Biên: 2 triệu đồng, Lai Châu: 2,1 triệu đồng, Sơn La: 2,05 triệu đồng. "
            + "Cao nhất là Bình Dương với 8 triệu đồng; Điện Biên đứng cuối bảng ở khu vực nông thôn.\n"
        let r = try extract(text)
        let urban = try #require(figures(r, "per_capita_income").first { $0.value == 6.1 })
        #expect(urban.jurisdiction == Jurisdiction(.country, "Việt Nam"))
    }

    @Test func aComparedRateOfTheSamePeriodBeforeAfterCuaIsThatPeriodsFigure() throws {
        let text = "6 tháng đầu năm 2023, tổng sản phẩm trên địa bàn tỉnh An Giang (GRDP) tăng 5,6%, "
            + "cao hơn mức tăng của cùng kỳ năm 2022 (4,9%).\n"
        let r = try extract(text)
        let earlier = try #require(figures(r, "grdp_growth").first { $0.value == 4.9 })
        #expect(earlier.period?.description == "2022-H1")
    }

    @Test func aComparedRateOfTheSameMonthsOfTheYearBeforeIsThatPeriods() throws {
        let text = "6 tháng đầu năm 2023, tổng sản phẩm trên địa bàn tỉnh Long An (GRDP) tăng 6,4%, "
            + "cao hơn mức tăng cùng kỳ năm trước (5,1%).\n"
        let r = try extract(text)
        let earlier = try #require(figures(r, "grdp_growth").first { $0.value == 5.1 })
        #expect(earlier.period?.description == "2022-H1")
    }

    @Test func theOneDistrictATextOnItsProvincesPortalSpeaksOfIsItsSubject() throws {
        let text = "Huyện Nam Trà My giảm 210 hộ nghèo\n\nHĐND huyện Nam Trà My vừa tổ chức kỳ họp cuối năm 2022. "
            + "Năm 2022, tổng thu ngân sách nhà nước trên địa bàn hơn 95 tỷ đồng, đạt 120% dự toán.\n"
        let r = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "a.txt",
            context: DocumentContext(sourceURL: "https://quangnam.gov.vn/tin-tuc/chi-tiet?id=1"))
        #expect(figures(r, "budget_revenue_on_territory").first?.jurisdiction == Jurisdiction(.district, "Nam Trà My"))
        // a text naming a second district stays the province's
        let two = text.replacingOccurrences(of: "HĐND huyện Nam Trà My", with: "HĐND huyện Nam Trà My và huyện Bắc Trà My")
        let provincial = try BulletinExtractor().extract(bytes: Array(two.utf8), fileName: "b.txt",
            context: DocumentContext(sourceURL: "https://quangnam.gov.vn/tin-tuc/chi-tiet?id=1"))
        #expect(figures(provincial, "budget_revenue_on_territory").first?.jurisdiction == Jurisdiction(.province, "Quảng Nam"))
    }

    @Test func aClauseOpeningWithAnotherPlaceIsNoChangeOfTheFigureBefore() throws {
        let text = "Theo Cục Thống kê, 6 tháng đầu năm 2025, tốc độ tăng trưởng GRDP của Tp.HCM tăng 7,82%, Hà Nội tăng 7,63%, "
            + "Bắc Giang tăng 14,01%.\n"
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.first { $0.jurisdiction == Jurisdiction(.city, "Hồ Chí Minh") }?.yoyPct == nil)
        #expect(growth.contains { $0.jurisdiction == Jurisdiction(.city, "Hà Nội") && $0.value == 7.63 })
    }

    @Test func aCounterWrittenWithCommaGroupsIsWhole() throws {
        let text = "SỞ DU LỊCH TỈNH QUẢNG BÌNH\nDu lịch 9 tháng năm 2016\n\nThống kê truy cập\nHôm nay: 1,046\nTháng 9: 31,458\n"
            + "Năm 2016: 402,317\nTổng cộng: 3,208,994\nWebsite: sdl.quangbinh.gov.vn\n"
        let r = try extract(text)
        #expect(figures(r, "portal_visits_today").first?.value == 1046)
        #expect(figures(r, "portal_visits_month").first?.value == 31458)
        #expect(figures(r, "portal_visits_year").first?.value == 402317)
    }

    @Test func aHolidayWindowSingledOutDatesItsOwnSentenceOnly() throws {
        let text = "Phường Hải Châu, ngày 17/12/2025\n\nNăm 2025 thành phố Đà Nẵng đón khoảng 17,1 triệu lượt khách, tăng 13,5%. "
            + "Riêng 4 ngày nghỉ lễ Quốc khánh (từ 30/8 đến 2/9/2025), bãi biển Mỹ Khê đón trên 180.000 lượt người.\n\n"
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn ước 138.460 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "retail_sales").first?.period?.description == "2025")
    }

    @Test func quiIsTheOlderSpellingOfAQuarter() throws {
        let text = "Trong quí II/2019, tổng sản phẩm trên địa bàn tỉnh Tiền Giang (GRDP) tăng 7,2% so với cùng kỳ.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").first?.period?.description == "2019-Q2")
    }

    @Test func theYearAnAddressNamesDatesATextThatStatesNone() throws {
        let text = "Trong quý I năm nay, tăng trưởng kinh tế (GRDP) của tỉnh Vĩnh Long đạt 8,1% so với cùng kỳ năm trước.\n"
        let r = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "a.txt",
            context: DocumentContext(sourceURL: "https://news.example.vn/thoi-su/hop-phien-thuong-ky-thang-3-nam-2025"))
        #expect(figures(r, "grdp_growth").first?.period?.description == "2025-Q1")
    }

    @Test func aMinistrysCountsRelayedByAProvincesPortalAreTheCountrys() throws {
        let text = "Cả nước có 1.700 xã nông thôn mới nâng cao\n\nTheo Bộ Nông nghiệp và Phát triển nông thôn, lũy kế đến hết năm 2024, "
            + "cả nước có 6.500/8.167 xã đạt chuẩn nông thôn mới. Có 22 tỉnh, thành phố có 100% số xã đạt chuẩn nông thôn mới.\n"
        let r = try BulletinExtractor().extract(bytes: Array(text.utf8), fileName: "a.txt",
            context: DocumentContext(sourceURL: "https://hoinongdan.bacgiang.gov.vn/tin-tuc/123.html"))
        #expect(figures(r, "ntm_communes").first?.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        // the share that each of 22 provinces has is no one place's figure
        #expect(figures(r, "ntm_communes_share").isEmpty)
    }

    @Test func aMonthsFigureThatBringsTheRunningTotalToAValueStatesBoth() throws {
        let text = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 6/2024 của tỉnh Hà Tĩnh ước đạt 4.700 tỷ đồng, "
            + "đưa tổng 6 tháng lên gần 27.300 tỷ đồng, tăng 10,6%.\n"
            + "Thu ngân sách nhà nước trên địa bàn tỉnh tháng 6/2024 đạt 500 tỷ đồng; nâng tổng số 6 tháng đạt 3.000 tỷ đồng.\n"
        let r = try extract(text)
        let retail = figures(r, "retail_sales")
        #expect(retail.contains { $0.value == 27300 && $0.period?.description == "2024-H1" })
        #expect(figures(r, "budget_revenue_on_territory").contains { $0.value == 3000 && $0.period?.description == "2024-H1" })
    }

    @Test func thousandsGroupedBySpacesAreOneNumber() throws {
        let text = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11 năm 2011 của tỉnh Ninh Thuận ước đạt 702,6 tỷ đồng, "
            + "nâng tổng số 11 tháng lên 7 214,9 tỷ đồng, tăng 24,8% so với cùng kỳ.\n"
        let r = try extract(text)
        let values = figures(r, "retail_sales").compactMap(\.value)
        #expect(values.contains(7214.9))
        #expect(!values.contains(214.9))
        // a month's number before an amount is no group of thousands
        let month = try extract("Thu ngân sách nhà nước trên địa bàn tỉnh Ninh Thuận năm 2011: tháng 11 120 tỷ đồng.\n")
        #expect(!figures(month, "budget_revenue_on_territory").contains { $0.value == 11120 })
    }

    @Test func whatAGrowthRateMayStillGainIsNoGrowthRate() throws {
        let text = "Theo Tổng cục Thống kê, GDP 6 tháng đầu năm 2025 của cả nước tăng 7,3%. Cập nhật số liệu đến nay, "
            + "GDP 6 tháng có thể tăng thêm 0,2-0,3%.\n"
        let r = try extract(text)
        #expect(figures(r, "gdp_growth").map(\.value) == [7.3])
    }
}
