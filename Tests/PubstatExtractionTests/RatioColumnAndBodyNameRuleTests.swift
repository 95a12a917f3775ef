import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the fifteenth invented batch (205–218), opened after it was scored cold: ratio columns
/// named by role, cut-offs pointed back to, projections, bodies named after a place, a ministry's release,
/// output called GDP on a city's territory and headings that name goals. Every sentence is invented.
@Suite struct RatioColumnAndBodyNameRuleTests {
    @Test func ratioColumnsNamedByRoleCompareTheEstimateWithThePlanAndTheYearBefore() throws {
        let text = "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\nCHỈ TIÊU CHỦ YẾU NĂM 2018 VÀ KẾ HOẠCH NĂM 2019\n\n"
            + "| STT | Chỉ tiêu | Đơn vị tính | KH 2018 | Ước TH 2018 | ƯTH/KH (%) | ƯTH 2018/TH 2017 (%) | KH 2019 |\n"
            + "|---|---|---|---|---|---|---|---|\n"
            + "| 1 | Kim ngạch xuất khẩu | Triệu USD | 1.500 | 1.620 | 108,0 | 112,5 | 1.800 |\n"
            + "| 2 | Tỷ lệ hộ nghèo | % | 3,5 | 3,4 | - | - | 3,0 |\n"
        let r = try extract(text)
        let exports = figures(r, "export_value")
        #expect(exports.map(\.value) == [1_500, 1_620, 1_800])
        #expect(exports.map(\.kind) == [.plan, .estimate, .plan])
        #expect(exports.map { $0.period?.description } == ["2018", "2018", "2019"])
        #expect(exports[1].pctOfPlan.map(\.pct) == [108.0])
        #expect(exports[1].yoyPct == 12.5)
        // a "-" cell gives nothing, and the plan of the year after keeps its own year
        #expect(figures(r, "poverty_rate").map(\.value) == [3.5, 3.4, 3.0])
    }

    @Test func aTotalToTheSamePointTakesTheCutOffStatedBefore() throws {
        let text = "SỞ TÀI CHÍNH TỈNH HƯNG YÊN\n\nBÁO CÁO THU CHI NGÂN SÁCH QUÝ I NĂM 2018\n\n"
            + "Tính đến hết ngày 31/3/2018, tổng thu ngân sách nhà nước trên địa bàn đạt 2.140 tỷ đồng. "
            + "Tổng thu ngân sách địa phương đến cùng thời điểm đạt 3.015 tỷ đồng. "
            + "So với cùng thời điểm năm trước, chi thường xuyên tăng nhẹ."
        let r = try extract(text)
        let local = try #require(figures(r, "budget_revenue_local_total").first)
        #expect(local.period?.description == "2018-Q1")
        #expect(local.asOf == CalendarDate(year: 2018, month: 3, day: 31))
    }

    @Test func aProjectionOpeningTheSentenceOrClauseIsAPlan() throws {
        let text = "SỞ TÀI CHÍNH TỈNH HƯNG YÊN\nNgày 05/4/2018\n\n"
            + "Dự kiến quý II năm 2018, thu ngân sách nhà nước trên địa bàn đạt khoảng 1.900 tỷ đồng. "
            + "Công tác giảm nghèo được quan tâm; dự kiến cuối năm 2018 tỷ lệ hộ nghèo của tỉnh còn 2,1%."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map(\.kind) == [.plan])
        #expect(figures(r, "poverty_rate").map(\.kind) == [.plan])
    }

    @Test func aPlaceNamingABodyIsNoPlaceOfTheFiguresAfterIt() throws {
        let text = "SỞ TÀI CHÍNH TỈNH HÒA BÌNH\nNgày 05/4/2018\n\n"
            + "Đề nghị Cục Thuế, Cục Hải quan Hà Nội (phụ trách địa bàn) đôn đốc thu nợ, phấn đấu cả năm 2018 "
            + "thu ngân sách nhà nước trên địa bàn đạt 4.100 tỷ đồng trở lên."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.province, "Hòa Bình")])
        // alone, the body's place still tells what the text is about
        let alone = "Số liệu của Cục Hải quan Lào Cai cho thấy, 6 tháng đầu năm 2019 xuất khẩu đạt 1,2 tỷ USD."
        #expect(try extract(alone).subject == Jurisdiction(.province, "Lào Cai"))
    }

    @Test func aMinistryRankingProvincesSpeaksOfTheCountry() throws {
        let text = "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nKết quả rà soát hộ nghèo năm 2022\n\n"
            + "Tỷ lệ hộ nghèo chung là 4,03%. Các tỉnh có tỷ lệ hộ nghèo cao nhất là Lai Châu (27,1%), Sơn La (21,4%) và Lào Cai (18,2%); "
            + "Lai Châu cũng là tỉnh giảm nhanh nhất. Tại các huyện nghèo, tỷ lệ hộ nghèo bình quân còn 38,2%."
        let r = try extract(text)
        #expect(r.subject == FigureCompleteness.country)
        #expect(figures(r, "poverty_rate").first?.jurisdiction == FigureCompleteness.country)
        #expect(figures(r, "poverty_rate").contains { $0.jurisdiction == Jurisdiction(.province, "Sơn La") && $0.value == 21.4 })
    }

    @Test func domesticProductOnACitysTerritoryIsTheCitysOwnWithItsSectors() throws {
        let text = "CỤC THỐNG KÊ THÀNH PHỐ ĐÀ NẴNG\n\nTÌNH HÌNH KINH TẾ QUÝ II NĂM 2012\n\n"
            + "Tổng sản phẩm trong nước (GDP) trên địa bàn thành phố quý II/2012 ước tăng 7,4% so với cùng kỳ năm trước. "
            + "Trong đó: nông, lâm nghiệp và thủy sản tăng 1,9%; công nghiệp - xây dựng tăng 5,2%; dịch vụ tăng 9,6%."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [7.4])
        #expect(figures(r, "grdp_sector_growth").map(\.value) == [1.9, 5.2, 9.6])
        #expect(figures(r, "gdp_growth").isEmpty)
    }

    @Test func aHeadingThatNamesGoalsMakesItsListAPlan() throws {
        let text = "HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN\nHưng Yên, ngày 10 tháng 12 năm 2020\n\n"
            + "Điều 2. Mục tiêu, chỉ tiêu chủ yếu kế hoạch 5 năm 2021 - 2025\n"
            + "- Kim ngạch xuất khẩu năm 2025 đạt 6 tỷ USD.\n"
            + "- Năm 2025 đón 1,5 triệu lượt khách du lịch.\n"
            + "Điều 3. Tổ chức thực hiện\n"
            + "Năm 2025 tỉnh phấn đấu có 100 sản phẩm OCOP."
        let r = try extract(text)
        #expect(figures(r, "export_value").map(\.kind) == [.plan])
        #expect(figures(r, "tourist_arrivals").map(\.kind) == [.plan])
        // the list ends at the next heading
        #expect(figures(r, "ocop_products").map(\.kind) == [.target])
    }
}

/// Rules written from the sixteenth batch's first half (219–225), opened after the batch was scored cold:
/// year-on-year columns, abbreviated units in table cells, tables exported with semicolons, related news
/// marked up as Markdown, and a thị xã written as the district-level unit it is.
@Suite struct ExportedTableRuleTests {
    @Test func aYearOverTheYearBeforeColumnHoldsIndexes() throws {
        let text = "UBND TỈNH HẢI DƯƠNG\nNgày 20/12/2016\n\n"
            + "| Chỉ tiêu | ĐVT | TH 2015 | ƯTH 2016 | 2016/2015 (%) |\n|---|---|---|---|---|\n"
            + "| Kim ngạch xuất khẩu | Tr.USD | 4.120 | 4.630 | 112,4 |\n"
            + "| GRDP bình quân đầu người | Tr.đ | 48,2 | 52,9 | 109,8 |\n"
            + "| Thu NSNN trên địa bàn | Tỷ.đ | 9.800 | 11.250 | 114,8 |\n"
        let r = try extract(text)
        let exports = figures(r, "export_value")
        #expect(exports.map(\.value) == [4_120, 4_630])
        #expect(exports.map(\.unit) == [.millionUSD, .millionUSD])
        #expect(exports.map(\.kind) == [.actual, .estimate])
        #expect(exports.last?.yoyPct == 12.4)
        #expect(figures(r, "grdp_per_capita").map(\.unit) == [.millionVND, .millionVND])
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [9_800, 11_250])
    }

    @Test func aTableExportedWithSemicolonsReadsLikeOneWithBars() throws {
        let text = "UBND TỈNH ĐIỆN BIÊN\nKết quả rà soát hộ nghèo năm 2016\n\n"
            + "Năm 2017, tỉnh phấn đấu giảm tỷ lệ hộ nghèo 3%.\n"
            + "STT;Đơn vị;Số hộ nghèo;Tỷ lệ hộ nghèo (%);Giảm so với cuối năm 2015 (điểm %)\n"
            + "1;Huyện Mường Nhé;3.120;45,20;4,10\n"
            + ";Toàn tỉnh;31.400;37,15;3,60\n"
            + "Các khoản chi: chi đầu tư; chi thường xuyên; chi dự phòng; chi khác.\n"
        let r = try extract(text)
        let rates = figures(r, "poverty_rate")
        #expect(rates.map(\.value) == [45.2, 37.15])
        #expect(rates.map(\.jurisdiction) == [Jurisdiction(.district, "Mường Nhé"), Jurisdiction(.province, "Điện Biên")])
        // the goal set just before the table frames none of its results
        #expect(rates.map { $0.period?.description } == ["2016", "2016"])
    }

    @Test func relatedNewsMarkedUpAsMarkdownIsNotTheBulletins() throws {
        let text = "# Hà Nam: năm 2016 thu ngân sách đạt 4.200 tỷ đồng\n\nNăm 2016, thu ngân sách nhà nước trên địa bàn đạt 4.200 tỷ đồng.\n\n"
            + "**Tin liên quan:**\n\n- [11 tháng, thu ngân sách đạt 3.900 tỷ đồng](https://example.vn/a.html)\n"
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map(\.value) == [4_200])
    }

    @Test func aTownIsWrittenAsTheDistrictLevelUnitItIs() throws {
        let text = "ỦY BAN NHÂN DÂN THỊ XÃ SA PA\n\nNăm 2022, thị xã Sa Pa đón 2,5 triệu lượt khách du lịch."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.jurisdiction) == [Jurisdiction(.district, "Sa Pa")])
    }
}

/// More rules from the sixteenth batch's first half: a year looked ahead to, parts of trade, ordinals,
/// "cùng thời điểm" without "đến", abbreviations and commodity groups.
@Suite struct LookAheadAndTradePartRuleTests {
    @Test func aYearEstimatedAheadDatesOnlyItsOwnSentence() throws {
        let text = "TỈNH ỦY LONG AN\nNgày 10/10/2017\n\n"
            + "Tổng sản phẩm trong tỉnh 9 tháng năm 2017 ước tăng 9,1%. Dự ước cả năm 2017 tăng trưởng đạt 9,5%.\n"
            + "Kim ngạch xuất khẩu ước đạt 3.410 triệu USD, tăng 12%."
        let r = try extract(text)
        #expect(figures(r, "export_value").map { $0.period?.description } == ["2017-9M"])
    }

    @Test func tradeOfOneSectorOrMarketIsAPartNotTheWhole() throws {
        let text = "BỘ CÔNG THƯƠNG\nNgày 06/01/2022\n\n"
            + "Năm 2021, kim ngạch xuất khẩu cả nước ước đạt 336 tỷ USD, tăng 19%. "
            + "Khu vực kinh tế trong nước xuất khẩu 88 tỷ USD. Hoa Kỳ là thị trường xuất khẩu lớn nhất với 96 tỷ USD. "
            + "Năm 2022, xuất khẩu phấn đấu tăng 6 - 8% so với năm 2021, cán cân thương mại xuất siêu khoảng 2 tỷ USD."
        let r = try extract(text)
        // (the 2022 goal is a growth without a level: the surplus after it is not its value)
        #expect(figures(r, "export_value").compactMap(\.value) == [336])
        #expect(figures(r, "export_value").map { $0.period?.description } == ["2021", "2022-target"])
    }

    @Test func anOrdinalCountsNothing() throws {
        let text = "UBND TỈNH QUẢNG NINH\nNgày 20/12/2019\n\nNăm 2019, Hạ Long đón vị khách thứ 14 triệu; cả tỉnh đón 14,5 triệu lượt khách."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.value) == [14_500_000])
    }

    @Test func spendingAtTheSamePointTakesTheCutOffBefore() throws {
        let text = "SỞ TÀI CHÍNH TỈNH LONG AN\n\nThu ngân sách trên địa bàn đến ngày 25/9/2017 đạt 6.100 tỷ đồng. "
            + "Chi ngân sách địa phương cùng thời điểm đạt 5.020 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_expenditure_local").first?.asOf == CalendarDate(year: 2017, month: 9, day: 25))
    }

    @Test func abbreviatedProductionAndACommodityGroup() throws {
        let text = "BỘ CÔNG THƯƠNG\nNgày 06/01/2022\n\nNăm 2021, nhóm hàng nông, lâm, thủy sản ước đạt 48,6 tỷ USD. "
            + "Giá trị SX công nghiệp của tỉnh Bình Dương đạt 420.000 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "agri_export_value").map(\.value) == [48.6])
        #expect(figures(r, "industrial_production_value").map(\.value) == [420_000])
    }
}

/// Rates given in brackets for other periods or as the scenario set, and counters without a heading.
@Suite struct BracketedRateAndCounterRuleTests {
    @Test func aBracketedRateForTheSamePartOfAnotherYearIsThatPeriodsRate() throws {
        let text = "UBND TỈNH HƯNG YÊN\nNgày 05/10/2019\n\n"
            + "GRDP 9 tháng năm 2019 ước tăng 8,4% so với cùng kỳ (cùng kỳ năm 2018 tăng 9,1%), thấp hơn kịch bản tăng trưởng 9 tháng đề ra (8,8%)."
        let r = try extract(text)
        let growth = figures(r, "grdp_growth")
        #expect(growth.map(\.value) == [8.4, 8.8, 9.1])
        #expect(growth.map { $0.period?.description } == ["2019-9M", "2019-9M", "2018-9M"])
        #expect(growth.map(\.kind) == [.estimate, .plan, .actual])
    }

    @Test func aBracketOpeningWithAPeriodOrAfterAComparedYear() throws {
        let opened = "UBND TỈNH HƯNG YÊN\nNgày 05/04/2026\n\nGRDP quý I/2026 ước tăng 8,2% (quý I/2025, theo địa giới mới, tăng 7,1%)."
        #expect(figures(try extract(opened), "grdp_growth").map { $0.period?.description } == ["2026-Q1", "2025-Q1"])
        let compared = "UBND TỈNH HƯNG YÊN\nNgày 20/12/2019\n\nNăm 2019, tốc độ tăng trưởng GRDP ước đạt 7,4%, cao hơn năm 2018 (6,9%)."
        let growth = figures(try extract(compared), "grdp_growth")
        #expect(growth.map(\.value) == [7.4, 6.9])
        #expect(growth.map { $0.period?.description } == ["2019", "2018"])
        // a bracket that is a remark, not a period's rate, gives nothing
        let remark = "UBND TỈNH HƯNG YÊN\nNgày 20/12/2019\n\nNăm 2019, tốc độ tăng trưởng GRDP ước đạt 7,4% (chiếm 2% của vùng)."
        #expect(figures(try extract(remark), "grdp_growth").map(\.value) == [7.4])
    }

    @Test func aCounterOpeningWithTheVisitorsOnlineNeedsNoHeading() throws {
        let text = "<html><head><meta property=\"article:published_time\" content=\"2023-07-03T08:00:00+07:00\"></head><body>"
            + "<p>Cổng thông tin điện tử tỉnh Bình Phước.</p>"
            + "<div>Đang truy cập: 40 | Hôm nay: 1.204 | Tháng này: 30.115 | Tổng lượt truy cập: 2.104.337</div></body></html>"
        let r = try extract(text, fileName: "c.html")
        #expect(figures(r, "portal_visits_today").map(\.value) == [1_204])
        #expect(figures(r, "portal_visits_month").map { $0.period?.description } == ["2023-07"])
        #expect(figures(r, "portal_visits_total").map(\.value) == [2_104_337])
    }
}

/// A ward's report after the 2025 reorganisation, and a former unit's figure in its merged unit's bracket.
@Suite struct WardAndFormerUnitRuleTests {
    @Test func aWardsReportSpeaksOfTheProvinceItNowBelongsTo() throws {
        let text = "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + " PHƯỜNG HỘI AN                       Độc lập - Tự do - Hạnh phúc\n\n"
            + "Phường Hội An được thành lập từ ngày 01/7/2025 trên cơ sở các phường của thành phố Hội An (cũ), nay thuộc thành phố Đà Nẵng. "
            + "Năm 2024, thành phố Hội An (cũ) thu ngân sách 1.200 tỷ đồng. Thành phố Đà Nẵng năm 2025 thu ngân sách 38.000 tỷ đồng.\n"
            + "Năm 2025, thu ngân sách nhà nước trên địa bàn phường ước đạt 510 tỷ đồng."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.city, "Đà Nẵng"))
        #expect(figures(r, "budget_revenue_on_territory").last?.jurisdiction == Jurisdiction(.city, "Đà Nẵng"))
        // the former city keeps its own figure
        #expect(figures(r, "budget_revenue_on_territory").first?.jurisdiction == Jurisdiction(.city, "Hội An"))
        // "các địa phương" is no ward: the name after it is a place
        let local = "BÁO CÁO NĂM 2021\n\n2. Kết quả tại các địa phương\nNam Định có 100% số xã đạt chuẩn nông thôn mới; Hà Nam có 6/6 huyện đạt chuẩn."
        #expect(figures(try extract(local), "ntm_communes_share").first?.jurisdiction == Jurisdiction(.province, "Nam Định"))
    }

    @Test func aFormerUnitInTheNumbersOwnBracketIsItsPlace() throws {
        let text = "UBND TỈNH GIA LAI\nNgày 05/04/2026\n\n"
            + "Quý I/2026, thu ngân sách trên địa bàn đạt 6.100 tỷ đồng; trong đó thu nội địa 5.200 tỷ đồng (riêng khu vực Bình Định cũ 2.900 tỷ đồng)."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_domestic").map(\.jurisdiction) == [Jurisdiction(.province, "Gia Lai"), Jurisdiction(.province, "Bình Định")])
    }
}

/// A holiday's peak day, and a running total to a day in February (the two months it reaches).
@Suite struct HolidayDayRuleTests {
    @Test func aPeakDayDatesItsOwnSentenceAndTheHolidayResumes() throws {
        let text = "SỞ DU LỊCH TỈNH BÌNH ĐỊNH\nNgày 16/02/2024\n\n"
            + "Trong 7 ngày nghỉ Tết (từ ngày 08/02 đến hết ngày 14/02/2024), tỉnh đón 210.000 lượt khách. "
            + "Ngày mùng 3 Tết (12/02/2024) là ngày cao điểm, các điểm đến đón khoảng 41.000 lượt khách. "
            + "Thành phố Quy Nhơn đón 120.000 lượt khách.\n"
            + "Tính từ đầu năm đến hết ngày 14/02/2024, toàn tỉnh đón khoảng 480.000 lượt khách, bằng 7% kế hoạch năm (6,9 triệu lượt)."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [210_000, 41_000, 120_000, 480_000, 6_900_000])
        #expect(arrivals.map { $0.period?.description } == ["2024-02-08/2024-02-14", "2024-02-12/2024-02-12", "2024-02-08/2024-02-14",
                                                           "2024-2M", "2024"])
    }
}

/// Common shapes of a statistics table's header, each with invented rows.
@Suite struct CommonTableHeaderTests {
    private func rows(_ header: String, published: String = "20/12/2025") throws -> [Figure] {
        let text = "UBND TỈNH HÀ NAM\nNgày \(published)\n\nBảng số liệu\n\(header)\n|---|---|---|---|---|\n"
            + "| Kim ngạch xuất khẩu | Triệu USD | 4.120 | 4.630 | 112,4 |\n"
        return figures(try extract(text), "export_value")
    }

    @Test(arguments: ["| Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Tăng/giảm (%) |", "| Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | 2024 so 2023 (%) |",
                      "| Chỉ tiêu | ĐVT | TH 2023 | ƯTH 2024 | ƯTH 2024 so TH 2023 (%) |", "| Chỉ tiêu | Đơn vị | Thực hiện 2023 | Ước thực hiện 2024 | So sánh (%) |"])
    func twoYearsAndTheirIndex(_ header: String) throws {
        let exports = try rows(header)
        #expect(exports.map { $0.period?.description } == ["2023", "2024"])
        #expect(exports.last?.yoyPct == 12.4)
    }

    @Test(arguments: ["| Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện năm 2024 | Tỷ lệ (%) |", "| Chỉ tiêu | ĐVT | KH năm 2024 | TH năm 2024 | So sánh (%) |"])
    func aPlanAndItsResult(_ header: String) throws {
        let exports = try rows(header)
        #expect(exports.map(\.kind) == [.plan, .actual])
        #expect(exports.last?.pctOfPlan.map(\.pct) == [112.4])
    }

    @Test func aDifferenceColumnIsPassedOverAndAnItemColumnIsNoLabel() throws {
        let difference = try rows("| Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Chênh lệch |")
        #expect(difference.map(\.value) == [4_120, 4_630])
        #expect(difference.allSatisfy { $0.yoyPct == nil })
        let text = "UBND TỈNH HÀ NAM\nNgày 20/12/2024\n\n| TT | Chỉ tiêu | ĐVT | KH 2024 | TH 2024 | % KH |\n|---|---|---|---|---|---|\n"
            + "| 1 | Kim ngạch xuất khẩu | Triệu USD | 4.120 | 4.630 | 112,4 |\n"
        #expect(figures(try extract(text), "export_value").map(\.kind) == [.plan, .actual])
    }

    @Test func aRowOfATableWhoseHeaderIsNotReadGivesNothing() throws {
        // ("Tỷ lệ (%)" without a plan column: a ratio of what to what is not said)
        #expect(try rows("| Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Tỷ lệ (%) |").isEmpty)
    }

    @Test func thePartsOfAPlanAreAPlan() throws {
        let text = "HĐND TỈNH HÀ NAM\nNgày 05/12/2011\n\n"
            + "Dự toán thu ngân sách nhà nước trên địa bàn năm 2012 là 2.450 tỷ đồng; trong đó thu nội địa 2.330 tỷ đồng, "
            + "thu từ hoạt động xuất nhập khẩu 120 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_domestic").map(\.kind) == [.plan])
        #expect(figures(r, "budget_revenue_import_export").map(\.kind) == [.plan])
    }
}

/// A month opening the line after a dateline.
@Suite struct MonthAfterDatelineTests {
    @Test func aMonthOpeningTheLineAfterADatelineIsAMonth() throws {
        let text = "Du lịch Hòa Bình\nCập nhật 05/11/2024\nTháng 10/2024, toàn tỉnh đón 410.000 lượt khách, tăng 9% so với cùng kỳ."
        #expect(figures(try extract(text), "tourist_arrivals").map { $0.period?.description } == ["2024-10"])
    }
}

/// Parts named after the cue: one ownership sector's or market's trade, one source's revenue.
@Suite struct PartAfterTheCueTests {
    @Test func tradeOfASectorOrToAMarketNamedAfterTheCueIsAPart() throws {
        let text = "UBND TỈNH THÁI NGUYÊN\nNgày 15/12/2024\n\nNăm 2024, kim ngạch xuất khẩu đạt 32 tỷ USD, trong đó xuất khẩu sang Hoa Kỳ 9 tỷ USD. "
            + "Kim ngạch xuất khẩu của doanh nghiệp FDI đạt 30 tỷ USD."
        #expect(figures(try extract(text), "export_value").map(\.value) == [32])
    }

    @Test func revenueFromOneSourceIsAPartButFromTheYearsStartIsAPeriod() throws {
        let source = "UBND TỈNH THÁI NGUYÊN\nNgày 15/12/2024\n\nNăm 2024, thu ngân sách từ xổ số kiến thiết đạt 120 tỷ đồng."
        #expect(figures(try extract(source), "budget_revenue_on_territory").isEmpty)
        let running = "UBND TỈNH THÁI NGUYÊN\nNgày 15/12/2024\n\nThu ngân sách từ đầu năm đến nay đạt 15.000 tỷ đồng."
        #expect(figures(try extract(running), "budget_revenue_on_territory").map(\.value) == [15_000])
    }
}

/// A breakdown after a running total restated after its quarter.
@Suite struct RunningTotalParentTests {
    @Test func theBreakdownAfterARunningTotalIsTheRunningTotals() throws {
        let text = "CỤC THỐNG KÊ TỈNH AN GIANG\nNgày 01/10/2024\n\n"
            + "GRDP quý III/2024 ước tăng 6,9%, tính chung 9 tháng năm 2024 tăng 6,4%. Trong đó, khu vực dịch vụ tăng 7,2%."
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map { $0.period?.description } == ["2024-9M"])
    }
}
