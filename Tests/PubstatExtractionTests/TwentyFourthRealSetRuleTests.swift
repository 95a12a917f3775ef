import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on two halves kept blind until this round (`rc35b`, `rc36b`) and on the opened
/// halves of two new real sets (`rc39a`, `rc40a`, kept outside the repository, each whole set scored cold before it was
/// opened), while `rc37b`, `rc38b`, `rc39b` and `rc40b` stayed blind: a sector's own period after its total's, the
/// sectors after it going on in that period, the retail total named with its service parts, a district's name written
/// joined up, a poverty rate said to fall by a number read after words, a commune a figure is about before the 2025
/// reform, districts listed each with its value, a commune with its district in brackets, months counted to the end of
/// one after "lũy kế" or "tính tới", the last six months of a year, a rate that "phải đạt" (must reach), a growth named
/// with no number before its sectors, a sector's growth reached "với mức", a place overtaken, a group of goods with its
/// trade value, visitors of one market named in the cue. Every sentence is invented.
@Suite struct TwentyFourthRealSetRuleTests {
    @Test func aSectorsOwnPeriodOutranksItsTotals() throws {
        let text = "Ngày 6/10/2025, Cục Thống kê cho biết GDP quý III/2025 ước tính tăng 8,23% so với cùng kỳ năm trước.\n\n"
            + "Theo số liệu, giá trị tăng thêm ngành công nghiệp 9 tháng năm 2025 tăng 8,55% so với cùng kỳ năm trước.\n\n"
            + "Trong đó, công nghiệp chế biến, chế tạo tăng 9,92%. Ngành xây dựng tăng 9,33%.\n"
        let sectors = figures(try extract(text), "gdp_sector_growth")
        #expect(sectors.map { "\($0.value!) \($0.period!)" } == ["8.55 2025-9M", "9.92 2025-9M", "9.33 2025-9M"])
        // (the period opening the sentence, its number read first)
        let opening = "Ngày 6/10/2025, Cục Thống kê cho biết GDP quý III/2025 ước tính tăng 8,23% so với cùng kỳ năm trước. "
            + "9 tháng năm 2025, giá trị tăng thêm ngành công nghiệp tăng 8,55% so với cùng kỳ năm trước.\n"
        #expect(figures(try extract(opening), "gdp_sector_growth").map { $0.period! } == [Period(.firstMonths(year: 2025, months: 9))])
        // (sectors with no period of their own stay in their total's)
        let plain = "Ngày 6/10/2025, Cục Thống kê cho biết GDP quý III/2025 ước tính tăng 8,23% so với cùng kỳ năm trước. "
            + "Trong đó, ngành xây dựng tăng 9,33%.\n"
        #expect(figures(try extract(plain), "gdp_sector_growth").map { $0.period! } == [Period(.quarter(year: 2025, quarter: 3))])
    }

    @Test func aCaptionsPeriodFramesNoSector() throws {
        let text = "Tăng trưởng kinh tế 6 tháng đầu năm 2025 của thành phố Huế ước đạt 9,39%.\n\nUBND thành phố họp báo thường kỳ "
            + "quý II/2025.\n\nTrong đó, lĩnh vực dịch vụ ước tăng khoảng 9,43%.\n"
        #expect(figures(try extract(text), "grdp_sector_growth").map { $0.period! } == [Period(.half(year: 2025, half: 1))])
    }

    @Test func theRetailTotalNamedWithItsServicePartsIsRetail() throws {
        let text = "Tháng 8/2016, tổng mức bán lẻ hàng hóa, doanh thu dịch vụ lưu trú, ăn uống và dịch vụ khác trên địa bàn tỉnh "
            + "Sóc Trăng đạt 4.842 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "retail_sales").map(\.value) == [4842])
        #expect(figures(result, "lodging_revenue").isEmpty)
    }

    @Test func aDistrictsNameWrittenJoinedUpIsTheDistrict() throws {
        let text = "Ngày 12/11/2019, UBND huyện Đakrông cho biết tỷ lệ hộ nghèo năm 2019 giảm 5,15%.\n"
        #expect(figures(try extract(text), "poverty_rate_reduction_avg").map { $0.jurisdiction.description } == ["district:Đakrông"])
        let spaced = "Ngày 12/11/2019, UBND huyện Kon Plông cho biết tỷ lệ hộ nghèo năm 2019 giảm 3,2%. Huyện KonPlông có 9 xã.\n"
        #expect(figures(try extract(spaced), "poverty_rate_reduction_avg").map { $0.jurisdiction.description } == ["district:Kon Plông"])
    }

    @Test func aPovertyRateSaidToFallByANumberAfterWordsIsItsReduction() throws {
        let text = "Năm 2019, tỉnh Quảng Trị có tỷ lệ hộ nghèo giảm nhiều nhất là 4,1%.\n"
        let result = try extract(text)
        #expect(figures(result, "poverty_rate_reduction_avg").map(\.value) == [4.1])
        #expect(figures(result, "poverty_rate").isEmpty)
        // (a rate fallen to a level stays the level)
        let level = "Năm 2019, tỷ lệ hộ nghèo của tỉnh Quảng Trị giảm xuống còn 4,1%.\n"
        #expect(figures(try extract(level), "poverty_rate").map(\.value) == [4.1])
    }

    @Test func aCommuneAFigureIsAboutBeforeTheReformIsHeldBack() throws {
        let text = "Năm 2019, tỷ lệ hộ nghèo của huyện Đakrông giảm 5,15%. Xã Ba Lòng có tỷ lệ hộ nghèo giảm ít nhất là 1,55%.\n"
        #expect(figures(try extract(text), "poverty_rate_reduction_avg").map(\.value) == [5.15])
        // (a "thị xã" is a district-level unit, "xã NTM" no commune's name)
        let town = "Năm 2021, tỉnh Lào Cai đón 1,38 triệu lượt khách; riêng thị xã Sa Pa đón 685.000 lượt khách.\n"
        #expect(figures(try extract(town), "tourist_arrivals").map(\.value) == [1_380_000, 685_000])
    }

    @Test func districtsListedEachWithItsValueAreEachTheirOwn() throws {
        let text = "Năm 2019, tỉnh Quảng Nam có 25.650 hộ nghèo. Xếp hạng theo tỷ lệ hộ nghèo: Tây Giang 38,1%, Nam Trà My 37,4%, "
            + "Nam Giang 36,5%.\n"
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map { "\($0.value!) \($0.jurisdiction)" } == [
            "38.1 district:Tây Giang", "37.4 district:Nam Trà My", "36.5 district:Nam Giang",
        ])
        // (a commune with its district in brackets is held back, before the 2025 reform)
        let commune = "Năm 2019, tỉnh Quảng Nam có 25.650 hộ nghèo. Xét theo tỷ lệ hộ nghèo, Trà Giác (Bắc Trà My) 64,1%.\n"
        #expect(figures(try extract(commune), "poverty_rate").isEmpty)
    }

    @Test func monthsCountedToTheEndOfOneWithLuyKeOrToiAreTheYearsFirstMonths() throws {
        let text = "Ngày 5/11/2025, Cục Hải quan cho biết lũy kế hết tháng 10, kim ngạch xuất khẩu cả nước đạt 391 tỉ USD. Tính tới "
            + "hết tháng 9, kim ngạch xuất khẩu cả nước đạt 348 tỉ USD.\n"
        #expect(figures(try extract(text), "export_value").map { $0.period! } == [
            Period(.firstMonths(year: 2025, months: 10)), Period(.firstMonths(year: 2025, months: 9)),
        ])
    }

    @Test func aPlaceOvertakenIsNotTheFiguresPlace() throws {
        let text = "Ngày 5/11/2025, theo Cục Hải quan, tính chung 10 tháng, Bắc Ninh đã vượt TP.HCM, vươn lên dẫn đầu về kim ngạch "
            + "xuất khẩu, với 76,44 tỉ USD.\n"
        #expect(figures(try extract(text), "export_value").map(\.jurisdiction.description) == ["province:Bắc Ninh"])
    }

    @Test func aGroupOfGoodsWithItsTradeValueIsNoTotal() throws {
        let text = "Ngày 5/11/2025, theo Cục Hải quan, kim ngạch xuất khẩu cả nước 10 tháng đạt 391 tỉ USD. Máy vi tính, sản phẩm "
            + "điện tử là nhóm hàng hóa có trị giá xuất khẩu cao nhất với 87,3 tỉ USD.\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [391])
    }

    @Test func visitorsWhoseCueNamesTheirMarketAreNoArrivals() throws {
        let text = "Năm 2024, tỉnh Khánh Hòa đón 10 triệu lượt khách. Lượng khách Hàn Quốc nhập cảnh tăng 40% so với năm trước.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map(\.value) == [10_000_000])
    }

    @Test func theLastSixMonthsOfAYearAreItsSecondHalf() throws {
        let text = "Ngày 21/7/2025, UBND tỉnh Cà Mau cho biết 6 tháng cuối năm 2025, tỉnh phải đạt tốc độ tăng trưởng GRDP 8,8%.\n"
        #expect(figures(try extract(text), "grdp_growth").map { $0.period! } == [Period(.half(year: 2025, half: 2), isTarget: true)])
        // ("phấn đấu" sets a goal too)
        let goal = "Ngày 21/7/2025, UBND tỉnh Cà Mau cho biết 6 tháng cuối năm 2025, tỉnh phấn đấu tăng trưởng GRDP 8,8%.\n"
        #expect(figures(try extract(goal), "grdp_growth").map { $0.period! } == [Period(.half(year: 2025, half: 2), isTarget: true)])
    }

    @Test func aGrowthNamedWithItsPeriodAndNoNumberIsTheTotalOfTheSectorsAfterIt() throws {
        let text = "Năm 2019, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) của tỉnh Thanh Hóa đạt mức cao nhất từ trước đến "
            + "nay. Cụ thể, nông, lâm, thủy sản tăng 1,9%, dịch vụ tăng 7,7%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map { "\($0.value!) \($0.period!) \($0.jurisdiction)" } == [
            "1.9 2019 province:Thanh Hóa", "7.7 2019 province:Thanh Hóa",
        ])
        #expect(figures(try extract(text), "grdp_growth").isEmpty)
    }

    @Test func aSectorsGrowthReachedAtALevelIsItsGrowth() throws {
        let text = "6 tháng đầu năm 2024, GRDP tỉnh Thái Bình ước tăng 7,96% so với cùng kỳ năm 2023. Ngành công nghiệp đạt tăng "
            + "trưởng cao với mức 17,42%.\n"
        #expect(figures(try extract(text), "grdp_sector_growth").map(\.value) == [17.42])
    }
}
