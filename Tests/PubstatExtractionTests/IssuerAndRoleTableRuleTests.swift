import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the thirteenth invented batch (177–190), opened after it was scored cold: the
/// body that issues a report, tables whose columns are named by role with periods of their own, and
/// cut-off dates without "ngày". Every sentence is invented.
@Suite struct IssuerAndRoleTableRuleTests {
    @Test func aTwoColumnLetterheadNamesTheIssuingDistrictOnItsSecondLine() throws {
        let text = "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "HUYỆN TAM DƯƠNG                        Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 41/BC-UBND                         Tam Dương, ngày 10 tháng 12 năm 2019\n\n"
            + "Thu ngân sách trên địa bàn ước đạt 402,5 tỷ đồng, bằng 118% dự toán tỉnh giao. "
            + "Năm 2019, tỷ lệ hộ nghèo còn 2,4%. Huyện đứng thứ 2 của tỉnh Vĩnh Phúc về thu hút đầu tư."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.district, "Tam Dương"))
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.district, "Tam Dương")])
        #expect(figures(r, "poverty_rate").first?.jurisdiction == Jurisdiction(.district, "Tam Dương"))
    }

    @Test func aPartyCommitteesProvinceOutweighsItsCityNamedMoreOften() throws {
        let text = "ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n\nHuế, tháng 9 năm 2014\n\n"
            + "Festival Huế thu hút đông đảo du khách; ẩm thực Huế được quảng bá rộng rãi. "
            + "Năm 2014, tổng thu ngân sách nhà nước trên địa bàn ước đạt 5.100 tỷ đồng. Khách đến Huế tăng mạnh."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.province, "Thừa Thiên Huế"))
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.province, "Thừa Thiên Huế")])
        // the signing line below the letterhead ("Huế, tháng 9 năm 2014") is a dateline, not the issuer
        let signed = text.replacingOccurrences(of: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n", with: "")
        #expect(try extract(signed).subject == Jurisdiction(.province, "Thừa Thiên Huế"))
    }

    @Test func theBodyNamedUnderItsSuperiorIssuesTheText() throws {
        let text = "CỤC THỐNG KÊ TỈNH THÁI BÌNH\nCHI CỤC THỐNG KÊ HUYỆN KIẾN XƯƠNG\n\n"
            + "Năm 2021, thu nhập bình quân đầu người đạt 52,4 triệu đồng."
        let r = try extract(text)
        #expect(figures(r, "per_capita_income").map(\.jurisdiction) == [Jurisdiction(.district, "Kiến Xương")])
        // a headline that names a place but no issuing body decides nothing by itself
        let news = "KIÊN GIANG: DU LỊCH KHỞI SẮC\n\nNăm 2022, tỉnh An Giang đón 8,1 triệu lượt khách, tỉnh An Giang dẫn đầu vùng."
        #expect(try extract(news).subject == Jurisdiction(.province, "An Giang"))
    }

    @Test func roleColumnsTakeTheirOwnPeriodsAndCutOff() throws {
        let text = "SỞ TÀI CHÍNH TỈNH PHÚ YÊN\nNgày 04/11/2023\n\nĐơn vị tính: tỷ đồng\n"
            + "| Chỉ tiêu | DT TW giao | DT HĐND tỉnh giao | TH đến 31/10/2023 | % DT TW | % DT HĐND | Ước TH năm 2023 |\n"
            + "|---|---|---|---|---|---|---|\n"
            + "| Tổng thu NSNN trên địa bàn | 5.200 | 5.600 | 4.480 | 86,2 | 80,0 | 5.750 |\n"
            + "| 1. Thu nội địa | 4.900 | 5.300 | 4.210 | 85,9 | 79,4 | 5.450 |\n"
            + "| Trong đó: Thu tiền sử dụng đất | 1.100 | 1.300 | 820 | 74,5 | 63,1 | 1.150 |\n"
        let r = try extract(text)
        let total = figures(r, "budget_revenue_on_territory")
        #expect(total.map(\.value) == [5_200, 5_600, 4_480, 5_750])
        #expect(total.map(\.kind) == [.plan, .plan, .actual, .estimate])
        #expect(total.map { $0.period?.description } == ["2023", "2023", "2023-10M", "2023"])
        #expect(total[2].asOf == CalendarDate(year: 2023, month: 10, day: 31))
        #expect(total[2].pctOfPlan.map(\.pct) == [86.2, 80.0])
        // rows after an item number ("| 1.") or "Trong đó:" still belong to the table
        #expect(figures(r, "budget_revenue_domestic").map(\.value) == [4_900, 5_300, 4_210, 5_450])
        #expect(figures(r, "budget_revenue_land_use").map(\.value) == [1_100, 1_300, 820, 1_150])
    }

    @Test func aCutOffNeedsNoNgayWhenItsYearIsWritten() throws {
        let text = "Ngày 05/12/2025\nTổng thu NSNN trên địa bàn tỉnh Đồng Nai đến 30/11/2025 đạt 52.300 tỷ đồng."
        let total = figures(try extract(text), "budget_revenue_on_territory")
        #expect(total.map { $0.period?.description } == ["2025-11M"])
        #expect(total.first?.asOf == CalendarDate(year: 2025, month: 11, day: 30))
        // "từ 1/10 đến 30/11" is a range, not a cut-off
        let range = "Ngày 05/12/2025\nTừ 1/10 đến 30/11, tỉnh Đồng Nai đón 1,2 triệu lượt khách."
        #expect(figures(try extract(range), "tourist_arrivals").first?.asOf == nil)
    }

    @Test func aRateOfTheSamePeriodAYearBeforeDoesNotDateTheSentencesAfter() throws {
        let text = "Ngày 27/9/2019\nGRDP của tỉnh Bình Phước 9 tháng năm 2019 ước tăng 8,4%, cao hơn mức tăng 7,9% của cùng kỳ năm 2018. "
            + "Kim ngạch xuất khẩu ước đạt 2,1 tỷ USD, tăng 10%."
        let r = try extract(text)
        #expect(figures(r, "export_value").map { $0.period?.description } == ["2019-9M"])
        // (the rate of the same months a year before is that period's own figure)
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2019-9M", "2018-9M"])
    }

    @Test func aHeadlineInCapitalsRestatingABodyFigureRoundedIsDropped() throws {
        let text = "Ngày 03/5/2024\nBÁO CÁO NHANH\nQUẢNG BÌNH ĐÓN HƠN 160 NGHÌN LƯỢT KHÁCH DỊP LỄ\n\n"
            + "Trong 5 ngày nghỉ lễ (từ ngày 27/4 đến hết ngày 01/5/2024), tỉnh Quảng Bình đón 161.200 lượt khách, tăng 8%."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [161_200])
        #expect(arrivals.map { $0.period?.description } == ["2024-04-27/2024-05-01"])
        // a headline figure the body does not restate stays
        let alone = "Ngày 03/5/2024\nQUẢNG BÌNH ĐÓN HƠN 160 NGHÌN LƯỢT KHÁCH DỊP LỄ 30/4 - 1/5/2024\n\nDoanh thu du lịch đạt 450 tỷ đồng."
        #expect(figures(try extract(alone), "tourist_arrivals").count == 1)
    }

    @Test func aBreakdownRestatesTheYearNotTheQuarterSingledOutAfterIt() throws {
        let text = "Ngày 28/12/2025\nGRDP năm 2025 của tỉnh Ninh Bình ước tăng 9,1%; riêng quý IV ước tăng 9,8%. "
            + "Trong đó, khu vực Nam Định (cũ) ước tăng 9,4%, khu vực Hà Nam (cũ) tăng 8,7%."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.filter { $0.value == 9.4 || $0.value == 8.7 }.map { $0.period?.description } == ["2025", "2025"])
    }

    @Test func aPlanStatedAloneIsTheParentOfItsSectors() throws {
        let text = "Ngày 09/12/2013\nNăm 2013, GRDP của tỉnh Phú Yên ước tăng 8,2% (kế hoạch 9%).\n"
            + "Chỉ tiêu chủ yếu năm 2014:\n- GRDP tăng 9 - 9,5%; trong đó: nông, lâm, thủy sản tăng 3 - 3,5%; dịch vụ tăng 10 - 11%."
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.value) == [3, 10])
        #expect(sectors.map { $0.period?.endYear } == [2014, 2014])
    }

    @Test func theYearsEndWithoutItsYearDatesItsClauseOnly() throws {
        let text = "Ngày 5/10/2019\nTình hình kinh tế quý III/2019 của tỉnh An Giang tiếp tục ổn định. "
            + "Tỷ lệ hộ nghèo dự kiến cuối năm còn khoảng 2,5%. Kim ngạch xuất khẩu đạt 240 triệu USD."
        let r = try extract(text)
        #expect(figures(r, "poverty_rate").map { $0.period?.description } == ["2019"])
        #expect(figures(r, "export_value").map { $0.period?.description } == ["2019-Q3"])
    }

    @Test func aGoalNamedUnbracketedAfterAGrowthIsItsPlanOrTarget() throws {
        let text = "Ngày 5/1/2026\nGRDP của tỉnh Lạng Sơn năm 2025 ước tăng 8,1%, cao hơn mức tăng 6,9% của năm 2024 nhưng thấp hơn mục tiêu 8,5% đề ra."
        let growth = figures(try extract(text), "grdp_growth")
        let target = growth.first { $0.value == 8.5 }
        #expect(target?.kind == .target)
        #expect(target?.period?.description == "2025-target")
        #expect(target?.qualifier == nil)
        let plan = "Ngày 5/1/2026\nGRDP của tỉnh Lạng Sơn năm 2025 ước tăng 8,1%, vượt kịch bản tăng trưởng 7,5% đề ra."
        #expect(figures(try extract(plan), "grdp_growth").first { $0.value == 7.5 }?.kind == .plan)
        // "vượt kế hoạch 5%" exceeds the plan by 5 %: no plan value
        let exceeds = "Ngày 5/1/2026\nGRDP của tỉnh Lạng Sơn năm 2025 ước tăng 8,1%, vượt kế hoạch 5%."
        #expect(figures(try extract(exceeds), "grdp_growth").map(\.value) == [8.1])
    }

    @Test func aShareOfCommunesWrittenAsPercentOfTheirNumberIsTheShare() throws {
        let text = "Ngày 5/1/2024\nĐến năm 2025, tỉnh Quảng Trị phấn đấu có 85% số xã đạt chuẩn nông thôn mới."
        let share = figures(try extract(text), "ntm_communes_share")
        #expect(share.map(\.value) == [85])
        #expect(share.first?.kind == .target)
        // a share of households is still no rate's fall
        let households = "Ngày 5/1/2024\nNăm 2023, tỉnh Quảng Trị giảm 30% số hộ nghèo so với năm 2020."
        #expect(figures(try extract(households), "poverty_rate_reduction_avg").isEmpty)
    }

    @Test func theCountrysRateAfterAProvincesGrowthIsTheCountrysGrowth() throws {
        let text = "Ngày 28/9/2018\nGRDP 9 tháng năm 2018 của tỉnh Bình Dương ước tăng 8,25%, cao hơn mức tăng 6,88% của cả nước."
        let national = figures(try extract(text), "gdp_growth")
        #expect(national.map(\.value) == [6.88])
        #expect(national.first?.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        #expect(national.first?.period?.description == "2018-9M")
    }

    @Test func aDistrictsProductionValueBreaksDownIntoItsSectorsValues() throws {
        let text = "ỦY BAN NHÂN DÂN\nHUYỆN VĨNH TƯỜNG\nNgày 10/12/2018\n\n"
            + "Tổng giá trị sản xuất (giá so sánh 2010) trên địa bàn huyện ước đạt 15.200 tỷ đồng, tăng 9,1% (GRDP tỉnh Vĩnh Phúc ước tăng 8%). Trong đó:\n"
            + "+ Nông, lâm nghiệp, thủy sản: 1.810 tỷ đồng, tăng 2,5%;\n+ Công nghiệp - tiểu thủ công nghiệp: 8.950 tỷ đồng, tăng 12%;\n"
            + "+ Xây dựng: 1.700 tỷ đồng, tăng 7%;\n+ Thương mại - dịch vụ: 2.740 tỷ đồng, tăng 8,2%.\n"
        let r = try extract(text)
        let district = Jurisdiction(.district, "Vĩnh Tường")
        #expect(figures(r, "agri_production_value").map(\.value) == [1_810])
        #expect(figures(r, "industrial_production_value").map(\.value) == [8_950])
        #expect(figures(r, "trade_production_value").map(\.value) == [2_740])
        #expect(figures(r, "trade_production_value").first?.jurisdiction == district)
        // construction has no indicator of its own, and no sector is read as the province's output
        #expect(r.figures.filter { $0.value == 1_700 }.isEmpty)
        #expect(figures(r, "grdp_sector_value").isEmpty)
    }

    @Test func whatARatesAverageFallLeavesIsTheRate() throws {
        let text = "Ngày 5/10/2015\nGiai đoạn 2011 - 2015, kinh tế tỉnh Sóc Trăng tăng khá. Tỷ lệ hộ nghèo giảm bình quân 2,1%/năm, đến cuối năm 2015 còn 9,4%."
        let r = try extract(text)
        #expect(figures(r, "poverty_rate_reduction_avg").map(\.value) == [2.1])
        #expect(figures(r, "poverty_rate").map(\.value) == [9.4])
        #expect(figures(r, "poverty_rate").first?.period?.description == "2015")
    }

    @Test func aLineOfProseWithADateIsNoTableHeader() throws {
        let text = "Hà Nội, ngày 29 tháng 6 năm 2024 - Sáng nay, cơ quan thống kê công bố số liệu quý II và 6 tháng đầu năm 2024.\n\n"
            + "Tổng sản phẩm trong nước (GDP) quý II/2024 ước tính tăng 6,91% so với cùng kỳ năm trước."
        #expect(figures(try extract(text), "gdp_growth").map(\.value) == [6.91])
    }
}
