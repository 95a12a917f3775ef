import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened halves of the thirty-fifth round of real sets (provinces after the merger, national
/// releases, statistics offices, communes): a district a figureless sentence introduces, an estimate the province
/// assigned written "KH tỉnh giao", output named without "tổng", a department's portal, budget lines told a paragraph
/// each, communes meeting all 19 criteria. Every sentence is invented.
@Suite struct ThirtyFifthRealSetRuleTests {
    @Test func aDistrictAFigurelessSentenceIntroducesIsItsParagraphsPlace() throws {
        let text = "HĐND hai huyện Mường Xén, Tương Dương khai mạc kỳ họp\n\nSáng 12/7, HĐND huyện Tương Dương và huyện Kỳ Sơn "
            + "khai mạc kỳ họp thường lệ.\nTheo báo cáo 6 tháng đầu năm 2019, kinh tế của huyện Tương Dương có nhiều chuyển "
            + "biến. Tổng giá trị sản xuất 6 tháng đầu năm ước đạt 1.500 tỷ đồng, đạt 40% KH tỉnh giao, tăng 8% so với cùng kỳ.\n"
        let output = figures(try extract(text), "production_value")
        #expect(output.map { "\($0.jurisdiction)" } == ["district:Tương Dương"])
        // ("KH tỉnh giao": the estimate the province assigned, no place of the figure)
        #expect(output.first?.pctOfPlan == [PlanComparison(pct: 40, authority: .provinceAssigned)])
        // (the next paragraph is no longer the district's)
        let next = text + "Toàn tỉnh Nghệ An có tổng giá trị sản xuất 6 tháng đầu năm ước đạt 90.000 tỷ đồng.\n"
        #expect(figures(try extract(next), "production_value").map { "\($0.jurisdiction)" }
            == ["district:Tương Dương", "province:Nghệ An"])
    }

    @Test func aDistrictsOwnCommitteeIntroducesTheFiguresListedAfterIt() throws {
        let text = "Đại biểu dự hội nghị\n\nTheo đánh giá của UBND huyện Lâm Hà, 6 tháng đầu năm 2021, kinh tế của huyện tăng "
            + "trưởng chậm. Cụ thể: Giá trị sản xuất nông lâm nghiệp và thủy sản ước đạt 1.715,4 tỷ đồng; giá trị sản xuất ngành "
            + "công nghiệp ước đạt 804,4 tỷ đồng.\n"
        let result = try extract(text, sourceURL: "https://baolamdong.vn/kinh-te/a-1.html")
        #expect(figures(result, "agri_production_value").map { "\($0.jurisdiction)" } == ["district:Lâm Hà"])
        #expect(figures(result, "industrial_production_value").map { "\($0.jurisdiction)" } == ["district:Lâm Hà"])
        // (a sentence without a number introduces it too)
        let numberless = "Đại biểu dự hội nghị\n\nNăm 2021, kinh tế của huyện Lâm Hà tăng trưởng chậm. Giá trị sản xuất nông lâm "
            + "nghiệp và thủy sản ước đạt 1.715,4 tỷ đồng.\n"
        #expect(figures(try extract(numberless, sourceURL: "https://baolamdong.vn/kinh-te/a-1.html"), "agri_production_value")
            .map { "\($0.jurisdiction)" } == ["district:Lâm Hà"])
    }

    @Test func outputNamedWithoutTotalIsTheWholeOnlyWhenItOpensItsClause() throws {
        let whole = "Huyện Tam Nông\n\nNăm 2023, giá trị sản xuất ước thực hiện 4.250 tỷ đồng, tăng 7,2% so với năm 2022.\n"
        #expect(figures(try extract(whole), "production_value").map(\.value) == [4_250])
        #expect(figures(try extract(whole), "production_value").map(\.kind) == [.estimate])
        // (a branch named before it: the branch's output, no figure of the whole)
        let branch = "Huyện Tam Nông\n\nNăm 2023, ngành chăn nuôi phát triển ổn định, giá trị sản xuất đạt 520 tỷ đồng.\n"
        #expect(figures(try extract(branch), "production_value").isEmpty)
    }

    @Test func aDepartmentsPortalIsItsProvinces() throws {
        let text = "Kết quả 9 tháng đầu năm 2018: Giá trị SXCN ước đạt 4.086,8 tỷ đồng, tăng 11,8% so với cùng kỳ.\n"
        let result = try extract(text, sourceURL: "http://congthuongthainguyen.gov.vn/vn/bao-cao-a.phtml")
        let industry = figures(result, "industrial_production_value")
        #expect(industry.map(\.value) == [4_086.8])
        #expect(industry.map { "\($0.jurisdiction)" } == ["province:Thái Nguyên"])
    }

    @Test func tradeWithServicesWrittenWithACommaIsTradesOutput() throws {
        let text = "Tình hình kinh tế tỉnh Hưng Yên 6 tháng năm 2019\n1. Giá trị sản xuất thương mại, dịch vụ theo giá so sánh "
            + "2010 tăng 6,10%;\n"
        let trade = figures(try extract(text), "trade_production_value")
        #expect(trade.map(\.yoyPct) == [6.1])
        #expect(trade.map { $0.period.map { "\($0)" } } == ["2019-H1"])
    }

    @Test func aBudgetLineInItsOwnParagraphRunsToTheCutOffBefore() throws {
        let text = "Tỉnh Tây Ninh thu ngân sách khả quan\n\nĐến ngày 18/9/2025, thu ngân sách nhà nước của tỉnh đạt 7.413 tỉ "
            + "đồng, đạt 90,5% dự toán Trung ương giao.\n\nThu tiền sử dụng đất 1.171 tỉ đồng, đạt 113,6% dự toán giao.\n\n"
            + "Tổng chi ngân sách nhà nước đạt 5.787 tỉ đồng, đạt 69,7% dự toán.\n"
        let result = try extract(text)
        #expect(figures(result, "budget_revenue_land_use").map { $0.period.map { "\($0)" } } == ["2025-9M"])
        #expect(figures(result, "budget_expenditure_local").map { $0.period.map { "\($0)" } } == ["2025-9M"])
        // (a line that states a period of its own keeps it)
        let own = "Tỉnh Tây Ninh\n\nĐến ngày 18/9/2025, thu ngân sách nhà nước của tỉnh đạt 7.413 tỉ đồng.\n\nNăm 2024, thu "
            + "tiền sử dụng đất đạt 1.171 tỉ đồng.\n"
        #expect(figures(try extract(own), "budget_revenue_land_use").map { $0.period.map { "\($0)" } } == ["2024"])
    }

    @Test func aPeriodStatedAfterTheTotalDatesTheSectorsAfterIt() throws {
        let text = "Tỉnh Sóc Trăng tháng 6/2021\nGiá trị sản xuất công nghiệp tháng 6/2021 ước thực hiện 2.565 tỷ đồng, tăng 3,55% so "
            + "cùng kỳ; lũy kế 6 tháng ước thực hiện 12.728 tỷ đồng, tăng 10,82% so cùng kỳ; trong đó: công nghiệp chế biến, chế "
            + "tạo 12.493 tỷ đồng, tăng 10,94%.\n"
        let industry = figures(try extract(text), "industrial_production_value")
        #expect(industry.map(\.value) == [2_565, 12_728, 12_493])
        #expect(industry.map { $0.period.map { "\($0)" } } == ["2021-06", "2021-H1", "2021-H1"])
    }

    @Test func aRiseIsNoFigureOfTheCueOpeningTheNextClause() throws {
        let text = "6 tháng đầu năm 2024, tỉnh Trà Vinh thu hơn 1.200 tỷ đồng, tăng 20,17% so với cùng kỳ, GRDP tỉnh tăng đều "
            + "cả 3 khu vực.\n"
        #expect(figures(try extract(text), "grdp_value").isEmpty)
        // (a rise the cue comes right after still is: "tăng 12% lượt khách")
        let after = "Năm 2024, tỉnh Trà Vinh đón 1,2 triệu lượt khách du lịch, tăng 12% lượt khách so với năm 2023.\n"
        #expect(figures(try extract(after), "tourist_arrivals").map(\.yoyPct) == [12])
        // (nor a fall of an amount: "sản lượng khai thác giảm 9,5%), GRDP …")
        let fall = "Do sản lượng than khai thác giảm (ước 4,2 triệu tấn, giảm 9,5%), tổng sản phẩm trên địa bàn năm 2019 của "
            + "tỉnh Quảng Ninh ước tăng 10,2%.\n"
        #expect(figures(try extract(fall), "grdp_value").isEmpty)
    }

    @Test func communesMeetingAllNineteenCriteriaMeetTheStandard() throws {
        let text = "Huyện Tam Nông\n\nĐến hết năm 2020, huyện có 12/12 xã đạt 19/19 tiêu chí NTM.\n"
        let communes = figures(try extract(text), "ntm_communes")
        #expect(communes.map(\.value) == [12])
        #expect(communes.map { "\($0.jurisdiction)" } == ["district:Tam Nông"])
        let some = "Huyện Tam Nông\n\nNăm 2021, huyện có 8 xã hoàn thành 19 tiêu chí, 3 xã đạt 15 tiêu chí nông thôn mới.\n"
        #expect(figures(try extract(some), "ntm_communes").map(\.value) == [8])
    }
}
