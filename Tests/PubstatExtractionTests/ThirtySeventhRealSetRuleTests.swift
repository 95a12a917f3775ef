import Testing
@testable import PubstatExtraction
import PubstatModel

/// Rules written from what the thirty-sixth round of real sets left noticed in its opened halves: a thị xã written
/// "TX.", the gross output of a sector after "tổng", industry with construction, and the economy's growth told with a
/// manner word. Every sentence is invented.
@Suite struct ThirtySeventhRealSetRuleTests {
    @Test func aTownWrittenTXIsTheDistrictLevelUnitItWasThen() throws {
        // (Thuận An was a thị xã before it became a city: the text's level word decides, not the gazetteer's last level)
        let text = "TX.Thuận An: 7 tháng, công nghiệp tăng 12%\n\nTrong 7 tháng năm 2017, giá trị sản xuất công nghiệp trên địa bàn "
            + "TX.Thuận An ước thực hiện 41.200 tỷ đồng, tăng 12% so với cùng kỳ.\n"
        #expect(figures(try extract(text), "industrial_production_value").map { "\($0.jurisdiction)" } == ["district:Thuận An"])
        // (two letters in capitals: "tx" in lower case is no level word)
        let plain = "Năm 2017, giá trị sản xuất công nghiệp của tx thuận an đạt 41.200 tỷ đồng.\n"
        #expect(figures(try extract(plain), "industrial_production_value").allSatisfy { "\($0.jurisdiction)" != "district:Thuận An" })
    }

    @Test func aSectorsGrossOutputAfterTongIsThatSectors() throws {
        let text = "Năm 2018, tổng giá trị sản xuất ngành Nông – Lâm – Thủy sản của huyện Đăk Glei ước đạt 610 tỷ đồng; tổng giá "
            + "trị sản xuất ngành công nghiệp đạt 380 tỷ đồng.\n"
        let found = try extract(text)
        #expect(figures(found, "agri_production_value").map(\.value) == [610])
        #expect(figures(found, "industrial_production_value").map(\.value) == [380])
        #expect(figures(found, "production_value").isEmpty)
    }

    @Test func theEconomysGrowthToldWithAMannerWordIsStillItsGrowth() throws {
        let text = "Năm 2021, huyện Cư M'gar giữ tốc độ tăng trưởng khá, đạt 7,6%.\n"
        #expect(figures(try extract(text), "grdp_growth").map(\.value) == [7.6])
        // (a noun after the bare words still names another growth)
        let other = "Năm 2021, huyện Cư M'gar có tốc độ tăng trưởng doanh thu du lịch đạt 15%.\n"
        #expect(figures(try extract(other), "grdp_growth").isEmpty)
    }
}
