import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the fifth invented batch's first half (065–071): official reports' layouts
/// (headings of the next year's goals, headlines in capitals), cut-off dates, and qualifiers after a
/// unit. Every sentence is invented.
@Suite struct ReportLayoutRuleTests {
    @Test func anUnknownNameAfterTinhIsNoProvince() throws {
        let text = "KỲ HỌP THỨ 4 HĐND TỈNH KHÓA X: THÔNG QUA 12 NGHỊ QUYẾT\n\n"
            + "Năm 2019, thu ngân sách nhà nước trên địa bàn tỉnh Yên Bái ước đạt 5.000 tỷ đồng."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.province, "Yên Bái"))
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.province, "Yên Bái")])
    }

    @Test func aHeadingOfNextYearsGoalsSetsTheSectionsYear() throws {
        let text = "Thứ Sáu, 09/12/2022\nBÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI HUYỆN CÁT HẢI\n"
            + "Năm 2022, thu ngân sách nhà nước trên địa bàn huyện ước đạt 300 tỷ đồng.\n\n"
            + "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\n"
            + "1. Thu ngân sách nhà nước trên địa bàn đạt 320 tỷ đồng.\n"
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map { $0.period?.description } == ["2022", "2023-target"])
    }

    @Test func aTaskInASentenceStillSetsNoPeriod() throws {
        let text = "Năm 2022, thu ngân sách nhà nước trên địa bàn tỉnh Yên Bái ước đạt 5.000 tỷ đồng, nhiệm vụ năm 2023 là tiếp tục nuôi dưỡng nguồn thu."
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period?.description } == ["2022"])
    }

    @Test func aCutOffDateWithItsYearDatesAStock() throws {
        let text = "Ông Ba kể: \"Năm 2010, cả xã chỉ có một con đường đất.\"\n"
            + "Theo Văn phòng Điều phối, tính đến ngày 30/11/2023, toàn tỉnh Quảng Trị có 80 xã đạt chuẩn nông thôn mới."
        #expect(figures(try extract(text), "ntm_communes").map { $0.period?.description } == ["2023"])
    }

    @Test func aQualifierAfterTheUnitNamesWhoseArrivals() throws {
        let text = "Năm 2024, tỉnh Quảng Nam đón 2,1 triệu lượt khách quốc tế. Cả năm, tỉnh đón 6 triệu lượt khách du lịch nội địa."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals_international").map(\.value) == [2_100_000])
        #expect(figures(r, "tourist_arrivals_domestic").map(\.value) == [6_000_000])
        #expect(figures(r, "tourist_arrivals").isEmpty)
    }

    @Test func aHeadingsRemarkInBracketsStillLeavesAHeading() throws {
        let text = "Thứ Hai, 12/10/2020\nNăm 2020, GRDP tỉnh Bình Định tăng 6%.\n\n"
            + "III. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025 (theo dự thảo báo cáo chính trị trình đại hội)\n"
            + "Phấn đấu tốc độ tăng trưởng GRDP bình quân đạt 8%/năm."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map { $0.period?.description } == ["2020", "2021/2025-target"])
    }

    @Test func aWindowWithItsMonthWrittenOnce() throws {
        let text = "Thứ Hai, 23/09/2019\nLễ hội ruộng bậc thang (từ 14 đến 17/9), tỉnh Yên Bái đón khoảng 30.000 lượt khách."
        #expect(figures(try extract(text), "tourist_arrivals").map { $0.period?.description } == ["2019-09-14/2019-09-17"])
    }

    @Test func aRunningTotalFromTheYearsStartToADay() throws {
        let text = "Thứ Hai, 23/09/2019\nTổng thu ngân sách nhà nước trên địa bàn tỉnh Yên Bái từ đầu năm đến 20/9/2019 đạt 1.600 tỷ đồng; "
            + "đến ngày 10/6/2019 đạt 900 tỷ đồng."
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.first?.period?.description == "2019-9M")
    }

    @Test func aCountOfYearsNamingItsSpan() throws {
        let text = "Tổng thu ngân sách nhà nước trên địa bàn tỉnh Phú Yên 5 năm 2016 - 2020 đạt 20.000 tỷ đồng."
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period?.description } == ["2016/2020"])
    }

    @Test func aQuotedMemoryDatesNothingAfterIt() throws {
        let text = "Thứ Hai, 14/11/2022\nÔng Tư, 70 tuổi, kể: \"Năm 2009, cả xóm chỉ có đường đất. Nay thì khác.\"\n\n"
            + "Toàn tỉnh Hà Tĩnh có 180 xã đạt chuẩn nông thôn mới. Bình quân mỗi xã đạt 18,5 tiêu chí."
        #expect(figures(try extract(text), "ntm_criteria_per_commune").map { $0.period?.description } == ["2022"])
    }

    @Test func aPartOfTheYearToldInAStoryIsNoPeriod() throws {
        let text = "Năm 2016, mưa lũ kéo dài trong quý III, song kinh tế của tỉnh Quảng Bình vẫn tăng khá. "
            + "Thu ngân sách nhà nước trên địa bàn ước đạt 3.000 tỷ đồng."
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period?.description } == ["2016"])
        // a quarter that opens a sentence of its own still sets the period of what follows
        let opening = "Năm 2016, kinh tế tỉnh Quảng Bình tăng khá. Trong quý III, thời tiết thuận lợi. "
            + "Thu ngân sách nhà nước trên địa bàn ước đạt 800 tỷ đồng."
        #expect(figures(try extract(opening), "budget_revenue_on_territory").map { $0.period?.description } == ["2016-Q3"])
    }

    @Test func aGoalsValueInBracketsAfterDeRaIsThePlan() throws {
        let text = "Năm 2018, tốc độ tăng trưởng GRDP tỉnh Gia Lai ước đạt 7,9%, thấp hơn chỉ tiêu Nghị quyết HĐND tỉnh đề ra (8 - 8,5%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [7.9, 8])
        #expect(growth.last?.kind == .plan && growth.last?.valueHigh == 8.5)
    }

    @Test func aPartNamedWithTrongDoScopesOnlyItsClause() throws {
        let text = "Dịp nghỉ lễ Quốc khánh (từ 1/9 đến 4/9/2023), tỉnh Kiên Giang đón 200.000 lượt khách, trong đó thành phố Phú Quốc đón 60.000 lượt; doanh thu ước 500 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.jurisdiction.name) == ["Kiên Giang", "Phú Quốc"])
        #expect(figures(r, "tourism_revenue").map(\.jurisdiction) == [Jurisdiction(.province, "Kiên Giang")])
    }

    @Test func aWordDescribingThePlaceBeforeItsName() throws {
        let text = "Năm 2023, tỉnh Thanh Hóa đón 700.000 lượt khách. Riêng thành phố biển Sầm Sơn đón 390.000 lượt khách."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.jurisdiction) == [Jurisdiction(.province, "Thanh Hóa"), Jurisdiction(.city, "Sầm Sơn")])
    }

    @Test func aShareWrittenAfterACountIsTheCountsShare() throws {
        let text = "Tính đến ngày 30/11/2023, toàn tỉnh Quảng Bình có 100/128 xã đạt chuẩn nông thôn mới, chiếm 78,1%."
        let r = try extract(text)
        #expect(figures(r, "ntm_communes").map(\.value) == [100])
        #expect(figures(r, "ntm_communes_share").map(\.value) == [78.1])
        // in brackets after the count's cue, with "đạt" or "chiếm"
        let bracketed = try extract("Năm 2024, tỉnh Trà Vinh có thêm 5 xã đạt chuẩn nông thôn mới, nâng tổng số lên 84/85 xã (đạt 98,8%).")
        #expect(figures(bracketed, "ntm_communes_share").map(\.value) == [98.8])
        // a count newly recognised is added to the stock, not the stock
        let added = try extract("Năm 2024, tỉnh Trà Vinh công nhận mới 46 sản phẩm OCOP, nâng tổng số lên 258 sản phẩm OCOP.")
        #expect(figures(added, "ocop_products").map(\.value) == [258])
        // a share of something else is no share of the count
        let other = try extract("Năm 2023, tỉnh Quảng Bình có 100 xã đạt chuẩn nông thôn mới. Nông nghiệp chiếm 20% GRDP.")
        #expect(figures(other, "ntm_communes_share").isEmpty)
    }

    @Test func administrativeUnitsCountedByTheirLevel() throws {
        let districts = try extract("Năm 2024, tỉnh Yên Bái có 2 đơn vị cấp huyện (thị xã Nghĩa Lộ, huyện Trấn Yên) hoàn thành nhiệm vụ xây dựng nông thôn mới.")
        #expect(figures(districts, "ntm_districts").map(\.value) == [2])
        let communes = try extract("Năm 2025, tỉnh Yên Bái có 48 đơn vị hành chính cấp xã đạt chuẩn nông thôn mới.")
        #expect(figures(communes, "ntm_communes").map(\.value) == [48])
        #expect(figures(communes, "ntm_districts").isEmpty)
    }

    @Test func countsLeftOverAfterACountFigure() throws {
        let r = try extract("Năm 2023, chương trình OCOP của tỉnh Cao Bằng có 88 sản phẩm được công nhận, trong đó 12 sản phẩm đạt 4 sao, của 61 chủ thể.")
        #expect(figures(r, "ocop_products").map(\.value) == [88, 12])
        #expect(figures(r, "ocop_products").map(\.scope) == [nil, "four_star"])
        #expect(figures(r, "ocop_entities").map(\.value) == [61])
        // a part that names another kind is that kind ("đạt chuẩn nâng cao" after the unit)
        let ntm = try extract("Năm 2023, tỉnh Cao Bằng có 40/139 xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt chuẩn nâng cao.")
        #expect(figures(ntm, "ntm_communes").map(\.value) == [40])
        #expect(figures(ntm, "ntm_advanced_communes").map(\.value) == [5])
    }

    @Test func aShareInBracketsBetweenACountAndItsCue() throws {
        let r = try extract("Năm 2023, tỉnh Tuyên Quang có 61/124 xã (49,2%) đạt chuẩn nông thôn mới.")
        #expect(figures(r, "ntm_communes").map(\.value) == [61])
        #expect(figures(r, "ntm_communes_share").map(\.value) == [49.2])
        // a change in brackets is no share
        let change = try extract("Năm 2023, tỉnh Tuyên Quang có 61 xã (tăng 5%) đạt chuẩn nông thôn mới.")
        #expect(figures(change, "ntm_communes_share").isEmpty)
    }

    // MARK: rules written after the fifth batch's held-aside half (072–078) was scored

    @Test func aPeriodAfterARatesCuaDatesOnlyThatRate() throws {
        let text = "Thứ Năm, 28/03/2013\nQuý I, GRDP tỉnh Phú Thọ ước tăng 6%, thấp hơn mức tăng 7% của quý I/2012. "
            + "Thu ngân sách nhà nước trên địa bàn 3 tháng đạt 600 tỷ đồng."
        let r = try extract(text)
        // (the earlier rate is a figure of its own period: see `anEarlierRateNamedWithItsPeriodIsTheSameIndicatorThen`)
        #expect(figures(r, "grdp_growth").map { $0.period?.description } == ["2013-Q1", "2012-Q1"])
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2013-Q1"])
    }

    @Test func aBracketedRemarkAfterTheCueOpensNoClause() throws {
        for remark in ["(GRDP, giá so sánh 2010)", "(GRDP, giá so sánh)"] {
            let text = "Quý I năm 2019, tổng sản phẩm trên địa bàn tỉnh Hà Nam \(remark) ước tăng 8,1% so với cùng kỳ."
            #expect(figures(try extract(text), "grdp_growth").map(\.value) == [8.1], "\(remark)")
        }
    }

    @Test func theCountrysAbbreviationInBracketsAfterAProvincesOutputRestatesIt() throws {
        let text = "Quý I năm 2013, tổng sản phẩm trong tỉnh (GDP, giá so sánh 1994) ước tăng 6% so với cùng kỳ tại tỉnh Phú Thọ."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [6])
        #expect(figures(r, "gdp_growth").isEmpty)
    }

    @Test func aPartNamedAfterTheNumberWithTrongDoIsNotItsPlace() throws {
        let text = "Bảy tháng năm 2024, tỉnh Thanh Hóa đón 13 triệu lượt khách, trong đó thành phố Sầm Sơn 1,4 triệu lượt."
        #expect(figures(try extract(text), "tourist_arrivals").first?.jurisdiction == Jurisdiction(.province, "Thanh Hóa"))
        let unnamed = "Bảy tháng năm 2024, tổng lượt khách du lịch của tỉnh ước đạt 13 triệu lượt, trong đó thành phố Sầm Sơn 1,4 triệu lượt.\n"
            + "Thanh Hóa là điểm đến hấp dẫn."
        #expect(figures(try extract(unnamed), "tourist_arrivals").map(\.jurisdiction) == [Jurisdiction(.province, "Thanh Hóa")])
    }

    @Test func aValueInBracketsAfterAPlaceIsThatPlacesFigure() throws {
        let text = "Năm 2024, GRDP của thành phố Hải Phòng tăng 11,01%, chỉ xếp sau Bắc Giang (13,85%) và Khánh Hòa (10,1%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.jurisdiction.name) == ["Hải Phòng", "Bắc Giang", "Khánh Hòa"])
        #expect(growth.map(\.value) == [11.01, 13.85, 10.1])
        // a note in brackets that is no value of the figure's unit is left alone
        let other = try extract("Năm 2024, GRDP của thành phố Hải Phòng tăng 11,01%, đứng đầu vùng Bắc Bộ (gồm 15 tỉnh).")
        #expect(figures(other, "grdp_growth").count == 1)
    }

    @Test func aProvincesGDPBeforeGRDPWasTheNameIsItsOwnOutput() throws {
        let text = "Giai đoạn 2011 - 2015, tốc độ tăng trưởng GDP của thành phố Đà Nẵng bình quân đạt 9,2%/năm."
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.jurisdiction) == [Jurisdiction(.city, "Đà Nẵng")])
        #expect(figures(r, "gdp_growth").isEmpty)
        // the country's GDP keeps its name; a later year's "GDP" the sentence gives a province is that province's output
        // (no figure of the country's indicator is a province's)
        let national = try extract("Năm 2014, thành phố Đà Nẵng tăng trưởng khá; GDP cả nước tăng 5,98%.")
        #expect(figures(national, "gdp_growth").map(\.value) == [5.98])
        let later = try extract("Năm 2019, tỉnh Hà Nam giữ đà tăng trưởng; GDP tăng 7,02%.")
        #expect(figures(later, "grdp_growth").map { "\($0.value!) \($0.jurisdiction)" } == ["7.02 province:Hà Nam"])
        #expect(figures(later, "gdp_growth").isEmpty)
    }

    @Test func aFloorWithTroLenIsApproximate() throws {
        let text = "Thứ Sáu, 09/12/2016\nNăm 2017, thu ngân sách nhà nước trên địa bàn huyện Tiền Hải phấn đấu đạt 430 tỷ đồng trở lên."
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(budget.qualifier == .approx && budget.kind == .target)
    }

    @Test func indicatorsPutToTheCouncilForAComingYearAreItsPlan() throws {
        let text = "Thứ Tư, 06/12/2017\nNăm 2018, UBND tỉnh trình HĐND tỉnh các chỉ tiêu chủ yếu: thu ngân sách trên địa bàn tỉnh Kon Tum 2.400 tỷ đồng."
        let budget = try #require(figures(try extract(text), "budget_revenue_on_territory").first)
        #expect(budget.kind == .plan && budget.period?.description == "2018")
    }

    @Test func aFormerUnitsLevelRestatesTheOutputsLevel() throws {
        let text = "Thứ Hai, 14/07/2025\n6 tháng đầu năm 2025, quy mô GRDP của tỉnh Lâm Đồng (mới) ước đạt 120.000 tỉ đồng. "
            + "Riêng khu vực tỉnh Đắk Nông cũ (trước sáp nhập) đạt hơn 30.000 tỉ đồng."
        let values = figures(try extract(text), "grdp_value")
        #expect(values.map(\.value) == [120_000, 30_000])
        #expect(values.last?.jurisdiction == Jurisdiction(.province, "Đắk Nông"))
    }

    // MARK: rules written after the eighth batch's held-aside half (114–120) was scored

    @Test func aYearAfterCaoHonIsAComparison() throws {
        let text = "Ngày đăng: 28/12/2023\nNăm 2023, tốc độ tăng trưởng GRDP tỉnh Hậu Giang ước đạt 6,4%, cao hơn năm 2022. "
            + "Thu ngân sách nhà nước trên địa bàn ước đạt 5.000 tỷ đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map { $0.period?.description } == ["2023"])
    }

    @Test func aFormerUnitScopesOnlyItsOwnClauseAndItsItemsTheMergedProvince() throws {
        let text = "12/12/2025 - 10:00\nNăm 2025, GRDP tỉnh Vĩnh Long ước tăng 7,5%, trong đó khu vực Bến Tre (cũ) tăng 7,9%; "
            + "thu ngân sách nhà nước trên địa bàn ước đạt 20.000 tỷ đồng.\n"
            + "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 gồm 20 chỉ tiêu chủ yếu. Cụ thể:\n"
            + "- Tổng chi ngân sách địa phương 35.000 tỷ đồng.\n- GRDP bình quân đầu người 90 triệu đồng."
        let r = try extract(text)
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.province, "Vĩnh Long")])
        let plans = figures(r, "budget_expenditure_local") + figures(r, "grdp_per_capita")
        #expect(plans.map(\.jurisdiction) == [Jurisdiction(.province, "Vĩnh Long"), Jurisdiction(.province, "Vĩnh Long")])
        // items of a list of goals for the coming year are its plan, not targets
        #expect(plans.map(\.kind) == [.plan, .plan])
        #expect(plans.map { $0.period?.description } == ["2026", "2026"])
    }

    @Test func aQuarterAfterTuSaysSinceWhenAndFramesNothing() throws {
        let text = "Cập nhật: 28/12/2012\nNăm 2012, tổng mức bán lẻ hàng hóa của tỉnh Long An đạt 34.600 tỷ đồng, sức mua phục hồi từ quý III. "
            + "Kim ngạch xuất khẩu ước 2,1 tỷ USD."
        #expect(figures(try extract(text), "export_value").map { $0.period?.description } == ["2012"])
    }

    @Test func aTelegraphicBriefWithSignedRatesBareBillionsAndFormerUnits() throws {
        let text = """
        THÁI BÌNH – QUÝ I/2024 QUA CÁC CON SỐ
        Tin vắn | 02/4/2024
        • GRDP quý I (ước): +6,1%
        • Thu nội địa: 2.450 tỷ
        • Xuất khẩu (ước): 812 tr.USD (+9,5%)
        Theo khu vực:
        • Hà Nam (cũ) – thu NSNN: 320 tỷ
        """
        let r = try extract(text)
        #expect(figures(r, "grdp_growth").map(\.value) == [6.1])
        #expect(figures(r, "budget_revenue_domestic").map(\.value) == [2_450])
        #expect(figures(r, "budget_revenue_domestic").first?.unit == .billionVND)
        #expect(figures(r, "export_value").map(\.value) == [812])
        #expect(figures(r, "export_value").first?.unit == .millionUSD)
        #expect(figures(r, "export_value").first?.yoyPct == 9.5)
        // a former unit opening the line, before a dash, is the figure's place
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.province, "Hà Nam")])
        // "tỷ lệ" after a number is no money
        let rate = try extract("Năm 2024, tỉnh Thái Bình có 3 tỷ lệ đạt chuẩn.")
        #expect(rate.figures.allSatisfy { $0.unit != .billionVND })
    }
}
