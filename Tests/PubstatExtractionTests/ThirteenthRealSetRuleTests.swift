import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors left on a real set (`realcheck19`, kept outside the repository, opened after its
/// cold score) while two others (`rc18b`, `realcheck20`) stayed blind: a related-news box inside an article, a
/// holiday window written with a dash and a newspaper's dot, "the first year in N years", a change that belongs to
/// another level, a retail total that lists its services, income from tourism, a province called by its upgraded
/// city's name, a second change against another time, a facility's capacity, goods groups' exports, a change
/// against no period, respective values whose periods the sentence before gave. Every sentence is invented.
@Suite struct ThirteenthRealSetRuleTests {
    @Test func theArticleGoesOnAfterABoxOfRelatedHeadlines() throws {
        let text = "Bình Định thu ngân sách năm 2023 đạt 12.000 tỷ đồng\n\nBài liên quan\nBình Định đón 5 triệu lượt khách\n"
            + "Quy Nhơn mở thêm đường bay mới\n\nTheo Sở Tài chính, năm 2023 tổng thu ngân sách của tỉnh Bình Định đạt 12.000 tỷ đồng. "
            + "Trong đó, thu nội địa đạt 10.500 tỷ đồng, bằng 105% dự toán. Thu từ hoạt động xuất nhập khẩu đạt 1.100 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_domestic").map(\.value) == [10_500])
        #expect(figures(r, "budget_revenue_import_export").map(\.value) == [1_100])
        // the box's headlines are not the bulletin's
        #expect(figures(r, "tourist_arrivals").isEmpty)
        // a list that runs to the end of the page stays out as before
        let tail = "Năm 2023, tỉnh Bình Định đón 5 triệu lượt khách.\n\nBài liên quan\nBình Định thu ngân sách đạt 12.000 tỷ đồng\n"
            + "Quy Nhơn mở thêm đường bay mới\nCác điểm du lịch đón khách dịp lễ. Nhiều khách sạn kín phòng.\n"
        #expect(figures(try extract(tail), "budget_revenue_on_territory").isEmpty)
    }

    @Test func aDottedWindowAfterADashIsTheHolidaysDays() throws {
        let text = "Trong kỳ nghỉ Tết Nguyên đán Ất Tỵ 2025, từ 25 - 29.1, tỉnh Lào Cai đón 180.000 lượt khách.\n"
        #expect(figures(try extract(text), "tourist_arrivals").first?.period?.description == "2025-01-25/2025-01-29")
    }

    @Test func theFirstYearInASpanIsNoPeriodOfTheFigure() throws {
        let text = "Lâm Đồng thu ngân sách năm 2024 đạt 10.000 tỷ đồng\n\nNăm nay tỉnh hoàn thành sớm kế hoạch.\n\n"
            + "Đây cũng là năm đầu tiên trong vòng 5 năm qua, tỉnh Lâm Đồng có tổng sản phẩm trên địa bàn (GRDP) đạt 130.000 tỷ đồng.\n"
        #expect(figures(try extract(text), "grdp_value").map { $0.period?.description } == ["2024"])
    }

    @Test func aChangeAfterALevelOfAnotherUnitAndItsPlanShareIsThatLevels() throws {
        let text = "Quý I/2024, tỉnh Bắc Giang thu hút được 20 dự án FDI với tổng vốn đăng ký hơn 500 triệu USD, đạt 60% kế hoạch năm, tăng 35% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
        // ("hơn 500 triệu USD" after "vốn đăng ký" read as an aside, not a level)
        let aside = "Quý I/2024, thu ngân sách tỉnh Bắc Giang đạt 5.000 tỷ đồng, bằng 30% dự toán. Đặc biệt, tỉnh đã thu hút được 30 dự án, "
            + "trong đó có 20 dự án FDI với tổng vốn đăng ký hơn 500 triệu USD, đạt gần 60% kế hoạch năm, tăng gần 35% so với cùng kỳ.\n"
        #expect(figures(try extract(aside), "tourist_arrivals").isEmpty)
        // a visitors' change after a figure of visitors stays theirs
        let visitors = "Quý I/2024, tỉnh Bắc Giang thu hút 1,2 triệu lượt khách, đạt 30% kế hoạch năm, tăng 35% so với cùng kỳ.\n"
        #expect(figures(try extract(visitors), "tourist_arrivals").first?.yoyPct == 35)
    }

    @Test func aRetailTotalThatListsItsServicesIsTheRetailTotal() throws {
        let text = "Tháng 3/2024, tổng mức bán lẻ hàng hóa, doanh thu dịch vụ lưu trú, ăn uống, du lịch lữ hành và dịch vụ tiêu dùng "
            + "của tỉnh Hải Dương ước đạt 5.100 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "retail_sales").map(\.value) == [5_100])
        #expect(figures(r, "lodging_revenue").isEmpty)
    }

    @Test func incomeFromTourismIsTourismRevenue() throws {
        let text = "Năm 2015, thu nhập từ du lịch của tỉnh Sơn La ước đạt 620 tỷ đồng.\n"
        #expect(figures(try extract(text), "tourism_revenue").map(\.value) == [620])
    }

    @Test func theUpgradedCitysNameBeforeTheChangeIsTheProvince() throws {
        let text = "Ngày 2/7/2022, UBND tỉnh Thừa Thiên Huế cho biết, 6 tháng đầu năm 2022 lượng khách đến Huế ước đạt 900.000 lượt.\n"
        #expect(figures(try extract(text), "tourist_arrivals").map(\.jurisdiction.description) == ["province:Thừa Thiên Huế"])
        // after it, the city
        let after = "Ngày 2/7/2025, UBND thành phố Huế cho biết, 6 tháng đầu năm 2025 lượng khách đến Huế ước đạt 2.000.000 lượt.\n"
        #expect(figures(try extract(after), "tourist_arrivals").map(\.jurisdiction.description) == ["city:Huế"])
        // and without the province named, the city as written
        let unnamed = "6 tháng đầu năm 2022, lượng khách đến Huế ước đạt 900.000 lượt.\n"
        #expect(figures(try extract(unnamed), "tourist_arrivals").map(\.jurisdiction.description) == ["city:Huế"])
    }

    @Test func aSecondChangeAgainstAnotherTimeIsTheSameFigures() throws {
        let text = "Trong tháng 4/2024, lượng khách du lịch đến tỉnh Quảng Bình tăng 5,2% so với tháng trước, tăng 40% so với cùng kỳ.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.count == 1)
        #expect(arrivals.first?.momPct == 5.2)
        #expect(arrivals.first?.yoyPct == 40)
    }

    @Test func aFacilitysCapacityIsNoFigure() throws {
        let text = "Năm 2023, để thu hút khách du lịch đến tỉnh Quảng Ninh, sân bay mới có công suất 5 triệu hành khách mỗi năm.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
    }

    @Test func theExportsOfGroupsOfGoodsAreNotTheTotal() throws {
        let text = "Năm 2019, kim ngạch xuất khẩu của tỉnh Long An đạt 6 tỷ USD, trong đó hai nhóm hàng dệt may và giày dép có kim ngạch xuất khẩu trên 1 tỷ USD.\n"
        #expect(figures(try extract(text), "export_value").map(\.value) == [6])
    }

    @Test func aChangeAgainstNoPeriodStatesNoFigure() throws {
        let text = "Năm 2023, trong những ngày lễ hội, lượng khách đến tỉnh Bạc Liêu tăng gấp 5 lần so với những ngày bình thường.\n"
        #expect(figures(try extract(text), "tourist_arrivals").isEmpty)
    }

    @Test func respectiveValuesTakeThePeriodsTheSentenceBeforeGave() throws {
        let text = "Quy mô kinh tế của tỉnh Kon Tum năm 2021 là 30.000 tỷ đồng, năm 2022 ước đạt 33.000 tỷ đồng. "
            + "GRDP bình quân đầu người hai năm lần lượt đạt 40 triệu đồng và 44 triệu đồng.\n"
        let perCapita = figures(try extract(text), "grdp_per_capita")
        #expect(perCapita.map { "\($0.period?.description ?? "") \($0.value ?? 0)" } == ["2021 40.0", "2022 44.0"])
    }

    @Test func theNumberOfCommunesRaisedToIsTheStock() throws {
        let text = "Năm 2020, tỉnh Tây Ninh có thêm 5 xã đạt chuẩn, nâng số xã đạt chuẩn nông thôn mới lên 30 xã.\n"
        #expect(figures(try extract(text), "ntm_communes").map(\.value) == [30])
    }

    @Test func aShareWithAWordOfApproximationAfterTheCountIsTheRate() throws {
        let text = "Đến cuối năm 2020, tỉnh Gia Lai còn gần 20.000 hộ nghèo, chiếm tỷ lệ trên 5,5% tổng số hộ dân toàn tỉnh.\n"
        let rate = figures(try extract(text), "poverty_rate")
        #expect(rate.map(\.value) == [5.5])
        #expect(rate.first?.period?.description == "2020")
    }

    @Test func aMarkReachedWrittenToTheUnitIsTheLevel() throws {
        let text = "Năm 2023, thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh đã cán mốc 51.234 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map(\.value) == [51_234])
        // a round mark stays a mark
        let round = "Năm 2023, thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh đã cán mốc 50.000 tỷ đồng.\n"
        #expect(figures(try extract(round), "budget_revenue_on_territory").isEmpty)
    }

    @Test func aHeadlinesPeriodAfterThePlaceTheVisitorsCameToIsItsPeriod() throws {
        let text = "2,1 triệu lượt khách du lịch tới Ninh Bình trong 6 tháng đầu năm\n\nNgày 5/7/2016, Sở Du lịch cho biết, 6 tháng đầu năm 2016 "
            + "tỉnh Ninh Bình đón 2.120.000 lượt khách du lịch.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { $0.period?.description } == ["2016-H1", "2016-H1"])
    }

    @Test func aPartOfAnEstimatedTotalIsEstimatedToo() throws {
        let text = "Tính chung 5 tháng năm 2019, toàn tỉnh Phú Yên ước đón khoảng 900.000 lượt khách, tăng 11% so cùng kỳ năm 2018, "
            + "riêng khách quốc tế có khoảng 80.000 lượt khách, tăng 13% so cùng kỳ.\n"
        #expect(figures(try extract(text), "tourist_arrivals_international").map(\.kind) == [.estimate])
        let bracketed = "Tổng thu ngân sách nhà nước năm 2019 của tỉnh Phú Yên ước đạt 5.000 tỷ đồng, tăng 13% so với thực hiện năm 2018 "
            + "(riêng thu nội địa đạt 4.200 tỷ đồng, tăng 12%).\n"
        #expect(figures(try extract(bracketed), "budget_revenue_domestic").map(\.kind) == [.estimate])
        // "riêng" singling out a place: that place's own result
        let place = "Tháng 10/2024, lượng khách du lịch đến tỉnh Tiền Giang ước khoảng 200.000 lượt. Riêng khu du lịch Thới Sơn đón 72.000 lượt khách.\n"
        #expect(figures(try extract(place), "tourist_arrivals").last?.kind == .actual)
        // and the estimate of a year compared with is not the part's
        let compared = "Năm 2014, dự toán thu ngân sách tỉnh Nam Định là 2.935 tỷ đồng, tăng 3,1% so với ước thực hiện năm 2013; trong đó thu nội địa 2.385 tỷ đồng.\n"
        #expect(figures(try extract(compared), "budget_revenue_domestic").first?.kind != .estimate)
    }

    @Test func anAmountPassedIsApproximate() throws {
        let text = "Năm 2023, lượng khách du lịch đến tỉnh Quảng Trị vượt 2,1 triệu lượt; thu ngân sách vượt qua con số 4.000 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.qualifier) == [.approx])
        #expect(figures(r, "budget_revenue_on_territory").map(\.qualifier) == [.approx])
    }

    @Test func aChangeOnWhatWasAchievedInTheYearBeforeIsYearOnYear() throws {
        let text = "Năm 2019, thu nội địa của tỉnh Hà Tĩnh đạt 8.000 tỷ đồng, bằng 112,5% so với thực hiện năm 2018.\n"
        #expect(figures(try extract(text), "budget_revenue_domestic").first?.yoyPct == 12.5)
        let estimated = "Năm 2019, thu nội địa của tỉnh Hà Tĩnh đạt 8.000 tỷ đồng, tăng 9% so với ước thực hiện năm 2018.\n"
        #expect(figures(try extract(estimated), "budget_revenue_domestic").first?.yoyPct == 9)
    }
}

