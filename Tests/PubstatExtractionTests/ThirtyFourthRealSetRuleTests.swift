import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened halves of the thirty-fourth round of real sets (district texts): a district's pages on
/// its province's portal, a page's clock, a district written alone on its province's newspaper, units merged or retyped
/// since, the tasks carried out in a period, the months before "đầu tháng", related-news boxes, words glued to numbers.
/// Every sentence is invented.
@Suite struct ThirtyFourthRealSetRuleTests {
    @Test func aDistrictsLabelOnItsProvincesPortalIsTheDistrict() throws {
        let text = "6 tháng đầu năm 2023, thu ngân sách nhà nước trên địa bàn ước đạt 95 tỷ đồng.\n"
        let district = try extract(text, sourceURL: "http://mocchau.sonla.gov.vn/tin-tuc/a-1")
        #expect(district.figures.map { "\($0.jurisdiction)" } == ["district:Mộc Châu"])
        // (an office's label is no district: the province stays)
        let office = try extract(text, sourceURL: "http://sotc.sonla.gov.vn/tin-tuc/a-1")
        #expect(office.figures.map { "\($0.jurisdiction)" } == ["province:Sơn La"])
    }

    @Test func aPagesClockIsNotWhenTheArticleWasWritten() throws {
        let text = "Hôm nay, Thứ ba ngày 11/08/2020\nChiều 5/6/2019, UBND huyện Mộc Châu họp. Thu ngân sách nhà nước 6 tháng đầu "
            + "năm ước đạt 240 tỷ đồng.\n"
        let result = try extract(text)
        #expect(result.published == nil)
        #expect(figures(result, "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2019-H1"])
    }

    @Test func aDistrictWrittenAloneOnItsProvincesNewspaperIsTheSubject() throws {
        let text = "9 tháng năm 2023, Mộc Châu đón 1,2 triệu lượt khách, đạt 90% kế hoạch năm. Du khách đến Mộc Châu tăng mạnh "
            + "nhờ nhiều lễ hội.\n"
        let arrivals = figures(try extract(text, sourceURL: "https://baosonla.vn/du-lich/a-1.html"), "tourist_arrivals")
        #expect(arrivals.map { "\($0.jurisdiction)" } == ["district:Mộc Châu"])
        // (named once only, or beside the province, it is not what the text is about)
        let once = "9 tháng năm 2023, tỉnh đón 3 triệu lượt khách; nhiều khách đến Mộc Châu.\n"
        #expect(figures(try extract(once, sourceURL: "https://baosonla.vn/du-lich/a-1.html"), "tourist_arrivals")
            .map { "\($0.jurisdiction)" } == ["province:Sơn La"])
    }

    @Test func unitsMergedOrRetypedSinceAreStillKnown() throws {
        // thị xã Cửa Lò joined Vinh in 2025; huyện Thuận Thành became a town in 2023
        let town = "Năm 2018, thị xã Cửa Lò đón 3 triệu lượt khách.\n"
        #expect(figures(try extract(town), "tourist_arrivals").map { "\($0.jurisdiction)" } == ["district:Cửa Lò"])
        let district = "Năm 2019, huyện Thuận Thành có thu nhập bình quân đầu người 47 triệu đồng.\n"
        #expect(figures(try extract(district), "per_capita_income").map { "\($0.jurisdiction)" } == ["district:Thuận Thành"])
    }

    @Test func theOnlyPlaceADistrictSharedByTwoProvincesIsTheSubject() throws {
        let text = "Năm 2019, huyện Tam Nông tổng kết năm. Thu nhập bình quân đầu người đạt 48 triệu đồng/người/năm.\n"
        #expect(figures(try extract(text), "per_capita_income").map { "\($0.jurisdiction)" } == ["district:Tam Nông"])
    }

    @Test func theTasksCarriedOutInAPeriodDateWhatFollows() throws {
        let text = "Việc triển khai thực hiện nhiệm vụ trong 6 tháng đầu năm 2024 của huyện Mộc Châu đạt kết quả tích cực. "
            + "Tổng thu ngân sách đạt 83 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2024-H1"])
        // (tasks set for a period are goals: "để thực hiện nhiệm vụ năm 2025, huyện phấn đấu …")
        let aim = "Năm 2024, thu ngân sách huyện Mộc Châu đạt 160 tỷ đồng. Để thực hiện nhiệm vụ năm 2025, huyện phấn đấu thu "
            + "ngân sách 180 tỷ đồng.\n"
        #expect(figures(try extract(aim), "budget_revenue_on_territory").map { $0.value } == [160, 180])
        #expect(figures(try extract(aim), "budget_revenue_on_territory").map(\.kind) == [.actual, .target])
    }

    @Test func upToTheStartOfAMonthAreTheMonthsBeforeIt() throws {
        let text = "Tính đến đầu tháng 7/2019, thu ngân sách nhà nước trên địa bàn huyện Mộc Châu ước trên 464 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2019-H1"])
    }

    @Test func aBoxOfArticlesYouMayLikeIsNotTheArticle() throws {
        let text = "Huyện Mộc Châu đạt chuẩn nông thôn mới\nNăm 2019, thu nhập bình quân đầu người của huyện Mộc Châu đạt 47 triệu đồng.\n"
            + "Có thể bạn quan tâm\nHuyện Yên Châu (Sơn La) đạt chuẩn nông thôn mới\n19:00, 16/06/2020\n"
            + "Huyện Vân Hồ phát triển du lịch\n06:39, 22/05/2020\n"
        let result = try extract(text)
        #expect(result.subject.map { "\($0)" } == "district:Mộc Châu")
        #expect(result.published == nil)
    }

    @Test func aSyllableGluedToANumberIsReadApart() throws {
        let text = "Năm 2020, giá trị sản xuất công nghiệp của huyện Mộc Châu ước đạt16.743 tỷ đồng.\n"
        #expect(figures(try extract(text), "industrial_production_value").map(\.value) == [16_743])
        // (a unit's code keeps its digits: "m2" is no number)
        #expect(Tokenizer.tokenize(FoldedText(utf8: Array("1.000 m2".utf8))).map(\.kind) == [.number, .word])
    }

    @Test func budgetPartsNamedShortAreTheirParts() throws {
        let text = "6 tháng đầu năm 2020, thu ngân sách huyện Bảo Lâm đạt 120 tỷ đồng, trong đó thu từ thuế, phí là 47 tỷ đồng; "
            + "thu cấp quyền sử dụng đất là 34 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "budget_revenue_tax_fees_other").map(\.value) == [47])
        #expect(figures(result, "budget_revenue_land_use").map(\.value) == [34])
    }
}

/// Rules of 2.74.0, from the same opened halves: output of trade with services, communes
/// built up "thêm", and visits counted to a place named right after them. Every sentence is invented.
@Suite struct ThirtyFourthRealSetOutputAndVisitsTests {
    @Test func tradeWithServicesIsTradesOutput() throws {
        let text = "6 tháng đầu năm 2019, giá trị sản xuất công nghiệp - xây dựng của huyện Mộc Châu ước đạt 2.800 tỉ đồng; "
            + "giá trị thương mại - dịch vụ ước đạt 1.594 tỷ đồng.\n"
        let result = try extract(text)
        #expect(figures(result, "trade_production_value").map(\.value) == [1_594])
        // (industry and construction summed stay no industrial output, as the earlier sets' labels have it)
        #expect(figures(result, "industrial_production_value").isEmpty)
    }

    @Test func communesBuiltUpInASpanAreNewOnes() throws {
        let text = "Giai đoạn 2016-2020, huyện Mộc Châu đã xây dựng thêm 9 xã đạt chuẩn nông thôn mới.\n"
        #expect(figures(try extract(text), "ntm_communes_new").map(\.value) == [9])
    }

    @Test func visitsCountedToAPlaceAreItsVisitors() throws {
        let text = "Năm 2023, có 2 triệu lượt người tới huyện Mộc Châu.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [2_000_000])
        #expect(arrivals.map { "\($0.jurisdiction)" } == ["district:Mộc Châu"])
        // (people going somewhere that is no place are not visitors: "lượt người đến khám bệnh")
        let patients = "Năm 2023, bệnh viện huyện Mộc Châu có 20.000 lượt người đến khám bệnh.\n"
        #expect(figures(try extract(patients), "tourist_arrivals").isEmpty)
    }
}
