import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on two halves kept blind until this round (`rc33b`, `rc34b`) and on the opened
/// halves of two new real sets (`rc37a`, `rc38a`, kept outside the repository, each whole set scored cold before it
/// was opened), while `rc35b`, `rc36b`, `rc37b` and `rc38b` stayed blind: a full date written with two dashes, a unit
/// a sentence opens with after "Tại", a receiving verb before investment, a term ending in the text's one year, a
/// holiday's first day, a spread over several units, the national statistics office named without a place, a stock
/// told "đến nay" in an undated report on part of a year, rates listed after "lần lượt", a unit singled out as a
/// paragraph's topic, places ranked in a bracket each with its rate, places' changes of the figure before named again
/// by its first words, a count "trong số" a whole, units a phrase places something in or that have not met a standard.
/// Every sentence is invented.
@Suite struct TwentyThirdRealSetRuleTests {
    @Test func aFullDateWithTwoDashesDatesAnUndatedText() throws {
        let text = "Tăng trưởng GRDP 9 tháng của TP Cần Thơ đạt 7,1%.\nSố liệu được công bố tại buổi họp báo chiều 16-10-2025.\n"
        #expect(figures(try extract(text), "grdp_growth").map { "\($0.value!) \($0.period!)" } == ["7.1 2025-9M"])
    }

    @Test func aUnitASentenceOpensWithAfterTaiScopesIt() throws {
        let text = "Ngày 3/9/2025, Sở Du lịch tỉnh An Giang cho biết tỉnh đón 70.000 lượt khách. Riêng tại đặc khu Phú Quốc, ước "
            + "tính đón 21.000 lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map { "\($0.value!) \($0.jurisdiction)" } == [
            "70000.0 province:An Giang", "21000.0 special_zone:Phú Quốc",
        ])
        let district = " date 2024-08-31 Sở Du lịch tỉnh Kiên Giang cho biết tỉnh đón 70.000 lượt khách. Tại huyện Kiên Lương, "
            + "lượng khách đạt 3.000 lượt.\n"
        #expect(figures(try extract(district), "tourist_arrivals").map { "\($0.value!) \($0.jurisdiction)" } == [
            "70000.0 province:Kiên Giang", "3000.0 district:Kiên Lương",
        ])
    }

    @Test func aReceivingVerbBeforeInvestmentNamesNoVisitors() throws {
        let text = "Năm 2024, tỉnh Long An có nhiều kết quả. Thu hút đầu tư: số doanh nghiệp thành lập mới tăng 45%.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
        // (visitors named after the verb keep their change)
        let guests = "Năm 2024, tỉnh Long An thu hút lượng khách tăng 12% so với năm trước.\n"
        #expect(figures(try extract(guests), "tourist_arrivals").map(\.yoyPct) == [12])
    }

    @Test func aTermEndingInTheTextsOneYearLeavesItTheTextsYear() throws {
        let text = "Tỉnh Bắc Ninh tổng kết nhiệm kỳ. Tốc độ tăng trưởng GRDP bình quân 5 năm đạt 8,5%/năm. Quy mô kinh tế năm 2025 "
            + "ước đạt 500 nghìn tỷ đồng. Tổng vốn đầu tư giai đoạn 2021-2025 ước đạt 700 nghìn tỷ đồng.\n"
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map { "\($0.value!) \($0.period!)" } == ["8.5 2021/2025"])
        // (a span ending in another year leaves it unknown)
        let other = "Tỉnh Bắc Ninh tổng kết. Tốc độ tăng trưởng GRDP bình quân 5 năm đạt 8,5%/năm. Quy mô kinh tế năm 2025 ước đạt "
            + "500 nghìn tỷ đồng. Giai đoạn 2016-2020, vốn đầu tư đạt 600 nghìn tỷ đồng.\n"
        #expect(figures(try extract(other), "grdp_growth").isEmpty)
    }

    @Test func aStockToldDenNayInAnUndatedReportStandsAsOfItsYear() throws {
        let text = "Tỉnh Bạc Liêu: 6 tháng đầu năm 2023, GRDP ước tăng 6,5% so với cùng kỳ. Chương trình OCOP: Đến nay đã có 104 "
            + "sản phẩm được công nhận là sản phẩm OCOP.\n"
        #expect(figures(try extract(text), "ocop_products").map { "\($0.value!) \($0.period!)" } == ["104.0 2023"])
        // (after a span, the date stays unknown: the stock is held back)
        let span = "Tỉnh Bạc Liêu tổng kết giai đoạn 2016-2020. Đến nay đã có 104 sản phẩm được công nhận là sản phẩm OCOP.\n"
        #expect(figures(try extract(span), "ocop_products").isEmpty)
    }

    @Test func theFirstDayOfAHolidayIsTheFirstDayOfItsSchedule() throws {
        let text = " date 2024-09-01 Sở Du lịch tỉnh Kiên Giang báo cáo tình hình du lịch trong ngày đầu tiên của dịp Lễ Quốc "
            + "khánh 2/9.\n\nTheo đó, tỉnh ước đón 50.000 lượt khách, tăng 3% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map { "\($0.value!) \($0.period!)" } == [
            "50000.0 2024-08-31/2024-08-31",
        ])
    }

    @Test func aSpreadOverSeveralUnitsIsNoFigure() throws {
        let text = "Năm 2025, có 3 địa phương tăng trưởng GRDP trên 10%, gồm Quảng Ninh, Hải Phòng và Ninh Bình. Mức tăng trưởng "
            + "kinh tế của các tỉnh thành này dao động từ 10,1% đến 11,9%.\n"
        #expect(figures(try extract(text), "grdp_growth").isEmpty)
    }

    @Test func theStatisticsOfficeNamedWithoutAPlaceSpeaksForTheCountry() throws {
        let text = " date 2025-11-06 Theo số liệu Cục Thống kê vừa công bố, 10 tháng năm 2025, tổng mức bán lẻ hàng hóa và doanh "
            + "thu dịch vụ tiêu dùng ước đạt 5.700 nghìn tỷ đồng, tăng 9,1% so với cùng kỳ. Một số địa phương tăng khá như Đà "
            + "Nẵng, Cần Thơ, Hải Phòng.\n"
        #expect(figures(try extract(text), "retail_sales").map(\.jurisdiction.description) == ["country:Việt Nam"])
        // (in a text that names the province's office, a bare "Cục Thống kê" is that office)
        let local = " date 2024-11-06 Theo Cục Thống kê tỉnh, tổng mức bán lẻ hàng hóa 10 tháng của tỉnh Tiền Giang ước đạt "
            + "85.000 tỷ đồng. Cục Thống kê nhận định cả năm có thể đạt 102.000 tỷ đồng. Đà Nẵng, Cần Thơ, Hải Phòng cũng tăng.\n"
        #expect(figures(try extract(local), "retail_sales").allSatisfy { $0.jurisdiction.description == "province:Tiền Giang" })
    }

    @Test func ratesListedAfterLanLuotGoToThePlacesNamedBefore() throws {
        let cue = " date 2026-01-05 Năm 2025, dẫn đầu là Quảng Ninh và Hải Phòng, với mức tăng GRDP lần lượt là 11,5% và 11,2%.\n"
        let verb = " date 2026-01-05 Năm 2025, GRDP của Quảng Ninh và Hải Phòng lần lượt tăng 11,5% và 11,2%.\n"
        for text in [cue, verb] {
            #expect(figures(try extract(text), "grdp_growth").map { "\($0.value!) \($0.jurisdiction)" } == [
                "11.5 province:Quảng Ninh", "11.2 city:Hải Phòng",
            ])
        }
    }

    @Test func aUnitSingledOutStaysTheTopicOfItsParagraph() throws {
        let text = " date 2025-08-31 Tỉnh An Giang đón 70.000 lượt khách. Riêng tại đặc khu Phú Quốc, ước tính đón 21.000 lượt "
            + "khách, tăng 5%. Lượng khách quốc tế đạt 4.000 lượt, tăng 1%.\nDoanh thu du lịch toàn tỉnh đạt 140 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_international").map(\.jurisdiction.description) == ["special_zone:Phú Quốc"])
        #expect(figures(r, "tourism_revenue").map(\.jurisdiction.description) == ["province:An Giang"])
    }

    @Test func placesRankedInABracketEachWithItsRate() throws {
        let text = " date 2024-12 Năm 2024, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Long An ước đạt 8,1%, đứng thứ 3 vùng (sau "
            + "Trà Vinh tăng 9,5% và Hậu Giang tăng 8,6%).\n"
        #expect(figures(try extract(text), "grdp_growth").map { "\($0.value!) \($0.jurisdiction)" } == [
            "8.1 province:Long An", "9.5 province:Trà Vinh", "8.6 province:Hậu Giang",
        ])
    }

    @Test func placesChangesOfTheFigureBeforeNamedAgainByItsFirstWords() throws {
        let text = " date 2025-11-06 Theo Cục Thống kê, doanh thu bán lẻ hàng hóa 10 tháng năm 2025 ước đạt 4.400 nghìn tỷ đồng, "
            + "tăng 8,0% so với cùng kỳ năm trước. Một số địa phương có doanh thu tăng so với cùng kỳ năm trước như: Đà Nẵng tăng "
            + "9,4%; Cần Thơ tăng 8,7%; Hà Nội tăng 8,0%.\n"
        #expect(figures(try extract(text), "retail_sales").map { "\($0.jurisdiction) \($0.yoyPct!)" } == [
            "country:Việt Nam 8.0", "city:Đà Nẵng 9.4", "city:Cần Thơ 8.7", "city:Hà Nội 8.0",
        ])
        // (a subject of its own, not the figure's first words, is another indicator)
        let other = " date 2025-11-06 Theo Cục Thống kê, doanh thu bán lẻ hàng hóa 10 tháng năm 2025 ước đạt 4.400 nghìn tỷ đồng, "
            + "tăng 8,0% so với cùng kỳ năm trước. Một số địa phương có chỉ số sản xuất tăng cao như: Đà Nẵng tăng 9,4%; Cần Thơ "
            + "tăng 8,7%.\n"
        #expect(figures(try extract(other), "retail_sales").count == 1)
    }

    @Test func aCountAmongAWholeIsACountOutOfIt() throws {
        let text = "Năm 2018, tỉnh Hà Nam có 80 trong số 98 xã đạt chuẩn nông thôn mới.\n"
        let communes = figures(try extract(text), "ntm_communes")
        #expect(communes.map { "\($0.value!) \($0.outOf.map { "\($0)" } ?? "-")" } == ["80.0 98.0"])
    }

    @Test func unitsAPhrasePlacesSomethingInOrThatHaveNotMetAStandardAreNoCount() throws {
        let left = "Năm 2022, huyện Hương Khê nâng tổng số xã đạt chuẩn NTM toàn huyện lên 15/20 xã (còn 5 xã chưa đạt chuẩn, gồm: "
            + "Hương Lâm, Hương Liên).\n"
        #expect(figures(try extract(left), "ntm_communes").map(\.value) == [15])
        let located = "Năm 2019, thu nhập bình quân của người dân tại 6 xã đạt chuẩn nông thôn mới của thành phố Bến Tre đạt 45 "
            + "triệu đồng/năm.\n"
        #expect(figures(try extract(located), "ntm_communes").isEmpty)
    }
}
