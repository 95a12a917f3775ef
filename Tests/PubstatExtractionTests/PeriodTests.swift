import Foundation
import PubstatModel
import Testing
@testable import PubstatExtraction

@Suite struct PeriodTests {
    @Test func quarterAndFirstMonths() throws {
        let r = try extract("Bản tin ngày 2/4/2025.\nQuý I/2025, thu ngân sách trên địa bàn tỉnh Sơn La ước đạt 612,4 tỷ đồng, tăng 8% so với cùng kỳ.")
        let f = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(f.period?.description == "2025-Q1")
        #expect(f.kind == .estimate && f.qualifier == .approx && f.yoyPct == 8)
    }

    @Test func monthsWithoutYearTakeTheBulletinsYear() throws {
        let r = try extract("(Ngày đăng :05/10/2022 9:10:00 SA)\nTrong 9 tháng đầu năm, tổng mức bán lẻ hàng hóa của tỉnh Hòa Bình đạt 8.120 tỷ đồng, bằng 71% kế hoạch năm.")
        let f = try #require(figures(r, "retail_sales").first)
        #expect(f.period?.description == "2022-9M")
        #expect(f.pctOfPlan == [PlanComparison(pct: 71, authority: .plan)])
    }

    @Test func multiYearRatesAndTargets() throws {
        let text = """
        Thứ ba, 15/12/2020 - 10:00
        Giai đoạn 2021 - 2025, tỉnh Cao Bằng phấn đấu tốc độ tăng trưởng GRDP đạt 7 - 8%/năm; thu ngân sách trên địa bàn đạt 2.500 tỷ đồng.
        """
        let r = try extract(text)
        let g = try #require(figures(r, "grdp_growth").first)
        #expect(g.period?.description == "2021/2025-target" && g.kind == .target && g.valueHigh == 8)
        let b = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(b.kind == .target && b.value == 2500)
    }

    @Test func comparisonsDoNotSetThePeriod() throws {
        let r = try extract("Năm 2019, giá trị sản xuất công nghiệp của tỉnh Phú Thọ đạt 5.210 tỷ đồng, tăng 2,1 lần so với năm 2018.")
        let f = try #require(figures(r, "industrial_production_value").first)
        #expect(f.period?.description == "2019")
        #expect(f.yoyRatio == 2.1 && abs((f.yoyPct ?? 0) - 110) < 1e-9)
    }

    @Test func holidayWindows() throws {
        let r = try extract("date 2024-05\nTrong kỳ nghỉ lễ (27/4-1/5), tỉnh Hà Giang đón khoảng 52.300 lượt khách.")
        let f = try #require(figures(r, "tourist_arrivals").first)
        #expect(f.period?.description == "2024-04-27/2024-05-01" && f.qualifier == .approx)
    }

    @Test func aProgrammesSpanAfterTheSentencesYearFramesNothing() throws {
        let text = """
        UBND TỈNH TUYÊN QUANG
        Năm 2022 là năm thứ hai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 trong bối cảnh nhiều khó khăn.
        Bình quân toàn tỉnh đạt 16,2 tiêu chí/xã.
        """
        let f = try #require(figures(try extract(text), "ntm_criteria_per_commune").first)
        #expect(f.period?.description == "2022" && f.kind == .actual)
    }

    @Test func aProgrammeReviewedAloneFramesItsSpan() throws {
        let text = """
        TỔNG KẾT CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2016 - 2020
        Tỉnh Tuyên Quang tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016 - 2020.
        Tỷ lệ hộ nghèo của tỉnh bình quân mỗi năm giảm 2,4%.
        """
        let f = try #require(figures(try extract(text), "poverty_rate_reduction_avg").first)
        #expect(f.period?.description == "2016/2020")
    }

    @Test func aHeadingsYearFramesItsSectionAfterAHalfYearOfBackground() throws {
        let text = """
        UBND TỈNH TUYÊN QUANG
        I. BỐI CẢNH
        Trong 6 tháng đầu năm 2025, GRDP của tỉnh tăng 7,1%.
        II. KẾT QUẢ NĂM 2025
        1. Thu ngân sách nhà nước trên địa bàn ước đạt 3.150 tỷ đồng.
        """
        let f = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(f.period?.description == "2025")
        // a figureless sentence naming the year the running half belongs to does not replace it
        let story = "UBND TỈNH TUYÊN QUANG\nTrong 6 tháng đầu năm 2025, GRDP của tỉnh tăng 7,1%. Năm 2025 là năm cuối của nhiệm kỳ. Thu ngân sách nhà nước trên địa bàn ước đạt 1.650 tỷ đồng."
        let g = try #require(figures(try extract(story), "budget_revenue_on_territory").first)
        #expect(g.period?.description == "2025-H1")
    }

    @Test func theBusiestDayOfAHolidayDatesItsOwnFigure() throws {
        let text = "UBND TỈNH NINH BÌNH\nTrong kỳ nghỉ lễ từ ngày 30/4 đến 3/5/2024, tỉnh đón 310.000 lượt khách. "
            + "Ngày cao điểm nhất là 1/5 với khoảng 96.000 lượt khách tham quan. Doanh thu du lịch đạt 420 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2024-04-30/2024-05-03", "2024-05-01/2024-05-01"])
        #expect(figures(r, "tourism_revenue").first?.period?.description == "2024-04-30/2024-05-03")
        // a peak season is no day
        let season = try extract("UBND TỈNH NINH BÌNH\nTrong mùa cao điểm từ 1/6 đến 31/8/2024, tỉnh đón 900.000 lượt khách.")
        #expect(figures(season, "tourist_arrivals").first?.period?.description == "2024-06-01/2024-08-31")
    }

    @Test func aDayOfTetIsACalendarDayOfThatLunarYear() throws {
        let text = "UBND TỈNH BẮC GIANG\nTrong 7 ngày nghỉ Tết từ ngày 8/2 đến 14/2/2024 (tức 29 tháng Chạp đến mùng 5 tháng Giêng), "
            + "tỉnh đón 205.000 lượt khách. Riêng ngày mồng 2 Tết, các điểm di tích đón 61.000 lượt khách. Doanh thu du lịch đạt 150 tỷ đồng."
        let r = try extract(text)
        // Tết Giáp Thìn fell on 10 February 2024: mồng 2 is the 11th; the window restated in lunar days stays a window
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2024-02-08/2024-02-14", "2024-02-11/2024-02-11"])
        #expect(figures(r, "tourism_revenue").first?.period?.description == "2024-02-08/2024-02-14")
        #expect(LunarNewYear.day(1, ofYear: 2007)?.description == "2007-02-17")  // a year the Vietnamese calendar differs from the Chinese
        #expect(LunarNewYear.day(4, ofYear: 2023)?.description == "2023-01-25")
        #expect(LunarNewYear.day(11, ofYear: 2023) == nil)
    }

    @Test func theComingYearIsTheYearAfterTheBulletins() throws {
        let r = try extract("UBND TỈNH HÀ NAM\nNgày 20/12/2024\nNăm tới, tỉnh phấn đấu tăng trưởng GRDP 9%.")
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2025-target"])
        // "5 năm tới", "những năm tới": the years to come, not the next one
        let span = try extract("UBND TỈNH HÀ NAM\nNgày 20/12/2024\nTrong 5 năm tới, tỉnh phấn đấu đón 4 triệu lượt khách du lịch.")
        #expect(!figures(span, "tourist_arrivals").contains { $0.period?.description == "2025-target" })
    }

    @Test func respectiveValuesTakeThePeriodsNamedInOrder() throws {
        let text = "UBND TỈNH KON TUM\nNgày 15/1/2024\nTốc độ tăng trưởng GRDP của tỉnh năm 2022 và năm 2023 lần lượt là 7,1% và 6,4%. "
            + "Lượt khách tăng từ 700.000 lượt năm 2022 lên 820.000 lượt năm 2023 (khu du lịch mở cửa năm 2019); doanh thu du lịch tương ứng là 510 tỷ đồng và 600 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { "\($0.value!) \($0.period!)" } == ["7.1 2022", "6.4 2023"])
        #expect(figures(r, "tourism_revenue").map { "\($0.value!) \($0.period!)" } == ["510.0 2022", "600.0 2023"])
    }

    @Test func aYearAContrastRecallsFramesNothingAfterIt() throws {
        let text = "UBND TỈNH BẮC GIANG\nNgày 15/12/2021\nCả năm kim ngạch xuất khẩu ước đạt 15 tỷ USD, trong khi năm 2020 mới đạt 10,9 tỷ USD. "
            + "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng ước đạt 28.640 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "retail_sales").map { $0.period?.description } == ["2021-11M"])
    }

    @Test func growthInBracketsAfterAPeriodIsThatPeriods() throws {
        let quarters = try extract("UBND TỈNH NGHỆ AN\nNgày 28/9/2016\nRiêng quý III/2016, GRDP ước tăng 7,86%, cao hơn mức tăng của quý I (tăng 6,93%) và quý II (tăng 7,38%).")
        let growth = figures(quarters, "grdp_growth")
        #expect(growth.map { "\($0.value!) \($0.period!)" } == ["7.86 2016-Q3", "6.93 2016-Q1", "7.38 2016-Q2"])
        #expect(growth.first?.yoyPct == nil)
        // "cùng kỳ năm 2015": the same months a year before
        let before = try extract("UBND TỈNH NGHỆ AN\nNgày 28/9/2016\nGRDP 9 tháng năm 2016 ước đạt 52.300 tỷ đồng, tăng 7,42% (cùng kỳ năm 2015 tăng 7,05%).")
        #expect(figures(before, "grdp_growth").map { "\($0.value!) \($0.period!)" } == ["7.42 2016-9M", "7.05 2015-9M"])
    }

    @Test func theEmbeddedLunarNewYearTableEqualsItsDataFile() throws {
        let url = packageRoot.appendingPathComponent("Sources/PubstatExtraction/Catalogue/lunar-new-year.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == EmbeddedLunarNewYear.json,
                "run scripts/gen-catalogue.sh (or scripts/gen-lunar-new-year.py) after changing lunar-new-year.json")
    }

    @Test func aStandardBetweenAPeriodAndItsVerbKeepsTheSeries() throws {
        let text = "UBND HUYỆN MƯỜNG TÈ\nNăm 2015, bình quân đạt 9,2 tiêu chí/xã; đến nay theo bộ tiêu chí mới là 11,4 tiêu chí/1 xã."
        let criteria = figures(try extract(text), "ntm_criteria_per_commune")
        #expect(criteria.map(\.value) == [9.2, 11.4])
    }

    @Test func anAverageOverCommunesIsNoAverageOverYears() throws {
        let text = "UBND TỈNH SƠN LA\nGiai đoạn 2016 - 2020, tỉnh có thêm 38 xã đạt chuẩn nông thôn mới; đến hết năm 2020, bình quân đạt 13,9 tiêu chí/xã."
        let criteria = figures(try extract(text), "ntm_criteria_per_commune")
        #expect(criteria.map { $0.period?.description } == ["2020"])
    }

    @Test func aLookBackToAnEarlierYearDatesItsOwnSentenceOnly() throws {
        let text = "Báo Tây Ninh | 22/12/2023\nNăm 2023, tỉnh Tây Ninh đón 5,2 triệu lượt khách du lịch, tăng 12%. "
            + "Năm 2022, tỉnh đón 4,6 triệu lượt khách. Doanh thu du lịch đạt 4.100 tỷ đồng. "
            + "Riêng tháng 12, ngành du lịch dự kiến đón 600.000 lượt khách."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map { $0.period?.description } == ["2023", "2022", "2023-12"])
        #expect(figures(r, "tourism_revenue").map { $0.period?.description } == ["2023"])
        // a year still running when the text was written is no period to go back to: what follows the earlier year is of it
        let running = try extract("Báo Tây Ninh | 20/02/2023\nNăm 2023, tỉnh sẽ tổ chức 12 lễ hội du lịch. "
            + "Kết thúc năm 2022, tỉnh đón 4,6 triệu lượt khách du lịch. Doanh thu du lịch đạt 3.900 tỷ đồng.")
        #expect(figures(running, "tourism_revenue").map { $0.period?.description } == ["2022"])
    }

    @Test func aYearSinceWhichSomethingHoldsFramesNothing() throws {
        let text = "Báo Quảng Nam | 28/12/2018\nNăm 2018, tỉnh Quảng Nam đón 6,5 triệu lượt khách du lịch. "
            + "Phố cổ được công nhận là di sản thế giới từ năm 1999. Khu đền tháp Mỹ Sơn đón 412.000 lượt khách du lịch."
        #expect(figures(try extract(text), "tourist_arrivals").map { $0.period?.description } == ["2018", "2018"])
        // "Cách mạng tháng Tám" names a revolution, not August
        let named = try extract("Báo Nghệ An | 03/09/2025\nNăm 2025, dịp kỷ niệm 80 năm Cách mạng tháng Tám, khu di tích đón 46.200 lượt khách du lịch.")
        #expect(figures(named, "tourist_arrivals").map { $0.period?.description } == ["2025"])
    }

    @Test func aSentenceOpeningWithThePeakDayDatesItsClauses() throws {
        let text = "Báo Nghệ An | 03/09/2025\nTrong 4 ngày nghỉ lễ (từ ngày 30/8 đến hết ngày 2/9/2025), toàn tỉnh đón 412.600 lượt khách du lịch. "
            + "Dịp nghỉ lễ năm 2024 (từ 31/8 đến 3/9/2024), toàn tỉnh đón 348.800 lượt khách du lịch. "
            + "Ngày 1/9 là ngày cao điểm, riêng thị xã Cửa Lò đón khoảng 82.000 lượt khách du lịch."
        let periods = figures(try extract(text), "tourist_arrivals").map { $0.period?.description }
        #expect(periods == ["2025-08-30/2025-09-02", "2024-08-31/2024-09-03", "2025-09-01/2025-09-01"])
    }

    @Test func aSundayDatelineDatesTheText() throws {
        let r = try extract("Báo Cần Thơ | Chủ nhật, 26/12/2021 | Bài viết của Thường trực Thành ủy về một năm nhiều khó khăn\nTổng mức bán lẻ hàng hóa ước đạt 103.500 tỷ đồng.")
        #expect(r.published?.description == "2021-12-26")
        #expect(figures(r, "retail_sales").map { $0.period?.description } == ["2021"])
    }

    @Test func everSoFarIsNoPeriod() throws {
        let text = "SỞ DU LỊCH TỈNH KIÊN GIANG\nKiên Giang, ngày 15 tháng 02 năm 2024\nTrong 7 ngày nghỉ Tết (từ ngày 08/02 đến hết ngày 14/02/2024), "
            + "toàn tỉnh đón 486.300 lượt khách du lịch. Sân bay khai thác 46 chuyến bay quốc tế, cao nhất từ trước đến nay.\n\n"
            + "Thành phố Hà Tiên đón 61.200 lượt khách du lịch.\n\nNgày cao điểm là mùng 2 Tết (11/02/2024), toàn tỉnh đón khoảng 94.800 lượt khách du lịch."
        let periods = figures(try extract(text), "tourist_arrivals").map { $0.period?.description }
        #expect(periods == ["2024-02-08/2024-02-14", "2024-02-08/2024-02-14", "2024-02-11/2024-02-11"])
    }

    @Test func aHeadingsBracketedTermFramesItsSection() throws {
        let text = "ĐẢNG BỘ TỈNH HẬU GIANG\nBÁO CÁO CHÍNH TRỊ NHIỆM KỲ 2020 - 2025\n\nI. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT (NHIỆM KỲ 2015 - 2020)\n"
            + "- Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm ước đạt 6,83%/năm.\n"
            + "II. MỤC TIÊU NHIỆM KỲ 2020 - 2025\n(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm đạt từ 6,5 - 7%/năm.\n\nVị Thanh, tháng 10 năm 2020"
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map { $0.period.map { Period($0.span).description } } == ["2016/2020", "2021/2025"])
        // the signing line dates an official text that has no other date
        #expect(r.publishedMonth?.description == "2020-10")
    }

    @Test func aSentenceOpeningWithItsOwnPeriodGivesItsSectorsThatPeriod() throws {
        let text = "TỔNG CỤC THỐNG KÊ\nHà Nội, ngày 27/12/2019\nGDP quý IV/2019 ước tính tăng 6,99% so với cùng kỳ năm trước. "
            + "Trong mức tăng chung của toàn nền kinh tế năm 2019, khu vực dịch vụ tăng 7,3%, đóng góp 45%."
        let sectors = figures(try extract(text), "gdp_sector_growth")
        #expect(sectors.map { $0.period?.description } == ["2019"])
    }

    @Test func theSpanOfAPovertyListingNamesTheListing() throws {
        let text = "Báo Trà Vinh | 20/12/2024\nNăm 2024, tỷ lệ hộ nghèo theo chuẩn riêng của tỉnh giai đoạn 2022 - 2025 còn 0,48%. "
            + "Huyện Trà Cú, huyện nghèo giai đoạn 2021 - 2025, có tỷ lệ hộ nghèo 2,36%."
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map { $0.period?.description } == ["2024", "2024"])
    }

    @Test func aPartSingledOutWithRiengDatesItsOwnSentenceOnly() throws {
        let text = "Báo Lào Cai | 28/12/2025\nGRDP năm 2025 ước tăng 8,62%. Riêng quý IV/2025, GRDP ước tăng 9,31%.\n\n"
            + "Quy mô GRDP theo giá hiện hành ước đạt 176.480 tỷ đồng.\n\nXét theo địa bàn trước hợp nhất, khu vực tỉnh Lào Cai (cũ) ước tăng 9,47%, "
            + "khu vực tỉnh Yên Bái (cũ) ước tăng 7,38%."
        let r = try extract(text)
        #expect(figures(r, "grdp_value").map { $0.period?.description } == ["2025"])
        let growth = figures(r, "grdp_growth")
        #expect(growth.map(\.value) == [8.62, 9.31, 9.47, 7.38])
        #expect(growth.map { $0.period?.description } == ["2025", "2025-Q4", "2025", "2025"])
        #expect(growth.last?.jurisdiction == Jurisdiction(.province, "Yên Bái"))
    }

    @Test func aSentenceOpeningWithItsOwnPeriodRestatesTheFigureBefore() throws {
        let text = "UBND TỈNH QUẢNG BÌNH\nNgày 18/12/2024\nTính đến ngày 15/12/2024, tổng thu ngân sách nhà nước trên địa bàn đạt 6.982,4 tỷ đồng. "
            + "Ước thực hiện cả năm 2024 đạt 7.420 tỷ đồng, vượt 14,7% dự toán Trung ương giao."
        let revenue = figures(try extract(text), "budget_revenue_on_territory")
        #expect(revenue.map(\.value) == [6982.4, 7420])
        #expect(revenue.last?.period?.description == "2024")
        #expect(revenue.last?.pctOfPlan.map(\.pct) == [114.7])
        // not after a sentence that is not the one right before
        let apart = try extract("UBND TỈNH QUẢNG BÌNH\nNgày 18/12/2024\nTổng thu ngân sách nhà nước trên địa bàn đạt 6.982,4 tỷ đồng. "
            + "Toàn tỉnh có 12 đoàn kiểm tra. Ước thực hiện cả năm 2024 đạt 7.420 tỷ đồng.")
        #expect(figures(apart, "budget_revenue_on_territory").map(\.value) == [6982.4])
    }

    @Test func aClauseNamingWhoAssignedAnEstimateRestatesThePlan() throws {
        let text = "UBND TỈNH QUẢNG BÌNH\nNgày 18/12/2024\nDự toán thu ngân sách nhà nước trên địa bàn năm 2024 Trung ương giao 6.470 tỷ đồng; "
            + "HĐND tỉnh giao 7.150 tỷ đồng (Nghị quyết số 112/NQ-HĐND ngày 08/12/2023)."
        let plans = figures(try extract(text), "budget_revenue_on_territory")
        #expect(plans.map(\.value) == [6470, 7150])
        #expect(plans.allSatisfy { $0.kind == .plan && $0.period?.description == "2024" })
    }

    @Test func theYearOfAValueAChangeWentFromDatesThatValueOnly() throws {
        let text = "UBND TỈNH HÀ GIANG\nNgày 28/12/2020\n- Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2020 còn 22,13%.\n"
            + "- Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo giảm bình quân 5,1%/năm, từ 47,65% năm 2015 xuống còn 22,13%;\n"
            + "- Thu nhập bình quân đầu người khu vực nông thôn đạt 19,8 triệu đồng/năm."
        let income = figures(try extract(text), "per_capita_income")
        #expect(income.map { $0.period?.description } == ["2020"])
    }

    @Test func earlierQuartersRestatedAfterAColonOrInBrackets() throws {
        let revised = try extract("CỤC THỐNG KÊ\nHà Nội, ngày 06/10/2025\nTổng sản phẩm trong nước (GDP) quý III/2025 ước tính tăng 8,23% so với cùng kỳ năm trước, "
            + "chỉ thấp hơn tốc độ tăng của quý III/2022 trong giai đoạn 2011-2025. Số liệu các quý trước đã được cập nhật: quý I tăng 7,05%, quý II tăng 7,96%.")
        let gdp = figures(revised, "gdp_growth")
        #expect(gdp.map(\.value) == [8.23, 7.05, 7.96])
        #expect(gdp.map { $0.period?.description } == ["2025-Q3", "2025-Q1", "2025-Q2"])
        let bracketed = try extract("TỔNG CỤC THỐNG KÊ\nHà Nội, ngày 27/12/2019\nGDP quý IV/2019 ước tính tăng 6,99% so với cùng kỳ năm trước, "
            + "cao hơn tốc độ tăng của quý I (6,82%) và quý II (6,73%).")
        let quarters = figures(bracketed, "gdp_growth")
        #expect(quarters.map(\.value) == [6.99, 6.82, 6.73])
        #expect(quarters.map { $0.period?.description } == ["2019-Q4", "2019-Q1", "2019-Q2"])
    }
}
