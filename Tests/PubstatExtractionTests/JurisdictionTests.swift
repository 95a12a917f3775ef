import PubstatModel
import Testing
@testable import PubstatExtraction

@Suite struct JurisdictionTests {
    @Test func provinceAndCityStayApart() throws {
        let text = """
        Năm 2022, tỉnh Tuyên Quang có nhiều kết quả. Thu ngân sách trên địa bàn tỉnh Tuyên Quang đạt 3.010 tỷ đồng, bằng 104% dự toán Trung ương giao, bằng 98% dự toán HĐND tỉnh giao.
        Riêng thành phố Tuyên Quang, tổng thu ngân sách Nhà nước trên địa bàn đạt 612 tỷ đồng, đạt 115% dự toán tỉnh giao, 103% dự toán HĐND thành phố giao.
        """
        let r = try extract(text)
        let budget = figures(r, "budget_revenue_on_territory")
        #expect(budget.count == 2)
        #expect(budget[0].jurisdiction == Jurisdiction(.province, "Tuyên Quang"))
        #expect(budget[0].percent(of: .central) == 104 && budget[0].percent(of: .provincialCouncil) == 98)
        #expect(budget[1].jurisdiction == Jurisdiction(.city, "Tuyên Quang"))
        #expect(budget[1].percent(of: .provinceAssigned) == 115 && budget[1].percent(of: .cityCouncil) == 103)
    }

    @Test func districtsScopeTheirClause() throws {
        let r = try extract("Năm 2021, huyện Mường Tè có 6 xã đạt chuẩn nông thôn mới; toàn tỉnh Lai Châu có 52 xã đạt chuẩn nông thôn mới.")
        let ntm = figures(r, "ntm_communes")
        #expect(ntm.map(\.jurisdiction.description) == ["district:Mường Tè", "province:Lai Châu"])
    }

    @Test func bareProvinceNamesAndCountry() throws {
        let r = try extract("Năm 2024, GDP ước tính tăng 6,8% so với năm trước. Nghệ An dẫn đầu khu vực với GRDP tăng 9,6%.")
        #expect(figures(r, "gdp_growth").first?.jurisdiction == Jurisdiction(.country, "Việt Nam"))
        #expect(figures(r, "grdp_growth").first?.jurisdiction == Jurisdiction(.province, "Nghệ An"))
    }

    @Test func portalCountersBelongToThePortalsProvince() throws {
        let text = """
        (sonla.gov.vn) Tin về thành phố Sơn La.
        Thống kê truy cập
        Hôm nay : 1.204
        Hôm qua : 3.350
        Tháng 07 : 88.123
        Năm 2022 : 654.321
        Tổng số : 12.345.678
        """
        let r = try extract(text)
        let today = try #require(figures(r, "portal_visits_today").first)
        #expect(today.value == 1204 && today.jurisdiction == Jurisdiction(.province, "Sơn La"))
        #expect(today.captured?.description == "2022-07" && today.portal == "sonla.gov.vn")
        #expect(figures(r, "portal_visits_month").first?.period?.description == "2022-07")
        #expect(figures(r, "portal_visits_total").first?.value == 12_345_678)
    }

    @Test func aNationalOfficesReleaseWithItsDatelineAndAddressIsAboutTheCountry() throws {
        let text = """
        BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
        Hà Nội, ngày 12 tháng 01 năm 2023
        Năm 2022, cả nước có thêm 420 xã đạt chuẩn nông thôn mới. Tỉnh Hưng Yên có 100% số xã đạt chuẩn; tỉnh Lào Cai mới có 40% số xã đạt chuẩn; TP. Cần Thơ dẫn đầu vùng.
        Mọi thông tin xin liên hệ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.1234 5678.
        """
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.country, "Việt Nam"))
        #expect(figures(r, "ntm_communes_new").map(\.jurisdiction) == [Jurisdiction(.country, "Việt Nam")])
    }

    @Test func aReportHeadedByADistrictCommitteeIsAboutTheDistrict() throws {
        let text = """
        ỦY BAN NHÂN DÂN HUYỆN TIÊN DU
        Số: 210/BC-UBND
        BÁO CÁO kết quả năm 2019
        Huyện Tiên Du là địa bàn công nghiệp của tỉnh Bắc Ninh; tỉnh Bắc Ninh có 8 huyện, thị xã, thành phố.
        Năm 2019, thu ngân sách nhà nước trên địa bàn ước đạt 900 tỷ đồng. Tỷ lệ hộ nghèo còn 1,2%, thấp hơn tỷ lệ chung toàn tỉnh.
        """
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.district, "Tiên Du"))
        #expect(figures(r, "budget_revenue_on_territory").map(\.jurisdiction) == [Jurisdiction(.district, "Tiên Du")])
    }

    @Test func aSentenceCitingANationalBodyAndNamingNoPlaceIsTheCountrys() throws {
        let text = "Hải Phòng và Quảng Ninh\nTheo Tổng cục Thống kê, năm 2023 tổng thu ngân sách nhà nước ước đạt 1,75 triệu tỷ đồng. "
            + "Thu ngân sách nhà nước trên địa bàn Hải Phòng đạt 98.000 tỷ đồng."
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map(\.jurisdiction) == [Jurisdiction(.country, "Việt Nam"), Jurisdiction(.city, "Hải Phòng")])
        // a province's output stays the province's
        let grdp = figures(try extract("UBND TỈNH QUẢNG NINH\nTheo Tổng cục Thống kê, năm 2023 GRDP tăng 10,2%."), "grdp_growth")
        #expect(grdp.map(\.jurisdiction) == [Jurisdiction(.province, "Quảng Ninh")])
    }

    @Test func amountsListedBarePlaceByPlaceAfterSemicolons() throws {
        let text = "BỘ TÀI CHÍNH\nNăm 2014, thu ngân sách của TP. Hồ Chí Minh ước đạt 215.000 tỷ đồng; Hà Nội 170.000 tỷ đồng; Hải Phòng 55.000 tỷ đồng."
        let budget = figures(try extract(text), "budget_revenue_on_territory")
        #expect(budget.map(\.value) == [215_000, 170_000, 55_000])
        #expect(budget.map(\.jurisdiction) == [Jurisdiction(.city, "Hồ Chí Minh"), Jurisdiction(.city, "Hà Nội"), Jurisdiction(.city, "Hải Phòng")])
        // after a comma a bare place and amount is no such list
        let comma = figures(try extract("BỘ TÀI CHÍNH\nNăm 2014, thu ngân sách của TP. Hồ Chí Minh ước đạt 215.000 tỷ đồng, Hà Nội 170.000 tỷ đồng."), "budget_revenue_on_territory")
        #expect(comma.map(\.value) == [215_000])
    }

    @Test func aPlacesNicknameNamesItAndTheSourcesPlaceYieldsToIt() throws {
        let text = "Theo Sở Văn hóa và Du lịch Thanh Hóa, 6 tháng đầu năm 2024 có 1,2 triệu lượt khách du lịch đến nghỉ dưỡng tại đất Cảng."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.jurisdiction) == [Jurisdiction(.city, "Hải Phòng")])
        // with no other place, the source's place is the figure's
        let alone = figures(try extract("Theo Sở Văn hóa và Du lịch Thanh Hóa, 6 tháng đầu năm 2024 toàn tỉnh đón 5,3 triệu lượt khách."), "tourist_arrivals")
        #expect(alone.map(\.jurisdiction) == [Jurisdiction(.province, "Thanh Hóa")])
        // a nickname is two words, the second capitalised: "xứ" alone names nothing
        let nickname = figures(try extract("Năm 2023, xứ Thanh đón 12 triệu lượt khách du lịch."), "tourist_arrivals")
        #expect(nickname.map(\.jurisdiction) == [Jurisdiction(.province, "Thanh Hóa")])
    }

    @Test func aCitysNewspaperWritesAboutItsCity() throws {
        let text = "SÀI GÒN GIẢI PHÓNG ONLINE\nThứ Hai, 29/12/2025\n\n(SGGP) – Năm nay, thành phố đón 8 triệu lượt khách quốc tế, bằng 40% số khách quốc tế đến Việt Nam."
        let arrivals = figures(try extract(text), "tourist_arrivals_international")
        #expect(arrivals.map(\.jurisdiction) == [Jurisdiction(.city, "Hồ Chí Minh")])
        // the masthead yields to a province the text names
        let other = try extract("SÀI GÒN GIẢI PHÓNG ONLINE\nNăm 2025, tỉnh Tây Ninh đón 7 triệu lượt khách du lịch.")
        #expect(figures(other, "tourist_arrivals").map(\.jurisdiction) == [Jurisdiction(.province, "Tây Ninh")])
        // a newspaper cited in the body is no masthead
        let cited = try extract("Dòng 1\nDòng 2\nDòng 3\nDòng 4\nTheo báo Sài Gòn Giải Phóng, năm 2025 cả nước đón 20 triệu lượt khách quốc tế.")
        #expect(!cited.figures.contains { $0.jurisdiction == Jurisdiction(.city, "Hồ Chí Minh") })
    }

    @Test func averageGrowthOfEachFormerUnitListedAfterTheWhole() throws {
        let text = "TỈNH ỦY GIA LAI\nTốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 6,8%/năm; trong đó Gia Lai (cũ) đạt 6,5%/năm, Bình Định 7,0%/năm."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [6.8, 6.5, 7.0])
        #expect(growth.map(\.jurisdiction) == [Jurisdiction(.province, "Gia Lai"), Jurisdiction(.province, "Gia Lai"), Jurisdiction(.province, "Bình Định")])
        #expect(growth.allSatisfy { $0.period?.description == "2021/2025" })
    }

    @Test func theUnitMergedInIsNotTheFiguresPlace() throws {
        let text = "Báo Khánh Hòa | 20/12/2025\nNăm 2025 - năm đầu tiên sau khi hợp nhất với tỉnh Ninh Thuận - tổng lượt khách du lịch đến tỉnh ước đạt 11,26 triệu lượt."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.jurisdiction) == [Jurisdiction(.province, "Khánh Hòa")])
    }

    @Test func aPlaceOpeningASentenceHostsTheVisitorsItHasWith() throws {
        let text = "Báo Quảng Nam | 28/12/2018\nNăm 2018, tỉnh Quảng Nam đón 6,5 triệu lượt khách du lịch. "
            + "Thành phố Hội An tiếp tục là trọng điểm với khoảng 4,98 triệu lượt khách, tăng 19,6%. "
            + "Thành phố Tam Kỳ có 120 cơ sở lưu trú với 2.400 phòng."
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [6_500_000, 4_980_000])
        #expect(arrivals.last?.jurisdiction == Jurisdiction(.city, "Hội An"))
        #expect(arrivals.last?.yoyPct == 19.6)
    }

    @Test func aLettersDistributionListIsNotItsSubject() throws {
        let text = "UBND TỈNH KIÊN GIANG\nSỞ DU LỊCH\nKiên Giang, ngày 15 tháng 02 năm 2024\nBÁO CÁO NHANH\n"
            + "Năm 2023, toàn tỉnh đón 8,2 triệu lượt khách du lịch.\n\nThành phố Phú Quốc đón 172.600 lượt khách; thành phố Hà Tiên đón 61.200 lượt khách.\n\n"
            + "Nơi nhận: Bộ VHTTDL; Cục Du lịch Quốc gia Việt Nam; UBND tỉnh; Lưu: VT."
        let r = try extract(text)
        #expect(r.subject == Jurisdiction(.province, "Kiên Giang"))
        #expect(figures(r, "tourist_arrivals").first?.jurisdiction == Jurisdiction(.province, "Kiên Giang"))
    }

    @Test func provincesRankedWithTheirRatesInBracketsPastAThreshold() throws {
        let text = "TỔNG CỤC THỐNG KÊ\nHà Nội, ngày 27/12/2019\nTheo số liệu ước tính, 51/63 địa phương có tốc độ tăng GRDP năm 2019 từ 7% trở lên, "
            + "dẫn đầu là Bắc Giang (16,2%), Hải Phòng (16,01%) và Quảng Ninh (12,1%)."
        let growth = figures(try extract(text), "grdp_growth")
        #expect(growth.map(\.value) == [16.2, 16.01, 12.1])
        #expect(growth.map(\.jurisdiction) == [Jurisdiction(.province, "Bắc Giang"), Jurisdiction(.city, "Hải Phòng"), Jurisdiction(.province, "Quảng Ninh")])
    }

    @Test func aDistrictOpeningASentenceWithADescriptionBetweenCommasIsItsSubject() throws {
        let text = "Báo Trà Vinh | 10/01/2025\nNăm 2024, tỷ lệ hộ nghèo toàn tỉnh Trà Vinh còn 0,98%. "
            + "Huyện Trà Cú, huyện nghèo giai đoạn 2021 - 2025, có tỷ lệ hộ nghèo 2,36%."
        let rates = figures(try extract(text), "poverty_rate")
        #expect(rates.map(\.jurisdiction) == [Jurisdiction(.province, "Trà Vinh"), Jurisdiction(.district, "Trà Cú")])
        // a list of districts is no description: "huyện A, huyện B và huyện C có …" speaks of all three
        let list = try extract("Báo Trà Vinh | 10/01/2025\nHuyện Trà Cú, huyện Cầu Ngang và huyện Duyên Hải có tỷ lệ hộ nghèo trên 2%.")
        #expect(!figures(list, "poverty_rate").contains { $0.jurisdiction == Jurisdiction(.district, "Trà Cú") })
    }
}
