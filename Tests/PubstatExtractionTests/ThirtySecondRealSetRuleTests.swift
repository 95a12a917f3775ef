import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the errors on the opened halves of the real sets (kept outside the repository, each scored cold
/// before it was opened): the headline's period in a source address, a whole year still ahead of a quarter's report, a
/// provincial city on its province's newspaper, signed rates, a month before its running total, a bare year in
/// brackets, sectors written short. Every sentence is invented.
@Suite struct ThirtySecondRealSetRuleTests {
    @Test func aTextKeptWithoutItsHeadlineTakesThePeriodItsAddressNames() throws {
        let text = "Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Yên Bái ước đạt 4,2%; kim ngạch xuất khẩu ước đạt 120 triệu USD.\n"
            + "Cả năm 2023, tỉnh phấn đấu hoàn thành các chỉ tiêu đã đề ra.\n"
        let url = "https://baoyenbai.example.vn/12/345/ket-qua-kinh-te-xa-hoi-6-thang-dau-nam-2023.htm"
        let result = try extract(text, sourceURL: url)
        #expect(figures(result, "grdp_growth").map { $0.period.map { "\($0)" } } == ["2023-H1"])
        #expect(figures(result, "export_value").map { $0.period.map { "\($0)" } } == ["2023-H1"])
        // (an address that names two running periods names none)
        #expect(DocumentSource.runningPeriod(inPath: "/tin-tuc/quy-i-2023-va-6-thang-dau-nam-2023") == nil)
        #expect(DocumentSource.runningPeriod(inPath: "/kinh-te/tinh-hinh-quy-ii-nam-2024-123.html").map { "\($0)" }
            == "\(PeriodShape.quarter(2, year: 2024))")
    }

    @Test func aWholeYearNamedAsTheGoalOfAQuartersReportDoesNotFrameWhatFollows() throws {
        let text = "Tăng trưởng GRDP quý I của tỉnh Quảng Trị ước đạt 7,5%. Đây là nền tảng để tỉnh tăng trưởng từ 8% trở lên "
            + "trong năm 2025.\nTrong lĩnh vực dịch vụ, lượng khách đến tỉnh ước đạt 600 nghìn lượt, tăng 20% so với cùng kỳ.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map(\.value) == [600_000])
        #expect(arrivals.map { $0.period.map { "\($0)" } } == ["2025-Q1"])
    }

    @Test func aProvinceTheTextKeepsNamingOnAnotherCitysPaperStaysItsSubjectBesideTheCountry() throws {
        let text = "Tăng trưởng GRDP quý I/2025 của tỉnh Quảng Trị ước đạt 7,5%. Theo Cục Thống kê, tỉnh Quảng Trị xếp thứ 9 "
            + "cả nước. Kim ngạch xuất khẩu của tỉnh Quảng Trị đạt 100 triệu USD.\nThu ngân sách nhà nước quý I ước đạt "
            + "1.000 tỷ đồng.\n"
        let revenue = figures(try extract(text, sourceURL: "https://hanoimoi.vn/quang-tri-tang-truong-quy-i-2025-1.html"),
                              "budget_revenue_on_territory")
        #expect(revenue.map { "\($0.jurisdiction)" } == ["province:Quảng Trị"])
    }

    @Test func aMinusGluedToARateIsAFall() throws {
        let text = "Năm 2016, tăng trưởng GRDP của tỉnh Hà Tĩnh đạt -12,5%. Năm 2017, khu vực nông, lâm nghiệp và thủy sản "
            + "giảm sâu (-4,2%), khu vực dịch vụ tăng 5-7%.\n"
        let result = try extract(text)
        #expect(figures(result, "grdp_growth").map(\.value) == [-12.5])
        let sectors = figures(result, "grdp_sector_growth")
        #expect(sectors.map(\.value) == [-4.2, 5])
        #expect(sectors.map(\.valueHigh) == [nil, 7])
    }

    @Test func aProvincialCityTheTextKeepsNamingIsItsSubjectOnItsProvincesPaper() throws {
        let text = "UBND thành phố Bảo Lộc cho biết, năm 2020 nhiều chỉ tiêu của thành phố không đạt kế hoạch.\n"
            + "Tăng trưởng kinh tế chỉ đạt 4,1%.\nThu ngân sách trên địa bàn năm 2020 tại Bảo Lộc ước đạt 800 tỷ đồng.\n"
        let result = try extract(text, sourceURL: "http://baolamdong.vn/kinh-te/202101/bao-loc-chi-tieu-kinh-te-1.html")
        #expect(figures(result, "grdp_growth").map { "\($0.jurisdiction)" } == ["city:Bảo Lộc"])
        #expect(figures(result, "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["city:Bảo Lộc"])
    }

    @Test func aFigureBeforeItsRunningTotalIsTheTotalsLastMonth() throws {
        let text = "Năm tháng đầu năm 2025, kinh tế tỉnh Long An tiếp tục tăng trưởng.\nKim ngạch xuất khẩu ước đạt 1,2 tỷ USD, "
            + "tăng 10% so với cùng kỳ; lũy kế 5 tháng đạt 5,6 tỷ USD, tăng 8% so với cùng kỳ.\n"
        let exports = figures(try extract(text), "export_value")
        #expect(exports.map { $0.period.map { "\($0)" } } == ["2025-05", "2025-5M"])
    }

    @Test func aYearAfterTheIndicatorAndBeforeWhereItWasMeasuredDatesTheValue() throws {
        let text = "Năm 2019, thu nhập bình quân của thành phố Bến Tre đạt 45 triệu đồng/người/năm. Tỷ lệ hộ nghèo năm 2011 tại "
            + "các xã của thành phố là 3,5%.\n"
        #expect(figures(try extract(text), "poverty_rate").map { $0.period.map { "\($0)" } } == ["2011"])
    }

    @Test func aBareYearInBracketsAfterAValueDatesIt() throws {
        let text = "Thu nhập bình quân khu vực nông thôn của tỉnh Nam Định tăng từ 15 triệu đồng/người/năm (2012) lên 60 triệu "
            + "đồng/người/năm (2023).\n"
        let income = figures(try extract(text), "per_capita_income")
        #expect(income.map(\.value) == [15, 60])
        #expect(income.map { $0.period.map { "\($0)" } } == ["2012", "2023"])
    }

    @Test func sectorsWrittenShortOrWithAnIndustryWordAreTheirBroadSectors() throws {
        let text = "Sáu tháng đầu năm 2019, GRDP tỉnh Hưng Yên tăng 7,2%. Trong đó:\n- Ngành nông lâm nghiệp thủy sản giảm "
            + "1,9%.\n- Ngành công nghiệp, xây dựng tăng 9,5%.\n- Riêng quý II, khu vực NLTS giảm 2%, CN-XD tăng 10%.\n"
        let sectors = figures(try extract(text), "grdp_sector_growth")
        #expect(sectors.map(\.sector) == ["agriculture_forestry_fishery", "industry_construction",
                                          "agriculture_forestry_fishery", "industry_construction"])
        #expect(!sectors.contains { $0.sector == "construction" })
    }
}

/// The district a text is about: its own portal, or named again and again beside its province.
@Suite struct ThirtySecondRealSetDistrictTests {
    @Test func aDistrictsOwnPortalIsWhatItsTextIsAbout() throws {
        let text = "Nghị quyết của HĐND huyện về phát triển kinh tế - xã hội năm 2013.\nTổng thu ngân sách đạt 60.000 triệu đồng; "
            + "tổng chi ngân sách thực hiện được 190.000 triệu đồng.\n"
        let result = try extract(text, sourceURL: "https://nganson.gov.vn/tin-tuc/nghi-quyet-nam-2013/")
        #expect(figures(result, "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["district:Ngân Sơn"])
        // (a label that spells no district, or a host that is no government portal, names none)
        let gazetteer = Catalogue.shared.gazetteer
        #expect(gazetteer.district(matchingHost: "chinhphu.gov.vn") == nil)
        #expect(gazetteer.district(matchingHost: "nganson.gov.vn").map { "\($0)" } == "district:Ngân Sơn")
        #expect(gazetteer.district(matchingHost: "nganson.com.vn") == nil)
    }

    @Test func aDistrictNamedMoreOftenThanItsCityIsTheSubject() throws {
        let text = "Theo ông B, Chủ tịch UBND huyện Gia Lâm, được sự chỉ đạo của các sở, ngành thành phố Hà Nội, huyện đã hoàn "
            + "thành kế hoạch.\nNăm 2023, kinh tế huyện Gia Lâm tiếp tục tăng trưởng. Tổng thu ngân sách nhà nước năm 2023 thực "
            + "hiện 2.000 tỷ đồng.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["district:Gia Lâm"])
        // (a city named as often as the district stays the subject)
        let city = "Thành phố Hà Nội có huyện Gia Lâm phát triển nhanh. Năm 2023, thành phố Hà Nội và huyện Gia Lâm đều tăng "
            + "trưởng khá. Tổng thu ngân sách nhà nước năm 2023 thực hiện 400.000 tỷ đồng.\n"
        #expect(figures(try extract(city), "budget_revenue_on_territory").map { "\($0.jurisdiction)" } == ["city:Hà Nội"])
    }
}

/// A report's opening months, a provincial city on its province's portal, industry summed with construction.
@Suite struct ThirtySecondRealSetReportTests {
    @Test func monthsOpeningASentenceOfNoFiguresFrameTheReport() throws {
        let text = "Trong 09 tháng, UBND tỉnh Phú Yên đã chỉ đạo quyết liệt các nhiệm vụ phát triển kinh tế - xã hội năm 2019.\n"
            + "Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 1.500 tỷ đồng, bằng 80% dự toán.\n"
        #expect(figures(try extract(text), "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2019-9M"])
        // (months that open a sentence with a figure of its own date nothing after it)
        let dated = "Năm 2022, kinh tế tỉnh Phú Yên tăng trưởng khá.\nTrong 11 tháng, xuất siêu 100 triệu USD. Thu ngân sách nhà nước "
            + "trên địa bàn ước đạt 6.000 tỷ đồng, vượt 1% dự toán.\n"
        #expect(figures(try extract(dated), "budget_revenue_on_territory").map { $0.period.map { "\($0)" } } == ["2022"])
    }

    @Test func aPortalPageOnThePlaceThatSharesItsProvincesNameIsTheCitys() throws {
        let text = "Trong 09 tháng, UBND thành phố đã tập trung chỉ đạo các nhiệm vụ năm 2019.\nKinh tế của Thành phố tiếp tục tăng "
            + "trưởng khá. Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 500 tỷ đồng, bằng 90% dự toán tỉnh giao, bằng "
            + "85% dự toán HĐND thành phố giao.\n"
        let revenue = figures(try extract(text, sourceURL: "http://www.quangngai.gov.vn/vi/thanhpho/Pages/kinh-te-1.html"),
                              "budget_revenue_on_territory")
        #expect(revenue.map { "\($0.jurisdiction)" } == ["city:Quảng Ngãi"])
    }

    @Test func aDistrictWrittenWithItsProvinceInBracketsIsTheSubjectOnTheProvincesPaper() throws {
        let text = "6 tháng đầu năm 2024, kinh tế của thị xã Ayun Pa (tỉnh Gia Lai) tiếp tục phát triển. Thu ngân sách trên địa bàn "
            + "ước đạt 90 tỷ đồng, bằng 45% dự toán được giao.\n"
        let revenue = figures(try extract(text, sourceURL: "https://baogialai.com.vn/kinh-te-ayun-pa-post1.html"), "budget_revenue_on_territory")
        #expect(revenue.map { "\($0.jurisdiction)" } == ["district:Ayun Pa"])
    }

    @Test func industryWithConstructionIsNoIndustrialOutputAndRetailHasItsOlderNames() throws {
        let text = "6 tháng đầu năm 2014, giá trị sản xuất công nghiệp - xây dựng của thành phố Tam Kỳ đạt 2.000 tỷ đồng; giá trị sản "
            + "xuất công nghiệp đạt 1.200 tỷ đồng; mức hàng hóa bán lẻ, dịch vụ đạt 3.600 tỷ đồng; tổng mức luân chuyển hàng hóa "
            + "bán lẻ và dịch vụ tăng 20%.\n"
        let result = try extract(text)
        #expect(figures(result, "industrial_production_value").map(\.value) == [1_200])
        #expect(figures(result, "retail_sales").map(\.value) == [3_600, nil])
        #expect(figures(result, "trade_production_value").isEmpty)
    }
}

/// The days off of a holiday named as such, and a district written with its province as its address.
@Suite struct ThirtySecondRealSetHolidayAndAddressTests {
    @Test func theDaysOffOfAHolidayNamedWithItsYearAreTheSchedules() throws {
        let text = "Trong những ngày nghỉ Tết Nguyên đán 2025, tỉnh Lâm Đồng đón 300.000 lượt khách. Trong kỳ nghỉ lễ Quốc khánh "
            + "2/9/2025, tỉnh đón 100.000 lượt khách.\n"
        let arrivals = figures(try extract(text), "tourist_arrivals")
        #expect(arrivals.map { $0.period.map { "\($0)" } } == ["2025-01-25/2025-02-02", "2025-08-30/2025-09-02"])
        // (an occasion, "dịp Tết", is not the days off: no period, no figure)
        let occasion = "Dịp Tết Nguyên đán 2025, tỉnh Lâm Đồng đón 300.000 lượt khách.\n"
        #expect(figures(try extract(occasion), "tourist_arrivals").isEmpty)
    }

    @Test func aProvinceAfterADistrictAndACommaIsItsAddress() throws {
        let text = "Năm 2022, huyện Chợ Gạo, tỉnh Tiền Giang có 15/15 xã được công nhận đạt chuẩn nông thôn mới.\n"
        let communes = figures(try extract(text), "ntm_communes")
        #expect(communes.map { "\($0.jurisdiction)" } == ["district:Chợ Gạo"])
        // (a province that does not hold the district is a place of its own)
        let two = "Năm 2022, huyện Chợ Gạo, tỉnh Long An có 150 xã đạt chuẩn nông thôn mới.\n"
        #expect(figures(try extract(two), "ntm_communes").map { "\($0.jurisdiction)" } == ["province:Long An"])
    }
}

/// Units recognised on top of the ones before, products moved up a rank.
@Suite struct ThirtySecondRealSetRecognitionTests {
    @Test func unitsRecognisedOnTopAreNewOnes() throws {
        let text = "Năm 2018, tỉnh Ninh Bình phấn đấu công nhận thêm từ 5 đến 8 xã nông thôn mới.\n"
        let result = try extract(text)
        #expect(figures(result, "ntm_communes_new").map(\.value) == [5])
        #expect(figures(result, "ntm_communes").isEmpty)
    }

    @Test func productsMovedUpARankAreNoCountOfTheProducts() throws {
        let text = "Đầu năm 2025, 4 sản phẩm OCOP của tỉnh Lào Cai được nâng hạng lên 4 sao. Tính đến hết tháng 2/2025, tỉnh có "
            + "300 sản phẩm OCOP.\n"
        #expect(figures(try extract(text), "ocop_products").map(\.value) == [300])
    }
}
