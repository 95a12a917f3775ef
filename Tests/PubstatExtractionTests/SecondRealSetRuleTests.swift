import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from the opened half of the second set of real excerpts (kept outside the repository):
/// a holiday window whose year closes it, a provincial city beside its province's founding, GRDP that
/// "reaches" a rate, output named "tổng sản phẩm" alone, GDP per head after the output, a year singled out
/// after ";", guest-days, catering revenue, a written-out range after "khoảng", an aside in brackets before
/// "so với", sectors led by "lĩnh vực" or "khu vực kinh tế". Every sentence is invented.
@Suite struct SecondRealSetRuleTests {
    @Test func aWindowOfDaysClosedByItsYearIsTheFiguresPeriod() throws {
        let text = "Trong 6 ngày nghỉ Tết Nguyên đán 2019, từ ngày 3 – 8/2/2019, tỉnh Quảng Bình đón 61.200 lượt khách, "
            + "tăng 11% so với cùng kỳ năm trước.\n"
        let r = try extract(text)
        let arrivals = try #require(figures(r, "tourist_arrivals").first)
        #expect(arrivals.value == 61_200)
        #expect(arrivals.period?.description == "2019-02-03/2019-02-08")
    }

    @Test func aProvincesFoundingBesideACityLeavesTheCityTheSubject() throws {
        let text = "Thành phố Thái Bình 25 năm sau ngày tái lập tỉnh\n\n"
            + "Mục tiêu đến năm 2025, thu ngân sách trên địa bàn đạt 2.100 tỷ đồng.\n"
        let r = try extract(text)
        let revenue = try #require(figures(r, "budget_revenue_on_territory").first)
        #expect(revenue.jurisdiction == Jurisdiction(.city, "Thái Bình"))
    }

    @Test func gRDPThatReachesARateIsItsGrowth() throws {
        let r = try extract("Năm 2023, GRDP của tỉnh Phú Thọ đạt 6,8%, xếp thứ 30 cả nước.\n")
        let growth = try #require(figures(r, "grdp_growth").first)
        #expect(growth.value == 6.8)
        #expect(growth.jurisdiction == Jurisdiction(.province, "Phú Thọ"))
    }

    @Test func aShareOfGRDPIsNoGrowth() throws {
        let r = try extract("Năm 2023, tỷ trọng dịch vụ trong GRDP của tỉnh Phú Thọ đạt 38%.\n")
        #expect(figures(r, "grdp_growth").isEmpty)
        // and a share of the plan stays a share of the plan
        let plan = try extract("Năm 2023, GRDP của tỉnh Phú Thọ ước đạt 97% kế hoạch.\n")
        #expect(figures(plan, "grdp_growth").isEmpty)
    }

    @Test func outputNamedAloneIsGRDPAndPerHeadAfterItIsGRDPPerHead() throws {
        let text = "Năm 2019, tổng sản phẩm của tỉnh Ninh Thuận đạt hơn 41.000 tỷ đồng, bình quân đầu người đạt 68 triệu đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "grdp_value").first?.value == 41_000)
        #expect(figures(r, "grdp_per_capita").first?.value == 68)
        #expect(figures(r, "per_capita_income").isEmpty)
    }

    @Test func aYearSingledOutAfterASemicolonFramesItsClauses() throws {
        let text = "Giá trị sản xuất công nghiệp của tỉnh Bắc Ninh trong 10 năm qua tăng bình quân 18%/năm; riêng năm 2018, "
            + "dù gặp nhiều khó khăn, giá trị sản xuất công nghiệp vẫn tăng 12,2% so với năm 2017.\n"
        let r = try extract(text)
        let rise = try #require(figures(r, "industrial_production_value").first { $0.yoyPct == 12.2 })
        #expect(rise.period?.description == "2018")
    }

    @Test func guestDaysAndCateringRevenueAreNotArrivalsOrTourismRevenue() throws {
        let text = "Năm 2022, tỉnh Hà Giang đón 2,1 triệu lượt khách, tăng 40%; số ngày khách lưu trú đạt 850,5 nghìn ngày, tăng 20%. "
            + "Doanh thu du lịch đạt 3.900 tỷ đồng, trong đó doanh thu ăn uống 1.200,5 tỷ đồng.\n"
        let r = try extract(text)
        #expect(figures(r, "tourist_arrivals").map(\.value) == [2_100_000])
        #expect(figures(r, "tourism_revenue").map(\.value) == [3_900])
    }

    @Test func aRangeAfterKhoangIsOneFigure() throws {
        let r = try extract("Năm 2024, tỉnh Quảng Bình dự kiến đón khoảng 4,5 đến 4,8 triệu lượt khách.\n")
        let arrivals = try #require(figures(r, "tourist_arrivals").first)
        #expect(arrivals.value == 4_500_000)
        #expect(arrivals.valueHigh == 4_800_000)
        #expect(figures(r, "tourist_arrivals").count == 1)
    }

    @Test func anAsideInBracketsDoesNotHideWhatAChangeIsComparedWith() throws {
        let text = "Năm 2022, GRDP của tỉnh Bình Định tăng 8,1%; quy mô nền kinh tế đạt 98.000 tỷ đồng, tăng 1,25 lần "
            + "(tương đương 19,6 nghìn tỷ) so với năm 2019.\n"
        let r = try extract(text)
        // a ratio over three years is no growth of the year
        #expect(figures(r, "grdp_growth").map(\.value) == [8.1])
        let value = try #require(figures(r, "grdp_value").first)
        #expect(value.yoyPct == nil)
    }

    @Test func aSectorLedByLinhVucOrKhuVucKinhTeIsASector() throws {
        let text = "Năm 2022, GRDP của tỉnh Quảng Trị tăng 7,2%. Lĩnh vực công nghiệp và xây dựng tiếp tục phát triển khá, tăng 9,4%; "
            + "khu vực kinh tế nông, lâm nghiệp và thủy sản tăng 3,1%.\n"
        let r = try extract(text)
        let sectors = figures(r, "grdp_sector_growth")
        #expect(sectors.first { $0.sector == "industry_construction" }?.value == 9.4)
        #expect(sectors.first { $0.sector == "agriculture_forestry_fishery" }?.value == 3.1)
    }
}
