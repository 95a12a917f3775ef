import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on the opened half of a real set (`rc21a`, kept outside the repository, opened
/// after its cold score) while its other half (`rc21b`) and `rc18b` stayed blind: a table flattened with a column per
/// year, an average over years that run to the time of writing, a year's first months that had passed when the text
/// was written, communes a decision has just recognised, products put to a council, star ratings, a paragraph
/// wrapped at a page's width, the whole a share is taken of. Every sentence is invented.
@Suite struct FifteenthRealSetRuleTests {
    @Test func aTableWithAColumnPerYearGivesEachCell() throws {
        let text = "Tỉnh Bình Thuận\n\nBảng: Tăng trưởng GDP tỉnh Bình Thuận (Giai đoạn 2009 - 2011)\n\nĐơn vị tính: Triệu đồng\n\nNăm\n\n2009\n\n"
            + "2010\n\n2011\n\nTổng số\n\n19.000.100\n\n24.000.200\n\n31.000.300\n\nDịch vụ\n\n8.000.100\n\n10.000.200\n\n14.000.300\n\n"
            + "Nguồn: Niên giám thống kê\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_value").map(\.value) == [19_000_100, 24_000_200, 31_000_300])
        #expect(figures(r, "grdp_value").map { $0.period?.description } == ["2009", "2010", "2011"])
        #expect(figures(r, "grdp_value").first?.unit == .millionVND)
        let services = figures(r, "grdp_sector_value")
        #expect(services.map(\.value) == [8_000_100, 10_000_200, 14_000_300])
        #expect(services.allSatisfy { $0.sector == "services" })
        // rows it cannot name are passed over
        let unnamed = text.replacingOccurrences(of: "Dịch vụ", with: "Khác")
        #expect(figures(try extract(unnamed), "grdp_sector_value").isEmpty)
    }

    @Test func anAverageOverYearsThatRunToNowHasNoPeriod() throws {
        let text = "Kể từ khi tái lập tỉnh (năm 1992) đến nay, tổng sản phẩm trong tỉnh (GDP) của Bình Thuận bình quân hàng năm tăng 12,3%; "
            + "trong đó, dịch vụ tăng 14,3%. Năm 2012, GDP tăng khoảng 9,51%.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [9.51])
        #expect(figures(r, "grdp_sector_growth").isEmpty)
    }

    @Test func firstMonthsThatHadPassedWhenTheTextWasWrittenAreThatYears() throws {
        let text = " date 2024-11 Tỉnh Hà Giang đứng thứ 4 trong top 10 điểm du lịch nổi bật nhất năm 2023.\n\nLũy kế 10 tháng, tỉnh Hà Giang "
            + "đã đón trên 2,7 triệu lượt du khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map { $0.period?.description } == ["2024-10M"])
    }

    @Test func communesADecisionHasJustRecognisedAreNew() throws {
        let text = "Năm 2020, Chủ tịch UBND tỉnh Nghệ An vừa ký quyết định công nhận 31 xã đạt chuẩn nông thôn mới.\n"
        let r = try extract(text)
        #expect(figures(r, "ntm_communes_new").map(\.value) == [31])
        #expect(figures(r, "ntm_communes").isEmpty)
        // the districts the communes belong to are no figure
        let districts = "Năm 2020, Chủ tịch UBND tỉnh Nghệ An vừa ký quyết định công nhận 31 xã thuộc 9 huyện, thị đạt chuẩn nông thôn mới.\n"
        #expect(figures(try extract(districts), "ntm_districts").isEmpty)
    }

    @Test func productsPutToACouncilAreNoResultAndStarredOnesAre() throws {
        let text = "Từ ngày 30-11 đến 2-12-2020, Hội đồng đánh giá sản phẩm OCOP tỉnh Đắk Lắk đã thẩm định, đánh giá 17 sản phẩm OCOP "
            + "của 7 đơn vị. Kết quả, có 14 sản phẩm được gắn sao; trong đó có 1 sản phẩm được gắn 4 sao.\n"
        let r = try extract(text)
        let products = figures(r, "ocop_products")
        #expect(products.map(\.value) == [14, 1])
        #expect(products.map { $0.period?.description } == ["2020", "2020"])
        #expect(products.last?.scope == "four_star")
        #expect(figures(r, "ocop_entities").isEmpty)
    }

    @Test func aParagraphWrappedAtThePagesWidthIsReadAsOne() throws {
        let text = "Niên giám thống kê tỉnh Hưng Yên năm 2018\n\n    Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt\n"
            + "    34.285 tỷ đồng, tăng 13,02% so với năm 2017. Trong đó: Doanh thu bán\n    lẻ hàng hóa đạt 24.981 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "retail_sales").map(\.value) == [34_285, 24_981])
        #expect(figures(r, "retail_sales").first?.yoyPct == 13.02)
        // a headline over a paragraph stays apart
        let headline = "Hưng Yên: bán lẻ năm 2018\nTổng mức bán lẻ hàng hóa của tỉnh Hưng Yên đạt 34.285 tỷ đồng.\n"
        #expect(figures(try extract(headline), "retail_sales").map(\.value) == [34_285])
    }

    @Test func theWholeAShareIsTakenOfNamesNoFigure() throws {
        let text = "Năm 2018, doanh thu dịch vụ khác của tỉnh Hưng Yên đạt 7.629 tỷ đồng, chiếm tỷ trọng 22,25% trong tổng mức bán lẻ "
            + "hàng hóa và doanh thu dịch vụ tiêu dùng và tăng 20,09% so với năm 2017.\n"
        #expect(figures(try extract(text), "retail_sales").isEmpty)
    }

    @Test func exportsLessOilAndGasAreTheTotalWithAScope() throws {
        let text = "Tháng 5/2014, kim ngạch xuất khẩu của tỉnh Bà Rịa - Vũng Tàu ước đạt 1.747,71 triệu USD, tăng 63,18% so với cùng kỳ. "
            + "Trừ dầu khí ước 201,79 triệu USD, tăng 15,28% so với cùng kỳ.\n"
        let exports = figures(try extract(text), "export_value")
        #expect(exports.map(\.value) == [1_747.71, 201.79])
        #expect(exports.map(\.scope) == [nil, "excluding_oil_gas"])
        let inline = "Tháng 5/2014, kim ngạch xuất khẩu trừ dầu khí của tỉnh Bà Rịa - Vũng Tàu ước đạt 201,79 triệu USD.\n"
        #expect(figures(try extract(inline), "export_value").map(\.scope) == ["excluding_oil_gas"])
    }

    @Test func twoBareChangesTakeTheComparisonsTheSentenceWroteOut() throws {
        let text = "Ước tính quý II/2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của Hà Nội đạt 174,4 nghìn tỷ đồng, "
            + "tăng 8% so với quý trước và tăng 24,3% so với cùng kỳ năm trước, trong đó doanh thu bán lẻ hàng hóa tăng 2,3% và tăng 12,8%.\n"
        let retail = figures(try extract(text), "retail_sales")
        #expect(retail.map(\.yoyPct) == [24.3, 12.8])
        // without the comparisons written out, a bare change is on the year before as always
        let bare = "Tháng 6/2022, tổng mức bán lẻ hàng hóa của Hà Nội đạt 60 nghìn tỷ đồng, tăng 36,7%.\n"
        #expect(figures(try extract(bare), "retail_sales").first?.yoyPct == 36.7)
    }

    @Test func aHeadlinesFigureIsOfTheFirstMonthsTheTextReports() throws {
        let text = "Xuất khẩu hàng hóa tỉnh Thái Nguyên vượt 19 tỷ USD\nNgày đăng : 11:42, 06/08/2022\nTính chung 7 tháng năm 2022, khu vực "
            + "kinh tế trong nước của tỉnh Thái Nguyên xuất khẩu 399 triệu USD.\n"
        #expect(figures(try extract(text), "export_value").map { $0.period?.description } == ["2022-7M"])
    }

    @Test func anAverageOverTheTimeGoneByHasNoPeriod() throws {
        let text = "Năm 2020, tỉnh Sóc Trăng còn 8.617 hộ nghèo, chiếm tỷ lệ 2,66%. Thời gian qua, công tác giảm nghèo của tỉnh đạt kết quả "
            + "tích cực, bình quân giảm tỷ lệ hộ nghèo trên 3%/năm.\n"
        let r = try extract(text)
        #expect(figures(r, "poverty_rate").map(\.value) == [2.66])
        #expect(figures(r, "poverty_rate_reduction_avg").isEmpty)
    }

    @Test func theSameTableKeptInAPDFsLayoutIsReadAlike() throws {
        let text = "Tỉnh Bình Thuận\n\nBảng: Tăng trưởng GDP tỉnh Bình Thuận (Giai đoạn 2009 - 2011)\n   Đơn vị tính: Triệu đồng\n\n"
            + "   Năm            2009          2010          2011\n   Tổng số        19.000.100    24.000.200    31.000.300\n"
            + "   Dịch vụ        8.000.100     10.000.200    14.000.300\n\nNguồn: Niên giám thống kê\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_value").map(\.value) == [19_000_100, 24_000_200, 31_000_300])
        #expect(figures(r, "grdp_sector_value").map { $0.period?.description } == ["2009", "2010", "2011"])
        #expect(figures(r, "grdp_value").first?.quote == "19.000.100")
    }

    @Test func aFlattenedRowThatNamesItsIndicatorIsThatIndicators() throws {
        let text = "Tỉnh Vĩnh Phúc\n\nMột số chỉ tiêu chủ yếu\n\nNăm\n\n2019\n\n2020\n\n2021\n\nTổng mức bán lẻ hàng hóa (Tỷ đồng)\n\n"
            + "31.000,5\n\n33.100,2\n\n35.200,8\n\nSố khách sạn\n\n120\n\n125\n\n130\n"
        let r = try extract(text)
        #expect(figures(r, "retail_sales").map(\.value) == [31_000.5, 33_100.2, 35_200.8])
        #expect(figures(r, "retail_sales").map { $0.period?.description } == ["2019", "2020", "2021"])
        #expect(r.figures.allSatisfy { $0.indicator.rawValue == "retail_sales" })
    }

    @Test func aCityNamedBareAfterTrongDoIsThePartItMakes() throws {
        let text = "Tháng 4/2021, tổng thu từ du lịch của tỉnh Kiên Giang đạt khoảng 474 tỷ đồng, trong đó Phú Quốc đạt khoảng 354 tỷ đồng.\n"
        let revenue = figures(try extract(text), "tourism_revenue")
        #expect(revenue.map(\.value) == [474, 354])
        #expect(revenue.map(\.jurisdiction.description) == ["province:Kiên Giang", "city:Phú Quốc"])
    }

    @Test func whatAYearNotYetBegunIsSaidToReachIsAGoal() throws {
        let text = "Ngày đăng: 12/05/2025\nNăm 2024, GRDP bình quân đầu người của tỉnh Lâm Đồng đạt 95 triệu đồng. GRDP bình quân đầu "
            + "người năm 2030 đạt 180 triệu đồng.\n"
        let perHead = figures(try extract(text), "grdp_per_capita")
        #expect(perHead.map(\.kind) == [.actual, .target])
        #expect(perHead.map { $0.period?.description } == ["2024", "2030-target"])
    }
}
